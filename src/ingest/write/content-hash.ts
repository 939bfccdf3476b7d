import { createHash } from "node:crypto";

/** Identity of an article's text, so the same story sent twice under another url is recognised. */
export function contentHash(text: string): string {
  const normalised = text.replace(/\s+/g, " ").trim();
  return `sha256:${createHash("sha256").update(normalised, "utf8").digest("hex")}`;
}
