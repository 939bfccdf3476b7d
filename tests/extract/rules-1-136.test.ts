// Rules added in extractor 1.136, on short made-up texts: "the two sides" and "both countries" are the parties,
// concerns called exaggerated are denied, a failing bemoaned is charged, offence taken condemns, an outlet's report
// of a speaker in apposition passes the words on, and "said in July 2023" closes a statement.
import { describe, expect, it } from "vitest";
import { extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-20T12:00:00+05:00", "article:test-r1136");
const aboutOf = (text: string) => run(text).claims.map((c) => [c.claimantId, c.about.map((x) => x.actorId).sort()]);

describe("extractor 1.136 rules", () => {
  it("reads 'the two sides' in a minister's words as his state and the other state named", () => {
    const text = "Russia's Energy Minister Nikolay Shulginov met Pakistani officials in Islamabad on Friday. " +
      "Shulginov said that the two sides had agreed on payments in the currencies of friendly countries.";
    expect(aboutOf(text)).toEqual([["nikolay-shulginov", ["pakistan", "russia"]]]);
  });

  it("reads an onlooker's 'both sides' as the two states named last, without the onlooker's own", () => {
    const text = "Pakistan accused the Taliban government of sheltering militants on Monday. " +
      "US State Department spokesman Matthew Miller urged both sides to resolve their differences through dialogue.";
    const about = run(text).claims.find((c) => c.claimantId === "matthew-miller")?.about.map((x) => x.actorId).sort();
    expect(about).toEqual(["afghan-taliban", "pakistan"]);
  });

  it("names the state, not its de facto rulers, in 'the two countries' said by a Taliban spokesman", () => {
    const text = "Taliban spokesman Zabihullah Mujahid said ties between the two countries with Kazakhstan are growing.";
    expect(aboutOf(text)).toEqual([["zabihullah-mujahid", ["afghanistan", "kazakhstan"]]]);
  });

  it("leaves 'both sides of the border' a place", () => {
    const text = "Pakistan struck targets in Afghanistan on Monday. " +
      "Senator Asad Qaiser said the strikes would lead to further loss of innocent lives on both sides of the border.";
    expect(aboutOf(text)).toEqual([["asad-qaiser", []]]);
  });

  it("reads concerns said to be exaggerated as a denial", () => {
    const e = run("Sindh home minister Ziaul Hasan Lanjar said that concerns about Karachi's law and order were being \"exaggerated\".");
    expect(e.claims.map((c) => c.speechAct)).toEqual(["DENY"]);
  });

  it("reads the inadequacy of the police bemoaned as a charge", () => {
    const e = run("MQM-P leader Ali Khurshidi bemoaned the inadequacy of the police in Karachi.");
    expect(e.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["ali-khurshidi", "ACCUSE"]]);
  });

  it("reads offence taken at remarks as condemning them", () => {
    const e = run("The Muttahida Qaumi Movement took offense at the remarks of the home minister.");
    expect(e.claims.map((c) => c.speechAct)).toEqual(["CONDEMN"]);
  });

  it("passes a speaker's words on through the outlet that reported them, whatever stands between", () => {
    const text = "TOLOnews reported on November 18 that Hamdullah Fitrat, a deputy spokesperson for the Islamic Emirate, " +
      "has said that the Islamic Emirate seeks good relations with Tajikistan.";
    const e = run(text);
    expect(e.claims.map((c) => [c.claimantId, c.via[0]])).toEqual([["hamdullah-fitrat", "tolonews"]]);
  });

  it("ends a statement at its speaker when only the month and year of saying it follow", () => {
    const e = run("The UAE deposited $1 billion in Pakistan's central bank, finance minister Ishaq Dar said in July 2023.");
    expect(e.claims.map((c) => [c.claimantId, c.quote])).toEqual([["ishaq-dar", "The UAE deposited $1 billion in Pakistan's central bank"]]);
  });
});
