// Precision and recall of the extractor against hand annotations. Extracted actors the gazetteer lacks
// get ids of their own; they count as the annotated actor when a name or alias is the same.
import type { ActorInput, ClaimInput } from "../../../src/ingest/format/annotation.schema.js";
import type { Extraction } from "../../../src/ingest/extract/index.js";
import { nameKey } from "../../../src/ingest/extract/text.js";
import type { GoldDate, GoldMention } from "./fixtures.js";

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export const precision = (c: Counts) => (c.predicted === 0 ? 1 : c.tp / c.predicted);
export const recall = (c: Counts) => (c.gold === 0 ? 1 : c.tp / c.gold);
export const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
export const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

/** Maps extracted actor ids to annotated ones by shared id, name or alias. */
export function idMapper(extraction: Extraction, goldActors: ActorInput[]): (id: string) => string {
  const byKey = new Map<string, string>();
  for (const a of goldActors) for (const n of [a.name, ...a.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), a.id);
  const goldIds = new Set(goldActors.map((a) => a.id));
  const extracted = new Map(extraction.newActors.map((a) => [a.id, a]));
  return (id) => {
    if (goldIds.has(id)) return id;
    const a = extracted.get(id);
    for (const n of a ? [a.name, ...a.aliases] : []) {
      const hit = byKey.get(nameKey(n));
      if (hit) return hit;
    }
    return id;
  };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreMentions(extraction: Extraction, gold: GoldMention[], map: (id: string) => string): Counts {
  const predicted = extraction.mentions.filter((m) => m.type === "Actor");
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && map(p.id) === g.actorId && overlaps(p.span, g.span));
    if (i >= 0) { used.add(i); tp++; }
  }
  return { tp, predicted: predicted.length, gold: gold.length };
}

export type ClaimMatch = "strict" | "lenient" | "core";

const aboutSet = (c: ClaimInput, map: (id: string) => string) => [...new Set(c.about.map((a) => map(a.actorId)))].sort();
function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const inter = a.filter((x) => b.includes(x)).length;
  return inter / (a.length + b.length - inter);
}

/**
 * strict: same claimant, speech act and set of about-actors; lenient: about-sets overlap by half or more;
 * core: claimant and speech act only. One extracted claim matches at most one annotated claim.
 */
export function matchClaims(predicted: ClaimInput[], gold: ClaimInput[], map: (id: string) => string, mode: ClaimMatch) {
  const used = new Set<number>();
  const pairs: Array<[ClaimInput, ClaimInput]> = [];
  for (const g of gold) {
    const ga = aboutSet(g, (x) => x);
    const candidates = predicted
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => !used.has(i) && map(p.claimantId) === g.claimantId && p.speechAct === g.speechAct)
      .filter(({ p }) => mode === "core" || (mode === "strict" ? jaccard(aboutSet(p, map), ga) === 1 : jaccard(aboutSet(p, map), ga) >= 0.5))
      .sort((x, y) => Number(overlaps(y.p.span, g.span)) - Number(overlaps(x.p.span, g.span)));
    const best = candidates[0];
    if (best) { used.add(best.i); pairs.push([g, best.p]); }
  }
  return { counts: { tp: pairs.length, predicted: predicted.length, gold: gold.length }, pairs, unmatchedPredicted: predicted.filter((_, i) => !used.has(i)) };
}

export function scoreDates(extraction: Extraction, gold: GoldDate[]): Counts {
  let tp = 0;
  for (const g of gold) {
    const p = extraction.times.find((t) => overlaps(t.span, g.span));
    if (p && p.start === g.start && p.end === g.end && p.precision === g.precision) tp++;
  }
  return { tp, predicted: extraction.times.length, gold: gold.length };
}

export const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);
export const fmt = (c: Counts) => `P ${pct(precision(c))} R ${pct(recall(c))} (${c.tp}/${c.predicted} pred, ${c.tp}/${c.gold} gold)`;

/**
 * How well a score ranks right items above wrong ones: the chance that a random right item scores higher than
 * a random wrong one (ties count half). 0.5 is no better than chance; undefined without both kinds.
 */
export function rankingAuc(items: Array<{ score: number; right: boolean }>): number | undefined {
  const right = items.filter((i) => i.right).map((i) => i.score);
  const wrong = items.filter((i) => !i.right).map((i) => i.score);
  if (right.length === 0 || wrong.length === 0) return undefined;
  let wins = 0;
  for (const r of right) for (const w of wrong) wins += r > w ? 1 : r === w ? 0.5 : 0;
  return wins / (right.length * wrong.length);
}
