// Rules added in extractor 1.145, on short made-up texts: a closing speaker with a title and where they hold it, a
// forecast "predicted that", a body referred to as "the body", and a statement made "in a note".
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-10T12:41:00+05:00", "article:test-r1145");

describe("extractor 1.145 rules", () => {
  it("takes the speaker closing a sentence with a title and where it is held, without an article before it", () => {
    const text =
      "Heat is rising. So far, about 50,000 acres of cotton plantations have been damaged, said Zahid Hussain Bhurgri, general secretary at Sindh Chamber of Agriculture.";
    const x = run(text);
    expect(claimantsAndActs(x)).toEqual([["zahid-hussain-bhurgri", "ASSERT"]]);
    expect(x.claims[0]?.quote.startsWith("So far, about 50,000 acres")).toBe(true);
  });

  it("reads 'predicted that' as a statement", () => {
    expect(claimantsAndActs(run("Rain fell in Karachi. Ahmed Khan predicted that the rain would persist."))).toEqual([["ahmed-khan", "ASSERT"]]);
  });

  it("gives 'the body said' to the organisation named last, and keeps 'in a note' out of the statement", () => {
    const text = "The Pakistan Meteorological Department expects a dry June. A drought can lead to crop failure, the body said in a note.";
    const x = run(text);
    const claim = x.claims.find((c) => c.quote.startsWith("A drought"));
    expect(claim?.claimantId).toBe("pakistan-meteorological-department");
    expect(claim?.quote).toBe("A drought can lead to crop failure");
  });
});
