// Rules added in extractor 1.18, on short made-up texts: a speaker before an apposition between dashes, a
// dateline in capitals, "the Pakistani envoy" and "the Taliban regime's spokesperson", a title and a first
// name, statements a quotation reports from someone else, and charges stated through documented abuses.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-12-07T10:00:00+05:00", "article:test-r118");

describe("extractor 1.18 rules", () => {
  it("finds the speaker before an apposition between dashes", () => {
    const x = run("Ambassador Munir Akram — Permanent Representative of Pakistan to the United Nations — noted that the TTP receives support from abroad.");
    expect(claimantsAndActs(x)).toEqual([["munir-akram", "ACCUSE"]]);
  });

  it("reads a name in capitals before a colon as a dateline, not as an actor or part of one", () => {
    const x = run("UNITED NATIONS: Pakistan has demanded the Security Council investigate how the TTP acquired advanced weapons.");
    expect(x.mentions.filter((m) => m.type === "Actor" && m.span.start === 0)).toEqual([]);
    expect(x.newActors.some((a) => a.name.includes(":"))).toBe(false);
    expect(claimantsAndActs(x)).toEqual([["pakistan", "DEMAND"]]);
  });

  it("takes 'the Pakistani envoy' for the last speaker who may be Pakistan's, and no one else", () => {
    const x = run("Ambassador Munir Akram said the TTP was a threat. The Pakistani envoy said that the TTP had carried out attacks from Afghan soil.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["munir-akram", "munir-akram"]);
    const y = run("Afghan Foreign Minister Amir Khan Muttaqi said the talks went well. The Pakistani envoy said that the TTP had carried out attacks from Afghan soil.");
    expect(y.claims.map((c) => c.claimantId)).toEqual(["amir-khan-muttaqi"]);
  });

  it("gives an organisation's unnamed spokesperson an actor of its own, not another organisation's spokesperson", () => {
    const x = run("Foreign Office spokesperson Mumtaz Zahra Baloch said the attack was planned in Afghanistan. The Taliban regime's spokesperson responded, stating that Afghanistan should not be held responsible for all issues.");
    const [, second] = x.claims;
    expect(second?.claimantId).not.toBe("mumtaz-zahra-baloch");
    const spokesperson = x.newActors.find((a) => a.id === second?.claimantId);
    expect(spokesperson).toMatchObject({ kind: "PERSON", parentId: "afghan-taliban" });
    expect(spokesperson?.aliases).toContain("Taliban regime's spokesperson");
  });

  it("takes a title and a first name for the one person the article names in full so", () => {
    const x = run("Minister Riaz Hussain Pirzada said the former spy chief retired Lt Gen Faiz Hameed wanted the TTP back. General Faiz said that the TTP should be brought into the mainstream.");
    expect(x.newActors.map((a) => a.name)).toContain("Faiz Hameed");
    expect(x.claims.at(-1)?.claimantId).toBe("faiz-hameed");
  });

  it("adds a statement that a quotation reports from someone it names, nested in the quotation", () => {
    const x = run("Minister Riaz Hussain Pirzada spoke after retired Lt Gen Faiz Hameed left. The minister said: \"At that time, General Faiz had suggested that the TTP should be brought into the mainstream.\"");
    const quoted = x.claims.find((c) => c.claimantId === "riaz-hussain-pirzada");
    const nested = x.claims.find((c) => c.claimantId === "faiz-hameed");
    expect(nested).toMatchObject({ speechAct: "DEMAND", quote: "General Faiz had suggested that the TTP should be brought into the mainstream" });
    expect(nested?.containedIn).toBe(quoted?.id);
    // A document the speaker cites and the speaker's own side are not other voices.
    const y = run("Volker Turk said: \"This report suggests that torture is also used as a tool.\"");
    expect(y.claims.map((c) => c.claimantId)).toEqual(["volker-turk"]);
  });

  it("reads abuses on record and threats from a group as charges", () => {
    expect(claimantsAndActs(run("The UN Assistance Mission in Afghanistan (UNAMA) said it had documented more than 1,600 cases of human rights violations by the Taliban."))).toEqual([["unama", "ACCUSE"]]);
    expect(claimantsAndActs(run("Ambassador Munir Akram noted that Pakistan faced a major threat from the TTP."))).toEqual([["munir-akram", "ACCUSE"]]);
    expect(claimantsAndActs(run("Ambassador Munir Akram said terrorist groups were living in Afghanistan under the protection of the Taliban."))).toEqual([["munir-akram", "ACCUSE"]]);
  });

  it("reads 'countered X's claim' as a rejection and 'questioned X's data' as a denial", () => {
    expect(claimantsAndActs(run("Minister Riaz Hussain Pirzada countered Shireen Mazari's claim that the army wanted talks."))[0]).toEqual(["riaz-hussain-pirzada", "REJECT"]);
    expect(claimantsAndActs(run("The Taliban-led Foreign Ministry questioned UNAMA's data."))).toEqual([["taliban-led-foreign-ministry", "DENY"]]);
  });

  it("does not read 'posts' as a verb of speech", () => {
    const x = run("Zabihullah Mujahid said Afghan troops resorted to indiscriminate firing, targeting Pakistan military posts, damaging the terminal.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["zabihullah-mujahid"]);
    const y = run("Zabihullah Mujahid said: \"Afghan troops resorted to indiscriminate firing, targeting Pakistan military posts, damaging the terminal.\"");
    expect(y.claims.map((c) => c.claimantId)).toEqual(["zabihullah-mujahid"]);
  });

  it("ends a person's name after the remit of an office", () => {
    const x = run("UN High Commissioner for Human Rights Volker Turk said the abuses must stop.");
    expect(x.newActors.map((a) => a.name)).toContain("Volker Turk");
  });
});
