// Checks an article bundle as a whole before anything is written: spans against the text, every
// id it refers to, and dates that exist on a calendar. Returns every problem, not just the first,
// each naming the item so a person can find it in the file.
import type { ArticleBundle } from "./format/bundle.js";
import type { Span, TimeInput } from "./format/annotation.schema.js";

export interface Problem {
  item: string;
  problem: string;
}

/** Ids already in the graph that the bundle may refer to without carrying them. */
export interface KnownIds {
  actors: ReadonlySet<string>;
  places: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

export const NO_KNOWN_IDS: KnownIds = { actors: new Set(), places: new Set(), claims: new Set(), events: new Set() };

function realDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function checkTime(item: string, time: TimeInput | undefined, out: Problem[]): void {
  if (!time) return;
  for (const key of ["start", "end"] as const) {
    if (!realDate(time[key])) out.push({ item, problem: `time ${key} "${time[key]}" is not a real calendar date` });
  }
}

function checkSpan(item: string, text: string, span: Span, expected: string | undefined, out: Problem[]): void {
  if (span.end > text.length) {
    out.push({ item, problem: `span ${span.start}-${span.end} runs past the end of the text (${text.length} characters)` });
    return;
  }
  if (expected !== undefined && text.slice(span.start, span.end) !== expected) {
    const found = text.slice(span.start, span.end);
    out.push({ item, problem: `span ${span.start}-${span.end} holds "${found.slice(0, 80)}", not the quote "${expected.slice(0, 80)}"` });
  }
}

/** Claim and event ids the bundle refers to that it does not carry itself (they must be in the graph). */
export function outsideReferences(bundle: ArticleBundle): { claims: string[]; events: string[] } {
  const own = new Set([...bundle.claims.map((c) => c.id), ...bundle.events.map((e) => e.id)]);
  const claims = [
    ...bundle.claims.flatMap((c) => [...c.disputes, ...c.supports, ...(c.containedIn ? [c.containedIn] : [])]),
    ...bundle.links.flatMap((l) => [l.from, l.to]),
  ];
  const events = bundle.claims.flatMap((c) => c.eventIds);
  const outside = (ids: string[]) => [...new Set(ids)].filter((id) => !own.has(id)).sort();
  return { claims: outside(claims), events: outside(events) };
}

export function validateBundle(bundle: ArticleBundle, known: KnownIds = NO_KNOWN_IDS): Problem[] {
  const out: Problem[] = [];
  const ids = (list: { id: string }[], extra: ReadonlySet<string>) => new Set([...extra, ...list.map((x) => x.id)]);
  const actors = ids(bundle.actors, known.actors);
  const places = ids(bundle.places, known.places);
  const claims = ids(bundle.claims, known.claims);
  const events = ids(bundle.events, known.events);
  const need = (item: string, kind: string, id: string, set: ReadonlySet<string>) => {
    if (!set.has(id)) out.push({ item, problem: `unknown ${kind} id "${id}"` });
  };
  const duplicates = (list: { id: string }[], kind: string) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) out.push({ item: `${kind} ${id}`, problem: "id appears more than once" });
      seen.add(id);
    }
  };
  duplicates(bundle.claims, "claim");
  duplicates(bundle.events, "event");
  duplicates(bundle.actors, "actor");

  const { text } = bundle.article;
  need(`article ${bundle.article.id}`, "publisher actor", bundle.article.publisherId, actors);
  for (const a of bundle.actors) if (a.parentId) need(`actor ${a.id}`, "parent actor", a.parentId, actors);
  for (const p of bundle.places) if (p.parentId) need(`place ${p.id}`, "parent place", p.parentId, places);
  for (const m of bundle.mentions) need(`mention of ${m.id}`, m.type === "Actor" ? "actor" : "place", m.id, m.type === "Actor" ? actors : places);
  for (const e of bundle.events) {
    const item = `event ${e.id}`;
    if (e.span) checkSpan(item, text, e.span, undefined, out);
    checkTime(item, e.time, out);
    if (e.placeId) need(item, "place", e.placeId, places);
    for (const p of e.participants) need(item, "actor", p.actorId, actors);
  }
  for (const c of bundle.claims) {
    const item = `claim ${c.id}`;
    checkSpan(item, text, c.span, c.quote, out);
    checkTime(item, c.statedAt, out);
    need(item, "claimant actor", c.claimantId, actors);
    for (const v of c.via) need(item, "reporting (via) actor", v, actors);
    for (const a of c.about) need(item, "actor", a.actorId, actors);
    for (const e of c.eventIds) need(item, "event", e, events);
    for (const d of [...c.disputes, ...c.supports]) need(item, "claim", d, claims);
    if (c.containedIn) need(item, "containing claim", c.containedIn, claims);
    if (c.disputes.includes(c.id) || c.supports.includes(c.id)) out.push({ item, problem: "a claim cannot dispute or support itself" });
  }
  for (const l of bundle.links) {
    need(`link ${l.from} ${l.type} ${l.to}`, "claim", l.from, claims);
    need(`link ${l.from} ${l.type} ${l.to}`, "claim", l.to, claims);
  }
  return out;
}
