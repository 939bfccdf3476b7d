// Which compiled matcher a list of actors gets. An extraction looks names up three or four times over the gazetteer
// plus a few actors of its own, and ingest's gazetteer is the graph's, thousands of actors that change little from
// one article to the next. So the gazetteer is compiled once as a base, and a list that starts with the base's
// actors (the same, or the same with aliases added) gets a small compile of what it adds, looked up over the base's.
// That compile answers exactly as one of the whole list would; where it could not, the whole list is compiled.
import type { ActorInput, PlaceInput } from "../format/annotation.schema.js";
import { DEMONYMS } from "./knowledge.js";
import { type Compiled, compileMatcher, type Lookup, type Matcher, MatcherBuilder, type SurfaceSet, type Target } from "./matcher.js";

interface Base extends Compiled {
  actors: ActorInput[];
  places: PlaceInput[];
  /** Countries whose demonym opens one of the base's aliases. */
  demonymCountries: Set<string>;
}

/** Past this many added actors (or a tenth of the base) the gazetteer is compiled afresh as the new base. */
const MOST_ADDED = 256;

let base: Base | undefined;
/** How many lists were compiled whole, and how many over the base: for benchmarks and tests. */
export const compileCounts = { whole: 0, overBase: 0 };
const byList = new WeakMap<ActorInput[], WeakMap<PlaceInput[], Matcher>>();

/** Makes the gazetteer the base later lists build on, unless the base already covers it closely. */
export function useAsBase(actors: ActorInput[], places: PlaceInput[]): void {
  if (base?.actors === actors && base.places === places) return;
  const fit = base && baseFit(base, actors, places);
  const over = fit && fit.added.length <= Math.max(MOST_ADDED, base!.actors.length / 10) ? extension(base!, fit) : undefined;
  if (over) return remember(actors, places, over);
  const compiled = whole(actors, places);
  const demonymCountries = new Set([...compiled.countryHeads].flatMap((head) => DEMONYMS[head.toLowerCase()] ?? []));
  base = { ...compiled, actors, places, demonymCountries };
  remember(actors, places, base.matcher);
}

export function matcherFor(actors: ActorInput[], places: PlaceInput[]): Matcher {
  const hit = byList.get(actors)?.get(places);
  if (hit) return hit;
  const fit = base && baseFit(base, actors, places);
  const matcher = (fit && extension(base!, fit)) ?? whole(actors, places).matcher;
  remember(actors, places, matcher);
  return matcher;
}

function whole(actors: ActorInput[], places: PlaceInput[]): Compiled {
  compileCounts.whole++;
  return compileMatcher(actors, places);
}

function remember(actors: ActorInput[], places: PlaceInput[], matcher: Matcher): void {
  const inner = byList.get(actors) ?? new WeakMap<PlaceInput[], Matcher>();
  inner.set(places, matcher);
  byList.set(actors, inner);
}

interface Fit {
  /** Base actors the list holds with more aliases: the actor as listed, and the aliases the base lacks. */
  widened: Array<[ActorInput, string[]]>;
  /** Actors after the base's. */
  added: ActorInput[];
}

/** How the list extends the base's, or undefined if it does not start with the base's actors and places. */
function baseFit(b: Base, actors: ActorInput[], places: PlaceInput[]): Fit | undefined {
  if (actors.length < b.actors.length || !samePlaces(b.places, places)) return undefined;
  const widened: Fit["widened"] = [];
  for (let i = 0; i < b.actors.length; i++) {
    const [was, is] = [b.actors[i]!, actors[i]!];
    if (was === is) continue;
    if (was.id !== is.id || was.name !== is.name || was.kind !== is.kind || !startsWith(is.aliases, was.aliases)) return undefined;
    if (is.aliases.length > was.aliases.length) widened.push([is, is.aliases.slice(was.aliases.length)]);
  }
  return { widened, added: actors.slice(b.actors.length) };
}

