// Rules added in extractors 1.6 and 1.7, on short made-up sentences: unnamed office holders as one person of their
// state, known spokesmen by surname, participles that go with their own clause, stated necessities,
// negated forecasts, announced courses of action, "the military", names after an office's acronym,
// wrongful conduct charged, requests turned down or sought, and commitments a report credits to the other side.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-10T12:00:00+05:00", "article:test-r16");
const brief = claimantsAndActs;

describe("extractor 1.6 and 1.7 rules", () => {
  it("makes 'Pakistan's defence minister' and 'the Pakistani defence minister' one office holder of Pakistan, not Pakistan", () => {
    const x = run(
      "Pakistan's defence minister accused the TTP of carrying out attacks.\n\nThe Pakistani defence minister warned that such attacks would elicit an effective response.",
    );
    const minister = x.newActors.find((a) => a.name === "Defence minister of Pakistan")!;
    expect(minister).toMatchObject({ kind: "PERSON", parentId: "pakistan", aliases: ["Pakistan's defence minister"] });
    expect(brief(x)).toEqual([[minister.id, "ACCUSE"], [minister.id, "WARN"]]);
  });

  it("knows a listed spokesman by surname alone where the article names his ministry", () => {
    const named = run("The Afghan Defence Ministry criticised the remarks.\n\n“Anyone who violates our border will be responsible for the consequences,” Khwarizmi said.");
    expect(named.claims.at(-1)!.claimantId).toBe("inayatullah-khwarazmi");
    // Without the ministry, a bare surname is nobody the list can vouch for.
    const bare = run("“Anyone who violates our border will be responsible for the consequences,” Khwarizmi said.");
    expect(bare.newActors.some((a) => a.id === "inayatullah-khwarazmi")).toBe(false);
  });

  it("gives a participle after a clause of its own that clause's subject", () => {
    const x = run(
      "Islamabad has repeatedly urged the Afghan Taliban to take action against the TTP, but the Taliban leadership in Kabul has appeared to ignore these demands, denying that the group uses Afghan soil.",
    );
    expect(brief(x)).toEqual([["pakistan", "DEMAND"], ["afghan-taliban", "DENY"]]);
  });

  it("does not make the noun right before a participle its speaker", () => {
    const x = run("The Foreign Office stated that Pakistan was committed to dialogue with Afghanistan underscoring the desire for the resolution of outstanding issues.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["pakistan-foreign-office", "pakistan-foreign-office"]);
  });

  it("reads a stated necessity as a demand even when it is negated", () => {
    const x = run("“It's necessary for the leadership of Pakistan not to allow anyone to make such statements,” the Taliban said.");
    expect(x.claims[0]).toMatchObject({ claimantId: "afghan-taliban", speechAct: "DEMAND" });
  });

  it("reads a negated forecast as an assertion, not a denial", () => {
    const x = run("The Taliban said that such remarks will not be in the interest of anyone.");
    expect(x.claims[0]).toMatchObject({ claimantId: "afghan-taliban", speechAct: "ASSERT" });
  });

  it("reads an announced plan or drive as a commitment", () => {
    const x = run("Last year, Pakistan announced a huge drive to repatriate foreigners without visas.");
    expect(x.claims[0]).toMatchObject({ claimantId: "pakistan", speechAct: "PROMISE" });
  });

  it("reads 'had serious concerns' with the quotation opening inside it as concern", () => {
    const x = run("The Pakistani army said it had “serious concerns on the safe havens available to TTP in Afghanistan”.");
    expect(x.claims[0]!.speechAct).toBe("EXPRESS_CONCERN");
  });

  it("credits 'the military' to the armed forces that spoke before, not to their country", () => {
    const x = run(
      "The Pakistani military reported that nine soldiers were killed in an attack.\n\nThe military has said that it expects the Taliban authorities to take action against militants.",
    );
    expect(x.claims.map((c) => c.claimantId)).toEqual([x.claims[0]!.claimantId, x.claims[0]!.claimantId]);
    expect(x.claims[0]!.claimantId).not.toBe("pakistan");
    expect(x.claims[1]!.speechAct).toBe("DEMAND");
  });

  it("finds a person named right after an office and its acronym, and 'the commissioner' as that person", () => {
    const x = run(
      "United Nations High Commissioner for Refugees (UNHCR) Filippo Grandi met officials in Islamabad.\n\nDuring the talks, the high commissioner called for a pause in deportations.",
    );
    const grandi = x.newActors.find((a) => a.name === "Filippo Grandi")!;
    expect(grandi).toMatchObject({ kind: "PERSON", description: "United Nations High Commissioner for Refugees" });
    expect(x.claims.at(-1)).toMatchObject({ claimantId: grandi.id, speechAct: "DEMAND" });
  });

  it("does not start a name with a clause-opening conjunction", () => {
    const x = run("“While the Afghan Interim Government is fighting Daesh, the threat from other groups has yet to be addressed,” the Foreign Office said.");
    expect(x.newActors.map((a) => a.name)).not.toContain("While the Afghan Interim Government");
  });

  it("reads conduct described as wrongful as an accusation of whoever did it", () => {
    const x = run(
      "The Foreign Office said that unprovoked and indiscriminate firing by the Afghan Taliban forces damaged the border facilities.\n\nThe Taliban said Islamabad was causing hindrances and delays in opening the crossing.\n\nMujahid said Pakistan was trying to create distrust between Kabul and Beijing.",
    );
    expect(x.claims.map((c) => c.speechAct)).toEqual(["ACCUSE", "ACCUSE", "ACCUSE"]);
    expect(x.claims[1]!.about.map((a) => a.actorId)).toContain("pakistan");
  });

  it("reads a request turned down as a rejection and help sought as a demand", () => {
    const x = run("Pakistan sought Afghan help to arrest the attackers.\n\nThe Taliban government turned down Islamabad's request.");
    expect(brief(x)).toEqual([["pakistan", "DEMAND"], ["afghan-taliban", "REJECT"]]);
  });

  it("keeps 'denied this' as a denial, while 'stated this in response to a question' is no statement", () => {
    expect(brief(run("Pakistan accused the TTP of the attack. The Taliban, however, denied this."))).toEqual([["pakistan", "ACCUSE"], ["afghan-taliban", "DENY"]]);
    expect(run("The Foreign Office stated this in response to a question.").claims).toEqual([]);
  });

  it("credits the commitments a report attributes to the other side to that side, nested in the report", () => {
    const x = run(
      "A Foreign Office statement said the Afghan side agreed to examine the findings of the investigation and expressed the resolve to work with Pakistan on the case.",
    );
    const [report, ...promises] = x.claims;
    expect(report).toMatchObject({ claimantId: "pakistan-foreign-office", speechAct: "ASSERT" });
    expect(promises.map((c) => [c.claimantId, c.speechAct, c.containedIn, c.via[0]])).toEqual([
      ["afghan-taliban", "PROMISE", report!.id, "pakistan-foreign-office"],
      ["afghan-taliban", "PROMISE", report!.id, "pakistan-foreign-office"],
    ]);
    // The speaker's own commitment stays the speaker's.
    expect(brief(run("The Foreign Office said Pakistan reiterated its commitment to dialogue with Afghanistan."))).toEqual([["pakistan-foreign-office", "PROMISE"]]);
  });
});
