// The relationship types a path or neighbourhood may walk. Types cannot be Cypher parameters, so the
// pattern text is built only from these lists, never from request text.
export const CORE_RELATIONS = [
  "REPORTS",
  "CLAIMED_BY",
  "VIA",
  "ABOUT",
  "REFERS_TO",
  "DISPUTES",
  "SUPPORTS",
  "CONTAINED_IN",
  "INVOLVES",
  "OCCURRED_IN",
  "PART_OF",
] as const;

// An article mentioning two actors, or publishing a story, says little about how they relate, and
// one article links everything it names: off unless asked for.
export const MENTION_RELATIONS = ["MENTIONS", "PUBLISHED_BY"] as const;

/** `TYPE_A|TYPE_B|...` for a relationship pattern. */
export function relationTypes(includeMentions: boolean): string {
  return [...CORE_RELATIONS, ...(includeMentions ? MENTION_RELATIONS : [])].join("|");
}

/** Words for an edge of a graph view: the role or speech act where there is one. */
export function edgeLabel(
  type: string,
  rel: { role?: unknown; count?: unknown },
  sourceProps?: Record<string, unknown>,
): string {
  if (typeof rel.role === "string") return rel.role;
  if (type === "CLAIMED_BY" && typeof sourceProps?.speechAct === "string") return sourceProps.speechAct;
  const words = type.toLowerCase().replace(/_/g, " ");
  return type === "MENTIONS" && typeof rel.count === "number" ? `${words} ×${rel.count}` : words;
}
