import { existsSync, readFileSync } from "node:fs";
import { load } from "js-yaml";
import { contentPath, formatPath, type ContentFolder } from "./content-folder.ts";

/** The content folder's people.yaml as read from disk: its parsed data (or a YAML error), its text and path. */
export interface PeopleFileOnDisk {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
}

/** Reads the curated list of people's names, people.yaml in the content folder; an absent file is an empty list. */
export function readPeopleFile(folder: ContentFolder): PeopleFileOnDisk {
  const path = contentPath(folder, "people");
  const file = formatPath(folder, path);
  const text = existsSync(path) ? readFileSync(path, "utf8") : "";
  try {
    return { file, text, data: text ? load(text) : undefined };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new Error(`${file}:${(mark?.line ?? 0) + 1}: expected valid YAML, found "${reason}" [people-file-yaml]`);
  }
}
