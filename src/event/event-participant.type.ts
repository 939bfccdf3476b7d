import { Field, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type.js";
import { EventRoleEnum } from "../graphql/enums.js";
import type { EventRole } from "../ingest/format/enums.js";

@ObjectType({ description: "An actor taking part in an event, and how" })
export class EventParticipant {
  @Field(() => Actor) actor!: Actor;
  @Field(() => EventRoleEnum) role!: EventRole;
}
