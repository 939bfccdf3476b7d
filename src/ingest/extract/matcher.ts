// Compiles a gazetteer into per-first-letter sticky regexes, longest alias first, so that finding the
// longest alias starting at a word boundary is one regex call per word. Compiled matchers are cached
// per (actors, places) array pair: the seed loader calls findMentions for every article with the same lists.
import type { ActorInput, PlaceInput } from "../format/annotation.schema.js";
import { CAPITALS, DEMONYMS, EXTRA_ALIASES } from "./knowledge.js";
import { escapeRegExp, fold } from "./text.js";

export interface Target {
  actorId?: string;
  placeId?: string;
  /** Set when the surface is a capital city: the country whose government it may stand for. */
  capitalOf?: string;
  /** The actor's kind, to know which actor surfaces can also be places. */
  actorKind?: string;
}

export interface Matcher {
  caseInsensitive: Map<string, RegExp>;
  caseSensitive: Map<string, RegExp>;
  targets: Map<string, Target>;
  actors: Map<string, ActorInput>;
  placeIds: Set<string>;
}

/** Acronyms and very short aliases ("US", "TTP", "U.S.") only match in their exact case. */
export const isCaseSensitive = (alias: string): boolean => alias.length <= 4 || /^[\p{Lu}\d.\-&]+$/u.test(alias);
export const targetKey = (surface: string, caseSensitive: boolean): string =>
  caseSensitive ? `S:${fold(surface)}` : `I:${fold(surface).toLowerCase().replace(/\s+/g, " ")}`;

/** "Pakistani security forces" is also written "Pakistan's security forces" and "security forces of Pakistan". */
function variants(alias: string, actors: Map<string, ActorInput>): string[] {
  const m = /^(\S+)\s+(.+)$/.exec(alias);
  if (!m) return [alias];
  const byDemonym = actors.get(DEMONYMS[m[1]!.toLowerCase()] ?? "");
  const byName = [...actors.values()].find((a) => a.kind === "STATE" && a.name === m[1]);
  const country = byDemonym ?? byName;
  if (!country || m[2]!.split(/\s+/).length > 3) return [alias];
  return [alias, `${country.name}'s ${m[2]}`, `${m[2]} of ${country.name}`];
}

/**
 * Romanised Urdu names vary in spelling: the izafat "-i-"/"-e-" and the long vowel "ee"/"i" ("Tehrik-i-",
 * "Tehreek-e-"). Every spelling of a hyphenated name like that is matched, not only those the gazetteer lists.
 */
function spellings(alias: string): string[] {
  const m = /^(\p{L}+)-(?:i|e)-(.+)$/u.exec(alias);
  if (!m) return [alias];
  const head = m[1]!;
  const heads = new Set([head, head.replace(/ee/g, "i"), head.replace(/i(?=[^aeiou]+$)/, "ee")]);
  return [alias, ...[...heads].flatMap((h) => ["i", "e"].map((c) => `${h}-${c}-${m[2]}`))];
}

/** "Bilawal Bhutto Zardari" is also written "Bilawal Bhutto-Zardari": a double surname, hyphenated. */
function hyphened(name: string): string[] {
  const words = name.split(" ");
  return words.length >= 3 ? [name, `${words.slice(0, -1).join(" ")}-${words[words.length - 1]}`] : [name];
}

/** "UN mission in Afghanistan" is also written "U.N. mission in Afghanistan" (AP style), "US" as "U.S.". */
function dotted(alias: string): string[] {
  if (!/\b(?:UN|US)\b/.test(alias) || !/\s/.test(alias)) return [alias];
  return [alias, alias.replace(/\bUN\b/g, "U.N.").replace(/\bUS\b/g, "U.S.")];
}

const cache = new WeakMap<ActorInput[], WeakMap<PlaceInput[], Matcher>>();

export function compileMatcher(actorList: ActorInput[], placeList: PlaceInput[]): Matcher {
  const hit = cache.get(actorList)?.get(placeList);
  if (hit) return hit;
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const targets = new Map<string, Target>();
  // Surfaces matched in exact case, and those matched in any case: one surface may be both (a person's name and
  // an organisation's).
  const surfaces = { sensitive: new Set<string>(), insensitive: new Set<string>() };
  // A person's name is written in capitals: "Trade" as a surname is not the word "trade".
  const add = (surface: string, patch: Target, named = false) => {
    const cs = named || isCaseSensitive(surface);
    const key = targetKey(surface, cs);
    const prev = targets.get(key) ?? {};
    // The first actor (or place) listed for a surface keeps it; a place and an actor may share one.
    targets.set(key, { ...patch, ...prev });
    surfaces[cs ? "sensitive" : "insensitive"].add(surface);
  };
  for (const a of actorList) {
    for (const alias of [a.name, ...a.aliases, ...(EXTRA_ALIASES[a.id] ?? [])]) {
      const forms = a.kind === "PERSON" ? hyphened(alias) : [alias];
      for (const v of forms.flatMap(spellings).flatMap(dotted).flatMap((x) => variants(x, actors))) add(v, { actorId: a.id, actorKind: a.kind }, a.kind === "PERSON");
    }
  }
  for (const p of placeList) for (const alias of [p.name, ...p.aliases]) add(alias, { placeId: p.id });
  for (const [city, country] of Object.entries(CAPITALS)) {
    if (!actors.has(country)) continue;
    const surface = city.replace(/\b\w/g, (c) => c.toUpperCase());
    add(surface, { actorId: country, actorKind: "STATE" });
    const key = targetKey(surface, false);
    targets.set(key, { ...targets.get(key), capitalOf: country });
  }
  const matcher: Matcher = {
    caseInsensitive: buildRegexes([...surfaces.insensitive], false),
    caseSensitive: buildRegexes([...surfaces.sensitive], true),
    targets,
    actors,
    placeIds: new Set(placeList.map((p) => p.id)),
  };
  const inner = cache.get(actorList) ?? new WeakMap<PlaceInput[], Matcher>();
  inner.set(placeList, matcher);
  cache.set(actorList, inner);
  return matcher;
}

function buildRegexes(surfaces: string[], caseSensitive: boolean): Map<string, RegExp> {
  const buckets = new Map<string, string[]>();
  for (const s of surfaces) {
    const f = fold(s);
    const first = caseSensitive ? f[0]! : f[0]!.toLowerCase();
    buckets.set(first, [...(buckets.get(first) ?? []), f]);
  }
  const out = new Map<string, RegExp>();
  for (const [first, list] of buckets) {
    const alts = [...new Set(list)]
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map((s) => escapeRegExp(s).replace(/\s+/g, "\\s+"));
    out.set(first, new RegExp(`(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, caseSensitive ? "uy" : "iuy"));
  }
  return out;
}
