// Rules added in extractor 1.9, on short made-up sentences: harm laid at someone's door without an accusing verb, a report's findings credited to its author, and claims named by a nationality.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-08T12:00:00+05:00", "article:test-r19");
const brief = claimantsAndActs;

describe("extractor 1.9 rules", () => {
  it("reads harm or its origin laid at someone's door as an accusation", () => {
    const said = (content: string) => run(`The Taliban said ${content}`).claims[0]!.speechAct;
    expect(said("Pakistani forces targeted civilian houses and killed a woman.")).toBe("ACCUSE");
    expect(said("the clash was started by the Pakistani side.")).toBe("ACCUSE");
    expect(said("the responsibility rests with the Pakistani government.")).toBe("ACCUSE");
    expect(run("Pakistan said the attackers were controlled from Afghanistan.").claims[0]!.speechAct).toBe("ACCUSE");
    expect(run("Pakistan said Afghan soil was used for planning the attack.").claims[0]!.speechAct).toBe("ACCUSE");
    // One's own forces in action, or harm with no one behind it, is no accusation.
    expect(run("Pakistan said its forces killed ten militants in North Waziristan.").claims[0]!.speechAct).not.toBe("ACCUSE");
  });

  it("credits a report's findings, and what it alleges, to the body named as its author", () => {
    const x = run(
      "The Taliban rejected a recent UN Security Council report alleging new Al-Qaeda training centres in Afghanistan.\n\nMujahid said the claims were baseless. The report also said that Al-Qaeda was close to the TTP.",
    );
    expect(brief(x)).toEqual([
      ["afghan-taliban", "REJECT"],
      ["unsc", "ACCUSE"],
      ["zabihullah-mujahid", "DENY"],
      ["unsc", "ASSERT"],
    ]);
  });

  it("reads a nationality before 'claims' as a noun, and the state as the one that claims", () => {
    const x = run("The Taliban rejected Pakistani claims that the attackers came from Afghanistan.");
    expect(brief(x)).toEqual([["afghan-taliban", "REJECT"], ["pakistan", "ASSERT"]]);
    expect(x.claims[1]!.containedIn).toBe(x.claims[0]!.id);
  });

  it("does not make a known name with a gloss in brackets a new actor", () => {
    const x = run("“The Islamic Emirate (Taliban) has assured China on this matter,” the ministry said.");
    expect(x.newActors.map((a) => a.name)).not.toContain("Islamic Emirate (Taliban)");
  });
});
