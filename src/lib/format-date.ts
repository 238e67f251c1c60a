import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";

/** Returns an ISO date as printed in a citation, e.g. "2002-10-02" → "October 2, 2002", in UTC. */
export function formatLongDate(iso: string): string {
  return format(new UTCDate(`${iso}T00:00:00Z`), "MMMM d, yyyy");
}
