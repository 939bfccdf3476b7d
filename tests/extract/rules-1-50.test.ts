// Rules added in extractor 1.50, on short made-up texts: a speaker closing a sentence that holds a partial quotation
// and goes on with "adding that", harm from aircraft, retaliation and losses not in vain, fighters operating from
// somewhere, the Hafiz Gul Bahadur group, and "senior" kept in the name of an unnamed source.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-18T12:00:00+05:00", "article:test-r150");
const acts = actsOf(run);

describe("extractor 1.50 rules", () => {
  it("credits a sentence with a partial quotation, closed by ', said X, adding that ...', to X twice", () => {
    const x = run("At “around 3am, Pakistani aircraft bombarded civilian homes” in Khost and Paktika provinces, said Afghan interim government spokesperson Zabihullah Mujahid, adding that all eight people killed were women and children.");
    expect(claimantsAndActs(x)).toEqual([
      ["zabihullah-mujahid", "ACCUSE"],
      ["zabihullah-mujahid", "ASSERT"],
    ]);
    expect(x.claims[1]?.quote).toContain("all eight people killed were women and children");
  });

  it("reads retaliation vowed as a warning and losses not in vain as a promise", () => {
    expect(acts("Asif Ali Zardari said the country would avenge the deaths.")).toEqual(["WARN"]);
    expect(acts("Asif Ali Zardari said Pakistan would not hesitate to strike back if attacked by anyone.")).toEqual(["WARN"]);
    expect(acts("Asif Ali Zardari asserted that the blood of the martyrs would not go in vain.")).toEqual(["PROMISE"]);
  });

  it("reads fighters operating from somewhere as an accusation against the group named", () => {
    const x = run("Security officials say that fighters of the Gul Bahadar group operate from the Afghan side of the border.");
    expect(claimantsAndActs(x)).toEqual([["security-officials", "ACCUSE"]]);
    expect(x.claims[0]?.about.map((a) => a.actorId)).toEqual(["hafiz-gul-bahadur-group"]);
  });

  it("keeps 'senior' in the name of an unnamed source", () => {
    expect(run("A senior Pakistani official said Wednesday that Islamabad had rejected the list.").claims.map((c) => c.claimantId)).toEqual(["senior-pakistani-official"]);
  });
});
