// Sentence spans over the unchanged text. compromise finds the boundaries; its offsets leave out opening
// quotation marks, and a sentence must never run across a paragraph break, so both are fixed here.
import nlp from "compromise";
import type { Span } from "./text.js";

export interface Sentence extends Span {
  text: string;
}

interface CompromiseSentence {
  offset: { start: number; length: number };
}

const OPENERS = /[“"‘'([«„]/;
const CLOSERS = /[”"’')\]»]/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // Paragraphs first: compromise is given one paragraph at a time and its offsets shifted back. Its tokenizer alone
  // splits sentences; tagging each word as well (nlp()) finds the same boundaries at ten times the cost.
  for (const para of paragraphs(text)) {
    const found = nlp.tokenize(text.slice(para.start, para.end)).json({ offset: true }) as CompromiseSentence[];
    let cursor = para.start;
    for (const s of found) {
      let start = para.start + s.offset.start;
      let end = Math.min(para.end, start + s.offset.length);
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (start > cursor && OPENERS.test(text[start - 1]!)) start--;
      while (end < para.end && CLOSERS.test(text[end]!)) end++;
      if (start < cursor) start = cursor;
      if (end <= start) continue;
      out.push({ start, end, text: text.slice(start, end) });
      cursor = end;
    }
    // Text compromise skipped (it happens with odd punctuation) still belongs to some sentence.
    const last = out[out.length - 1];
    const rest = text.slice(cursor, para.end);
    if (rest.trim()) {
      const lead = rest.length - rest.trimStart().length;
      const start = cursor + lead;
      const end = para.end - (rest.length - rest.trimEnd().length);
      if (last && last.end >= para.start && lead === 0) {
        last.end = end;
        last.text = text.slice(last.start, end);
      } else out.push({ start, end, text: text.slice(start, end) });
    }
  }
  return withoutDateline(text, splitGlued(text, splitAfterQuotes(text, mergeAbbreviations(text, out))));
}

/**
 * "... still operational.A statement sent by ...": a scrape that lost the breaks between paragraphs glues a
 * sentence's full stop (or its closing quotation mark) to the next one's capital; two lowercase letters before a
 * bare stop tell it from initials ("U.S."). The source of a pattern for the stop and its mark, for quotes.ts too.
 */
export const GLUED_END = String.raw`(?:(?<=\p{Ll}{2})[.!?]["”’]?|(?<=\p{L})[.!?]["”’])(?=\p{Lu}[\p{Ll} ])`;
const GLUED = new RegExp(GLUED_END, "gu");

function splitGlued(text: string, sentences: Sentence[]): Sentence[] {
  return sentences.flatMap((s) => {
    const cuts = [...s.text.matchAll(GLUED)].map((m) => s.start + m.index + m[0].length);
    if (cuts.length === 0) return [s];
    return [s.start, ...cuts].map((start, k) => {
      const end = k < cuts.length ? cuts[k]! : s.end;
      return { start, end, text: text.slice(start, end) };
    });
  });
}

/** "PESHAWAR, Pakistan (AP) — ": a wire dateline, a city in capitals, says where the story was filed. */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*\p{Lu}[\p{L} .]{1,30})?(?:\s*\([\p{L}. ]{2,20}\))?\s*[–—]\s+/u;

/** The first sentence starts after a wire dateline: the dateline is no part of what anyone said. */
function withoutDateline(text: string, sentences: Sentence[]): Sentence[] {
  const first = sentences[0];
  const dateline = first ? WIRE_DATELINE.exec(first.text) : null;
  if (!first || !dateline || dateline[0].length >= first.text.length) return sentences;
  const start = first.start + dateline[0].length;
  return [{ start, end: first.end, text: text.slice(start, first.end) }, ...sentences.slice(1)];
}

/**
 * `... said the group “is responsible for the deaths.” It urged ...`: compromise keeps a sentence that ends
 * inside closing quotation marks joined to the next one; a capital after `.”` starts a new sentence.
 */
function splitAfterQuotes(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (const m of s.text.matchAll(/[.!?][”"]([ \t]+)(?=\p{Lu})/gu)) {
      const cut = s.start + m.index + 2;
      if (cut - start < 12) continue;
      out.push({ start, end: cut, text: text.slice(start, cut) });
      start = cut + m[1]!.length;
    }
    out.push(start === s.start ? s : { start, end: s.end, text: text.slice(start, s.end) });
  }
  return out;
}

/** Spans of the paragraphs (text between blank lines, or between lines when the text has no blank lines). */
export function paragraphs(text: string): Span[] {
  const sep = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n/g;
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(sep)) {
    push(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number) {
  const chunk = text.slice(start, end);
  const s = start + (chunk.length - chunk.trimStart().length);
  const e = end - (chunk.length - chunk.trimEnd().length);
  if (e > s) out.push({ start: s, end: e });
}

/** A split after "U.S." or "Gen." followed by a lowercase word is not a sentence boundary. */
function mergeAbbreviations(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, s.start) : "";
    const titled = /\b(?:[A-Z]\.){2,}$|\b(?:Gen|Lt|Col|Maj|Dr|Mr|Mrs|Ms|St|No)\.$/.test(prev?.text ?? "") && /^\p{Ll}/u.test(s.text);
    // "by Rs. 2,000": a currency's abbreviation before its amount.
    const amount = /\b(?:Rs|Re|Tk)\.$/.test(prev?.text ?? "") && /^\d/.test(s.text);
    // compromise then reads "2,000. He also stated ..." as one sentence, taking the amount for a list number.
    const ended = amount ? /^\d[\d,]*(?:\.\d+)?\.(\s+)(?=\p{Lu})/u.exec(s.text) : null;
    if (prev && /^[ \t]+$/.test(gap) && ended) {
      prev.end = s.start + ended[0].length - ended[1]!.length;
      prev.text = text.slice(prev.start, prev.end);
      out.push({ start: s.start + ended[0].length, end: s.end, text: text.slice(s.start + ended[0].length, s.end) });
    } else if (prev && /^[ \t]+$/.test(gap) && (titled || amount)) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
    } else out.push({ ...s });
  }
  return out;
}
