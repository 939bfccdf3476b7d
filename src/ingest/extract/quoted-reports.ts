// Statements a quotation reports from someone else: in the minister's words "General Faiz had suggested
// that they should be brought into the mainstream", the general proposed something, and the minister
// reports it. Each becomes a statement nested in the quotation, spoken by the one it names.
import type { ArticleText } from "./attribution-types.js";
import { ancestorsOf } from "./actor-tree.js";
import type { ClaimantResolver } from "./claimants.js";
import { splitCompound, type Nested } from "./clauses.js";
import { contentStart, subjectBefore } from "./np.js";
import { trimEnd } from "./sources.js";
import { findCues } from "./speech-acts.js";
import type { Span } from "./text.js";

/** Pronouns inside a quotation are the speaker's side or someone the quotation does not name. */
const PRONOUN = /^(?:we|i|he|she|they|it|you|this|that)$/i;
const PREPOSITION_BEFORE = /\b(?:of|in|by|for|with|from|to|at|on|under|about|against)\s+(?:the\s+)?$/i;
const DOCUMENT = /\b(?:report|statement|study|survey|data|letter|findings|document)$/i;
const PREPOSITION_LED = /^(?:of|in|by|for|with|from|to|at|on|under|about|against)\b/i;

export function reportedInQuote(a: ArticleText, piece: Span, speaker: string, resolver: ClaimantResolver, dateSpans: Span[]): Nested[] {
  const out: Nested[] = [];
  const own = ancestorsOf(speaker, a.actors);
  for (const cue of findCues(a.folded, piece.start, piece.end)) {
    if (cue.form !== "finite") continue;
    const np = subjectBefore(a.folded, piece.start, cue.start, dateSpans);
    // "The ministry considers ...", quoted from Kabul: a description inside a quotation is mostly the speaker's own side.
    if (!np || !resolver.names(np)) continue;
    const phrase = a.folded.slice(np.start, np.end);
    // "the security cover of the Pakistani army shows ...": a phrase after a preposition is not the subject.
    // "This report suggests ...": a document the speaker cites is the speaker's evidence, not another voice.
    if (PRONOUN.test(phrase.trim()) || DOCUMENT.test(phrase) || PREPOSITION_BEFORE.test(a.folded.slice(Math.max(piece.start, np.start - 12), np.start)) || PREPOSITION_LED.test(phrase)) continue;
    const who = resolver.resolve(np);
    // "The Ministry of National Defense considers ...", quoted from Kabul: the speaker's own side speaking.
    if (!who || who.id === speaker || own.has(who.id) || ancestorsOf(who.id, a.actors).has(speaker)) continue;
    const start = contentStart(a.folded, cue.end, piece.end, dateSpans, cue.neutral);
    const content = splitCompound(a.folded, { start, end: trimEnd(a.folded, start, piece.end) }, cue.neutral ? "ASSERT" : cue.act)[0];
    if (!content || content.end - content.start < 8) continue;
    const claimant = { id: who.id, type: "Actor" as const, surface: phrase, span: np };
    out.push({ span: { start: np.start, end: content.end }, content, claimant, cue: cue.text, cueSpan: { start: cue.start, end: cue.end }, act: cue.neutral ? "ASSERT" : cue.act, hedged: !!cue.hedge });
  }
  return out;
}
