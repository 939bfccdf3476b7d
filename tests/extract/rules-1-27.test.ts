// Rules added in extractor 1.27, on short made-up texts: a joint undertaking agreed, talks ruled out,
// commitment that remained, and "they would" as an undertaking.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-04-04T12:00:00+05:30", "article:test-r127");
const acts = actsOf(run);

describe("extractor 1.27 rules", () => {
  it("reads a joint undertaking agreed as a promise by each party", () => {
    expect(claimantsAndActs(run("Pakistan and Iran have agreed to work together to improve security cooperation."))).toEqual([
      ["iran", "PROMISE"],
      ["pakistan", "PROMISE"],
    ]);
  });

  it("reads talks ruled out as a rejection and involvement ruled out as a denial", () => {
    expect(acts("Islamabad has ruled out talks with Tehreek-i-Taliban Pakistan (TTP).")).toEqual(["REJECT"]);
    expect(acts("Islamabad has ruled out any involvement in the attack.")).toEqual(["DENY"]);
  });

  it("reads a commitment that remained and 'they would' as undertakings, and 'it would be' as neither", () => {
    expect(acts("Spokesperson Mumtaz Zahra Baloch added that Pakistan remained committed to fighting all terrorist outfits.")).toEqual(["PROMISE"]);
    expect(acts("Foreign Minister Jalil Abbas Jilani said they would work through existing channels to fight terrorism.")).toEqual(["PROMISE"]);
    expect(acts("Foreign Minister Jalil Abbas Jilani said it would be difficult to reopen the crossing.")).toEqual(["ASSERT"]);
  });
});
