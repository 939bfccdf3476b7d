// Rules added in extractor 1.85, on short made-up texts: "member states" as countries, not a statement; a
// minister's portfolio in a title; "X said, as ..." with the content before; a first name as the article spells it;
// "in which he" as the clause's subject; negated surprise as no denial; a failure to take something seriously
// charged; a list ending ", and <noun phrase>" kept whole.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-10-16T12:00:00+05:00", "article:test-r185");
const acts = actsOf(run);
const quotes = (text: string) => run(text).claims.map((c) => c.quote);

describe("extractor 1.85 rules", () => {
  it("does not read 'member states' as a reporting verb", () => {
    expect(run("SCO member states China, Russia and Belarus all attended the meeting in Islamabad.").claims).toEqual([]);
  });

  it("gives 'the information minister' to the person with that portfolio, not to the prime minister", () => {
    const x = run(
      "The visit was an ice breaker, the information minister said. Pakistan's Information Minister Attaullah Tarar spoke at the summit. Prime Minister Shehbaz Sharif greeted the guests.",
    );
    expect(claimantsAndActs(x)[0]).toEqual(["attaullah-tarar", "ASSERT"]);
  });

  it("gives 'the health minister' to a minister of no other portfolio when none is titled so", () => {
    const x = run(
      "Prime Minister Shehbaz Sharif opened the campaign. Pakistan's health minister says that the movement of Afghans has impeded the country's efforts against polio. \"We are importing the virus,\" Pakistan's Health Minister, Saad Khalid Niaz told reporters.",
    );
    expect(x.claims.map((c) => c.claimantId)).toEqual(["saad-khalid-niaz", "saad-khalid-niaz"]);
  });

  it("takes the content before 'X said, as ...', not the clause saying when", () => {
    expect(quotes("The visit was an ice breaker, Attaullah Tarar said on Wednesday, as leaders gathered for a summit.")).toEqual(["The visit was an ice breaker"]);
  });

  it("resolves a first name alone through the spelling the article used for the full name", () => {
    const x = run("Prime Minister Shahbaz Sharif met the guests. The world must step forward, Shahbaz said.");
    expect(claimantsAndActs(x)).toEqual([["shehbaz-sharif", "DEMAND"]]);
  });

  it("reads 'in which he called on' as the sentence's subject calling", () => {
    const x = run(
      "Subrahmanyam Jaishankar said trade needs trust. Shehbaz Sharif opened the meeting with an address in which he called on the bloc to ensure collective security.",
    );
    expect(claimantsAndActs(x)[1]).toEqual(["shehbaz-sharif", "DEMAND"]);
  });

  it("reads negated surprise after allegations as an assertion, not a denial", () => {
    expect(acts("Canada made allegations against India. Ayesha Farooqui said Pakistan did not find anything unusual in the allegations.")).toEqual(["ASSERT"]);
    expect(acts("Canada made allegations against India. Ayesha Farooqui said what happened in Canada did not surprise Pakistan.")).toEqual(["ASSERT"]);
  });

  it("splits ', yet' clauses and reads not taking a problem seriously as a charge, not a demand", () => {
    const x = run("\"The wind brings air from India into Pakistan, yet India does not seem to be taking this problem as seriously as it should,\" Azma Bokhari told the media.");
    expect(claimantsAndActs(x)).toEqual([
      ["azma-bokhari", "ASSERT"],
      ["azma-bokhari", "ACCUSE"],
    ]);
  });

  it("keeps a list ending ', and' a noun phrase as one statement", () => {
    expect(quotes("Shehbaz Sharif said relations will grow through increased trade, commerce, and exchange of sports delegations.")).toHaveLength(1);
  });
});
