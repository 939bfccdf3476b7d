// Rules added in extractor 1.37, on short made-up texts: a surname the article gives to someone else, people
// named by the country they come from, a listed person by title and surname, a role "for" a place, a time or a
// medium between a speaker and the verb, support assured and stood by as undertakings, and an organisation's
// chairman named by the organisation just before the title.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-14T12:00:00+04:30", "article:test-r137");
const aboutOf = aboutSetsOf(run);

describe("extractor 1.37 rules", () => {
  it("gives a bare surname to the person the article names in full, not to a listed person who shares it", () => {
    const text = "Mohammad Yaqub Mujahid, the Taliban's acting defense minister, spoke in Kabul. Mujahid claimed that foreign fighters carried out the attacks.";
    expect(claimantsAndActs(run(text))).toEqual([["mohammad-yaqub-mujahid", "ASSERT"]]);
  });

  it("counts people named by the country they come from, or by its demonym, among whom a claim is about", () => {
    expect(aboutOf("The Taliban accused individuals from Tajikistan and Pakistan of the attacks.")).toEqual([["pakistan", "tajikistan"]]);
    expect(aboutOf("The Taliban said that dozens of Tajik fighters were killed.")).toEqual([["tajikistan"]]);
    // The demonym says whose citizens they are; "from Pakistan" is where they leave.
    expect(aboutOf("The UNHCR expressed concern over the deportation of Afghan citizens from Pakistan.")).toEqual([["afghanistan"]]);
  });

  it("recognises a listed person by the title the list gives them and their surname", () => {
    expect(actorMentionsOf(run)("President Biden said the United States stands with Pakistan.")).toContainEqual(["Biden", "joe-biden"]);
  });

  it("resolves a role for a place, after a time and before 'in a statement', to the one person of that role", () => {
    const text = "US special Representative for Afghanistan Tom West flew to Pakistan. The US pointman for Afghanistan on Saturday in a statement acknowledged the grave threat posed by the TTP to Pakistan.";
    expect(claimantsAndActs(run(text))).toEqual([["thomas-west", "ASSERT"]]);
  });

  it("reads support assured, and what the speaker's own side stands with or its government will do, as undertakings", () => {
    const west = "US special Representative for Afghanistan Tom West flew to Pakistan. ";
    expect(claimantsAndActs(run(`${west}Tom West assured all-out support to Pakistan.`))).toEqual([["thomas-west", "PROMISE"]]);
    expect(claimantsAndActs(run(`${west}Tom West assured that relations are expanding.`))).toEqual([["thomas-west", "ASSERT"]]);
    expect(claimantsAndActs(run(`${west}"The United States stands with Pakistan against terrorism," Tom West said.`))).toEqual([["thomas-west", "PROMISE"]]);
    expect(claimantsAndActs(run("Pakistan's interior minister Sarfraz Bugti said that the government will crush the TTP."))).toEqual([["sarfraz-bugti", "PROMISE"]]);
  });

  it("takes an organisation's chairman for the person the list describes as its chairman", () => {
    const text = "Former prime minister Imran Khan spoke. The Pakistan Tehreek-e-Insaf (PTI) Chairman said that the rise in terror incidents calls for a rethink.";
    expect(claimantsAndActs(run(text))).toEqual([["imran-khan", "ASSERT"]]);
  });
});
