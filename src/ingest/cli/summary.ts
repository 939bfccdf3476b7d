import type { IngestOutcome } from "../ingest-article.js";

export interface IngestSummary {
  articlesAdded: number;
  articlesAlreadyPresent: number;
  /** Stored articles an older extractor produced, extracted again (`--reextract`). */
  articlesReextracted: number;
  articlesUpToDate: number;
  actorsAdded: number;
  actorsMatched: number;
  claimsAdded: number;
  eventsAdded: number;
  linksAdded: number;
  skipped: { source: string; item: string; reason: string }[];
}

export function emptySummary(): IngestSummary {
  return { articlesAdded: 0, articlesAlreadyPresent: 0, articlesReextracted: 0, articlesUpToDate: 0, actorsAdded: 0, actorsMatched: 0, claimsAdded: 0, eventsAdded: 0, linksAdded: 0, skipped: [] };
}

/** `reextracting`: the outcome is of a stored article extracted again, whose dry run also counts as one. */
export function addOutcome(s: IngestSummary, source: string, o: IngestOutcome, reextracting = false): void {
  if (o.status === "ALREADY_PRESENT" || o.status === "UP_TO_DATE") {
    if (o.status === "ALREADY_PRESENT") s.articlesAlreadyPresent += 1;
    else s.articlesUpToDate += 1;
    return;
  }
  if (reextracting) s.articlesReextracted += 1;
  else s.articlesAdded += 1;
  s.actorsAdded += o.newActors.length;
  s.actorsMatched += o.matchedActorIds.length;
  s.claimsAdded += o.bundle?.claims.length ?? 0;
  s.eventsAdded += o.bundle?.events.length ?? 0;
  s.linksAdded += o.bundle?.links.length ?? 0;
  s.skipped.push(...o.skipped.map((k) => ({ source, ...k })));
}

export function formatSummary(s: IngestSummary, dryRun: boolean, reextracting = false): string {
  const verb = dryRun ? "would add" : "added";
  const lines = [
    reextracting
      ? `articles: ${s.articlesReextracted} ${dryRun ? "would be re-extracted" : "re-extracted"}, ${s.articlesUpToDate} already up to date`
      : `articles: ${s.articlesAdded} ${verb}, ${s.articlesAlreadyPresent} already present`,
    `actors: ${s.actorsAdded} ${verb}, ${s.actorsMatched} matched`,
    `claims: ${s.claimsAdded} ${verb}; events: ${s.eventsAdded} ${verb}; claim links: ${s.linksAdded} ${verb}`,
    `skipped: ${s.skipped.length}`,
    ...s.skipped.map((k) => `  ${k.source}: ${k.item}: ${k.reason}`),
  ];
  return lines.join("\n");
}
