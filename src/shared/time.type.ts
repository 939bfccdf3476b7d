import { Field, Int, ObjectType } from "type-graphql";
import type { DatePrecision } from "../ingest/format/enums.js";
import { DatePrecisionEnum } from "../graphql/enums.js";
import { DateScalar } from "../graphql/scalars.js";

@ObjectType({ description: "A date as the text gives it, resolved to an inclusive day range" })
export class TimeInfo {
  @Field(() => String, { description: "The words of the text, e.g. 'last February'" }) text!: string;
  @Field(() => DateScalar) start!: string;
  @Field(() => DateScalar) end!: string;
  @Field(() => DatePrecisionEnum) precision!: DatePrecision;
}

@ObjectType({ description: "Character offsets [start, end) in the article text" })
export class Span {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

/** Reads the prefixed time properties rows.ts stores (`timeText`, `timeStart`, ...) back into a TimeInfo. */
export function readTime(props: Record<string, unknown>, prefix: string): TimeInfo | null {
  const text = props[`${prefix}Text`];
  if (typeof text !== "string") return null;
  return {
    text,
    start: props[`${prefix}Start`] as string,
    end: props[`${prefix}End`] as string,
    precision: props[`${prefix}Precision`] as DatePrecision,
  };
}
