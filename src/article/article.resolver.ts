import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type.js";
import { ClaimConnection } from "../claim/claim-connection.type.js";
import { claimPrefetch } from "../claim/claim-lookahead.js";
import { toClaim } from "../claim/claim.type.js";
import type { GraphContext } from "../graphql/context.js";
import { checkId } from "../graphql/input-checks.js";
import { PageArgs, toPage } from "../graphql/pagination/page-args.js";
import { listPage, nestedPageLoader } from "../graphql/pagination/run-listing.js";
import { selects } from "../graphql/selection.js";
import { ArticleConnection } from "./article-connection.type.js";
import { ArticleFilter } from "./article.inputs.js";
import { Event } from "../event/event.type.js";
import { articleById, articleListing, CLAIMS_REPORTED, eventsReportedBy, mentionsOf, publisherOf } from "./article.repository.js";
import { Article, toArticle } from "./article.type.js";
import { Mention } from "./mention.type.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "An article by id; null when there is none" })
  article(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return articleById(ctx).load(checkId("id", id) as string);
  }

  @Query(() => ArticleConnection, { description: "Articles, filtered, newest first" })
  articles(
    @Arg("where", () => ArticleFilter, { nullable: true }) where: ArticleFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ArticleConnection> {
    return listPage(ctx, articleListing(where), toPage(page), selects(info, "totalCount"), toArticle);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The outlet that published it" })
  publisher(@Root() article: Article, @Ctx() ctx: GraphContext) {
    return publisherOf(ctx, article.id);
  }

  @FieldResolver(() => [Mention], { description: "Actors and places it names, most mentioned first" })
  mentions(@Root() article: Article, @Ctx() ctx: GraphContext) {
    return mentionsOf(ctx, article.id);
  }

  @FieldResolver(() => [Event], { description: "The events it reports, oldest first (undated last)" })
  events(@Root() article: Article, @Ctx() ctx: GraphContext) {
    return eventsReportedBy(ctx, article.id);
  }

  @FieldResolver(() => ClaimConnection, { description: "The claims it reports, in order of appearance" })
  claims(@Root() article: Article, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return nestedPageLoader(ctx, "article.claims", "Article", CLAIMS_REPORTED, toPage(page), selects(info, "totalCount"), toClaim, claimPrefetch(ctx, info, ["edges", "node"])).load(article.id);
  }
}
