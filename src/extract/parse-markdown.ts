import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkDirective from "remark-directive";
import type { Root } from "mdast";
import { keepFilingTextPlain } from "./keep-text-plain.ts";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Returns the Markdown parsed the way the site reads it: CommonMark, GFM tables, and only our directives. */
export function parseMarkdown(markdown: string): Root {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  keepFilingTextPlain(tree, markdown);
  return tree;
}
