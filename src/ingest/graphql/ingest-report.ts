import type { IngestOutcome } from "../ingest-article.js";
import type { IngestReport } from "./ingest.types.js";
import { IngestStatus } from "./ingest.types.js";

/** The report without its `article`, which the resolver loads from the graph. */
export function toIngestReport(o: IngestOutcome): Omit<IngestReport, "article"> {
  const b = o.bundle;
  return {
    status: IngestStatus[o.status],
    articleId: o.articleId,
    duplicateBy: o.duplicateBy ?? null,
    extractorVersion: o.extractorVersion ?? null,
    actorsMatched: o.matchedActorIds,
    actorsAdded: o.newActors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, parentId: a.parentId ?? null })),
    claims: (b?.claims ?? []).map((c) => ({
      id: c.id,
      text: c.text,
      quote: c.quote,
      span: c.span,
      claimantId: c.claimantId,
      via: c.via,
      speechAct: c.speechAct,
      cue: c.cue,
      hedged: c.hedged,
      about: c.about,
      confidence: c.confidence,
      statedAt: c.statedAt ?? null,
    })),
    events: (b?.events ?? []).map((e) => ({
      id: e.id,
      kind: e.kind,
      description: e.description,
      time: e.time ?? null,
      placeId: e.placeId ?? null,
      fatalities: e.fatalities ?? null,
    })),
    links: [
      ...(b?.claims ?? []).flatMap((c) => [
        ...c.disputes.map((to) => ({ from: c.id, to, type: "DISPUTES", confidence: c.confidence })),
        ...c.supports.map((to) => ({ from: c.id, to, type: "SUPPORTS", confidence: c.confidence })),
      ]),
      ...(b?.links ?? []).map((l) => ({ from: l.from, to: l.to, type: l.type, confidence: l.confidence })),
    ],
    skipped: o.skipped,
  };
}
