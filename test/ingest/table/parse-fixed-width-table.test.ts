import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { isRuleLine, parseFixedWidthTable } from "../../../src/ingest/table/index.ts";
import type { ParsedTable, SourceLine } from "../../../src/ingest/table/index.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const PROXY = "content/sources/point360-2002-11-04-def14a-proxy-statement.txt";
const CONSULTING = "content/sources/point360-2002-10-02-consulting-agreement.txt";
const CORPUS = resolve(ROOT, "../shared/corpus/dev");

/** Returns lines `first`..`last` (1-based, inclusive) of a file as source lines. */
function loadLines(path: string, first: number, last: number): SourceLine[] {
  const text = readFileSync(resolve(ROOT, path), "utf8").split("\n");
  return text.slice(first - 1, last).map((line, index) => ({ text: line, line: first + index }));
}

function parseRange(path: string, first: number, last: number): ParsedTable {
  return parseFixedWidthTable(loadLines(path, first, last));
}

/** Builds source lines from inline text, numbered from 1. */
function inline(...texts: string[]): SourceLine[] {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}

/**
 * Returns the sorted words of the printed table text: markup tags, rule lines and dash underlines are not
 * words. A trailing colon is ignored on both sides, since the parser writes group headers as "GROUP: header".
 */
function inputWords(lines: readonly SourceLine[]): string[] {
  return lines
    .filter((line) => !isRuleLine(line.text))
    .flatMap((line) => line.text.replace(/<\/?(?:TABLE|CAPTION|S|C|FN|PAGE)>/gi, " ").split(/\s+/))
    .filter((word) => word !== "" && !/^[-=_]{3,}$/.test(word))
    .map((word) => word.replace(/:$/, ""))
    .sort();
}

function outputWords(table: ParsedTable): string[] {
  const texts = [...table.caption, ...table.header, ...table.rows.flat(), ...(table.footnotes ?? [])];
  return texts
    .flatMap((text) => text.split(/\s+/))
    .filter((word) => word !== "")
    .map((word) => word.replace(/:$/, ""))
    .sort();
}

const SAMPLES: readonly (readonly [string, string, number, number])[] = [
  ["director nominees", PROXY, 162, 179],
  ["directors and officers", PROXY, 348, 364],
  ["summary compensation", PROXY, 446, 471],
  ["option grants", PROXY, 551, 578],
  ["year-end option values", PROXY, 613, 622],
  ["annual return percentages", PROXY, 755, 762],
  ["indexed returns", PROXY, 766, 775],
  ["beneficial ownership", PROXY, 851, 865],
  ["audit fees", PROXY, 897, 901],
  ["current stock options (exhibit A)", CONSULTING, 268, 277],
];

describe("isRuleLine", () => {
  it("accepts dash, equals and underscore groups separated by spaces", () => {
    expect(isRuleLine("----   ---")).toBe(true);
    expect(isRuleLine("   =======    =======  ")).toBe(true);
    expect(isRuleLine("___ ___")).toBe(true);
  });

  it("accepts a dash-stuffed rule, whose leading dash EDGAR turned into '- -'", () => {
    expect(isRuleLine("- ----                    ---      --------")).toBe(true);
    expect(isRuleLine("- - ------------")).toBe(true);
  });

  it("rejects lines with words, blank lines and lone dashes that stand for 'none'", () => {
    expect(isRuleLine("Name   ----")).toBe(false);
    expect(isRuleLine("")).toBe(false);
    expect(isRuleLine("      ")).toBe(false);
    expect(isRuleLine("        -        -         -")).toBe(false);
    expect(isRuleLine("- --")).toBe(false);
  });
});

