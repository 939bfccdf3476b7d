// Compiles a gazetteer into sets of surfaces, so that finding the longest alias starting at a word boundary is a
// few set lookups per word whatever the gazetteer's size (ingest gives the extractor every actor the graph holds).
// Which compiled matcher a list gets, and when it is built over an earlier one, is matcher-base.ts's business.
import type { ActorInput, PlaceInput } from "../format/annotation.schema.js";
import { CAPITALS, DEMONYMS, EXTRA_ALIASES } from "./knowledge.js";
import { fold, isWordChar } from "./text.js";

export interface Target {
  actorId?: string;
  placeId?: string;
  /** Set when the surface is a capital city: the country whose government it may stand for. */
  capitalOf?: string;
  /** The actor's kind, to know which actor surfaces can also be places. */
  actorKind?: string;
}

/** Surfaces of one case mode, and their beginnings that end where a surface goes on past a non-word character. */
export interface SurfaceSet {
  surfaces: Pick<Set<string>, "has">;
  beginnings: Pick<Set<string>, "has">;
}

export interface Matcher {
  /** Keyed as `surfaceKey` writes them: lowercase with single spaces. */
  caseInsensitive: SurfaceSet;
  /** Keyed exactly as written. */
  caseSensitive: SurfaceSet;
  targets: Lookup<Target>;
  actors: Lookup<ActorInput>;
  placeIds: ReadonlySet<string>;
}

/** Acronyms and very short aliases ("US", "TTP", "U.S.") only match in their exact case. */
export const isCaseSensitive = (alias: string): boolean => alias.length <= 4 || /^[\p{Lu}\d.\-&]+$/u.test(alias);
const surfaceKey = (folded: string, caseSensitive: boolean): string => (caseSensitive ? folded : folded.toLowerCase().replace(/\s+/g, " "));
/** A surface's key in `Matcher.targets`: its case mode, then its key in that mode. */
const inMode = (key: string, caseSensitive: boolean): string => `${caseSensitive ? "S" : "I"}:${key}`;
export const targetKey = (surface: string, caseSensitive: boolean): string => inMode(surfaceKey(fold(surface), caseSensitive), caseSensitive);

/** "Pakistani security forces": the first word, which may name a country, and the rest, if the alias is read so. */
const countryLed = (alias: string): [string, string] | undefined => {
  const m = /^(\S+)\s+(.+)$/.exec(alias);
  return m && m[2]!.split(/\s+/).length <= 3 ? [m[1]!, m[2]!] : undefined;
};

/**
 * "Pakistani security forces" is also written "Pakistan's security forces" and "security forces of Pakistan".
 * `led`: the alias's countryLed reading.
 */
function variants(alias: string, led: [string, string] | undefined, actors: Lookup<ActorInput>, statesByName: Lookup<ActorInput>): string[] {
  const country = led && (actors.get(DEMONYMS[led[0].toLowerCase()] ?? "") ?? statesByName.get(led[0]));
  return led && country ? [alias, `${country.name}'s ${led[1]}`, `${led[1]} of ${country.name}`] : [alias];
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

/**
 * A pure function of one name, remembered across compiles: ingest compiles the graph's thousands of names for every
 * article, nearly all of them the same as for the article before. Forgotten all at once past `limit` names.
 */
function remembered<T>(fn: (name: string) => T, limit = 100_000): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => {
    let value = seen.get(name);
    if (value === undefined) {
      if (seen.size >= limit) seen.clear();
      value = fn(name);
      seen.set(name, value);
    }
    return value;
  };
}

/** Every way an alias is written, before the country variants that depend on the list (callers must not mutate). */
const formsOfName = remembered((alias) => [alias].flatMap(spellings).flatMap(dotted));
const formsOfPersonName = remembered((alias) => hyphened(alias).flatMap(spellings).flatMap(dotted));
const keyInAnyCase = remembered((surface) => surfaceKey(fold(surface), false));
const keyInExactCase = remembered((surface) => surfaceKey(fold(surface), true));
const keyOf = (surface: string, caseSensitive: boolean) => (caseSensitive ? keyInExactCase : keyInAnyCase)(surface);
const beginningsOf = remembered((key) => {
  const out: string[] = [];
  for (let i = 1; i < key.length; i++) if (!isWordChar(key[i])) out.push(key.slice(0, i));
  return out;
});

/** Lookups a matcher needs of its sets and maps: a compile over a base answers from both (see matcher-base.ts). */
export interface Lookup<V> {
  has(key: string): boolean;
  get(key: string): V | undefined;
}

/** A matcher with what a compile over it needs to know of how it was made. */
export interface Compiled {
  matcher: Matcher & { targets: Map<string, Target> };
  /** The first state listed under each name. */
  statesByName: Map<string, ActorInput>;
  /** Keys the capital-city step wrote: an actor added after it would have taken them first. */
  capitalKeys: Set<string>;
  /** First words of aliases that a country's name or demonym would give variants ("Chinese" of "Chinese embassy"). */
  countryHeads: Set<string>;
}

/**
 * Adds actors' aliases, places and capitals to targets and surface sets. `actors` and `statesByName` are the
 * whole list's, which the variants of an alias depend on; `targets` only what this builder wrote.
 */
