import { Field, Int, ObjectType } from "type-graphql";
import { Claim } from "../claim/claim.type.js";
import { ClaimRoleEnum, SpeechActEnum } from "../graphql/enums.js";
import type { ClaimRole, SpeechAct } from "../ingest/format/enums.js";
import { Actor } from "./actor.type.js";

@ObjectType({ description: "Who says what kind of thing about whom: one entry per (source, target, speech act)" })
export class ActorRelation {
  @Field(() => Actor, { description: "The claimant" }) source!: Actor;
  @Field(() => Actor, { description: "The actor the claims are about" }) target!: Actor;
  @Field(() => SpeechActEnum) speechAct!: SpeechAct;
  @Field(() => [ClaimRoleEnum], { description: "The roles the target has in these claims" }) roles!: ClaimRole[];
  @Field(() => Int, { description: "How many claims" }) count!: number;
  @Field(() => [Claim], { description: "The evidence: the claims themselves" }) claims!: Claim[];
}
