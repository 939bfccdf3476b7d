// Rules added in extractor 1.58, on short made-up texts: "Rep." before a name, sentences a scrape glued together,
// who compiled a report, a listing that is no remark, the deed in an accusation, and a nickname inside a full name.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-19T12:00:00-04:00", "article:test-r158");
const aboutSets = aboutSetsOf(run);

describe("extractor 1.58 rules", () => {
  it("takes 'Rep.' before a name as a title, not the end of a sentence", () => {
    const x = run("Rep. Michael McCaul, the chairman of the House Foreign Affairs Committee, said he was trying to accommodate the secretary.");
    expect(claimantsAndActs(x)).toEqual([["michael-mccaul", "ASSERT"]]);
  });

  it("splits sentences a scrape glued together and gives a statement sent by a person to that person", () => {
    const x = run("The Ministry of External Affairs said it was verifying the letter.A statement sent by the Afghan ambassador to India, Farid Mamundzay, said, “We affirm the authenticity of the communications.”The statement added that the situation in India had become untenable.");
    expect(claimantsAndActs(x)).toEqual([["indian-ministry-of-external-affairs", "ASSERT"], ["farid-mamundzay", "ASSERT"], ["farid-mamundzay", "ASSERT"]]);
  });

  it("reads 'reported this week that' as a report, and a report 'compiled by' a team as that team's", () => {
    const x = run("The United Nations Security Council reported this week that Al-Qaeda established eight new training camps. The report, compiled by a U.N. sanctions team created to monitor Al-Qaeda, said the Taliban has provided support for the group.");
    expect(claimantsAndActs(x)).toEqual([["unsc", "ASSERT"], ["un-monitoring-team", "ASSERT"]]);
  });

  it("does not read 'added the Taliban to its list' as a remark", () => {
    expect(claimantsAndActs(run("In 2003, Russia added the Taliban to its list of terrorist organizations."))).toEqual([]);
  });

  it("keeps the deed charged in 'accusing them of repeatedly calling for' inside the accusation, blaming no news agency", () => {
    const x = run("WASHINGTON (AP) — The State Department lashed out Thursday at House Republicans, accusing them of repeatedly calling for hearings on days they knew Antony Blinken was unavailable.");
    expect(claimantsAndActs(x)).toEqual([["us-department-of-state", "ASSERT"], ["us-department-of-state", "ACCUSE"]]);
    expect(aboutSets("WASHINGTON (AP) — The State Department lashed out Thursday, accusing them of repeatedly calling for hearings.")[1]).not.toContain("associated-press");
  });

  it("takes a surname after a full name with a nickname in quotation marks as that person", () => {
    const x = run("Gen. Michael ‘Erik’ Kurilla, the commander of US Central Command, said “ISIS is stronger today in Afghanistan.”\n\n“They do communicate with the head of ISIS,” Kurilla said.");
    expect(claimantsAndActs(x)).toEqual([["michael-erik-kurilla", "ASSERT"], ["michael-erik-kurilla", "ASSERT"]]);
  });
});
