import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { ArticleConnection } from "../article/article-connection.type.js";
import { toArticle } from "../article/article.type.js";
import { ClaimConnection } from "../claim/claim-connection.type.js";
import { claimPrefetch } from "../claim/claim-lookahead.js";
import { toClaim } from "../claim/claim.type.js";
import { EventConnection } from "../event/event-connection.type.js";
import { toEvent } from "../event/event.type.js";
import type { GraphContext } from "../graphql/context.js";
import { checkId } from "../graphql/input-checks.js";
import type { Listing } from "../graphql/pagination/listing.js";
import { PageArgs, toPage } from "../graphql/pagination/page-args.js";
import { listPage, nestedPageLoader } from "../graphql/pagination/run-listing.js";
import { selects } from "../graphql/selection.js";
import { ActorRelation } from "./actor-relation.type.js";
import { relationsOf } from "./actor-relation.repository.js";
import { ActorClaimsArgs, ActorFilter, RelationArgs } from "./actor.inputs.js";
import {
  actorById,
  actorListing,
  ARTICLES_MENTIONING,
  claimsAboutListing,
  claimsMadeListing,
  EVENTS_INVOLVING,
  parentOf,
  partsOf,
} from "./actor.repository.js";
import { Actor, toActor } from "./actor.type.js";
import { ActorConnection } from "./actor-connection.type.js";

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: "An actor by id (slug); null when there is none" })
  actor(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return actorById(ctx).load(checkId("id", id) as string);
  }

  @Query(() => ActorConnection, { description: "Actors, filtered, in id order" })
  actors(
    @Arg("where", () => ActorFilter, { nullable: true }) where: ActorFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActorConnection> {
    return listPage(ctx, actorListing(where), toPage(page), selects(info, "totalCount"), toActor);
  }

  @Query(() => [ActorRelation], {
    description: "Who accuses, denies, rejects ... whom: one entry per (source, target, speech act) with the evidence claims",
  })
  actorRelations(
    @Arg("actorId", () => ID) actorId: string,
    @Args(() => RelationArgs) args: RelationArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActorRelation[]> {
    return relationsOf(ctx, checkId("actorId", actorId) as string, args, claimPrefetch(ctx, info, ["claims"], "claim"));
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The actor this one is part of" })
  parent(@Root() actor: Actor, @Ctx() ctx: GraphContext) {
    return parentOf(ctx, actor.id);
  }

  @FieldResolver(() => [Actor], { description: "Actors that are part of this one" })
  parts(@Root() actor: Actor, @Ctx() ctx: GraphContext) {
    return partsOf(ctx, actor.id);
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims the actor makes" })
  claimsMade(
    @Root() actor: Actor,
    @Args(() => ActorClaimsArgs) args: ActorClaimsArgs,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.nested(ctx, info, "actor.claimsMade", claimsMadeListing(args.speechActs, args.includeParts), page, toClaim, actor);
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims about the actor" })
  claimsAbout(
    @Root() actor: Actor,
    @Args(() => ActorClaimsArgs) args: ActorClaimsArgs,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.nested(ctx, info, "actor.claimsAbout", claimsAboutListing(args.speechActs, args.includeParts), page, toClaim, actor);
  }

  @FieldResolver(() => [ActorRelation], { description: "Who says what about whom, around this actor" })
  relations(@Root() actor: Actor, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, actor.id, args, claimPrefetch(ctx, info, ["claims"], "claim"));
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the actor, newest first" })
  articles(@Root() actor: Actor, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return this.nested(ctx, info, "actor.articles", ARTICLES_MENTIONING, page, toArticle, actor);
  }

  @FieldResolver(() => EventConnection, { description: "Events the actor takes part in, oldest first" })
  events(@Root() actor: Actor, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return this.nested(ctx, info, "actor.events", EVENTS_INVOLVING, page, toEvent, actor);
  }

  private nested<T>(
    ctx: GraphContext,
    info: GraphQLResolveInfo,
    name: string,
    listing: Listing,
    page: PageArgs,
    map: (p: Record<string, unknown>) => T,
    actor: Actor,
  ) {
    const prefetch = listing.label === "Claim" ? claimPrefetch(ctx, info, ["edges", "node"]) : undefined;
    return nestedPageLoader(ctx, name, "Actor", listing, toPage(page), selects(info, "totalCount"), map, prefetch).load(actor.id);
  }
}
