// Clause-level helpers for reported content: compound statements are split (the curated seed makes
// "Pakistan should resolve ..., and Afghanistan is not responsible ..." two claims), and statements
// reported inside others are found ("the Taliban's statements that they do not allow ...").
import nlp from "compromise";
import type { SpeechAct } from "../format/enums.js";
import type { Mention } from "./gazetteer.js";
import { DEMONYMS } from "./knowledge.js";
import { STATEMENT_NOUNS } from "./speech-acts.js";
import type { Span } from "./text.js";

const FINITE = String.raw`(?:is|are|was|were|has|have|had|will|would|should|must|can|could|does|did|do|may|might|[a-z]+ed|[a-z]+s)`;
/** ", and <subject> <finite verb>", ", though we can ...": a second independent clause. */
const AND_CLAUSE = new RegExp(String.raw`,\s+(?:and|but|yet|while|though|although)\s+(?=(?:[\p{L}’'-]+\s+){1,5}?${FINITE}\b|(?:we|i|they|he|she)\s+[a-z]+)`, "gu");
/** ", with the latest such incident taking place ...": an absolute clause adding a second statement. */
const WITH_CLAUSE = /,\s+with\s+(?=(?:[\p{L}’'-]+\s+){1,5}?[a-z]+ing\b)/gu;
/** "said mortars wounded four people and that villagers were fleeing": two statements. */
const AND_THAT = /\s+and\s+that\s+/g;
/**
 * "... will have to be uprooted and the government was determined ...": a second clause without a comma; "are
 * engaged in discussions and will announce their position": a second predicate that undertakes something. "... was
 * lodged but no action had been taken": the same after "but".
 */
const AND_NP_CLAUSE = new RegExp(String.raw`\s+(?:and|but)\s+(?=(?:not\s+)?(?:the|a|an|all|some|no|they|it|we|he|she|its|their|his|her|our|[\p{Lu}][\p{L}-]*)(?:\s+[\p{L}’'-]+){0,3}?\s+(?:is|are|was|were|has|have|had|will|would|should|must|can|could)\b|(?:it|that|there)[’']s\s|will\s+(?!be\b|have\b|not\b)[a-z]+\b)`, "gu");
/** "... and recent words from <a long phrase> have drawn ...": a second clause with a long subject and a perfect verb. */
const AND_PERFECT = /\s+and\s+(?=(?:[\p{L}’'-]+\s+){2,12}?(?:have|has|had)\s+[a-z]+(?:ed|en|wn)\b)/gu;
/**
 * Whether a clause has its verb already: the part-of-speech tagger tells "the TTP operatives" (a noun
 * phrase, to be joined with "and its new recruits") from "the TTP operates" (a clause).
 */
const hasVerb = (clause: string) => nlp(clause).has("#Verb");
/** "accused X of arming Y and allowing Z ...": two accusations. */
const AND_GERUND = /\s+and\s+(?=[a-z]+ing\b)/g;

export function splitCompound(folded: string, content: Span, act: SpeechAct): Span[] {
  const text = folded.slice(content.start, content.end);
  const cuts: Array<[number, number]> = [];
  const patterns = act === "ACCUSE" ? [AND_CLAUSE, WITH_CLAUSE, AND_GERUND] : [AND_CLAUSE, WITH_CLAUSE];
  for (const re of [...patterns, AND_THAT]) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      // "increased trade, commerce, and exchange of sports ...": a plural noun is no verb; the right side needs one.
      if (re === AND_CLAUSE && !hasVerb(text.slice(end))) continue;
      // "forces with Humvees, military vehicles, and weapons and batons chased": an "and" closing a list of nouns is
      // no clause boundary ("schools, hospitals, and mosques, and the Taliban must ..." has closed its list).
      const items = text.slice(0, m.index).split(/,\s+/);
      const item = items[items.length - 1]!;
      if (re === AND_CLAUSE && items.length >= 2 && !/^(?:and|or)\s/i.test(item) && !hasVerb(item)) continue;
      cuts.push([m.index, end]);
    }
  }
  // Without a comma, "and" joins two clauses only if the left one already has its verb ("Pakistan and Afghanistan shared" does not).
  // A long subject with a perfect verb is a clause whatever precedes it.
  for (const m of text.matchAll(AND_PERFECT)) cuts.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(AND_NP_CLAUSE)) {
    const left = text.slice(0, m.index);
    const clause = left.split(/,\s+/).pop()!;
    // "We reject the presence ... and they are not allowed": a pronoun subject makes the left side a clause too.
    if (hasVerb(clause) || /^\W*(?:we|i|they|you)\s+[a-z]+/i.test(clause)) cuts.push([m.index, m.index + m[0].length]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  // `urged X to “investigate, robust, and effective action”`: a quotation is one piece of the speaker's words;
  // cutting inside it would leave claims with half a quotation each.
  const quoted = quotedRanges(text);
  // "more than two and a half million girls": an "and" inside a number joins no clauses.
  const inNumber = (from: number) => /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)\s*$/i.test(text.slice(0, from)) && /^\s*and\s+(?:a\s+half|a\s+quarter|one|two|three|four|five|six|seven|eight|nine|[a-z]+ty)\b/i.test(text.slice(from));
  // "the Ministry of Industry and Commerce should", "the people of Pakistan and Afghanistan are", "conditions in the
  // Landhi and Malir jails were": an "and" joining two names after "of", or two modifiers of a noun after "the", joins
  // no clauses.
  const inOfPhrase = (from: number) =>
    (/\bof\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s*$/u.test(text.slice(0, from)) && /^\s*and\s+\p{Lu}/u.test(text.slice(from))) ||
    (/\bthe\s+\p{Lu}[\p{L}-]*\s*$/u.test(text.slice(0, from)) && /^\s*and\s+\p{Lu}[\p{L}-]*\s+\p{Ll}/u.test(text.slice(from)));
  const whole = cuts.filter(([from]) => !quoted.some(([a, b]) => from > a && from < b) && !inNumber(from) && !inOfPhrase(from));
  cuts.length = 0;
  cuts.push(...whole);
  const out: Span[] = [];
  let start = 0;
  for (const [from, to] of cuts) {
    if (from - start < 12) continue; // too short to be a statement of its own
    out.push({ start: content.start + start, end: content.start + from });
    start = to;
  }
  out.push({ start: content.start + start, end: content.end });
  return out;
}

/** Offsets of the marks opening and closing each quotation in folded text (curly quotes are folded to '"'). */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0 && (i === 0 || /[\s(—–-]/.test(text[i - 1]!))) open = i;
    else if (open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

export interface Nested {
  span: Span;
  content: Span;
  claimant: Mention;
  cue: string;
  cueSpan: Span;
  act: SpeechAct;
  hedged: boolean;
}

const NOUNS = Object.keys(STATEMENT_NOUNS).join("|");

/** Statements reported by a noun inside `within`: possessor or "by/from X", then "that"/"of" or a clause. */
export function findNested(folded: string, within: Span, mentions: Mention[]): Nested[] {
  const out: Nested[] = [];
  const re = new RegExp(String.raw`\b(${NOUNS})\b`, "gi");
  const text = folded.slice(within.start, within.end);
  const actorAt = (pos: number, dir: "ending" | "starting") =>
    mentions.find((m) => m.type === "Actor" && (dir === "ending" ? m.span.end === pos : m.span.start >= pos && m.span.start <= pos + 5));
  for (const m of text.matchAll(re)) {
    const nounStart = within.start + m.index;
    const nounEnd = nounStart + m[0].length;
    const noun = m[0].toLowerCase();
    const poss = /'s?\s+$/.exec(folded.slice(nounStart - 4, nounStart));
    let claimant = poss ? actorAt(nounStart - poss[0].length, "ending") : undefined;
    let pos = nounEnd;
    const prep = /^\s+(by|from|of)\s+/.exec(folded.slice(pos, within.end));
    if (!claimant && prep && prep[1] !== "of") {
      claimant = actorAt(pos + prep[0].length, "starting");
      if (claimant) pos = claimant.span.end;
    }
    // "Pakistani claims that ...": a nationality before the noun names the state that claims.
    const demonym = !claimant ? /\b(pakistani|afghan|american|indian|iranian|chinese|russian)\s+$/i.exec(folded.slice(Math.max(0, nounStart - 12), nounStart)) : null;
    const state = demonym ? DEMONYMS[demonym[1]!.toLowerCase()] : undefined;
    if (state) claimant = { id: state, type: "Actor", surface: demonym![1]!, span: { start: nounStart - demonym![0].length, end: nounStart - demonym![0].length + demonym![1]!.length } };
    if (!claimant) continue;
    const rest = folded.slice(pos, within.end);
    const marker = /^\s+that\s+/.exec(rest) ?? (/^(denials?|claims?)$/.test(noun) ? /^\s+of\s+/.exec(rest) : null) ?? (prep ? /^\s+(?=(?:it|they|he|she)\s)/.exec(rest) : null);
    if (!marker) continue;
    // A statement reported by a noun ends with its clause ("claims from Kabul it has arrested 40 fighters, ...").
    const cStart = pos + marker[0].length;
    const comma = /[,;]\s/.exec(folded.slice(cStart, within.end));
    const content = { start: cStart, end: comma ? cStart + comma.index : within.end };
    if (content.end - content.start < 8) continue;
    const start = poss ? claimant.span.start : nounStart;
    out.push({ span: { start, end: content.end }, content, claimant, cue: m[0], cueSpan: { start: nounStart, end: nounEnd }, act: STATEMENT_NOUNS[noun]!, hedged: /^claims?$/.test(noun) });
  }
  return out;
}