const startsWith = (list: string[], head: string[]) => list.length >= head.length && head.every((x, i) => list[i] === x);

function samePlaces(a: PlaceInput[], b: PlaceInput[]): boolean {
  if (a === b) return true;
  const same = (p: PlaceInput, q: PlaceInput) => p.id === q.id && p.name === q.name && p.aliases.length === q.aliases.length && startsWith(q.aliases, p.aliases);
  return a.length === b.length && a.every((p, i) => same(p, b[i]!));
}

/**
 * The base's matcher with the fit's aliases and actors added over it, or undefined where that would answer unlike
 * a compile of the whole list: an id the base holds, an added state or demonym's country that would give the base's
 * aliases variants ("Chinese embassy" as "China's embassy"), an added alias the base has for an actor listed after
 * the widened one, or a surface the base gave a capital city.
 */
function extension(b: Base, fit: Fit): Matcher | undefined {
  const baseActors = b.matcher.actors;
  if (fit.added.some((a) => baseActors.has(a.id) || changesBaseVariants(b, a))) return undefined;
  const own = new Map<string, ActorInput>([...fit.widened.map(([a]) => [a.id, a] as const), ...fit.added.map((a) => [a.id, a] as const)]);
  const actors = either(own, baseActors);
  // The first state listed under a name: the base's come first.
  const ownStates = new Map<string, ActorInput>();
  for (const a of fit.added) if (a.kind === "STATE" && !ownStates.has(a.name)) ownStates.set(a.name, a);
  const builder = new MatcherBuilder(actors, either(b.statesByName, ownStates));
  for (const [a, aliases] of fit.widened) builder.addAliases(a, aliases);
  if ([...builder.targets.keys()].some((key) => b.matcher.targets.has(key))) return undefined;
  for (const a of fit.added) builder.addActor(a);
  if ([...builder.targets.keys()].some((key) => b.capitalKeys.has(key))) return undefined;
  // Capitals of added countries; a place the base has under a capital's name keeps its place id (see mergedTargets).
  builder.addCapitals((country) => own.has(country) && !baseActors.has(country));
  const sets = builder.sets();
  compileCounts.overBase++;
  return {
    caseInsensitive: unionOf(sets.caseInsensitive, b.matcher.caseInsensitive),
    caseSensitive: unionOf(sets.caseSensitive, b.matcher.caseSensitive),
    targets: mergedTargets(builder.targets, b.matcher.targets),
    actors,
    placeIds: b.matcher.placeIds,
  };
}

/** Whether the actor would give one of the base's aliases a country variant it lacks. */
function changesBaseVariants(b: Base, a: ActorInput): boolean {
  return b.demonymCountries.has(a.id) || (a.kind === "STATE" && b.countryHeads.has(a.name));
}

/** Whether either set holds the key. */
const inEither = (first: Pick<Set<string>, "has">, second: Pick<Set<string>, "has">) => (key: string) => first.has(key) || second.has(key);

/** Both lookups, the first's entries first: a widened actor stands for the base's, a base's state comes first. */
function either<V>(first: Lookup<V>, second: Lookup<V>): Lookup<V> {
  return { has: inEither(first, second), get: (key) => first.get(key) ?? second.get(key) };
}

function unionOf(own: SurfaceSet, under: SurfaceSet): SurfaceSet {
  return { surfaces: { has: inEither(own.surfaces, under.surfaces) }, beginnings: { has: inEither(own.beginnings, under.beginnings) } };
}

/**
 * A surface both compiles wrote: the base's actor was listed first and keeps it, and an added actor only fills
 * what a place alone gave the base (a place's id).
 */
function mergedTargets(own: Map<string, Target>, under: Lookup<Target>): Lookup<Target> {
  return {
    has: inEither(own, under),
    get: (key) => {
      const [mine, theirs] = [own.get(key), under.get(key)];
      return mine && theirs ? { ...mine, ...theirs } : (mine ?? theirs);
    },
  };
}
