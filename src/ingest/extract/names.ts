// People and organisations the gazetteer lacks become new actors (origin EXTRACTED) with a slug id,
// aliases the article uses for them (a person's surname) and a parent where the text says whose they are
// ("Foreign Office spokesperson X" -> Foreign Office; "Pakistan's Foreign Office" -> Pakistan).
import nlp from "compromise";
import type { ActorInput } from "../format/annotation.schema.js";
import {
  AGENCIES, agencyCredit, ARMED_GROUP_HEADS, DEMONYM_GROUP, GOVERNMENT_HEADS, MEDIA_HEADS, MILITARY_HEADS, HONORIFIC_NAME, NAME_AFTER_ACRONYM, NAME_AFTER_KIN, NAME_AFTER_VERB, NAME_CHARGED, NAME_BEFORE_RELATIVE_CLAUSE, NAME_BEFORE_VERB, NAME_OF_COUNTRY_BEFORE_VERB, NAME_IN_COMMAS_BEFORE_VERB, NAME_THEN_TITLE, NAME_WITH_ACRONYM, NAME_BEFORE_ROLE, NAME_BEFORE_DESCRIPTION, NAME_QUOTED, NOT_ACTOR_HEADS, ONE_NAME_AFTER_ROLE, ONE_NAME_IN_APPOSITION, NOT_NAME_WORDS, ORG_BY_HEAD, ORG_HEAD_END, ORG_OF, TITLE_LED, TITLE_PLACE_NAME, TITLE_WORDS, TITLED_NAME,
} from "./name-patterns.js";
import { abbreviates, glossedPart } from "./glossed-names.js";
import { addLeadingNames, addSurnames, ownerPhrase, parentOf, trimName, type Found, type NameContext } from "./name-owners.js";
import { DEMONYMS_OF } from "./knowledge.js";
import { escapeRegExp, fold, nameKey, slugify, type Span } from "./text.js";

/** A text tagged by compromise. */
type Document = ReturnType<typeof nlp>;

export type { NameContext } from "./name-owners.js";

/** " of the Taliban government", " of the Pakistani regime": whose government an office is, after its name. */
const GOVERNMENT_OF = /^\s+of\s+the\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:government|regime|administration)\b/u;

/** A title and "of" right before a name: "Deputy Commissioner of", "Assistant commissioner of". */
const OF_A_TITLE = /\b(?:commissioner|governor|mayor|administrator|superintendent|inspector|police\s+officer)\s+of\s+$/i;

/** Offices every state has, whose names say nothing of whose they are: "Ministry of Foreign Affairs". */
const STATE_OFFICE = /^(?:Ministry\s+of\s+[\p{L} ,&-]+|(?:Foreign|Interior|Defen[cs]e|Finance|Health|Education|Commerce|Information|Justice)\s+Ministry|Foreign\s+Office)$/u;

