// Rules added in extractor 1.41, on short made-up texts: the military's media wing as the ISPR, "khwarij" as the
// TTP, Pakistan's federal government, orders as demands, "unlawful" as a censure, propaganda called false, evidence
// linking someone to a killing, and a cross-border killing threatened on a condition.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-05T06:00:00+05:00", "article:test-r141");
const acts = actsOf(run);
const mentions = actorMentionsOf(run);

describe("extractor 1.41 rules", () => {
  it("knows the military's media wing as the ISPR and 'khwarij' as the TTP's fighters", () => {
    const text = "The ISPR said five Khwarij were killed. The military media wing said the interim Afghan government was expected to deny the use of Afghan soil.";
    expect(mentions(text)).toEqual([
      ["ISPR", "ispr"],
      ["Khwarij", "ttp"],
      ["military media wing", "ispr"],
      ["interim Afghan government", "afghan-taliban"],
    ]);
    expect(claimantsAndActs(run(text)).map(([who]) => who)).toEqual(["ispr", "ispr"]);
  });

  it("takes 'the federal government' for Pakistan's central government", () => {
    const x = run("Barrister Saif criticized the federal government for not fulfilling its responsibilities.");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct, c.about.map((a) => a.actorId)])).toEqual([["muhammad-ali-saif", "CONDEMN", ["pakistan-federal-government"]]]);
  });

  it("reads an instruction as a demand and a decision called unlawful as a condemnation", () => {
    expect(acts("The UN has instructed its national staff, male and female, to stay at home.")).toEqual(["DEMAND"]);
    expect(acts("The UN said it cannot accept the decision, calling it unlawful and an unparalleled violation of women's rights.")).toEqual(["REJECT", "CONDEMN"]);
  });

  it("reads propaganda called false as a denial and evidence linking someone to a killing as a charge", () => {
    expect(acts('India said it was "false and malicious" propaganda.')).toEqual(["DENY"]);
    expect(acts("Pakistan said it had credible evidence linking Indian agents to the killing of two of its citizens.")).toEqual(["ACCUSE"]);
  });

  it("reads a cross-border killing threatened on a condition as a warning", () => {
    expect(acts("Defence minister Rajnath Singh said India would enter Pakistan to kill them if terrorists try to disturb peace.")).toEqual(["WARN"]);
  });
});
