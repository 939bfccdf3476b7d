import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type.js";
import { Place } from "../place/place.type.js";

@ObjectType({ description: "An actor or place the article names, and how often (aliases and metonyms included)" })
export class Mention {
  @Field(() => Actor, { nullable: true }) actor!: Actor | null;
  @Field(() => Place, { nullable: true }) place!: Place | null;
  @Field(() => Int) count!: number;
}
