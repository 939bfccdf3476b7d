// Links between claims, within an article or across articles (pass the graph's claims as `existing`):
// a denial or rejection by one side of what the other side accused or asserted about it DISPUTES it;
// a claim that repeats an earlier one from another source SUPPORTS it. Pure, deterministic, scored.
import type { ActorInput, ClaimInput } from "../format/annotation.schema.js";
import type { ClaimLink } from "../format/bundle.js";

export type LinkableClaim = Pick<ClaimInput, "id" | "claimantId" | "speechAct" | "about" | "quote"> &
  Partial<Pick<ClaimInput, "containedIn" | "statedAt" | "span">>;

const DISPUTING = new Set(["DENY", "REJECT"]);
const DISPUTABLE = new Set(["ACCUSE", "ASSERT", "DEMAND", "EXPRESS_CONCERN", "WARN", "CONDEMN", "REPORT"]);
const SUPPORTING = new Set(["ASSERT", "ACCUSE", "EXPRESS_CONCERN", "REPORT", "WARN"]);
const STOP = new Set("that this with from have has been were was they their there which what when will would should about over into also other such those these than them then some more most much many only very said says stated after before while being does doing done just like make made take taken used using uses".split(" "));
/** "dismissed those accusations": the denial answers the latest accusations before it. */
const REFERS_BACK = /\b(?:dismiss|reject|den|refut)\w*\s+(?:those|these|the|such|[a-z]+'s)\s+(accusations?|allegations?|charges?|claims?|statements?)\b/i;

/** Content words, crudely stemmed, without the names of the actors involved. */
function words(text: string, names: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().replace(/[’']s\b/g, "").match(/[a-z]{4,}/g) ?? []) {
    if (STOP.has(w) || names.has(w)) continue;
    out.add(w.replace(/(ing|ed|es|s)$/, "").slice(0, 6));
  }
  return out;
}

const jaccard = (a: Set<string>, b: Set<string>): number => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : inter / (a.size + b.size - inter);
};

export function linkClaims(claims: LinkableClaim[], opts: { existing?: LinkableClaim[]; actors?: ActorInput[] } = {}): ClaimLink[] {
  const parent = new Map((opts.actors ?? []).map((a) => [a.id, a.parentId]));
  const side = (id: string): string => {
    const seen = new Set<string>();
    let cur = id;
    while (parent.get(cur) && !seen.has(cur)) { seen.add(cur); cur = parent.get(cur)!; }
    return cur;
  };
  const names = new Set((opts.actors ?? []).flatMap((a) => [a.name, ...a.aliases]).flatMap((n) => n.toLowerCase().match(/[a-z]{4,}/g) ?? []));
  const all = [...(opts.existing ?? []), ...claims];
  const order = new Map(all.map((c, i) => [c.id, i]));
  const bag = new Map(all.map((c) => [c.id, words(c.quote, names)]));
  const sides = (c: LinkableClaim) => new Set([side(c.claimantId), ...c.about.map((a) => side(a.actorId))]);
  const links: ClaimLink[] = [];
  for (const a of claims) {
    const ref = REFERS_BACK.exec(a.quote)?.[1]?.toLowerCase();
    const wanted = ref && /^(accusation|allegation|charge)/.test(ref) ? "ACCUSE" : "ASSERT";
    // The latest speaker of the referred kind before this claim, and all their claims of that kind.
    const before = all.filter((b) => order.get(b.id)! < order.get(a.id)! && b.speechAct === wanted && side(b.claimantId) !== side(a.claimantId));
    const referredTo = ref ? before[before.length - 1]?.claimantId : undefined;
    for (const b of all) {
      if (a.id === b.id || side(a.claimantId) === side(b.claimantId)) continue;
      const nested = a.id === b.containedIn;
      if (!DISPUTING.has(a.speechAct) || !(DISPUTABLE.has(b.speechAct) || nested)) continue;
      const matter = jaccard(bag.get(a.id)!, bag.get(b.id)!);
      const aboutOther = sides(a).has(side(b.claimantId)) || sides(b).has(side(a.claimantId));
      const refers = !!referredTo && before.includes(b) && b.claimantId === referredTo;
      const score = nested ? 0.9 : refers ? 0.8 : matter < 0.08 ? 0 : (aboutOther ? 0.3 : 0) + Math.min(0.5, matter * 1.5) + 1e-9;
      if (score >= 0.55) links.push({ from: a.id, to: b.id, type: "DISPUTES", confidence: round(Math.min(0.95, score)), origin: "EXTRACTED" });
    }
  }
  // Support: a later claim from another source on the same side repeating an earlier one.
  for (const a of claims) {
    for (const b of all) {
      if (a.id === b.id || a.claimantId === b.claimantId || order.get(b.id)! >= order.get(a.id)!) continue;
      if (!SUPPORTING.has(a.speechAct) || !SUPPORTING.has(b.speechAct) || side(a.claimantId) !== side(b.claimantId)) continue;
      if (a.containedIn || b.containedIn) continue;
      const matter = jaccard(bag.get(a.id)!, bag.get(b.id)!);
      const shared = a.about.some((x) => b.about.some((y) => y.actorId === x.actorId));
      const score = Math.min(0.9, matter * 2 + (shared ? 0.25 : 0));
      if (score >= 0.5) links.push({ from: a.id, to: b.id, type: "SUPPORTS", confidence: round(score), origin: "EXTRACTED" });
    }
  }
  return links.sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to) || x.type.localeCompare(y.type));
}

const round = (x: number) => Math.round(x * 100) / 100;
