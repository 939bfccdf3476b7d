// Statements whose speaker is named by a noun or a phrase rather than a reporting verb: "the Taliban's
// statements that ...", "according to the Express Tribune, ...", "amid reports that ...".
import type { SpeechAct } from "../format/enums.js";
import type { ArticleText, Emit } from "./attribution-types.js";
import type { ClaimantResolver } from "./claimants.js";
import type { findNested } from "./clauses.js";
import { datelineLength } from "./clean.js";
import { subjectBefore } from "./np.js";
import type { Sentence } from "./sentences.js";
import { actFromContent } from "./speech-acts.js";
import { LIST_SEPARATOR, type Span } from "./text.js";

/** "amid reports that ...", "reports emerged that ...": a statement of unnamed reports. */
/** "According to X, ...", "As per sources, ...": a source named before its statement (group 1). */
const SOURCE_OPENER = String.raw`^(?:according to|as per|as (?:communicated|stated|confirmed|announced|reported) by) ([^,]{2,80})`;
const SOURCE_LEAD = new RegExp(String.raw`${SOURCE_OPENER},\s*`, "iu");
/** The same, with a name in apposition after the source (group 2). */
const SOURCE_LEAD_APPOSED = new RegExp(String.raw`${SOURCE_OPENER}(?:,\s*(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){1,3}))?,\s*`, "iu");

const REPORTS_THAT = /\b((?:media\s+)?reports)\s+(?:(?:emerged|surfaced|circulated|said|suggested)\s+)?that\s+/gi;

export function emitNested(a: ArticleText, n: ReturnType<typeof findNested>[number], via: string[], emit: Emit, parent?: number) {
  const text = a.folded.slice(n.content.start, n.content.end);
  const act = n.act === "ASSERT" ? actFromContent(text, "ASSERT") : n.act;
  emit({ span: n.span, content: n.content, claimantId: n.claimant.id, cue: n.cueSpan, speechAct: act, via, confidence: 0.6, ...(n.hedged ? { hedge: n.cue } : {}), ...(parent !== undefined ? { parent } : {}) });
}

export function trimEnd(folded: string, start: number, end: number): number {
  while (end > start && /[\s.,;:]/.test(folded[end - 1]!)) end--;
  return end;
}

