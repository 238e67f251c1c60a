import { describe, expect, it } from "vitest";
import type { TableNode } from "../../../src/ingest/document.ts";
import { writeMarkdownBody } from "../../../src/ingest/index.ts";
import { allNodes, cell, htmlPage, ingestFile, ingestHtml, tableById, tablesOf } from "../../support/ingest-html.ts";

const COBALT = "test/fixtures/html/cobaltmeadow-2008-def14a-compensation-table.htm";
const DELMAR = "test/fixtures/html/delmar-2003-ex99-press-release-pre-table.htm";

// The compensation fixture names no company on a cover; a user passes it, as ingest's hint says.
const cobalt = ingestFile(COBALT, { company: "Cobalt Meadow Systems, Inc.", date: "2008-04-01" });
const summary = tableById(cobalt.nodes, "summary-compensation-table");
const target = tableById(cobalt.nodes, "target-bonus-as-a-percent-of-salary");

const SUMMARY_HEADER = [
  "Name and Principal Position",
  "Year",
  "Salary ($)",
  "Bonus ($)",
  "Awards: Stock(1) ($)",
  "Option(1) ($)",
  "Change in Pension Value ($)",
  "All Other Compensation ($)",
  "Total ($)",
];

describe("the made-up Summary Compensation Table in EDGAR's HTML layout", () => {
  it("reads the table under its title, with the introduction and footnotes around it", () => {
    expect(summary.heading?.text).toBe("SUMMARY COMPENSATION TABLE");
    expect(summary.intro.map((node) => (node.type === "paragraph" ? node.text : node.type))).toEqual([
      "The following table shows the compensation of Cobalt Meadow Systems, Inc.’s named executive officers for 2008 and 2007.",
    ]);
    expect(writeMarkdownBody(summary.notes)).toContain("(2) The present value of Ms. Okonkwo’s pension fell in 2008 because the discount rate rose.");
  });

  it("drops the width-setting row and the spacer columns, and stacks the header rows into one header per column", () => {
    expect(summary.header.slice(0, 4)).toEqual(SUMMARY_HEADER.slice(0, 4));
    expect(summary.header.at(-2)).toBe("All Other Compensation ($)");
    expect(summary.header.at(-1)).toBe("Total ($)");
    expect(summary.rows).toHaveLength(3);
  });

  it("prefixes the columns under the colspan group header 'Awards' with the group's words on the first", () => {
    expect(summary.header).toContain("Awards: Stock(1) ($)");
    expect(summary.header).toContain("Option(1) ($)");
  });

  it("glues each `$` printed in a cell of its own to the figure after it", () => {
    expect(["Salary ($)", "Bonus ($)", "Awards: Stock(1) ($)", "Option(1) ($)", "All Other Compensation ($)", "Total ($)"].map((column) => cell(summary, 0, column))).toEqual([
      "$412,000",
      "$95,000",
      "$120,500",
      "$88,250",
      "$14,680",
      "$726,220",
    ]);
  });

  it("keeps the name of a rowspan cell on its first row and leaves the rows under it unlabelled", () => {
    expect(summary.rows.map((row) => [row[0], row[1]])).toEqual([
      ["Margaret L. Okonkwo President and Chief Executive Officer", "2008"],
      ["", "2007"],
      ["Theodore R. Vance, Chief Financial Officer", "2008"],
    ]);
  });

  it("joins a row label wrapped onto a <tr> of its own into the row above", () => {
    expect(summary.rows.map((row) => row[0])).not.toContain("Chief Financial Officer");
    expect(cell(summary, 2, "Name and Principal Position")).toBe("Theodore R. Vance, Chief Financial Officer");
  });

  it("keeps none as printed: —, -0- and an empty cell", () => {
    expect(cell(summary, 1, "Bonus ($)")).toBe("—");
    expect(cell(summary, 2, "Option(1) ($)")).toBe("-0-");
    expect(cell(summary, 2, "Change in Pension Value ($)")).toBe("");
  });

  // The mark goes after the figure with a space, as the fixed-width path prints "24,000 (1)".
  it("glues a `)` printed in its own cell, with its footnote mark, to the negative figure before it", () => {
    expect(summary.header).toEqual(SUMMARY_HEADER);
    expect(cell(summary, 0, "Change in Pension Value ($)")).toBe("$(4,210) (2)");
  });

  it("reads the whole table as printed", () => {
    expect({ header: summary.header, rows: summary.rows }).toEqual({
      header: SUMMARY_HEADER,
      rows: [
        ["Margaret L. Okonkwo President and Chief Executive Officer", "2008", "$412,000", "$95,000", "$120,500", "$88,250", "$(4,210) (2)", "$14,680", "$726,220"],
        ["", "2007", "395,000", "—", "101,000", "76,400", "12,330", "13,900", "598,630"],
        ["Theodore R. Vance, Chief Financial Officer", "2008", "268,000", "40,000", "55,000", "-0-", "", "9,120", "372,120"],
      ],
    });
  });
});

