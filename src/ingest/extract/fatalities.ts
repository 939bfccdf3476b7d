// Death tolls as news states them: "killed 23", "left 23 security forces dead", "23 soldiers were killed",
// "killed more than 50 people" (a lower bound, kept as 50). Injury counts are not fatalities.
import type { Span } from "./text.js";

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozens: 24,
};
const NUM = String.raw`(\d[\d,]*|${Object.keys(WORDS).join("|")})`;
const Q = String.raw`(?:at least\s+|more than\s+|over\s+|nearly\s+|some\s+)?`;

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\bkill(?:ed|ing)\s+${Q}${NUM}\b`, "i"),
  new RegExp(String.raw`\b${Q}${NUM}\s+(?:[a-z-]+\s+){0,3}?(?:were|was|have been|had been|being)\s+(?:killed|martyred)\b`, "i"),
  new RegExp(String.raw`\b${Q}${NUM}\s+(?:[a-z-]+\s+){0,3}?(?:died|dead|embraced martyrdom|lost their lives)\b`, "i"),
  // "left 23 security forces in northwest Pakistan": the verb alone implies the dead unless injuries are named.
  new RegExp(String.raw`\bleft\s+${Q}${NUM}\s+(?![a-z-]*\s*(?:injured|wounded|hurt))(?:[a-z-]+\s+){0,3}?(?:dead|killed|soldiers|people|security|troops|civilians|personnel|policemen)`, "i"),
];

const toNumber = (s: string): number | undefined => {
  const w = WORDS[s.toLowerCase()];
  if (w !== undefined) return w;
  const n = Number(s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
};

export function fatalitiesNear(folded: string, clause: Span): number | undefined {
  const text = folded.slice(clause.start, clause.end);
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m) return toNumber(m[1]!);
  }
  return undefined;
}