describe("parseFixedWidthTable on the Point.360 proxy statement", () => {
  it("reads the Summary Compensation Table as one row per person and year", () => {
    const table = parseRange(PROXY, 446, 471);
    expect(table.caption).toEqual([]);
    expect(table.header).toEqual([
      "NAME AND PRINCIPAL POSITION",
      "YEAR",
      "ANNUAL COMPENSATION: SALARY",
      "BONUS",
      "LONG-TERM COMPENSATION AWARDS - SECURITIES UNDERLYING OPTIONS - #",
      "ALL OTHER COMPENSATION (2)",
    ]);
    expect(table.rows).toEqual([
      [
        "R. Luke Stefanko, (4) Former President and Chief Executive Officer",
        "2001",
        "$280,000",
        "-",
        "64,100",
        "$ 2,000",
      ],
      ["", "2000", "273,000", "-", "200,000", "-"],
      ["", "1999", "273,000", "-", "179,000", "2,000"],
      [
        "Alan R. Steel Executive Vice President, Finance and Administration, Chief Financial Officer, and Secretary",
        "2001",
        "$183,000",
        "-",
        "33,300",
        "$ 2,000",
      ],
      ["", "2000", "24,000 (1)", "-", "250,000", "-"],
      ["Neil Nguyen President, Multimedia Group", "2001", "$170,000", "-", "115,600", "$ 2,000"],
      ["", "2000", "66,000", "-", "15,000", "2,000"],
      ["", "1999", "16,000 (1)", "-", "-", "-"],
      ["Larry Hester (3) Former President, Post Production Group", "2001", "$180,000", "-", "151,500", "-"],
      ["", "2000", "28,000 (1)", "-", "-", "-"],
    ]);
    expect(table.ruleLines).toEqual([453]);
  });

  it("records the source lines of each row, wrapped title lines included on the record's first row", () => {
    const table = parseRange(PROXY, 446, 471);
    expect(table.rowLines).toEqual([
      [455, 456, 457],
      [456],
      [457],
      [459, 460, 461, 462, 463],
      [460],
      [465, 466],
      [466],
      [467],
      [469, 470, 471],
      [470],
    ]);
  });

  it("holds a name printed above its data line and prefixes it to that line's cells", () => {
    const table = parseRange(PROXY, 162, 179);
    expect(table.header).toEqual([
      "NAME",
      "PRINCIPAL OCCUPATION AND BUSINESS EXPERIENCE INCLUDING SERVICE ON OTHER BOARDS",
      "AGE",
      "YEAR FIRST ELECTED DIRECTOR",
    ]);
    expect(table.rows).toEqual([
      ["Robert A. Baker(A)(B)", "President and Chief Executive Officer of RAB Associates", "64", "2000"],
      ["Haig S. Bagerdjian", "Chairman of the Board, President and Chief Executive Officer of Point.360", "46", "2000"],
      ["Greggory J. Hutchins (A)(B)", "Partner, Holthouse Carlin & Van Trigt LLP", "41", "2000"],
      ["Sam P. Bell", "President, Los Angeles Business Advisors (c)", "66", "-"],
    ]);
  });

  it("undoes dash-stuffing of the rule so the columns line up with the header", () => {
    const table = parseRange(PROXY, 348, 364);
    expect(table.header).toEqual(["Name", "Age", "Position"]);
    expect(table.rows).toEqual([
      ["Haig S. Bagerdjian", "46", "Chairman of the Board of Directors, President and Chief Executive Officer"],
      [
        "Alan R. Steel",
        "57",
        "Executive Vice President, Finance and Administration, Chief Financial Officer and Secretary",
      ],
      ["Neil Nguyen", "29", "President, Multimedia Group"],
      ["Robert A. Baker", "64", "Director"],
      ["Greggory J. Hutchins", "41", "Director"],
      ["Sam P. Bell", "66", "Director nominee"],
    ]);
    expect(table.ruleLines).toEqual([349]);
  });

  it("prefixes a header spanning some columns to the first of them and keeps a graphic placeholder as caption", () => {
    const table = parseRange(PROXY, 551, 578);
    expect(table.caption).toEqual(["[GRAPHIC OMITTED]"]);
    expect(table.header).toEqual([
      "NAME AND RELATIONSHIP",
      "INDIVIDUAL GRANTS NUMBER OF SECURITIES UNDERLYING OPTIONS GRANTED (3)",
      "PERCENT OF TOTAL OPTIONS GRANTED TO EMPLOYEES IN FISCAL YEAR",
      "EXERCISE PRICE ($/SHARE)",
      "EXPIRATION DATE",
      "POTENTIAL REALIZABLE VALUE AT ASSUMED ANNUAL RATES OF STOCK PRICE APPRECIATION FOR OPTION TERM (4): 5%",
      "10%",
    ]);
    expect(table.ruleLines).toEqual([552, 560]);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[2]).toEqual([
      "Neil Nguyen President, Multimedia Group",
      "85,000 (2)",
      "10.3%",
      "$ 2.38",
      "3/12/11",
      "$182,000",
      "$391,000",
    ]);
    expect(table.rows[3]).toEqual(["", "30,600 (1)", "", "$ 1.40", "8/23/06", "", ""]);
    expect(table.rows[1]?.[0]).toBe(
      "Alan R. Steel Executive Vice President, Finance and Administration, Chief Financial Officer And Secretary",
    );
  });

  it("keeps exercisable/unexercisable pairs as printed", () => {
    const table = parseRange(PROXY, 613, 622);
    expect(table.header).toEqual([
      "NAME",
      "NUMBER OF SHARES UNDERLYING UNEXERCISED OPTIONS AT DECEMBER 31, 2001 EXERCISABLE/UNEXERCISABLE",
      "VALUE OF UNEXERCISED IN-THE-MONEY OPTIONS AT DECEMBER 31, 2001(1) EXERCISABLE/UNEXERCISABLE",
    ]);
    expect(table.rows).toEqual([
      ["R. Luke Stefanko", "234,000 / 200,000", "$0 / $0"],
      ["Alan R. Steel", "0 / 283,300", "$0 / $0"],
      ["Neil Nguyen", "0 / 130,600", "$0 / $0"],
      ["Larry Hester", "0 / 151,500", "$0 / $0"],
    ]);
  });

  it("turns a label column printed without dashes into a column and centred titles into the caption", () => {
    const table = parseRange(PROXY, 755, 762);
    expect(table.caption).toEqual(["ANNUAL RETURN PERCENTAGE", "YEARS ENDING"]);
    expect(table.header).toEqual(["COMPANY NAME / INDEX", "12/31/97", "12/31/98", "12/31/99", "12/31/00", "12/31/01"]);
    expect(table.rows).toEqual([
      ["Point.360", "30.50", "-1.30", "44.74", "-72.50", "-64.29"],
      ["NASDAQ Index", "20.89", "41.04", "76.38", "-37.15", "-20.28"],
      ["Peer Group", "-32.16", "33.77", "156.62", "-73.66", "-20.28"],
    ]);
  });

  it("keeps a header printed over a single column with that column, even above a blank line", () => {
    const table = parseRange(PROXY, 766, 775);
    expect(table.caption).toEqual(["INDEXED RETURNS", "YEARS ENDING"]);
    expect(table.header).toEqual([
      "COMPANY NAME / INDEX",
      "BASE PERIOD 02/19/97",
      "12/31/97",
      "12/31/98",
      "12/31/99",
      "12/31/00",
      "12/31/01",
    ]);
    expect(table.rows[0]).toEqual(["Point.360", "$100.00", "$130.51", "$128.81", "$186.44", "$ 51.27", "$ 18.31"]);
    expect(table.rows).toHaveLength(3);
  });

  it("reads the ownership table, keeping '*' and '-' cells and the wrapped group row", () => {
    const table = parseRange(PROXY, 851, 865);
    expect(table.header).toEqual([
      "NAME AND ADDRESS (1)",
      "SHARES OWNED",
      "SHARES ACQUIRABLE PURSUANT TO STOCK OPTIONS (2)",
      "TOTAL",
      "APPROXIMATE PERCENT OF OWNERSHIP",
    ]);
    expect(table.rows).toEqual([
      ["Haig S. Bagerdjian", "2,023,665", "315,000", "2,338,655", "25%"],
      ["R. Luke Stefanko", "-", "234,000", "234,000", "3%"],
      ["Julia Stefanko", "2,267,168", "-", "2,267,168", "25%"],
      ["Robert A. Baker", "-", "15,000", "15,000", "*"],
      ["Greggory J. Hutchins", "10,000", "15,000", "25,000", "*"],
      ["Alan R. Steel", "19,000", "-", "19,000", "*"],
      ["Neil Nguyen", "5,100", "1,500", "6,600", "*"],
      ["All directors and executive officers as a group", "2,057,755", "580,500", "2,638,255", "28%"],
    ]);
    expect(table.rowLines.at(-1)).toEqual([863, 864, 865]);
  });

  it("finds the columns of a table without a rule from the gaps in its text", () => {
    const table = parseRange(PROXY, 897, 901);
    expect(table.header).toEqual(["", ""]);
    expect(table.rows).toEqual([
      ["Audit fees ($41,050 billed as of December 31, 2001)", "$ 146,050"],
      ["All other fees", "$ 1,750"],
    ]);
    expect(table.ruleLines).toEqual([]);
  });
});

