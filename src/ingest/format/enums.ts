// Closed vocabularies shared by the seed files, the extractor, the graph and the GraphQL schema.

export const ACTOR_KINDS = [
  "STATE",
  "GOVERNMENT",
  "MILITARY",
  "SECURITY_FORCES",
  "ARMED_GROUP",
  "OFFICIALS",
  "PERSON",
  "MEDIA",
  "ORGANIZATION",
  "UNNAMED_SOURCE",
  "OTHER",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PLACE_KINDS = ["COUNTRY", "PROVINCE", "REGION", "CITY", "BORDER", "OTHER"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const SPEECH_ACTS = [
  "ASSERT",
  "ACCUSE",
  "DENY",
  "REJECT",
  "EXPRESS_CONCERN",
  "EXPRESS_REGRET",
  "DEMAND",
  "WARN",
  "CONDEMN",
  "PROMISE",
  "REPORT",
] as const;
export type SpeechAct = (typeof SPEECH_ACTS)[number];

/** How an actor figures in a claim. */
export const CLAIM_ROLES = ["SUBJECT", "TARGET", "BENEFICIARY", "VICTIM", "ADDRESSEE", "MENTIONED"] as const;
export type ClaimRole = (typeof CLAIM_ROLES)[number];

/** How an actor figures in an event. */
export const EVENT_ROLES = ["PERPETRATOR", "TARGET", "VICTIM", "AGENT", "SUPPLIER", "PARTICIPANT"] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const EVENT_KINDS = [
  "ATTACK",
  "BOMBING",
  "SEIZURE",
  "SMUGGLING",
  "TAKEOVER",
  "WITHDRAWAL",
  "WAR",
  "STATEMENT",
  "OTHER",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const DATE_PRECISIONS = ["DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "DECADE"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Where a claim or link came from: a person annotated it, or the extractor produced it. */
export const ORIGINS = ["CURATED", "EXTRACTED"] as const;
export type Origin = (typeof ORIGINS)[number];
