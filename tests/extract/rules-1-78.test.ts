// Rules added in extractor 1.78, on short made-up texts: the government "bothered about" a threat as a concern,
// conduct "against diplomatic norms" as a charge, a clarification issued with a participle, and a spokesman of a body
// the phrase names kept apart from another body's spokesperson met before.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-18T12:00:00+05:00", "article:test-r178");
const acts = actsOf(run);

describe("extractor 1.78 rules", () => {
  it("reads 'the government is bothered about the threat' as a concern", () => {
    expect(acts("Ishaq Dar stated that the government is bothered about the threat of sanctions.")).toEqual(["EXPRESS_CONCERN"]);
  });

  it("reads conduct called 'against diplomatic norms' as a charge", () => {
    expect(acts("The disrespect of the host country's national anthem is against diplomatic norms, Mumtaz Zahra Baloch said.")).toEqual(["ACCUSE"]);
  });

  it("does not give a spokesman of a body the phrase names to another body's spokesperson met before", () => {
    const x = run("Mumtaz Zahra Baloch said the act was reprehensible. Later, the spokesman for the Afghan Consulate Peshawar issued a clarification, saying they had no intention to show any disrespect.");
    const [first, second] = claimantsAndActs(x).map(([who]) => who);
    expect(first).toBe("mumtaz-zahra-baloch");
    expect(second).toBeDefined();
    expect(second).not.toBe("mumtaz-zahra-baloch");
  });

  it("still finds the named person in 'spokesperson of the Ministry of Foreign Affairs Mumtaz Zahra Baloch said'", () => {
    const x = run("The act is against diplomatic norms, spokesperson of the Ministry of Foreign Affairs Mumtaz Zahra Baloch said in a statement.");
    expect(claimantsAndActs(x)).toEqual([["mumtaz-zahra-baloch", "ACCUSE"]]);
  });
});