/** "According to the Express Tribune newspaper, Durrani will deliver ...", "..., reported Dawn.": the source speaks. */
export function accordingTo(a: ArticleText, s: Sentence, via: string[], resolver: ClaimantResolver, emit: Emit, free: (x: Span) => boolean) {
  const text = a.folded.slice(s.start, s.end);
  // "As communicated by an official representative from the Foreign Office, ...", "As per sources, ...": a source
  // named the same way.
  // "According to a spokesperson for the Water Ministry, Matiullah Abid, the survey ...": the apposed name speaks.
  const apposed = SOURCE_LEAD_APPOSED.exec(text);
  // "According to the PEMRA, Imran Khan, who is ...": after a source called by its name, a name opens the content.
  const byName = !!apposed?.[2] && !/^\p{Ll}/u.test(apposed[1]!.replace(/^(?:an?|the|its|his|her|their)\s+/i, ""));
  const lead = byName ? SOURCE_LEAD.exec(text) : apposed;
  // "..., according to Tehreek-e-Jihad Pakistan, a new group affiliated with ...": an apposition may follow.
  // "..., according to a person familiar with the matter, who says ...": what the relative clause says is the
  // source's own statement, read on its own.
  // "..., according to Khaama Press, citing Iranian media": the source cited speaks, through the one citing it.
  // "..., according to police spokesperson Khalid Zadran, raising an earlier figure ...": a revised figure may follow.
  // "..., this according to the United Nations": the same with the statement pointed back to.
  const trail = /,\s*(?:this\s+)?(?:according to|as per) ([^,.]{2,80})(?:,\s*citing\s+([^,.]{2,80})|,\s*(?:an?|the)\s+[^,.]{2,100}|,\s*who\s+[^,.]{2,120}|,\s*(?:raising|lowering|revising|updating|up\s+from|down\s+from)\s+[^.]{2,120})?\.?$/i.exec(text);
  // "..., reported Dawn.": the outlet named after the statement, with no "that".
  const reportedBy = /,\s*(?:reported|reports)\s+((?:the\s+)?\p{Lu}[^,.;]{1,60}?)\.?$/u.exec(text);
  // "Traders are unified, according to Kashif Chaudhry, and they are requesting ...": the source of both clauses.
  const mid = /,\s*(?:according to|as per) ([^,.]{2,80}),\s*and\s+(?=\S)/i.exec(text);
  const m = lead ?? trail ?? reportedBy ?? mid;
  if (!m) return;
  const named = lead?.[2] ?? trail?.[2];
  // "a local official who spoke on the condition of anonymity": the source without what the clause says of it.
  // "According to the figures given by the Herat refugee department", "according to a statement by the Sindh home
  // department", "According to a report in CNN": whoever gave the figures, made the statement or ran the report is
  // the source.
  const given = /^(?:(?:the\s+)?(?:latest\s+|official\s+|new\s+)?(?:figures|data|statistics|numbers)\s+(?:given|released|provided|published|shared)\s+by|(?:a|the)\s+(?:[a-z]+\s+)?(?:statement|report|press\s+release|notification)\s+(?:by|from|issued\s+by|in|of))\s+/i.exec(m[1]!);
  const source = named ?? m[1]!.replace(/\s+(?:who|which|that)\s[^]*$/i, "").slice(given?.[0].length ?? 0);
  const srcStart = s.start + m.index + (named ? m[0].lastIndexOf(named) : m[0].toLowerCase().indexOf(m[1]!.toLowerCase()) + (given?.[0].length ?? 0));
  const sourceSpan = { start: srcStart, end: srcStart + source.length };
  const [first, second] = twoSources(a, sourceSpan, resolver) ?? [sourceSpan];
  const who = resolver.resolve(first!);
  if (!who) return;
  const citingStart = trail?.[2] ? s.start + m.index + m[0].toLowerCase().indexOf(m[1]!.toLowerCase()) : undefined;
  const citing = citingStart !== undefined ? resolver.resolve({ start: citingStart, end: citingStart + m[1]!.length }) : undefined;
  if (citing && citing.id !== who.id) via = [citing.id, ...via.filter((v) => v !== citing.id)];
  const opening = s.start + datelineLength(a.folded.slice(s.start, s.end));
  const content = lead ? { start: s.start + m[0].length, end: trimEnd(a.folded, s.start, s.end) } : { start: opening, end: s.start + m.index };
  if (!free(content)) return;
  const act = actFromContent(a.folded.slice(content.start, content.end), "ASSERT");
  const cueText = /according to|as per|as \w+ by|reported|reports/i.exec(m[0])!;
  const cueStart = s.start + m.index + cueText.index;
  const cue = { start: cueStart, end: cueStart + cueText[0].length };
  const say = (speaker: { id: string; confidence: number }, span: Span, said: Span, speechAct: SpeechAct) =>
    emit({ span, content: said, claimantId: speaker.id, cue, speechAct, via: via.filter((v) => v !== speaker.id), confidence: speaker.confidence * 0.85 });
  // A source cited for something undertakes nothing itself: it reports.
  const reported = act === "PROMISE" ? "ASSERT" : act;
  say(who, { start: opening, end: content.end }, content, reported);
  // "according to its caretakers and the area police": the second source says it too.
  const other = second ? resolver.resolve(second) : undefined;
  if (other && other.id !== who.id) say(other, { start: opening, end: content.end }, content, reported);
  resolver.spoke(who.id);
  if (mid && m === mid) {
    const start = s.start + m.index + m[0].length;
    const rest = { start, end: trimEnd(a.folded, start, s.end) };
    if (free(rest)) say(who, rest, rest, actFromContent(a.folded.slice(rest.start, rest.end), "ASSERT"));
  }
  // "..., according to a person familiar with the matter, who says the group is prepared for war": the source
  // says more in its own words.
  const more = trail ? SOURCE_ALSO_SAYS.exec(text.slice(m.index)) : null;
  if (more) {
    const start = s.start + m.index + more.index + more[0].length;
    const said = { start, end: trimEnd(a.folded, start, s.end) };
    const verb = s.start + m.index + more.index + more[0].indexOf(more[1]!);
    const claimed = actFromContent(a.folded.slice(said.start, said.end), "ASSERT");
    if (free(said)) emit({ span: { start: verb, end: said.end }, content: said, claimantId: who.id, cue: { start: verb, end: verb + more[1]!.length }, speechAct: claimed, via: via.filter((v) => v !== who.id), confidence: who.confidence * 0.85 });
  }
}

/**
 * "its caretakers and the area police": two sources joined by "and", each of which names a speaker, unless one name
 * runs across the "and" ("the Ministry of Industry and Commerce").
 */
function twoSources(a: ArticleText, source: Span, resolver: ClaimantResolver): [Span, Span] | undefined {
  const joined = /\s+and\s+(?:the\s+)?/.exec(a.folded.slice(source.start, source.end));
  if (!joined) return undefined;
  const at = source.start + joined.index;
  if (a.mentions.some((m) => m.type === "Actor" && m.span.start < at && m.span.end > at)) return undefined;
  const left = { start: source.start, end: at };
  const right = { start: at + joined[0].length, end: source.end };
  return resolver.peek(left) && resolver.peek(right) ? [left, right] : undefined;
}

