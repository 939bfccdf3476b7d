// Turning the extractor's raw findings into seed-format items: events with ids and provenance, the
// publisher as an actor when the gazetteer lacks it, and one claim per statement found twice.
import type { ActorInput, EventInput } from "../format/annotation.schema.js";
import { eventSchema } from "../format/annotation.schema.js";
import type { RawClaim } from "./attribution.js";
import type { TimeExpression } from "./dates.js";
import type { RawEvent } from "./events.js";

export type Made = { origin: "EXTRACTED"; extractorVersion: string; confidence: number };
type Dropped = Array<{ kind: "claim" | "event"; reason: string; text: string }>;
type Time = (d: TimeExpression) => { text: string; start: string; end: string; precision: TimeExpression["precision"] };

export function toEvents(rawEvents: RawEvent[], body: string, slug: string, made: (c: number) => Made, time: Time, dropped: Dropped): Array<EventInput & Made> {
  const events: Array<EventInput & Made> = [];
  rawEvents.forEach((e: RawEvent, i) => {
    const ev = {
      id: `event:${slug}:x${String(i + 1).padStart(2, "0")}`,
      kind: e.kind,
      description: body.slice(e.span.start, e.span.end).trim().slice(0, 300),
      participants: e.participants,
      span: e.span,
      ...(e.time ? { time: time(e.time) } : {}),
      ...(e.placeId ? { placeId: e.placeId } : {}),
      ...(e.fatalities !== undefined ? { fatalities: e.fatalities } : {}),
      ...made(e.confidence),
    };
    if (eventSchema.safeParse(ev).success) events.push(ev);
    else dropped.push({ kind: "event", reason: "schema", text: ev.description });
  });

  return events;
}

/** The publisher ends every reporting chain; an unknown one gets a minimal actor so no link dangles. */
export function publisherActor(publisherId: string | undefined, known: ActorInput[]): ActorInput[] {
  if (!publisherId || known.some((a) => a.id === publisherId)) return [];
  const name = publisherId.split("-").map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ");
  return [{ id: publisherId, name, kind: "MEDIA", aliases: [], description: "Publisher of the article.", origin: "EXTRACTED" }];
}

/** The same statement found twice (quoted and reported) is kept once. */
export function dedupe(claims: RawClaim[]): RawClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.span.start}:${c.span.end}:${c.claimantId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
