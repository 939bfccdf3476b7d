import { readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../fixtures/articles");

export interface FixtureArticle {
  body: string;
  meta: { id: string; title: string; publisherId: string; url: string; publishedAt: string };
}

export function readFixture(slug: string): FixtureArticle {
  const dir = path.join(FIXTURES_DIR, slug);
  return {
    body: readFileSync(path.join(dir, "body.txt"), "utf8"),
    meta: JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as FixtureArticle["meta"],
  };
}
