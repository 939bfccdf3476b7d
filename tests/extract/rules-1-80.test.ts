// Rules added in extractor 1.80, on short made-up texts: "dismissed" a report as a rejection; a negation that
// answers nothing alleged as a plain assertion; "no legal value" as a rejection; "we want to see" and "I invite ...
// to" as demands; a participle after a letter's addressees as the writers'; how many spoke left out of a source's name.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-02T12:00:00+05:00", "article:test-r180");
const acts = actsOf(run);

describe("extractor 1.80 rules", () => {
  it("reads 'dismissed the report' as a rejection and 'dismissed the allegations' still as a denial", () => {
    expect(acts("A UN report said al-Qaeda had camps in Afghanistan. Zabihullah Mujahid dismissed the report.")).toEqual(["ASSERT", "REJECT"]);
    expect(acts("Pakistan blamed Kabul for the attack. Zabihullah Mujahid dismissed the allegations.")).toEqual(["ACCUSE", "DENY"]);
  });

  it("reads a negation said with a neutral verb, with nothing alleged before it, as an assertion", () => {
    expect(acts("The two sides met in Kabul. Abdul Latif Mansoor said there is no contract.")).toEqual(["ASSERT"]);
  });

  it("still reads a negation that answers an allegation as a denial", () => {
    expect(acts("Pakistan accused Kabul of sheltering the TTP. Zabihullah Mujahid said there are no TTP fighters in Afghanistan.")).toEqual(["ACCUSE", "DENY"]);
  });

  it("still reads a negation that clears someone of a charge as a denial, with nothing alleged before it", () => {
    expect(acts("The border was closed. Hamdullah Fitrat said no foreign group is allowed to operate on Afghan soil.")).toEqual(["DENY"]);
  });

  it("reads a ruling said to hold 'no legal value' as rejected", () => {
    expect(acts(`The verdict was announced. Pakistan said India's Supreme Court's decision holds "no legal value" under international law.`)).toEqual(["REJECT"]);
  });

  it("reads 'we want to see' and 'I invite ... to help' as demands", () => {
    expect(acts("Investigations started. Matthew Miller said that with respect to investigations, we want to see those investigations proceed.")).toEqual(["DEMAND"]);
    expect(acts(`The quake killed many. Pope Francis said: "I invite all people of good will to help the people of Afghanistan."`)).toEqual(["DEMAND"]);
  });

  it("gives a participle after a letter's addressees to the letter's writers", () => {
    const x = run("The election was disputed. Around 35 Congress members, led by Gregorio Casar, have written a letter to President Joe Biden and Secretary of State Antony Blinken urging not to acknowledge the new government.");
    expect(claimantsAndActs(x)).toEqual([["congress-members", "DEMAND"]]);
  });

  it("leaves how many spoke out of an unnamed source's name", () => {
    const x = run("The vote was held. Around 35 US lawmakers said the vote was rigged.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["us-lawmakers"]);
  });
});
