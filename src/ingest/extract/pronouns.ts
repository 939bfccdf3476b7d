// What a subject pronoun stands for. News prose uses "they", "he", "it" for the subject just named, whether
// that subject spoke or not: "Taliban officials ... have not responded, though they have previously denied
// such allegations" is the officials' denial, not the last speaker's. So the subject of the clause before
// the pronoun (in its sentence, else in the previous sentence of the paragraph) is tried first; when it is
// no actor of a fitting kind, the resolver falls back to the latest fitting speaker as before.
import type { ArticleText } from "./attribution-types.js";
import type { ClaimantResolver, Resolved } from "./claimants.js";
import { ANSWERING } from "./np.js";
import type { Sentence } from "./sentences.js";
import type { Span } from "./text.js";

const PERSONAL = /^(he|she)$/i;
const GROUP = /^(they|it)$/i;
/** The first verb of a clause: an auxiliary, a reporting verb or a past form. */
const FIRST_VERB = /\b(?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|should|must|may|might|said|says|told|[a-z]{3,}ed)\b/;
/** A reporting verb, and "that", just before the pronoun. */
const REPORTED_SELF = /\b(?:said|says|stated|states|added|noted|announced|claimed|claims|insisted|stressed|asserted|maintained|confirmed|declared|argued|reiterated)\s+(?:that\s+)?$/i;
/** A short opening adverbial before the clause: "In a statement, she said", "In October, Roza Otunbayeva ...". */
const OPENER_PHRASE = /^\W*(?:in|on|at|during|last|earlier|later|this|however|meanwhile|separately)\b[^,.;:]{0,40},\s*/i;
/** "In reaction to a comment made by PPP Co-chairman Asif Ali Zardari, he emphasized": what the words answer. */
const OPENER = new RegExp(String.raw`${OPENER_PHRASE.source}$|^\W*${ANSWERING}\b[^;:]{0,150},\s*$`, "i");
/** A subject phrase: capitalised or with an article, no clause punctuation, a few words, maybe glossed "(ECP)". */
const SUBJECT = /^(?:(?:the|some|several|two|three|senior)\s+)?[\p{Lu}\p{Ll}][\p{L}'.-]*(?:\s+[\p{L}'.-]+|\s*\([\p{L}'.& -]{1,20}\)){0,6}$/u;

export function pronounReferent(a: ArticleText, s: Sentence, np: Span, resolver: ClaimantResolver): Resolved | undefined {
  const word = a.folded.slice(np.start, np.end);
  if (!PERSONAL.test(word) && !GROUP.test(word)) return undefined;
  const before = a.folded.slice(s.start, np.start);
  // "remarks made by General Asim Munir during his visit to Quetta, where he expressed ...": the person just named.
  if (PERSONAL.test(word) && /\b(?:where|when|whereupon)\s+$/i.test(before)) {
    const person = a.mentions.filter((m) => m.type === "Actor" && m.span.start >= s.start && m.span.end <= np.start && a.actors.get(m.id)?.kind === "PERSON").pop();
    if (person) return { id: person.id, confidence: 0.6 };
  }
  // Only a pronoun opening a later clause ("..., though they ...") looks back inside its own sentence.
  // "Pakistan said it expects ...": right after a reporting verb, the pronoun is who reports.
  // "Shahbaz opened the meeting with an address in which he called on ...": the address is the subject's.
  const answering = OPENER.test(before) && !OPENER_PHRASE.test(before);
  const own = !answering && (/[,;]\s*(?:\w+\s+)?$|\b(?:and|but|though|although|while|as|(?:in|during|at)\s+which)\s+$/i.test(before) || REPORTED_SELF.test(before)) ? clauseSubject(a, s.start, np.start) : undefined;
  const k = a.sentences.indexOf(s);
  const prev = k > 0 && sameParagraph(a, a.sentences[k - 1]!, s) ? a.sentences[k - 1]! : undefined;
  // "X defended the detention. "His actions were suspicious," he said": after a quotation that opens the sentence,
  // the pronoun is who the sentence before was about.
  const opensWithQuote = /^\W*"[^"]+"\s*$/.test(before);
  const start = own ? undefined : (/^\W*$/.test(before) || OPENER.test(before) || opensWithQuote) && prev ? clauseSubject(a, prev.start, prev.end) : undefined;
  const subject = own ?? start;
  if (!subject || !resolver.peek(subject)) return undefined;
  const who = resolver.resolve(subject);
  const kind = who ? a.actors.get(who.id)?.kind : undefined;
  if (!who || !kind) return undefined;
  const fits = PERSONAL.test(word) ? kind === "PERSON" : kind !== "PERSON";
  return fits ? { id: who.id, confidence: 0.6 } : undefined;
}

function clauseSubject(a: ArticleText, from: number, to: number): Span | undefined {
  const text = a.folded.slice(from, to);
  const verb = FIRST_VERB.exec(text);
  if (!verb) return undefined;
  // "In October, Roza Otunbayeva, the head of the UN mission, repeated ...": the subject without the opening
  // adverbial and without its apposition.
  const opener = OPENER_PHRASE.exec(text.slice(0, verb.index))?.[0].length ?? 0;
  // "The veteran US diplomat, who served as ..., compared": the verb of a relative clause is not the clause's own.
  const relative = /,\s*(?:who|which)\s*$/i.exec(text.slice(0, verb.index));
  // "Zalmay Khalilzad, the former US representative, fiercely disputed": an adverb before the verb is no subject.
  let phrase = (relative ? text.slice(0, relative.index + 1) : text.slice(0, verb.index)).trimEnd().replace(/\s+[a-z]+ly$/i, "");
  const apposition = phrase.indexOf(",", opener);
  if (apposition > opener && phrase.endsWith(",")) phrase = phrase.slice(0, apposition);
  const lead = phrase.length - phrase.slice(opener).trimStart().length;
  if (!SUBJECT.test(phrase.slice(lead).trim())) return undefined;
  return { start: from + lead, end: from + phrase.length };
}

function sameParagraph(a: ArticleText, x: Span, y: Span): boolean {
  return a.paragraphs.some((p) => x.start >= p.start && y.end <= p.end);
}
