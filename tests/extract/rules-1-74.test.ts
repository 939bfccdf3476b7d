// Rules added in extractor 1.74, on short made-up texts: what the speaker's country "will" do as an undertaking,
// things called "extremely concerning" or explained by "citing concerns", labels inside quotation marks, consequences
// that "could" follow, casualties "in firing by" someone, members "including" A and B speaking, a source cited by the
// source an article names, and an acronym glossed by a name the article gave.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-30T12:00:00+05:00", "article:test-r174");
const acts = actsOf(run);

describe("extractor 1.74 rules", () => {
  it("reads what a minister says 'the country will' do as an undertaking", () => {
    expect(acts("Iranian Interior Minister Ahmad Vahidi said the country will deport Afghan immigrants who lack permits.")).toEqual(["PROMISE"]);
  });

  it("reads something called \"extremely concerning\" as a concern voiced", () => {
    expect(acts("Amnesty International said that the arrest of organisers was “extremely concerning” for civic space.")).toEqual(["EXPRESS_CONCERN"]);
  });

  it("reads 'citing concerns over' as a concern voiced, apart from what was announced", () => {
    expect(acts("The US State Department announced the sanctions, citing concerns over the proliferation threat posed by Pakistan.")).toEqual(["ASSERT", "EXPRESS_CONCERN"]);
  });

  it("reads a label after another word inside quotation marks ('as “unfortunate and biased”') as a condemnation", () => {
    expect(acts("Mumtaz Zahra Baloch described the sanctions as “unfortunate and biased” in a statement.")).toEqual(["CONDEMN"]);
  });

  it("reads actions that 'could have far-reaching consequences' as a warning", () => {
    expect(acts("Mumtaz Zahra Baloch said that such actions could have far-reaching consequences for global peace.")).toEqual(["WARN"]);
  });

  it("reads casualties 'injured in firing by' someone as a charge, and 'due to not having' as no denial", () => {
    expect(acts("The Pakistani military said 16 security personnel were injured in firing by an unruly mob.")).toEqual(["ACCUSE"]);
    expect(acts("Mohammad Khan Talibi said the immigrants are facing challenges due to not having legal permits.")).toEqual(["ASSERT"]);
  });

  it("gives a condemnation by a group 'including A and B' to each member named", () => {
    const x = run("Civil society organisations including Amnesty International and the Human Rights Commission of Pakistan condemned the ban on X.");
    expect(claimantsAndActs(x).map(([who]) => who).sort()).toEqual(["amnesty-international", "human-rights-commission-of-pakistan"]);
  });

  it("gives a statement 'according to X, citing Y' to Y, through X", () => {
    const x = run("Iran has closed 16 provinces to Afghan nationals, according to Khaama Press, citing Iranian media.");
    const [claim] = x.claims;
    expect(x.newActors.find((a) => a.id === claim!.claimantId)?.name).toBe("Iranian media");
    expect(x.newActors.find((a) => a.id === claim!.via[0])?.name).toBe("Khaama Press");
  });

  it("reads an acronym after a listed name as that actor, only when it is made of the name's initials", () => {
    expect(actorMentionsOf(run)("Anadolu Agency (AA) reported the attack. AA said the toll rose.")).toEqual([
      ["Anadolu Agency", "anadolu-agency"],
      ["AA", "anadolu-agency"],
      ["AA", "anadolu-agency"],
    ]);
    expect(actorMentionsOf(run)("Pakistan (AA) said the toll rose.").filter(([surface]) => surface === "AA")).toEqual([]);
  });

  it("reads an acronym glossed by a name the article gave as that one actor", () => {
    const x = run("The Islamabad High Court (IHC) heard the petition. The IHC said the ban was based on speculation.");
    expect(x.newActors.filter((a) => a.aliases.includes("IHC")).map((a) => a.name)).toEqual(["Islamabad High Court"]);
    expect(claimantsAndActs(x)).toEqual([["islamabad-high-court", "ASSERT"]]);
  });
});
