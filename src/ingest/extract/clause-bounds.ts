// Where a reported statement's parts are: the noun phrase a relative clause hangs on, where the content of
// a cue ends (at the next cue's clause), and who speaks for a sentence-initial participle.
import type { ArticleText } from "./attribution-types.js";
import type { ClaimantResolver } from "./claimants.js";
import { subjectBefore } from "./np.js";
import type { Sentence } from "./sentences.js";
import type { Cue } from "./speech-acts.js";
import type { Span } from "./text.js";

/** The noun phrase a relative clause hangs on: "X, which <subject> say". */
export function antecedentOf(a: ArticleText, s: Sentence, np: Span): Span | undefined {
  const m = /,\s*(?:which|who)\s+$/.exec(a.folded.slice(s.start, np.start));
  if (!m) return undefined;
  const end = s.start + m.index;
  const actor = a.mentions.filter((x) => x.type === "Actor" && x.span.end <= end && x.span.end >= end - 2).pop();
  return actor ? { start: actor.span.start, end } : undefined;
}

/** The content of a cue runs to the next cue's clause, a ", according to", or the sentence end. */
export function clauseEnd(a: ArticleText, s: Sentence, cue: Cue, next: Cue | undefined, dateSpans: Span[]): number {
  let end = s.end;
  if (next) {
    const np = next.form === "participle" ? undefined : subjectBefore(a.folded, cue.end, next.start, dateSpans);
    const joint = /(,\s*|\s+(?:and|but)\s+(?:has\s+|have\s+|had\s+)?(?:instead\s+|also\s+)?)$/.exec(a.folded.slice(cue.end, np?.start ?? next.start));
    end = np ? np.start : joint ? next.start - joint[0].length : next.start;
    const butJoint = /\s+but\s+[^,]*$/.exec(a.folded.slice(cue.end, end));
    if (butJoint) end = cue.end + butJoint.index;
    // "dismissed the allegations as rights groups asked ...": the conjunction opens the next clause.
    const conjunction = /\s+(?:and|as|while|when|whereas|after|because|since|so)\s*$/i.exec(a.folded.slice(cue.end, end));
    if (conjunction) end = cue.end + conjunction.index;
  }
  const according = /,?\s+according to\b/.exec(a.folded.slice(cue.end, end));
  return according ? cue.end + according.index : end;
}

/** The subject of the first finite cue after a sentence-initial participle ("Refuting ..., the Taliban said"). */
export function nextSubject(a: ArticleText, s: Sentence, rest: Cue[], resolver: ClaimantResolver, dateSpans: Span[]) {
  const finite = rest.find((c) => c.form === "finite");
  const np = finite ? subjectBefore(a.folded, s.start, finite.start, dateSpans) : undefined;
  return np ? resolver.resolve(np) : undefined;
}
