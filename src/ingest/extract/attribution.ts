// Attributed statements of an article: direct quotations first (quotes.ts), then reported speech
// sentence by sentence (a cue, its subject, its content), then statements reported inside others.
// Everything is a span over the unchanged text; claims never contain text the article does not.
import type { ActorInput } from "../format/annotation.schema.js";
import { aboutActors, type AboutContext } from "./about.js";
import type { ArticleText, Extend, RawClaim } from "./attribution-types.js";
import { ClaimantResolver } from "./claimants.js";
import { pronounReferent } from "./pronouns.js";
import { creditedCommitment, ownSideWill, personForetells } from "./commitments.js";
import { findNested, splitCompound, type Nested } from "./clauses.js";
import type { TimeExpression } from "./dates.js";
import { findQuotes, type QuoteRegion } from "./quotes.js";
import { reportedInQuote } from "./quoted-reports.js";
import { reported } from "./reported.js";
import { datelineLength } from "./clean.js";
import { emitNested } from "./sources.js";
import { actFromContent, cueAct, findCues, HEDGE_WORDS } from "./speech-acts.js";
import { viaChain } from "./via.js";
import type { Span } from "./text.js";

export type { ArticleText, RawClaim } from "./attribution-types.js";

const FRAME = /^\W*(?:we|i)\s+(?:have\s+|had\s+)?(?:noted|seen|heard|read|received|taken note of)\b/i;

/** "Citing an Indian security official, The Telegraph noted that ...": the cited source, before its sentence's subject. */
const CITING_LEAD = /^\W*citing\s+([^,;]{3,80}),\s*(?:the\s+)?$/i;

/** A statement given on another's word: that source speaks, through the one citing it. */
function citedFirst(a: ArticleText, resolver: ClaimantResolver, c: Omit<RawClaim, "about">): Omit<RawClaim, "about"> {
  const s = a.sentences.find((x) => c.span.start >= x.start && c.span.start < x.end);
  const lead = s ? CITING_LEAD.exec(a.folded.slice(s.start, c.span.start)) : null;
  if (!s || !lead || c.parent !== undefined) return c;
  const start = s.start + lead[0].toLowerCase().indexOf(lead[1]!.toLowerCase());
  const cited = resolver.resolve({ start, end: start + lead[1]!.length });
  if (!cited || cited.id === c.claimantId) return c;
  return { ...c, claimantId: cited.id, via: [c.claimantId, ...c.via.filter((v) => v !== c.claimantId && v !== cited.id)] };
}

/** The content with statements nested in it blanked out, so their negations or modals are not read as its own. */
function blank(folded: string, span: Span, nested: Nested[]): string {
  let text = folded.slice(span.start, span.end);
  for (const n of nested) {
    const from = Math.max(0, n.content.start - span.start);
    const to = Math.min(text.length, n.content.end - span.start);
    if (to > from) text = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
  }
  return text;
}

