// One node of any of the five kinds, as path and neighbourhood results carry it: the typed object
// (so nested fields keep working through the batched field resolvers) plus a display name for a
// graph view. The id prefix tells the kind, so no extra label needs to travel with the row.
import { createUnionType } from "type-graphql";
import { Actor, toActor } from "../actor/actor.type.js";
import { Article, toArticle } from "../article/article.type.js";
import { Claim, toClaim } from "../claim/claim.type.js";
import { Event, toEvent } from "../event/event.type.js";
import { labelOfId, type NodeLabel } from "../graphql/node-labels.js";
import { Place, toPlace } from "../place/place.type.js";

export type Entity = Actor | Article | Claim | Event | Place;
type Props = Record<string, unknown>;

const MAPPERS: Record<NodeLabel, (p: Props) => Entity> = {
  Actor: toActor,
  Article: toArticle,
  Claim: toClaim,
  Event: toEvent,
  Place: toPlace,
};

const TYPES = { Actor, Article, Claim, Event, Place } as const;

/** The GraphQL object type of a mapped node; its id says which it is. */
export function entityTypeOf(value: { id: string }) {
  return TYPES[labelOfId(value.id)];
}

export const GraphEntity = createUnionType({
  name: "GraphEntity",
  description: "Any node of the graph",
  types: () => [Article, Claim, Actor, Event, Place] as const,
  resolveType: entityTypeOf,
});

export function toEntity(props: Props): Entity {
  return MAPPERS[labelOfId(props.id as string)](props);
}

const MAX_LABEL = 80;

/** Shortens long text at a word boundary so a graph view can print it on a node. */
export function truncate(text: string, max = MAX_LABEL): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The name a person reads on a node: actor/place name, article title, claim or event text. */
export function displayLabel(props: Props): string {
  const text = (key: string) => (typeof props[key] === "string" ? (props[key] as string) : "");
  switch (labelOfId(props.id as string)) {
    case "Article":
      return truncate(text("title"));
    case "Claim":
      return truncate(text("text"));
    case "Event":
      return truncate(text("description"));
    default:
      return text("name") || (props.id as string);
  }
}
