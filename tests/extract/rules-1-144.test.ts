// Rules added in extractor 1.144, on short made-up texts: a person's name inside an institution's name.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-30T12:00:00+05:00", "article:test-r1144");

describe("extractor 1.144 rules", () => {
  it("does not take a name inside an institution's name for a person, so the surname stays with the one named", () => {
    const text =
      "Bill Gates, co-chair of the Bill and Melinda Gates Foundation, joined the meeting. Gates acknowledged the government's dedication to the cause.";
    const x = run(text);
    expect(x.newActors.map((a) => a.id)).not.toContain("melinda-gates");
    expect(claimantsAndActs(x)).toEqual([["bill-gates", "ASSERT"]]);
  });

  it("still takes a person the article names outside the institution's name", () => {
    const text = "Melinda Gates, who left the Bill and Melinda Gates Foundation, said the fund would go on.";
    expect(claimantsAndActs(run(text))).toEqual([["melinda-gates", "ASSERT"]]);
  });
});