export function attributeStatements(a: ArticleText): { claims: RawClaim[]; created: ActorInput[] } {
  const resolver = new ClaimantResolver(a.folded, a.actors, a.mentions, a.weak, a.date);
  const ctx: AboutContext = { folded: a.folded, actors: a.actors, mentions: a.mentions, weak: a.weak, date: a.date, sentences: a.sentences, groups: a.groups ?? [] };
  const dateSpans = a.dates.map((d) => d.span);
  const quotes = findQuotes(a.folded, a.paragraphs, dateSpans);
  const handled = quotes.flatMap((q) => [q.outer, q.attribution]);
  const claims: RawClaim[] = [];
  let accuser: string | undefined;
  // The party of the last commitment a report credited to someone else, and where that commitment ended.
  let credited: { end: number; party: string; report: number } | undefined;
  const emit = (raw: Omit<RawClaim, "about">, exclude: Span[] = []): number => {
    const c = citedFirst(a, resolver, raw);
    const adjoins = (at: number) => !!credited && at >= credited.end && /^[\s,;]*(?:and\s*)?$/.test(a.folded.slice(credited.end, at));
    // "... agreed to examine the findings and expressed the resolve to ...": the second commitment, found by its
    // own cue after the report's content ended, is the same party's, nested in the same report.
    if (credited && c.parent === undefined && adjoins(c.cue.start) && creditedCommitment(ctx, { start: c.cue.start, end: c.content.end }, c.claimantId, credited.party)) {
      const { party, report } = credited;
      return emit({ ...c, claimantId: party, speechAct: "PROMISE", via: [c.claimantId, ...c.via], parent: report }, exclude);
    }
    const adjoining = adjoins(c.content.start);
    const other = c.parent === undefined ? creditedCommitment(ctx, c.content, c.claimantId, adjoining ? credited!.party : undefined) : undefined;
    // The reporter states what the other side promised; the promise is not the reporter's. What the speaker's
    // own side will do is the speaker's undertaking.
    const act = (other || personForetells(ctx, c.content, c.claimantId)) && c.speechAct === "PROMISE" ? "ASSERT" : (c.speechAct === "ASSERT" && ownSideWill(ctx, c.content, c.claimantId)) || (c.speechAct === "DENY" && ownSideWill(ctx, c.content, c.claimantId, true)) ? "PROMISE" : answersNothing(a.folded, c) ? "ASSERT" : c.speechAct;
    const about = aboutActors(ctx, c.content, c.claimantId, act, exclude, accuser);
    claims.push({ ...c, speechAct: act, about });
    const index = claims.length - 1;
    if (act === "ACCUSE") accuser = c.claimantId;
    if (other) {
      credited = { end: other.span.end, party: other.claimantId, report: index };
      const promise = { span: other.span, content: other.span, claimantId: other.claimantId, cue: other.cue, speechAct: "PROMISE" as const, via: [c.claimantId, ...c.via], confidence: 0.6, parent: index };
      claims.push({ ...promise, about: aboutActors(ctx, other.span, other.claimantId, "PROMISE", [], accuser) });
    }
    return index;
  };
  const extend: Extend = (index, piece) => {
    const c = claims[index]!;
    c.span = { start: c.span.start, end: Math.max(c.span.end, piece.end) };
    c.content = { start: c.content.start, end: Math.max(c.content.end, piece.end) };
    c.about = aboutActors(ctx, c.content, c.claimantId, c.speechAct, [], accuser);
  };
  const inSentence = (s: Span, d: TimeExpression) => d.span.start >= s.start && d.span.end <= s.end;

  for (const s of a.sentences) {
    let quoted: { id: string; confidence: number } | undefined;
    for (const q of quotes.filter((x) => x.outer.start >= s.start && x.outer.start < s.end)) {
      // "In a statement, she said: ...": a pronoun speaker is the subject just named, as for reported speech.
      const who = pronounReferent(a, s, q.subject, resolver) ?? resolver.resolve(q.subject);
      if (!who) continue;
      const via = viaChain(a.folded, s, a.mentions);
      const statedAt = a.dates.find((d) => d.span.start >= q.attribution.start && d.span.end <= q.attribution.end);
      let frame: { start: number; nested: Nested[] } | undefined;
      const lead = leadIn(a.folded, s, q);
      q.parts.forEach((part, k) => {
        const nested = [...findNested(a.folded, part, a.mentions), ...reportedInQuote(a, part, who.id, resolver, dateSpans)];
        // "We have noted the statement by X that ...": a frame for X's statement, read with the next sentence.
        if (nested.length && k + 1 < q.parts.length && FRAME.test(a.folded.slice(part.start, part.end))) {
          frame = { start: part.start, nested };
          return;
        }
        splitCompound(a.folded, part, "ASSERT").forEach((piece, j) => {
          const carried = j === 0 && frame ? frame : undefined;
          const span = carried ? { start: carried.start, end: piece.end } : k === 0 && j === 0 && lead !== undefined ? { start: lead, end: q.outer.end } : piece;
          const inner = [...(carried?.nested ?? []), ...nested.filter((n) => n.span.start >= piece.start && n.span.start < piece.end)];
          const text = blank(a.folded, piece, inner);
          const act = q.cue.neutral ? actFromContent(text, "ASSERT", true) : cueAct(q.cue, text);
          const hedge = q.cue.hedge ?? HEDGE_WORDS.exec(text)?.[0];
          const index = emit(
            { span, content: span, claimantId: who.id, cue: { start: q.cue.start, end: q.cue.end }, speechAct: act, via, confidence: who.confidence * 0.95, ...(hedge ? { hedge } : {}), ...(statedAt ? { statedAt } : {}) },
            inner.map((n) => n.content),
          );
          for (const n of inner) emitNested(a, n, via, emit, index);
        });
        frame = undefined;
      });
      resolver.spoke(who.id);
      quoted = who;
    }
    reported(a, s, handled, resolver, emit, extend, dateSpans, a.dates.filter((d) => inSentence(s, d)), claims, quoted);
  }
  return { claims, created: [...resolver.created.values()] };
}

