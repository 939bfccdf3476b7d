// Commitments a report credits to another party: "A foreign office statement said the Afghan side agreed to
// examine the findings and expressed the resolve to work with the Pakistan side". The speaker reports; the
// promise is the other side's, a statement of its own nested in the report.
import type { AboutContext } from "./about.js";
import { ancestorsOf } from "./actor-tree.js";
import { DEMONYMS, governmentOf } from "./knowledge.js";
import type { Span } from "./text.js";

const VERB = String.raw`(?:agreed\s+to|(?:expressed|reiterated|reaffirmed|renewed|affirmed)\s+(?:its|their|the)\s+(?:[a-z]+\s+)?(?:resolve|commitment|determination|readiness|willingness)\s+to|assured|pledged|promised|vowed)\b`;
/** What leads in, the party, then the commitment: groups 1, 2 and 3. */
const CREDITED = new RegExp(String.raw`^(\W*(?:that\s+)?)((?:the\s+)?[^,;"]{2,50}?)\s+(${VERB})`, "i");
/** A second commitment joined to the first without its subject: "... and expressed the resolve to ...". */
const CONTINUED = new RegExp(String.raw`^\W*(?:and\s+)?(${VERB})`, "i");
const SIDE = /^(?:the\s+)?(American|U\.S\.|US|Pakistani|Afghan|Iranian|Indian|Chinese|Russian)\s+side$/i;

export interface Credited {
  claimantId: string;
  /** From the party's phrase (or the verb, when continued) to the end of the content. */
  span: Span;
  cue: Span;
}

/**
 * The party a commitment inside `content` belongs to, when that is not the speaker or part of it.
 * `previous` is the party of the commitment just before in the same report, for a continued one.
 */
export function creditedCommitment(ctx: AboutContext, content: Span, claimantId: string, previous?: string): Credited | undefined {
  const text = ctx.folded.slice(content.start, content.end);
  const m = CREDITED.exec(text);
  if (m) {
    const start = content.start + m[1]!.length;
    const phrase = { start, end: start + m[2]!.length };
    const party = partyOf(ctx, phrase);
    const own = ancestorsOf(claimantId, ctx.actors);
    if (!party || party === claimantId || own.has(party) || ancestorsOf(party, ctx.actors).has(claimantId)) return undefined;
    const cueStart = content.start + m.index + m[0].length - m[3]!.length;
    return { claimantId: party, span: { start, end: content.end }, cue: { start: cueStart, end: cueStart + m[3]!.length } };
  }
  const c = previous ? CONTINUED.exec(text) : null;
  if (!c || !previous) return undefined;
  const cueStart = content.start + c[0].length - c[1]!.length;
  return { claimantId: previous, span: { start: cueStart, end: content.end }, cue: { start: cueStart, end: cueStart + c[1]!.length } };
}

/** "the Afghan side": the country's government of the day; otherwise the one actor named in the phrase. */
function partyOf(ctx: AboutContext, phrase: Span): string | undefined {
  const side = SIDE.exec(ctx.folded.slice(phrase.start, phrase.end).trim());
  if (side) {
    const country = DEMONYMS[side[1]!.toLowerCase()];
    return country && ctx.actors.has(country) ? governmentOf(country, ctx.date, (x) => ctx.actors.has(x)) : undefined;
  }
  const inside = [...ctx.mentions, ...ctx.weak].filter((x) => x.type === "Actor" && x.span.start >= phrase.start && x.span.end <= phrase.end);
  return inside.length === 1 ? inside[0]!.id : undefined;
}

/**
 * "Pakistan will launch the second phase ...", said by Pakistan's interior minister; "Afghanistan will make
 * decisions ...", said by the Taliban's spokesman; "the United States stands with Pakistan", by a US envoy: what
 * the speaker's own side will do, or stands by, is an undertaking, also after a lead-in ("As today's actions
 * demonstrate, the United States will continue ..."). With `refusal`, what it will not do: "Australia will not play
 * bilateral cricket with Afghanistan", said by Cricket Australia.
 */
export function ownSideWill(ctx: AboutContext, content: Span, claimantId: string, refusal = false): boolean {
  const text = ctx.folded.slice(content.start, content.end);
  const m = refusal
    ? /^(\W*(?:that\s+)?)(?:the\s+)?\S+(?:\s+\S+)?\s+(?:will|would)\s+(?:not|never)\s+(?!be\b|have\b)[a-z]+/i.exec(text)
    : /^(\W*(?:that\s+)?(?:as\s+[^,;]{2,60},\s*)?)(?:the\s+)?\S+(?:\s+\S+)?\s+["“]?(?:(?:will|would)\s+(?!not\b|be\b|have\b|never\b)[a-z]+|stands\s+(?:firmly\s+)?(?:with|by|in\s+(?:full\s+|complete\s+)?solidarity\s+with)\b)/i.exec(text);
  if (!m) return false;
  const start = content.start + m[1]!.length;
  const side = ancestorsOf(claimantId, ctx.actors);
  // "the government will crush the TTP", said by a state's minister: the speaker's own government.
  const ownState = [claimantId, ...side].some((id) => ctx.actors.get(id)?.kind === "STATE");
  // "the country will deport ...", said by a state's minister: the speaker's own country too.
  if (ownState && /^(?:the|our)\s+(?:government|state|country|security forces|armed forces)\s/i.test(ctx.folded.slice(start, content.end))) return true;
  // "saying it "stands in full solidarity with ... Pakistan"", said by a state or a body: "it" is the speaker.
  if (ctx.actors.get(claimantId)?.kind !== "PERSON" && /^it\s+["“]?stands\b/i.test(ctx.folded.slice(start, content.end))) return true;
  // "his party would participate in the conference", said by the party's founder: the speaker's own side.
  if (/^(?:his|her|their|our|its|my)\s+(?:party|government|country|side|organi[sz]ation|group)\s/i.test(ctx.folded.slice(start, content.end))) return true;
  const lead = ctx.mentions.find((x) => x.type === "Actor" && x.span.start >= start && x.span.start <= start + 4);
  if (!lead) return false;
  // "the Afghan side": a country stands for its government of the day, which the speaker may belong to.
  const government = ctx.actors.get(lead.id)?.kind === "STATE" ? governmentOf(lead.id, ctx.date, (x) => ctx.actors.has(x)) : lead.id;
  return lead.id === claimantId || side.has(lead.id) || side.has(government) || government === claimantId;
}

/**
 * "It will eventually turn Afghanistan into an exporter of iron", said by a minister: "it" is a body speaking of
 * itself only when the speaker is a body; a person's "it will" foretells what a thing will do, and undertakes nothing.
 */
export function personForetells(ctx: AboutContext, content: Span, claimantId: string): boolean {
  return ctx.actors.get(claimantId)?.kind === "PERSON" && /^\W*(?:(?:and|but|so)\s+)?it\s+(?:[a-z]+ly\s+)?(?:will|shall|would)\b/i.test(ctx.folded.slice(content.start, content.end));
}
