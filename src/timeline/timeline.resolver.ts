import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { GraphContext } from "../graphql/context.js";
import { checkId } from "../graphql/input-checks.js";
import { toPage } from "../graphql/pagination/page-args.js";
import { dayRange } from "../graphql/scalars.js";
import { selects } from "../graphql/selection.js";
import { timelinePage } from "./timeline.repository.js";
import { TIMELINE_KINDS, TimelineArgs, TimelineConnection } from "./timeline.type.js";

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description:
      "Events and claims in time order (start day, then id), each with its date as the text gives it, resolved " +
      "range and precision. from/to keep entries whose range overlaps [from, to]; undated events are left out",
  })
  timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    const page = toPage(args);
    const { from, to } = dayRange(args.from, args.to);
    const kinds = args.kinds?.length ? TIMELINE_KINDS.filter((k) => args.kinds?.includes(k)) : TIMELINE_KINDS;
    const query = { actorId: checkId("actorId", args.actorId), includeParts: !!args.includeParts, kinds, from, to };
    return timelinePage(ctx, query, page, selects(info, "totalCount"));
  }
}