export function findNewActors(text: string, ctx: NameContext): ActorInput[] {
  const folded = fold(text);
  const knownKeys = new Set(ctx.actors.flatMap((a) => [a.name, ...a.aliases].map(nameKey)));
  const knownIds = new Set(ctx.actors.map((a) => a.id));
  const isKnown = (name: string) => knownKeys.has(nameKey(name));
  // One tagged document serves both searches: tagging is most of compromise's cost.
  const doc = nlp(text);
  const found: Found[] = [...orgs(text, folded, doc), ...embassies(folded, ctx), ...people(text, folded, doc)];
  const byId = new Map<string, ActorInput>();
  const orgSpans = found.filter((f) => f.kind !== "PERSON");
  const coveredByKnown = (sp: Span) => ctx.known.some((m) => m.type === "Actor" && m.span.start <= sp.start && m.span.end >= sp.end - 1);
  // "the Islamic Emirate Regarding the Claims": a capitalised run that starts inside a known name is a title, not a new name.
  const straddlesKnown = (sp: Span) => ctx.known.some((m) => m.type === "Actor" && m.span.start < sp.start && sp.start < m.span.end && m.span.end < sp.end);
  // "China-Pakistan Economic Corridor (CPEC)": the acronym of something that is no actor is none either.
  const notActors = new Set(found.filter((f) => NOT_ACTOR_HEADS.test(f.name)).flatMap((f) => f.aliases ?? []));
  // "Melinda Gates" in "the Bill and Melinda Gates Foundation": a person's name inside an institution's name, which
  // goes on past it, is not a person the article speaks of (and would take "Gates" from Bill Gates).
  const insideOrgName = (f: Found) =>
    f.kind === "PERSON" && orgSpans.some((o) => o.span.start <= f.span.start && f.span.end < o.span.end && /^\s+\p{Lu}/u.test(text.slice(f.span.end, o.span.end)));
  for (const f of found) {
    if (coveredByKnown(f.span) || straddlesKnown(f.span) || notActors.has(f.name) || insideOrgName(f)) continue;
    // "the TTP. Mujahid said", "in Afghanistan. Zabihullah Mujahid": a run of capitals across a sentence end
    // or a paragraph break is two things, not one name (initials such as "U.S." or "F." are not sentence ends).
    // "UNITED NATIONS: Pakistan": a dateline and the sentence after it are not one name either.
    // "Rep. Michael McCaul", "Dr. Ahmad": a title's abbreviation ends no sentence.
    const sentenceEnds = [...f.name.matchAll(/(\S*(?:\p{Ll}|\p{Lu}{2,}))\.\s+\p{Lu}/gu)].filter((m) => !TITLE_WORDS.has(`${m[1]}.`));
    // "Jaish-e-Mohammad (JeM": a run cut inside a bracket is no name.
    if (/[\n:]/.test(f.name) || sentenceEnds.length > 0 || /\([^)]*$/.test(f.name)) continue;
    const trimmed = keepSpelledOut(f, trimName(f.name, f.kind, f.oneName));
    // "British High Commissioner in Pakistan Jane Marriot": a known place before a person's two names is where
    // they serve, not part of the name.
    const placeLed = f.kind === "PERSON" && trimmed ? /^(\S+)\s+(\S+\s+\S+.*)$/.exec(trimmed) : null;
    // "Deputy Commissioner of Khyber Abdul Nasir Khan": the word after a title's "of" is where the office is held.
    const trimmedStart = f.span.start + f.name.indexOf(trimmed ?? "");
    const placeOfTitle = placeLed && OF_A_TITLE.test(folded.slice(Math.max(0, trimmedStart - 40), trimmedStart));
    const name = placeLed && ((isKnown(placeLed[1]!) && !isKnown(placeLed[2]!)) || placeOfTitle) ? placeLed[2]! : trimmed;
    if (name && NOT_ACTOR_HEADS.test(name)) continue;
    // "the Afghan Commerce Ministry's spokesman", "Director General Transit Trade": a title's owner or field, not a
    // person.
    // "Girls and Human Rights announced": the end of an office's remit before a verb is no person either.
    if (name && f.kind === "PERSON" && (GOVERNMENT_HEADS.test(name) || /\b(?:Trade|Commerce|Affairs|Agency|Authority|Council|Committee|Commission|Rights|Refugees)$/.test(name))) continue;
    if (!name || isKnown(name) || name.split(/\s+/).every((w) => isKnown(w) || NOT_NAME_WORDS.has(w))) continue;
    // "Imran Khan's PTI": a known actor's name after a possessive is that actor, owned by whoever comes before.
    const owned = /['’]s\s+(.+)$/.exec(name)?.[1];
    if (owned && isKnown(owned)) continue;
    // "The Islamic Emirate (Taliban)": a name glossed in brackets by a known one, or known itself, is that actor.
    const gloss = /\(([^)]+)\)$/.exec(name)?.[1];
    if (isKnown(name.replace(/\s*\([^)]*\)$/, "")) || (gloss && isKnown(gloss))) continue;
    const owner = parentOf(text, f, name, orgSpans, ctx);
    const state = STATE_OFFICE.test(name) ? possessingState(folded, f, name, owner, ctx) : undefined;
    const id = slugify(state ? `${state.name} ${name}` : name);
    if (knownIds.has(id)) continue;
    const parentId = owner === id ? undefined : owner;
    const prev = byId.get(id);
    const qualifiedName = state ? `${state.name}'s ${name}` : name;
    const aliases = new Set([...(prev?.aliases ?? []), qualifiedName, ...(f.aliases ?? [])]);
    byId.set(id, {
      id,
      name: prev?.name ?? qualifiedName,
      kind: prev?.kind ?? f.kind,
      aliases: [...aliases],
      description: prev?.description || f.title || "",
      origin: "EXTRACTED",
      ...((prev?.parentId ?? parentId) ? { parentId: prev?.parentId ?? parentId } : {}),
    });
  }
  mergeSpellings(byId);
  mergeShortNames(byId);
  addSurnames([...byId.values()], knownKeys);
  addLeadingNames([...byId.values()], text, knownKeys);
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * "Chile's Ministry of Foreign Affairs": the state whose possessive stands right before an office every state has, if
 * it is the office's owner. Such an office takes the state into its id and name, so that it never stands for another
 * state's office in a later article.
 */
