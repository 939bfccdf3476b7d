import { JSONObjectResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "One news article to add to the graph" })
export class ArticleInput {
  @Field(() => String, { description: "Body text: plain, or a page scrape (page furniture is removed)" }) text!: string;
  @Field(() => String, { nullable: true, description: "Headline; taken from a page scrape when omitted" }) title?: string | null;
  @Field(() => ID, { nullable: true, description: "An existing actor id of the outlet, e.g. 'irna'" }) publisherId?: string | null;
  @Field(() => String, { nullable: true, description: "Or the outlet's name; a new MEDIA actor when unknown" })
  publisherName?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { description: "ISO 8601 with the publisher's offset, e.g. 2023-12-18T14:20:00+03:30" })
  publishedAt!: string;
  @Field(() => String, { nullable: true, description: "The publisher's own id for the story" }) newsId?: string | null;
  @Field(() => String, { nullable: true, defaultValue: "en" }) language?: string | null;
  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: "A curated annotation in the seed format (seeds/README.md); it takes precedence over extraction",
  })
  annotation?: Record<string, unknown> | null;
  @Field(() => [JSONObjectResolver], { nullable: true, description: "Gazetteer entries the annotation needs (seed format)" })
  actors?: Record<string, unknown>[] | null;
}
