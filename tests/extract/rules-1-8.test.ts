// Rules added in extractor 1.8, on short made-up sentences: censure by label, shock expressed, directives
// not to act, demands reported by their noun, a participle after "issued a statement", "the statement"
// as its issuer's, quotations attributed after them ("said X"), and titles given after a name.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-10T12:00:00+05:00", "article:test-r18");
const brief = claimantsAndActs;

describe("extractor 1.8 rules", () => {
  it("reads calling someone's words or policy unfair or irresponsible as condemnation, not denial", () => {
    const x = run("The Taliban called Pakistan's policy on Afghan refugees unfair.\n\nIslamabad called the Taliban's remarks irresponsible and threatening.");
    expect(brief(x)).toEqual([["afghan-taliban", "CONDEMN"], ["pakistan", "CONDEMN"]]);
  });

  it("reads expressed shock as regret", () => {
    expect(brief(run("Zabihullah Mujahid expressed shock at the attack."))).toEqual([["zabihullah-mujahid", "EXPRESS_REGRET"]]);
  });

  it("reads 'we have told X not to' as a demand", () => {
    const x = run("“We have told the officials of the Pakistani government not to create any problems for the refugees,” the Taliban said.");
    expect(brief(x)).toEqual([["afghan-taliban", "DEMAND"]]);
  });

  it("does not end a statement at 'demands' used as a plain noun", () => {
    const x = run("Zabihullah Mujahid condemned the attack, pledging to look into Pakistan's demands.");
    expect(brief(x)).toEqual([["zabihullah-mujahid", "CONDEMN"], ["zabihullah-mujahid", "PROMISE"]]);
  });

  it("gives a participle after 'issued a statement' to the issuer", () => {
    const x = run("Despite the denials, the Foreign Office issued a statement after the attack, demanding immediate action from the Afghan government.");
    expect(brief(x)).toEqual([["pakistan-foreign-office", "DEMAND"]]);
  });

  it("credits 'the statement' to whoever issued the statement last named, not to the last speaker", () => {
    const x = run(
      "Official sources said the talks were useful. A statement issued by the Afghan foreign ministry said Muttaqi told the envoy that Pakistan should act against the TTP. The statement also said the two sides discussed trade.",
    );
    expect(x.claims.at(-1)!.claimantId).toBe("afghan-ministry-of-foreign-affairs");
  });

  it("attributes a quotation to the speaker named after 'said', with the title given after the name", () => {
    const x = run("“We will not allow anyone to use our soil against Pakistan,” said Zia Ahmad Takal, the deputy spokesman of the Ministry of Foreign Affairs.");
    const takal = x.newActors.find((a) => a.name === "Zia Ahmad Takal")!;
    expect(takal).toMatchObject({ kind: "PERSON", description: "deputy spokesman of the Ministry of Foreign Affairs" });
    expect(brief(x)).toEqual([[takal.id, "PROMISE"]]);
  });
});
