// Rules added in extractor 1.57, on short made-up texts: grief and condemnation in a diplomat's words, a state's
// embassy or mission as an actor, speakers after a title and a comma or before an unclosed apposition, "the group"
// as a movement that spoke, demands for payoffs as a charge, and a wire dateline kept out of what was said.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-10T12:00:00+05:00", "article:test-r157");
const acts = actsOf(run);
const mentions = actorMentionsOf(run);
const aboutSets = aboutSetsOf(run);

describe("extractor 1.57 rules", () => {
  it("reads dismay at a loss of life, grief that left someone saddened and thoughts and prayers as regret", () => {
    expect(acts("Prime Minister Anwar Ibrahim said the bombing incident left him saddened.")).toEqual(["EXPRESS_REGRET"]);
    expect(acts("Jane Marriott said: \"Appalled by the tragic and senseless loss of life in Quetta today. My thoughts and prayers are with the injured.\"")).toEqual(["EXPRESS_REGRET", "EXPRESS_REGRET"]);
  });

  it("reads acts that 'do nothing but sow division' and standing with a state 'in condemning' as condemnation", () => {
    expect(acts("Jane Marriott said: \"These acts do nothing but sow division. The UK stands with Pakistan in condemning terrorism and violence.\"")).toEqual(["CONDEMN", "CONDEMN"]);
  });

  it("reads the speaker's own state standing 'in solidarity with' another as an undertaking", () => {
    const x = run("Prime Minister of Malaysia Anwar Ibrahim said: \"Malaysia stands firmly in solidarity with the Government of Pakistan in its fight against terrorism.\"");
    expect(claimantsAndActs(x)).toEqual([["anwar-ibrahim", "PROMISE"]]);
  });

  it("makes a state's embassy an actor under that state, named also as its mission, speaking in a post on X", () => {
    const x = run("The US Embassy in Pakistan posted on X: \"The U.S. Mission to Pakistan strongly condemns the November 9 bombing in Quetta. We extend our deepest condolences to the victims.\"");
    expect(claimantsAndActs(x)).toEqual([["united-states-embassy-in-pakistan", "CONDEMN"], ["united-states-embassy-in-pakistan", "EXPRESS_REGRET"]]);
    expect(x.newActors.find((a) => a.id === "united-states-embassy-in-pakistan")).toMatchObject({ kind: "GOVERNMENT", parentId: "united-states" });
  });

  it("knows the USA and the UK by those names, and a country before 'visit' as a destination", () => {
    expect(mentions("Several countries, including the USA and the UK, condemned the blast.")).toEqual([["USA", "united-states"], ["UK", "united-kingdom"]]);
    expect(aboutSets("Mumtaz Zahra Baloch said the foreign minister is finalising matters regarding the UK visit.")).toEqual([[]]);
  });

  it("takes the name after a title and a comma as the speaker of the quotation before them, split at 'though'", () => {
    const x = run("“We are importing the virus from Afghanistan and it’s not possible to stop people from entering the city, though we can ensure that children are vaccinated,” Pakistan’s Health Minister, Saad Khalid Niaz told reporters.");
    expect(x.claims.map((c) => [c.claimantId, c.quote])).toEqual([
      ["saad-khalid-niaz", "We are importing the virus from Afghanistan"],
      ["saad-khalid-niaz", "it’s not possible to stop people from entering the city"],
      ["saad-khalid-niaz", "we can ensure that children are vaccinated"],
    ]);
  });

  it("takes the name before an apposition left open up to the verb as the speaker", () => {
    const x = run("Roohul Ameen, a doctor at a main local hospital said they received three bodies.");
    expect(claimantsAndActs(x)).toEqual([["roohul-ameen", "ASSERT"]]);
  });

  it("reads 'telling a news conference that' as reporting, and aims to divide a country as a charge", () => {
    const x = run("Interior Minister Mohsin Naqvi defended the ban, telling a news conference Wednesday that the Pashtun group was seeking to divide the country.");
    expect(claimantsAndActs(x)).toEqual([["mohsin-naqvi", "ACCUSE"]]);
  });

  it("reads 'must remember that we will not let it happen' as a warning", () => {
    expect(acts("“Those who are trying to spread anarchy must remember that we will not let it happen,” Mohsin Naqvi told reporters.")).toEqual(["WARN"]);
  });

  it("reads 'the group' as the movement that spoke last, and a group 'advocating for' a minority as no demand", () => {
    const x = run("Police clashed with supporters of a rights group advocating for the Pashtun minority. The Pashtun Protection Movement denies backing the Pakistani Taliban. The group also says security forces have been illegally detaining its members.");
    expect(claimantsAndActs(x)).toEqual([["ptm", "DENY"], ["ptm", "ACCUSE"]]);
  });

  it("reads demands for payoffs as a charge reported, not a demand of the one reported", () => {
    const x = run("The Special Inspector General, John Sopko, said that the Taliban demands payoffs to permit aid projects.");
    expect(claimantsAndActs(x)).toEqual([["john-sopko", "ACCUSE"]]);
  });

  it("keeps a wire dateline out of the first sentence's statement", () => {
    const x = run("PESHAWAR, Pakistan (AP) — At least three people were killed in clashes Wednesday, local officials said.");
    expect(x.claims.map((c) => c.quote)).toEqual(["At least three people were killed in clashes Wednesday"]);
  });
});
