import { Field, Float, ID, ObjectType } from "type-graphql";
import type { ActorKind, Origin } from "../ingest/format/enums.js";
import { ActorKindEnum, OriginEnum } from "../graphql/enums.js";

@ObjectType({ description: "A state, government, armed group, official, medium or unnamed source" })
export class Actor {
  @Field(() => ID, { description: "Stable slug, e.g. 'afghan-taliban'" }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ActorKindEnum) kind!: ActorKind;
  @Field(() => [String], { description: "Other names and metonyms the news uses ('Islamabad', 'Kabul')" })
  aliases!: string[];
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) wikidataId!: string | null;
  @Field(() => OriginEnum, { description: "CURATED: from the gazetteer; EXTRACTED: found in an article's text" })
  origin!: Origin;
  @Field(() => Float, { description: "1 for curated actors; the extractor's confidence otherwise" }) confidence!: number;
  @Field(() => String, { nullable: true }) extractorVersion!: string | null;
}

export function toActor(p: Record<string, unknown>): Actor {
  return {
    id: p.id as string,
    name: p.name as string,
    kind: p.kind as ActorKind,
    aliases: (p.aliases as string[] | null) ?? [],
    description: (p.description as string | null) ?? "",
    wikidataId: (p.wikidataId as string | null) ?? null,
    origin: (p.origin as Origin | null) ?? "CURATED",
    confidence: (p.confidence as number | null) ?? 1,
    extractorVersion: (p.extractorVersion as string | null) ?? null,
  };
}
