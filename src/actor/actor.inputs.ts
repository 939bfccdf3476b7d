import { ArgsType, Field, ID, InputType } from "type-graphql";
import type { ActorKind, ClaimRole, Origin, SpeechAct } from "../ingest/format/enums.js";
import { ActorKindEnum, ClaimRoleEnum, DirectionEnum, OriginEnum, SpeechActEnum, type Direction } from "../graphql/enums.js";

@InputType({ description: "Every field narrows the list; all given fields must hold" })
export class ActorFilter {
  @Field(() => [ActorKindEnum], { nullable: true }) kinds?: ActorKind[] | null;
  @Field(() => String, { nullable: true, description: "Words in the name or an alias (case-insensitive)" })
  text?: string | null;
  @Field(() => ID, { nullable: true, description: "Only actors that are (transitively) part of this one" })
  partOfId?: string | null;
  @Field(() => OriginEnum, { nullable: true }) origin?: Origin | null;
}

@ArgsType()
export class RelationArgs {
  @Field(() => DirectionEnum, { nullable: true, defaultValue: "BOTH" }) direction!: Direction;
  @Field(() => [SpeechActEnum], { nullable: true, description: "Only these speech acts (all when omitted)" })
  speechActs?: SpeechAct[] | null;
  @Field(() => [ClaimRoleEnum], { nullable: true, description: "Only about-roles in this list (all when omitted)" })
  roles?: ClaimRole[] | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Count the actor's parts as the actor (Pakistan with its officials and security sources)",
  })
  includeParts!: boolean;
}

@ArgsType()
export class ActorClaimsArgs {
  @Field(() => [SpeechActEnum], { nullable: true }) speechActs?: SpeechAct[] | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Include claims by or about the actor's parts" })
  includeParts!: boolean;
}
