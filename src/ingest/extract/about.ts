// Which actors a claim is about, and in what role. Named actors in the claimed content count; so do
// descriptions that match a gazetteer alias in part ("security forces" for "Pakistani security forces"),
// demonyms on things ("American weapons" is about the United States), "the group" for the armed group
// last named, and "those accusations" for whoever made them. The speaker's own voice is not an "about":
// in "Pakistan expects ..." said by Pakistan's spokesperson, Pakistan is who speaks.
import type { ActorInput } from "../format/annotation.schema.js";
import type { ClaimRole, SpeechAct } from "../format/enums.js";
import type { Mention } from "./gazetteer.js";
import { ancestorsOf } from "./actor-tree.js";
import { describedActors } from "./descriptions.js";
import { countryRuledBy, DEMONYMS, governmentOf, PLACE_NOUNS } from "./knowledge.js";
import { peopleByOrigin } from "./origins.js";
import type { GroupMention } from "./groups.js";
import { findCues } from "./speech-acts.js";
import { escapeRegExp, nameKey, type Span } from "./text.js";

export interface AboutActor {
  actorId: string;
  role: ClaimRole;
}

export interface AboutContext {
  folded: string;
  actors: Map<string, ActorInput>;
  mentions: Mention[];
  weak: Mention[];
  /** Publication date (YYYY-MM-DD): who "the Afghan side" is. */
  date?: string | undefined;
  /** The article's sentences: what the sentence before a claim told. */
  sentences?: Span[];
  /** People named by what they are: "the protesters", "local farmers". */
  groups?: GroupMention[];
}

