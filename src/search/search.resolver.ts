import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { GraphContext } from "../graphql/context.js";
import { checkIntRange, checkText } from "../graphql/input-checks.js";
import { searchGraph } from "./search.repository.js";
import { SearchHit } from "./search.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Full-text search over articles, claims, actors, events and places, best first. Words match in any order and " +
      "by stem ('vegetable' finds 'vegetables'); every character is taken literally, not as query syntax",
  })
  search(
    @Arg("query", () => String, { description: "1 to 200 characters" }) query: string,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many hits, 1 to 100" }) first: number,
    @Ctx() ctx: GraphContext,
  ): Promise<SearchHit[]> {
    return searchGraph(ctx, checkText("query", query) as string, checkIntRange("first", first, 1, 100));
  }
}
