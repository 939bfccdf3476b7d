import { Field, ID, ObjectType } from "type-graphql";
import type { PlaceKind } from "../ingest/format/enums.js";
import { PlaceKindEnum } from "../graphql/enums.js";

@ObjectType({ description: "A country, province, region, city or border" })
export class Place {
  @Field(() => ID, { description: "e.g. 'place:balochistan'" }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => PlaceKindEnum) kind!: PlaceKind;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { nullable: true }) wikidataId!: string | null;
}

export function toPlace(p: Record<string, unknown>): Place {
  return {
    id: p.id as string,
    name: p.name as string,
    kind: p.kind as PlaceKind,
    aliases: (p.aliases as string[] | null) ?? [],
    wikidataId: (p.wikidataId as string | null) ?? null,
  };
}
