import { ArgsType, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Claim } from "../claim/claim.type.js";
import { Event } from "../event/event.type.js";
import { Connection } from "../graphql/pagination/connection.js";
import { PageArgs } from "../graphql/pagination/page-args.js";
import { DateScalar } from "../graphql/scalars.js";
import { TimeInfo } from "../shared/time.type.js";

export const TIMELINE_KINDS = ["EVENT", "CLAIM"] as const;
export type TimelineEntryKind = (typeof TIMELINE_KINDS)[number];
export const TimelineEntryKindEnum = { EVENT: "EVENT", CLAIM: "CLAIM" } as const;
registerEnumType(TimelineEntryKindEnum, {
  name: "TimelineEntryKind",
  description: "EVENT: something that happened; CLAIM: a statement, placed when it was made",
});

@ObjectType({ description: "An event or a claim placed in time" })
export class TimelineEntry {
  @Field(() => ID, { description: "The event's or claim's id" }) id!: string;
  @Field(() => TimelineEntryKindEnum) kind!: TimelineEntryKind;
  @Field(() => TimeInfo, {
    description: "The event's time; for a claim, when it was stated, else the day its article was published ('reported ...')",
  })
  time!: TimeInfo;
  @Field(() => Event, { nullable: true, description: "Set when kind is EVENT" }) event!: Event | null;
  @Field(() => Claim, { nullable: true, description: "Set when kind is CLAIM" }) claim!: Claim | null;
}

export const TimelineConnection = Connection(TimelineEntry, "Timeline");
export type TimelineConnection = InstanceType<typeof TimelineConnection>;

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only events involving this actor and claims made by or about it",
  })
  actorId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only entries whose time range ends on or after this day" })
  from?: Date | null;
  @Field(() => DateScalar, { nullable: true, description: "Only entries whose time range starts on or before this day" })
  to?: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "With actorId: also entries of the actor's parts (Pakistan with its officials and forces)",
  })
  includeParts!: boolean;
  @Field(() => [TimelineEntryKindEnum], { nullable: true, description: "Only these kinds (both when omitted)" })
  kinds?: TimelineEntryKind[] | null;
}
