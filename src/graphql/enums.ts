// GraphQL enums built from the closed vocabularies in ingest/format/enums.ts, so the graph, the
// seed files and the API can never disagree on a value.
import { registerEnumType } from "type-graphql";
import {
  ACTOR_KINDS,
  CLAIM_ROLES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_ROLES,
  ORIGINS,
  PLACE_KINDS,
  SPEECH_ACTS,
} from "../ingest/format/enums.js";

function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const ActorKindEnum = enumObject(ACTOR_KINDS);
export const PlaceKindEnum = enumObject(PLACE_KINDS);
export const SpeechActEnum = enumObject(SPEECH_ACTS);
export const ClaimRoleEnum = enumObject(CLAIM_ROLES);
export const EventRoleEnum = enumObject(EVENT_ROLES);
export const EventKindEnum = enumObject(EVENT_KINDS);
export const DatePrecisionEnum = enumObject(DATE_PRECISIONS);
export const OriginEnum = enumObject(ORIGINS);
export const DirectionEnum = enumObject(["OUTGOING", "INCOMING", "BOTH"] as const);
export type Direction = keyof typeof DirectionEnum;

registerEnumType(ActorKindEnum, { name: "ActorKind", description: "What sort of actor" });
registerEnumType(PlaceKindEnum, { name: "PlaceKind" });
registerEnumType(SpeechActEnum, { name: "SpeechAct", description: "What a claim does: accuse, deny, reject, ..." });
registerEnumType(ClaimRoleEnum, { name: "ClaimRole", description: "How an actor figures in a claim" });
registerEnumType(EventRoleEnum, { name: "EventRole", description: "How an actor figures in an event" });
registerEnumType(EventKindEnum, { name: "EventKind" });
registerEnumType(DatePrecisionEnum, { name: "DatePrecision", description: "The granularity the text gives a date at" });
registerEnumType(OriginEnum, { name: "Origin", description: "Annotated by a person (CURATED) or by the extractor (EXTRACTED)" });
registerEnumType(DirectionEnum, {
  name: "Direction",
  description: "OUTGOING: what the actor says about others; INCOMING: what others say about it",
});
