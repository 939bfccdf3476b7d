// Rules added in extractor 1.30, on short made-up texts: "maintained" only as a reporting verb, findings, groups
// of protesters and tribal chiefs as speakers, "the reports" as the report's issuer, arms brought from somewhere
// as an accusation, expectations that only foresee, "Ms Khar" as the person, names without who controls them,
// labels and fallacies, and "as far as ... is concerned" as no concern.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-02-01T12:00:00+03:00", "article:test-r130");
const acts = actsOf(run);

describe("extractor 1.30 rules", () => {
  const report = "The Taliban government rejected on Thursday a recent UN Security Council report on Al-Qaeda. ";
  const claimOf = (text: string, start: string) => run(report + text).claims.filter((c) => c.quote.startsWith(start)).map((c) => [c.claimantId, c.speechAct]);

  it("reads 'maintained' as reporting only before what is maintained to be so", () => {
    expect(claimOf("The report also said that Al-Qaeda maintained a holding pattern in Afghanistan.", "report also said")).toEqual([["unsc", "ASSERT"]]);
    expect(acts("The Pakistani military maintains that the airstrikes were aimed at militant targets.")).toEqual(["ASSERT"]);
  });

  it("reads a finding as a statement, and 'the reports' as the issuer of the report named before", () => {
    expect(claimOf("The reports said the TTP was increasing attacks.", "reports said")).toEqual([["unsc", "ASSERT"]]);
    expect(claimOf("The UN sanctions team found that the TTP was growing.", "UN sanctions team found")).toEqual([["un-monitoring-team", "ASSERT"]]);
  });

  it("takes protesters and tribal chiefs as speakers, but no phrase opening with a preposition", () => {
    expect(claimantsAndActs(run("The sit-in has reached its 11th day as protesters demand the reopening of roads.")).map(([, act]) => act)).toEqual(["DEMAND"]);
    expect(run("One of the tribal chiefs expressed optimism, stating that a peace agreement is expected to be signed soon.").claims.map((c) => c.speechAct)).toEqual(["ASSERT"]);
    expect(run("Among the demonstrators are numerous children who have lost their parents, highlighting the human cost.").claims).toEqual([]);
  });

  it("reads arms brought in from a place as an accusation, and only an obligation expected as a demand", () => {
    expect(acts("Barrister Muhammad Ali Saif said that weapons are being brought into this area from Afghanistan.")).toEqual(["ACCUSE"]);
    expect(acts("The ministry said Kamil is expected to facilitate consular services in Mumbai.")).toEqual(["ASSERT"]);
    expect(acts("The ministry said the Taliban administration is expected to fulfil its obligations.")).toEqual(["DEMAND"]);
  });

  it("gives a participle after an opening adverb and a clause to that clause's subject", () => {
    expect(claimantsAndActs(run("Meanwhile, Khyber Pakhtunkhwa Information Advisor Barrister Saif addressed the media in Peshawar on Monday, acknowledging the loss of lives."))).toEqual([["muhammad-ali-saif", "ASSERT"]]);
  });

  it("reads 'Ms Khar' as the person named in full, and labels a view idiotic or a fallacy", () => {
    const text = "Former foreign minister Hina Rabbani Khar spoke on Saturday. Ms Khar said the idea of every province pursuing its own foreign policy is “idiotic”. According to Ms Khar, it is a “fallacy” to think that talks with the Afghan Taliban will end terrorism.";
    const x = run(text);
    expect(x.newActors.map((a) => a.id)).not.toContain("ms-khar");
    expect(claimantsAndActs(x)).toEqual([
      ["hina-rabbani-khar", "CONDEMN"],
      ["hina-rabbani-khar", "DENY"],
    ]);
  });

  it("names an outlet without who controls it, and sets no concern for 'as far as ... is concerned'", () => {
    const x = run("The Taliban-controlled Bakhtar News Agency reported on Monday that Kamil is in Mumbai.");
    expect(x.claims[0]?.claimantId).toBe("bakhtar-news-agency");
    expect(acts("As far as his status is concerned, he is an Afghan national working for Afghans in India, the ministry said.")).toEqual(["ASSERT"]);
  });
});
