// Rules added in extractor 1.106, on short made-up texts: an outlet named after a statement (", reported Dawn."),
// without the dateline before it; an unnamed police officer as a source; the Speaker and members of the National
// Assembly as titles before a name; a state's cabinet as a body of that state.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-09-27T12:00:00+05:30", "article:test-r1106");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.106 rules", () => {
  it("credits a statement to the outlet named after it, without the dateline before it", () => {
    const x = run("Islamabad [Pakistan], September 27 (ANI): At least three worship places were desecrated in the Sheikhupura district, reported Dawn.");
    expect(x.claims.map((c) => [c.claimantId, c.quote])).toEqual([["dawn", "At least three worship places were desecrated in the Sheikhupura district"]]);
  });

  it("takes an unnamed police officer as a source", () => {
    expect(claims("According to a police officer, the minarets were built against the law.")).toEqual([["police-officer", "ASSERT"]]);
  });

  it("reads the Speaker and a member of the National Assembly as titles before a name", () => {
    const text =
      "The Speaker National Assembly Raja Pervez Ashraf on Thursday said the decision was illegal.\n\nThe Speaker said that the Parliament will pursue the matter.\n\nMember National Assembly Ramesh Lal expressed profound sorrow on the ban.";
    expect(claims(text)).toEqual([
      ["raja-pervez-ashraf", "ASSERT"],
      ["raja-pervez-ashraf", "ASSERT"],
      ["ramesh-lal", "EXPRESS_REGRET"],
    ]);
  });

  it("takes a state's federal cabinet as a body of that state", () => {
    const x = run("Pakistan’s federal Cabinet on Tuesday rejected the Supreme Court’s verdict on the elections.");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["federal-cabinet-of-pakistan", "REJECT"]]);
    expect(x.newActors.find((a) => a.id === "federal-cabinet-of-pakistan")?.parentId).toBe("pakistan");
  });
});
