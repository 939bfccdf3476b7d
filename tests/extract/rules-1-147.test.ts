// Rules added in extractor 1.147, on short made-up texts: "show" as a cue only with "that", answers introducing a
// quotation, a conditional threat of jail, "over the weekend" before the verb, and a directorate named "of" its remit.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-21T12:00:00+05:00", "article:test-r1147");

describe("extractor 1.147 rules", () => {
  it("reads what a source shows 'that' as a statement, not what pictures or people let one see", () => {
    expect(claimantsAndActs(run("Rain fell in Sindh. Images on local media show dozens of people at the site."))).toEqual([]);
    expect(claimantsAndActs(run("Rain fell in Sindh. A report by Amnesty International shows that the detainees were tortured."))).toEqual([["amnesty-international", "ASSERT"]]);
  });

  it("takes 'responded,' and 'replied that' as the speaker's cue", () => {
    const x = run("Lawmakers grilled the PTA chief. PTA Chairman Hafeezur Rehman responded, “The PTA has no role in the internet slowdown.” Zabihullah Mujahid replied that the claims were wrong.");
    expect(claimantsAndActs(x).map(([who]) => who)).toEqual(["hafeezur-rehman", "zabihullah-mujahid"]);
    expect(x.claims[0]?.quote).toBe("The PTA has no role in the internet slowdown.");
  });

  it("reads a threat of jail on a condition as a warning", () => {
    const x = run("The farmers were rounded up. “If you continue, I will jail you for six months,” said Delawar Torkhan, a local security official.");
    expect(claimantsAndActs(x)).toEqual([["delawar-torkhan", "WARN"]]);
  });

  it("finds the speaker past 'over the weekend' before the verb", () => {
    const x = run("Internet was slow. Shaza Fatima Khawaja, junior telecom minister, over the weekend blamed virtual private networks for internet disruptions.");
    expect(claimantsAndActs(x)).toEqual([["shaza-fatima-khawaja", "ACCUSE"]]);
  });

  it("names a directorate 'of' its remit as the source, not the group it belongs to", () => {
    const x = run("According to the Directorate of Public Health of Taliban in Zabul province, measles has killed two children.");
    expect(claimantsAndActs(x)).toEqual([["directorate-of-public-health", "ASSERT"]]);
  });
});