function possessingState(folded: string, f: Found, name: string, owner: string | undefined, ctx: NameContext): ActorInput | undefined {
  const nameStart = f.span.start + Math.max(0, f.name.lastIndexOf(name));
  const possessor = /(\p{Lu}[\p{L}-]*)'s\s+$/u.exec(folded.slice(Math.max(0, nameStart - 40), nameStart))?.[1];
  return possessor ? ctx.actors.find((a) => a.id === owner && a.kind === "STATE" && a.aliases.includes(possessor)) : undefined;
}

/**
 * "Kenya's General Service Unit (GSU)": the words an organisation's acronym spells out stay in its name, though
 * "General" opens titles elsewhere.
 */
function keepSpelledOut(f: Found, trimmed: string | undefined): string | undefined {
  if (f.kind === "PERSON" || !trimmed || !f.aliases?.length) return trimmed;
  const words = f.name.split(/\s+/);
  for (let k = 0; k < words.length - 1; k++) {
    const tail = words.slice(k).join(" ");
    if (f.aliases.some((acronym) => abbreviates(acronym, tail))) return tail.length > trimmed.length && tail.endsWith(trimmed) ? tail : trimmed;
  }
  return trimmed;
}

function people(text: string, folded: string, doc: Document): Found[] {
  const out: Found[] = [];
  for (const m of folded.matchAll(TITLED_NAME)) {
    if (ORG_HEAD_END.test(m[3]!)) continue;
    const start = m.index + m[0].length - m[3]!.length;
    const titleStart = m.index;
    // "spokesman of the Islamic Emirate, X": whose person X is follows the title; otherwise it precedes it.
    const after = m[2] ? m.index + m[0].lastIndexOf(m[2], m[0].length - m[3]!.length) : -1;
    const ownerSpan = after >= 0 ? { start: after, end: after + m[2]!.length } : ownerPhrase(folded, titleStart);
    out.push({ name: text.slice(start, start + m[3]!.length), span: { start, end: start + m[3]!.length }, kind: "PERSON", title: text.slice(titleStart, titleStart + m[1]!.length), ownerSpan });
  }
  for (const m of folded.matchAll(TITLE_PLACE_NAME)) {
    const start = m.index + m[0].length - m[3]!.length;
    const place = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
    out.push({ name: text.slice(start, start + m[3]!.length), span: { start, end: start + m[3]!.length }, kind: "PERSON", title: text.slice(m.index, m.index + m[1]!.length + 1 + m[2]!.length), ownerSpan: { start: place, end: place + m[2]!.length } });
  }
  for (const m of folded.matchAll(NAME_AFTER_ACRONYM)) {
    const person = m[1] ?? m[2]!;
    const start = m.index + m[0].length - person.length;
    // The office before the acronym is the person's title and says whose person this is.
    const office = /((?:\p{Lu}[\p{L}'-]*)(?:\s+(?:\p{Lu}[\p{L}'-]*|of|for|the|on))*)\s*$/u.exec(folded.slice(Math.max(0, m.index - 100), m.index));
    const ownerSpan = office ? { start: m.index - office[0].length, end: m.index - office[0].length + office[1]!.length } : undefined;
    out.push({ name: text.slice(start, start + person.length), span: { start, end: start + person.length }, kind: "PERSON", ...(office ? { title: office[1]!, ownerSpan } : {}) });
  }
  for (const m of folded.matchAll(NAME_THEN_TITLE)) {
    const owner = m[3] ? m.index + m[0].lastIndexOf(m[3]) : -1;
    const ownerSpan = owner >= 0 ? { start: owner, end: owner + m[3]!.length } : undefined;
    out.push({ name: text.slice(m.index, m.index + m[1]!.length), span: { start: m.index, end: m.index + m[1]!.length }, kind: "PERSON", title: m[2]!, ...(ownerSpan ? { ownerSpan } : {}) });
  }
  for (const m of [...folded.matchAll(NAME_BEFORE_VERB), ...folded.matchAll(NAME_BEFORE_RELATIVE_CLAUSE), ...folded.matchAll(NAME_BEFORE_DESCRIPTION), ...folded.matchAll(NAME_OF_COUNTRY_BEFORE_VERB)]) {
    out.push({ name: text.slice(m.index, m.index + m[1]!.length), span: { start: m.index, end: m.index + m[1]!.length }, kind: "PERSON" });
  }
  for (const m of folded.matchAll(NAME_IN_COMMAS_BEFORE_VERB)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ name: text.slice(start, start + m[1]!.length), span: { start, end: start + m[1]!.length }, kind: "PERSON" });
  }
  // Both end their match with the name (what follows it is lookahead); the apposition's name is group 1 or 2.
  for (const m of [...folded.matchAll(ONE_NAME_AFTER_ROLE), ...folded.matchAll(ONE_NAME_IN_APPOSITION)]) {
    const name = m[1] ?? m[2]!;
    const start = m.index + m[0].length - name.length;
    out.push({ name: text.slice(start, start + name.length), span: { start, end: start + name.length }, kind: "PERSON", oneName: true });
  }
  for (const m of folded.matchAll(NAME_BEFORE_ROLE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ name: text.slice(start, start + m[1]!.length), span: { start, end: start + m[1]!.length }, kind: "PERSON", oneName: true });
  }
  for (const m of [...folded.matchAll(NAME_AFTER_VERB), ...folded.matchAll(NAME_AFTER_KIN), ...folded.matchAll(NAME_CHARGED), ...folded.matchAll(NAME_QUOTED)]) {
    // "told BBC Urdu.": a name opened by an acronym is an outlet or a body, not a person.
    if (/^\p{Lu}{2,}\s/u.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ name: text.slice(start, start + m[1]!.length), span: { start, end: start + m[1]!.length }, kind: "PERSON" });
  }
  for (const m of folded.matchAll(HONORIFIC_NAME)) out.push(honoured(text, m));
  for (const p of doc.people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
    const name = p.text.replace(/[^\p{L}]+$/u, "");
    // "in Mir Ali area": compromise takes some place names for people.
    const around = [folded.slice(Math.max(0, p.offset.start - 6), p.offset.start), folded.slice(p.offset.start + name.length, p.offset.start + name.length + 12)];
    if (/\b(in|at|near|from)\s+$/.test(around[0]!) || /^\s+(area|district|village|town|city|province|region|valley|border)\b/i.test(around[1]!)) continue;
    // "director general": compromise takes some lowercase titles for people; a name is written in capitals.
    if (name.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(name) && !/\s\p{Ll}{4,}/u.test(name)) out.push({ name, span: { start: p.offset.start, end: p.offset.start + name.length }, kind: "PERSON" });
  }
  return out;
}

