import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type.js";
import { Article } from "../article/article.type.js";
import { Event } from "../event/event.type.js";
import { firstOrNull } from "../graphql/batch.js";
import type { GraphContext } from "../graphql/context.js";
import { checkId } from "../graphql/input-checks.js";
import { PageArgs, toPage } from "../graphql/pagination/page-args.js";
import { listPage } from "../graphql/pagination/run-listing.js";
import { selects } from "../graphql/selection.js";
import { ClaimAbout, ClaimConnection, ClaimLink } from "./claim-connection.type.js";
import { ClaimFilter } from "./claim.inputs.js";
import { claimListing } from "./claim.listing.js";
import { claimPrefetch } from "./claim-lookahead.js";
import { claimById, loadClaimRelation } from "./claim.repository.js";
import { Claim, toClaim } from "./claim.type.js";

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { nullable: true, description: "A claim by id; null when there is none" })
  claim(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Claim | null> {
    return claimById(ctx).load(checkId("id", id) as string);
  }

  @Query(() => ClaimConnection, { description: "Claims, filtered, in id order (article, then position)" })
  claims(
    @Arg("where", () => ClaimFilter, { nullable: true }) where: ClaimFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClaimConnection> {
    const prefetch = claimPrefetch(ctx, info, ["edges", "node"]);
    return listPage(ctx, claimListing(where), toPage(page), selects(info, "totalCount"), toClaim, prefetch);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who makes the claim" })
  claimant(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return firstOrNull(loadClaimRelation(ctx, claim.id, "claimant"));
  }

  @FieldResolver(() => [Actor], { description: "The reporting chain, nearest source first (Pakistani media, then IRNA)" })
  via(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "via");
  }

  @FieldResolver(() => [ClaimAbout], { description: "The actors the claim is about, with their roles" })
  about(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "about");
  }

  @FieldResolver(() => Article, { nullable: true, description: "The article that reports the claim" })
  article(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return firstOrNull(loadClaimRelation(ctx, claim.id, "article"));
  }

  @FieldResolver(() => [Event], { description: "The events the claim refers to" })
  events(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "events");
  }

  @FieldResolver(() => [Claim], { description: "Claims this one disputes" })
  disputes(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "disputes");
  }

  @FieldResolver(() => [Claim], { description: "Claims that dispute this one" })
  disputedBy(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "disputedBy");
  }

  @FieldResolver(() => [Claim], { description: "Claims this one supports" })
  supports(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "supports");
  }

  @FieldResolver(() => [Claim], { description: "Claims that support this one" })
  supportedBy(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "supportedBy");
  }

  @FieldResolver(() => [ClaimLink], { description: "Every DISPUTES/SUPPORTS link of the claim, both ways, with confidence" })
  links(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "links");
  }

  @FieldResolver(() => Claim, { nullable: true, description: "The claim inside which this one is reported" })
  containedIn(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return firstOrNull(loadClaimRelation(ctx, claim.id, "containedIn"));
  }

  @FieldResolver(() => [Claim], { description: "Claims reported inside this one" })
  contains(@Root() claim: Claim, @Ctx() ctx: GraphContext) {
    return loadClaimRelation(ctx, claim.id, "contains");
  }
}
