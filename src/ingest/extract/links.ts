// Links between claims, within an article or across articles (pass the graph's claims as `existing`):
// a denial or rejection by one side of what the other side accused or asserted about it DISPUTES it;
// a claim that repeats an earlier one from another source SUPPORTS it. Pure, deterministic, scored.
import type { ActorInput, ClaimInput } from "../format/annotation.schema.js";
import type { ClaimLink } from "../format/bundle.js";
import { jaccard, matterWords, sharedMatter } from "./matter.js";

export type LinkableClaim = Pick<ClaimInput, "id" | "claimantId" | "speechAct" | "about" | "quote"> &
  Partial<Pick<ClaimInput, "containedIn" | "statedAt" | "span" | "text">>;

const DISPUTING = new Set(["DENY", "REJECT"]);
const DISPUTABLE = new Set(["ACCUSE", "ASSERT", "DEMAND", "EXPRESS_CONCERN", "WARN", "CONDEMN", "REPORT"]);
const SUPPORTING = new Set(["ASSERT", "ACCUSE", "EXPRESS_CONCERN", "REPORT", "WARN"]);
/** "dismissed those accusations": the denial answers the latest accusations before it. */
const REFERS_BACK = /\b(?:dismiss|reject|den|refut)\w*\s+(?:those|these|the|such|[a-z]+'s)\s+(accusations?|allegations?|charges?|claims?|statements?)\b/i;

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
  // The quote and, where it says more, the plain statement of what is claimed.
  const bag = new Map(all.map((c) => [c.id, matterWords(`${c.quote} ${c.text ?? ""}`, names)]));
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
      const matter = sharedMatter(bag.get(a.id)!, bag.get(b.id)!);
      // A denial answers what was said against the denier's side: b has it as target or subject.
      const againstA = b.about.some((x) => side(x.actorId) === side(a.claimantId) && (x.role === "TARGET" || x.role === "SUBJECT"));
      const refers = !!referredTo && before.includes(b) && b.claimantId === referredTo;
      // Without a nesting or an explicit "those accusations", the two must share much of their matter.
      const score = nested ? 0.9 : refers ? 0.8 : !againstA || matter < 0.4 ? 0 : 0.3 + Math.min(0.5, matter * 1.5) + 1e-9;
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
