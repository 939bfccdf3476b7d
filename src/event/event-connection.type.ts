import { Connection } from "../graphql/pagination/connection.js";
import { Event } from "./event.type.js";

export const EventConnection = Connection(Event, "Event");
export type EventConnection = InstanceType<typeof EventConnection>;
