// The PART_OF tree of actors: what an actor is part of, and the parents a set of actors needs with it.
import type { ActorInput } from "../format/annotation.schema.js";

/** Every actor `id` is part of, nearest first; stops at a cycle. */
export function ancestorsOf(id: string, actors: ReadonlyMap<string, ActorInput>): Set<string> {
  const out = new Set<string>();
  for (let a = actors.get(id); a?.parentId && !out.has(a.parentId); a = actors.get(a.parentId)) out.add(a.parentId);
  return out;
}

/** The actors, with every parent `pool` holds for them, so no PART_OF link points at an actor left out. */
export function withAncestors(actors: ActorInput[], pool: ActorInput[]): ActorInput[] {
  const byId = new Map(pool.map((a) => [a.id, a]));
  const out = new Map(actors.map((a) => [a.id, a]));
  for (const a of actors) {
    for (let p = a.parentId ? byId.get(a.parentId) : undefined; p && !out.has(p.id); p = p.parentId ? byId.get(p.parentId) : undefined) out.set(p.id, p);
  }
  return [...out.values()];
}
