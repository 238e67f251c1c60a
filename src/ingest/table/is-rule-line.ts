/** Characters a printed rule is drawn with; spaces separate the groups under each column. */
const RULE_ONLY = /^[-=_ \t]*$/;

/**
 * A run of three keeps a row of "none" dashes (`-    -    -`) from being read as a rule: those dashes
 * are values and must never be dropped.
 */
const RULE_RUN = /[-=_]{3,}/;

function isBareRule(text: string): boolean {
  return RULE_ONLY.test(text) && RULE_RUN.test(text);
}

/**
 * Returns a rule line as it was printed before EDGAR dash-stuffing, which prefixed "- " to every line
 * starting with "-" (so the whole line shifted two columns right), undone as often as it was applied
 * (`- - ----` went through two wrappers); any other line is returned unchanged.
 */
export function undoDashStuffing(text: string): string {
  let line = text;
  while (line.startsWith("- ") && line.slice(2).startsWith("-") && isBareRule(line.slice(2))) {
    line = line.slice(2);
  }
  return line;
}

/** Returns whether a line is a printed rule: only dashes, equals, underscores and spaces, with a run of three. */
export function isRuleLine(text: string): boolean {
  return isBareRule(undoDashStuffing(text));
}
