// Every country of the ISO 3166 list (i18n-iso-countries, English names) as a state the reference list can
// recognise: "Spain's government confirmed ...", "nationals from Norway, Australia and Lithuania". Countries
// the list already holds under any of these names keep their entry.
import type { ActorInput } from "../format/annotation.schema.js";
import { DEMONYMS, DEMONYMS_OF, hasDeFactoGovernment } from "./knowledge.js";
import { ISO_COUNTRIES } from "./iso-countries.js";
import { nameKey, slugify } from "./text.js";

/**
 * One unnamed body of every state with a demonym, named "<Demonym> <noun>" ("Pakistani authorities"), under that
 * state. Not where another actor governs de facto: "Afghan authorities" are the Taliban since 2021 (knowledge.ts).
 */
function unnamedStateBodies(states: readonly ActorInput[], noun: string, kind: ActorInput["kind"], spellings: (name: string) => string[]): ActorInput[] {
  const ids = new Set(states.map((s) => s.id));
  return Object.entries(DEMONYMS)
    .filter(([demonym, state]) => /^[a-z]{4,}$/.test(demonym) && ids.has(state) && !hasDeFactoGovernment(state))
    .map(([demonym, state]) => {
      const name = `${demonym[0]!.toUpperCase()}${demonym.slice(1)} ${noun}`;
      return { id: slugify(name), name, kind, aliases: spellings(name), description: "", origin: "CURATED" as const, parentId: state };
    });
}

/**
 * "Pakistani authorities", "Russian authorities": the annotations take a state's authorities, unnamed, as a group
 * of officials of that state, unlike "the Pakistani government", which is the state.
 */
export const stateAuthorities = (states: readonly ActorInput[]): ActorInput[] => unnamedStateBodies(states, "authorities", "OFFICIALS", (name) => [name]);

/**
 * "detained by Pakistani police": a state's police, unnamed, is a force of that state, not the state itself, and
 * the annotations keep it apart.
 */
export const statePolice = (states: readonly ActorInput[]): ActorInput[] =>
  unnamedStateBodies(states, "police", "SECURITY_FORCES", (name) => [name, name.replace(/police$/, "Police")]);

/** A foreign ministry's names, for a state's demonym and its name: "Chinese Foreign Ministry", "China's ...". */
const FOREIGN_MINISTRY = /\b(?:Foreign\s+(?:Ministry|Office)|Ministry\s+of\s+(?:Foreign|External)\s+Affairs|State\s+Department)\b/i;

/**
 * "China's Ministry of Foreign Affairs said", "the Iranian Foreign Ministry": the foreign ministry of every state
 * with a demonym, under that state, unless the list holds one already (Pakistan's Foreign Office, the State
 * Department) or another actor governs it de facto (the Taliban's ministry is listed under them).
 */
export function stateForeignMinistries(states: readonly ActorInput[]): ActorInput[] {
  const byId = new Map(states.map((s) => [s.id, s]));
  const listed = new Set(states.filter((a) => a.parentId && [a.name, ...a.aliases].some((n) => FOREIGN_MINISTRY.test(n))).map((a) => a.parentId));
  return [...DEMONYMS_OF].flatMap(([state, demonyms]) => {
    const country = byId.get(state);
    const words = demonyms.filter((d) => /^[a-z]{4,}$/.test(d)).map((d) => `${d[0]!.toUpperCase()}${d.slice(1)}`);
    if (!country || words.length === 0 || listed.has(state) || hasDeFactoGovernment(state)) return [];
    const name = `${words[0]} Foreign Ministry`;
    const aliases = [
      ...words.flatMap((w) => [`${w} Foreign Ministry`, `${w} Ministry of Foreign Affairs`]),
      `${country.name} Foreign Ministry`, `${country.name}'s Foreign Ministry`, `${country.name}'s Ministry of Foreign Affairs`,
      `Ministry of Foreign Affairs of ${country.name}`,
    ];
    return [{ id: `${state}-foreign-ministry`, name, kind: "GOVERNMENT" as const, aliases: [...new Set(aliases)], description: "", origin: "CURATED" as const, parentId: state }];
  });
}

export function countryStates(existing: readonly ActorInput[]): ActorInput[] {
  const taken = new Set(existing.flatMap((a) => [a.id, a.name, ...a.aliases].map(nameKey)));
  return [...ISO_COUNTRIES.values()]
    .filter((c) => !c.names.some((n) => taken.has(nameKey(n))))
    .map((c) => ({ id: c.id, name: c.name, kind: "STATE" as const, aliases: c.aliases, description: "", origin: "CURATED" as const }));
}
