import { Connection } from "../graphql/pagination/connection.js";
import { Actor } from "./actor.type.js";

export const ActorConnection = Connection(Actor, "Actor");
export type ActorConnection = InstanceType<typeof ActorConnection>;
