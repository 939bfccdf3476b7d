// Rules added in extractor 1.75, on short made-up texts: disapproval expressed as a rejection, "pathetic statements"
// condemned, violations of UN laws and ill intentions charged, names before "suggests" and "posits", a person after a
// party and a title as a passive's agent, hyphenated double surnames, quotations standing before an attributed one,
// "on X" before a verb, "according to X" after a quotation, "Afghan officers", and the UK's FCDO.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-08-16T12:00:00+05:00", "article:test-r175");
const acts = actsOf(run);
const speakers = (text: string) => claimantsAndActs(run(text)).map(([who]) => who);

describe("extractor 1.75 rules", () => {
  it("reads 'expressed his disapproval of' as a rejection", () => {
    expect(acts("Zabihullah Mujahid has openly expressed his disapproval of the UN Security Council's decision.")).toEqual(["REJECT"]);
  });

  it("reads 'the pathetic statement' as condemned", () => {
    expect(acts("The Afghanistan Cricket Board said it was disappointed by the pathetic statement from Cricket Australia.")).toEqual(["CONDEMN"]);
  });

  it("reads a move 'in direct violation of UN laws' and 'ill intentions' as charges", () => {
    expect(acts("Zabihullah Mujahid argues that this move is in direct violation of UN laws.")).toEqual(["ACCUSE"]);
    expect(acts("Zabihullah Mujahid said the appointment is an indication of ill intentions towards Afghanistan.")).toEqual(["ACCUSE"]);
  });

  it("finds new names before 'suggests' and 'posits that'", () => {
    expect(speakers("Amanullah Hotak suggests the UN should first reach an agreement with the Taliban.")).toEqual(["amanullah-hotak"]);
    expect(speakers("Wahid Faqiri posits that the envoy could help the dialogue.")).toEqual(["wahid-faqiri"]);
  });

  it("takes the person after a party and a title as a passive's agent, the whole hyphenated name as one", () => {
    const x = run("The attack has been criticised by Pakistan Peoples Party (PPP) Chairman Bilawal Bhutto-Zardari.");
    expect(claimantsAndActs(x)).toEqual([["bilawal-bhutto-zardari", "CONDEMN"]]);
    expect(actorMentionsOf(run)("Bilawal Bhutto-Zardari spoke.")).toEqual([["Bilawal Bhutto-Zardari", "bilawal-bhutto-zardari"]]);
  });

  it("gives a quotation standing right before an attributed one the same speaker", () => {
    const x = run("“I am heartbroken by the images from Jaranwala.” “Those who target minorities will face severe consequences,” said Anwaar-ul-Haq Kakar.");
    expect(claimantsAndActs(x)).toEqual([["anwaar-ul-haq-kakar", "EXPRESS_REGRET"], ["anwaar-ul-haq-kakar", "WARN"]]);
  });

  it("reads 'Shehbaz on X remarked' and 'according to Bilawal on X' after a quotation as who said it", () => {
    expect(speakers("Shehbaz Sharif spoke. “All religious minorities belong in Pakistan and nowhere else,” Shehbaz on X remarked.")).toEqual(["shehbaz-sharif"]);
    expect(speakers("Bilawal Bhutto Zardari spoke. “The administration must ensure the safety of the Christian community,” according to Bilawal on X.")).toEqual(["bilawal-bhutto-zardari"]);
  });

  it("reads 'Afghan officers' as a group that speaks", () => {
    expect(claimantsAndActs(run("Afghan officers accused him of having an unlicensed gun."))).toEqual([["afghan-officers", "ACCUSE"]]);
  });

  it("knows the UK's Foreign, Commonwealth and Development Office by its name, commas and all, and its acronym", () => {
    expect(actorMentionsOf(run)("The Foreign, Commonwealth and Development Office (FCDO) welcomed the release.")).toEqual([
      ["Foreign, Commonwealth and Development Office", "uk-foreign-office"],
      ["FCDO", "uk-foreign-office"],
    ]);
    expect(speakers("A Foreign, Commonwealth and Development Office (FCDO) spokesperson said the men had been released.")).toEqual(["uk-foreign-office"]);
  });
});
