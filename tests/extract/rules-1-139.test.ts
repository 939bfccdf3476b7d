// Rules added in extractor 1.139, on short made-up texts: withholding access denies nothing, a statement closes on "said
// in Bloomberg interview", a name after an owner's name and a title speaks, a report with no author is the outlet's
// named before, "quoted X as saying" names X, a deed labelled a nefarious attempt or policies "to blame" are charged,
// "state institutions" is no cue, a source called by its name keeps the content's opening name out of the source, and
// a letter shared on X "to say" something says it.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-03-06T12:00:00+05:00", "article:test-r1139");

describe("extractor 1.139 rules", () => {
  it("reads no denial in denying someone access to something", () => {
    const e = run("Zafar Paracha said that the US was denying the Taliban leadership access to billions in reserves.");
    expect(claimantsAndActs(e)).toEqual([["zafar-paracha", "ASSERT"]]);
  });

  it("gives a statement closed by a titled name after an owner's name, 'in Bloomberg interview', to that person", () => {
    const text = "Dollars are smuggled every day, Exchange Companies Association of Pakistan General Secretary Zafar Paracha said in Bloomberg interview.";
    expect(run(text).claims.map((c) => [c.claimantId, c.quote])).toEqual([["zafar-paracha", "Dollars are smuggled every day"]]);
  });

  it("gives a report with no author named to the outlet named before it", () => {
    const e = run("Zafar Paracha said in Bloomberg interview that dollars are smuggled. The report stated that the smuggling supports the economy.");
    expect(e.claims.map((c) => c.claimantId)).toEqual(["zafar-paracha", "bloomberg"]);
  });

  it("finds the full name of someone quoted as saying something", () => {
    const e = run("Bloomberg quoted Khurram Schehzad as saying that Afghanistan needed ten million dollars a day.");
    expect(e.claims.map((c) => c.claimantId)).toEqual(["khurram-schehzad"]);
  });

  it("reads a ban called a nefarious attempt, and policies said to be to blame, as charges", () => {
    expect(claimantsAndActs(run("Fawad Chaudhry called the ban a nefarious attempt by the government to suppress dissent."))).toEqual([["fawad-chaudhry", "ACCUSE"]]);
    expect(claimantsAndActs(run("Zafar Paracha said that Pakistan's flawed border controls are to blame."))).toEqual([["zafar-paracha", "ACCUSE"]]);
  });

  it("gives a charge of false accusations to the source named, not to the accused named after it", () => {
    const text = "The Pakistan Electronic Media Regulatory Authority (PEMRA) issued an order. According to the PEMRA, Imran Khan, " +
      "who is the chairman of the PTI, has been making false accusations against state institutions.";
    expect(claimantsAndActs(run(text))).toEqual([["pakistan-electronic-media-regulatory-authority", "ACCUSE"]]);
  });

  it("reads a letter shared on X to say something as a statement", () => {
    const e = run("Freedom Network, an Islamabad-based media watchdog, shared a letter on X to say the attack was planned.");
    expect(claimantsAndActs(e)).toEqual([["freedom-network", "ASSERT"]]);
  });
});
