// Opaque keyset cursors: the sort key of the last row seen, base64url-encoded. A page continues
// after that key, so rows added meanwhile never shift or repeat what a client has already read.
import { BadUserInputError } from "../../errors/app-errors.js";

export type SortKey = [string | number, string];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      (typeof key[0] === "string" || typeof key[0] === "number") &&
      typeof key[1] === "string"
    ) {
      return key as SortKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError("The `after` cursor is not one this API issued; pass an endCursor from a previous page", {
    argument: "after",
  });
}