describe("parseFixedWidthTable on the consulting agreement's Exhibit A", () => {
  it("reads a single figure column, dropping the rule above the total", () => {
    const table = parseRange(CONSULTING, 268, 277);
    expect(table.header).toEqual(["Number of Shares"]);
    expect(table.rows).toEqual([["55,000"], ["179,000"], ["200,000"], ["64,100"], ["200,000"], ["698,100"]]);
    expect(table.ruleLines).toEqual([269, 276]);
    expect(table.rowLines.at(-1)).toEqual([277]);
  });
});

describe("parseFixedWidthTable loses and duplicates no word", () => {
  it.each(SAMPLES)("of the %s table", (_name, path, first, last) => {
    const lines = loadLines(path, first, last);
    expect(outputWords(parseFixedWidthTable(lines))).toEqual(inputWords(lines));
  });
});

describe("parseFixedWidthTable on small printed tables", () => {
  it("uses <S> and <C> tags as column starts and drops them from the text", () => {
    const table = parseFixedWidthTable(
      inline(
        "<TABLE>",
        "<CAPTION>",
        "     YEAR          SALES",
        "<S>               <C>",
        "2001              1,000",
        "2000                900",
        "</TABLE>",
      ),
    );
    expect(table.header).toEqual(["YEAR", "SALES"]);
    expect(table.rows).toEqual([
      ["2001", "1,000"],
      ["2000", "900"],
    ]);
  });

  it("stops the body at <FN> and keeps the footnotes apart", () => {
    const table = parseFixedWidthTable(
      inline(
        "Name        Shares",
        "----        ------",
        "Smith        1,000(1)",
        "<FN>",
        "(1) Includes options.",
        "</FN>",
      ),
    );
    expect(table.rows).toEqual([["Smith", "1,000(1)"]]);
    expect(table.footnotes).toEqual(["(1) Includes options."]);
  });

  it("expands a stray tab to the next 8-column stop", () => {
    const table = parseFixedWidthTable(inline("Name            Shares", "----            ------", "Smith\t\t 1,000"));
    expect(table.rows).toEqual([["Smith", "1,000"]]);
  });

  it("keeps a line of lone dashes as values rather than a rule", () => {
    const table = parseFixedWidthTable(
      inline(
        "Name       2001      2000",
        "----       ----      ----",
        "Smith       100        90",
        "             -         -",
      ),
    );
    expect(table.ruleLines).toEqual([2]);
    expect(table.rows).toEqual([
      ["Smith", "100", "90"],
      ["", "-", "-"],
    ]);
  });

  it("treats blank lines holding only spaces as group breaks", () => {
    const table = parseFixedWidthTable(
      inline("Name           Age", "----           ---", "Smith,          50", "     ", "and Jones       40"),
    );
    expect(table.rows).toEqual([
      ["Smith,", "50"],
      ["and Jones", "40"],
    ]);
  });

  it("reads every line as a row when no column holds figures", () => {
    const table = parseFixedWidthTable(inline("One Way          Tel 555", "Two Street       Fax 556"));
    expect(table.rows).toEqual([
      ["One Way", "Tel 555"],
      ["Two Street", "Fax 556"],
    ]);
  });

  it("makes a label ending in a colon a heading row so the items below it stay rows of their own", () => {
    const table = parseFixedWidthTable(
      inline(
        "(IN THOUSANDS)            2000",
        "--------------          ------",
        "Current assets:",
        "  Cash..............    $ 125",
        "  Receivables.......      359",
      ),
    );
    expect(table.rows).toEqual([
      ["Current assets:", ""],
      ["Cash..............", "$ 125"],
      ["Receivables.......", "359"],
    ]);
  });
});

