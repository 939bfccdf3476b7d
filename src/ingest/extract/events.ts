// Events the article describes: a trigger word gives the kind; the sentence gives time (dates.ts), place
// (gazetteer places) and fatalities where stated. A definite "the attack" with nothing new refers back
// to an event already found, and plural "attacks" only make an event when dated.
import type { EventKind, EventRole } from "../format/enums.js";
import type { TimeExpression } from "./dates.js";
import type { Mention } from "./gazetteer.js";
import type { Sentence } from "./sentences.js";
import { fatalitiesNear } from "./fatalities.js";
import { findCues } from "./speech-acts.js";
import type { Span } from "./text.js";

export interface RawEvent {
  kind: EventKind;
  span: Span;
  time?: TimeExpression;
  placeId?: string;
  fatalities?: number;
  participants: Array<{ actorId: string; role: EventRole }>;
  confidence: number;
}

const TRIGGERS: ReadonlyArray<[EventKind, RegExp]> = [
  ["BOMBING", /\b(suicide (?:attack|bombing|blast)s?|bomb(?:ing|ings|ed)?|blasts?|explosions?)\b/gi],
  ["ATTACK", /\b(attack(?:s|ed)?|assaults?|ambush(?:es|ed)?|raids?|stormed)\b/gi],
  ["SEIZURE", /\b(seiz(?:ed|ure|ures)|discovered|recovered|confiscated|intercepted)\b/gi],
  ["SMUGGLING", /\b(smuggl(?:e|ed|ing)|trafficking)\b/gi],
  ["TAKEOVER", /\b((?:came|come|returned|return) to power|takeover|took over|overran|seized (?:power|control))\b/gi],
  ["WITHDRAWAL", /\b(withdrawal|pull-?out|withdrew|pulled out)\b/gi],
  ["WAR", /\b(war)\b/gi],
];

export function findEvents(folded: string, sentences: Sentence[], mentions: Mention[], dates: TimeExpression[], kindOf: (id: string) => string | undefined, weak: Mention[] = []): RawEvent[] {
  const events: RawEvent[] = [];
  for (const s of sentences) {
    const inS = (x: Span) => x.start >= s.start && x.end <= s.end;
    const taken: Span[] = [];
    for (const [kind, re] of TRIGGERS) {
      for (const m of folded.slice(s.start, s.end).matchAll(re)) {
        const start = s.start + m.index;
        const trigger = { start, end: start + m[0].length };
        if (taken.some((t) => Math.abs(t.start - trigger.start) < 25)) continue; // "suicide bombing attack" is one event
        const word = m[1]!.toLowerCase();
        if (kind === "SEIZURE" && /^seiz/.test(word) && /^\s+(power|control)/.test(folded.slice(trigger.end))) continue;
        const clause = clauseAround(folded, s, trigger);
        const time = nearest(dates.filter((d) => inS(d.span)), trigger, clause);
        const timeInClause = !!time && time.span.start >= clause.start && time.span.end <= clause.end;
        const plural = /s$/.test(word) && kind !== "TAKEOVER";
        const definite = /\b(the|this|that)\s+(?:[a-z-]+\s+){0,2}$/i.test(folded.slice(Math.max(s.start, start - 30), start));
        const fatalities = fatalitiesNear(folded, clause);
        if ((plural && !time) || (definite && !timeInClause && fatalities === undefined && events.some((e) => e.kind === kind || (kind === "ATTACK" && e.kind === "BOMBING")))) continue;
        const places = mentions.filter((x) => x.type === "Place" && x.span.start >= clause.start && x.span.end <= clause.end);
        const place = places.find((p) => p.span.start > trigger.start) ?? places[0];
        events.push({
          kind,
          span: clause,
          participants: participants(folded, [...mentions, ...weak].sort((x, y) => x.span.start - y.span.start), clause, trigger, kind, kindOf),
          confidence: 0.6 + (time ? 0.1 : 0) + (place ? 0.1 : 0),
          ...(time ? { time } : {}),
          ...(place ? { placeId: place.id } : {}),
          ...(fatalities !== undefined ? { fatalities } : {}),
        });
        taken.push(trigger);
      }
    }
  }
  return events.sort((a, b) => a.span.start - b.span.start);
}

/** From the trigger's noun phrase to the next comma or the sentence end. */
function clauseAround(folded: string, s: Sentence, trigger: Span): Span {
  const head = folded.slice(s.start, trigger.start);
  // The nearest boundary before the trigger: punctuation or a word that opens a clause.
  const lead = /^(?:[^]*(?:[,;:–—]\s*|\b(?:when|that|which|with|since|after|as|while|because|where|over)\s+))?([^,;:–—]*)$/.exec(head);
  const start = lead ? trigger.start - lead[1]!.length : s.start;
  const tail = folded.slice(trigger.end, s.end);
  const stop = /[,;]\s|\.$/.exec(tail);
  const end = stop ? trigger.end + stop.index : s.end;
  return { start, end };
}

function nearest(dates: TimeExpression[], trigger: Span, clause: Span): TimeExpression | undefined {
  const inClause = dates.filter((d) => d.span.start >= clause.start && d.span.end <= clause.end);
  const pool = inClause.length ? inClause : dates;
  return [...pool].sort((a, b) => Math.abs(a.span.start - trigger.start) - Math.abs(b.span.start - trigger.start))[0];
}

function participants(folded: string, mentions: Mention[], clause: Span, trigger: Span, kind: EventKind, kindOf: (id: string) => string | undefined) {
  const out: Array<{ actorId: string; role: EventRole }> = [];
  for (const m of mentions.filter((x) => x.type === "Actor" && x.span.start >= clause.start && x.span.end <= clause.end)) {
    if (out.some((o) => o.actorId === m.id)) continue;
    // Who reports or regrets an event is not in it: "the Afghan Taliban expressed regret over a bombing".
    if (findCues(folded, m.span.end, Math.min(clause.end, m.span.end + 30)).some((c) => c.start - m.span.end < 25)) continue;
    if (kind === "WAR" && Math.abs(m.span.start - trigger.start) > 60) continue;
    const before = m.span.end <= trigger.start;
    const after = folded.slice(Math.max(clause.start, m.span.start - 25), m.span.start);
    let role: EventRole;
    if (kind === "ATTACK" || kind === "BOMBING") role = before && !/\b(on|against)\s+$/.test(after) ? "PERPETRATOR" : kindOf(m.id) === "SECURITY_FORCES" ? "VICTIM" : "TARGET";
    else if (kind === "WAR") role = "PARTICIPANT";
    else role = before ? "AGENT" : "PARTICIPANT";
    out.push({ actorId: m.id, role });
  }
  return out;
}
