// extractArticle: one article in, everything the graph needs out, all marked EXTRACTED with the
// extractor's version and a confidence. Deterministic: the same input gives the same ids and output.
// Nothing is invented: every quote is checked to be the body's text at its span, and dropped if not.
import type { ActorInput, ClaimInput, EventInput, PlaceInput } from "../format/annotation.schema.js";
import { claimSchema } from "../format/annotation.schema.js";
import { dedupe, publisherActor, toEvents, type Made } from "./assemble.js";
import type { ClaimLink, MentionCount } from "../format/bundle.js";
import { titleMentions, weakMentions } from "./about.js";
import { withAncestors } from "./actor-tree.js";
import { attributeStatements } from "./attribution.js";
import { cleanPageScrape, DATELINE } from "./clean.js";
import { resolveTimeExpressions, type TimeExpression } from "./dates.js";
import { findEvents } from "./events.js";
import { countMentions, findMentions, type Mention } from "./gazetteer.js";
import { useAsBase } from "./matcher-base.js";
import { linkClaims, type LinkableClaim } from "./links.js";
import { foldLongerNames } from "./longer-names.js";
import { withGlossedNames } from "./glossed-names.js";
import { collectiveGroups } from "./groups.js";
import { findNewActors } from "./names.js";
import { referenceActorsNamed } from "./reference.js";
import { withSingleQuotations } from "./quotes.js";
import { paragraphs, splitSentences } from "./sentences.js";
import { surnamesByRecency } from "./surnames.js";
import { fold } from "./text.js";

/** Bump on any change that alters output for the same input. */
export const EXTRACTOR_VERSION = "1.148.0";

export interface ExtractInput {
  text: string;
  title?: string;
  publishedAt: string;
  publisherId?: string;
  articleId: string;
}

export interface Gazetteer {
  actors: ActorInput[];
  places: PlaceInput[];
}

export type ExtractedActor = ActorInput & Made;
export type ExtractedEvent = EventInput & Made;

export interface Extraction {
  body: string;
  title?: string;
  dateline?: string;
  mentions: Mention[];
  mentionCounts: MentionCount[];
  /** Every time expression in the body, resolved against publication, with its span. */
  times: Array<{ text: string; start: string; end: string; precision: TimeExpression["precision"]; span: { start: number; end: number } }>;
  newActors: ExtractedActor[];
  events: ExtractedEvent[];
  claims: ClaimInput[];
  links: ClaimLink[];
  /** Items refused by the final checks (a quote not verbatim, a schema failure), with the reason. */
  dropped: Array<{ kind: "claim" | "event"; reason: string; text: string }>;
}

