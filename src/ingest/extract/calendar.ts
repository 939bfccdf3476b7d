// Calendar arithmetic on plain dates (YYYY-MM-DD), done in UTC so the machine's time zone never matters.
// Dates here are already the publisher's local dates.

export type Ymd = string;

const toDate = (d: Ymd): Date => new Date(`${d}T00:00:00Z`);
const fromDate = (d: Date): Ymd => d.toISOString().slice(0, 10);
export const pad = (n: number): string => String(n).padStart(2, "0");
export const ymd = (y: number, m: number, d: number): Ymd => `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;

export function addDays(d: Ymd, n: number): Ymd {
  const x = toDate(d);
  x.setUTCDate(x.getUTCDate() + n);
  return fromDate(x);
}

/** Same day n months later, clamped to the month's length (31 Mar - 1 month = 28/29 Feb). */
export function addMonths(d: Ymd, n: number): Ymd {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymd(ny, nm, Math.min(day, daysInMonth(ny, nm)));
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const monthStart = (y: number, m: number): Ymd => ymd(y, m, 1);
export const monthEnd = (y: number, m: number): Ymd => ymd(y, m, daysInMonth(y, m));

/** Monday of the ISO week containing d. */
export function mondayOf(d: Ymd): Ymd {
  const dow = toDate(d).getUTCDay(); // 0 = Sunday
  return addDays(d, -((dow + 6) % 7));
}

export const yearOf = (d: Ymd): number => Number(d.slice(0, 4));
export const monthOf = (d: Ymd): number => Number(d.slice(5, 7));

/** The publisher's local date and UTC offset (minutes) from an ISO date-time with offset. */
export function localReference(publishedAt: string): { date: Ymd; offsetMinutes: number } {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(publishedAt);
  const offsetMinutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  // The date part of an ISO string with an offset is already the local date.
  return { date: publishedAt.slice(0, 10), offsetMinutes };
}

export const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** 1-12 for a month name or its three-letter abbreviation, else 0. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
  return i + 1;
}

export const MONTH_RE = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
