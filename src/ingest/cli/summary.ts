import type { IngestOutcome } from "../ingest-article.js";

export interface IngestSummary {
  articlesAdded: number;
  articlesAlreadyPresent: number;
  actorsAdded: number;
  actorsMatched: number;
  claimsAdded: number;
  eventsAdded: number;
  linksAdded: number;
  skipped: { source: string; item: string; reason: string }[];
}

export function emptySummary(): IngestSummary {
  return { articlesAdded: 0, articlesAlreadyPresent: 0, actorsAdded: 0, actorsMatched: 0, claimsAdded: 0, eventsAdded: 0, linksAdded: 0, skipped: [] };
}

export function addOutcome(s: IngestSummary, source: string, o: IngestOutcome): void {
  if (o.status === "ALREADY_PRESENT") {
    s.articlesAlreadyPresent += 1;
    return;
  }
  s.articlesAdded += 1;
  s.actorsAdded += o.newActors.length;
  s.actorsMatched += o.matchedActorIds.length;
  s.claimsAdded += o.bundle?.claims.length ?? 0;
  s.eventsAdded += o.bundle?.events.length ?? 0;
  s.linksAdded += o.bundle?.links.length ?? 0;
  s.skipped.push(...o.skipped.map((k) => ({ source, ...k })));
}

export function formatSummary(s: IngestSummary, dryRun: boolean): string {
  const verb = dryRun ? "would add" : "added";
  const lines = [
    `articles: ${s.articlesAdded} ${verb}, ${s.articlesAlreadyPresent} already present`,
    `actors: ${s.actorsAdded} ${verb}, ${s.actorsMatched} matched`,
    `claims: ${s.claimsAdded} ${verb}; events: ${s.eventsAdded} ${verb}; claim links: ${s.linksAdded} ${verb}`,
    `skipped: ${s.skipped.length}`,
    ...s.skipped.map((k) => `  ${k.source}: ${k.item}: ${k.reason}`),
  ];
  return lines.join("\n");
}
