// Which reference actors (reference-actors.ts) an article names. Only those join the article's gazetteer,
// with the parents they hang on, so a surname ("Baloch") stands for a person only where the article names
// the person in full. An entry the graph already knows, by id or by any of its names, gives way to it.
import type { ActorInput, PlaceInput } from "../format/annotation.schema.js";
import { withAncestors } from "./actor-tree.js";
import { findMentions, type MentionOptions } from "./gazetteer.js";
import { abbreviates } from "./glossed-names.js";
import { addSurnames } from "./name-owners.js";
import { REFERENCE_ACTORS } from "./reference-actors.js";
import { DEMONYMS } from "./knowledge.js";
import { peopleByOrigin } from "./origins.js";
import { AGENCIES, agencyCredit } from "./name-patterns.js";
import { escapeRegExp, fold, nameKey } from "./text.js";

export function referenceActorsNamed(body: string, gazetteer: { actors: ActorInput[]; places: PlaceInput[] }, opts: MentionOptions): ActorInput[] {
  const knownIds = new Set(gazetteer.actors.map((a) => a.id));
  const knownKeys = new Set(gazetteer.actors.flatMap((a) => [a.name, ...a.aliases].map(nameKey)));
  const credited = creditedAgencies(body);
  const fresh = REFERENCE_ACTORS.filter((r) => !knownIds.has(r.id) && ![r.name, ...r.aliases].some((n) => knownKeys.has(nameKey(n)))).map((r) =>
    credited.length ? { ...r, aliases: [...r.aliases.filter((n) => !credited.includes(n)), ...credited.filter((acronym) => AGENCIES[acronym] === r.name)] } : r,
  );
  if (fresh.length === 0) return [];
  const named = new Set(findMentions(body, [...gazetteer.actors, ...fresh], gazetteer.places, opts).map((m) => m.id));
  for (const id of byOwnSurname(body, fresh, named)) named.add(id);
  for (const id of byTitledSurname(body, fresh)) named.add(id);
  for (const id of statesByDemonym(body)) named.add(id);
  for (const { id } of peopleByOrigin(body, fresh)) named.add(id);
  // Copies: surnames are added to the aliases below.
  const byId = new Map(fresh.map((a) => [a.id, a]));
  const inTextOrder = [...named].flatMap((id) => byId.get(id) ?? []);
  const admitted = withAncestors(inTextOrder, fresh).map((a) => ({ ...a, aliases: [...a.aliases] }));
  addSurnames(admitted, knownKeys);
  // Each spelling of a name the list knows gives its surname too ("Khwarizmi" as well as "Khawarazmi").
  for (const a of admitted.filter((x) => x.kind === "PERSON")) {
    for (const alias of a.aliases.filter((n) => n.includes(" "))) {
      const surname = alias.split(/\s+/).pop()!;
      if (surname.length >= 5 && !knownKeys.has(nameKey(surname)) && !a.aliases.includes(surname)) a.aliases.push(surname);
    }
  }
  return admitted;
}

/**
 * "(PTI)" or "told PTI" in an Indian report: the Press Trust of India, not Imran Khan's party. An agency's acronym
 * the article credits is the agency's throughout it.
 */
function creditedAgencies(body: string): string[] {
  const folded = fold(body);
  // "Imran Khan's Pakistan Tehreek-e-Insaf (PTI)" glosses a name; "NEW DELHI, Dec 5 (PTI)" credits the agency.
  const glossing = (at: number, acronym: string) => {
    const words = /((?:\p{Lu}[\p{L}'’-]*\s+){1,6})$/u.exec(folded.slice(Math.max(0, at - 80), at))?.[1]?.trim().split(/\s+/) ?? [];
    return words.some((_, k) => abbreviates(acronym, words.slice(k).join(" ")));
  };
  return Object.keys(AGENCIES).filter((acronym) => [...folded.matchAll(agencyCredit(acronym))].some((m) => !m[0].startsWith("(") || !glossing(m.index, acronym)));
}

/**
 * "Khwarizmi said", in an article that names the Afghan defence ministry but never the spokesman in full:
 * a person whose organisation the article names is also named by a surname that no other person on the
 * list shares.
 */
function byOwnSurname(body: string, fresh: ActorInput[], named: Set<string>): string[] {
  const surnamesOf = (a: ActorInput) => [...new Set([a.name, ...a.aliases].filter((n) => n.includes(" ")).map((n) => n.split(/\s+/).pop()!))].filter((n) => n.length >= 6);
  const people = fresh.filter((a) => a.kind === "PERSON");
  const owners = new Map<string, number>();
  for (const p of people) for (const n of surnamesOf(p)) owners.set(n, (owners.get(n) ?? 0) + 1);
  const words = new Set(body.match(/\p{Lu}[\p{L}-]+/gu) ?? []);
  // "Mohammad Yaqub Mujahid ... Mujahid claimed": a surname the article gives to someone else named in full.
  const givenToOther = (p: ActorInput, surname: string) =>
    [...body.matchAll(new RegExp(`(\\p{Lu}[\\p{L}-]+)\\s+${escapeRegExp(surname)}\\b`, "gu"))].some(
      (m) => ![p.name, ...p.aliases].some((n) => n.endsWith(`${m[1]} ${surname}`)),
    );
  return people
    .filter((p) => !named.has(p.id) && p.parentId !== undefined && named.has(p.parentId))
    .filter((p) => surnamesOf(p).some((n) => owners.get(n) === 1 && words.has(n) && !givenToOther(p, n)))
    .map((p) => p.id);
}

/**
 * Titles written, capitalised, before a bare surname ("President Biden"), that a listed person's description may
 * give them. Narrower than the titles before full names (name-patterns.ts): a surname alone needs a firm title.
 */
const SURNAME_TITLES = ["President", "Prime Minister", "Foreign Minister", "Minister", "Secretary", "General", "Senator", "Ambassador", "Chancellor", "Emir", "King"];

/**
 * "President Biden said", in an article that never writes "Joe Biden": a listed person's surname after the
 * title their description gives them.
 */
function byTitledSurname(body: string, fresh: ActorInput[]): string[] {
  return fresh
    .filter((p) => p.kind === "PERSON" && p.name.includes(" "))
    .filter((p) => {
      const surname = p.name.split(/\s+/).pop()!;
      const titles = SURNAME_TITLES.filter((t) => p.description.toLowerCase().includes(t.toLowerCase()));
      return surname.length >= 4 && titles.length > 0 && new RegExp(`\\b(?:${titles.join("|")})\\s+${escapeRegExp(surname)}\\b`).test(body);
    })
    .map((p) => p.id);
}

/**
 * "Chinese engineers were killed", in an article that never names China: the country a demonym refers to
 * joins the article's actors, so a claim can be about it. It is not a mention of the country.
 */
function statesByDemonym(body: string): string[] {
  const words = new Set((body.match(/\p{Lu}[\p{L}.]*/gu) ?? []).map((w) => w.toLowerCase().replace(/s$/, "")));
  return Object.entries(DEMONYMS).filter(([demonym]) => demonym.length > 3 && words.has(demonym)).map(([, id]) => id);
}
