import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { EventKind, Origin } from "../ingest/format/enums.js";
import { EventKindEnum, OriginEnum } from "../graphql/enums.js";
import { readTime, Span, TimeInfo } from "../shared/time.type.js";

@ObjectType({ description: "Something that happened, as an article reports it" })
export class Event {
  @Field(() => ID, { description: "e.g. 'event:irna-85325588:04'" }) id!: string;
  @Field(() => EventKindEnum) kind!: EventKind;
  @Field(() => String) description!: string;
  @Field(() => TimeInfo, { nullable: true }) time!: TimeInfo | null;
  @Field(() => Int, { nullable: true, description: "Deaths, where the article gives a number" }) fatalities!: number | null;
  @Field(() => Span, { nullable: true, description: "Where the article describes it" }) span!: Span | null;
  @Field(() => OriginEnum) origin!: Origin;
  @Field(() => Float, { description: "1 for curated events; the extractor's confidence otherwise" }) confidence!: number;
  @Field(() => String, { nullable: true }) extractorVersion!: string | null;
}

export function toEvent(p: Record<string, unknown>): Event {
  return {
    id: p.id as string,
    kind: p.kind as EventKind,
    description: p.description as string,
    time: readTime(p, "time"),
    fatalities: (p.fatalities as number | null) ?? null,
    span: typeof p.spanStart === "number" ? { start: p.spanStart, end: p.spanEnd as number } : null,
    origin: (p.origin as Origin | null) ?? "CURATED",
    confidence: (p.confidence as number | null) ?? 1,
    extractorVersion: (p.extractorVersion as string | null) ?? null,
  };
}
