import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How much the graph holds, node counts by type" })
export class GraphStats {
  @Field(() => Int) articles!: number;
  @Field(() => Int) actors!: number;
  @Field(() => Int) claims!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) places!: number;
}
