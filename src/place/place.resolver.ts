import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "../graphql/context.js";
import { checkId } from "../graphql/input-checks.js";
import { Event } from "../event/event.type.js";
import { eventsInPlace, parentPlaceOf, placeById } from "./place.repository.js";
import { Place } from "./place.type.js";

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: "A place by id; null when there is none" })
  place(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Place | null> {
    return placeById(ctx).load(checkId("id", id) as string);
  }

  @FieldResolver(() => Place, { nullable: true, description: "The place this one lies in" })
  parent(@Root() place: Place, @Ctx() ctx: GraphContext) {
    return parentPlaceOf(ctx, place.id);
  }

  @FieldResolver(() => [Event], { description: "Events that occurred here or in a place inside it, oldest first" })
  events(@Root() place: Place, @Ctx() ctx: GraphContext) {
    return eventsInPlace(ctx, place.id);
  }
}
