// Which name in a speaker phrase is the speaker. News names a speaker with its owner before or after it
// ("Foreign Office spokesperson X", "the Ministry of Foreign Affairs of Pakistan") and unnamed groups by a
// head noun with modifiers ("Pakistani officials", "Taliban officials in Kabul", "Officials in Islamabad").
import type { ActorInput } from "../format/annotation.schema.js";
import type { Mention } from "./gazetteer.js";
import type { Span } from "./text.js";

/** "a person familiar with the matter", "people familiar with the talks": an unnamed source by what it knows. */
export const FAMILIAR_SOURCE = /\b(person|people|sources?|officials?)\s+(?:familiar|acquainted)\s+with\s+(?:the\s+|these\s+)?[a-z]+$/i;

/** A person's kin, who speak for themselves: "Arshad Sharif's family", "Wesa's brother". */
const KIN = "family|families|relatives|widow|brother|sister|father|mother|son|daughter|lawyer";
export const SOURCE_HEADS = new RegExp(String.raw`\b(sources|officials|reports|report|media|analysts|experts|economists|diplomats|authorities|observers|residents|witness|witnesses|police|locals|villagers|elders|agencies|groups|organi[sz]ations|monitors|watchdogs|activists|protesters|protestors|demonstrators|chiefs|leaders|commanders|reporters|journalists|politicians|lawmakers|legislators|members|advocates|campaigners|clerics|scholars|critics|rivals|opponents|prosecutors|lawyers|representatives|aides|spokespeople|citizens|traders|merchants|businessmen|shopkeepers|farmers|gardeners|growers|students|teachers|workers|drivers|caretakers|administrators|figures|official|officers?|source|movement|doctors?|physicians?|surgeons?|paramedics?|medics?|nurses?|resident|diplomat|tv|television|${KIN})$`, "i");

/**
 * The rightmost name is the head, except where a name is followed by "of" and another name: what comes after
 * "of" only says whose the name before it is. "the Ministry of Foreign Affairs of Pakistan" is the ministry;
 * "the Monitoring Team of the UN Security Council's 1988 Committee" is the team. `isPerson` tells a person named
 * first, whose "of ..." says where they work.
 */
export function headMention(text: string, inside: Mention[], isPerson: (m: Mention) => boolean = () => false): Mention | undefined {
  // "Nadia Rahman of South Asia regional office at Amnesty International".
  const first = inside[0];
  if (first && inside.length > 1 && isPerson(first) && /^\s+of\s/.test(text.slice(first.span.end))) return first;
  const owned = inside.findIndex((m, k) => k + 1 < inside.length && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(m.span.end, inside[k + 1]!.span.start)));
  // "Exchange Companies Association of Pakistan General Secretary Zafar Paracha": a name after the owner's and a title
  // is who speaks.
  const last = inside[inside.length - 1];
  const titled = owned >= 0 && owned + 2 < inside.length && /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u.test(text.slice(inside[inside.length - 2]!.span.end, last!.span.start));
  if (owned >= 0 && !titled) return inside[owned];
  // "Vladimir Putin at the CIS summit": what follows a preposition says where the speaker was, not who speaks.
  const placed = inside.length > 1 && /^,?\s+(?:at|during|in)\s/i.test(text.slice(inside[0]!.span.end, inside[1]!.span.start));
  return placed ? inside[0] : inside[inside.length - 1];
}

/**
 * The group head noun of the phrase ("officials"), when the phrase names an unnamed group rather than the
 * actor inside it. "Pakistani officials" names its country, not the speaker: a source phrase outranks a bare
 * country, and people ("officials", "sources") outrank any organisation naming whose they are; a place after
 * the head ("in Kabul", "at the Torkham border crossing") only says where they are. `indefinite`: the phrase
 * opens with, or follows, "a", "one" or "another".
 */
export function groupHead(np: Span, phrase: string, actors: Map<string, ActorInput>, inside: Mention[], indefinite: boolean): { head: RegExpExecArray | null; group: boolean } {
  const lower = phrase.toLowerCase();
  const familiar = FAMILIAR_SOURCE.exec(lower);
  if (familiar) return { head: familiar, group: false };
  const core = lower.replace(/\s+(?:in|from|at|based in)\s+[\p{L}' -]+$/u, "");
  const head = SOURCE_HEADS.exec(core);
  if (!head) return { head, group: false };
  const headStart = np.end - (phrase.length - core.length) - head[1]!.length;
  // "Arshad Sharif's family", "Wesa's brother": a person's kin speak for themselves, not the person named.
  const kin = new RegExp(`^(?:${KIN})$`).test(head[1]!);
  // "a Taliban official said": one unnamed member of the group speaks, as "Taliban officials" do; "the Taliban
  // official" may be someone named before.
  const oneMember = indefinite && /^(?:official|source)$/.test(head[1]!);
  const modifier = (m: Mention) => { const k = actors.get(m.id)?.kind; return k === "STATE" || (k === "PERSON" && kin) || (k !== "PERSON" && (oneMember || /^(?:officials|sources|agencies|organi[sz]ations|groups|figures)$/.test(head[1]!))); };
  const group = inside.every((m) => m.span.end <= headStart || m.span.start >= headStart + head[1]!.length) && inside.some((m) => (m.span.end <= headStart ? modifier(m) : true));
  return { head, group };
}
