// Rules added in extractors 1.10 and 1.11, on short made-up sentences: a shared surname read as the person named
// last, titles matched across spellings, "a military statement", warnings put as advice, refusals to accept,
// criticism as condemnation, and a listed person's name with words added as that person.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-04T12:00:00+05:00", "article:test-r110");
const brief = claimantsAndActs;

describe("extractor 1.10 and 1.11 rules", () => {
  it("reads a surname two people in the article share as the one named last before it", () => {
    const x = run(
      "Acting Defence Minister Mohammad Yaqoob Mujahid criticised Pakistan's decision.\n\nMujahid said the refugees must be treated with dignity.\n\n" +
        "Taliban spokesman Zabihullah Mujahid said the refugees were welcome. Mujahid added that Kabul would help them.",
    );
    expect(x.claims.map((c) => c.claimantId)).toEqual(["mohammad-yaqoob", "mohammad-yaqoob", "zabihullah-mujahid", "zabihullah-mujahid"]);
  });

  it("finds the person a title names whatever its spelling, defence or defense", () => {
    const x = run("Acting Defence Minister Ahmad Karim Sultani spoke in Kabul.\n\nThe acting defense minister said the decision was taken unilaterally.");
    expect(x.claims.at(-1)!.claimantId).toBe(x.newActors.find((a) => a.name === "Ahmad Karim Sultani")!.id);
  });

  it("credits 'a military statement' to the armed forces of the state named before", () => {
    const x = run("Pakistan reported that 16 soldiers were killed near the Afghan border.\n\nA military statement said eight assailants were also killed.");
    expect(x.claims.at(-1)!.claimantId).toBe("pakistan-armed-forces");
  });

  it("reads advice to weigh the consequences as a warning and a refusal to accept as a rejection", () => {
    expect(brief(run("The Taliban said Pakistan should consider the consequences of such actions."))).toEqual([["afghan-taliban", "WARN"]]);
    expect(brief(run("The Taliban said that they do not accept the decision at all."))).toEqual([["afghan-taliban", "REJECT"]]);
  });

  it("reads criticism as condemnation", () => {
    expect(brief(run("The Taliban criticised Pakistan's treatment of Afghan refugees."))).toEqual([["afghan-taliban", "CONDEMN"]]);
  });

  it("takes a listed person's name with words added after it as that person, not a second one", () => {
    const x = run("Acting Defence Minister Mohammad Yaqoob Mujahid said Pakistan's decision was cruel.");
    expect(x.claims[0]!.claimantId).toBe("mohammad-yaqoob");
    expect(x.newActors.map((a) => a.name)).not.toContain("Mohammad Yaqoob Mujahid");
    expect(x.newActors.find((a) => a.id === "mohammad-yaqoob")!.aliases).toEqual(expect.arrayContaining(["Mohammad Yaqoob Mujahid", "Mujahid"]));
  });
});
