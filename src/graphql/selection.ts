import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/** The fields selected directly in `set`, looking through inline and named fragments. */
function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): { name: string; set?: SelectionSetNode }[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === "Field") return [{ name: s.name.value, set: s.selectionSet }];
    if (s.kind === "InlineFragment") return fieldsOf(info, s.selectionSet);
    return fieldsOf(info, info.fragments[s.name.value]?.selectionSet);
  });
}

/**
 * Names of the fields selected below the current field along `path`, e.g. ["edges", "node"] for
 * the nodes of a connection; [] is the current field's own selection.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets = info.fieldNodes.map((n) => n.selectionSet);
  for (const step of path) {
    sets = sets.flatMap((set) => fieldsOf(info, set).filter((f) => f.name === step).map((f) => f.set));
  }
  return new Set(sets.flatMap((set) => fieldsOf(info, set).map((f) => f.name)));
}

/** Whether the client asked for `field` directly under the current field (fragments included). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectedFields(info).has(field);
}