/** The relative clause after a trailing source: ", who says (that)". */
const SOURCE_ALSO_SAYS = /,\s*who\s+(says|said|adds|added|claims|claimed|believes|told\s+[a-z]+)\s+(?:that\s+)?/i;

/** Whether the only reporting verbs of a sentence are in the relative clause after a trailing source. */
export function onlySourceSays(text: string, cueStarts: number[]): boolean {
  const rel = /,\s*according to [^,.]{2,80},\s*who\s/i.exec(text);
  return !!rel && cueStarts.every((c) => c >= rel.index + rel[0].length - 1);
}

/** "amid reports that ...", "reports emerged that ...": unnamed reports as the speaker. */
export function reportsThat(a: ArticleText, s: Sentence, via: string[], resolver: ClaimantResolver, emit: Emit, free: (x: Span) => boolean, contents: Span[]) {
  for (const m of a.folded.slice(s.start, s.end).matchAll(REPORTS_THAT)) {
    const noun = { start: s.start + m.index, end: s.start + m.index + m[1]!.length };
    // "Reuters reports that ...", "Akhbar Al Aan's Natiq Malikzada reports that ...": after a name, the verb, whose
    // subject speaks.
    const afterName = m[1]!.toLowerCase() === "reports" && /\p{Lu}[\p{L}'’.-]*\s+$/u.test(a.folded.slice(s.start, noun.start));
    const np = (afterName ? subjectBefore(a.folded, s.start, noun.start, []) : undefined) ?? noun;
    const content = { start: s.start + m.index + m[0].length, end: trimEnd(a.folded, s.start, s.end) };
    if (!free(content) || contents.some((c) => np.start >= c.start && np.start < c.end)) continue;
    const who = resolver.resolve(np);
    if (!who) continue;
    const act = actFromContent(a.folded.slice(content.start, content.end), "ASSERT");
    emit({ span: { start: np.start, end: content.end }, content, claimantId: who.id, cue: noun, speechAct: act === "PROMISE" ? "ASSERT" : act, via, confidence: 0.5 });
  }}

/**
 * "which drew strong condemnation from X, Y and other officials", "resulting in condemnation from several states,
 * including X and Y", "triggered widespread international condemnation, including from Muslim-majority countries
 * such as X, Y and Z": a reaction credited to those it came from.
 */
const REACTION_FROM =
  /\b(?:drew|draws|drawn|drawing|faced|faces|attracted|received|sparked|sparking|prompted|prompting|triggered|triggering|(?:resulting|resulted) in|(?:leading|led) to)\s+(?:[a-z]+\s+){0,2}(condemnation|criticism),?\s+(?:including\s+)?from\s+([^.;:]+?)\s*[.;]?\s*$/i;

/** What a reaction's sentence opens with before the deed reacted to: "The remarks come after". */
const REACTION_LEAD = /^[^,;.]{0,80}?\b(?:comes?|came)\s+(?:(?:days?|weeks?|hours?|a\s+day|a\s+week)\s+)?(?:after|amid)\s+/i;

/** The head of a list that only introduces its members: "several states, including", "countries such as". */
const LIST_LEAD = /^(?:[^,]*?\s)?(?:including|such as|notably)\s+/i;

/** Emits one claim for each party named in a reaction's source list. */
export function reactionsFrom(a: ArticleText, s: Sentence, via: string[], resolver: ClaimantResolver, emit: Emit, free: (x: Span) => boolean) {
  const text = a.folded.slice(s.start, s.end);
  const m = REACTION_FROM.exec(text);
  if (!m) return;
  // "The premier's remarks come after a man desecrated ...": the reaction is to what came before, not to the remarks.
  const lead = REACTION_LEAD.exec(text)?.[0].length ?? 0;
  const content = { start: s.start + lead, end: trimEnd(a.folded, s.start, s.end) };
  if (!free(content)) return;
  const listStart = s.start + m.index + m[0].lastIndexOf(m[2]!);
  const cueStart = s.start + m.index + m[0].indexOf(m[1]!);
  const seen = new Set<string>();
  let at = 0;
  for (const part of m[2]!.split(LIST_SEPARATOR)) {
    const offset = m[2]!.indexOf(part, at);
    at = offset + part.length;
    const lead = LIST_LEAD.exec(part)?.[0].length ?? 0;
    const np = { start: listStart + offset + lead, end: listStart + offset + part.length };
    if (!part.trim() || !resolver.peek(np)) continue;
    const who = resolver.resolve(np);
    if (!who || seen.has(who.id)) continue;
    seen.add(who.id);
    emit({ span: { start: s.start, end: content.end }, content, claimantId: who.id, cue: { start: cueStart, end: cueStart + m[1]!.length }, speechAct: "CONDEMN", via, confidence: who.confidence * 0.8 }, [{ start: listStart, end: listStart + m[2]!.length }]);
  }
}
