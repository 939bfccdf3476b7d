// "Mohammad Yaqoob Mujahid", in an article, for the reference list's "Mohammad Yaqoob", or "Asadullah Bilal Karimi"
// for "Bilal Karimi": a new name that only adds words before or after a listed person's name is that person, not a
// second one. The article's copy of the person takes the longer name, and its last word when no other actor goes by it.
import type { ActorInput } from "../format/annotation.schema.js";
import { nameKey } from "./text.js";

/** `reference`: the article's own copies of listed actors, which may take aliases. Returns the new actors left. */
export function foldLongerNames(found: ActorInput[], reference: ActorInput[], others: ActorInput[]): ActorInput[] {
  const people = reference.filter((r) => r.kind === "PERSON");
  const taken = new Set([...others, ...reference, ...found].flatMap((a) => [a.name, ...a.aliases]).map(nameKey));
  return found.filter((f) => {
    if (f.kind !== "PERSON") return true;
    const words = f.name.split(/\s+/);
    const owner = people.find((p) => [p.name, ...p.aliases].some((n) => {
      const lead = n.split(/\s+/);
      if (lead.length < 2 || lead.length >= words.length) return false;
      const at = (from: number) => lead.every((w, i) => nameKey(w) === nameKey(words[from + i]!));
      return at(0) || at(words.length - lead.length);
    }));
    if (!owner) return true;
    for (const alias of [f.name, ...f.aliases]) if (!owner.aliases.some((n) => nameKey(n) === nameKey(alias))) owner.aliases.push(alias);
    const last = words[words.length - 1]!;
    if (!taken.has(nameKey(last)) && !owner.aliases.includes(last)) owner.aliases.push(last);
    return false;
  });
}
