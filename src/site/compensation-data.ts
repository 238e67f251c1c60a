import { centsToDecimal, centsToDollars } from "../lib/money.ts";
import type { Source } from "../model/facts.ts";
import type { PayVersusPerformanceFigure } from "../model/pay-versus-performance.ts";
import { formatCsv, outstandingAwardsData, planBasedAwardsData } from "./compensation-awards-data.ts";
import { compensationLists, payVersusPerformanceTables, summaryRowsByPerson } from "./compensation-view.ts";
import { factLinks } from "./links.ts";

const percent = (text: string | null) => (text === null ? null : Number(text));

/** A pay-versus-performance figure in the data: the number as printed in its scale, and money as exact dollars. */
function figureData(figure: PayVersusPerformanceFigure | null) {
  if (!figure) return null;
  return { printed: figure.printed, amount: Number(figure.amount), scale: figure.scale, unit: figure.unit, dollars: centsToDollars(figure.cents), concept: figure.concept };
}

/** Returns the public compensation data: money in dollars as exact numbers, null where the filing prints a dash or nothing. */
export function buildCompensationData(base: string) {
  const lists = compensationLists();
  const where = (source: Source) => ({ filing: source.filing, section: source.section, url: factLinks(source, base).section, quote: source.quote });
  return {
    summary: summaryRowsByPerson().map((r) => ({
      person: r.person,
      name: r.name,
      position: r.position,
      year: r.year,
      salary: centsToDollars(r.salary),
      bonus: centsToDollars(r.bonus),
      options: r.options,
      other: centsToDollars(r.other),
      computedTotal: r.computedTotal ? centsToDollars(r.computedTotal.cents) : null,
      otherAnnual: centsToDollars(r.otherAnnual),
      footnotes: r.footnotes,
      stockAwards: centsToDollars(r.stockAwards),
      optionAwards: centsToDollars(r.optionAwards),
      nonEquityIncentive: centsToDollars(r.nonEquityIncentive),
      pensionAndDeferredEarnings: centsToDollars(r.pensionAndDeferredEarnings),
      printedTotal: centsToDollars(r.printedTotal),
      ...where(r.source),
    })),
    grants: lists.grants.map((g) => ({
      person: g.person,
      name: g.name,
      options: g.options,
      percentOfTotal: percent(g.percentOfTotal),
      exercisePrice: centsToDollars(g.exercisePrice),
      expiration: g.expiration,
      value5: centsToDollars(g.value5),
      value10: centsToDollars(g.value10),
      stated: g.stated,
      grantTable: g.grantTable,
      grantDate: g.grantDate,
      grantDateFairValue: centsToDollars(g.grantDateFairValue),
      awardType: g.awardType,
      footnotes: g.footnotes,
      unread: g.unread,
      ...where(g.source),
    })),
    yearEndOptions: lists.yearEndOptions.map((y) => ({
      person: y.person,
      name: y.name,
      asOf: y.asOf,
      exercisable: y.exercisable,
      unexercisable: y.unexercisable,
      valueExercisable: centsToDollars(y.valueExercisable),
      valueUnexercisable: centsToDollars(y.valueUnexercisable),
      ...where(y.source),
    })),
    ownership: lists.ownership.map((o) => ({
      person: o.person,
      name: o.name,
      group: o.group,
      asOf: o.asOf,
      sharesOwned: o.sharesOwned,
      optionsAcquirable: o.optionsAcquirable,
      total: o.total,
      computedTotal: o.computedTotal,
      percent: percent(o.percent),
      lessThanOnePercent: o.lessThanOnePercent,
      ...where(o.source),
    })),
    salaries: lists.salaries.map((s) => ({ person: s.person, name: s.name, amount: centsToDollars(s.amount), unit: s.unit, effective: s.effective, basis: s.basis, ...where(s.source) })),
    severance: lists.severance.map((s) => ({ names: s.names, description: s.description, months: s.months, amount: centsToDollars(s.amount), ...where(s.source) })),
    directorFees: lists.directorFees.map((d) => ({ description: d.description, amount: centsToDollars(d.amount), shares: d.shares, unit: d.unit, ...where(d.source) })),
    consultingFees: lists.consultingFees.map((f) => ({
      person: f.person,
      name: f.name,
      rate: centsToDollars(f.rate),
      unit: f.unit,
      from: f.from,
      through: f.through,
      capHours: f.capHours ? { hours: f.capHours.hours, per: f.capHours.per } : null,
      ...where(f.source),
    })),
    optionLists: lists.optionLists.map((l) => ({ shares: l.shares, printedTotal: l.printedTotal, computedTotal: l.computedTotal, ...where(l.source) })),
    payVersusPerformance: payVersusPerformanceTables().flatMap((table) =>
      table.rows.map((r) => ({
        year: r.year,
        peos: r.peos.map((p) => ({
          person: p.person,
          name: p.name,
          totalHeader: p.totalHeader,
          actuallyPaidHeader: p.actuallyPaidHeader,
          total: figureData(p.total),
          actuallyPaid: figureData(p.actuallyPaid),
        })),
        averageNonPeoTotal: figureData(r.averageNonPeoTotal),
        averageNonPeoActuallyPaid: figureData(r.averageNonPeoActuallyPaid),
        totalShareholderReturn: figureData(r.totalShareholderReturn),
        peerGroupTotalShareholderReturn: figureData(r.peerGroupTotalShareholderReturn),
        netIncome: figureData(r.netIncome),
        companySelectedMeasure: figureData(r.companySelectedMeasure),
        companySelectedMeasureName: r.companySelectedMeasureName,
        footnotes: r.footnotes,
        ...where(r.source),
      })),
    ),
    planBasedAwards: planBasedAwardsData(where),
    outstandingEquityAwards: outstandingAwardsData(where),
  };
}

// Columns added after the first release go at the end, so readers by position keep working.
const CSV_COLUMNS = [
  "person", "name", "position", "year", "salary", "bonus", "options", "other", "computed_total", "filing", "section", "url",
  "other_annual", "stock_awards", "option_awards", "non_equity_incentive", "pension_and_deferred_earnings", "printed_total",
] as const;

/** Returns the Summary Compensation Table rows as CSV (RFC 4180), dollars as exact decimals, empty for a dash. */
export function buildCompensationCsv(base: string): string {
  const rows = summaryRowsByPerson().map((r) => [
    r.person ?? "",
    r.name,
    r.position ?? "",
    r.year === null ? "" : String(r.year),
    centsToDecimal(r.salary),
    centsToDecimal(r.bonus),
    r.options === null ? "" : String(r.options),
    centsToDecimal(r.other),
    r.computedTotal ? centsToDecimal(r.computedTotal.cents) : "",
    r.source.filing,
    r.source.section,
    factLinks(r.source, base).section,
    centsToDecimal(r.otherAnnual),
    centsToDecimal(r.stockAwards),
    centsToDecimal(r.optionAwards),
    centsToDecimal(r.nonEquityIncentive),
    centsToDecimal(r.pensionAndDeferredEarnings),
    centsToDecimal(r.printedTotal),
  ]);
  return formatCsv(CSV_COLUMNS, rows);
}
