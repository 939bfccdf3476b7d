// Rules added in extractor 1.12, on short made-up sentences: the UN's mission named by where it is, "the UN
// statement" as the part of the UN that spoke, titles such as "Director" before a name, office holders "of"
// a state, judgements ("deeming"), intentions and own courses announced, displeasure voiced, advocacy and
// red lines.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-20T12:00:00+04:30", "article:test-r112");
const brief = claimantsAndActs;

describe("extractor 1.12 rules", () => {
  it("reads 'the United Nations in Afghanistan' as UNAMA, and 'the UN statement' after it as UNAMA's", () => {
    const x = run("The United Nations in Afghanistan said it received credible reports of civilian deaths.\n\nThe UN statement said the strikes violated international law.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["unama", "unama"]);
  });

  it("strips a title such as 'Director' from the name it leads", () => {
    const x = run("“Children must never be a target,” UNICEF South Asia Director Sanjay Wijesekera said.");
    expect(x.newActors.map((a) => a.name)).toContain("Sanjay Wijesekera");
    expect(x.claims[0]!.claimantId).toBe(x.newActors.find((a) => a.name === "Sanjay Wijesekera")!.id);
  });

  it("finds the person an office 'of' a state names", () => {
    const x = run("Asif Durrani visited Kabul last week.\n\nThe special representative of Pakistan had claimed that the TTP was a threat to the region.");
    expect(x.claims.at(-1)!.claimantId).toBe("asif-durrani");
  });

  it("reads a judgement of the other side's words as the act its content says", () => {
    const x = run("The Taliban rejected the remarks, deeming them an attempt to confuse public opinion.");
    expect(brief(x)).toEqual([["afghan-taliban", "REJECT"], ["afghan-taliban", "ACCUSE"]]);
  });

  it("reads an intention announced, or a course the speaker says he would take, as a commitment", () => {
    expect(brief(run("Chief Minister Ali Amin Gandapur said he would personally engage in talks with Afghanistan."))[0]?.[1]).toBe("PROMISE");
    expect(brief(run("The Taliban announced their intention to send a delegation to Islamabad."))[0]?.[1]).toBe("PROMISE");
  });

  it("reads displeasure voiced or words called frivolous as condemnation, advocacy as a demand and a red line as a warning", () => {
    expect(brief(run("The Taliban voiced their discontent over Pakistan's decision."))).toEqual([["afghan-taliban", "CONDEMN"]]);
    expect(brief(run("Pakistan called the Taliban's remarks frivolous."))).toEqual([["pakistan", "CONDEMN"]]);
    expect(brief(run("Pakistan advocated for a unified document system at the crossings."))).toEqual([["pakistan", "DEMAND"]]);
    expect(brief(run("The Taliban said that the protection of Afghanistan's territory is a red line."))).toEqual([["afghan-taliban", "WARN"]]);
  });
});
