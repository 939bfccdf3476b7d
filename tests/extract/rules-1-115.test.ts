// Rules added in extractor 1.115, on short made-up texts: "reports that" after a name as the verb, whose subject
// speaks, where "amid reports that" keeps the reports as the speaker.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-14T12:00:00-04:00", "article:test-r1115");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.115 rules", () => {
  it("takes the name before 'reports that' as the speaker", () => {
    expect(claims("Reuters reports that militants have attacked five Taliban checkpoints.")).toEqual([["reuters", "ASSERT"]]);
  });

  it("keeps unnamed reports as the speaker after 'amid'", () => {
    expect(claims("The move comes amid reports that militants have attacked five Taliban checkpoints.")).toEqual([["reports", "ASSERT"]]);
  });
});
