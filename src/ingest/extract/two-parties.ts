// Statements made by two parties or more at once: actors named as one subject ("The United Nations and Pakistan
// have condemned ...") each make the statement, and sides that blame each other ("each side blaming the
// other") each accuse the other.
import { ancestorsOf } from "./actor-tree.js";
import type { ArticleText, Emit, RawClaim } from "./attribution-types.js";
import { trim } from "./quotes.js";
import type { Sentence } from "./sentences.js";
import { trimEnd } from "./sources.js";
import type { Cue } from "./speech-acts.js";
import { LIST_SEPARATOR, type Span } from "./text.js";

/** The others of two or more actors named as one subject ("The United Nations and Pakistan"), each by its name. */
export function coSpeakers(a: ArticleText, subject: Span, who: string): string[] {
  // A subject cut at the list's commas ("Afghanistan" of "China, Pakistan, and Afghanistan") takes the whole list.
  const head = a.folded.slice(Math.max(0, subject.start - 120), subject.start);
  // "Civil society organisations including Amnesty International and the HRCP condemned": the members listed speak.
  const including = /\bincluding\s+([^;:.]+?)\s*,?\s+and\s+(?:the\s+)?$/.exec(head);
  if (including) {
    const from = subject.start - head.length + including.index + including[0].indexOf(including[1]!);
    const members = namedEach(a, { start: from, end: from + including[1]!.length });
    if (members && !members.includes(who)) return members;
  }
  // "Representatives of the UK, China, Pakistan, and Iran called for": the states listed speak through them.
  const lead = String.raw`(?:^|[.;:]\s*|\n|\bas well as\s+)(?:(?:[Tt]he\s+)?(?:[Rr]epresentatives|[Ee]nvoys|[Dd]elegations|[Dd]elegates|[Ll]eaders|[Ff]oreign ministers)\s+of\s+)?`;
  const item = String.raw`(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*`;
  // The subject may be the list's last two items ("Pakistan and Iran" of "China, Pakistan and Iran").
  const ending = /\sand\s/.test(a.folded.slice(subject.start, subject.end)) ? String.raw`(?:and\s+)?` : String.raw`and\s+`;
  const list = new RegExp(String.raw`${lead}((?:${item}\s*,\s*)+(?:${item}\s*,?\s*)?${ending})$`, "u").exec(head);
  // "China, Pakistan, and Afghanistan pledged": a list of three or more says it too.
  // "Yesterday, the PTI and the SIC declared": a list the sentence's opening words only seem to extend is the subject's.
  const named = (list ? namedEach(a, { start: subject.start - list[1]!.length, end: subject.end }) : undefined) ?? namedEach(a, subject);
  if (!named || named.length < 2 || new Set(named).size < named.length || !named.includes(who)) return [];
  return named.filter((id) => id !== who);
}

/** The actor each of a list's comma- or "and"-separated parts names, or undefined if one part names none. */
function namedEach(a: ArticleText, whole: Span): string[] | undefined {
  // "The US and EU both raised concerns": a word gathering the parties is no part of the last one.
  const gathered = /\s+(?:both|all|together|jointly)$/i.exec(a.folded.slice(whole.start, whole.end));
  const list = gathered ? { start: whole.start, end: whole.end - gathered[0].length } : whole;
  const text = a.folded.slice(list.start, list.end);
  const parts: Span[] = [];
  let from = list.start;
  for (const sep of text.matchAll(LIST_SEPARATOR)) {
    parts.push({ start: from, end: list.start + sep.index });
    from = list.start + sep.index + sep[0].length;
  }
  parts.push({ start: from, end: list.end });
  const named = parts.map((whole) => {
    // "The United States (US) and China condemned": an acronym glossing a part is no part of its own.
    const gloss = /\s*\(\p{Lu}[\p{Lu}.]{1,9}\)$/u.exec(a.folded.slice(whole.start, whole.end));
    const h = gloss ? { start: whole.start, end: whole.end - gloss[0].length } : whole;
    const inside = a.mentions.filter((m) => m.type === "Actor" && m.span.start >= h.start && m.span.end <= h.end);
    const last = inside[inside.length - 1];
    if (!last || last.span.end !== h.end) return undefined;
    // "both Hamas and Iran accusing Israel": "both" opens the list.
    if (inside.length === 1 && /^(?:both\s+)?(?:the\s+)?$/i.test(a.folded.slice(h.start, last.span.start))) return last.id;
    // "PTI senior leader Khalid Khurshid and Imran Khan's lawyer Naeem Haider Panjutha said": a person after a title.
    const titled = a.actors.get(last.id)?.kind === "PERSON" && /^[\p{L}\p{N}'’ .-]+$/u.test(a.folded.slice(h.start, last.span.start));
    return titled ? last.id : undefined;
  });
  return named.every((id): id is string => !!id) ? named : undefined;
}

/** "each side blaming the other", "Both sides blamed the other", "The two sides have blamed each other". */
export const BOTH_SIDES = /^(?:the\s+)?(?:both|two|each)\s+(?:sides?|countries|parties|neighbou?rs)$/i;
const SIDES = new Set(["STATE", "GOVERNMENT"]);

/**
 * A reciprocal accusation: one claim for each of the two parties named last before it, each against the other.
 * Returns whether the cue was such a statement.
 */
export function reciprocal(a: ArticleText, s: Sentence, np: Span, cue: Cue, via: string[], emit: Emit, claims: RawClaim[]): boolean {
  if (cue.act !== "ACCUSE" || !BOTH_SIDES.test(a.folded.slice(np.start, np.end).trim())) return false;
  if (!/^\s+(?:each\s+other|the\s+other|one\s+another)\b/i.test(a.folded.slice(cue.end, cue.end + 14))) return false;
  // Each side is a state or government as a whole: a ministry stands for its government.
  const sideOf = (id: string) => [...ancestorsOf(id, a.actors)].filter((x) => SIDES.has(a.actors.get(x)?.kind ?? "")).pop() ?? id;
  const sides: string[] = [];
  for (const m of [...a.mentions].reverse()) {
    if (m.type !== "Actor" || m.span.end > np.start || !SIDES.has(a.actors.get(m.id)?.kind ?? "")) continue;
    const side = sideOf(m.id);
    if (!sides.includes(side)) sides.push(side);
    if (sides.length === 2) break;
  }
  if (sides.length < 2) return false;
  const content = trim(a.folded, { start: cue.end, end: trimEnd(a.folded, cue.end, s.end) });
  const span = { start: np.start, end: content.end };
  for (const [who, other] of [[sides[1]!, sides[0]!], [sides[0]!, sides[1]!]] as const) {
    const index = emit({ span, content, claimantId: who, cue: { start: cue.start, end: cue.end }, speechAct: "ACCUSE", via, confidence: 0.5 });
    claims[index]!.about = [{ actorId: other, role: "TARGET" }];
  }
  return true;
}
