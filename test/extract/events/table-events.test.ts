import { describe, expect, it } from "vitest";
import { datesOf, eventsOf } from "./made-up.ts";

const proxy = { kind: "proxy statement", date: "2002-11-04" };

const GRANTS = `:::table{#option-grants}

| NAME | OPTIONS GRANTED | EXPIRATION DATE |
| --- | ---: | ---: |
| Jane Q. Roe, Chief Executive Officer | 64,100 | 8/23/06 |
|   | 30,600 | 3/12/11 |
:::`;

const RETURNS = `:::table{#indexed-returns}

| COMPANY / INDEX | BASE PERIOD 02/19/97 | 12/31/97 | 12/31/01 |
| --- | ---: | ---: | ---: |
| Bluegill Lantern | $100.00 | $130.51 | $ 18.31 |
| 12/31/02 | 100.00 | 120.89 | 150.67 |
:::`;

describe("extractEvents reads dates in table cells", () => {
  it("takes an expiration date from a grants table, titled by its column and row, quoting the row", () => {
    const events = eventsOf(GRANTS, proxy);
    expect(events.map((e) => [datesOf(e).date, e.title, e.source.section, e.source.quote])).toEqual([
      ["2006-08-23", "Expiration date: Jane Q. Roe", "option-grants", "Jane Q. Roe, Chief Executive Officer | 64,100 | 8/23/06"],
      ["2011-03-12", "Expiration date: Jane Q. Roe", "option-grants", "| 30,600 | 3/12/11"],
    ]);
  });

  it("puts no header date on the timeline, nor a date that labels a row of figures", () => {
    expect(eventsOf(RETURNS, proxy)).toEqual([]);
  });
});
