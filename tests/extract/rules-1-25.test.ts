// Rules added in extractor 1.25, on short made-up texts: sides blaming each other, "with X claiming
// responsibility", a state's ministry the gazetteer lacks, standing committed, leaving no stone unturned, and
// labelling a deed a crime without "as".
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-12-12T12:00:00+03:30", "article:test-r125");

describe("extractor 1.25 rules", () => {
  it("gives a reciprocal accusation to each of the two sides named last, against the other", () => {
    const x = run("Pakistani and Afghan forces clashed at Torkham. The Taliban said Pakistan started it. The two sides have blamed each other for starting the fire.");
    const blame = x.claims.filter((c) => c.quote.includes("each other"));
    expect(blame.map((c) => [c.claimantId, c.speechAct, c.about.map((a) => a.actorId)])).toEqual([
      ["afghan-taliban", "ACCUSE", ["pakistan"]],
      ["pakistan", "ACCUSE", ["afghan-taliban"]],
    ]);
    // A ministry stands for its government: the other side is still Pakistan.
    const y = run("Pakistan closed the crossing. The Afghan Ministry of Defense said the firing was unprovoked, with each side blaming the other for the clash.");
    expect(y.claims.filter((c) => c.quote.includes("the other")).map((c) => c.claimantId).sort()).toEqual(["afghan-taliban", "pakistan"]);
  });

  it("gives a claim of responsibility in an absolute clause to the group named", () => {
    expect(claimantsAndActs(run("The blast has been attributed to ISIS, with the Islamic State – Khorasan Province (IS-KP) claiming responsibility."))).toEqual([["iskp", "ASSERT"]]);
    // "engagement with Afghanistan underscoring ..." is no absolute clause.
    expect(run("Pakistan said it sought engagement with Afghanistan underscoring the need for peace.").claims.map((c) => c.claimantId)).not.toContain("afghanistan");
  });

  it("makes a state's ministry an actor of its own", () => {
    const x = run("Qatar's foreign ministry denounced the assassination.");
    // Since 1.56 the reference list holds the foreign ministry of every state with a demonym.
    expect(claimantsAndActs(x)).toEqual([["qatar-foreign-ministry", "CONDEMN"]]);
    expect(x.newActors.find((a) => a.id === "qatar-foreign-ministry")).toMatchObject({ kind: "GOVERNMENT", parentId: "qatar" });
  });

  it("reads standing committed and leaving no stone unturned as promises, and a deed labelled a crime as condemned", () => {
    const x = run("Prime Minister Shehbaz Sharif said: “Pakistan stands committed to safeguarding our Chinese friends. We will leave no stone unturned to ensure their security.”");
    expect(x.claims.map((c) => c.speechAct)).toEqual(["PROMISE", "PROMISE"]);
    expect(claimantsAndActs(run("The Taliban labeled it a “cowardly attack” on the minister."))).toEqual([["afghan-taliban", "CONDEMN"]]);
  });
});
