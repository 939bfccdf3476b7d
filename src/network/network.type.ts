import { Field, ID, Int, ObjectType } from "type-graphql";
import { Article } from "../article/article.type.js";
import { Claim } from "../claim/claim.type.js";
import { GraphEntity, type Entity } from "./graph-entity.js";

@ObjectType({ description: "A node as a graph view draws it, with the full object under `node`" })
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The node label: Actor, Article, Claim, Event or Place" }) type!: string;
  @Field(() => String, { description: "A display name: actor or place name, article title, claim or event text (shortened)" })
  label!: string;
  @Field(() => Int, { description: "Hops from the start node (the path's first node or the neighbourhood's centre)" })
  distance!: number;
  @Field(() => GraphEntity) node!: Entity;
}

@ObjectType({
  description:
    "What supports a hop: the claim at either end of it, else the article at either end, else a claim linked to " +
    "both ends or referring to an event at one end, else an article mentioning both ends. `article` is the claim's " +
    "reporting article when the evidence is a claim. Both are null for gazetteer facts (PART_OF) no article states.",
})
export class Evidence {
  @Field(() => Claim, { nullable: true }) claim!: Claim | null;
  @Field(() => Article, { nullable: true }) article!: Article | null;
}

@ObjectType({ description: "One step of a path, in the path's order" })
export class PathHop {
  @Field(() => GraphNode) from!: GraphNode;
  @Field(() => GraphNode) to!: GraphNode;
  @Field(() => String, { description: "The relationship type, e.g. ABOUT, CLAIMED_BY, INVOLVES" }) relation!: string;
  @Field(() => Boolean, { description: "true when the relationship points from `from` to `to`; false when walked backwards" })
  forward!: boolean;
  @Field(() => String, { nullable: true, description: "The ABOUT or INVOLVES role, if the relationship has one" })
  role!: string | null;
  @Field(() => Evidence, { nullable: true, description: "The claim or article that supports this hop" })
  evidence!: Evidence | null;
}

@ObjectType({ description: "A shortest chain of relationships linking two nodes" })
export class GraphPath {
  @Field(() => Int, { description: "Number of hops" }) length!: number;
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [PathHop]) hops!: PathHop[];
}

@ObjectType({ description: "A relationship as a graph view draws it" })
export class GraphEdge {
  @Field(() => ID, { description: "Stable: source, type, target and role" }) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String, { description: "The relationship type" }) type!: string;
  @Field(() => String, { description: "Role, speech act or relation words, for printing on the edge" }) label!: string;
}

@ObjectType({ description: "The nodes around one node, closest first, and the relationships among them" })
export class Neighborhood {
  @Field(() => [GraphNode], { description: "The centre first, then by distance" }) nodes!: GraphNode[];
  @Field(() => [GraphEdge], { description: "Relationships whose both ends are in `nodes`" }) edges!: GraphEdge[];
  @Field(() => Boolean, { description: "Whether `limit` left out nodes within `depth`" }) truncated!: boolean;
}
