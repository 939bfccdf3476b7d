import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../graphql/scalars.js";

@ObjectType({ description: "A news article, the source of every claim it reports" })
export class Article {
  @Field(() => ID, { description: "e.g. 'article:irna-85325588'" }) id!: string;
  @Field(() => String) title!: string;
  @Field(() => DateTimeScalar, { description: "Publication instant (UTC)" }) publishedAt!: string;
  @Field(() => String, { description: "Publication time as the publisher gave it, with its UTC offset" })
  publishedAtLocal!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: "The publisher's own id for the story" }) newsId!: string | null;
  @Field(() => String, { nullable: true }) dateline!: string | null;
  @Field(() => String) language!: string;
  @Field(() => String, { description: "The cleaned body; claim spans index into it" }) text!: string;
  @Field(() => String, { description: "sha256 of the whitespace-normalised text" }) contentHash!: string;
  @Field(() => String, { nullable: true, description: "The extractor that produced its claims and events; null for a curated annotation" })
  extractorVersion!: string | null;
}

export function toArticle(p: Record<string, unknown>): Article {
  return {
    id: p.id as string,
    title: p.title as string,
    publishedAt: p.publishedAt as string,
    publishedAtLocal: p.publishedAt as string,
    url: (p.url as string | null) ?? null,
    newsId: (p.newsId as string | null) ?? null,
    dateline: (p.dateline as string | null) ?? null,
    language: (p.language as string | null) ?? "en",
    text: (p.text as string | null) ?? "",
    contentHash: p.contentHash as string,
    extractorVersion: (p.extractorVersion as string | null) ?? null,
  };
}
