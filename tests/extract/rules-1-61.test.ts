// Rules added in extractor 1.61, on short made-up texts: a lack or a wait stated is no denial, a need is no demand,
// using a group as a proxy is a charge, "it would be better if" urges a course, and a website named before its
// description reports what follows a date.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-30T12:00:00+04:30", "article:test-r161");
const acts = actsOf(run);

describe("extractor 1.61 rules", () => {
  it("does not read a lack of funds or a confirmation not yet received as a denial", () => {
    expect(acts("The Afghanistan Railway Authority (ARA) noted that it does not have enough funds for the project.")).toEqual(["ASSERT"]);
    expect(acts("UNAMA said formal confirmation has not yet been received.")).toEqual(["ASSERT"]);
  });

  it("does not read a project that 'demands a lot of support' as a demand", () => {
    expect(acts("Zabihullah Mujahid said: “This project also demands a lot of support since it costs a lot of money.”")).toEqual(["ASSERT"]);
  });

  it("reads using a group as a proxy as an accusation and 'it would be better if' as a demand", () => {
    expect(acts("Some security experts believe that Pakistan seeks to use ISIS as a proxy to continue its conflicts.")).toEqual(["ACCUSE"]);
    expect(acts("Regional analysts said it would be better if regional countries united to combat this group.")).toEqual(["DEMAND"]);
  });

  it("takes a website named before its description as the speaker of what it reported after a date", () => {
    const x = run("Al-Emarah, the official Taliban website, reported today, Monday, September 29, that members of the ISIS-K leadership were moved.");
    expect(claimantsAndActs(x)).toEqual([["al-emarah", "ASSERT"]]);
  });
});
