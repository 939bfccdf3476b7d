import { Field, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type.js";
import { ClaimRoleEnum } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination/connection.js";
import type { ClaimRole } from "../ingest/format/enums.js";
import { Claim } from "./claim.type.js";

export const ClaimConnection = Connection(Claim, "Claim");
export type ClaimConnection = InstanceType<typeof ClaimConnection>;

@ObjectType({ description: "An actor a claim is about, and how" })
export class ClaimAbout {
  @Field(() => Actor) actor!: Actor;
  @Field(() => ClaimRoleEnum) role!: ClaimRole;
}
