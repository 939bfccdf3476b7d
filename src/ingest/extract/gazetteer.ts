// Finds gazetteer actors and places in a text: longest alias first, at word boundaries, with context
// rules for names that can be a country or a place, capital-city metonyms ("Islamabad" for Pakistan's
// government; "Kabul" for the Taliban only after Aug 2021) and government phrases ("Afghan interim
// government"). Used by the extractor and by the seed loader for (Article)-[:MENTIONS {count}].
import type { ActorInput, PlaceInput } from "../format/annotation.schema.js";
import { endsAnotherName, isLocative, isPartOfLongerName } from "./context.js";
import { DEMONYMS, GOVERNMENT_NOUNS, GOVERNMENT_QUALIFIERS, PLACE_NOUNS, governmentOf } from "./knowledge.js";
import { isCaseSensitive, longestSurfaceAt, type Matcher, type Target, targetKey } from "./matcher.js";
import { matcherFor } from "./matcher-base.js";
import { fold, isWordChar, type Span } from "./text.js";

export interface Mention {
  id: string;
  type: "Actor" | "Place";
  surface: string;
  span: Span;
}

export interface MentionOptions {
  /** ISO date or date-time of publication: decides what "Kabul" or "the Afghan government" stands for. */
  publishedAt?: string | undefined;
}

interface Candidate {
  start: number;
  end: number;
  target: Target;
}

export function findMentions(text: string, actors: ActorInput[], places: PlaceInput[], opts: MentionOptions = {}): Mention[] {
  const matcher = matcherFor(actors, places);
  const folded = fold(text);
  const date = opts.publishedAt?.slice(0, 10);
  const candidates = [...aliasCandidates(folded, matcher), ...phraseCandidates(folded, matcher, date)];
  // Longest first; among equals the earlier one. A shorter match inside a longer one is dropped.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  taken.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  for (const c of taken) {
    const m = resolve(folded, c, matcher, date);
    if (m) mentions.push({ ...m, surface: text.slice(c.start, c.end), span: { start: c.start, end: c.end } });
  }
  return mentions;
}

/** Per id: how often the text names it. */
export function countMentions(
  text: string,
  actors: ActorInput[],
  places: PlaceInput[],
  opts: MentionOptions = {},
): Array<{ id: string; type: "Actor" | "Place"; count: number }> {
  const counts = new Map<string, { id: string; type: "Actor" | "Place"; count: number }>();
  for (const m of findMentions(text, actors, places, opts)) {
    const c = counts.get(m.id) ?? { id: m.id, type: m.type, count: 0 };
    c.count += 1;
    counts.set(m.id, c);
  }
  return [...counts.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function aliasCandidates(folded: string, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!isWordChar(folded[i]) || isWordChar(folded[i - 1])) continue;
    let best: Candidate | undefined;
    // A surface in exact case takes over from one in any case only when it is longer.
    for (const [set, cs] of [
      [matcher.caseInsensitive, false],
      [matcher.caseSensitive, true],
    ] as const) {
      const length = longestSurfaceAt(folded, i, set, cs);
      if (length === 0 || (best && best.end - best.start >= length)) continue;
      const target = matcher.targets.get(targetKey(folded.slice(i, i + length), cs));
      if (target) best = { start: i, end: i + length, target };
    }
    if (best) out.push(best);
  }
  return out;
}

/** "Afghan interim government", "Pakistan's authorities", "government of Pakistan" (actors), "Pakistani soil" (a place). */
function phraseCandidates(folded: string, matcher: Matcher, date: string | undefined): Candidate[] {
  const countries = new Map<string, string>(); // lowercase surface -> country actor id
  for (const [word, id] of Object.entries(DEMONYMS)) if (matcher.actors.has(id)) countries.set(word, id);
  for (const id of new Set(countries.values())) countries.set(matcher.actors.get(id)!.name.toLowerCase(), id);
  if (countries.size === 0) return [];
  const names = [...countries.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/\./g, "\\."));
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${GOVERNMENT_QUALIFIERS.join("|")})\\s+)?(${names.join("|")})(?:'s)?\\s+(?:(${GOVERNMENT_QUALIFIERS.join("|")})\\s+)?([a-z]+)(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const out: Candidate[] = [];
  for (const m of folded.matchAll(re)) {
    const country = countries.get(m[1]!.toLowerCase())!;
    if (isCaseSensitive(m[1]!) && !matcher.targets.has(targetKey(m[1]!, true)) && m[1] !== m[1]!.toUpperCase()) continue;
    const noun = m[3]!.toLowerCase();
    const span = { start: m.index, end: m.index + m[0].length };
    if (GOVERNMENT_NOUNS.includes(noun)) {
      const actorId = governmentOf(country, date, (id) => matcher.actors.has(id));
      out.push({ ...span, target: { actorId } });
    } else if (PLACE_NOUNS.has(noun) && !m[2] && matcher.placeIds.has(`place:${country}`)) {
      out.push({ ...span, target: { placeId: `place:${country}` } });
    }
  }
  // "the interim government of Afghanistan", "the authorities of Pakistan": the same, the country named after.
  const after = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${GOVERNMENT_QUALIFIERS.join("|")})\\s+)?(${GOVERNMENT_NOUNS.join("|")})\\s+of\\s+(${names.join("|")})(?![\\p{L}\\p{N}'’])`,
    "giu",
  );
  for (const m of folded.matchAll(after)) {
    if (isCaseSensitive(m[2]!) && !matcher.targets.has(targetKey(m[2]!, true)) && m[2] !== m[2]!.toUpperCase()) continue;
    const country = countries.get(m[2]!.toLowerCase())!;
    out.push({ start: m.index, end: m.index + m[0].length, target: { actorId: governmentOf(country, date, (id) => matcher.actors.has(id)) } });
  }
  return out;
}

function resolve(folded: string, c: Candidate, matcher: Matcher, date: string | undefined): Omit<Mention, "surface" | "span"> | undefined {
  const { target } = c;
  if (!target.actorId) return target.placeId ? { id: target.placeId, type: "Place" } : undefined;
  const canBePlace = !!target.placeId || !!target.capitalOf || target.actorKind === "STATE";
  if (canBePlace && isLocative(folded, c.start, c.end)) {
    return target.placeId ? { id: target.placeId, type: "Place" } : undefined;
  }
  // "UNITED NATIONS: Pakistan has demanded ...": a name in capitals as a dateline says where, not who.
  if (/^[\p{Lu} .]{5,}$/u.test(folded.slice(c.start, c.end)) && isLocative(folded, c.start, c.end)) return undefined;
  if (target.actorKind === "PERSON" && !/\s/.test(folded.slice(c.start, c.end)) && endsAnotherName(folded, c.start)) return undefined;
  if (target.capitalOf) {
    if (isPartOfLongerName(folded, c.end)) return undefined;
    // Without a date, keep what the gazetteer says; with one, the government of the day.
    const id = date ? governmentOf(target.capitalOf, date, (a) => matcher.actors.has(a)) : target.actorId;
    return { id, type: "Actor" };
  }
  return { id: target.actorId, type: "Actor" };
}
