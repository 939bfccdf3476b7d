// Phrase boundaries around a reporting cue, by surface rules rather than a parser: the subject is the
// noun phrase to the cue's left (skipping auxiliaries, adverbs and dates), the content starts after the
// cue (after "that", "told X that" or a colon). Good enough for news prose, which is formulaic here.
import type { Span } from "./text.js";

/** Auxiliaries and adverbs between a subject and its verb; "family" or "ally" only end like an adverb. */
const SKIP = /^(has|have|had|is|are|was|were|will|would|also|always|still|just|even|long|repeatedly|categorically|firmly|strongly|further|again|already|once|then|instead|both|earlier|later|recently|reportedly|allegedly|publicly|officially|previously|today|yesterday|on|(?!(?:family|ally|rally|assembly|italy)$)[a-z]+ly)$/i;
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const STOP = /^(that|which|who|whom|when|while|as|because|after|before|if|and|but|than|since|with|by|where|whereas|although|though|so|said|says|to|for|from|in|at|of|on|were|was|is|are|been|be|has|have|had)$/i;
const RELATIVE = /^(that|which|who)$/i;
/** Words that open an aside about when or why something was said. */
const OCCASION = /^(?:in|on|at|after|following|during|despite|responding|reacting|speaking|addressing|talking)$/i;
/**
 * "took to X to denounce", "shared a letter on X to say": a platform taken to or posted on, before the verb of what
 * was posted there.
 */
export const PLATFORM_POST = String.raw`(?:t(?:ook|akes?|aking)\s+to|(?:shared|posted|published)\s+an?\s+(?:letter|post|statement|video|message)\s+on)\s+(?:X|Twitter|Facebook|Instagram|Telegram|social\s+media)\s+to`;
/**
 * Adverbial phrases of time or frequency right before a verb, "went on to" before "say", the platform a post was
 * made on ("Shehbaz on X remarked", "took to X to") and where the speakers are at work ("Aid workers on the ground say").
 */
const ADVERBIAL = new RegExp(String.raw`\s+(?:on\s+(?:many|several|numerous|multiple|various|previous|other)\s+occasions|in\s+the\s+past|time\s+and\s+again|once\s+again|over\s+the\s+weekend|for\s+years|at\s+the\s+time|(?:went|goes|go)\s+on\s+to|on\s+(?:X|Twitter|Facebook|Instagram|Telegram|YouTube)|on\s+the\s+ground|${PLATFORM_POST})\s*$`, "i");
/** "in response to", "reacting to": a phrase saying what the words answer, not who speaks. */
export const ANSWERING = String.raw`(?:in\s+(?:response|reaction|reply)\s+to|responding\s+to|reacting\s+to)`;
/**
 * ", in response to the leader's statements about "stoning women" in public, says": what the words answer. The
 * closing comma may be missing: "Mujahid, on Tuesday, in response to a meeting of former officials said".
 */
const RESPONSE_ASIDE = new RegExp(String.raw`,\s*${ANSWERING}\s[^,;.]{3,200}?,?\s*$`, "i");
/** Asides set off by commas between a subject and its verb. */
const ASIDE = /^(however|meanwhile|though|too|also|instead|nonetheless|nevertheless|moreover|separately|earlier|later)$/i;

interface Token extends Span {
  word: string;
}

/** Words of text[from, to) right to left, with punctuation kept as its own token. */
function tokensLeft(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[,;:()“”"–—]/gu)) {
    const word = m[0].replace(/\.$/, (d) => (/^(?:\p{L}\.)+$/u.test(m[0]) ? d : ""));
    out.push({ start: from + m.index, end: from + m.index + word.length, word });
  }
  return out.reverse();
}

const inSpans = (t: Span, spans: Span[]) => spans.some((s) => t.start >= s.start && t.end <= s.end);

/**
 * Where the subject's words start, right to left: past auxiliaries, adverbs and dates ("Foreign Office on Thursday
 * categorically rejected"), and past a time set off by commas, whole ("Pakistan's Foreign Office (FO), on Thursday,
 * denied") or with its closing comma cut off with an aside ("Mujahid, on Tuesday, in response to ... said").
 */
