// Rules added in extractor 1.14, on short made-up sentences: "X quoted Y as saying", the speaker in "A of B"
// and in a name with "and" in it, censure labels such as "full of prejudice", requests with a bracketed
// insertion, pledges announced, a course of action that is only talked about, armed bodies named by their
// head noun, more reporting verbs ("the report read", "tweeted", "wrote", "lamented", "chided ... for",
// "voiced its grave concerns", "reported Monday that"), and more charges and obligations read from content.
import { describe, expect, it } from "vitest";
import { actFromContent } from "../../src/ingest/extract/speech-acts.js";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-19T12:00:00+05:00", "article:test-r114");

describe("extractor 1.14 rules", () => {
  it("takes the one a channel quoted as the speaker: 'state TV quoted X as saying'", () => {
    const x = run("“Afghanistan is not a threat to any country,” Taliban-run state TV quoted Zabihullah Mujahid, the chief spokesman, as saying.");
    expect(claimantsAndActs(x)).toEqual([["zabihullah-mujahid", "DENY"]]);
  });

  it("takes the head of 'A of B' as the speaker, even when A's name has 'and' in it", () => {
    const x = run("The 14th report of the Analytical Support and Sanctions Monitoring Team of the UN Security Council’s 1988 Taliban Sanctions Committee noted that terrorist groups have greater freedom under the Taliban.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["un-monitoring-team"]);
  });

  it("reads a label of bias put on words as condemnation", () => {
    const x = run("The Taliban dismissed the report and called it “full of prejudice”.");
    // A report dismissed is rejected (from 1.80); the label on it condemns it.
    expect(claimantsAndActs(x)).toEqual([["afghan-taliban", "REJECT"], ["afghan-taliban", "CONDEMN"]]);
  });

  it("reads a request with a bracketed insertion as a demand", () => {
    const x = run("The Pakistan Army said five soldiers were killed. “Pakistan has consistently been asking [the] interim Afghan government to ensure effective border management,” the military stated.");
    expect(claimantsAndActs(x).at(-1)).toEqual(["pakistan-armed-forces", "DEMAND"]);
  });

  it("reads a pledge announced as a promise, and a course only talked about as no promise", () => {
    expect(actFromContent("the caretaker government's pledge not to allow anyone to use Afghan soil against Pakistan", "ASSERT")).toBe("PROMISE");
    expect(actFromContent("a huge drive to repatriate foreigners who are in the country illegally", "ASSERT")).toBe("PROMISE");
    expect(actFromContent("the decision to launch the operation was taken after consultations", "ASSERT")).toBe("ASSERT");
  });

  it("makes an armed body named by its head noun a military actor, not a person", () => {
    const x = run("“The violators will be held accountable,” the Afghanistan Defence Force warned on Friday.");
    expect(x.newActors.find((a) => a.name === "Afghanistan Defence Force")?.kind).toBe("MILITARY");
    expect(claimantsAndActs(x)).toEqual([["afghanistan-defence-force", "WARN"]]);
  });

  it("knows more ways of reporting a statement", () => {
    const acts = (text: string) => claimantsAndActs(run(text));
    expect(acts("The UN report was published on Monday. “The threat of terrorism is rising in the region,” the report read.").at(-1)?.[1]).toBe("ASSERT");
    expect(acts("Khawaja Asif tweeted on Saturday that the neighbouring country had badly failed to uphold the commitments.")).toEqual([["khawaja-asif", "ACCUSE"]]);
    expect(acts("Khawaja Asif spoke on Saturday. He wrote: “Afghanistan is neither fulfilling its obligation as a neighbour nor safeguarding the agreement.”").at(-1)).toEqual(["khawaja-asif", "ACCUSE"]);
    expect(acts("“The terrorists who shed the blood of Pakistanis have found refuge on Afghan soil,” Khawaja Asif lamented.")).toEqual([["khawaja-asif", "ACCUSE"]]);
    expect(acts("Pakistan has chided Afghanistan for failing to discharge its obligations.")).toEqual([["pakistan", "ACCUSE"]]);
    expect(acts("The Pakistan Army voiced its grave concerns over the safe havens enjoyed by the TTP.")).toEqual([["pakistan-armed-forces", "EXPRESS_CONCERN"]]);
    expect(acts("Pakistan reported Monday that at least three soldiers had been killed.")).toEqual([["pakistan", "ASSERT"]]);
  });

  it("reads a duty a rule imposes as a demand, and a failure only in the words answered as no charge", () => {
    expect(actFromContent("International law imposes a duty on military forces to take all necessary measures to avoid civilian harm", "ASSERT")).toBe("DEMAND");
    expect(actFromContent("they did not sign the agreement with Islamabad, in response to the minister's claims that Afghanistan is not upholding its obligations", "ASSERT")).toBe("DENY");
  });
});
