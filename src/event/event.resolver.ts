import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { ClaimConnection } from "../claim/claim-connection.type.js";
import { claimPrefetch } from "../claim/claim-lookahead.js";
import { toClaim } from "../claim/claim.type.js";
import type { GraphContext } from "../graphql/context.js";
import { checkId } from "../graphql/input-checks.js";
import { PageArgs, toPage } from "../graphql/pagination/page-args.js";
import { listPage, nestedPageLoader } from "../graphql/pagination/run-listing.js";
import { selects } from "../graphql/selection.js";
import { Place } from "../place/place.type.js";
import { EventConnection } from "./event-connection.type.js";
import { EventParticipant } from "./event-participant.type.js";
import { EventFilter } from "./event.inputs.js";
import { eventListing } from "./event.listing.js";
import { CLAIMS_REFERRING, eventById, participantsOf, placeOf } from "./event.repository.js";
import { Event, toEvent } from "./event.type.js";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: "An event by id; null when there is none" })
  event(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Event | null> {
    return eventById(ctx).load(checkId("id", id) as string);
  }

  @Query(() => EventConnection, { description: "Events, filtered, oldest first (undated last)" })
  events(
    @Arg("where", () => EventFilter, { nullable: true }) where: EventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EventConnection> {
    return listPage(ctx, eventListing(where), toPage(page), selects(info, "totalCount"), toEvent);
  }

  @FieldResolver(() => Place, { nullable: true }) place(@Root() event: Event, @Ctx() ctx: GraphContext) {
    return placeOf(ctx, event.id);
  }

  @FieldResolver(() => [EventParticipant], { description: "Actors involved, with their roles" })
  participants(@Root() event: Event, @Ctx() ctx: GraphContext) {
    return participantsOf(ctx, event.id);
  }

  @FieldResolver(() => ClaimConnection, { description: "Claims that refer to the event" })
  claims(@Root() event: Event, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return nestedPageLoader(ctx, "event.claims", "Event", CLAIMS_REFERRING, toPage(page), selects(info, "totalCount"), toClaim, claimPrefetch(ctx, info, ["edges", "node"])).load(event.id);
  }
}