export function extractArticle(input: ExtractInput, gazetteer: Gazetteer, opts: { existingClaims?: LinkableClaim[] } = {}): Extraction {
  const cleaned = cleanPageScrape(input.text);
  const body = cleaned.body;
  const folded = withSingleQuotations(fold(body));
  const dateline = cleaned.dateline ?? DATELINE.exec(body)?.[1]?.trim();
  const when = { publishedAt: input.publishedAt };
  // Every list the gazetteer's names are looked up in below starts with the gazetteer's actors.
  useAsBase(gazetteer.actors, gazetteer.places);
  const reference = referenceActorsNamed(body, gazetteer, when);
  const knownActors = withGlossedNames(body, [...gazetteer.actors, ...reference]);
  const known = findMentions(body, knownActors, gazetteer.places, when);
  const found = foldLongerNames(findNewActors(body, { known, actors: knownActors, dateline }), reference, gazetteer.actors);
  let allActors = [...knownActors, ...found];
  // Attribution adds the unnamed sources it finds as speakers to this map.
  const actors = new Map(allActors.map((a) => [a.id, a]));
  const mentionsOf = (list: ActorInput[]) => surnamesByRecency(findMentions(body, list, gazetteer.places, when), actors);
  let mentions = mentionsOf(allActors);
  const partial = weakMentions(folded, gazetteer.actors, mentions);
  const weak = [...partial, ...titleMentions(folded, allActors, mentions, [...mentions, ...partial])].sort((a, b) => a.span.start - b.span.start);
  const sentences = splitSentences(body);
  const dates: TimeExpression[] = sentences.flatMap((s) =>
    resolveTimeExpressions(s.text, input.publishedAt).map((d) => ({ ...d, span: { start: s.start + d.span.start, end: s.start + d.span.end } })),
  );
  const groups = collectiveGroups(folded);
  const { claims: raw, created } = attributeStatements({ folded, sentences, paragraphs: paragraphs(body), mentions, weak, actors, dates, date: input.publishedAt.slice(0, 10), groups: groups.mentions });
  if (created.length) {
    // Unnamed sources found as speakers ("U.S. defense officials") are mentions too.
    allActors = [...allActors, ...created];
    mentions = mentionsOf(allActors);
  }
  const rawEvents = findEvents(folded, sentences, mentions, dates, (id) => actors.get(id)?.kind, weak);

  const slug = input.articleId.replace(/^article:/, "");
  const num = (i: number) => String(i + 1).padStart(2, "0");
  const dropped: Extraction["dropped"] = [];
  const made = (confidence: number): Made => ({ origin: "EXTRACTED", extractorVersion: EXTRACTOR_VERSION, confidence: Math.round(confidence * 100) / 100 });
  const time = (d: TimeExpression) => ({ text: body.slice(d.span.start, d.span.end), start: d.start, end: d.end, precision: d.precision });

  const events = toEvents(rawEvents, body, slug, made, time, dropped);

  const order = dedupe(raw).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const idOf = new Map(order.map((c, i) => [c, `claim:${slug}:x${num(i)}`]));
  const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end);
  let claims: ClaimInput[] = [];
  for (const c of order) {
    const quote = body.slice(c.span.start, c.span.end);
    const via = [...new Set([...c.via, ...(input.publisherId ? [input.publisherId] : [])])].filter((v) => v !== c.claimantId);
    const parent = c.parent !== undefined ? idOf.get(raw[c.parent]!) : undefined;
    const claim: ClaimInput = {
      id: idOf.get(c)!,
      text: sentenceOf(c.span.start)?.text ?? quote,
      quote,
      span: c.span,
      claimantId: c.claimantId,
      via,
      about: c.about,
      speechAct: c.speechAct,
      cue: body.slice(c.cue.start, c.cue.end),
      hedged: !!c.hedge,
      ...(c.hedge ? { hedge: c.hedge } : {}),
      ...(c.statedAt ? { statedAt: time(c.statedAt) } : {}),
      eventIds: events.filter((e) => e.span && e.span.start < c.content.end && c.content.start < e.span.end).map((e) => e.id),
      disputes: [],
      supports: [],
      ...(parent ? { containedIn: parent } : {}),
      ...made(c.confidence),
    };
    const verbatim = quote.trim().length > 0 && body.slice(claim.span.start, claim.span.end) === claim.quote;
    const parsed = claimSchema.safeParse(claim);
    if (verbatim && parsed.success) claims.push(claim);
    else dropped.push({ kind: "claim", reason: verbatim ? "schema" : "quote is not verbatim", text: quote });
  }
  // A claim whose container was dropped keeps no dangling reference.
  const ids = new Set(claims.map((c) => c.id));
  claims = claims.map((c) => (c.containedIn && !ids.has(c.containedIn) ? (({ containedIn: _, ...rest }) => rest)(c) : c));
  const links = linkClaims(claims, { existing: opts.existingClaims ?? [], actors: allActors });
  for (const l of links) {
    const from = claims.find((c) => c.id === l.from);
    if (from && ids.has(l.to)) (l.type === "DISPUTES" ? from.disputes : from.supports).push(l.to);
  }
  const publisher = publisherActor(input.publisherId, allActors);
  const usedIds = new Set([...claims.flatMap((c) => [c.claimantId, ...c.via, ...c.about.map((a) => a.actorId)]), ...mentions.map((m) => m.id)]);
  // A group never shadows an actor the lists hold under the same id.
  const listedIds = new Set([...gazetteer.actors, ...reference, ...found, ...created, ...publisher].map((a) => a.id));
  const unlistedGroups = groups.actors.filter((g) => !listedIds.has(g.id));
  const candidates = [...reference, ...found, ...created, ...publisher, ...unlistedGroups];
  // A parent no list holds would make the graph refuse the whole article; the actor goes in without it.
  const listed = new Set([...listedIds, ...unlistedGroups.map((g) => g.id)]);
  const newActors = withAncestors(candidates.filter((a) => usedIds.has(a.id)), candidates)
    .map(({ parentId, ...a }) => ({ ...a, ...(parentId && listed.has(parentId) ? { parentId } : {}) }))
    .map((a) => ({ ...a, ...made(reference.some((r) => r.id === a.id) ? 0.9 : a.kind === "PERSON" || a.kind === "MEDIA" ? 0.8 : 0.6) }));
  return {
    body,
    ...(cleaned.title ?? input.title ? { title: cleaned.title ?? input.title } : {}),
    ...(dateline ? { dateline } : {}),
    mentions,
    mentionCounts: countMentions(body, allActors, gazetteer.places, when),
    times: dates.map((d) => ({ ...time(d), span: d.span })),
    newActors,
    events,
    claims,
    links,
    dropped,
  };
}
