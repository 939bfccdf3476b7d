// Rules added in extractor 1.55, on short made-up texts: a title the article gave a person in apposition standing
// for that person later, policies said to be harming someone, and "it would go against" as no undertaking.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-06T12:00:00+04:30", "article:test-r155");
const acts = actsOf(run);

describe("extractor 1.55 rules", () => {
  it("reads 'the Vice President of Iran' as the person the article introduced with that title in apposition", () => {
    const x = run("Mullah Baradar has held talks with Mohammad Mokhber, the Vice President of Iran, regarding trade. The Vice President of Iran further stated that Afghanistan and Iran should be committed to implementing the agreements.");
    expect(claimantsAndActs(x)).toEqual([["mohammad-mokhber", "DEMAND"]]);
  });

  it("reads policies said to be harming people as an accusation", () => {
    expect(acts("Human Rights Watch has said that the Taliban's abusive educational policies are harming boys as well.")).toEqual(["ACCUSE"]);
  });

  it("does not read 'it would go against' as an undertaking", () => {
    expect(acts("The Taliban says it would go against the group's strict interpretation of Islamic law.")).toEqual(["ASSERT"]);
  });
});
