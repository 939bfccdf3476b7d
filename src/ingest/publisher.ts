import { BadUserInputError } from "../errors/app-errors.js";
import { slugify } from "./extract/text.js";
import type { ActorInput } from "./format/annotation.schema.js";
import type { IngestRequest } from "./request.js";

/**
 * The outlet an article names: an existing actor by id, or by name or alias; an unknown name
 * becomes a new MEDIA actor.
 */
export function resolvePublisher(req: IngestRequest, actors: ActorInput[]): { id: string; added?: ActorInput } {
  if (req.publisherId) {
    if (!actors.some((a) => a.id === req.publisherId)) {
      throw new BadUserInputError(`Unknown publisherId "${req.publisherId}"; give publisherName to add a new outlet`, {
        argument: "publisherId",
      });
    }
    return { id: req.publisherId };
  }
  const name = req.publisherName as string;
  const wanted = name.toLowerCase();
  const known = actors.find((a) => a.name.toLowerCase() === wanted || a.aliases.some((x) => x.toLowerCase() === wanted));
  if (known) return { id: known.id };
  const added: ActorInput = { id: slugify(name), name, kind: "MEDIA", aliases: [], description: "News outlet", origin: "EXTRACTED" };
  return { id: added.id, added };
}
