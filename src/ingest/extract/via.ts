// The reporting chain of a sentence, nearest source first: "according to an IRNA report citing
// Pakistani media" is [pakistani-media, irna]; "Pakistani media, citing security sources, say" puts
// Pakistani media between the sources and the reader. The publisher is appended by the caller.
import type { Mention } from "./gazetteer.js";
import type { Span } from "./text.js";

/**
 * "Citing the state-run Qatar News Agency, Al-Jazeera reported that ...": an agency cited (group 1) before the outlet
 * that reports it (group 2), up to the outlet's reporting verb.
 */
export const CITED_FIRST = /^\W*(?:[Cc]iting|[Qq]uoting)\s+([^,]{2,80}),\s*([^,]{2,60}?)\s+(?=(?:reported|reports|said|says)\b)/;

export function viaChain(folded: string, s: Span, mentions: Mention[]): string[] {
  const text = folded.slice(s.start, s.end);
  const chain: string[] = [];
  const actorsIn = (from: number, to: number) =>
    mentions.filter((m) => m.type === "Actor" && m.span.start >= s.start + from && m.span.end <= s.start + to).map((m) => m.id);
  const according = /according to ([^,;.]+?)(?:\s+citing\s+([^,;.]+?))?(?=\s+on\s|[,;.]|$)/i.exec(text);
  if (according) {
    const outerStart = according.index + according[0].indexOf(according[1]!);
    const outer = actorsIn(outerStart, outerStart + according[1]!.length);
    const inner = according[2] ? actorsIn(according.index + according[0].lastIndexOf(according[2]), according.index + according[0].length) : [];
    chain.push(...inner, ...outer);
  }
  const citingBy = /^(.{2,60}?),\s*citing\s+[^,]+,\s*(?:say|says|said)\b/i.exec(text);
  if (citingBy) chain.push(...actorsIn(0, citingBy[1]!.length));
  // "Citing the state-run Qatar News Agency, Al-Jazeera reported": the outlet after the comma passes it on.
  const citedFirst = CITED_FIRST.exec(text);
  if (citedFirst) {
    const outlet = citedFirst.index + citedFirst[0].trimEnd().length - citedFirst[2]!.length;
    chain.push(...actorsIn(outlet, outlet + citedFirst[2]!.length));
  }
  const quoted = /\b(?:quoted by|reported by|told)\s+([^,;.]+)/i.exec(text);
  if (quoted && /quoted|reported/i.test(quoted[0])) {
    const from = quoted.index + quoted[0].indexOf(quoted[1]!);
    chain.push(...actorsIn(from, from + quoted[1]!.length));
  }
  return [...new Set(chain)];
}
