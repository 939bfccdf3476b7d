// Rules added in extractor 1.132, on short made-up texts: an acronym after the subject names the speaker ("The
// United Nations mission to Afghanistan (UNAMA) said"); "deeply disturbing" voices concern; a judge is named without
// "Justice"; "the court" is the court named before; dissatisfaction expressed condemns, an intention expressed
// promises, an appeal issued demands, a wrong "alleged" accuses; "He later said" is the person who spoke last.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-21T12:00:00+05:00", "article:test-r1132");

describe("extractor 1.132 rules", () => {
  it("takes the speaker from the acronym glossing the subject", () => {
    expect(claimantsAndActs(run("The United Nations mission to Afghanistan (UNAMA) said the attack was \"deeply disturbing.\""))).toEqual([["unama", "EXPRESS_CONCERN"]]);
  });

  it("keeps a person of the body an acronym glosses as the speaker", () => {
    const text = "Chief Meteorologist Dr. Sardar Sarfaraz of the Pakistan Meteorological Department (PMD) said that Friday would be warm.";
    expect(claimantsAndActs(run(text))).toEqual([["sardar-sarfaraz", "ASSERT"]]);
  });

  it("names a judge without the bench's title", () => {
    const e = run("Chief Justice Aqeel Ahmad Abbasi urged the ministry to file a reply.");
    expect(claimantsAndActs(e)).toEqual([["aqeel-ahmad-abbasi", "DEMAND"]]);
  });

  it("reads 'the court' as the court named before, and its dissatisfaction as condemnation", () => {
    const e = run("The Sindh High Court heard the case. The court expressed dissatisfaction with the interior ministry's failure to submit a reply.");
    expect(claimantsAndActs(e)).toEqual([["sindh-high-court", "CONDEMN"]]);
  });

  it("reads an intention expressed, an appeal issued and a wrong alleged", () => {
    expect(claimantsAndActs(run("Hafeezur Rehman expressed his intention to address the issue with the interior ministry."))).toEqual([["hafeezur-rehman", "PROMISE"]]);
    expect(claimantsAndActs(run("Imran Khan issued an appeal for citizens to donate blood."))).toEqual([["imran-khan", "DEMAND"]]);
    expect(claimantsAndActs(run("Former commissioner Rawalpindi, Liaquat Ali Chatta, alleged election rigging in a media statement."))).toEqual([["liaquat-ali-chatta", "ACCUSE"]]);
  });

  it("gives 'He later said' to the person who spoke last", () => {
    expect(claimantsAndActs(run("Imran Khan said many died. He later said the toll had risen."))).toEqual([["imran-khan", "ASSERT"], ["imran-khan", "ASSERT"]]);
  });
});
