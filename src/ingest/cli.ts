// `npm run ingest -- [--dry-run] <files or folders>`: bulk loads through the same code path as the
// ingestArticle mutation, one transaction per article, with a progress bar and a summary.
// `npm run ingest -- [--dry-run] --reextract`: the same for every stored article an older extractor produced,
// through the reextractArticle mutation's code path.
import "reflect-metadata";
import { SingleBar, Presets } from "cli-progress";
import { openGraph } from "../bootstrap.js";
import { loadConfig, loadDotEnv } from "../config/config.js";
import { createLogger } from "../config/logger.js";
import { AppError } from "../errors/app-errors.js";
import { runCli } from "../run-cli.js";
import { readInputs } from "./cli/read-inputs.js";
import { addOutcome, emptySummary, formatSummary } from "./cli/summary.js";
import { ingestArticle } from "./ingest-article.js";
import { reextractArticle, staleArticleIds } from "./reextract-article.js";

runCli(async () => {
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const reextract = args.includes("--reextract");
  const paths = args.filter((a) => a !== "--dry-run" && a !== "--reextract");
  if (reextract === (paths.length > 0)) {
    console.error("usage: npm run ingest -- [--dry-run] <article folder | folder of folders | article.json> ...");
    console.error("       npm run ingest -- [--dry-run] --reextract   (stored articles an older extractor produced)");
    process.exit(2);
  }
  loadDotEnv();
  const config = loadConfig();
  const inputs = reextract ? [] : await readInputs(paths);
  const graph = await openGraph(config, createLogger(config.logLevel === "info" ? "warn" : config.logLevel));
  // One job per article: a file to ingest, or a stored article to extract again.
  const jobs = reextract
    ? (await staleArticleIds(graph.db)).map((id) => ({ source: id, run: () => reextractArticle(graph.db, id, { dryRun }), problem: undefined }))
    : inputs.map(({ source, input, problem }) => ({ source, run: input ? () => ingestArticle(graph.db, { ...input, dryRun }) : undefined, problem }));
  const summary = emptySummary();
  // Without a terminal (CI logs, pipes) the bar is printed every few seconds instead of redrawn.
  const bar = new SingleBar(
    { format: `${reextract ? "re-extract" : "ingest"} [{bar}] {value}/{total} {source}`, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000 },
    Presets.shades_classic,
  );
  bar.start(jobs.length, 0, { source: "" });
  try {
    for (const { source, run, problem } of jobs) {
      bar.increment(0, { source });
      if (!run) {
        summary.skipped.push({ source, item: "article", reason: problem ?? "unreadable" });
      } else {
        try {
          addOutcome(summary, source, await run(), reextract);
        } catch (error) {
          // One bad article is reported and skipped; its transaction left nothing behind.
          if (!(error instanceof AppError)) throw error;
          summary.skipped.push({ source, item: "article", reason: error.message });
        }
      }
      bar.increment(1, { source });
    }
  } finally {
    bar.stop();
    await graph.close();
  }
  console.log(formatSummary(summary, dryRun, reextract));
});
