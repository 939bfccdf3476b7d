// Direct quotations and who they are attributed to: `“...,” she said.`, `“...,” Taliban spokesperson
// Zabihullah Mujahid said on X`, `Mujahid who stated: “...”`. A quotation can run over several
// sentences (and past a sentence boundary compromise puts inside it); each sentence in it is a claim.
import { findCues, type Cue } from "./speech-acts.js";
import { subjectBefore } from "./np.js";
import { GLUED_END } from "./sentences.js";
import type { Span } from "./text.js";

export interface QuoteRegion {
  /** Inside the quotation marks. */
  inner: Span;
  /** Marks included. */
  outer: Span;
  cue: Cue;
  subject: Span;
  /** Text that attributes the quote ("she said"), not to be read again as reported speech. */
  attribution: Span;
  /** Sentences inside the quotation. */
  parts: Span[];
}

/** Participles that go on to quote the speaker of the clause before them: ", stating, "..."". */
export const QUOTING_PARTICIPLES = "saying|stating|adding|noting|declaring|insisting";

const OPEN = /[“"]/;
const CLOSE = /[”"]/;

// A quotation in single marks, as British and South Asian outlets write them: `'Genocide is ...,' he stated`. Its
// closing mark follows the sentence's punctuation, so apostrophes ("Kakar's", "farmers' demands") never pair up.
const SINGLE_QUOTATION = /(?<=^|[\s(—–-])'((?:[^'"\n]|(?<=\p{L})'(?=\p{L}))+?[.,!?])'(?=[\s)]|$)/gmu;

/**
 * Single-mark quotations outside double-marked ones, rewritten with double marks (same length) so that every rule
 * reading quotations reads them too.
 */
export function withSingleQuotations(folded: string): string {
  return folded.replace(SINGLE_QUOTATION, (whole, inner: string, at: number) => {
    const lineStart = folded.lastIndexOf("\n", at) + 1;
    const doublesBefore = (folded.slice(lineStart, at).match(/"/g) ?? []).length;
    return doublesBefore % 2 === 0 ? `"${inner}"` : whole;
  });
}

export function findQuotes(folded: string, paragraphs: Span[], dates: Span[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  paragraphs.forEach((p, k) => {
    let open = -1;
    const found = out.length;
    // Quotations with no attribution of their own yet: `“The atmosphere is tense” and “forces are alert”, he said`.
    let unattributed: Array<[number, number]> = [];
    for (let i = p.start; i < p.end; i++) {
      const c = folded[i]!;
      const prev = i > p.start ? folded[i - 1]! : " ";
      const next = i + 1 < p.end ? folded[i + 1]! : " ";
      if (open < 0 && OPEN.test(c) && /[\s(—–-]/.test(prev)) open = i;
      // `...communications.”The statement added`: a scrape may glue the next sentence to a closing mark.
      else if (open >= 0 && CLOSE.test(c) && (/[\s.,;:!?)]/.test(next) || (/[.!?]/.test(prev) && /\p{Lu}/u.test(next)))) {
        const region = attribute(folded, p, open, i, dates);
        const previous = out.length > found ? out[out.length - 1] : undefined;
        if (region) {
          out.push(...joinedBefore(folded, unattributed, region), region);
          unattributed = [];
        } else if (previous && /^[^“”"]{0,60}?\.\s*$|^\s*$/.test(folded.slice(Math.max(previous.attribution.end, previous.outer.end), open))) {
          // `“...,” Bugti said. “We have evidence.”`: the speaker just named goes on.
          const region = continued(folded, previous, open, i);
          if (region) out.push(region);
        } else unattributed.push([open, i]);
        open = -1;
      }
    }
    // A paragraph that is one quotation, right after a paragraph quoting someone: the same speaker going on.
    const last = out[out.length - 1];
    const whole = /^\s*[“"]/.test(folded.slice(p.start, p.end)) && /[”"]\s*$/.test(folded.slice(p.start, p.end));
    if (out.length === found && whole && unattributed.length === 1 && last && k > 0 && last.outer.start >= paragraphs[k - 1]!.start) {
      const [from, to] = unattributed[0]!;
      const region = continued(folded, last, from, to);
      if (region) out.push(region);
    }
    // A paragraph that is one quotation, after a paragraph giving someone's words without quoting them ("Recently, he
    // promised that the board ..."): that paragraph's last speaker goes on.
    if (out.length === found && whole && unattributed.length === 1 && k > 0) {
      const region = afterReported(folded, paragraphs[k - 1]!, unattributed[0]!, dates);
      if (region) out.push(region);
    }
    // `He said: "... .` with the quotation going on in the next paragraph, which opens with a mark again: this
    // paragraph's part ends with the paragraph.
    const following = paragraphs[k + 1];
    if (open >= 0 && (/:\s*$/.test(folded.slice(p.start, open)) || (following && OPEN.test(folded.slice(following.start, following.end).trimStart()[0] ?? "")))) {
      const end = p.start + folded.slice(p.start, p.end).trimEnd().length;
      const region = attribute(folded, p, open, end, dates);
      if (region) out.push(region);
    }
  });
  return out;
}

/**
 * Earlier quotations joined to an attributed one by "and", or standing right before it (`“I am heartbroken.” “Those
 * who ...,” said Kakar`), share its speaker and verb.
 */
function joinedBefore(folded: string, pending: Array<[number, number]>, region: QuoteRegion): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let next = region.outer.start;
  for (const [open, close] of [...pending].reverse()) {
    if (!/^\s*,?\s*(?:and\s*)?$/.test(folded.slice(close + 1, next))) break;
    out.unshift({ ...region, inner: { start: open + 1, end: close }, outer: { start: open, end: close + 1 }, parts: parts(folded, { start: open + 1, end: close }) });
    next = open;
  }
  return out;
}

/** A quotation standing alone, taken as said by the speaker of the quotation just before it. */
function continued(folded: string, previous: QuoteRegion, open: number, close: number): QuoteRegion | undefined {
  const inner = { start: open + 1, end: close };
  // A short quotation is a sentence of its own only when it ends like one ("We have evidence.").
  const said = folded.slice(inner.start, inner.end).trim();
  if (said.split(/\s+/).length < (/[.!?]$/.test(said) ? 2 : 4)) return undefined;
  return { ...previous, inner, outer: { start: open, end: close + 1 }, attribution: { start: close + 1, end: close + 1 }, parts: parts(folded, inner) };
}

const ACCORDING_AFTER = /^\s*,?\s*(according to)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})(?=\s+on\s+\p{Lu}|\s*[.,;]|\s*$)/du;
const QUOTED_AS_SAYING = /^\s*,?\s*((?:[\p{L}’'.-]+\s+){1,6}?)(?:was|were)\s+quoted\s+(?:by\s+[^,.]+?\s+)?as\s+(saying)\b/du;
const CHANNEL_QUOTED = /^\s*,?\s*(?:[\p{L}’'.-]+\s+){1,6}?quoted\s+((?:\p{Lu}[\p{L}’'.-]*\s+(?:spokes(?:person|man|woman)|official|minister|adviser|advisor|director|chief|head)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s*){1,5}?)(?:,[^,.;“”"]{1,80},)?\s*as\s+(saying)\b/du;

function attribute(folded: string, p: Span, open: number, close: number, dates: Span[]): QuoteRegion | undefined {
  const inner = { start: open + 1, end: close };
  if (isScareQuote(folded, inner)) return undefined;
  const outer = { start: open, end: close + 1 };
  // After: `,” Taliban spokesperson Zabihullah Mujahid said on X.`
  const tail = folded.slice(close + 1, p.end);
  const region = (cue: Cue, subject: Span, attributionEnd: number, attributionStart = close + 1): QuoteRegion =>
    ({ inner, outer, cue, subject, attribution: { start: attributionStart, end: attributionEnd }, parts: parts(folded, inner) });
  // `,” Mujahid was quoted by Tolo News as saying.`, `,” state TV quoted Hamdullah Fitrat, a deputy spokesman, as
  // saying.`: the one quoted speaks.
  const saying = QUOTED_AS_SAYING.exec(tail) ?? CHANNEL_QUOTED.exec(tail);
  if (saying) {
    const [nameStart, nameEnd] = saying.indices![1]!;
    const cueStart = close + 1 + saying.indices![2]![0];
    const cue = findCues(folded, cueStart, cueStart + 6)[0];
    const subject = { start: close + 1 + nameStart, end: close + 1 + nameStart + folded.slice(close + 1 + nameStart, close + 1 + nameEnd).trimEnd().length };
    if (cue) return region(cue, subject, close + 1 + saying[0].length);
  }
  // `“...,” according to Bilawal on X.`: the source named after a quotation that opens its sentence.
  const according = ACCORDING_AFTER.exec(tail);
  if (according && /^\s*$/.test(folded.slice(sentenceStartBefore(folded, p.start, open), open))) {
    const [from, to] = according.indices![2]!;
    return region(documentReads(according[1]!, close + 1 + according.indices![1]![0])!, { start: close + 1 + from, end: close + 1 + to }, close + 1 + according[0].length);
  }
  // Up to nine words: "the Afghan Foreign Ministry spokesman Abdul Qahar Balkhi said", with an acronym in brackets
  // ("the United Nations Assistance Mission in Afghanistan (UNAMA) tweeted").
  const after = /^\s*,?\s*((?:(?:[\p{L}\p{N}’'.-]+|\(\p{Lu}[\p{L}\p{N}-]{1,9}\))\s+){0,9}?)((?:said|added|stated|says|adds|told|asserted|insisted|noted|stressed|warned|threatened|urged|wrote|lamented|exclaimed|tweeted|posted|declared|remarked|continued|read|reads|claimed|claims|maintained|explained|argued|emphasi[sz]ed|underlined|highlighted|reiterated|replied|responded|observed|pointed out|commented|recalled|concluded|states|notes|stresses|warns|urges|writes|insists|explains|argues|emphasi[sz]es|highlights|underlines|concludes)\b)(?:\s+on\s+[\p{L}]+(?:,\s*formerly known as [\p{L}]+)?|\s+(?:reporters|journalists))?/u.exec(tail);
  // `said the group “is responsible for the deaths.” It urged ...`: a quotation closed with a full stop inside a
  // sentence that began before it belongs to that sentence; the next sentence's verb does not attribute it.
  const embedded = /\.\s*$/.test(folded.slice(inner.start, inner.end)) && /[\p{L}\p{N}]/u.test(folded.slice(sentenceStartBefore(folded, p.start, open), open));
  // `,” Mumtaz Zahra Baloch, a foreign ministry spokeswoman, said in a statement.`: a name, its apposition, the verb.
  const apposed = APPOSED_SPEAKER.exec(tail);
  if (apposed && !embedded) {
    const cueStart = close + 1 + apposed.index + apposed[0].length - apposed[2]!.length;
    const cue = findCues(folded, cueStart, cueStart + apposed[2]!.length).find((c) => c.start === cueStart);
    const subject = subjectBefore(folded, close + 1, cueStart, dates);
    if (cue && subject) return region(cue, subject, cueStart + apposed[2]!.length);
  }
  // `,” Pakistan’s Health Minister, Saad Khalid Niaz told reporters`: a title, a comma, then the name and the verb.
  const titled = TITLE_THEN_SPEAKER.exec(tail);
  if (titled && !embedded) {
    const cueStart = close + 1 + titled.index + titled[0].length - titled[2]!.length;
    const cue = findCues(folded, cueStart, cueStart + titled[2]!.length + 12).find((c) => c.start === cueStart);
    const subject = subjectBefore(folded, close + 1, cueStart, dates);
    if (cue && subject) return region(cue, subject, cueStart + titled[2]!.length);
  }
  if (after && after[1]!.trim() && !/[,;]/.test(after[1]!) && !embedded) {
    const cueStart = close + 1 + after.index + after[0].indexOf(after[2]!, after[1]!.length);
    // A little past the verb, for cues that look ahead ("tweeted." but not "tweeted a photo").
    const cue = findCues(folded, cueStart, Math.min(p.end, cueStart + after[2]!.length + 12)).find((c) => c.start === cueStart) ?? documentReads(after[2]!, cueStart);
    const subject = subjectBefore(folded, close + 1, cueStart, dates);
    if (cue && subject) return region(cue, subject, close + 1 + after[0].length);
  }
  // Inverted: `,” said Zia Ahmad Takal, the deputy spokesman ...`: the speaker follows the verb.
  const inverted = /^\s*,?\s*(said|added|stated|says|adds|asserted|insisted|noted|stressed|warned|wrote|announced|declared|confirmed|explained)\s+((?:the\s+)?[^,.;:“"”]{2,80}?)(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|during|while|who|according|to)\b)/u.exec(tail);
  if (inverted && !embedded) {
    const cueStart = close + 1 + inverted[0].indexOf(inverted[1]!);
    const cue = findCues(folded, cueStart, cueStart + inverted[1]!.length)[0];
    const npStart = close + 1 + inverted[0].lastIndexOf(inverted[2]!);
    // `,” said the UN Secretary-General's Special Representative, Roza Otunbayeva.`: the name after the title.
    const named = /^\s*,\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[.,]?\s*$/u.exec(folded.slice(npStart + inverted[2]!.length, p.end));
    const nameStart = named ? npStart + inverted[2]!.length + named[0].indexOf(named[1]!) : -1;
    const subject = named ? { start: nameStart, end: nameStart + named[1]!.length } : { start: npStart, end: npStart + inverted[2]!.length };
    if (cue) return region(cue, subject, subject.end);
  }
  // Before: `Zabihullah Mujahid who stated: “`, `The US Embassy in Pakistan posted on X: "`, `wrote on X, formerly Twitter, "`,
  // `Rehman responded, “The PTA has no role ...”`
  const head = folded.slice(p.start, open);
  // `Kurilla ... said “ISIS is stronger today.”`: the mark may follow "said" directly when the quotation ends the
  // sentence; `said “unprovoked firing” by X led to ...` quotes a phrase of the speaker's inside reported words.
  const before = /((?:said|stated|added|told [^:“"]{1,40}?|says|declared|wrote|commented|remarked|responded|replied|asserted|noted|explained|stressed|insisted|emphasi[sz]ed|warned|argued|(?:posted|tweeted|wrote) on (?:X|Twitter|Facebook)))(?:,\s*formerly(?: known as)? Twitter)?\s*[:,]\s*$/.exec(head) ?? (/^[.!?]?\s*(?:$|[“"])/.test(folded.slice(close + 1, p.end)) ? /((?:said|stated|added|says))\s*$/.exec(head) : null);
  // `Gahlot asserted that ..., stating, "Pakistan has no authority ..."` (or `stating that "..."`): the participle's
  // speaker is the subject of the sentence's first reporting verb.
  const participle = new RegExp(String.raw`,\s*(${QUOTING_PARTICIPLES})(?:\s*[:,]|\s+that)\s*$`).exec(head);
  // After "stating that", only a quotation that ends the sentence is the speaker's own statement, not a phrase
  // quoted inside reported words (`saying that "safe havens" provided by Kabul ...`).
  const endsSentence = () => /[.!?]\s*$/.test(folded.slice(inner.start, inner.end)) || /^\s*(?:[.!?]|$)/.test(folded.slice(close + 1, p.end));
  if (participle && (!/that\s*$/.test(participle[0]) || endsSentence())) {
    const cueStart = p.start + participle.index + participle[0].indexOf(participle[1]!);
    const cue = findCues(folded, cueStart, cueStart + participle[1]!.length + 1)[0];
    const sentenceStart = sentenceStartBefore(folded, p.start, cueStart);
    const first = findCues(folded, sentenceStart, cueStart)[0];
    const subject = first && subjectBefore(folded, sentenceStart, first.start, dates);
    if (cue && subject) return region(cue, subject, open, cue.start);
  }
  if (before) {
    const cueStart = p.start + before.index;
    // The mark after the verb stays in view: "commented," is a cue only before its comma or colon.
    const cue = findCues(folded, cueStart, cueStart + (/ on /.test(before[1]!) ? before[1]!.length : before[1]!.split(" ")[0]!.length) + 1)[0];
    const subject = subjectBefore(folded, sentenceStartBefore(folded, p.start, cueStart), cueStart, dates);
    if (cue && subject) return region(cue, subject, open, cue.start);
  }
  return undefined;
}

/** The last sentence end in a stretch; "... operational.A statement said": a stop glued to the next one too. */
const LAST_SENTENCE_END = new RegExp(String.raw`(?:[.!?]["”]?\s+|${GLUED_END})(?=[^.!?]*$)`, "u");

/** "the so-called "intelligence-based actions"": a quotation of three words or fewer marks a phrase, not a statement. */
function isScareQuote(folded: string, inner: Span): boolean {
  return folded.slice(inner.start, inner.end).trim().split(/\s+/).length < 4;
}

/** The quotation `[open, close]` as going on from the last reporting verb of a paragraph that quotes nobody. */
function afterReported(folded: string, previous: Span, [open, close]: [number, number], dates: Span[]): QuoteRegion | undefined {
  if (/[“”"]/.test(folded.slice(previous.start, previous.end))) return undefined;
  const cue = findCues(folded, previous.start, previous.end).pop();
  if (!cue) return undefined;
  const subject = subjectBefore(folded, sentenceStartBefore(folded, previous.start, cue.start), cue.start, dates);
  if (!subject) return undefined;
  const inner = { start: open + 1, end: close };
  if (isScareQuote(folded, inner)) return undefined;
  return { inner, outer: { start: open, end: close + 1 }, cue, subject, attribution: { start: close + 1, end: close + 1 }, parts: parts(folded, inner) };
}

function sentenceStartBefore(folded: string, min: number, pos: number): number {
  const head = folded.slice(min, pos);
  const m = LAST_SENTENCE_END.exec(head);
  return m ? min + m.index + m[0].length : min;
}

/** The verbs that close a quotation's attribution after a name with its title or apposition. */
const SPEAKER_VERBS = "(said|added|stated|told|noted|stressed|warned)";

/**
 * After a quotation: a name of one to four words, an apposition opening with an article, a possessive or a title
 * ("Raisi, Iran's president since 2021, said", "Bortnikov, director of the FSB, said"), and the reporting verb. The
 * apposition's closing comma may be missing when the verb ends the sentence ("Gulzad, the head of the union said.").
 */
const APPOSED_SPEAKER = new RegExp(String.raw`^\s*,?\s*((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,\s+(?:(?:an?|the)\s+|\p{Lu}[\p{L}.-]*['’]s\s+|\p{Ll}+\s+(?:of|for|to|at)\s+)(?:[^,.;“”"]|(?<=\b\p{Lu})\.){3,80}(?:,\s+|\s+(?=${SPEAKER_VERBS.replace("(", "(?:")}\.)))${SPEAKER_VERBS}\b`, "u");

/** After a quotation: a title of two to six words, a comma, the name and the reporting verb (no closing comma). */
const TITLE_THEN_SPEAKER = new RegExp(String.raw`^\s*,?\s*((?:[\p{L}’'.-]+\s+){1,5}[\p{L}’'.-]+,\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,4})${SPEAKER_VERBS}\b`, "u");

/** Sentences inside a quotation; compromise may not have split them. */
function parts(folded: string, inner: Span): Span[] {
  const out: Span[] = [];
  let start = inner.start;
  // Not after an initial or a short title: "The U.S. Mission", "Gen. Munir".
  for (const m of folded.slice(inner.start, inner.end).matchAll(/(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|St))[.!?](?=\s+\p{Lu})/gu)) {
    out.push({ start, end: inner.start + m.index + 1 });
    start = inner.start + m.index + 1;
  }
  out.push({ start, end: inner.end });
  return out.map((s) => trim(folded, s)).filter((s) => s.end > s.start);
}

export function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * `,” the report read`, `,” she continued`, `,” according to Bilawal`: what a document says, a speaker going on, or
 * the source named. These words report a statement only here, right after a quotation.
 */
function documentReads(verb: string, start: number): Cue | undefined {
  return /^(?:reads?|continued|according to)$/.test(verb) ? { start, end: start + verb.length, text: verb, act: "ASSERT", neutral: true, form: "finite" } : undefined;
}
