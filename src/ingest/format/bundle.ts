import type { ActorInput, ArticleMeta, ClaimInput, EventInput, PlaceInput } from "./annotation.schema.js";

/** A link between two claims beyond those the claims list themselves, e.g. one found across articles. */
export interface ClaimLink {
  from: string;
  to: string;
  type: "DISPUTES" | "SUPPORTS";
  confidence: number;
  origin: "CURATED" | "EXTRACTED";
}

export interface MentionCount {
  id: string;
  type: "Actor" | "Place";
  count: number;
}

/** Everything one article contributes to the graph, validated and written in one transaction. */
export interface ArticleBundle {
  /** `extractorVersion`: the extractor that produced the claims and events; absent for a curated annotation. */
  article: ArticleMeta & { text: string; contentHash: string; extractorVersion?: string };
  /** Actors and places the article needs; ids already in the graph may be referred to without them. */
  actors: ActorInput[];
  places: PlaceInput[];
  mentions: MentionCount[];
  events: EventInput[];
  claims: ClaimInput[];
  links: ClaimLink[];
}
