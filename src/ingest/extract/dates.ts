// Time expressions of a sentence, resolved to inclusive day ranges in the publisher's local calendar.
// chrono-node finds dates and weekdays; a refiner moves the ones it puts after publication back into
// the past (DESIGN: chrono reads "last February" and "on Tuesday" forward). News patterns chrono lacks
// come from date-patterns.ts and take precedence where they overlap.
import * as chrono from "chrono-node";
import type { DatePrecision } from "../format/enums.js";
import { addDays, localReference, monthEnd, ymd, type Ymd } from "./calendar.js";
import { PATTERNS, type Resolved } from "./date-patterns.js";
import type { Span } from "./text.js";

export interface TimeExpression extends Resolved {
  text: string;
  span: Span;
}

const localDateOf = (ref: chrono.ReferenceWithTimezone): Ymd =>
  new Date(ref.instant.getTime() + ref.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

const componentsDate = (c: chrono.ParsingComponents): Ymd => ymd(c.get("year")!, c.get("month")!, c.get("day")!);

/** Words before a date that set a time limit ahead: "a deadline of", "by", "until", "after". */
const DEADLINE_BEFORE = /\b(?:deadlines?\s+(?:of|for|on)?|by|until|till|before|after|expir\w*\s+on|starting|from)\s*$/i;

/**
 * Refiner: a date chrono placed after publication without the text saying so goes back a week or year,
 * unless it is a time limit a few months ahead.
 */
const pastBias: chrono.Refiner = {
  refine(context, results) {
    const pub = localDateOf(context.reference);
    for (const r of results) {
      const c = r.start;
      if (c.isCertain("year") || /\b(next|coming|upcoming|following)\b/i.test(r.text)) continue;
      if (componentsDate(c) <= pub) continue;
      // "a deadline of November 1", "deport foreigners after Oct. 31", written in October: a date ahead.
      if (!c.isCertain("weekday") && componentsDate(c) <= addDays(pub, 92) && DEADLINE_BEFORE.test(context.text.slice(Math.max(0, r.index - 30), r.index))) continue;
      if (c.isCertain("weekday") && !c.isCertain("day")) {
        const d = addDays(componentsDate(c), -7);
        c.imply("year", Number(d.slice(0, 4)));
        c.imply("month", Number(d.slice(5, 7)));
        c.imply("day", Number(d.slice(8, 10)));
      } else {
        c.imply("year", c.get("year")! - 1);
      }
    }
    return results;
  },
};

const parser = chrono.casual.clone();
parser.refiners.push(pastBias);

/** Relative to some other event ("a day after"), a duration ("after 20 years"), or not a date ("now"). */
const UNANCHORED = /^(?:(?:a|an|one|two|three|\d+)\s+(?:day|week|month|year)s?\s+(?:after|later|before|earlier)|(?:after|in|within|for|over)\s+(?:a|an|one|two|three|\w+|\d+)\s+(?:day|week|month|year)s?|now|right now)$/i;

export function resolveTimeExpressions(sentence: string, publishedAt: string): TimeExpression[] {
  const { date: pub, offsetMinutes } = localReference(publishedAt);
  const found: TimeExpression[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.span.end && f.span.start < e);
  for (const [re, handle] of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const r = free(start, end) ? handle(m as RegExpExecArray, pub) : undefined;
      if (r) found.push({ ...r, text: m[0], span: { start, end } });
    }
  }
  const reference = { instant: new Date(publishedAt), timezone: offsetMinutes };
  for (const r of parser.parse(sentence, reference, { forwardDate: false })) {
    const text = r.text.replace(/[\s,.;:]+$/, "");
    let start = r.index;
    const end = start + text.length;
    // "the last weeks of their pullout": a plural unit is a span of something else, not a day.
    if (UNANCHORED.test(text) || /^(last|past|previous|next|this)\s+\w+s$/i.test(text) || !free(start, end)) continue;
    const resolved = fromChrono(r);
    if (!resolved) continue;
    const prep = /\b(in|on|since|during)\s+$/i.exec(sentence.slice(Math.max(0, start - 8), start));
    if (prep && !/^(in|on|since|during)\b/i.test(text)) start -= prep[0].length;
    found.push({ ...resolved, text: sentence.slice(start, end), span: { start, end } });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function fromChrono(r: chrono.ParsedResult): Resolved | undefined {
  const s = r.start as chrono.ParsingComponents;
  const precision = precisionOf(s);
  if (!precision) return undefined; // a bare time ("000 to 12" in "8,000 to 12,000") is not a date
  const start = rangeOf(s, precision);
  const end = r.end ? rangeOf(r.end as chrono.ParsingComponents, precisionOf(r.end as chrono.ParsingComponents) ?? precision) : start;
  return { start: start[0], end: end[1], precision };
}

function precisionOf(c: chrono.ParsingComponents): DatePrecision | undefined {
  if (c.isCertain("day") || c.isCertain("weekday")) return "DAY";
  if (c.isCertain("month")) return "MONTH";
  if (c.isCertain("year")) return "YEAR";
  return undefined;
}

function rangeOf(c: chrono.ParsingComponents, p: DatePrecision): [Ymd, Ymd] {
  const y = c.get("year")!;
  const m = c.get("month")!;
  if (p === "DAY") return [componentsDate(c), componentsDate(c)];
  if (p === "MONTH") return [ymd(y, m, 1), monthEnd(y, m)];
  return [ymd(y, 1, 1), ymd(y, 12, 31)];
}
