// Ids carry their type: 'article:', 'claim:', 'event:', 'place:' prefixes; bare slugs are actors.
// Labels that go into Cypher text come only from here.
export const NODE_LABELS = ["Article", "Actor", "Claim", "Event", "Place"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

const PREFIXES: Record<string, NodeLabel> = { article: "Article", claim: "Claim", event: "Event", place: "Place" };

export function labelOfId(id: string): NodeLabel {
  const prefix = /^([a-z]+):/.exec(id)?.[1];
  return prefix ? (PREFIXES[prefix] ?? "Actor") : "Actor";
}