describe("the made-up target bonus table", () => {
  it("glues each `%` printed in a cell of its own to the figure before it", () => {
    const byName = (name: string) => target.rows.find((row) => row[0] === name)?.slice(1);
    expect([byName("Margaret L. Okonkwo"), byName("Theodore R. Vance")]).toEqual([
      ["60%", "55%"],
      ["40%", "—"],
    ]);
  });

  it("reads the bold row of years over the figures as the header", () => {
    expect({ header: target.header, rows: target.rows }).toEqual({
      header: ["Name", "2008", "2007"],
      rows: [
        ["Margaret L. Okonkwo", "60%", "55%"],
        ["Theodore R. Vance", "40%", "—"],
      ],
    });
  });
});

describe("data and layout tables in HTML", () => {
  const PROSE = "<p>Fees billed by the auditors in each of the last two years were as follows, in dollars as printed.</p>";

  function onlyTable(body: string): TableNode {
    const tables = tablesOf(ingestHtml(htmlPage(`${PROSE}\n${body}`)).nodes);
    expect(tables).toHaveLength(1);
    return tables[0]!;
  }

  it("makes a header cell over every column the table's caption, and folds a footnote-mark column into the figure on its left", () => {
    const table = onlyTable(`<table>
<tr><td colspan="5" align="center"><b>Fees Billed</b></td></tr>
<tr><td></td><td></td><td align="center"><b>2005</b></td><td></td><td align="center"><b>2004</b></td></tr>
<tr><td>Audit fees</td><td></td><td>$212,400</td><td></td><td>$198,000</td></tr>
<tr><td>Tax fees</td><td></td><td>31,750</td><td>(1)</td><td>29,000</td></tr>
</table>`);
    expect(table).toMatchObject({
      caption: ["Fees Billed"],
      header: ["", "2005", "2004"],
      rows: [
        ["Audit fees", "$212,400", "$198,000"],
        ["Tax fees", "31,750 (1)", "29,000"],
      ],
    });
  });

  it("reads <thead> and <th> cells as the header", () => {
    const table = onlyTable("<table><thead><tr><th>Director</th><th>Fees ($)</th></tr></thead><tbody><tr><td>Celia M. Ardent</td><td>18,750</td></tr><tr><td>Osgood T. Farrow</td><td>19,500</td></tr></tbody></table>");
    expect({ header: table.header, rows: table.rows }).toEqual({
      header: ["Director", "Fees ($)"],
      rows: [
        ["Celia M. Ardent", "18,750"],
        ["Osgood T. Farrow", "19,500"],
      ],
    });
  });

  it("records the source lines the table takes", () => {
    const table = onlyTable("<table>\n<tr><th>Director</th><th>Fees ($)</th></tr>\n<tr><td>Celia M. Ardent</td><td>18,750</td></tr>\n</table>");
    // Line 1 opens the snippet's <body>, line 2 is the introduction, lines 3 to 6 the table.
    expect(table.lines).toEqual([3, 6]);
  });

  it("reads a table of one column of prose as the paragraphs it holds", () => {
    const nodes = allNodes(ingestHtml(htmlPage("<table><tr><td>Only one column of text in this table.</td></tr><tr><td>Another row of it.</td></tr></table>")).nodes);
    expect(nodes.map((node) => node.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("reads a list laid out as a table with short items as bullets", () => {
    const nodes = allNodes(
      ingestHtml(htmlPage(`${PROSE}<table><tr><td>&#8226;</td><td>Adjusted EBIT</td></tr></table><table><tr><td>&#8226;</td><td>Adjusted EPS</td></tr></table>`)).nodes,
    );
    expect(nodes.filter((node) => node.type === "table")).toEqual([]);
    expect(nodes.flatMap((node) => (node.type === "bullets" ? node.items : []))).toEqual(["Adjusted EBIT", "Adjusted EPS"]);
  });
});

describe("a fixed-width table inside <pre>", () => {
  const delmar = ingestFile(DELMAR);
  const table = tablesOf(delmar.nodes)[0]!;

  it("becomes a table node read by the fixed-width path, named by its heading", () => {
    expect(tablesOf(delmar.nodes)).toHaveLength(1);
    expect(table.id).toBe("condensed-consolidated-statements-of-income-table");
    expect(table.rows.map((row) => row[0])).toEqual([
      "Net sales",
      "Cost of sales",
      "Gross profit",
      "Selling, general and administrative expenses",
      "Interest expense (income), net",
      "Income before income taxes",
      "Income taxes",
      "Net income",
      "Diluted earnings per share",
    ]);
  });

  it("keeps every figure as printed, rules left out", () => {
    expect(table.rows[0]).toEqual(["Net sales", "$ 18,614", "$ 17,077", "$ 33,905", "$ 31,460"]);
    expect(table.rows[4]).toEqual(["Interest expense (income), net", "(46)", "21", "(71)", "39"]);
    expect(table.rows.at(-1)).toEqual(["Diluted earnings per share", "$ 0.21", "$ 0.18", "$ 0.32", "$ 0.27"]);
    expect(table.rows.flat().some((text) => /^[-=]+$/.test(text))).toBe(false);
  });

  it("keeps the prose around the <pre> block as paragraphs", () => {
    const body = writeMarkdownBody(delmar.nodes);
    expect(body).toContain("Delmar Quarry Holdings, Inc. produces crushed stone and sand for construction customers in three western states.");
    expect(body).toContain("(in thousands, except per share data)\\\n(unaudited)");
  });

  it("joins a group header ending in a comma to its column without a colon", () => {
    expect(table.header).toEqual(["", "Three Months Ended June 30, 2003", "2002", "Six Months Ended June 30, 2003", "2002"]);
  });
});

describe("notes under an HTML table", () => {
  it("keeps footnotes numbered 1., 2. and the lettered sub-notes of one with the table, and the text after it out", () => {
    const table = `<table><tr><td><b>Name</b></td><td><b>Salary ($)</b></td></tr><tr><td>Jane Roe</td><td>100,000</td></tr></table>`;
    const notes = "<p>1. Salary earned in the year.</p><p>2. The amounts in this column consist of:</p><p>a. a cash part; and</p><p>b. a deferred part.</p><p>3. Paid in arrears.</p>";
    const nodes = ingestHtml(htmlPage(`<p>The following table shows pay for the year as printed here.</p>${table}${notes}<p>The Committee met four times.</p>`)).nodes;
    const [node] = tablesOf(nodes);
    expect(node!.notes.map((note) => (note.type === "paragraph" ? note.text.slice(0, 8) : note.type))).toEqual(["1. Salar", "2. The a", "a. a cas", "b. a def", "3. Paid "]);
    expect(allNodes(nodes).some((other) => other.type === "paragraph" && other.text === "The Committee met four times.")).toBe(true);
  });
});

describe("figures whose sign or parenthesis stands in a cell of its own", () => {
  const PROSE = "<p>The table below shows what we paid in the year, as printed here.</p>";

  it("puts the figure under the header over its sign's column", () => {
    const html = `${PROSE}<table><tr><td>Name</td><td>Salary</td><td>Bonus</td></tr><tr><td>Jane Roe</td><td>$</td><td>100</td><td>$</td><td>5</td></tr></table>`;
    const [table] = tablesOf(ingestHtml(htmlPage(html)).nodes);
    expect({ header: table!.header, rows: table!.rows }).toEqual({ header: ["Name", "Salary", "Bonus"], rows: [["Jane Roe", "$100", "$5"]] });
  });

  it("reads a negative figure printed as ( | 4,210 | ) under its year, and a footnote row across the table as a note", () => {
    const note = `(1) ${Array.from({ length: 70 }, (_, index) => `word${index}`).join(" ")}`;
    const html = `${PROSE}<table><tr><td><b>Name</b></td><td colspan="2"><b>2023</b></td><td colspan="2"><b>2022</b></td></tr><tr><td>Jane Roe</td><td>(</td><td>4,210</td><td>)</td><td>12</td></tr><tr><td colspan="5">${note}</td></tr></table>`;
    const [table] = tablesOf(ingestHtml(htmlPage(html)).nodes);
    expect({ header: table!.header, rows: table!.rows }).toEqual({ header: ["Name", "2023", "2022"], rows: [["Jane Roe", "(4,210)", "12"]] });
    expect(table!.notes).toEqual([expect.objectContaining({ type: "paragraph", text: note })]);
  });
});
