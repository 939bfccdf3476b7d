// What an ingest reports: enough to review a dry run before writing, and to see what a real run did.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Article } from "../../article/article.type.js";
import { ActorKindEnum, ClaimRoleEnum, SpeechActEnum } from "../../graphql/enums.js";
import { Span, TimeInfo } from "../../shared/time.type.js";
import type { ActorKind, ClaimRole, SpeechAct } from "../format/enums.js";

export enum IngestStatus {
  CREATED = "CREATED",
  ALREADY_PRESENT = "ALREADY_PRESENT",
  DRY_RUN = "DRY_RUN",
  REEXTRACTED = "REEXTRACTED",
  UP_TO_DATE = "UP_TO_DATE",
}
registerEnumType(IngestStatus, {
  name: "IngestStatus",
  description:
    "CREATED: written; ALREADY_PRESENT: the same url or text is stored, nothing changed; DRY_RUN: nothing written; " +
    "REEXTRACTED: a stored article's extracted claims and events replaced by the current extractor's; " +
    "UP_TO_DATE: the stored article already comes from the current extractor, nothing changed",
});

@ObjectType() export class ActorPreview {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ActorKindEnum) kind!: ActorKind;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
}

@ObjectType() export class AboutPreview {
  @Field(() => ID) actorId!: string;
  @Field(() => ClaimRoleEnum) role!: ClaimRole;
}

@ObjectType() export class ClaimPreview {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
  @Field(() => String) quote!: string;
  @Field(() => Span) span!: Span;
  @Field(() => ID) claimantId!: string;
  @Field(() => [ID]) via!: string[];
  @Field(() => SpeechActEnum) speechAct!: SpeechAct;
  @Field(() => String) cue!: string;
  @Field(() => Boolean) hedged!: boolean;
  @Field(() => [AboutPreview]) about!: AboutPreview[];
  @Field(() => Float) confidence!: number;
  @Field(() => TimeInfo, { nullable: true }) statedAt!: TimeInfo | null;
}

@ObjectType() export class EventPreview {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) description!: string;
  @Field(() => TimeInfo, { nullable: true }) time!: TimeInfo | null;
  @Field(() => ID, { nullable: true }) placeId!: string | null;
  @Field(() => Int, { nullable: true }) fatalities!: number | null;
}

@ObjectType() export class LinkPreview {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => String, { description: "DISPUTES or SUPPORTS" }) type!: string;
  @Field(() => Float) confidence!: number;
}

@ObjectType() export class SkippedItem {
  @Field(() => String) item!: string;
  @Field(() => String) reason!: string;
}

@ObjectType({ description: "What an ingest wrote, or on a dry run would write" })
export class IngestReport {
  @Field(() => IngestStatus) status!: IngestStatus;
  @Field(() => ID) articleId!: string;
  @Field(() => String, { nullable: true, description: "url or contentHash: how an ALREADY_PRESENT article was recognised" })
  duplicateBy!: string | null;
  @Field(() => Article, { nullable: true, description: "The stored article (null on a dry run)" }) article!: Article | null;
  @Field(() => String, { nullable: true, description: "Extractor version; null when a curated annotation was used" })
  extractorVersion!: string | null;
  @Field(() => [ID], { description: "Known actors the article mentions" }) actorsMatched!: string[];
  @Field(() => [ActorPreview], { description: "Actors new to the graph" }) actorsAdded!: ActorPreview[];
  @Field(() => [ClaimPreview]) claims!: ClaimPreview[];
  @Field(() => [EventPreview]) events!: EventPreview[];
  @Field(() => [LinkPreview], { description: "DISPUTES/SUPPORTS links to claims of this or earlier articles" })
  links!: LinkPreview[];
  @Field(() => [SkippedItem]) skipped!: SkippedItem[];
}

@ObjectType({ description: "What deleteArticle removed" })
export class DeleteReport {
  @Field(() => ID) articleId!: string;
  @Field(() => Boolean, { description: "false when there was no such article" }) deleted!: boolean;
  @Field(() => Int) claimsDeleted!: number;
  @Field(() => Int) eventsDeleted!: number;
  @Field(() => Int, { description: "Extracted actors nothing else referred to" }) actorsDeleted!: number;
}
