// "The United National High Commissioner for Refugees (UNHCR)", "Tehreek-e-Taliban (TTP)": a name the lists do
// not know, glossed by an acronym they do, is another name of that acronym's actor in this article. Its copy of
// the actor takes the name as an alias, so the name is a mention of it rather than of anything named inside it.
import type { ActorInput } from "../format/annotation.schema.js";
import { NAME_WITH_ACRONYM } from "./name-patterns.js";
import { fold, nameKey } from "./text.js";

export function withGlossedNames(text: string, actors: ActorInput[]): ActorInput[] {
  const byKey = new Map(actors.flatMap((a) => [a.name, ...a.aliases].map((n) => [nameKey(n), a] as const)));
  const extra = new Map<string, Set<string>>();
  for (const m of fold(text).matchAll(NAME_WITH_ACRONYM)) {
    const [, name, acronym] = m;
    if (acronym !== acronym!.toUpperCase() || byKey.has(nameKey(name!))) continue;
    const owner = byKey.get(nameKey(acronym!));
    if (!owner) continue;
    const set = extra.get(owner.id) ?? new Set<string>();
    set.add(text.slice(m.index, m.index + name!.length));
    extra.set(owner.id, set);
  }
  return actors.map((a) => (extra.has(a.id) ? { ...a, aliases: [...a.aliases, ...extra.get(a.id)!] } : a));
}
