import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { BadUserInputError } from "../errors/app-errors.js";

/** `Date`: a calendar day, YYYY-MM-DD. Parsed inputs arrive as JS Dates at UTC midnight. */
export const DateScalar = DateResolver;
/** `DateTime`: an instant, RFC 3339. */
export const DateTimeScalar = DateTimeResolver;

/** The day a parsed `Date` input names, as stored in the graph. */
export function isoDay(date: Date | undefined | null): string | undefined {
  return date ? date.toISOString().slice(0, 10) : undefined;
}

/** Checks a from/to pair and returns them as ISO days. */
export function dayRange(from?: Date | null, to?: Date | null): { from?: string; to?: string } {
  const range = { from: isoDay(from), to: isoDay(to) };
  if (range.from && range.to && range.from > range.to) {
    throw new BadUserInputError(`"from" (${range.from}) must not be after "to" (${range.to})`, { argument: "from" });
  }
  return range;
}

/**
 * Adds the conditions under which a node's day range [startExpr, endExpr] overlaps the requested
 * [from, to]. The expressions are Cypher over `n` from the code; the days go in as parameters.
 */
export function addDayOverlap(
  where: string[],
  params: Record<string, unknown>,
  range: { from?: Date | null; to?: Date | null } | null | undefined,
  startExpr: string,
  endExpr: string,
): void {
  const { from, to } = dayRange(range?.from, range?.to);
  if (from) {
    where.push(`${endExpr} >= $from`);
    params.from = from;
  }
  if (to) {
    where.push(`${startExpr} <= $to`);
    params.to = to;
  }
}
