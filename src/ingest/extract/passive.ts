// Passive reports name their speaker after "by": "the attack was condemned by Washington", "X was
// accused by Pakistani officials of ...", "which has been claimed by <group>". The agent speaks; the
// grammatical subject is what the statement is about, never the speaker.
import type { ArticleText } from "./attribution-types.js";
import { subjectBefore } from "./np.js";
import type { Sentence } from "./sentences.js";
import type { Cue } from "./speech-acts.js";
import type { Span } from "./text.js";

const AUXILIARY = /\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)?$/i;
const REDUCED = /(?:,|\b(?:attacks?|bombings?|blasts?|assaults?|killings?))\s+(?:[a-z]+ly\s+)?$/i;
/** The agent phrase: up to six words, ending before punctuation or a word that starts a new phrase. */
const AGENT = /^(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+?(?=[,.;:]|\s+(?:of|for|in|on|as|after|over|and|who|which|that|to|during|at)\b|$)/u;

export function passiveOf(a: ArticleText, s: Sentence, cue: Cue, dates: Span[]): { agent: Span; patient: Span } | undefined {
  // "Naqvi was told by Sharif that ...": "told" is the one irregular participle that reports speech this way.
  if (cue.form !== "finite" || !/(?:ed|ied)$|^told$/i.test(cue.text.split(" ")[0]!)) return undefined;
  // "a spike in terrorist attacks, mostly claimed by the TTP": a claim of responsibility in a reduced relative clause.
  const aux = AUXILIARY.exec(a.folded.slice(s.start, cue.start)) ?? (/^claimed$/i.test(cue.text) ? REDUCED.exec(a.folded.slice(s.start, cue.start)) : null);
  // "were accused of "propaganda" by a Taliban spokesperson": the agent after the charge, unless the charge ends in
  // a participle of its own ("accused of being supported by Pakistan").
  // "was congratulated in a video call after the match by Amir Khan Muttaqi": the same after an adverbial phrase.
  const later = /^\s+(?:of|for|in|at|on|after|during|over|via)\s+[^,;.]{1,80}?\s+by\s+/.exec(a.folded.slice(cue.end, s.end));
  const by = /^\s+by\s+/.exec(a.folded.slice(cue.end, s.end)) ?? (later && !/(?:ed|en)\s+by\s+$/i.test(later[0]) ? later : null);
  if (!aux || !by) return undefined;
  const agentStart = cue.end + by[0].length;
  const first = a.mentions.find((m) => m.type === "Actor" && m.span.start === agentStart);
  // "by Pakistan Peoples Party (PPP) Chairman Bilawal Bhutto-Zardari", "by Taliban acting minister of foreign affairs
  // Amir Khan Muttaqi": the person after the party and the title.
  const titled = first && a.mentions.find((m) => m.type === "Actor" && m.span.start > first.span.end && a.actors.get(m.id)?.kind === "PERSON" && /^\s*(?:\([^)]{1,12}\)\s*)?(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}|(?:(?!(?:and|or|with|to|against|of\s+the\s+\p{Lu})\b)[\p{L}-]+\s+){1,6})$/u.test(a.folded.slice(first.span.end, m.span.start)));
  // The name runs to the end of a hyphenated surname ("Bhutto-Zardari") the mentions may have split.
  const named = titled ? { span: { start: agentStart, end: titled.span.end + (/^-[\p{L}]+/u.exec(a.folded.slice(titled.span.end))?.[0].length ?? 0) } } : first;
  const phrase = AGENT.exec(a.folded.slice(agentStart, s.end));
  // "by the outlawed militant Tehreek-i-Taliban Pakistan (TTP) group": a name a few words in.
  const described = a.mentions.find((m) => m.type === "Actor" && m.span.start > agentStart && /^(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(a.folded.slice(agentStart, m.span.start)));
  const agent = named?.span ?? (phrase ? { start: agentStart, end: agentStart + phrase[0].length } : described?.span);
  if (!agent) return undefined;
  const auxStart = s.start + aux.index;
  const patient = subjectBefore(a.folded, s.start, auxStart, dates) ?? { start: auxStart, end: auxStart };
  return { agent, patient };
}
