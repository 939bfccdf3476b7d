// "The United National High Commissioner for Refugees (UNHCR)", "Tehreek-e-Taliban (TTP)": a name the lists do
// not know, glossed by an acronym they do, is another name of that acronym's actor in this article. Its copy of
// the actor takes the name as an alias, so the name is a mention of it rather than of anything named inside it. A
// known name glossed by an acronym the lists lack lends its actor the acronym the same way.
import type { ActorInput } from "../format/annotation.schema.js";
import { NAME_WITH_ACRONYM, TITLE_LED } from "./name-patterns.js";
import { fold, nameKey } from "./text.js";

export function withGlossedNames(text: string, actors: ActorInput[]): ActorInput[] {
  const byKey = new Map(actors.flatMap((a) => [a.name, ...a.aliases].map((n) => [nameKey(n), a] as const)));
  const extra = new Map<string, Set<string>>();
  const add = (id: string, alias: string) => extra.set(id, (extra.get(id) ?? new Set<string>()).add(alias));
  for (const m of fold(text).matchAll(NAME_WITH_ACRONYM)) {
    const [, run, acronym] = m;
    if (acronym !== acronym!.toUpperCase()) continue;
    const whole = glossedPart(run!, acronym!);
    const wholeStart = m.index + run!.length - whole.length;
    // "President of the United Arab Emirates (UAE)": the acronym glosses the country, not its president's title.
    const office = TITLE_LED.test(whole) && !whole.startsWith(acronym![0]!) ? new RegExp(String.raw`^.+?\b(?:of|for)\s+(?:the\s+)?(?=${acronym![0]})`).exec(whole) : null;
    const name = whole.slice(office?.[0].length ?? 0);
    const start = wholeStart + (office?.[0].length ?? 0);
    const named = byKey.get(nameKey(name));
    const owner = byKey.get(nameKey(acronym!));
    // "Islamabad High Court (IHC)": a known name glosses an acronym the lists lack; the acronym is that actor too.
    if (named && !owner && abbreviates(acronym!, name)) add(named.id, acronym!);
    // "Tehreek-e-Taliban (TTP)": an unknown name glossed by a known acronym is that actor's.
    else if (!named && owner) add(owner.id, text.slice(start, start + name.length));
  }
  return actors.map((a) => (extra.has(a.id) ? { ...a, aliases: [...a.aliases, ...extra.get(a.id)!] } : a));
}

/**
 * Whether the acronym is made of the name's initials, in order ("IHC" of "Islamabad High Court"); "(AA)" after
 * "Pakistan" is an agency's credit, not Pakistan's acronym.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join("");
  let at = 0;
  for (const c of acronym.replace(/[^\p{Lu}]/gu, "")) {
    at = initials.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return acronym[0] === initials[0];
}

/**
 * The part of a run of capitalised words that the acronym after it glosses: the whole run when the acronym spells it
 * across an "and" ("United Nations Office on Drugs and Crime (UNODC)"), else the part after the run's last "and"
 * ("ISIS and Tehreek-e-Taliban Pakistan (TTP)", "Prime Minister and Pakistan Muslim League-Nawaz (PML-N)").
 */
export function glossedPart(run: string, acronym: string): string {
  const tail = run.split(/\s+and\s+(?:the\s+)?/).pop()!;
  return tail === run || (abbreviates(acronym, run.replace(/^The\s+/, "")) && !abbreviates(acronym, tail)) ? run : tail;
}
