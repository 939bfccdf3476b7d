// Rules added in extractor 1.122, on short made-up texts: an "and" inside a number ("two and a half million") joins no
// clauses; harm "due to the Taliban's restrictive measures" blames them.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-24T12:00:00+04:30", "article:test-r1122");

describe("extractor 1.122 rules", () => {
  it("does not cut a claim at the 'and' inside a number", () => {
    const text = "UNICEF announced that more than two and a half million girls have been deprived of further education.";
    expect(run(text).claims.map((c) => c.quote)).toEqual(["UNICEF announced that more than two and a half million girls have been deprived of further education"]);
  });

  it("reads harm due to someone's measures as blaming them", () => {
    expect(claimantsAndActs(run("UNICEF announced that due to the Taliban’s restrictive measures, 80% of Afghan girls have been deprived of education."))).toEqual([["unicef", "ACCUSE"]]);
  });
});