describe("parseFixedWidthTable on printing quirks", () => {
  it("undoes dash-stuffing applied twice, so no column is made of the stuffed dash", () => {
    const table = parseFixedWidthTable(inline("TERM          SECTION", "- - ----          -------", "Act                15"));
    expect(table.header).toEqual(["TERM", "SECTION"]);
    expect(table.rows).toEqual([["Act", "15"]]);
    expect(table.ruleLines).toEqual([2]);
  });

  it("splits figures printed one space apart under two dash groups", () => {
    const table = parseFixedWidthTable(
      inline("Item              2000      1999", "----            ------    ------", "Loss           (11,873) (27,390)"),
    );
    expect(table.rows).toEqual([["Loss", "(11,873)", "(27,390)"]]);
  });

  it("reads a label with dot leaders to a word in a figure column as a row of its own", () => {
    const table = parseFixedWidthTable(
      inline(
        "TERM                      SECTION",
        "----                      -------",
        '"Act".............             15',
        '"Code"............       Recitals',
        '"Company".........            1.4',
      ),
    );
    expect(table.rows).toEqual([
      ['"Act".............', "15"],
      ['"Code"............', "Recitals"],
      ['"Company".........', "1.4"],
    ]);
  });

  it("prefixes a section name in capitals to the row below it rather than to the row above", () => {
    const table = parseFixedWidthTable(
      inline(
        "(IN THOUSANDS)          2000",
        "--------------        ------",
        "LIFE SCIENCES",
        "Sales.........        $  221",
        "Profit........            36",
        "INSTRUMENTS",
        "Sales.........           725",
      ),
    );
    expect(table.rows).toEqual([
      ["LIFE SCIENCES Sales.........", "$ 221"],
      ["Profit........", "36"],
      ["INSTRUMENTS Sales.........", "725"],
    ]);
  });

  it("drops underlines drawn under figures on a line that also carries label text", () => {
    const table = parseFixedWidthTable(
      inline(
        "Item                  2000",
        "----                ------",
        "Total operating        667",
        "expenses            ------",
        "Loss                  (11)",
      ),
    );
    expect(table.rows).toEqual([
      ["Total operating expenses", "667"],
      ["Loss", "(11)"],
    ]);
  });

  it("uses the underline below a group header to find the columns it spans", () => {
    const table = parseFixedWidthTable(
      inline(
        "                      ANNUAL",
        "                   COMPENSATION",
        "                  --------------",
        "NAME          YEAR  SALARY  BONUS",
        "----          ----  ------  -----",
        "Jane Roe      2001     100     10",
        "  Head Coach  2000      90      9",
        "  Officer",
        "John Doe      2001      80      8",
      ),
    );
    expect(table.header).toEqual(["NAME", "YEAR", "ANNUAL COMPENSATION: SALARY", "BONUS"]);
    expect(table.rows).toEqual([
      ["Jane Roe Head Coach Officer", "2001", "100", "10"],
      ["", "2000", "90", "9"],
      ["John Doe", "2001", "80", "8"],
    ]);
    expect(table.rowLines).toEqual([[6, 7, 8], [7], [9]]);
  });

  it("starts a new record at a name that wraps onto an indented data line without a blank line before it", () => {
    const table = parseFixedWidthTable(
      inline(
        "NAME                 GRANTED",
        "----                 -------",
        "Jeffrey Bezos.......      --",
        "Oswaldo-Fernando",
        "  Duenas...........  180,000",
      ),
    );
    expect(table.rows).toEqual([
      ["Jeffrey Bezos.......", "--"],
      ["Oswaldo-Fernando Duenas...........", "180,000"],
    ]);
  });
});

