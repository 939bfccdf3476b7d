import { Field, ID, InputType } from "type-graphql";
import type { ClaimRole, SpeechAct } from "../ingest/format/enums.js";
import { ClaimRoleEnum, SpeechActEnum } from "../graphql/enums.js";
import { DateScalar } from "../graphql/scalars.js";

@InputType({ description: "Every field narrows the list; all given fields must hold" })
export class ClaimFilter {
  @Field(() => ID, { nullable: true, description: "Made by this actor" }) claimantId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Also count claims by the claimant's parts (Pakistan's officials, its security sources)",
  })
  includeClaimantParts?: boolean | null;
  @Field(() => ID, { nullable: true, description: "About this actor" }) aboutId?: string | null;
  @Field(() => [ClaimRoleEnum], { nullable: true, description: "Only where the about-actor has one of these roles" })
  aboutRoles?: ClaimRole[] | null;
  @Field(() => Boolean, { nullable: true, description: "Also count claims about the actor's parts" })
  includeAboutParts?: boolean | null;
  @Field(() => [SpeechActEnum], { nullable: true }) speechActs?: SpeechAct[] | null;
  @Field(() => ID, { nullable: true, description: "Reported by this article" }) articleId?: string | null;
  @Field(() => ID, { nullable: true, description: "Referring to this event" }) eventId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Stated (or, if undated, reported) on or after this day" })
  from?: Date | null;
  @Field(() => DateScalar, { nullable: true, description: "Stated (or, if undated, reported) on or before this day" })
  to?: Date | null;
  @Field(() => String, { nullable: true, description: "Words in the claim's text or quote (case-insensitive)" })
  text?: string | null;
  @Field(() => Boolean, { nullable: true, description: "true: only claims another claim disputes; false: only undisputed" })
  disputed?: boolean | null;
}
