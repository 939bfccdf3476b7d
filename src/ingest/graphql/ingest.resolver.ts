import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { actorById } from "../../actor/actor.repository.js";
import { Actor } from "../../actor/actor.type.js";
import { articleById } from "../../article/article.repository.js";
import { requireWriteAccess } from "../../graphql/auth.js";
import type { GraphContext } from "../../graphql/context.js";
import { checkId } from "../../graphql/input-checks.js";
import { deleteArticle } from "../admin/delete-article.js";
import { mergeActors } from "../admin/merge-actors.js";
import { ingestArticle, type IngestOutcome } from "../ingest-article.js";
import { reextractArticle } from "../reextract-article.js";
import type { IngestRequestInput } from "../request.js";
import { toIngestReport } from "./ingest-report.js";
import { ArticleInput } from "./ingest.inputs.js";
import { DeleteReport, IngestReport } from "./ingest.types.js";

// GraphQL gives absent optional fields as null; the request schema expects them left out.
const withoutNulls = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/** The report with the article as now stored; a dry run stored nothing. */
async function withStoredArticle(ctx: GraphContext, outcome: IngestOutcome): Promise<IngestReport> {
  const article = outcome.status === "DRY_RUN" ? null : await articleById(ctx).load(outcome.articleId);
  return { ...toIngestReport(outcome), article };
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestReport, {
    description: "Adds one article: extraction (or its curated annotation), one transaction, idempotent by url and text",
  })
  async ingestArticle(
    @Arg("input", () => ArticleInput) input: ArticleInput,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Report what would be written; write nothing" })
    dryRun: boolean,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestReport> {
    requireWriteAccess(ctx);
    const outcome = await ingestArticle(ctx.db, { ...(withoutNulls(input) as IngestRequestInput), dryRun }, ctx.cypher);
    return withStoredArticle(ctx, outcome);
  }

  @Mutation(() => IngestReport, {
    description:
      "Runs a stored article through the current extractor when an older one produced its claims and events, and " +
      "replaces them in one transaction (links from other articles' claims are worked out again). Curated articles are refused.",
  })
  async reextractArticle(
    @Arg("id", () => ID) id: string,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Report what would be written; write nothing" })
    dryRun: boolean,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestReport> {
    requireWriteAccess(ctx);
    const outcome = await reextractArticle(ctx.db, checkId("id", id) as string, { dryRun }, ctx.cypher);
    return withStoredArticle(ctx, outcome);
  }

  @Mutation(() => DeleteReport, { description: "Removes an article and the claims and events only it reports; actors stay" })
  async deleteArticle(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphContext): Promise<DeleteReport> {
    requireWriteAccess(ctx);
    const outcome = await deleteArticle(ctx.db, checkId("id", id) as string, ctx.cypher);
    return { articleId: id, ...outcome };
  }

  @Mutation(() => Actor, { description: "Folds a duplicate actor into another: relationships move, names become aliases" })
  async mergeActors(
    @Arg("keepId", () => ID) keepId: string,
    @Arg("dropId", () => ID) dropId: string,
    @Ctx() ctx: GraphContext,
  ): Promise<Actor> {
    requireWriteAccess(ctx);
    const kept = await mergeActors(ctx.db, checkId("keepId", keepId) as string, checkId("dropId", dropId) as string, ctx.cypher);
    return (await actorById(ctx).load(kept)) as Actor;
  }
}
