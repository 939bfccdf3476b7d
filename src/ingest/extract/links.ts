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

/**
 * Links from `claims` to themselves and to `existing`. With `storedDenials`, also the DISPUTES links from existing
 * denials to `claims` (see linkStoredDenials), worked out over the same reading of every claim's matter.
 */
export function linkClaims(claims: LinkableClaim[], opts: { existing?: LinkableClaim[]; actors?: ActorInput[]; storedDenials?: boolean } = {}): ClaimLink[] {
  const all = [...(opts.existing ?? []), ...claims];
  const ctx = linkContext(all, opts.actors ?? []);
  const links: ClaimLink[] = opts.storedDenials ? storedDenialLinks(opts.existing ?? [], claims, ctx) : [];
  for (const a of claims) {
    const ref = REFERS_BACK.exec(a.quote)?.[1]?.toLowerCase();
    const wanted = ref && /^(accusation|allegation|charge)/.test(ref) ? "ACCUSE" : "ASSERT";
    // The latest speaker of the referred kind before this claim in its own article, and all their claims of that
    // kind. Another article's claims are never what "those accusations" points back to.
    const before = claims.filter((b) => ctx.order.get(b.id)! < ctx.order.get(a.id)! && b.speechAct === wanted && ctx.side(b.claimantId) !== ctx.side(a.claimantId));
    const referredTo = ref ? before[before.length - 1]?.claimantId : undefined;
    for (const b of all) {
      const refers = !!referredTo && before.includes(b) && b.claimantId === referredTo;
      const link = disputeLink(a, b, ctx, refers);
      if (link) links.push(link);
    }
  }
  // Support: a later claim from another source on the same side repeating an earlier one.
  for (const a of claims) {
    for (const b of all) {
      if (a.id === b.id || a.claimantId === b.claimantId || ctx.order.get(b.id)! >= ctx.order.get(a.id)!) continue;
      if (!SUPPORTING.has(a.speechAct) || !SUPPORTING.has(b.speechAct) || ctx.side(a.claimantId) !== ctx.side(b.claimantId)) continue;
      if (a.containedIn || b.containedIn) continue;
      const matter = jaccard(ctx.bag.get(a.id)!, ctx.bag.get(b.id)!);
      const shared = a.about.some((x) => b.about.some((y) => y.actorId === x.actorId));
      const score = Math.min(0.9, matter * 2 + (shared ? 0.25 : 0));
      if (score >= 0.5) links.push({ from: a.id, to: b.id, type: "SUPPORTS", confidence: round(score), origin: "EXTRACTED" });
    }
  }
  return sortLinks(links);
}

/**
 * DISPUTES links from claims already stored to an article's new claims: a denial stored before the accusation it
 * answers arrived, so the graph does not depend on the order articles are ingested in. Only the matter of the two
 * claims counts, as a stored claim's own words ("those accusations") point inside its own article.
 */
export function linkStoredDenials(stored: LinkableClaim[], fresh: LinkableClaim[], opts: { actors?: ActorInput[] } = {}): ClaimLink[] {
  return sortLinks(storedDenialLinks(stored, fresh, linkContext([...stored, ...fresh], opts.actors ?? [])));
}

function storedDenialLinks(stored: LinkableClaim[], fresh: LinkableClaim[], ctx: LinkContext): ClaimLink[] {
  return stored.filter((c) => DISPUTING.has(c.speechAct)).flatMap((a) => fresh.flatMap((b) => disputeLink(a, b, ctx, false) ?? []));
}

interface LinkContext {
  side: (actorId: string) => string;
  order: Map<string, number>;
  bag: Map<string, Set<string>>;
}

function linkContext(all: LinkableClaim[], actors: ActorInput[]): LinkContext {
  const parent = new Map(actors.map((a) => [a.id, a.parentId]));
  const side = (id: string): string => {
    const seen = new Set<string>();
    let cur = id;
    while (parent.get(cur) && !seen.has(cur)) { seen.add(cur); cur = parent.get(cur)!; }
    return cur;
  };
  const names = new Set(actors.flatMap((a) => [a.name, ...a.aliases]).flatMap((n) => n.toLowerCase().match(/[a-z]{4,}/g) ?? []));
  // The quote and, where it says more, the plain statement of what is claimed.
  const bag = new Map(all.map((c) => [c.id, matterWords(`${c.quote} ${c.text ?? ""}`, names)]));
  return { side, order: new Map(all.map((c, i) => [c.id, i])), bag };
}

/** Whether `a` disputes `b`, and how surely: a denial or rejection by one side of what the other side said against it. */
function disputeLink(a: LinkableClaim, b: LinkableClaim, ctx: LinkContext, refers: boolean): ClaimLink | undefined {
  if (a.id === b.id || ctx.side(a.claimantId) === ctx.side(b.claimantId)) return undefined;
  const nested = a.id === b.containedIn;
  if (!DISPUTING.has(a.speechAct) || !(DISPUTABLE.has(b.speechAct) || nested)) return undefined;
  const matter = sharedMatter(ctx.bag.get(a.id)!, ctx.bag.get(b.id)!);
  // A denial answers what was said against the denier's side: b has it as target or subject.
  const againstA = b.about.some((x) => ctx.side(x.actorId) === ctx.side(a.claimantId) && (x.role === "TARGET" || x.role === "SUBJECT"));
  // Without a nesting or an explicit "those accusations", the two must share much of their matter.
  const score = nested ? 0.9 : refers ? 0.8 : !againstA || matter < 0.4 ? 0 : 0.3 + Math.min(0.5, matter * 1.5) + 1e-9;
  return score >= 0.55 ? { from: a.id, to: b.id, type: "DISPUTES", confidence: round(Math.min(0.95, score)), origin: "EXTRACTED" } : undefined;
}

const sortLinks = (links: ClaimLink[]) => links.sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to) || x.type.localeCompare(y.type));

const round = (x: number) => Math.round(x * 100) / 100;
