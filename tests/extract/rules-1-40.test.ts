// Rules added in extractor 1.40, on short made-up texts: talks ruled out, harm to relations and strikes hinted at as
// warnings, a request as a demand, a witness as a source, attacks "are planned" somewhere as a charge, a refusal
// to talk about something as no denial, and a group's own deed denied or boasted of as about the group.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-27T12:00:00-04:00", "article:test-r140");
const acts = actsOf(run);
const aboutOf = aboutSetsOf(run);

describe("extractor 1.40 rules", () => {
  it("reads talks ruled out as a rejection", () => {
    expect(acts("Prime Minister Shehbaz Sharif told a Cabinet meeting there would be no peace talks with the group.")).toEqual(["REJECT"]);
  });

  it("reads harm foretold to relations and strikes hinted at as warnings", () => {
    expect(acts("Pakistan emphasized that this issue could have a ‘negative impact’ on bilateral relations.")).toEqual(["WARN"]);
    const x = run("The United States has hinted at potential military strikes against the TTP inside Afghanistan.");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct, c.hedge, c.about.map((a) => `${a.actorId}:${a.role}`)])).toEqual([
      ["united-states", "WARN", "hinted", ["ttp:TARGET"]],
    ]);
  });

  it("reads a request as a demand and takes a witness for a source", () => {
    expect(claimantsAndActs(run("Pakistan requested the Taliban government to halt the attacks."))).toEqual([["pakistan", "DEMAND"]]);
    expect(claimantsAndActs(run("Some killed in the attacks were ordered off local transport and shot, a witness said."))).toEqual([["witness", "ASSERT"]]);
  });

  it("reads attacks said to be planned somewhere as a charge, and a refusal to talk about something as no denial", () => {
    expect(acts("Pakistani officials have always claimed that attacks in this country are planned in Afghanistan.")).toEqual(["ACCUSE"]);
    expect(acts("Pentagon spokesman Patrick Ryder said he will not talk about internal decisions of Pakistan.")).toEqual(["ASSERT"]);
  });

  it("counts a group among those its denial or boast is about when it names its own deed or fighters", () => {
    expect(aboutOf("The BLA insisted it did not harm civilians.")).toEqual([["balochistan-liberation-army"]]);
    expect(aboutOf("The BLA claimed that 800 of its well-trained fighters took part in the attacks.")).toEqual([["balochistan-liberation-army"]]);
  });
});
