import { Field, Float, ID, ObjectType } from "type-graphql";
import type { Origin, SpeechAct } from "../ingest/format/enums.js";
import { OriginEnum, SpeechActEnum } from "../graphql/enums.js";
import { readTime, Span, TimeInfo } from "../shared/time.type.js";

@ObjectType({ description: "An attributed statement: who said what about whom, verbatim, with its source" })
export class Claim {
  @Field(() => ID, { description: "e.g. 'claim:irna-85325588:03'" }) id!: string;
  @Field(() => String, { description: "What is claimed, in plain words" }) text!: string;
  @Field(() => String, { description: "The article's own words, verbatim at `span`" }) quote!: string;
  @Field(() => Span) span!: Span;
  @Field(() => SpeechActEnum) speechAct!: SpeechAct;
  @Field(() => String, { description: "The words that mark the statement: 'accused', 'dismissed', 'say'" }) cue!: string;
  @Field(() => Boolean, { description: "Whether the text distances itself ('what it calls', 'reportedly')" })
  hedged!: boolean;
  @Field(() => String, { nullable: true }) hedge!: string | null;
  @Field(() => Float, { description: "1 for curated claims; otherwise the extractor rule's prior, not a calibrated probability (see the README)" }) confidence!: number;
  @Field(() => OriginEnum) origin!: Origin;
  @Field(() => String, { nullable: true }) extractorVersion!: string | null;
  @Field(() => TimeInfo, { nullable: true, description: "When the statement was made, if the article says" })
  statedAt!: TimeInfo | null;
}

export function toClaim(p: Record<string, unknown>): Claim {
  return {
    id: p.id as string,
    text: p.text as string,
    quote: p.quote as string,
    span: { start: p.spanStart as number, end: p.spanEnd as number },
    speechAct: p.speechAct as SpeechAct,
    cue: p.cue as string,
    hedged: Boolean(p.hedged),
    hedge: (p.hedge as string | null) ?? null,
    confidence: (p.confidence as number | null) ?? 1,
    origin: (p.origin as Origin | null) ?? "CURATED",
    extractorVersion: (p.extractorVersion as string | null) ?? null,
    statedAt: readTime(p, "stated"),
  };
}