/** Partial aliases: "security forces" (from "Pakistani security forces"), "terrorist groups" (from a long description). */
export function weakMentions(folded: string, actors: ActorInput[], strong: Mention[]): Mention[] {
  const partial = new Map<string, string | null>(); // phrase -> actor id, null when ambiguous
  const note = (p: string, id: string) => partial.set(p, partial.has(p) && partial.get(p) !== id ? null : id);
  for (const a of actors) {
    for (const alias of a.aliases) {
      const words = alias.split(/\s+/);
      if (words.length >= 3 && DEMONYMS[words[0]!.toLowerCase()] && /^[a-z ]+$/.test(words.slice(1).join(" "))) note(words.slice(1).join(" "), a.id);
      if (words.length >= 3 && /^[a-z]/.test(alias)) note(words.slice(0, 2).join(" "), a.id);
    }
  }
  const out: Mention[] = [];
  // A shortened description refers back to an actor the article names in full, never to one it does not.
  const named = new Set(strong.map((m) => m.id));
  for (const [phrase, id] of partial) {
    if (!id || !named.has(id)) continue;
    for (const m of folded.matchAll(new RegExp(`(?<![\\p{L}-])${escapeRegExp(phrase)}(?![\\p{L}])`, "gu"))) {
      const span = { start: m.index, end: m.index + phrase.length };
      if (strong.some((s) => s.span.start < span.end && span.start < s.span.end)) continue;
      out.push({ id, type: "Actor", surface: phrase, span });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Ways of writing one office; a person whose description holds one is meant by any of them. */
const OFFICES: ReadonlyArray<string[]> = [
  ["interior minister", "minister of interior", "minister for interior", "home minister"],
  ["foreign minister", "minister of foreign affairs", "minister for foreign affairs", "foreign affairs minister"],
  ["defence minister", "defense minister", "minister of defence", "minister of defense", "minister for defence"],
  ["information minister", "minister of information", "minister for information"],
  ["prime minister", "premier"],
  ["chief minister"],
  ["army chief", "chief of army staff", "army chief of staff"],
  ["supreme leader"],
  ["secretary of state"],
  ["secretary-general", "secretary general"],
];
/** A description that holds the office; "Information adviser to the chief minister" holds no such office. */
const HOLDS_OFFICE = OFFICES.map((names) => new RegExp(`(?<!\\b(?:to|of|for)\\s+(?:the\\s+)?)\\b(?:${names.map(escapeRegExp).join("|")})\\b`));

/**
 * "the Pakistani Interior Minister", "the minister of interior": an office held by a person the article
 * names. Nothing is resolved when two named people could hold it.
 */
export function titleMentions(folded: string, actors: ActorInput[], strong: Mention[], taken: Mention[]): Mention[] {
  const named = new Set(strong.map((m) => m.id));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const holders = new Map<number, string[]>(); // office index -> the people the article names who hold it
  for (const a of actors) {
    if (a.kind !== "PERSON" || !named.has(a.id)) continue;
    const desc = a.description.toLowerCase();
    HOLDS_OFFICE.forEach((holds, k) => {
      if (holds.test(desc)) holders.set(k, [...(holders.get(k) ?? []), a.id]);
    });
  }
  const demonyms = Object.keys(DEMONYMS).map(escapeRegExp).join("|");
  const out: Mention[] = [];
  for (const [k, ids] of holders) {
    const re = new RegExp(String.raw`\bthe\s+(?:(${demonyms})\s+|[\p{L}-]+'s\s+)?(?:caretaker\s+|interim\s+)?(?:${OFFICES[k]!.map(escapeRegExp).join("|")})\b`, "giu");
    for (const m of folded.matchAll(re)) {
      // "the Chinese Premier", when Pakistan's prime minister is named too: the holder of that country. Nothing is
      // resolved when two named people could hold it.
      const country = m[1] ? DEMONYMS[m[1].toLowerCase()] : undefined;
      const fits = country && ids.length > 1 ? ids.filter((id) => ancestorsOf(id, byId).has(country)) : ids;
      const span = { start: m.index, end: m.index + m[0].length };
      if (fits.length !== 1 || taken.some((t) => t.span.start < span.end && span.start < t.span.end)) continue;
      out.push({ id: fits[0]!, type: "Actor", surface: m[0], span });
    }
  }
  return out;
}

/** A demonym as written: "Pakistani", "U.S.", "US". */
const demonymPattern = (d: string) => (d === "us" ? "US" : d === "u.s." ? String.raw`U\.S\.` : d[0]!.toUpperCase() + d.slice(1));
/** "American weapons", "Pakistani claims", "Tajik fighters": a demonym on things or people. */
const DEMONYM_THINGS = new RegExp(String.raw`\b(${Object.keys(DEMONYMS).map(demonymPattern).join("|")})(?:-made)?\s+(?:(?:and\s+)?[a-z]+\s+)?([a-z]+)\b`, "g");
/** "the Pakistanis", "Afghans", "Tajiks": a people named by its demonym alone. */
const DEMONYM_PEOPLE = new RegExp(String.raw`\b(${Object.keys(DEMONYMS).filter((d) => /^[a-z]+$/.test(d) && !/(?:sh|ese|us)$/.test(d)).map((d) => demonymPattern(d) + "s").join("|")})\b`, "g");
/** Titles between a demonym and a name: "Russian leader Vladimir Putin", "Chinese counterpart Wang Yi". */
const PERSON_TITLES = /^(?:leader|president|premier|minister|counterpart|envoy|ambassador|diplomat|official|spokesman|spokesperson|general|commander|chief)$/;
const nextIsPerson = (ctx: AboutContext, at: number): boolean =>
  ctx.mentions.some((m) => m.type === "Actor" && m.span.start >= at && /^\s*$/.test(ctx.folded.slice(at, m.span.start)) && ctx.actors.get(m.id)?.kind === "PERSON");

/**
 * "Islamabad said it carried out airstrikes", "the Taliban said two of its guards were killed": a
 * government, force or group that the content calls "it" takes part in what it reports, so it is one of
 * the actors the claim is about. "It expects" or "it is concerned" stays the speaker's voice, and "its
 * soil" a place.
 */
function ownPronoun(text: string, offset: number, claimantId: string, actors: Map<string, ActorInput>): Array<{ id: string; at: number }> {
  const kind = actors.get(claimantId)?.kind;
  if (!kind || kind === "PERSON" || kind === "MEDIA" || kind === "UNNAMED_SOURCE" || kind === "OFFICIALS") return [];
  const acts = /^\W*(?:that\s+)?it\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+|was\s+|also\s+|successfully\s+|did\s+not\s+|never\s+)*(harm|harmed|carried|conducted|launched|killed|arrested|targeted|struck|attacked|captured|seized|repelled|retaliated|foiled|closed|reopened|deported|expelled|hit|fired|shot|destroyed|eliminated|neutrali[sz]ed|raided|bombed|shelled|detained|handed|released|returned|sent|deployed|built|repaired|blocked)\b/i.exec(text);
  if (acts) return [{ id: claimantId, at: offset + acts.index }];
  // "The TTP said in a statement their fighters had killed ...": a group or a government spoken of in the plural.
  const its = /\b(?:its|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(troops|forces|soldiers|guards|posts?|personnel|officers|fighters|members|men|commanders|officials|citizens|nationals|people|engineers|workers)\b/i.exec(text);
  if (!its) return [];
  // "Tajikistan's foreign ministry said its citizens ...": citizens are the state's, not its ministry's.
  const state = /^(?:citizens|nationals|people)$/i.test(its[1]!) ? [claimantId, ...ancestorsOf(claimantId, actors)].find((id) => actors.get(id)?.kind === "STATE") : undefined;
  return [{ id: state ?? claimantId, at: offset + its.index }];
}

/**
 * Before an outlet it was told to ("told TOLOnews", "in an interview with VOA") or that reported it ("..., reported
 * TOLO News"), and after one that reported it.
 */
const TO_OUTLET = /\b(?:told|tells|telling|to|with|by|reported|reports|quoted|cited)\s+(?:the\s+)?$/i;
const OUTLET_REPORTS = /^\s+(?:has\s+|had\s+)?(?:reported|reports|quoted|cited|said|says)\b/i;

/** Whether a reporting verb follows right after a name ("X strongly condemns"). */
const speaksNext = (folded: string, end: number): boolean => {
  const cue = findCues(folded, end, Math.min(folded.length, end + 40))[0];
  return !!cue && /^\s+(?:[a-z]+ly\s+|also\s+)?$/.test(folded.slice(end, cue.start));
};

/** "Pakistan's demands", "Islamabad expects", "Pakistan is deeply concerned": the speaker's side speaking. */
const VOICE_AFTER = /^(?:'s\s+(?:[a-z]+\s+)?(?:demands?|stance|focus|position|view|concerns?|policy|commitment|expectations?)|(?:\s+and\s+(?:the\s+)?[a-z]+)?\s+(?:also\s+)?(?:expects?|wants?|demands?|hopes?|believes?|was unaware|is unaware|is (?:deeply |seriously )?concerned|ha(?:s|ve) (?:serious |grave |deep )?concerns?|ha(?:s|ve) (?:communicated|conveyed|raised|shared|registered|lodged)|(?:was|is|were|are) ['"]?aware|ha(?:s|ve|d) no (?:intention|plans?)|(?:does|do|did) not intend|intends?|(?:is|are|was|remains?) (?:fully |firmly |deeply )?committed|ha(?:s|ve|d) (?:long |also |repeatedly |consistently )?been (?:conveying|urging|saying|calling|demanding|asking|stressing|emphasi[sz]ing|highlighting|raising|pressing|telling)))\b/i;

export function aboutActors(
  ctx: AboutContext,
  content: Span,
  claimantId: string,
  act: SpeechAct,
  exclude: Span[] = [],
  accuser?: string,
): AboutActor[] {
  const own = ancestorsOf(claimantId, ctx.actors);
  const inside = (s: Span) => s.start >= content.start && s.end <= content.end && !exclude.some((e) => s.start >= e.start && s.end <= e.end);
  const found: Array<{ id: string; at: number }> = [];
  for (const m of [...ctx.mentions, ...ctx.weak]) {
    // The speaker itself counts when the content names it ("shared with the Islamic Emirate"), as in the seed.
    if (m.type !== "Actor" || !inside(m.span) || (m.id === claimantId && ctx.weak.includes(m))) continue;
    // Whoever holds the attitude reported ("X expects", "X has serious concerns") is the voice, not the topic.
    // An accusation's first actor is its target, whatever attitude it is charged with ("the Afghan government was aware").
    if (VOICE_AFTER.test(ctx.folded.slice(m.span.end, m.span.end + 40)) && (own.has(m.id) || m.id === claimantId)) continue;
    // "he told TOLOnews", "..., TOLO News reported": the outlet carries the statement; it is not its topic.
    if (ctx.actors.get(m.id)?.kind === "MEDIA" && (TO_OUTLET.test(ctx.folded.slice(Math.max(0, m.span.start - 40), m.span.start)) || OUTLET_REPORTS.test(ctx.folded.slice(m.span.end, m.span.end + 30)))) continue;
    // "a shortfall of 13 votes in the National Assembly": a house where votes are cast is where, not whom.
    if (/\b(?:assembly|senate|parliament)$/i.test(ctx.actors.get(m.id)?.name ?? "") && /\bin\s+(?:the\s+)?$/i.test(ctx.folded.slice(Math.max(0, m.span.start - 8), m.span.start))) continue;
    // "The Ministry of National Defense considers ... baseless", quoted from Kabul: the speaker's own part speaking.
    if ((m.id === claimantId || own.has(m.id) || ancestorsOf(m.id, ctx.actors).has(claimantId)) && speaksNext(ctx.folded, m.span.end)) continue;
    found.push({ id: m.id, at: m.span.start });
  }
  const text = ctx.folded.slice(content.start, content.end);
  // "American weapons", "Pakistani terror allegations": a demonym on things or words stands for its country.
  // "Pakistani and foreign citizens", "Afghan refugees": people named by their country are its people.
  for (const d of [...text.matchAll(DEMONYM_THINGS), ...text.matchAll(DEMONYM_PEOPLE)]) {
    // "Afghan soil", "the Pakistani side of the border": places, not their country.
    if (d[2] && PLACE_NOUNS.has(d[2])) continue;
    // "Russian leader Vladimir Putin": the demonym only describes the person named next.
    if (d[2] && PERSON_TITLES.test(d[2]) && nextIsPerson(ctx, content.start + d.index + d[0].length)) continue;
    const word = d[1]!.toLowerCase();
    const id = DEMONYMS[word] ?? DEMONYMS[word.replace(/s$/, "")];
    const at = content.start + d.index;
    // "the Chinese company was not honoring the commitments": the one company of that country the article names.
    const firms = /^\s+(?:company|firm|contractor)\b/.test(text.slice(d.index + d[1]!.length)) ? [...ctx.actors.values()].filter((a) => a.kind === "ORGANIZATION" && a.parentId === id) : [];
    if (firms.length === 1 && firms[0]!.id !== claimantId) {
      found.push({ id: firms[0]!.id, at });
      continue;
    }
    if (id && ctx.actors.has(id) && id !== claimantId && !ctx.mentions.some((m) => m.span.start <= at && m.span.end > at)) found.push({ id, at });
  }
  for (const o of peopleByOrigin(text, ctx.actors.values())) if (o.id !== claimantId) found.push({ id: o.id, at: content.start + o.at });
  found.push(...groupsIn(ctx, inside, claimantId));
  found.push(...ownPronoun(text, content.start, claimantId, ctx.actors));
  // "the Afghan side must ensure ...": in diplomatic speech, a country's side is its government of the day.
  for (const d of text.matchAll(/\bthe (American|U\.S\.|US|Pakistani|Afghan|Iranian|Indian|Chinese|Russian|Pakistan|Afghanistan|Iran|India|China|Russia) side\b(?!\s+of\b)/gi)) {
    const name = d[1]!.toLowerCase();
    const country = DEMONYMS[name] ?? name;
    const id = country && ctx.actors.has(country) ? governmentOf(country, ctx.date, (x) => ctx.actors.has(x)) : undefined;
    if (id && id !== claimantId) found.push({ id, at: content.start + d.index });
  }
  found.push(...describedActors(ctx.folded, content, ctx.mentions, ctx.actors, own, claimantId));
  found.push(...twoSides(ctx, content, claimantId, found));
  // "blaming it for ...", "urged them to ...": a pronoun object of the cue is the latest other actor named before.
  // "saying it "stands in full solidarity"": "it" opening a clause is its subject, the speaker, not an object.
  if (act !== "ASSERT" && /^\W*(?:it|them|him)\b/.test(text) && !/^\W*it\s+["“]?(?:stands|will|would|is|was|has|had)\b/.test(text) && !/\b(?:that|of)\s*$/.test(ctx.folded.slice(content.start - 8, content.start))) {
    // A news outlet (the "(AP)" of a dateline, "told Reuters") is who carries the words, not who they blame.
    const prior = [...ctx.mentions, ...ctx.weak].filter((m) => m.type === "Actor" && m.span.end <= content.start && m.id !== claimantId && !own.has(m.id) && ctx.actors.get(m.id)?.kind !== "MEDIA");
    // Things said about a country take its name; "it" blamed for attacks is mostly a group or a government.
    const latest = prior.sort((a, b) => a.span.end - b.span.end).filter((m) => !["STATE", "PERSON"].includes(ctx.actors.get(m.id)?.kind ?? "") || !/^\W*it\b/.test(text)).pop();
    if (latest) found.push({ id: latest.id, at: content.start });
  }
  if (accuser && /\b(those|these|the|such)\s+(accusations|allegations|claims|charges)\b/.test(text)) found.push({ id: accuser, at: content.end });
  // "called her remarks "disgraceful and untrue"": whose words are answered is the person named last before.
  const theirWords = act !== "ASSERT" ? /\b(?:his|her)\s+(?:recent\s+)?(?:remarks|statements?|claims?|comments|words|allegations|accusations|assertions?)\b/.exec(text) : null;
  if (theirWords) {
    const person = ctx.mentions.filter((m) => m.type === "Actor" && m.span.end <= content.start && m.id !== claimantId && !own.has(m.id) && ctx.actors.get(m.id)?.kind === "PERSON").pop();
    if (person) found.push({ id: person.id, at: content.start + theirWords.index });
  }
  // "the government" in the words of a state's official is that state's government.
  const gov = /\bthe government\b(?!\s+of\b)/.exec(text);
  const root = [...own].pop();
  if (gov && root && ctx.actors.get(root)?.kind === "STATE") found.push({ id: root, at: content.start + gov.index });
  if (found.length === 0 && act !== "ASSERT") found.push(...deedBefore(ctx, content, claimantId, own));
  found.sort((a, b) => a.at - b.at);
  const out: AboutActor[] = [];
  for (const f of found) {
    if (out.some((o) => o.actorId === f.id)) continue;
    out.push({ actorId: f.id, role: roleOf(ctx.folded, f.at, content, act, out.length === 0) });
  }
  return out;
}

/**
 * "farmers would get relief": the groups a content names. A group that speaks elsewhere in the article ("Protesters
 * said") is that speaker; one inside a name the article's mentions hold is left to that name.
 */
function groupsIn(ctx: AboutContext, inside: (s: Span) => boolean, claimantId: string): Array<{ id: string; at: number }> {
  const out: Array<{ id: string; at: number }> = [];
  for (const g of ctx.groups ?? []) {
    if (!inside(g.span) || ctx.mentions.some((m) => m.span.start < g.span.end && g.span.start < m.span.end)) continue;
    const id = groupKeys(ctx, g).map((k) => actorsNamedAsGroups(ctx).get(k)).find((x) => x !== undefined) ?? g.id;
    if (id !== claimantId) out.push({ id, at: g.span.start });
  }
  return out;
}

/** A group's words as a name: "the local farmers", and without its first word, "local farmers". */
const groupKeys = (ctx: AboutContext, g: GroupMention) => {
  const surface = ctx.folded.slice(g.span.start, g.span.end);
  return [nameKey(surface), nameKey(surface.replace(/^\S+\s+/, ""))];
};

/**
 * The first actor holding each group's words as a name, looked up once per article and again only when attribution
 * adds a speaker: a graph's gazetteer holds thousands of actors, and a claim may name several groups.
 */
const groupOwners = new WeakMap<AboutContext, { size: number; byKey: Map<string, string> }>();
function actorsNamedAsGroups(ctx: AboutContext): Map<string, string> {
  const cached = groupOwners.get(ctx);
  if (cached && cached.size === ctx.actors.size) return cached.byKey;
  const wanted = new Set((ctx.groups ?? []).flatMap((g) => groupKeys(ctx, g)));
  const byKey = new Map<string, string>();
  for (const a of ctx.actors.values()) for (const n of [a.name, ...a.aliases]) {
    const key = nameKey(n);
    if (wanted.has(key) && !byKey.has(key)) byKey.set(key, a.id);
  }
  groupOwners.set(ctx, { size: ctx.actors.size, byKey });
  return byKey;
}

/** "the two sides", "both countries": the parties to talks, ties or a deal; "both sides of the border" is a place. */
const TWO_SIDES = /\b(?:the\s+two|both)\s+(?:sides|countries|nations|neighbou?rs|governments)\b(?!\s+of\b)/i;
/** "urged both sides", "called on the two countries": whoever asks them is no party. */
const ASKS_THEM = /\b(?:urg\w*|call\w*\s+(?:on|upon)|ask\w*|appeal\w*\s+to|advis\w*|encourag\w*)\s+$/i;
const SIDE_KINDS = new Set(["STATE", "GOVERNMENT"]);

/**
 * "noting the two sides also agreed", said by Russia's minister of a deal with Pakistan: the speaker's state and the
 * other state named last before. An onlooker's "both sides" are the two states named last. Sides the content names
 * already count, a state and its government of the day as one.
 */
function twoSides(ctx: AboutContext, content: Span, claimantId: string, found: Array<{ id: string }>): Array<{ id: string; at: number }> {
  const phrase = TWO_SIDES.exec(ctx.folded.slice(content.start, content.end));
  if (!phrase) return [];
  const at = content.start + phrase.index;
  // A ministry or a spokesperson stands for the state or government at the top of its tree.
  const sideOf = (id: string) => [id, ...ancestorsOf(id, ctx.actors)].filter((x) => SIDE_KINDS.has(ctx.actors.get(x)?.kind ?? "")).pop();
  const rulerOf = (id: string) => governmentOf(id, ctx.date, (x) => ctx.actors.has(x));
  const sides: string[] = [];
  // "the two countries" are states, even when one of them speaks through its de facto rulers.
  const countries = /countries|nations/i.test(phrase[0]);
  const add = (side: string | undefined) => {
    const id = side && countries ? (countryRuledBy(side) ?? side) : side;
    if (id && sides.length < 2 && !sides.some((s) => rulerOf(s) === rulerOf(id))) sides.push(id);
  };
  for (const f of found) if (SIDE_KINDS.has(ctx.actors.get(f.id)?.kind ?? "")) add(f.id);
  const named = sides.length;
  const own = sideOf(claimantId);
  const onlooker = ASKS_THEM.test(ctx.folded.slice(Math.max(0, at - 20), at));
  if (!onlooker) add(own);
  for (const m of [...ctx.mentions].reverse()) {
    const side = m.type === "Actor" && m.span.start < at ? sideOf(m.id) : undefined;
    if (!onlooker || side !== own) add(side);
  }
  return sides.length === 2 ? sides.slice(named).map((id) => ({ id, at })) : [];
}

/** A content that opens on the deed just told: "It triggered widespread condemnation", "The move drew ...". */
const DEED_OPENS = /^\W*(?:it|this|the\s+(?:move|decision|ban|step|order|attack|strike|incident))\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:triggered|drew|drawn|attracted|sparked|prompted|received|faced|led|resulted)\b/i;

/**
 * "Taliban authorities ordered universities to close for women. It triggered widespread condemnation ...": a reaction
 * to a deed told in the sentence before is about whoever that sentence opens with.
 */
function deedBefore(ctx: AboutContext, content: Span, claimantId: string, own: Set<string>): Array<{ id: string; at: number }> {
  if (!DEED_OPENS.test(ctx.folded.slice(content.start, content.end))) return [];
  const before = ctx.sentences?.filter((x) => x.end <= content.start).pop();
  if (!before) return [];
  const { start, end } = before;
  const opener = ctx.mentions.find((m) => m.type === "Actor" && m.span.start >= start && m.span.start < Math.min(end, start + 40));
  return opener && opener.id !== claimantId && !own.has(opener.id) ? [{ id: opener.id, at: content.start }] : [];
}

function roleOf(folded: string, at: number, content: Span, act: SpeechAct, first: boolean): ClaimRole {
  const before = folded.slice(Math.max(content.start, at - 30), at).toLowerCase();
  // "action against the TTP", "strikes against the TTP" name whom action should hit; "attacks against Pakistan" a victim.
  if (/\b(?:action|act|acting|measures|steps|crackdown|operations?|strikes?|fight|fighting)\s+(?:[a-z]+\s+){0,2}against\s+(?:the\s+)?$/.test(before)) return "TARGET";
  if (/\b(against|on|targeting)\s+(?:the\s+)?$/.test(before)) return "VICTIM";
  // Spoken to: "communicating with the US", "conveyed its concerns to the Afghan authorities".
  if (/\b(?:communicat\w*|talk\w*|spoke|speak\w*|engag\w*|convey\w*|shar\w*|told|tell\w*)\b[^.;]*?\b(?:with|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/.test(before) || (act === "EXPRESS_CONCERN" && /\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/.test(before))) return "ADDRESSEE";
  if (/\b(to|for)\s+$/.test(before) && act === "DEMAND") return "BENEFICIARY";
  if (act === "DEMAND" && (first || /\b(from|on|upon|asked|urged)\s+(?:the\s+)?$/.test(before))) return "ADDRESSEE";
  if (["ACCUSE", "DENY", "REJECT", "CONDEMN", "WARN"].includes(act) && first) return "TARGET";
  return first && at - content.start < 40 ? "SUBJECT" : "MENTIONED";
}
