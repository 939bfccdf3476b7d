import { ArgsType, Field, Int } from "type-graphql";
import { BadUserInputError } from "../../errors/app-errors.js";
import { decodeCursor, type SortKey } from "./cursor.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Continue after this cursor (a previous page's endCursor)" })
  after?: string | null;
}

export interface Page {
  limit: number;
  after?: SortKey;
}

/** Checks paging arguments; too large a page is an error, never a silent cut. */
export function toPage(args: { first?: number | null; after?: string | null }): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"first" must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}`, { argument: "first" });
  }
  return { limit, after: args.after ? decodeCursor(args.after) : undefined };
}
