// Rules added in extractor 1.47, on short made-up texts: a list of three or more speakers, support extended,
// a step welcomed, critics and prosecutors as speakers, a concern opening a quotation, and the UN mission in
// Afghanistan named with a possessive.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-04T12:00:00+04:30", "article:test-r147");

describe("extractor 1.47 rules", () => {
  it("credits a statement to every party of a list of three named as its subject", () => {
    const x = run("The ministers met in Islamabad on Saturday. China, Pakistan, and Afghanistan pledged to strengthen the counter-terrorism cooperation.");
    expect(x.claims.map((c) => c.claimantId).sort()).toEqual(["afghanistan", "china", "pakistan"]);
    expect(x.claims.every((c) => c.speechAct === "PROMISE")).toBe(true);
  });

  it("reads support extended to someone as a promise", () => {
    expect(claimantsAndActs(run("China and Pakistan extended their support to the interim government of Afghanistan.")).sort()).toEqual([
      ["china", "PROMISE"],
      ["pakistan", "PROMISE"],
    ]);
  });

  it("reads a decision welcomed as a statement, and a delegation welcomed as none", () => {
    expect(actsOf(run)("The Taliban warmly welcomed the move by Kazakhstan.")).toEqual(["ASSERT"]);
    expect(run("Mohsin Naqvi welcomed the UN delegation at the Ministry of Interior.").claims).toEqual([]);
  });

  it("takes critics and former prosecutors as unnamed groups of speakers", () => {
    expect(claimantsAndActs(run("Some former prosecutors have criticized Kazakhstan’s decision."))).toEqual([["former-prosecutors", "CONDEMN"]]);
    expect(run("Critics have condemned the resumption of deportations.").claims.map((c) => c.claimantId)).toEqual(["critics"]);
  });

  it("reads a concern that opens a quotation, and knows the UN mission named with a possessive", () => {
    const x = run("The United Nations’ Assistance Mission in Afghanistan in a statement expressed “deep concern over disturbing reports of an incident” in Sistan province.");
    expect(claimantsAndActs(x)).toEqual([["unama", "EXPRESS_CONCERN"]]);
  });
});
