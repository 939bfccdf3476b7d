// Rules added in extractor 1.63, on short made-up texts: names set off by commas before a reporting verb or
// followed by a trade, a pronoun after an opening phrase taking the subject just named, abuses charged in the
// terms of international law, coalitions and movements as organisations, "were accused of ... by", and "her
// remarks" answered.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-12T10:00:00+00:00", "article:test-r163");
const acts = actsOf(run);
const aboutSets = aboutSetsOf(run);

describe("extractor 1.63 rules", () => {
  it("reads a name set off by commas before 'told' as the speaker", () => {
    const x = run("The head of the country’s environmental protection agency, Matiul Haq Khalis, told reporters that he was grateful for the invitation.");
    expect(claimantsAndActs(x)).toEqual([["matiul-haq-khalis", "ASSERT"]]);
  });

  it("reads a name before 'a women's rights activist and former MP' as a person who speaks", () => {
    const x = run("Fawzia Koofi, a women’s rights activist and former Afghan MP, posted on X that it was “disgusting to see gradual normalisation”.");
    expect(claimantsAndActs(x)).toEqual([["fawzia-koofi", "CONDEMN"]]);
  });

  it("takes 'she' after 'In a statement,' as the person the sentence before was about", () => {
    const x = run(
      "Richard Bennett said the response had been weak. In October, Roza Otunbayeva, the head of the UN Assistance Mission in Afghanistan (UNAMA), repeated previous calls for Afghanistan’s inclusion. In a statement, she said: “we cannot go another year without Afghan voices.”",
    );
    expect(claimantsAndActs(x).map(([who]) => who)).toEqual(["richard-bennett", "roza-otunbayeva"]);
  });

  it("reads treatment that may amount to gender apartheid, and systematic discrimination, as accusations", () => {
    expect(acts("Richard Bennett said that the treatment of women by the Taliban could amount to “gender apartheid”.")).toEqual(["ACCUSE"]);
    expect(acts("Richard Bennett said that grave, systematic and institutionalised discrimination against women is at the heart of Taliban ideology.")).toEqual(["ACCUSE"]);
  });

  it("reads having failed to protect, or having emboldened someone, as accusations", () => {
    expect(acts("Fawzia Koofi said that the UN has failed time and again to protect law and order in the world.")).toEqual(["ACCUSE"]);
    expect(acts("Richard Bennett said that the lack of a response from the international community has already emboldened the Taliban.")).toEqual(["ACCUSE"]);
  });

  it("reads a coalition of movements as one organisation, and 'the Coalition members' as that organisation", () => {
    const x = run(
      "The Coalition of Afghan Women’s Protest Movements issued a statement on Tuesday. The Coalition members asked Rina Amiri to apologize to the women of Afghanistan.",
    );
    expect(claimantsAndActs(x)).toEqual([["coalition-of-afghan-women-protest-movements", "DEMAND"]]);
  });

  it("does not take the end of an envoy's remit, 'Human Rights', for a person", () => {
    const x = run("Ms Amiri, US special envoy for Afghan Women, Girls and Human Rights announced this week she had met a delegation of Taliban representatives.");
    expect(x.newActors.map((a) => a.id)).not.toContain("human-rights");
  });

  it("reads 'were then accused of “propaganda” by a Taliban spokesperson' with the spokesperson as accuser", () => {
    const x = run("Zabihullah Mujahid is the main Taliban spokesman. The United Nations was then accused of “propaganda” by a Taliban spokesperson.");
    expect(claimantsAndActs(x)).toEqual([["zabihullah-mujahid", "ACCUSE"]]);
  });

  it("reads a charge ending in its own participle with 'by' as no agent", () => {
    const x = run("Pakistan was accused of being backed by the Taliban.");
    expect(claimantsAndActs(x)).not.toContainEqual(["afghan-taliban", "ACCUSE"]);
  });

  it("reads remarks called untrue in quotation marks as denied, and 'her remarks' as the person named before", () => {
    const text = "Rina Amiri met the Taliban in Doha. This brought a response from Pakistan, which called her remarks “disgraceful and untrue”.";
    expect(acts(text)).toEqual(["DENY"]);
    expect(aboutSets(text)).toEqual([["rina-amiri"]]);
  });
});
