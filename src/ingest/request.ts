// What a caller sends to ingest one article, checked for limits before any work is done.
import { z } from "zod";
import { BadUserInputError } from "../errors/app-errors.js";
import { actorIdSchema, actorSchema, annotationSchema } from "./format/annotation.schema.js";

export const MAX_TEXT_CHARS = 200_000;

export const ingestRequestSchema = z
  .object({
    text: z.string().min(1, "text must not be empty").max(MAX_TEXT_CHARS, `text must be at most ${MAX_TEXT_CHARS} characters`),
    title: z.string().trim().min(1).max(500).optional(),
    publisherId: actorIdSchema.max(100).optional(),
    publisherName: z.string().trim().min(1).max(200).optional(),
    url: z.string().url("url must be an absolute URL").max(2000).optional(),
    publishedAt: z.string().datetime({ offset: true, message: "publishedAt must be ISO 8601 with an offset, e.g. 2023-12-18T14:20:00+03:30" }),
    newsId: z.string().trim().min(1).max(100).optional(),
    language: z.string().trim().min(2).max(10).default("en"),
    /** A curated annotation in the seed format; it takes precedence over extraction. */
    annotation: annotationSchema.optional(),
    /** Actors the annotation needs that the graph lacks. */
    actors: z.array(actorSchema).max(500).default([]),
  })
  .refine((r) => r.publisherId || r.publisherName, { message: "give publisherId or publisherName", path: ["publisherId"] });

export type IngestRequest = z.infer<typeof ingestRequestSchema>;
export type IngestRequestInput = z.input<typeof ingestRequestSchema>;

/** Checks a request against the limits; every problem is named in one BAD_USER_INPUT error. */
export function parseIngestRequest(input: IngestRequestInput): IngestRequest {
  const parsed = ingestRequestSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
    throw new BadUserInputError(`The article was refused: ${problems.join("; ")}`, { problems });
  }
  return parsed.data;
}
