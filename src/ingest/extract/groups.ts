// People named by what they are rather than by name: "the protesters", "local farmers", "aid agencies". Statements
// are often about them ("farmers would get relief"), and the annotations keep them as actors of their own. Each kind
// of group is one actor, whatever the words before its noun, under the same id in every article (as unnamed sources
// are); it enters the graph only when a claim is about it, and is never a mention (a description is no name).
import type { ActorInput } from "../format/annotation.schema.js";
import { nameKey, slugify, type Span } from "./text.js";

// Measured one kind at a time over the annotated articles: these kinds the annotators list when a claim names them.
// "attackers", "victims", "relatives", "journalists" and "women and girls" are left out: the annotators name the group
// behind an attack or leave the people harmed out of the about-set more often than they list them.
/** A group's noun, as written in the plural, and the words that stand for the same group. */
const GROUP_NOUNS: ReadonlyArray<readonly [string, ...string[]]> = [
  ["protesters", "protestors", "demonstrators"],
  ["farmers", "growers"],
  ["smugglers"],
  ["lawmakers", "legislators", "parliamentarians"],
  ["mourners"],
  ["sikhs"],
  ["ahmadis"],
  ["humanitarian organizations", "humanitarian organisations", "aid organizations", "aid organisations", "aid agencies"],
];

const NOUN_PATTERN = GROUP_NOUNS.flat().sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+");
/** The noun with what may stand before it in the same noun phrase: "the local farmers", "some protesters". */
const GROUP = new RegExp(String.raw`\b(?:(?:the|her|his|their|its|some|many|several|all|other)\s+)?(?:[a-z-]+\s+)?(${NOUN_PATTERN})\b`, "gi");
/** Words that make the noun part of a longer name or a possessive: "Farmers Association", "farmers' dues". */
const NAME_AFTER = /^(?:\s+[A-Z][a-z]|['’])/;

export interface GroupMention {
  id: string;
  span: Span;
}

export interface CollectiveGroups {
  actors: ActorInput[];
  mentions: GroupMention[];
}

const headOf = (noun: string) => GROUP_NOUNS.find((g) => g.includes(noun.toLowerCase().replace(/\s+/g, " ")))![0];

/** Every group the article names, one actor per kind, with where each is named. */
export function collectiveGroups(folded: string): CollectiveGroups {
  const byHead = new Map<string, ActorInput>();
  const mentions: GroupMention[] = [];
  for (const m of folded.matchAll(GROUP)) {
    const noun = m[1]!;
    const end = m.index + m[0].length;
    if (NAME_AFTER.test(folded.slice(end, end + 3))) continue;
    const head = headOf(noun);
    const id = `group-${slugify(head)}`;
    const surface = m[0].replace(/\s+/g, " ");
    const actor = byHead.get(head) ?? { id, name: head[0]!.toUpperCase() + head.slice(1), kind: "OTHER" as const, aliases: [], description: "", origin: "EXTRACTED" as const };
    const aliases = [head, `the ${head}`, noun.toLowerCase(), surface, surface.replace(/^(?:her|his|their|its|some|many|several|all|other)\s+/i, "")];
    // One alias per way of writing it, the first kept ("farmers" before "the farmers").
    for (const a of aliases) if (!actor.aliases.some((x) => nameKey(x) === nameKey(a))) actor.aliases.push(a);
    byHead.set(head, actor);
    mentions.push({ id, span: { start: m.index, end } });
  }
  return { actors: [...byHead.values()], mentions };
}