function pastTimeWords(toks: Token[], dates: Span[]): number {
  const time = (t: Token) => WEEKDAY.test(t.word) || inSpans(t, dates);
  const skipped = (t: Token) => SKIP.test(t.word) || time(t);
  let i = 0;
  if (toks[0]?.word === ",") {
    const close = toks.findIndex((t, k) => k > 0 && PUNCT.test(t.word));
    const aside = toks.slice(1, close);
    if (close > 1 && toks[close]!.word === "," && aside.length <= 3 && aside.some(time) && aside.every(skipped)) i = close + 1;
  }
  // "stated that it "strongly rejected ...": a quotation opened between a pronoun subject and its verb.
  const quoteAfterPronoun = (k: number) => toks[k]!.word === '"' && /^(?:it|they|he|she|we|i)$/i.test(toks[k + 1]?.word ?? "");
  while (i < toks.length && (skipped(toks[i]!) || quoteAfterPronoun(i))) i++;
  if (toks.slice(0, i).some(time) && toks[i]?.word === "," && toks[i + 1] && !PUNCT.test(toks[i + 1]!.word)) i++;
  return i;
}

/**
 * The subject of a cue at `cueStart`: the noun phrase to its left within [sentenceStart, cueStart).
 * `dates` are skipped like adverbs ("Foreign Office on Thursday categorically rejected").
 */
