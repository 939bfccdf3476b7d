// Rules added in extractor 1.129, on short made-up texts: a statement closed by its speaker, whom it was told and a bare
// date ("told journalists September 27") keeps its content; people "who have no residence documents" deny nothing;
// conduct called irrational or inhumane is condemned; ", say observers" closes a statement with its sources.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-10-06T12:00:00+04:30", "article:test-r1129");

describe("extractor 1.129 rules", () => {
  it("keeps the content of a statement closed by 'told journalists' and a bare date", () => {
    const e = run("Iran will deport all Afghan refugees who have no residence documents, Iranian Interior Minister Ahmad Vahidi told journalists September 27.");
    expect(e.claims.map((c) => [c.claimantId, c.speechAct, c.quote])).toEqual([["ahmad-vahidi", "PROMISE", "Iran will deport all Afghan refugees who have no residence documents"]]);
  });

  it("reads conduct called irrational and inhumane as condemned", () => {
    expect(claimantsAndActs(run("Abdul Qader Kamel said that doing so before the situation is stable is irrational and inhumane."))).toEqual([["abdul-qader-kamel", "CONDEMN"]]);
  });

  it("gives a statement closed by ', say observers' to the observers", () => {
    expect(claimantsAndActs(run("The deportation of Afghan refugees from Iran will worsen poverty in Afghanistan, say observers."))).toEqual([["observers", "WARN"]]);
  });
});
