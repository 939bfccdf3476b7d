import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../actor/actor.type.js";
import { ClaimRoleEnum, OriginEnum } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination/connection.js";
import type { ClaimRole, Origin } from "../ingest/format/enums.js";
import { Claim } from "./claim.type.js";

export const ClaimConnection = Connection(Claim, "Claim");
export type ClaimConnection = InstanceType<typeof ClaimConnection>;

@ObjectType({ description: "An actor a claim is about, and how" })
export class ClaimAbout {
  @Field(() => Actor) actor!: Actor;
  @Field(() => ClaimRoleEnum) role!: ClaimRole;
}

export enum ClaimLinkType {
  DISPUTES = "DISPUTES",
  SUPPORTS = "SUPPORTS",
}
registerEnumType(ClaimLinkType, { name: "ClaimLinkType" });

export enum LinkDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}
registerEnumType(LinkDirection, {
  name: "LinkDirection",
  description: "OUTGOING: this claim disputes/supports the other; INCOMING: the other disputes/supports this one",
});

@ObjectType({ description: "A DISPUTES or SUPPORTS link with how sure it is and who made it" })
export class ClaimLink {
  @Field(() => ClaimLinkType) type!: ClaimLinkType;
  @Field(() => LinkDirection) direction!: LinkDirection;
  @Field(() => Claim, { description: "The claim at the other end" }) claim!: Claim;
  @Field(() => Float, { description: "1 for curated links; the extractor's confidence otherwise" }) confidence!: number;
  @Field(() => OriginEnum) origin!: Origin;
}
