// Rules added in extractor 1.65, on short made-up texts: a name before an apposition saying what kind of body it
// is, a state's foreign ministry written with stops, the US Congress and its houses, likening a deed to a crime,
// cultural genocide and freedoms denied as charges, a passive inside a quotation as no statement, no contact as no
// denial, and a measure that "makes no sense" as rejected.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-04-02T12:00:00+01:00", "article:test-r165");
const acts = actsOf(run);
const actorMentions = actorMentionsOf(run);

describe("extractor 1.65 rules", () => {
  it("reads the name before 'U.K. nonprofit group' as the speaker, not the country in the apposition", () => {
    const x = run("Three British men have been detained by the Taliban in Afghanistan, the Presidium Network, U.K. nonprofit group, said Sunday.");
    expect(claimantsAndActs(x)).toEqual([["presidium-network", "ASSERT"]]);
  });

  it("reads 'the U.K.'s foreign ministry' as that state's ministry, not the state", () => {
    const x = run("“We are working hard to secure consular contact,” the U.K.’s foreign ministry said in a statement.");
    const [claimant] = claimantsAndActs(x)[0]!;
    expect(claimant).not.toBe("united-kingdom");
    expect(x.newActors.find((a) => a.id === claimant)).toMatchObject({ kind: "GOVERNMENT", parentId: "united-kingdom" });
  });

  it("knows the US House of Representatives and the Senate, but not a bare 'Congress'", () => {
    expect(actorMentions("The US House of Representatives passed the resolution. The U.S. Senate did not vote. Congress leaders met in Delhi.")).toEqual([
      ["US House of Representatives", "us-house-of-representatives"],
      ["U.S. Senate", "us-senate"],
    ]);
  });

  it("reads likening a regime's actions to cultural genocide as an accusation", () => {
    expect(acts("Ahmad Sarmast, the institute's founder, likened the regime’s actions to “cultural genocide and musical vandalism”.")).toEqual(["ACCUSE"]);
  });

  it("reads a people denied their freedom, quoted, as an accusation and not a denial", () => {
    expect(acts("Ahmad Sarmast told the BBC: “The people of Afghanistan have been denied artistic freedom.”")).toEqual(["ACCUSE"]);
  });

  it("still reads a progressive 'have been urging' inside a quotation as a demand", () => {
    expect(acts("Mumtaz Zahra Baloch said: “We have also been urging Afghanistan to take immediate action.”")).toEqual(["DEMAND"]);
  });

  it("does not read 'there had been no meaningful contact' as a denial", () => {
    expect(acts("Scott Richards said that there had been “no meaningful contact” between authorities and the two men.")).toEqual(["ASSERT"]);
  });

  it("reads a resolution that 'makes no sense' as rejected", () => {
    expect(acts("“This resolution makes no sense,” Ishaq Dar stated.")).toEqual(["REJECT"]);
  });
});
