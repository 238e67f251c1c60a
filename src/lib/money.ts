/** Returns integer cents as a dollar amount: 28000000 → "$280,000", 140 → "$1.40"; null → "–". */
export function formatCents(cents: number | null): string {
  if (cents === null) return "–";
  const sign = cents < 0 ? "-" : "";
  const whole = Math.floor(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}$${grouped}${rest ? `.${String(rest).padStart(2, "0")}` : ""}`;
}

/** Returns a share count with thousands separators: 1436179 → "1,436,179"; null → "–". */
export function formatCount(count: number | null): string {
  return count === null ? "–" : String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Returns cents as an exact decimal string of dollars for data files: 140 → "1.40"; null → "". */
export function centsToDecimal(cents: number | null): string {
  if (cents === null) return "";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Returns cents as a JSON number of dollars (exact for whole cents): 28000000 → 280000, 140 → 1.4; null stays null. */
export function centsToDollars(cents: number | null): number | null {
  return cents === null ? null : Number(centsToDecimal(cents));
}
