import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";

/** content/people.yaml as read from disk: its parsed data (or a YAML error), its text and path. */
export interface PeopleFileOnDisk {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
}

/** The curated list of people's names: content/people.yaml under the project root. */
export const PEOPLE_FILE = "content/people.yaml";

/** Reads the curated people list; an absent file is an empty list. */
export function readPeopleFile(root: string): PeopleFileOnDisk {
  const path = join(root, PEOPLE_FILE);
  const text = existsSync(path) ? readFileSync(path, "utf8") : "";
  try {
    return { file: PEOPLE_FILE, text, data: text ? load(text) : undefined };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new Error(`${PEOPLE_FILE}:${(mark?.line ?? 0) + 1}: expected valid YAML, found "${reason}" [people-file-yaml]`);
  }
}