/**
 * "Javeria Siddique filed a lawsuit ... Ms Siddique told BBC Urdu": the person an honorific and family name stand
 * for is the one the article names in full with that family name; with no such name, the family name alone.
 */
function honoured(text: string, m: RegExpMatchArray): Found {
  const family = m[1]!;
  const full = new RegExp(String.raw`(?<!\b(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)\b(\p{Lu}[\p{Ll}'’-]+[ \t]+${escapeRegExp(family)})\b`, "u").exec(text);
  if (full && !TITLE_WORDS.has(full[1]!.split(/\s+/)[0]!) && !NOT_NAME_WORDS.has(full[1]!.split(/\s+/)[0]!)) {
    return { name: full[1]!, span: { start: full.index, end: full.index + full[1]!.length }, kind: "PERSON" };
  }
  const start = m.index! + m[0].length - family.length;
  return { name: family, span: { start, end: start + family.length }, kind: "PERSON", oneName: true };
}

function orgs(text: string, folded: string, doc: Document): Found[] {
  const out: Found[] = [];
  /** "COAS" in "Chief of the Army Staff (COAS)" names an office, wherever it recurs. */
  const titleAcronyms = new Set<string>();
  const kindOf = (name: string): ActorInput["kind"] =>
    MEDIA_HEADS.test(name) ? "MEDIA" : GOVERNMENT_HEADS.test(name) ? "GOVERNMENT" : ARMED_GROUP_HEADS.test(name) ? "ARMED_GROUP" : MILITARY_HEADS.test(name) ? "MILITARY" : "ORGANIZATION";
  for (const [acr, full] of Object.entries(AGENCIES)) {
    // "AFP said" names the agency here too. A known party's "PTI" is never a new name, so "PTI said" stays the party's.
    const re = new RegExp(`${agencyCredit(acr).source}|\\b${acr}\\b(?= said)`, "g");
    for (const m of folded.matchAll(re)) {
      const start = m.index + (m[0].startsWith("(") ? 1 : 0);
      out.push({ name: acr, span: { start, end: start + acr.length }, kind: "MEDIA", aliases: [full] });
    }
  }
  for (const m of folded.matchAll(NAME_WITH_ACRONYM)) {
    const inner = m[2]!;
    // "MoIC", "LoC" are acronyms too, where "Passco" is a short name.
    const isAcronym = inner === inner.toUpperCase() || /^\p{Lu}\p{Ll}?\p{Lu}\p{L}{0,3}$/u.test(inner);
    const run = isAcronym ? glossedPart(m[1]!, inner) : m[1]!;
    const runStart = m.index + m[1]!.length - run.length;
    // "Sardar Sarfaraz of the Pakistan Meteorological Department (PMD)": the acronym glosses only the body the
    // person belongs to.
    const owner = isAcronym && !abbreviates(inner, run) ? [...run.matchAll(/\s(?:of|for|on)\s+(?:the\s+)?/g)].find((o) => abbreviates(inner, run.slice(o.index + o[0].length))) : undefined;
    const skip = owner ? owner.index + owner[0].length : 0;
    const name = isAcronym ? run.slice(skip) : `${run} (${inner})`;
    if (/^[\p{Lu}\s]+$/u.test(run) && AGENCIES[inner]) continue; // "ISLAMABAD (AP)" is a dateline
    if (TITLE_LED.test(run) && !ORG_HEAD_END.test(run)) {
      titleAcronyms.add(inner);
      continue;
    }
    out.push({ name, span: { start: runStart + skip, end: runStart + skip + name.length }, kind: kindOf(name), ...(isAcronym ? { aliases: [inner] } : {}) });
  }
  for (const m of folded.matchAll(DEMONYM_GROUP)) {
    out.push({ name: text.slice(m.index, m.index + m[1]!.length), span: { start: m.index, end: m.index + m[1]!.length }, kind: /sources/.test(m[1]!) ? "UNNAMED_SOURCE" : "OFFICIALS" });
  }
  for (const re of [ORG_BY_HEAD, ORG_OF]) {
    for (const m of folded.matchAll(re)) {
      // "the Foreign Ministry of the Taliban government": a ministry named by whose government it is.
      const whose = GOVERNMENT_HEADS.test(m[1]!) ? GOVERNMENT_OF.exec(folded.slice(m.index + m[1]!.length)) : null;
      const length = m[1]!.length + (whose?.[0].length ?? 0);
      out.push({ name: text.slice(m.index, m.index + length), span: { start: m.index, end: m.index + length }, kind: kindOf(m[1]!) });
    }
  }
  for (const o of doc.organizations().json({ offset: true }) as Array<{ text: string; offset: { start: number } }>) {
    // "in Chitral, Foreign Office Spokesperson ...": compromise may run a place into the name across a comma.
    const name = o.text.replace(/[^\p{L}]+$/u, "").split(/,\s*/).pop()!;
    if (titleAcronyms.has(name)) continue;
    const words = name.split(/\s+/);
    if ((words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) || /^\p{Lu}{3,}$/u.test(name)) {
      const start = o.offset.start + o.text.lastIndexOf(name);
      out.push({ name, span: { start, end: start + name.length }, kind: kindOf(name) });
    }
  }
  return out;
}

