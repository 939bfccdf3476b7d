// People named by the country they come from: "individuals from Tajikistan and Pakistan", "nationals of
// China". The country is not mentioned as an actor there (the annotation conventions read "from Tajikistan"
// as a place), yet a claim about those people is about it, as "Tajik fighters" is.
import type { ActorInput } from "../format/annotation.schema.js";

const PEOPLE_FROM = /\b(?:individuals|nationals|citizens|fighters|militants|people|those|migrants|refugees|terrorists|insurgents|workers)\s+(?:hailing\s+|coming\s+)?(?:from|of)\s+/g;

/** Each state whose people `text` names by origin, with where the people are named. */
export function peopleByOrigin(text: string, actors: Iterable<ActorInput>): Array<{ id: string; at: number }> {
  // Called for every claim: the names of states are gathered only for a content that names people by origin.
  const phrases = [...text.matchAll(PEOPLE_FROM)];
  if (phrases.length === 0) return [];
  const byName = new Map<string, string>();
  for (const a of actors) if (a.kind === "STATE") for (const n of [a.name, ...a.aliases]) byName.set(n, a.id);
  const out: Array<{ id: string; at: number }> = [];
  for (const p of phrases) {
    // "Afghan citizens from Pakistan": the demonym says whose people they are; "from" says where they leave.
    if (/\b[A-Z][a-z]+\s+$/.test(text.slice(0, p.index))) continue;
    const list = text.slice(p.index + p[0].length, p.index + p[0].length + 80);
    for (const id of statesListed(list, byName)) out.push({ id, at: p.index });
  }
  return out;
}

/** The states named in a list that opens `text` ("Tajikistan and Pakistan", "Iran, Iraq and Syria"). */
function statesListed(text: string, byName: Map<string, string>): string[] {
  const out: string[] = [];
  for (const part of text.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
    // The last part runs on into the sentence ("Pakistan have been ..."): its longest leading name counts.
    const words = part.replace(/^the\s+/, "").split(/\s+/);
    const named = (n: number) => byName.get(words.slice(0, n).join(" ").replace(/\W+$/, ""));
    const longest = [4, 3, 2, 1].find((n) => n <= words.length && named(n));
    if (longest === undefined) break;
    out.push(named(longest)!);
    if (longest < words.length) break;
  }
  return out;
}
