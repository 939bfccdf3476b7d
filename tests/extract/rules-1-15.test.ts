// Rules added in extractor 1.15, on short made-up sentences: more verbs that attribute a quotation
// ("tweeted.", "remarked", "she continued"), a participle after a sentence's one clause ("ordered the
// shutdown ..., accusing Islamabad"), a time after an inverted speaker ("..., Pakistan said last week"), an
// analysis by its author, and organisation names with "for" in them.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-02-20T12:00:00+05:30", "article:test-r115");

describe("extractor 1.15 rules", () => {
  it("attributes a quotation to whoever tweeted, remarked or continued it", () => {
    expect(claimantsAndActs(run("“Pakistan has not abided by its commitments,” Taliban commissioner at Torkham Maulavi Mohammad Siddique tweeted."))).toEqual([
      ["maulavi-mohammad-siddique", "ACCUSE"],
    ]);
    expect(claimantsAndActs(run("Khawaja Asif spoke in Islamabad. Asif remarked: “Various terrorist elements remain active within Afghanistan.”")).at(-1)?.[0]).toBe("khawaja-asif");
    const continued = run("“We urge both sides to address any differences through dialogue,” Karine Jean-Pierre said. “We remain committed to our partners,” she continued.");
    expect(claimantsAndActs(continued).map(([id]) => id)).toEqual(["karine-jean-pierre", "karine-jean-pierre"]);
  });

  it("gives a participle after a sentence's one clause to that clause's subject, past a dateline", () => {
    expect(claimantsAndActs(run("Kabul, Feb 20: The Taliban-led government in Afghanistan has ordered the shutdown of the main border crossing with Pakistan, accusing Islamabad of reneging on its commitments."))).toEqual([
      ["afghan-taliban", "ACCUSE"],
    ]);
  });

  it("finds the speaker after the content when a time follows, and an analysis by its author", () => {
    expect(claimantsAndActs(run("The Taliban support the TTP, Pakistan said last week."))).toEqual([["pakistan", "ASSERT"]]);
    const x = run("The Afghan Taliban appear unlikely to stop supporting the TTP, an analysis by the US Institute for Peace (USIP) said last week.");
    const usip = x.newActors.find((a) => a.name === "US Institute for Peace");
    expect(usip?.aliases).toContain("USIP");
    expect(x.newActors.map((a) => a.name)).not.toContain("US Institute");
    expect(x.claims.map((c) => c.claimantId)).toEqual([usip?.id]);
  });
});
