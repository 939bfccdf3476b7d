// Rules added in extractor 1.51, on short made-up texts: a document's issuer speaking through it (a fatwa that
// denounces, "the fatwa said", "It further said"), readiness for guidance, a penalty held out, and a speaker
// named in up to nine words after a quotation.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-01-09T12:00:00+05:30", "article:test-r151");
const acts = actsOf(run);

describe("extractor 1.51 rules", () => {
  it("credits a fatwa's words to whoever issued it, through 'the fatwa said' and a following 'it'", () => {
    const x = run("Islamabad: Pakistan’s renowned clerics on Monday issued a fatwa (religious decree) denouncing terrorism. “Not everyone has the right to declare jihad,” the fatwa said. It further said that taking up arms against the police is against the Sharia.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["pakistan-renowned-clerics", "pakistan-renowned-clerics", "pakistan-renowned-clerics"]);
    expect(x.claims[0]?.speechAct).toBe("CONDEMN");
  });

  it("reads being open to guidance as an undertaking and a penalty held out as a warning", () => {
    expect(acts("Noor Wali Mehsud said his group is “open to guidance” from the scholars.")).toEqual(["PROMISE"]);
    expect(acts("The clerics said anyone who rebels against the constitution will be punishable by law.")).toEqual(["WARN"]);
  });

  it("credits a quotation to a speaker named in eight words after it", () => {
    const x = run("“The new appointments bring transparency to the affairs of the embassy,” the Afghan Foreign Ministry spokesman Abdul Qahar Balkhi said, according to VOA.");
    expect(claimantsAndActs(x)).toEqual([["abdul-qahar-balkhi", "ASSERT"]]);
  });
});