export function subjectBefore(text: string, sentenceStart: number, cueStart: number, dates: Span[]): Span | undefined {
  // "Rehman has on many occasions condemned": an adverbial phrase between the subject and its verb.
  const answered = RESPONSE_ASIDE.exec(text.slice(sentenceStart, cueStart));
  const end = answered ? sentenceStart + answered.index : cueStart;
  const adverbial = ADVERBIAL.exec(text.slice(sentenceStart, end));
  const toks = tokensLeft(text, sentenceStart, adverbial ? sentenceStart + adverbial.index : end);
  let i = pastTimeWords(toks, dates);
  // "the OIC, in an “extraordinary” meeting in Saudi Arabia, said": past an aside naming the occasion, which may hold
  // quotation marks, the speaker.
  if (toks[i]?.word === ",") {
    const open = toks.findIndex((t, k) => k > i && k <= i + 25 && /^[,;:()–—]$/.test(t.word));
    const inner = open > 0 ? toks.slice(i + 1, open) : [];
    if (toks[open]?.word === "," && /^(?:in|at|during)$/i.test(inner[inner.length - 1]?.word ?? "") && inner.some((t) => MEDIUM_WORDS.test(t.word))) i = open + 1;
  }
  // "Inter-Services Public Relations (ISPR) said": the acronym repeats the name before it.
  if (toks[i]?.word === ")") {
    const open = toks.findIndex((t, k) => k > i && t.word === "(");
    if (open > 0 && open - i <= 3) i = open + 1;
  }
  // "Ambassador Munir Akram — Permanent Representative of Pakistan to the UN — noted": past the apposition
  // between dashes, the speaker.
  if (toks[i] && DASH.test(toks[i]!.word)) {
    const open = toks.findIndex((t, k) => k > i && PUNCT.test(t.word));
    if (open > i + 1 && open - i <= 15 && DASH.test(toks[open]!.word)) i = open + 1;
  }
  let relative = false;
  if (toks[i] && RELATIVE.test(toks[i]!.word)) {
    relative = true; // "media reports that claimed", "Mujahid who stated": the antecedent speaks
    i++;
    if (toks[i]?.word === ",") i++;
  } else if (toks[i]?.word === ",") {
    // "Taliban's main spokesperson, Zabihullah Mujahid, rejected": the name between the commas.
    // An aside in brackets inside the commas ("also known as Tehrik-e-Taliban Pakistan (TTP)") is part of it.
    const j = toks.findIndex((t, k) => k > i && /^[,;:“”"–—]$/.test(t.word));
    const inner = toks.slice(i + 1, j < 0 ? undefined : j);
    // "X, who was also present, said", "X, speaking on condition of anonymity, told", "X, however, maintains":
    // past the relative clause, participle or aside, the speaker.
    const opener = inner[inner.length - 1]?.word ?? "";
    const gloss = inner[0]?.word === ")" && /^the$/i.test(opener) ? inner.findIndex((t) => t.word === "(") : -1;
    const named = gloss > 0 && gloss <= 3 ? inner.slice(gloss + 1) : inner;
    // "The Taliban government, in turn, blamed Pakistan", "X, for its part, said": a short aside.
    // "The Pakistani Taliban, also known as TTP, warned": another name for the subject.
    // "a spokesman for the Pakistani Taliban, known as Tehreek-e-Taliban Pakistan, denied": the same without "also".
    const alias = (/^(?:also|formerly|better|widely)$/i.test(opener) && /^(?:known|called)$/i.test(inner[inner.length - 2]?.word ?? "")) || (/^(?:known|called)$/i.test(opener) && /^as$/i.test(inner[inner.length - 2]?.word ?? ""));
    // "Rashid, as quoted by ANI, said": who passed the words on, not who spoke.
    const passedOn = /^as$/i.test(opener) && /^(?:quoted|reported|cited)$/i.test(inner[inner.length - 2]?.word ?? "") && /^by$/i.test(inner[inner.length - 3]?.word ?? "");
    const aside = alias || passedOn || (inner.length === 1 && ASIDE.test(opener)) || (inner.length <= 3 && /^(?:in|for|on|at|by|as)$/i.test(opener) && inner.every((t) => /^\p{Ll}/u.test(t.word)));
    // "The report, compiled by a U.N. sanctions team created to monitor Al-Qaeda, said": a participle's agent too.
    const agent = /^\p{Ll}+(?:ed|en)$/u.test(opener) && /^by$/i.test(inner[inner.length - 2]?.word ?? "");
    if (j > 0 && toks[j]!.word === "," && (RELATIVE.test(opener) || /^\p{Ll}+ing$/u.test(opener) || agent || aside)) {
      i = j + 1;
      // "Kabul has, however, dismissed": the auxiliary before the aside.
      while (i < toks.length && /^(?:has|have|had|is|are|was|were|will|would|also)$/i.test(toks[i]!.word)) i++;
    }
    // "Muhammed Ali, a government official in Chitral, informed", "Enayatullah Khowarazmi, Taliban Ministry of
    // Defence spokesman, said": an apposition opening with an article, or ending with a title, describes the name
    // before it.
    // "Raisi, Iran's president since 2021, said": an apposition opening with a possessive describes the name too.
    // "Al-Emarah, the official Taliban website, reported": "the" and a lowercase word open a description too.
    // "The banned separatist group, the Baloch Liberation Army (BLA), claimed": the name before its acronym.
    // "The Deputy Political Minister of Foreign Affairs Sher Mohammad Abbas Stanikzai, stated": a long title and
    // name opening the sentence (or following its dateline), every word capitalised but the links of the title, set
    // off by a stray comma.
    else if (named.length > 0 && (named.length <= 5 || ((j < 0 || toks[j]!.word === ":") && named.length <= 12 && named.every((t) => /^\p{Lu}/u.test(t.word) || /^(?:of|for|the|and)$/.test(t.word)))) && named.some((t) => /^\p{Lu}/u.test(t.word)) && !/^(?:a|an|another)$/i.test(opener) && !(/^the$/i.test(opener) && /^\p{Ll}/u.test(named[named.length - 2]?.word ?? "")) && !(j > 0 && /['’]s$/.test(opener)) && !TITLE_NOUN.test(named[0]!.word) && !KIND_NOUN.test(named[0]!.word)) return { start: named[named.length - 1]!.start, end: named[0]!.end };
    else {
      // "The Human Rights Commission of Pakistan (HRCP), an independent civil rights group, said": the name before
      // its acronym, read as any subject is.
      const open = j > 0 && toks[j]!.word === "," && toks[j + 1]?.word === ")" ? toks.findIndex((t, k) => k > j + 1 && t.word === "(") : -1;
      if (open > 0 && open - j <= 4) i = open + 1;
      else return j > 0 && toks[j]!.word === "," ? nameBeforeAppositions(toks, j) : undefined;
    }
  }
  let np: Token[] = [];
  for (let pass = 0; pass < 3; pass++) {
    np = [];
    for (; i < toks.length && np.length < 10; i++) {
      const t = toks[i]!;
      // "The United States (US) and China condemned": an acronym glossing the first of two named subjects.
      if (/^and$/i.test(t.word) && np.length > 0 && toks[i + 1]?.word === ")" && /^\p{Lu}[\p{Lu}.]{1,9}$/u.test(toks[i + 2]?.word ?? "") && toks[i + 3]?.word === "(" && /^\p{Lu}/u.test(toks[i + 4]?.word ?? "")) {
        np.push(t);
        i += 3;
        continue;
      }
      if (/^[,;:()“”"–—]$/.test(t.word) || (!relative || np.length > 0 ? STOP.test(t.word) && !isOfInName(toks, i) && !isTitleLink(toks, i) : false)) break;
      if (RELATIVE.test(t.word)) break;
      np.push(t);
    }
    // "Mumtaz Zahra Baloch also at her weekly news briefing said": "her briefing" is when, not who; the
    // speaker is before the preposition. "Abdul Salam Zayeef in a post on his X page urged", "Abdullah Shah in a
    // video clip said": the medium, up to two phrases of it.
    const lead = np[np.length - 1]?.word ?? "";
    if (pass > 1 || !/^(?:his|her|its|their|a|the)$/i.test(lead) || !/^(?:at|in|during|on)$/i.test(toks[i]?.word ?? "") || !np.some((t) => MEDIUM_WORDS.test(t.word))) break;
    i++;
    while (toks[i] && /^(?:also|later|then|earlier)$/i.test(toks[i]!.word)) i++;
    // "The United Nations Assistance Mission in Afghanistan (UNAMA) in a statement on X called for": past the acronym.
    if (toks[i]?.word === ")" && toks[i + 2]?.word === "(") i += 3;
  }
  // "The group led by Noor Mehsud has threatened": the group speaks, not its leader.
  if (np.length > 0 && /^by$/i.test(toks[i]?.word ?? "") && /^(?:led|headed)$/i.test(toks[i + 1]?.word ?? "")) {
    const [noun, det] = [toks[i + 2], toks[i + 3]];
    if (noun && /^\p{Ll}+$/u.test(noun.word) && det && /^(?:the|this|that)$/i.test(det.word)) return { start: det.start, end: noun.end };
  }
  // "Matthew Miller from the US State Department expressed": the person named before the body they come from.
  if (np.length > 0 && /^from$/i.test(toks[i]?.word ?? "") && np.some((t) => /^\p{Lu}/u.test(t.word))) {
    const name: Token[] = [];
    for (let k = i + 1; k < toks.length && name.length < 4 && /^\p{Lu}\p{Ll}/u.test(toks[k]!.word); k++) name.push(toks[k]!);
    const before = toks[i + 1 + name.length];
    if (name.length >= 2 && (!before || PUNCT.test(before.word) || /^(?:the|and|but|while|as)$/i.test(before.word))) return { start: name[name.length - 1]!.start, end: name[0]!.end };
  }
  // "A Foreign, Commonwealth and Development Office (FCDO) spokesperson said": a title after a name and its acronym
  // is that body's; the name, commas and all, is part of the speaker's phrase.
  if (np.length > 0 && np.length <= 2 && TITLE_NOUN.test(np[0]!.word) && toks[i]?.word === ")" && /^\p{Lu}{2,}$/u.test(toks[i + 1]?.word ?? "") && toks[i + 2]?.word === "(") {
    let k = i + 3;
    let first = -1;
    while (k < toks.length && k < i + 14 && (/^\p{Lu}/u.test(toks[k]!.word) || (/^(?:and|of|for|the|,)$/.test(toks[k]!.word) && /^\p{Lu}/u.test(toks[k + 1]?.word ?? "")))) {
      if (/^\p{Lu}/u.test(toks[k]!.word)) first = k;
      k++;
    }
    if (first > 0) return { start: toks[first]!.start, end: np[0]!.end };
  }
  // "Roohul Ameen, a doctor at a main local hospital said": an apposition left open before the verb; the
  // phrase after its preposition is where the person works, and the name before the comma speaks.
  if (/^(?:at|in|of|with|from|for)$/i.test(toks[i]?.word ?? "")) {
    const comma = toks.findIndex((t, k) => k > i && PUNCT.test(t.word));
    if (comma > 0 && comma - i <= 8 && toks[comma]!.word === "," && /^(?:a|an|the)$/i.test(toks[comma - 1]!.word)) {
      const name = trailingName(segmentAfter(toks, comma), false);
      if (name) return name;
    }
  }
  // "Asif Durrani, Pakistan's special envoy for Afghanistan, told": the name before a title in apposition.
  // Only when no name follows the title ("Defence Minister Khawaja Asif" names its holder itself).
  const title = np.findIndex((t) => TITLE_NOUN.test(t.word));
  if (toks[i]?.word === "," && title >= 0 && !(title > 0 && /^\p{Lu}/u.test(np[title - 1]!.word))) {
    const name = trailingName(segmentAfter(toks, i), false);
    if (name) return name;
  }
  // "APP has quoted an anonymous government official who said": the verb before the antecedent is not part of it.
  if (relative) {
    const det = np.findIndex((t) => /^(?:a|an|the)$/i.test(t.word));
    if (det > 0 && det < np.length - 1 && /^\p{Ll}+ed$/u.test(np[det + 1]!.word)) np = np.slice(0, det + 1);
  }
  // "Meanwhile the Islamabad police said": a sentence adverb without its comma opens no name.
  if (np.length > 1 && /^(?:meanwhile|however|moreover|furthermore|separately|additionally)$/i.test(np[np.length - 1]!.word)) np.pop();
  // A subject ending in "of"/"in" has lost its head; a lone determiner is not a subject.
  while (np.length && /^(the|a|an|of|in)$/i.test(np[np.length - 1]!.word)) np.pop();
  if (!np.length) return undefined;
  return { start: np[np.length - 1]!.start, end: np[0]!.end };
}

/** What a speaker speaks at or through: "at her weekly news briefing", "in a video clip", "on his X page". */
const MEDIUM_WORDS = /^(?:briefing|conference|meeting|interview|session|speech|address|video|clip|post|message|tweet|recording|page|account|channel|statement)$/i;

const PUNCT = /^[,;:()“”"–—]$/;
const DASH = /^[–—]$/;

/** The tokens of the comma-delimited segment left of the punctuation token at `from` (right to left). */
function segmentAfter(toks: Token[], from: number): { tokens: Token[]; end: number } {
  const k = toks.findIndex((t, m) => m > from && PUNCT.test(t.word));
  return { tokens: toks.slice(from + 1, k < 0 ? undefined : k), end: k };
}

/**
 * The capitalised words that end a segment, as a name: the whole segment if `whole` allows a one-word name,
 * else a run of two words or more ("On Monday Zabihullah Mujahid"); dates and sentence adverbs are not names.
 */
function trailingName({ tokens }: { tokens: Token[] }, whole: boolean): Span | undefined {
  const run = tokens.findIndex((t) => !/^\p{Lu}/u.test(t.word) || WEEKDAY.test(t.word) || /^(?:On|In|At|Earlier|Later|Meanwhile)$/.test(t.word));
  const name = run < 0 ? tokens : tokens.slice(0, run);
  if (name.length === 0 || name.length > 5 || (name.length < 2 && !(whole && run < 0))) return undefined;
  return { start: name[name.length - 1]!.start, end: name[0]!.end };
}

/** "Zabihullah Mujahid, the spokesman of the caretaker government, told": the name before one to three appositions. */
function nameBeforeAppositions(toks: Token[], comma: number): Span | undefined {
  for (let from = comma, n = 0; from > 0 && toks[from]!.word === "," && n < 3; n++) {
    const segment = segmentAfter(toks, from);
    // ", in response to the minister's remarks,": an aside about the occasion, not an apposition naming anyone.
    const opener = segment.tokens[segment.tokens.length - 1]?.word ?? "";
    // ", the spokesperson of the Islamic Emirate,": a title in apposition; the name is before it.
    const apposition = /^\p{Ll}/u.test(opener) && segment.tokens.some((t) => TITLE_NOUN.test(t.word));
    const name = OCCASION.test(opener) || apposition ? undefined : trailingName(segment, true);
    if (name) return name;
    if (segment.end < 0) break;
    from = segment.end;
  }
  return undefined;
}

/** "the Presidium Network, U.K. nonprofit group, said": an apposition naming what kind of body the name is. */
const KIND_NOUN = /^(?:group|organi[sz]ation|charity|nonprofit|non-profit|outlet|network|body|movement|coalition|company|firm|website|platform|newspaper|broadcaster)$/i;

const TITLE_NOUN = /^(?:representative|envoy|ambassador|spokes(?:person|man|woman)|minister|secretary|advis[eo]r|chief|head|director|coordinator|commissioner|chairman)$/i;

/** "special envoy for Afghanistan", "Border and Tribal Affairs": a preposition after a title, or "and" inside a name. */
function isTitleLink(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // Tokens are right to left: toks[i + 1] precedes the word in the text, toks[i - 1] follows it.
  if (/^(?:for|to|of)$/i.test(t.word)) return !!toks[i + 1] && TITLE_NOUN.test(toks[i + 1]!.word);
  if (/^(?:and|&)$/.test(t.word)) return !!toks[i + 1] && !!toks[i - 1] && /^\p{Lu}/u.test(toks[i + 1]!.word) && /^\p{Lu}/u.test(toks[i - 1]!.word);
  return false;
}

/** "security officials in Islamabad", "spokesperson of the Foreign Office": a preposition inside a name phrase. */
function isOfInName(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // Tokens are right to left: toks[i - 1] follows the preposition in the text.
  const right = toks[i - 1]?.word === "the" ? toks[i - 2] : toks[i - 1];
  // "Committee to Protect Journalists": "to" inside a name, between capitalised words.
  const inside = /^(in|of|on|for|at)$/i.test(t.word) || (/^to$/i.test(t.word) && /^\p{Lu}/u.test(toks[i + 1]?.word ?? ""));
  return inside && !!right && /^\p{Lu}/u.test(right.word) && !!toks[i + 1] && !STOP.test(toks[i + 1]!.word);
}

/** Where the content of a cue ending at `cueEnd` starts: after "that", after "told X that", after ":". */
export function contentStart(text: string, cueEnd: number, sentenceEnd: number, dates: Span[], toThat: boolean): number {
  let pos = cueEnd;
  const rest = text.slice(cueEnd, sentenceEnd);
  const colon = /^\s*:\s*/.exec(rest);
  if (colon) return cueEnd + colon[0].length;
  // Dates, adverbs and "on Monday" between the verb and its content.
  for (;;) {
    const m = /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(pos, sentenceEnd));
    if (!m) break;
    const wordEnd = pos + m[0].length;
    const word = m[1]!;
    if (inSpans({ start: wordEnd - word.length, end: wordEnd }, dates) || /^(on|also|further|again|[a-z]+ly)$/i.test(word) || WEEKDAY.test(word)) {
      pos = wordEnd;
      continue;
    }
    break;
  }
  // "told a weekly press briefing that ...": the content follows "that" within a few words.
  const that = /^((?:\s+[\p{L}’'-]+){0,8}?)\s+that\b\s*/u.exec(text.slice(pos, sentenceEnd));
  // "said its expectation from X is that ...": words with their own verb before "that" are the content's start.
  // "said Pakistani officials had issued statements ... that were": the same for a verb with an auxiliary.
  if (that && (toThat || that[1] === "") && !/[,;]/.test(that[1]!) && !/\b(?:is|are|was|were|will|would|should|must|has|have|had|did|does|do)\b/i.test(that[1]!)) return pos + that[0].length;
  return pos + (text.slice(pos).length - text.slice(pos).trimStart().length);
}
