// Descriptions inside reported content that stand for an actor named before: "the group", "the
// Emirate's control", "the armed forces would not rest". Each description names a kind of actor; it
// refers to the latest actor of that kind the article named before it, or else to the speaker's own side
// of that kind (an army chief's "the armed forces"). Nothing is resolved when no actor fits.
import type { ActorInput } from "../format/annotation.schema.js";
import type { Mention } from "./gazetteer.js";
import type { Span } from "./text.js";

type Kind = ActorInput["kind"];

/** Descriptions that name the other side: "warned the neighbouring country", never the speaker's own. */
const OTHER_SIDE = /\bthe (?:neighbou?ring|neighbou?r) (?:country|state)\b|\bits neighbou?r\b/gi;

const DESCRIPTIONS: ReadonlyArray<[RegExp, Kind[]]> = [
  // "this terrorist group", "the banned terrorist organisation": a group named as violent is an armed group.
  [/\b(?:the|this|that) (?:(?:militant|terrorist|terror|banned|outlawed|proscribed|armed|insurgent|extremist|jihadist) ){1,2}(?:group|outfit|organi[sz]ation)\b/gi, ["ARMED_GROUP"]],
  [/\b(?:the|this|that) (?:group|outfit|organi[sz]ation)\b/g, ["ARMED_GROUP", "GOVERNMENT"]],
  [/\bthe (?:emirate|regime)\b/gi, ["GOVERNMENT"]],
  [/\bthe (?:armed forces|army|military)\b/gi, ["MILITARY"]],
];

/** Every description, with whether it names the other side rather than the latest actor of its kind. */
const ALL_DESCRIPTIONS: ReadonlyArray<readonly [RegExp, Kind[], boolean]> = [...DESCRIPTIONS.map(([re, kinds]) => [re, kinds, false] as const), [OTHER_SIDE, ["STATE"], true]];

export function describedActors(
  folded: string,
  content: Span,
  mentions: Mention[],
  actors: Map<string, ActorInput>,
  own: Set<string>,
  claimantId?: string,
): Array<{ id: string; at: number }> {
  const out: Array<{ id: string; at: number }> = [];
  const text = folded.slice(content.start, content.end);
  for (const [re, kinds, other] of ALL_DESCRIPTIONS) {
    for (const m of text.matchAll(re)) {
      const at = content.start + m.index;
      // Part of a longer name ("the Army Public School") or already a gazetteer mention: not a description.
      if (mentions.some((x) => x.span.start <= at + m[0].length && at < x.span.end)) continue;
      if (/^\s+\p{Lu}/u.test(folded.slice(at + m[0].length, at + m[0].length + 3))) continue;
      // "sanctuaries in the neighbouring country": a place, not the other side.
      if (other && /\b(?:in|from|into|inside|across|within|to|at)\s+$/i.test(folded.slice(Math.max(0, at - 10), at))) continue;
      const fits = (id: string) => kinds.includes(actors.get(id)?.kind ?? "STATE") && !(other && (own.has(id) || id === claimantId));
      const named = mentions.filter((x) => x.type === "Actor" && x.span.end <= at && fits(x.id)).pop()?.id ?? (other ? undefined : [...own].find(fits));
      if (named) out.push({ id: named, at });
    }
  }
  return out;
}
