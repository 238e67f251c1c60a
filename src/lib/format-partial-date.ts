import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";

/** Returns "YYYY-MM-DD", "YYYY-MM" or "YYYY" as a reader writes it: "October 2, 2002", "June 2002", "1997". */
export function formatPartialDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (month === undefined) return String(year);
  const date = new UTCDate(Date.UTC(year!, month - 1, day ?? 1));
  return format(date, day === undefined ? "MMMM yyyy" : "MMMM d, yyyy");
}
