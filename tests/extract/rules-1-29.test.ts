// Rules added in extractor 1.29, on short made-up texts: limits on what others may do as warnings, the person
// just named as "he" after "where", an expectation emphasised as a demand, bad faith as an accusation, names
// glossed by a known acronym, a spokesman who spoke last, and a name spelt another way.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-07-15T12:00:00+05:00", "article:test-r129");
const acts = actsOf(run);

describe("extractor 1.29 rules", () => {
  it("reads a limit on what others may do, in more forms, as a warning", () => {
    expect(acts("Khawaja Asif said that this situation cannot be tolerated any longer.")).toEqual(["WARN"]);
    expect(acts("Shehbaz Sharif said that Pakistan would not tolerate a dual approach.")).toEqual(["WARN"]);
    expect(acts("Shehbaz Sharif stated that Islamabad could no longer tolerate the use of Afghan territory against its citizens.")).toEqual(["WARN"]);
  });

  it("takes 'he' after 'where' for the person just named, not the last speaker", () => {
    const text = "Khawaja Asif said the talks had failed. His statement echoes remarks made by General Asim Munir during his visit to Quetta, where he expressed serious concerns about the TTP.";
    expect(claimantsAndActs(run(text))).toEqual([
      ["khawaja-asif", "ASSERT"],
      ["asim-munir", "EXPRESS_CONCERN"],
    ]);
  });

  it("reads an expectation emphasised as a demand, and a participle after 'He also ...' as his", () => {
    expect(acts("General Asim Munir emphasized the expectation that the interim Afghan government will not allow its territory to be used for terrorism.")).toEqual(["DEMAND"]);
    expect(claimantsAndActs(run("General Asim Munir visited Quetta. He also addressed the issue of militancy, calling for immediate action."))).toEqual([["asim-munir", "DEMAND"]]);
  });

  it("reads bad faith charged as an accusation", () => {
    expect(acts("ISPR said that the criticism is being propagated for vested interests.")).toEqual(["ACCUSE"]);
  });

  it("takes a name glossed by a known acronym for that acronym's actor", () => {
    const x = run("The United National High Commissioner for Refugees (UNHCR) has urged the government of Pakistan to protect asylum seekers.");
    expect(claimantsAndActs(x)).toEqual([["unhcr", "DEMAND"]]);
    expect(x.newActors.map((a) => a.id)).not.toContain("united-national-high-commissioner-for-refugees");
  });

  it("gives 'said the spokesman' to the spokesperson who spoke last, and a name spelt another way to its bearer", () => {
    const text = "Qaisar Khan Afridi, spokesperson UNHCR Pakistan, issued a statement. “We are in contact with the authorities,” Qaiser Afridi pointed out. “We appreciate the people of Pakistan,” said the spokesman.";
    expect(claimantsAndActs(run(text))).toEqual([
      ["qaisar-khan-afridi", "ASSERT"],
      ["qaisar-khan-afridi", "ASSERT"],
    ]);
  });

  it("takes a two-word name with a longer name's initial and surname for that person", () => {
    const x = run("Qaisar Khan Afridi, spokesperson UNHCR Pakistan, issued a statement. Qaiser Afridi said that the agency is in contact with the authorities.");
    expect(x.newActors.map((a) => a.id)).not.toContain("qaiser-afridi");
    expect(claimantsAndActs(x)).toEqual([["qaisar-khan-afridi", "ASSERT"]]);
  });

  it("names an organisation without its possessive and never as its own parent", () => {
    const x = run("Pakistan's Interior Ministry's decision was criticised. The Interior Ministry said the rule stands.");
    const ministry = x.newActors.find((a) => a.name.startsWith("Interior Ministry"));
    expect(ministry?.aliases.every((n) => !/['’]s$/.test(n))).toBe(true);
    expect(ministry?.parentId).not.toBe(ministry?.id);
  });
});
