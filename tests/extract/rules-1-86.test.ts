// Rules added in extractor 1.86, on short made-up texts: "refused to accept" as a rejection; "asked X for the
// appointment of" as a demand; a letter's writer expressing doubt; a treaty breach named; "cannot be compelled to
// recognise" as a rejection; doers labelled terrorists as condemned; a subject glossed "(FO)" before "said it"; a
// quotation opened between "it" and its verb; "false promises" as a charge.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-07-07T12:00:00+05:00", "article:test-r186");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.86 rules", () => {
  it("reads 'refused to accept' a ruling as a rejection", () => {
    expect(claims("India has blatantly refused to accept the court's ruling that it was competent to hear the case.")).toEqual([["india", "REJECT"]]);
  });

  it("reads 'asked X for the appointment of' as a demand made of X", () => {
    const x = run("India asked the World Bank for appointment of a Neutral Expert on the same matter.");
    expect(claimantsAndActs(x)).toEqual([["india", "DEMAND"]]);
    expect(x.claims[0]!.about.map((a) => [a.actorId, a.role])).toEqual([["world-bank", "ADDRESSEE"]]);
  });

  it("gives a doubt expressed in a letter to its writer, not to the addressee", () => {
    expect(claims("Ahead of the first meeting, India sent a letter in December 2022 to the World Bank expressing doubt over the competence of the court.")).toEqual([
      ["india", "EXPRESS_CONCERN"],
    ]);
  });

  it("reads a body termed 'in contravention of' a treaty as a charge", () => {
    expect(claims("India's Ministry of External Affairs termed the \"constitution of the court in contravention of the provisions of the Indus Waters Treaty\".")).toEqual([
      ["indian-ministry-of-external-affairs", "ACCUSE"],
    ]);
  });

  it("reads 'cannot be compelled to recognise' as a rejection", () => {
    expect(claims("India said that \"India cannot be compelled to recognise or participate in illegal and parallel proceedings\".")).toEqual([["india", "REJECT"]]);
  });

  it("reads doers labelled terrorists, and an incident called an act of terrorism, as condemned", () => {
    expect(claims("Prime Minister Shehbaz Sharif referred to the perpetrators of the violence as \"terrorists\".")).toEqual([["shehbaz-sharif", "CONDEMN"]]);
    expect(claims("Shehbaz Sharif called the incident an \"act of terrorism\".")).toEqual([["shehbaz-sharif", "CONDEMN"]]);
  });

  it("resolves 'it' after a subject glossed with its acronym", () => {
    expect(claims("The Foreign Office (FO) said it rejected the allegations.")).toEqual([["pakistan-foreign-office", "REJECT"]]);
  });

  it("reads a quotation opened between 'it' and its verb as the subject's own words", () => {
    const x = run("The Foreign Office stated that it \"strongly rejected the allegations against the government\" in response to the claims.");
    expect(claimantsAndActs(x)).toEqual([["pakistan-foreign-office", "REJECT"]]);
    expect(x.claims[0]!.quote).toContain("strongly rejected the allegations");
  });

  it("reads 'false promises' made by others as a charge, not a promise", () => {
    expect(claims("\"Several governments made false promises to Sikhs,\" said Shehbaz Sharif.")).toEqual([["shehbaz-sharif", "ACCUSE"]]);
  });
});
