import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../graphql/scalars.js";

@InputType({ description: "Every field narrows the list; all given fields must hold" })
export class ArticleFilter {
  @Field(() => ID, { nullable: true }) publisherId?: string | null;
  @Field(() => ID, { nullable: true, description: "Mentioning this actor or place" }) mentionsId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Published on or after this day (publisher's calendar)" })
  from?: Date | null;
  @Field(() => DateScalar, { nullable: true, description: "Published on or before this day (publisher's calendar)" })
  to?: Date | null;
  @Field(() => String, { nullable: true, description: "Words in the title or text (case-insensitive)" }) text?: string | null;
}
