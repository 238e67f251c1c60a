import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { rehypeScrollableTables } from "../../src/site/markdown/rehype-scrollable-tables.ts";

function run(html: string): string {
  return String(unified().use(rehypeParse, { fragment: true }).use(rehypeScrollableTables).use(rehypeStringify).processSync(html));
}

describe("rehypeScrollableTables", () => {
  it("lets the keyboard reach a table's figure and names it by the table's heading", () => {
    expect(run('<figure id="t" class="table-block"><h3 id="t-title">SUMMARY</h3><table></table></figure>')).toBe(
      '<figure id="t" class="table-block" tabindex="0" aria-labelledby="t-title"><h3 id="t-title">SUMMARY</h3><table></table></figure>',
    );
  });

  it("names a table without heading by its caption, else by its first header cells", () => {
    expect(run('<figure id="t" class="table-block"><table><caption>Annual <a>§</a></caption></table></figure>')).toContain('aria-label="Annual"');
    expect(run('<figure id="t" class="table-block"><table><tr><th>Name</th><th>Age</th><th>Position</th><th>Since</th></tr></table></figure>')).toContain(
      'aria-label="Table: Name, Age, Position"',
    );
  });

  it("lets the keyboard reach a block of text kept as printed, which scrolls sideways too", () => {
    expect(run("<pre><code>ACCESSION NUMBER: 0000000000-00-000000</code></pre>")).toBe(
      '<pre tabindex="0" aria-label="Text as printed in the filing"><code>ACCESSION NUMBER: 0000000000-00-000000</code></pre>',
    );
  });

  it("leaves other figures alone", () => {
    expect(run('<figure id="f"><table></table></figure>')).toBe('<figure id="f"><table></table></figure>');
  });
});