/**
 * "The mission will resume activities in the next “two to three days”, the minister told RTA": a quotation that ends a
 * statement begun in the reporter's words is that whole statement. Where the words before it hold a reporting verb,
 * or end on a colon, a comma or "but", they introduce it or stand apart instead.
 */
function leadIn(folded: string, s: Span, q: QuoteRegion): number | undefined {
  if (q.attribution.start < q.outer.end || q.parts.length !== 1) return undefined;
  const dateline = datelineLength(folded.slice(s.start, q.outer.start));
  const before = folded.slice(s.start + dateline, q.outer.start);
  const start = s.start + dateline + before.length - before.trimStart().length;
  if (!/^\p{Lu}/u.test(before.trimStart()) || before.trim().split(/\s+/).length < 4 || /[“”"]|[,:;]\s*$|\b(?:but|while|as)\s*$/i.test(before)) return undefined;
  return findCues(folded, start, q.outer.start).length === 0 ? start : undefined;
}

/** Verbs that report words without saying what they do; the content decides. */
const NEUTRAL_CUE = /^(?:said|says|say|told|tells|added|adds|stated|states|noted|stressed|emphasi[sz]ed|asserted|insisted|saying|adding|stating)$/i;
/** Words that put someone's allegation or report on the table for a negation to answer. */
const ALLEGATION_NEAR = /\b(?:accus\w*|alleg\w*|blam\w*|claims?|claimed|reports?|reported|rumou?rs?|speculat\w*|propaganda|suspect\w*|charg\w*|assurances?|denies|denied|denials?)\b/i;
/** Words calling something said untrue: the statement answers it wherever it stands. */
const DENIED_WORDS = /\b(?:baseless|false|fake|fabricated|unfounded|untrue|nonsense|lies|propaganda|rubbish|unrealistic|misleading|incorrect|exaggerated|overblown)\b/i;
/** What a negation usually clears someone of: "did not harm civilians", "no foreign group ... on Afghan soil". */
const CHARGE_WORDS = /\b(?:terror\w*|threat\w*|violat\w*|harm\w*|soil|deport\w*|discriminat\w*|evidence|related|behind|involve\w*|militants?|weapons|equipment|support\w*|attack\w*|responsib\w*)\b/i;
/** How far back an allegation may stand and still be what a negation answers. */
const ANSWER_REACH = 400;

/**
 * "Violence is not the answer", "there is no contract": a negation said with a neutral verb, where nothing alleged
 * or reported stands before it, denies nobody's words; the annotations read it as a plain assertion.
 */
function answersNothing(folded: string, c: Omit<RawClaim, "about">): boolean {
  if (c.speechAct !== "DENY" || !NEUTRAL_CUE.test(folded.slice(c.cue.start, c.cue.end))) return false;
  const content = folded.slice(c.content.start, c.content.end);
  if (DENIED_WORDS.test(content) || CHARGE_WORDS.test(content)) return false;
  return !ALLEGATION_NEAR.test(folded.slice(Math.max(0, c.span.start - ANSWER_REACH), c.span.end));
}
