// Time expressions chrono-node does not resolve the way news needs: rolling spans ("in recent months",
// "in the past year"), calendar weeks ("last week" = Monday-Sunday of the previous week), month ranges
// ("from July until mid-December this year"), "last February", parts of months, quarters, decades, and
// bare years ("in 2021"). Each resolves against the publisher's local date and never lands after it
// unless the text says "next".
import type { DatePrecision } from "../format/enums.js";
import {
  MONTH_RE, addDays, addMonths, daysInMonth, mondayOf, monthEnd, monthNumber, monthOf, monthStart, ymd, yearOf, type Ymd,
} from "./calendar.js";

export interface Resolved {
  start: Ymd;
  end: Ymd;
  precision: DatePrecision;
}

type Handler = (m: RegExpExecArray, pub: Ymd) => Resolved | undefined;

const COUNT: Record<string, number> = { few: 3, several: 3, "couple of": 2, two: 2, three: 3, four: 4, five: 5, six: 6 };
const PART = "(?:(early|mid|late)[- ]?)";

/** Day of the month for "early/mid/late" as the start or end of a range. */
function partDay(y: number, m: number, part: string | undefined, edge: "start" | "end"): number {
  const p = part?.toLowerCase();
  if (p === "early") return edge === "start" ? 1 : 10;
  if (p === "mid") return 15; // "until mid-December" ends on the 15th
  if (p === "late") return edge === "start" ? 21 : daysInMonth(y, m);
  return edge === "start" ? 1 : daysInMonth(y, m);
}

/** The latest year in which month `m` does not start after the publication date. */
const pastYearOf = (m: number, pub: Ymd): number => (m <= monthOf(pub) ? yearOf(pub) : yearOf(pub) - 1);

function yearWord(explicit: string | undefined, rel: string | undefined, pub: Ymd): number | undefined {
  if (explicit) return Number(explicit);
  if (rel?.toLowerCase() === "this") return yearOf(pub);
  if (rel?.toLowerCase() === "last") return yearOf(pub) - 1;
  return undefined;
}

const range: Handler = (m, pub) => {
  const [, p1, mon1, y1, p2, mon2, y2, rel] = m;
  const m1 = monthNumber(mon1!);
  const m2 = monthNumber(mon2!);
  const endYear = yearWord(y2, rel, pub) ?? pastYearOf(m2, pub);
  const startYear = y1 ? Number(y1) : m1 <= m2 ? endYear : endYear - 1;
  return {
    start: ymd(startYear, m1, partDay(startYear, m1, p1, "start")),
    end: ymd(endYear, m2, partDay(endYear, m2, p2, "end")),
    precision: "MONTH",
  };
};

const rolling: Handler = (m, pub) => {
  const [, which, count, unitRaw] = m;
  const unit = unitRaw!.toLowerCase().replace(/s$/, "");
  const plural = /s$/i.test(unitRaw!);
  // "last week"/"last year" are calendar units (handled below), not rolling spans.
  if (!count && !plural && /^(last|previous)$/i.test(which!)) return undefined;
  const n = count ? (COUNT[count.toLowerCase()] ?? Number(count)) : plural ? 3 : 1;
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const start =
    unit === "day" ? addDays(pub, -n) : unit === "week" ? addDays(pub, -7 * n)
    : unit === "month" ? addMonths(pub, -n) : unit === "decade" ? addMonths(pub, -120 * n) : addMonths(pub, -12 * n);
  const precision: DatePrecision = unit === "day" ? "DAY" : unit === "week" ? "WEEK" : unit === "month" ? "MONTH" : unit === "decade" ? "DECADE" : "YEAR";
  return { start, end: pub, precision };
};

