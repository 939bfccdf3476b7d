// Finds the articles a bulk load names: a folder holding `meta.json` plus `body.txt` (and optionally
// `annotation.json`, `actors.json`: the seed format), a folder of such folders, or `.json` files that
// hold an ArticleInput (text, title, publisherId or publisherName, url, publishedAt, annotation).
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestRequestInput } from "../request.js";

export interface NamedInput {
  source: string;
  input?: IngestRequestInput;
  /** Why the source could not be read; it is reported as skipped. */
  problem?: string;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8"));
}

const exists = (file: string) => stat(file).then(() => true, () => false);

async function fromArticleFolder(dir: string): Promise<NamedInput> {
  try {
    const meta = (await readJson(path.join(dir, "meta.json"))) as Record<string, unknown>;
    const text = await readFile(path.join(dir, "body.txt"), "utf8");
    const annotationFile = path.join(dir, "annotation.json");
    const actorsFile = path.join(dir, "actors.json");
    const input: IngestRequestInput = {
      text,
      title: meta.title as string | undefined,
      publisherId: meta.publisherId as string | undefined,
      publisherName: meta.publisherName as string | undefined,
      url: meta.url as string | undefined,
      publishedAt: meta.publishedAt as string,
      newsId: meta.newsId as string | undefined,
      language: meta.language as string | undefined,
      annotation: (await exists(annotationFile)) ? ((await readJson(annotationFile)) as IngestRequestInput["annotation"]) : undefined,
      actors: (await exists(actorsFile)) ? ((await readJson(actorsFile)) as IngestRequestInput["actors"]) : undefined,
    };
    return { source: dir, input };
  } catch (error) {
    return { source: dir, problem: `cannot read article folder: ${(error as Error).message}` };
  }
}

async function fromJsonFile(file: string): Promise<NamedInput> {
  try {
    return { source: file, input: (await readJson(file)) as IngestRequestInput };
  } catch (error) {
    return { source: file, problem: `cannot read JSON: ${(error as Error).message}` };
  }
}

export async function readInputs(paths: string[]): Promise<NamedInput[]> {
  const out: NamedInput[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) {
      out.push({ source: p, problem: "no such file or folder" });
    } else if (info.isFile()) {
      out.push(p.endsWith(".json") ? await fromJsonFile(p) : { source: p, problem: "not a .json file or an article folder" });
    } else if (await exists(path.join(p, "meta.json"))) {
      out.push(await fromArticleFolder(p));
    } else {
      const entries = (await readdir(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const children = entries.filter((e) => e.isDirectory() || e.name.endsWith(".json")).map((e) => path.join(p, e.name));
      out.push(...(await readInputs(children)));
    }
  }
  return out;
}
