import { Field, ID, InputType } from "type-graphql";
import type { EventKind, EventRole } from "../ingest/format/enums.js";
import { EventKindEnum, EventRoleEnum } from "../graphql/enums.js";
import { DateScalar } from "../graphql/scalars.js";

@InputType({ description: "Every field narrows the list; all given fields must hold" })
export class EventFilter {
  @Field(() => [EventKindEnum], { nullable: true }) kinds?: EventKind[] | null;
  @Field(() => ID, { nullable: true, description: "Involving this actor" }) actorId?: string | null;
  @Field(() => [EventRoleEnum], { nullable: true, description: "Only where the actor has one of these roles" })
  roles?: EventRole[] | null;
  @Field(() => Boolean, { nullable: true, description: "Also count events involving the actor's parts" })
  includeParts?: boolean | null;
  @Field(() => ID, { nullable: true, description: "Occurring in this place or a place inside it" }) placeId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Ending on or after this day" }) from?: Date | null;
  @Field(() => DateScalar, { nullable: true, description: "Starting on or before this day" }) to?: Date | null;
  @Field(() => String, { nullable: true, description: "Words in the description (case-insensitive)" }) text?: string | null;
}