/** Returns each <TABLE> ... </TABLE> region of a corpus file as source lines. */
function corpusTables(file: string): SourceLine[][] {
  const lines = readFileSync(resolve(CORPUS, file), "utf8").split("\n");
  const tables: SourceLine[][] = [];
  let start = -1;
  lines.forEach((text, index) => {
    if (/^<TABLE>/i.test(text)) start = index;
    if (/^<\/TABLE>/i.test(text) && start >= 0) {
      tables.push(lines.slice(start, index + 1).map((line, offset) => ({ text: line, line: start + 1 + offset })));
      start = -1;
    }
  });
  return tables;
}

function corpusTableAt(file: string, firstLine: number): ParsedTable {
  const table = corpusTables(file).find((lines) => lines[0]?.line === firstLine);
  if (!table) throw new Error(`expected a <TABLE> at ${file}:${firstLine}, not none`);
  return parseFixedWidthTable(table);
}

describe.skipIf(!existsSync(CORPUS))(
  "parseFixedWidthTable on EDGAR-tagged corpus tables (skipped: ../shared/corpus/dev is not present)",
  () => {
    it("reads the Microsoft 1994 Summary Compensation Table, indented title lines continuing each name", () => {
      const table = corpusTableAt("microsoft-1994-def14a.txt", 519);
      expect(table.header).toEqual([
        "NAME AND PRINCIPAL POSITION",
        "YEAR",
        "ANNUAL COMPENSATION: SALARY",
        "BONUS(1)",
        "LONG-TERM COMPENSATION AWARDS SECURITIES UNDERLYING OPTIONS(#)",
        "ALL OTHER COMPENSATION(2)",
      ]);
      expect(table.rows).toHaveLength(15);
      expect(table.rows[12]).toEqual([
        "Bernard P. Vergnes Senior Vice President, Microsoft; President of Microsoft Europe",
        "1994",
        "300,481",
        "196,885",
        "40,000",
        "0",
      ]);
      expect(table.rows[13]).toEqual(["", "1993", "322,433", "91,523", "50,000", "0"]);
    });

    it("joins a group label wrapped onto an indented data line in the Microsoft ownership table", () => {
      const table = corpusTableAt("microsoft-1994-def14a.txt", 423);
      expect(table.rows).toHaveLength(12);
      expect(table.rows.at(-1)).toEqual([
        "Executive Officers and Directors as a Group (35 Persons).................",
        "238,309,914(10)",
        "40.7",
      ]);
    });

    it("reads the Amazon 1998 Summary Compensation Table whose label rule is indented", () => {
      const table = corpusTableAt("amazon-1998-def14a.txt", 585);
      expect(table.header).toEqual([
        "NAME AND PRINCIPAL POSITION",
        "YEAR",
        "ANNUAL COMPENSATION: SALARY($)(1)",
        "BONUS($)(2)",
        "LONG-TERM COMPENSATION AWARDS SECURITIES UNDERLYING OPTIONS(#)",
        "ALL OTHER COMPENSATION ($)(3)",
      ]);
      expect(table.rows.slice(0, 2)).toEqual([
        ["Jeffrey Bezos, President and Chief Executive Officer", "1997", "$ 79,197", "--", "--", "--"],
        ["", "1996", "$ 64,333", "--", "--", "--"],
      ]);
      expect(table.rows[3]?.[0]).toBe("Richard Dalzell, Vice President and Chief Information Officer");
    });

    it("starts a new record at a name wrapped onto an indented data line in the Amazon option grants", () => {
      const table = corpusTableAt("amazon-1998-def14a.txt", 633);
      expect(table.rows.map((row) => row[0])).toEqual([
        "Jeffrey Bezos..........",
        "George Aposporos.......",
        "Richard Dalzell........",
        "Oswaldo-Fernando Duenas...............",
        "Sheldon Kaphan.........",
        "Joel Spiegel...........",
      ]);
      expect(table.header[1]).toBe("INDIVIDUAL GRANTS: NUMBER OF SECURITIES UNDERLYING OPTIONS GRANTED(#)(2)");
    });

    it.each(["microsoft-1994-def14a.txt", "amazon-1998-def14a.txt"])(
      "loses and duplicates no word in any table of %s",
      (file) => {
        for (const lines of corpusTables(file)) {
          expect(outputWords(parseFixedWidthTable(lines))).toEqual(inputWords(lines));
        }
      },
    );
  },
);
