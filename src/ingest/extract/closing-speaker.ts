// A sentence of reported speech closed by the verb and then its speaker: "The Taliban had stated that two people
// were only wounded, said Khalid Zadran, a spokesman for the security command." Everything before the verb is
// that speaker's statement, whatever verbs it reports inside; without this reading the inner verb ("had
// stated") would take the sentence and the closing speaker would be lost.
import type { ArticleText, Emit } from "./attribution-types.js";
import type { ClaimantResolver } from "./claimants.js";
import type { Sentence } from "./sentences.js";
import { actFromContent } from "./speech-acts.js";
import { trimEnd } from "./sources.js";
import type { Span } from "./text.js";

/**
 * ", said X" or ", said X, a/the/Y's apposition" (or a title and where: ", general secretary at ...") at the end of
 * a sentence, or before ", adding that ..." (group 3: the participle, group 4: what it adds). ", say observers": a
 * group of sources named by a bare plural closes it too.
 */
const CLOSING = /,\s*(said|says|say|added|stated|noted)\s+((?:the\s+[^,.;:"“”]{2,60}?|\p{Lu}[^,.;:"“”]{1,90}?|(?:[a-z]+\s+)?(?:observers|analysts|experts|officials|residents|sources|witnesses|diplomats|critics|activists)(?=[\s.]*$)))(?:,\s*(?:an?\s|the\s|\p{Lu}[\p{L}.-]*['’]s\s|(?:[a-z][a-z-]*\s+){1,4}(?:of|at|for|in|with)\s)[^.;"“”]{2,140}?)?(?:,\s*(adding|noting|saying)\s+(?:that\s+)?([^"“”]{4,}?))?[\s.]*$/u;

/** Words that make the phrase after the verb a clause of its own rather than a speaker. */
const CLAUSE_WORDS = /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|did|does|do|that|he|she|it|they|we)\b/i;

/** Emits the statement and returns its speaker's id, or undefined when the sentence is not so closed. */
export function closingSpeaker(a: ArticleText, s: Sentence, via: string[], resolver: ClaimantResolver, emit: Emit, free: (x: Span) => boolean): string | undefined {
  const text = a.folded.slice(s.start, s.end);
  const m = CLOSING.exec(text);
  // A quotation that runs up to the verb is the quotation pass's; one inside the sentence is part of the content.
  if (!m || m.index < 12 || /["“”]\s*$/.test(text.slice(0, m.index))) return undefined;
  const verbStart = s.start + m.index + m[0].indexOf(m[1]!);
  const npStart = s.start + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
  // "..., said he found Putin's remarks understandable": a clause after the verb, not its speaker.
  // "..., said Nadia Rahman of South Asia regional office at Amnesty International": a longer phrase only as a name
  // and where its bearer works.
  const words = m[2]!.split(/\s+/).length;
  if (CLAUSE_WORDS.test(m[2]!) || words > 11 || (words > 8 && !/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+of\s/u.test(m[2]!))) return undefined;
  const np = { start: npStart, end: npStart + m[2]!.length };
  if (!resolver.peek(np)) return undefined;
  const who = resolver.resolve(np);
  if (!who) return undefined;
  const content = { start: s.start, end: s.start + m.index };
  if (!free(content)) return undefined;
  const act = actFromContent(a.folded.slice(content.start, content.end), "ASSERT");
  emit({ span: { start: s.start, end: content.end }, content, claimantId: who.id, cue: { start: verbStart, end: verbStart + m[1]!.length }, speechAct: act, via, confidence: who.confidence * 0.9 }, [np]);
  if (m[3] && m[4]) {
    // "..., adding that all eight people killed were women and children": the same speaker says more.
    const participle = s.start + m.index + m[0].lastIndexOf(m[3]);
    const addedStart = s.start + m.index + m[0].lastIndexOf(m[4]);
    const added = { start: addedStart, end: trimEnd(a.folded, addedStart, s.end) };
    const addedAct = actFromContent(a.folded.slice(added.start, added.end), "ASSERT");
    emit({ span: { start: participle, end: added.end }, content: added, claimantId: who.id, cue: { start: participle, end: participle + m[3].length }, speechAct: addedAct, via, confidence: who.confidence * 0.9 });
  }
  resolver.spoke(who.id);
  return who.id;
}