const calendarUnit: Handler = (m, pub) => {
  const which = m[1]!.toLowerCase();
  const unit = m[2]!.toLowerCase();
  const shift = /last|previous/.test(which) ? -1 : /next|following/.test(which) ? 1 : 0;
  const clamp = (end: Ymd) => (shift === 0 && end > pub ? pub : end);
  if (unit === "week") {
    const monday = addDays(mondayOf(pub), 7 * shift);
    return { start: monday, end: clamp(addDays(monday, 6)), precision: "WEEK" };
  }
  if (unit === "month") {
    const first = addMonths(monthStart(yearOf(pub), monthOf(pub)), shift);
    return { start: first, end: clamp(monthEnd(yearOf(first), monthOf(first))), precision: "MONTH" };
  }
  const y = yearOf(pub) + shift;
  return { start: ymd(y, 1, 1), end: clamp(ymd(y, 12, 31)), precision: "YEAR" };
};

const relativeMonth: Handler = (m, pub) => {
  const which = m[1]!.toLowerCase();
  const mon = monthNumber(m[2]!);
  const [py, pm] = [yearOf(pub), monthOf(pub)];
  const y = which === "this" ? py : which === "next" ? (mon > pm ? py : py + 1) : mon < pm ? py : py - 1;
  return { start: monthStart(y, mon), end: monthEnd(y, mon), precision: "MONTH" };
};

const partOfMonth: Handler = (m, pub) => {
  const mon = monthNumber(m[2]!);
  const y = m[3] ? Number(m[3]) : pastYearOf(mon, pub);
  const p = m[1]!.toLowerCase();
  const [from, to] = p === "early" ? [1, 10] : p === "mid" ? [11, 20] : [21, daysInMonth(y, mon)];
  return { start: ymd(y, mon, from), end: ymd(y, mon, to), precision: "MONTH" };
};

const QUARTERS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, last: 4, final: 4 };
const quarter: Handler = (m, pub) => {
  const q = QUARTERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const y = yearWord(/^\d{4}$/.test(m[2]!) ? m[2] : undefined, m[2]!.split(" ")[0], pub);
  if (!y || !(q >= 1 && q <= 4)) return undefined;
  return { start: monthStart(y, 3 * q - 2), end: monthEnd(y, 3 * q), precision: "QUARTER" };
};

const decade: Handler = (m) => ({ start: ymd(Number(m[1]) * 10, 1, 1), end: ymd(Number(m[1]) * 10 + 9, 12, 31), precision: "DECADE" });

const bareYear: Handler = (m, pub) => {
  const y = Number(m[2]);
  if (m[1]!.toLowerCase() === "since") return { start: ymd(y, 1, 1), end: pub, precision: "YEAR" };
  return { start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: "YEAR" };
};

/** Ordered: earlier patterns win where matches overlap. */
export const PATTERNS: ReadonlyArray<[RegExp, Handler]> = [
  [new RegExp(`\\bfrom\\s+${PART}?(${MONTH_RE})(?:\\s+(\\d{4}))?\\s+(?:until|till|to|through)\\s+${PART}?(${MONTH_RE})(?:\\s+(\\d{4})|\\s+(this|last)\\s+year)?\\b`, "gi"), range],
  // "in the last weeks of their pullout" is anchored to the pullout, not to publication.
  [/\b(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(past|last|recent|previous)\s+(?:(few|several|couple of|two|three|four|five|six|\d+)\s+)?(days|weeks?|months?|years?|decades?)\b(?!\s+of\b)/gi, rolling],
  [/\b(last|previous|this|next|the following)\s+(week|month|year)\b/gi, calendarUnit],
  [new RegExp(`\\b(?:in\\s+)?(last|this|next)\\s+(${MONTH_RE})\\b`, "gi"), relativeMonth],
  [new RegExp(`\\b(?:in\\s+)?(early|mid|late)[- ]?(${MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`, "gi"), partOfMonth],
  [/\b(?:in\s+)?(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+of\s+(\d{4}|this year|last year)\b/gi, quarter],
  [/\b(?:in\s+)?(?:the\s+)?((?:19|20)\d)0s\b/gi, decade],
  [/\b(in|since|by|during|before|after|until|through|from)\s+((?:19|20)\d{2})\b(?![-/]\d)/gi, bareYear],
];
