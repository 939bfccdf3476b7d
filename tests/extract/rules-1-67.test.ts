// Rules added in extractor 1.67, on short made-up texts: a pronoun after a quotation that opens the sentence, being
// disturbed by something as concern, "the Chinese company" as the one Chinese company named, organisation names
// joined by "and", grievances voiced, people beaten by someone, and the mastermind of an attack as charges.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-03-29T12:00:00-04:00", "article:test-r167");
const acts = actsOf(run);
const aboutSets = aboutSetsOf(run);

describe("extractor 1.67 rules", () => {
  it("takes 'he' after a quotation opening the sentence as the person the sentence before was about", () => {
    const x = run(
      "Hamid Karzai said he was saddened to hear of the arrest. Abdul Haq Humad, the director of publications at the Ministry of Information and Culture, defended the detention. “His actions were suspicious,” he said Tuesday in a tweet.",
    );
    // Since 1.87 "defended the detention" is a statement of Humad's too.
    expect(claimantsAndActs(x).map(([who]) => who)).toEqual(["hamid-karzai", "abdul-haq-humad", "abdul-haq-humad"]);
  });

  it("reads someone disturbed by reports as voicing concern", () => {
    expect(acts("Karen Decker said she was disturbed by “multiple, disturbing reports” of Afghans being detained.")).toEqual(["EXPRESS_CONCERN"]);
  });

  it("reads 'the Chinese company' as the one Chinese company the article names, not China", () => {
    const text = "China Metallurgical Group Corp won the contract in 2007. Abdul Qadeer Mutfi said that the Chinese company was not honoring the commitments in the contract.";
    expect(aboutSets(text)).toEqual([["china-metallurgical-group-corp"]]);
  });

  it("reads a ministry named with 'and' as one organisation", () => {
    const x = run("Afghanistan’s Mines and Petroleum Ministry says that signs of ancient settlements have been found.");
    expect(x.newActors.map((a) => a.name)).toContain("Mines and Petroleum Ministry");
  });

  it("reads grievances voiced about mistreatment, and people beaten by forces, as accusations", () => {
    expect(acts("Abdul Rahman has voiced grievances about mistreatment at the hands of Turkish border forces.")).toEqual(["ACCUSE"]);
    expect(acts("Abdul Rahman said that the migrants were beaten by Turkish forces.")).toEqual(["ACCUSE"]);
  });

  it("reads someone called the mastermind of an attack as accused", () => {
    expect(acts("John Kirby said the individual was “the mastermind of the horrific attack” at the airport.")).toEqual(["ACCUSE"]);
  });
});