export class MatcherBuilder {
  readonly targets = new Map<string, Target>();
  // Surfaces matched in exact case, and those matched in any case: one surface may be both (a person's name and
  // an organisation's).
  private readonly surfaces = { sensitive: new Set<string>(), insensitive: new Set<string>() };
  /** See Compiled.countryHeads. */
  readonly countryHeads = new Set<string>();

  constructor(
    private readonly actors: Lookup<ActorInput>,
    private readonly statesByName: Lookup<ActorInput>,
  ) {}

  /** Every alias of the actor, the ones the knowledge adds included. */
  addActor(a: ActorInput): void {
    this.addAliases(a, [a.name, ...a.aliases, ...(EXTRA_ALIASES[a.id] ?? [])]);
  }

  addAliases(a: ActorInput, aliases: string[]): void {
    for (const alias of aliases) {
      const forms = a.kind === "PERSON" ? formsOfPersonName(alias) : formsOfName(alias);
      for (const form of forms) {
        const led = countryLed(form);
        if (led) this.countryHeads.add(led[0]);
        for (const v of variants(form, led, this.actors, this.statesByName)) this.add(v, { actorId: a.id, actorKind: a.kind }, a.kind === "PERSON");
      }
    }
  }

  addPlaces(placeList: PlaceInput[]): void {
    for (const p of placeList) for (const alias of [p.name, ...p.aliases]) this.add(alias, { placeId: p.id });
  }

  /** Capital cities of the countries listed (or of those `only` takes), as their states; returns the keys written. */
  addCapitals(only: (country: string) => boolean = (country) => this.actors.has(country)): Set<string> {
    const written = new Set<string>();
    for (const [city, country] of Object.entries(CAPITALS)) {
      if (!only(country)) continue;
      const surface = city.replace(/\b\w/g, (c) => c.toUpperCase());
      written.add(this.add(surface, { actorId: country, actorKind: "STATE" }));
      const key = targetKey(surface, false);
      this.targets.set(key, { ...this.targets.get(key), capitalOf: country });
      written.add(key);
    }
    return written;
  }

  sets(): { caseInsensitive: SurfaceSet; caseSensitive: SurfaceSet } {
    return { caseInsensitive: surfaceSet(this.surfaces.insensitive, false), caseSensitive: surfaceSet(this.surfaces.sensitive, true) };
  }

  // A person's name is written in capitals: "Trade" as a surname is not the word "trade".
  private add(surface: string, patch: Target, named = false): string {
    const cs = named || isCaseSensitive(surface);
    // targetKey's key, with the name's fold remembered.
    const key = inMode(keyOf(surface, cs), cs);
    const prev = this.targets.get(key) ?? {};
    // The first actor (or place) listed for a surface keeps it; a place and an actor may share one.
    this.targets.set(key, { ...patch, ...prev });
    this.surfaces[cs ? "sensitive" : "insensitive"].add(surface);
    return key;
  }
}

/** The matcher of the whole list, made from nothing. */
export function compileMatcher(actorList: ActorInput[], placeList: PlaceInput[]): Compiled {
  const actors = new Map(actorList.map((a) => [a.id, a]));
  // The first state listed under a name, as a search of the list would find it.
  const statesByName = new Map<string, ActorInput>();
  for (const a of actorList) if (a.kind === "STATE" && !statesByName.has(a.name)) statesByName.set(a.name, a);
  const builder = new MatcherBuilder(actors, statesByName);
  for (const a of actorList) builder.addActor(a);
  builder.addPlaces(placeList);
  const capitalKeys = builder.addCapitals();
  const matcher = { ...builder.sets(), targets: builder.targets, actors, placeIds: new Set(placeList.map((p) => p.id)) };
  return { matcher, statesByName, capitalKeys, countryHeads: builder.countryHeads };
}

function surfaceSet(written: Set<string>, caseSensitive: boolean): { surfaces: Set<string>; beginnings: Set<string> } {
  const set = { surfaces: new Set<string>(), beginnings: new Set<string>() };
  for (const surface of written) {
    const key = keyOf(surface, caseSensitive);
    set.surfaces.add(key);
    for (const beginning of beginningsOf(key)) set.beginnings.add(beginning);
  }
  return set;
}

/**
 * The longest surface of `set` that starts at `start` and ends before a non-word character (or the text's end), as
 * its length in the text. Ends are tried at each non-word character, for as long as the text so far begins a surface.
 */
export function longestSurfaceAt(folded: string, start: number, set: SurfaceSet, caseSensitive: boolean): number {
  let longest = 0;
  for (let end = start + 1; end <= folded.length; end++) {
    if (end < folded.length && isWordChar(folded[end])) continue;
    const key = surfaceKey(folded.slice(start, end), caseSensitive);
    if (set.surfaces.has(key)) longest = end - start;
    if (end === folded.length) break;
    // Past the first space of a run the key ends in a space that the next word will fold into one: go on.
    const inSpaceRun = !caseSensitive && /\s/.test(folded[end - 1]!) && /\s/.test(folded[end]!);
    if (!inSpaceRun && !set.beginnings.has(key)) break;
  }
  return longest;
}