/**
 * "The US Embassy in Pakistan", "the U.S. Mission to Pakistan", "the Chinese Embassy in Kabul": a state's mission in
 * a place, under that state, named once with every way the article may write it.
 */
function embassies(folded: string, ctx: NameContext): Found[] {
  const states = ctx.actors.filter((a) => a.kind === "STATE");
  const wordsOf = new Map<string, string[]>();
  for (const st of states) {
    const demonyms = (DEMONYMS_OF.get(st.id) ?? []).map((d) => (d.includes(".") || d.length <= 3 ? d.toUpperCase() : `${d[0]!.toUpperCase()}${d.slice(1)}`));
    wordsOf.set(st.id, [...new Set([st.name, ...st.aliases.filter((a) => a === st.name || (/^\p{Lu}/u.test(a) && !/\s/.test(a))), ...demonyms])]);
  }
  const stateOf = new Map([...wordsOf].flatMap(([id, words]) => words.map((w) => [w, id] as const)));
  const alternatives = [...stateOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  if (!alternatives) return [];
  const re = new RegExp(String.raw`(?<![\p{L}.])(${alternatives})(?:['’]s)?\s+(Embassy|Mission|High\s+Commission|Consulate(?:\s+General)?)\s+(?:in|to)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`, "gu");
  const out: Found[] = [];
  for (const m of folded.matchAll(re)) {
    const state = stateOf.get(m[1]!)!;
    const place = m[3]!;
    const head = m[2]!.replace(/\s+/g, " ");
    const office = head === "Mission" ? "Embassy" : head;
    const country = states.find((a) => a.id === state)!.name;
    const aliases = (wordsOf.get(state) ?? []).flatMap((w) => [`${w} ${office} in ${place}`, `${w} Mission to ${place}`, `${w} Mission in ${place}`]);
    out.push({
      name: `${country} ${office} in ${place}`,
      span: { start: m.index, end: m.index + m[0].length },
      kind: "GOVERNMENT",
      ownerSpan: { start: m.index, end: m.index + m[1]!.length },
      aliases: [...new Set([folded.slice(m.index, m.index + m[0].length), ...aliases, `${office} of ${country} in ${place}`])],
    });
  }
  return out;
}

/**
 * "Qaiser Afridi" after "Qaisar Khan Afridi": a two-word name with the surname and first initial of one longer
 * name found in the article is that person spelt another way, not a second person.
 */
function mergeSpellings(byId: Map<string, ActorInput>): void {
  const people = [...byId.values()].filter((a) => a.kind === "PERSON");
  for (const short of people) {
    const words = short.name.split(/\s+/);
    if (words.length !== 2) continue;
    // "Erik Kurilla" after "Michael ‘Erik’ Kurilla": a nickname and the surname are that person too.
    const bare = (w: string) => w.replace(/^[‘'"“]|[’'"”]$/g, "");
    const inner = (p: ActorInput) => p.name.split(/\s+/).map(bare).includes(bare(words[0]!));
    const longer = people.filter((p) => p !== short && p.name.split(/\s+/).length > 2 && (p.name[0] === short.name[0] || inner(p)) && p.name.split(/\s+/).pop() === words[1]);
    if (longer.length !== 1) continue;
    for (const alias of short.aliases) if (!longer[0]!.aliases.includes(alias)) longer[0]!.aliases.push(alias);
    byId.delete(short.id);
  }
}

/**
 * "The Coalition members asked" after "the Coalition of Afghan Women's Protest Movements": one word that opens the
 * name of exactly one organisation found in the article is that organisation, not another one.
 */
/** "Ministry of Foreign Affairs" of "Austria's Ministry of Foreign Affairs": the name after its state's possessive. */
const nameAfterPossessive = (o: ActorInput): string => o.name.replace(/^\p{Lu}[\p{L} -]*'s\s+/u, "");

/** "SCBA" for "Supreme Court Bar Association": the initials of a name's capitalised words. */
const initialsOf = (name: string): string => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

function mergeShortNames(byId: Map<string, ActorInput>): void {
  const orgs = [...byId.values()].filter((a) => a.kind !== "PERSON");
  for (const short of orgs) {
    if (/\s/.test(short.name)) continue;
    // "The IHC added" after "the Islamabad High Court (IHC)": an acronym the article gave a longer name is that name.
    // "the SCBA" after "the Supreme Court Bar Association": an acronym spelling a longer name's initials is that name.
    const acronym = /^\p{Lu}{3,}$/u.test(short.name);
    const longer = orgs.filter((o) => o !== short && (nameAfterPossessive(o).startsWith(`${short.name} `) || (acronym && (o.aliases.includes(short.name) || initialsOf(nameAfterPossessive(o)) === short.name))));
    if (longer.length !== 1) continue;
    for (const alias of short.aliases) if (!longer[0]!.aliases.includes(alias)) longer[0]!.aliases.push(alias);
    byId.delete(short.id);
  }
}
