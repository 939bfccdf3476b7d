// Flattens validated seed-format objects into the property maps stored on nodes. Neo4j cannot
// store nested maps or undefined, so nested values become prefixed scalars and absent ones null.
import type { ActorInput, ClaimInput, EventInput, PlaceInput, TimeInput } from "../format/annotation.schema.js";
import type { ArticleBundle } from "../format/bundle.js";

const ALIAS_SEPARATOR = " | ";

function time(prefix: string, t: TimeInput | undefined) {
  return {
    [`${prefix}Text`]: t?.text ?? null,
    [`${prefix}Start`]: t?.start ?? null,
    [`${prefix}End`]: t?.end ?? null,
    [`${prefix}Precision`]: t?.precision ?? null,
  };
}

export function toActorRows(actors: ActorInput[]) {
  return actors.map((a) => ({
    id: a.id,
    parentId: a.parentId ?? null,
    props: {
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      aliasText: a.aliases.join(ALIAS_SEPARATOR),
      description: a.description,
      wikidataId: a.wikidataId ?? null,
      origin: a.origin,
      confidence: a.confidence ?? 1,
      extractorVersion: a.extractorVersion ?? null,
    },
  }));
}

export function toPlaceRows(places: PlaceInput[]) {
  return places.map((p) => ({
    id: p.id,
    parentId: p.parentId ?? null,
    props: {
      name: p.name,
      kind: p.kind,
      aliases: p.aliases,
      aliasText: p.aliases.join(ALIAS_SEPARATOR),
      wikidataId: p.wikidataId ?? null,
    },
  }));
}

export function toArticleRow(article: ArticleBundle["article"]) {
  return {
    id: article.id,
    publisherId: article.publisherId,
    props: {
      title: article.title,
      text: article.text,
      contentHash: article.contentHash,
      newsId: article.newsId ?? null,
      url: article.url ?? null,
      publishedAt: article.publishedAt,
      // The publisher's local calendar day, which is what "last week" in the text is relative to.
      publishedDate: article.publishedAt.slice(0, 10),
      language: article.language,
      dateline: article.dateline ?? null,
      extractorVersion: article.extractorVersion ?? null,
    },
  };
}

export function toEventRows(events: EventInput[]) {
  return events.map((e) => ({
    id: e.id,
    placeId: e.placeId ?? null,
    participants: e.participants,
    props: {
      kind: e.kind,
      description: e.description,
      fatalities: e.fatalities ?? null,
      spanStart: e.span?.start ?? null,
      spanEnd: e.span?.end ?? null,
      origin: e.origin,
      confidence: e.confidence ?? 1,
      extractorVersion: e.extractorVersion ?? null,
      ...time("time", e.time),
    },
  }));
}

export function toClaimRows(claims: ClaimInput[]) {
  return claims.map((c) => ({
    id: c.id,
    claimantId: c.claimantId,
    via: c.via,
    about: c.about,
    eventIds: c.eventIds,
    props: {
      text: c.text,
      quote: c.quote,
      spanStart: c.span.start,
      spanEnd: c.span.end,
      speechAct: c.speechAct,
      cue: c.cue,
      hedged: c.hedged,
      hedge: c.hedge ?? null,
      origin: c.origin,
      confidence: c.confidence,
      extractorVersion: c.extractorVersion ?? null,
      ...time("stated", c.statedAt),
    },
  }));
}
