// Whose an extracted actor is, and what else the article calls it: the noun phrase before a title
// ("Foreign Office spokesperson X"), a country in an organisation's name or dateline, a person's surname.
import type { ActorInput } from "../format/annotation.schema.js";
import type { Mention } from "./gazetteer.js";
import { CAPITALS, DEMONYMS } from "./knowledge.js";
import { GOVERNMENT_HEADS, NOT_NAME_WORDS, ORG_HEAD_WORDS, SURNAME_HONORIFICS, TITLE_WORDS } from "./name-patterns.js";
import { escapeRegExp, fold, nameKey, slugify, type Span } from "./text.js";

export interface Found {
  name: string;
  span: Span;
  kind: ActorInput["kind"];
  title?: string;
  /** Where the words naming whose person this is may stand: the noun phrase before the title. */
  ownerSpan?: Span;
  aliases?: string[];
  /** A person the text names by one name only ("Kabul resident Sharifullah"). */
  oneName?: boolean;
}

export interface NameContext {
  known: Mention[];
  actors: ActorInput[];
  /** "Islamabad" from "ISLAMABAD:": a government office named without a country belongs to this one. */
  dateline?: string | undefined;
}

/** Drops leading titles, articles and possessive owners, and trailing non-name words. */
export function trimName(raw: string, kind: ActorInput["kind"], oneName = false): string | undefined {
  const words = raw.replace(/[’]/g, "'").replace(/\.$/, "").split(/\s+/);
  // "Taliban-controlled Bakhtar News Agency": who controls or backs it says whose it is, not what it is called. A
  // name left too plain to tell whose it is ("Taliban-run Foreign Ministry") keeps it.
  const controlled = (w: string, k: number) => /-(?:controlled|led|backed|run|owned|affiliated|based)$/i.test(w) && words.length - k > 3;
  const lead = (w: string) => NOT_NAME_WORDS.has(w) || /'s$/.test(w) || controlled(w, 0) || (kind === "PERSON" && TITLE_WORDS.has(w));
  while (words.length && lead(words[0]!)) words.shift();
  // "Committee Chairman Michael McCaul": the name starts after the last title word before it.
  // "Grocers Association Abdul Rauf Ibrahim said": or after the organisation the person heads.
  if (kind === "PERSON") {
    const last = words.map((w, k) => (TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w) || ORG_HEAD_WORDS.has(w) ? k : -1)).filter((k) => k >= 0 && words.length - k - 1 >= 2).pop();
    if (last !== undefined) words.splice(0, last + 1);
    // "National Security Adviser Jon" cut from "... Adviser Jon Finer's statement": a title with one word after it
    // is a title and a first name, not a person's whole name.
    else if (!oneName && words.slice(1).some((w, k) => TITLE_WORDS.has(w) && words.length - k - 2 < 2)) return undefined;
  }
  // "Asif Ijaz Sheikh said": an honorific that can also be a surname is one after a given name.
  while (words.length && NOT_NAME_WORDS.has(words[words.length - 1]!) && !(words.length > 1 && SURNAME_HONORIFICS.has(words[words.length - 1]!))) words.pop();
  // "Interior Ministry's decision": the name without its possessive.
  if (words.length) words[words.length - 1] = words[words.length - 1]!.replace(/'s$/, "");
  if (kind === "PERSON" && words.length < (oneName ? 1 : 2)) return undefined;
  const name = words.join(" ").replace(/'/g, raw.includes("’") ? "’" : "'");
  return name.length >= 2 ? name : undefined;
}

/** The noun phrase right before a title, without crossing punctuation: "Foreign Office", "Taliban regime's official". */
export function ownerPhrase(folded: string, titleStart: number): Span | undefined {
  const head = folded.slice(Math.max(0, titleStart - 80), titleStart);
  const m = /((?:[\p{L}'.-]+ ){1,5})$/u.exec(head);
  if (!m) return undefined;
  const words = m[1]!.trim().split(" ");
  while (words.length && /^(the|a|an|and|of|by|from|with|to|said|says|that|as|on|in|for|its|his|her)$/i.test(words[0]!)) words.shift();
  if (!words.length) return undefined;
  const len = words.join(" ").length;
  return { start: titleStart - 1 - len, end: titleStart - 1 };
}

export function parentOf(text: string, f: Found, name: string, orgSpans: Found[], ctx: NameContext): string | undefined {
  const zone = f.ownerSpan ?? { start: f.span.start, end: f.span.start + name.length + 1 };
  // A shorter name inside the name itself ("US Institute" in "US Institute for Peace") is no owner.
  const inZone = (s: Span) => s.start >= zone.start - 1 && s.end <= zone.end + 1 && !(s.start >= f.span.start && s.end <= f.span.end + 1);
  const org = orgSpans.filter((o) => inZone(o.span) && o.name !== name).pop();
  // "US State Department's spokesperson": an organisation the gazetteer knows under another name is that actor.
  const knownOrg = org && ctx.known.find((m) => m.type === "Actor" && m.span.start <= org.span.start && m.span.end >= org.span.end - 1);
  if (knownOrg) return knownOrg.id;
  if (org) return slugify(trimName(org.name, org.kind) ?? org.name);
  // A person belongs to whoever the words before the title name; an organisation to a country in its name.
  const zoneOrName = f.kind === "PERSON" ? zone : { start: Math.min(zone.start, f.span.start), end: Math.max(zone.end, f.span.end) };
  if (f.kind === "PERSON" && !f.ownerSpan) return undefined;
  // "Ministry of Defense of Afghanistan": the country after the name owns the organisation.
  if (f.kind !== "PERSON") {
    const of = /^\s+of\s+(?:the\s+)?/i.exec(text.slice(f.span.end, f.span.end + 12));
    const owner = of && ctx.known.find((m) => m.type === "Actor" && m.span.start === f.span.end + of[0].length);
    if (owner && ctx.actors.find((a) => a.id === owner.id)?.kind === "STATE") return owner.id;
  }
  const actor = ctx.known.filter((m) => m.type === "Actor" && m.span.start >= zoneOrName.start - 1 && m.span.end <= zoneOrName.end).pop();
  if (actor) return actor.id;
  const words = fold(text.slice(zoneOrName.start, zoneOrName.end)).toLowerCase().split(/[^a-z.]+/);
  const demonym = words.map((w) => DEMONYMS[w]).find((id) => id && ctx.actors.some((a) => a.id === id));
  if (demonym) return demonym;
  if (f.kind !== "PERSON" && GOVERNMENT_HEADS.test(name) && ctx.dateline) {
    const country = CAPITALS[ctx.dateline.toLowerCase()];
    if (country && ctx.actors.some((a) => a.id === country)) return country;
  }
  return undefined;
}

/** A person is later called by surname ("Kakar said"); only when no other new person shares it. */
export function addSurnames(actors: ActorInput[], knownKeys: Set<string>) {
  const people = actors.filter((a) => a.kind === "PERSON");
  const count = new Map<string, number>();
  for (const p of people) { const s = p.name.split(/\s+/).pop()!; count.set(s, (count.get(s) ?? 0) + 1); }
  for (const p of people) {
    const s = p.name.split(/\s+/).pop()!;
    if (s.length >= 3 && count.get(s) === 1 && !knownKeys.has(nameKey(s)) && !p.aliases.includes(s)) p.aliases.push(s);
  }
}

/**
 * "Jiang emphasized", after "Jiang Zaidong": a two-word name whose first word the article also uses alone, opening
 * a clause before a verb (a family name written first), or after "according to", goes by that word too, when no
 * other person shares it.
 */
export function addLeadingNames(actors: ActorInput[], text: string, knownKeys: Set<string>) {
  const people = actors.filter((a) => a.kind === "PERSON" && a.name.split(/\s+/).length === 2);
  const first = (p: ActorInput) => p.name.split(/\s+/)[0]!;
  for (const p of people) {
    const [lead, rest] = p.name.split(/\s+/) as [string, string];
    if (lead.length < 2 || TITLE_WORDS.has(lead) || NOT_NAME_WORDS.has(lead) || knownKeys.has(nameKey(lead)) || p.aliases.includes(lead)) continue;
    if (people.filter((q) => first(q) === lead).length > 1) continue;
    // Only where a name opens a clause: "President Xi" or "General Munir" may be someone else's title and name.
    const alone = new RegExp(`(?<=(?:^|\\n|[.!?]["”’]?\\s+|,\\s+|["“”]\\s*))${escapeRegExp(lead)}(?!\\s+${escapeRegExp(rest)})(?:['’]s\\b|\\s+(?:[a-z]+ed|said|says|told|added|noted|stressed|urged|warned|also)\\b)`, "u");
    // "According to Liu, China will ...": a source named alone before its statement.
    const source = new RegExp(`\\b[Aa]ccording to ${escapeRegExp(lead)}(?=,)`, "u");
    if (alone.test(text) || source.test(text)) p.aliases.push(lead);
  }
}
