import type { ActorInput, PlaceInput } from "./format/annotation.schema.js";
import type { MentionCount } from "./format/bundle.js";
import { findMentions } from "./extract/gazetteer.js";

/** How often the text names each gazetteer actor and place: the weight of (Article)-[:MENTIONS]. */
export function countMentions(text: string, actors: ActorInput[], places: PlaceInput[], publishedAt?: string): MentionCount[] {
  const counts = new Map<string, MentionCount>();
  for (const m of findMentions(text, actors, places, { publishedAt })) {
    const entry = counts.get(m.id) ?? { id: m.id, type: m.type, count: 0 };
    entry.count += 1;
    counts.set(m.id, entry);
  }
  return [...counts.values()].sort((a, b) => a.id.localeCompare(b.id));
}
