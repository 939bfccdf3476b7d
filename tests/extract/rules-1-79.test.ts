// Rules added in extractor 1.79, on short made-up texts: "at the time" or "later" after a closing speaker is when
// the words were said, not what was said; "swore to" do something as an undertaking.
import { describe, expect, it } from "vitest";
import { actsOf, extractorAt } from "./support/run.js";

const run = extractorAt("2023-05-21T22:00:00+03:30", "article:test-r179");
const acts = actsOf(run);

describe("extractor 1.79 rules", () => {
  it("keeps the words before 'IRNA said at the time' as the statement", () => {
    const x = run("Six guards were killed on Sunday. On March 11, two policemen were killed in clashes in the same region, IRNA said at the time.");
    expect(x.claims.map((c) => [c.claimantId, c.quote])).toEqual([["irna", "On March 11, two policemen were killed in clashes in the same region"]]);
  });

  it("keeps the words before 'IRNA said later' as the statement", () => {
    const x = run("Six guards were killed on Sunday. The attackers fled across the border, IRNA said later.");
    expect(x.claims.map((c) => c.quote)).toEqual(["The attackers fled across the border"]);
  });

  it("reads 'swore to apprehend' as an undertaking", () => {
    expect(acts("The attack killed two. CTD officers swore to apprehend and prosecute all culprits.")).toEqual(["PROMISE"]);
  });

  it("does not read 'swore to God that ...' as an undertaking", () => {
    expect(acts("The attack killed two. Imran Khan swore to God that he was innocent.")).not.toContain("PROMISE");
  });
});
