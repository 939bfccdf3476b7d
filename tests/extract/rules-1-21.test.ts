// Rules added in extractor 1.21, on short made-up texts: subjects past "also known as" and adverbial phrases,
// "the extremist group", "told AP" after the content, a country's diplomat, readiness as a promise, bare plurals
// and well-known outlets.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-07-31T12:00:00+02:00", "article:test-r121");

describe("extractor 1.21 rules", () => {
  it("finds the subject past another name for it and past an adverbial phrase", () => {
    expect(claimantsAndActs(run("The Pakistani Taliban, also known as Tehrik-e-Taliban Pakistan (TTP), specifically warned the heads of the government coalition."))).toEqual([["ttp", "WARN"]]);
    expect(claimantsAndActs(run("Maulana Fazlur Rehman said the rally was peaceful. Rehman has on many occasions condemned TTP violence in Pakistan."))[1]).toEqual(["fazlur-rehman", "CONDEMN"]);
  });

  it("takes 'the extremist group' for the armed group just named", () => {
    expect(claimantsAndActs(run("The Islamic State-Khorasan (IS-K) extremist group has claimed responsibility for a suicide bombing."))).toEqual([["iskp", "ASSERT"]]);
  });

  it("reads '..., officials told AP' and '..., the diplomat told reporters' as the speaker after the content", () => {
    const x = run("The seriously wounded were airlifted to Peshawar, party officials told AP.");
    expect(x.claims).toHaveLength(1);
    expect(x.claims[0]?.quote).toBe("The seriously wounded were airlifted to Peshawar");
    const y = run("Foreign Minister Qin Gang said the talks were good. China and Pakistan were ready to support the Afghan reconstruction, the top Chinese diplomat told reporters.");
    expect(claimantsAndActs(y)).toEqual([["qin-gang", "ASSERT"], ["qin-gang", "PROMISE"]]);
  });

  it("does not take a bare plural for a group named before", () => {
    const x = run("Party officials said the leader was not at the rally. Officials said the wounded were airlifted to Peshawar.");
    expect(new Set(x.claims.map((c) => c.claimantId)).size).toBe(2);
  });

  it("knows major news outlets", () => {
    const x = run("Later that day, The Guardian reported that the Indian government had allegedly assassinated at least 20 persons in Pakistan.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["the-guardian"]);
    expect(run("The state news agency APP reported that the talks ended.").mentions.map((m) => m.id)).toContain("associated-press-of-pakistan");
  });
});
