import { describe, expect, it } from "vitest";
import { extractYearEndOptions } from "../../../src/extract/compensation/year-end-table.ts";
import { madeUpDoc } from "./made-up.ts";

describe("extractYearEndOptions", () => {
  it("splits exercisable/unexercisable pairs printed in one cell and dates them from the header", () => {
    const doc = madeUpDoc(`:::table{#year-end}

| NAME | NUMBER OF SHARES UNDERLYING UNEXERCISED OPTIONS AT DECEMBER 31, 2002 EXERCISABLE/UNEXERCISABLE | VALUE OF UNEXERCISED IN-THE-MONEY OPTIONS AT DECEMBER 31, 2002(1) EXERCISABLE/UNEXERCISABLE |
| --- | ---: | ---: |
| John Q. Doe | 10,000 / 30,000 | $1,500 / $0 |
| Mary Roe | - | - |
:::
`);
    expect(extractYearEndOptions(doc)).toMatchObject([
      { name: "John Q. Doe", exercisable: 10000, unexercisable: 30000, valueExercisable: 150000, valueUnexercisable: 0, asOf: "2002-12-31" },
      { name: "Mary Roe", exercisable: null, unexercisable: null, valueExercisable: null, valueUnexercisable: null },
    ]);
  });

  it("reads one column per figure, the second of a group headed only by its last word", () => {
    const doc = madeUpDoc(`:::table{#year-end}

| NAME | SHARES ACQUIRED ON EXERCISE (#) | VALUE REALIZED ($) | NUMBER OF SECURITIES UNDERLYING UNEXERCISED OPTIONS AT FISCAL YEAR-END(#): EXERCISABLE | UNEXERCISABLE | VALUE OF UNEXERCISED IN-THE-MONEY OPTIONS AT FISCAL YEAR-END($): EXERCISABLE | UNEXERCISABLE |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| John Q. Doe.......... | 8,000 | $ 95,000 | 1,000 | 2,000 | $3,000 | 4,000 |
:::
`);
    expect(extractYearEndOptions(doc)).toMatchObject([
      { name: "John Q. Doe", acquiredOnExercise: 8000, valueRealized: 9500000, exercisable: 1000, unexercisable: 2000, valueExercisable: 300000, valueUnexercisable: 400000, asOf: null },
    ]);
  });

  it("keeps a cell that should hold two figures but holds one as unread", () => {
    const doc = madeUpDoc(`:::table{#year-end}

| NAME | NUMBER OF SHARES UNDERLYING UNEXERCISED OPTIONS EXERCISABLE/UNEXERCISABLE |
| --- | ---: |
| John Q. Doe | 10,000 |
:::
`);
    expect(extractYearEndOptions(doc)[0]).toMatchObject({ exercisable: null, unexercisable: null, unread: [{ field: "exercisable", printed: "10,000" }] });
  });
});
