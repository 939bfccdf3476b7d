// Rules added in extractor 1.3, on short made-up sentences: commitments as promises, evaluations as
// denials, conditional threats, described groups and people, reports and outlets as speakers, and the
// TTP's many spellings.
import { describe, expect, it } from "vitest";
import { extractorAt } from "./support/run.js";

const run = extractorAt("2024-02-10T12:00:00+05:00", "article:test-r13");
const brief = (x: ReturnType<typeof run>) => x.claims.map((c) => [c.claimantId, c.speechAct, c.about.map((a) => a.actorId).sort()]);

describe("extractor 1.3 rules", () => {
  it("reads a stated commitment or dedication as a promise", () => {
    const x = run("Pakistan stressed its commitment to respecting the sovereignty of Afghanistan.\n\nIslamabad affirmed its dedication to fighting the TTP.");
    expect(x.claims.map((c) => c.speechAct)).toEqual(["PROMISE", "PROMISE"]);
  });

  it("reads 'considers as baseless' inside a quotation as a denial", () => {
    const x = run("“The ministry considers as provocative and baseless the remarks about the TTP,” the Taliban said in a statement.");
    expect(x.claims[0]).toMatchObject({ claimantId: "afghan-taliban", speechAct: "DENY" });
  });

  it("reads force made conditional on others' conduct as a warning, not a denial", () => {
    const x = run("Pakistan said it may target TTP hideouts if the Taliban did not take any action against the group.");
    expect(brief(x)).toEqual([["pakistan", "WARN", ["afghan-taliban", "ttp"]]]);
  });

  it("resolves 'this terrorist group' to the armed group named before, not to an office", () => {
    const x = run("The TTP attacked a post. The Foreign Office said that “this terrorist group is responsible for the deaths of Pakistani citizens”.");
    const accusation = x.claims.find((c) => c.speechAct === "ACCUSE")!;
    expect(accusation.about.map((a) => a.actorId).sort()).toEqual(["pakistan", "ttp"]);
  });

  it("counts people named by a demonym as their country", () => {
    const x = run("Pakistan said the attackers were Afghan nationals.");
    expect(x.claims[0]!.about.map((a) => a.actorId)).toContain("afghanistan");
  });

  it("credits a report to its author, and 'the report' and 'the outlet' to the outlet that spoke", () => {
    const x = run(
      "Radio Free Europe/Radio Liberty (RFE/RL) in a report revealed that the TTP was using US weapons.\n\n" +
        "The international media outlet stated that the weapons were worth billions.\n\nThe report added that the TTP was waging an insurgency.",
    );
    expect(x.claims.map((c) => c.claimantId)).toEqual(["rfe-rl", "rfe-rl", "rfe-rl"]);
  });

  it("knows the TTP under its transliterations and its official Pakistani name", () => {
    for (const name of ["Tahreek-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "Fitna al-Khawarij"]) {
      const x = run(`Pakistan accused the ${name} of the attack.`);
      expect(x.claims[0]!.about.map((a) => a.actorId), name).toEqual(["ttp"]);
    }
  });

  it("reads a progressive cue inside a quotation as the statement's act", () => {
    const x = run("“We have also been urging Afghanistan to take action against the TTP,” the Foreign Office said.");
    expect(x.claims[0]).toMatchObject({ speechAct: "DEMAND" });
  });

  it("treats a country left or departed as a place", () => {
    const x = run("Experts say the weapons were left by US troops while departing Afghanistan.");
    expect(x.claims[0]!.about.map((a) => a.actorId)).toEqual(["united-states"]);
  });

  it("keeps the speaker's own side out of what it is about when it only holds the stance, and reads 'no intention' as a position, not a denial", () => {
    const x = run("Pakistan has no intention to engage in talks with the TTP, the Foreign Office said.\n\nSpokesperson Mumtaz Zahra Baloch said that Pakistan had long been conveying that the TTP had a support structure in Afghanistan.");
    expect(brief(x)).toEqual([["pakistan-foreign-office", "ASSERT", ["ttp"]], ["mumtaz-zahra-baloch", "ASSERT", ["ttp"]]]);
  });

  it("reads 'the Afghan side' as the government of the day and 'actions from Kabul' as the Taliban's", () => {
    const x = run("The Foreign Office said the Afghan side must ensure that its land is not used against Pakistan, and called for reciprocal actions from Kabul.");
    expect(x.claims.map((c) => c.about.map((a) => a.actorId)).flat()).toEqual(expect.arrayContaining(["afghan-taliban"]));
    expect(x.claims.every((c) => c.about.some((a) => a.actorId === "afghan-taliban"))).toBe(true);
  });

  it("resolves an office ('the minister of interior') to the person the article names as holding it", () => {
    const x = run("Interior Minister Rana Sanaullah Khan spoke on Monday.\n\nThe Taliban condemned remarks of the Pakistani Interior Minister about the TTP.");
    expect(x.claims.find((c) => c.speechAct === "CONDEMN")!.about.map((a) => a.actorId)).toContain("rana-sanaullah-khan");
  });

  it("leaves the speaker's own office out when it is the one speaking inside the quotation", () => {
    const x = run("“The Ministry of National Defense considers as baseless the remarks about the TTP,” Kabul said.");
    expect(x.claims[0]!.about.map((a) => a.actorId)).toEqual(["ttp"]);
  });

  it("does not split a subject joined by 'and' from its verb ('the operatives and its recruits are trained')", () => {
    const x = run("The Foreign Office said that the TTP operatives and its new recruits are being trained in Afghanistan.");
    expect(x.claims).toHaveLength(1);
  });

  it("reads an undertaking on a condition as a promise", () => {
    const x = run("Pakistan blamed the TTP. Zabihullah Mujahid said that if information is shared with the Islamic Emirate by Pakistan, it will investigate the incident.");
    expect(x.claims[1]).toMatchObject({ claimantId: "zabihullah-mujahid", speechAct: "PROMISE" });
    // A run of capitals across the sentence end ("TTP. Zabihullah") is no one's name.
    expect(x.newActors.map((a) => a.id)).not.toContain("ttp-zabihullah-mujahid");
  });

  it("reads 'told X to' and 'advise them to' as demands, 'distanced X from' as a denial", () => {
    const x = run("The Taliban told Pakistan to find a solution to its own problems.\n\nThe TTP later distanced itself from the bombing.\n\n“We advise them to investigate the bombing,” Amir Khan Muttaqi said.");
    expect(x.claims.map((c) => c.speechAct)).toEqual(["DEMAND", "DENY", "DEMAND"]);
  });

  it("reads a charge of failed obligations or of arming a group as an accusation, and unseen experience as no denial", () => {
    const x = run("Pakistan said the Afghan government is not fulfilling its obligations.\n\nThe United States said the Taliban equipped the TTP with weapons.\n\nThe Taliban said that they have not seen such attacks in 20 years.");
    expect(x.claims.map((c) => c.speechAct)).toEqual(["ACCUSE", "ACCUSE", "ASSERT"]);
  });

  it("finds the speaker past adverbs and a relative clause, without a title in the name", () => {
    const x = run(
      "The Taliban regime has always denied the charge.\n\nThe inspector general, John Sopko, who was also present at the meeting, said the Taliban were not fulfilling their obligations.\n\n" +
        "Committee Chairman Michael McCaul said the TTP was conducting attacks.",
    );
    expect(x.claims.map((c) => c.claimantId)).toEqual(["afghan-taliban", "john-sopko", "michael-mccaul"]);
  });

  it("keeps a group of agencies as its own speaker and resolves 'the agencies' and 'the government' to who spoke", () => {
    const x = run(
      "U.N. agencies have reported a sharp increase in Afghans returning home.\n\nPakistan said it will deport undocumented foreigners. The government says the campaign is not aimed at a particular nationality.\n\n" +
        "“We urge the Pakistan authorities to suspend forcible returns,” the agencies said.",
    );
    const agencies = x.newActors.find((a) => a.name === "U.N. agencies")!;
    expect(agencies).toMatchObject({ parentId: "united-nations" });
    expect(x.claims.map((c) => c.claimantId)).toEqual([agencies.id, "pakistan", "pakistan", agencies.id]);
  });

  it("makes an office holder the article does not name a person of their country, whom 'he' then refers to", () => {
    const x = run("Meanwhile, the Interior Minister of Pakistan's caretaker government claimed that the attackers came from Afghanistan.\n\nHe urged the Taliban to act against the TTP.");
    const minister = x.newActors.find((a) => a.aliases.includes("Interior Minister of Pakistan's caretaker government"))!;
    expect(minister).toMatchObject({ name: "Interior minister of Pakistan", kind: "PERSON", parentId: "pakistan" });
    expect(x.claims.map((c) => c.claimantId)).toEqual([minister.id, minister.id]);
  });

  it("knows the Taliban's ministries by the possessive the news uses", () => {
    const x = run("On Sunday, the Taliban's foreign ministry released a statement saying that the firing by the Pakistani military was against good relations.");
    expect(x.claims[0]!.claimantId).toBe("afghan-ministry-of-foreign-affairs");
  });

  it("keeps the accused in an accusation of knowing, and reads 'not all' as no denial", () => {
    const x = run("Prime Minister Anwaar-ul-Haq Kakar alleged that the Afghan government was aware of the whereabouts of TTP leaders.\n\nThe Taliban said that not all places were under their control.");
    expect(x.claims[0]!.about.map((a) => a.actorId)).toContain("afghan-taliban");
    expect(x.claims[1]!.speechAct).toBe("ASSERT");
  });

  it("credits 'the UN report' to the part of the UN whose report was named before", () => {
    const x = run("The UN Security Council said in a report that the TTP had bases in Afghanistan.\n\nThe UN report highlighted that TTP recruits are trained in Afghanistan.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["unsc", "unsc"]);
  });

  it("finds the speaker named before one or two long appositions, never a name across a sentence end", () => {
    const x = run(
      "Pakistan has accused the TTP of the attack in Afghanistan. Zabihullah Mujahid, the spokesman of the caretaker government of the Islamic Emirate, told reporters that the claim was false.\n\n" +
        "Asif Durrani, Pakistan's special representative for Afghanistan, recently in a conversation with a Pakistani media, worried about the safe havens of the TTP.",
    );
    expect(x.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["pakistan", "ACCUSE"], ["zabihullah-mujahid", "DENY"], ["asif-durrani", "EXPRESS_CONCERN"]]);
    expect(x.newActors.map((a) => a.id)).not.toContain("afghanistan-zabihullah-mujahid");
  });

  it("resolves 'the spokesperson in Kabul' to the spokesman the article names, and calling a claim false denies it", () => {
    const x = run("The caretaker government's spokesperson in Kabul says that Pakistan should stop accusing Afghanistan. Zabihullah Mujahid said: “This claim that there are 6,000 TTP fighters in Afghanistan is false.”");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["zabihullah-mujahid", "DEMAND"], ["zabihullah-mujahid", "DENY"]]);
  });

  it("finds the speaker past an aside or a participle set off by commas, and makes 'an official' an unnamed source", () => {
    const x = run("The Pakistani military, however, maintains that the strikes hit militant targets.\n\nA Pakistani security official, speaking on the condition of anonymity, told AFP that the strikes targeted hideouts.");
    expect(x.claims[0]!.claimantId).toBe("pakistan-armed-forces");
    expect(x.newActors.find((a) => a.id === x.claims[1]!.claimantId)).toMatchObject({ name: "Pakistani security official", parentId: "pakistan" });
  });

  it("reads labels of crime as condemnation, of falsehood as denial, and a threat of an answer as a warning", () => {
    const x = run(
      "Minister Noorullah Noori referred to the bombings as an “inhuman and arrogant assault,” adding that the attack would not go unanswered.\n\n" +
        "The Taliban said that Pakistan's accusation is “irresponsible and far from reality”.",
    );
    expect(x.claims.map((c) => c.speechAct)).toEqual(["CONDEMN", "WARN", "DENY"]);
  });

  it("reads blame assigned, a part in attacks charged and a necessity stated as accusation, accusation and demand", () => {
    const x = run(
      "The Taliban attributed the attacks to the shortcomings of Pakistan's security apparatus.\n\nAsif Durrani claimed the involvement of Afghan citizens in suicide attacks.\n\n" +
        "UNAMA underscored the necessity of holding military forces accountable.\n\nThe Taliban mentioned that they had discussed the attack with China.",
    );
    expect(x.claims.map((c) => c.speechAct)).toEqual(["ACCUSE", "ACCUSE", "DEMAND", "ASSERT"]);
  });

  it("finds the person named before a title in apposition, not the country the title names", () => {
    const x = run("Earlier this month, Asif Durrani, Pakistan's special envoy for Afghanistan stated that TTP attacks have increased.\n\nOn Tuesday, Pakistan Defence Minister Khawaja Asif accused the TTP.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["asif-durrani", "khawaja-asif"]);
  });

  it("keeps 'and' inside a name and reads 'remain committed to' as a promise", () => {
    const x = run("Last month, the U.N. Analytical Support and Sanctions Monitoring Team said in a report that al-Qaida was assisting the TTP.\n\nThe United States said: “We remain committed to ensuring that Afghanistan never again becomes a safe haven for terrorists.”");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["un-monitoring-team", "ASSERT"], ["united-states", "PROMISE"]]);
  });
});

