// Rules added in extractor 1.123, on short made-up texts: a person named after the organisation they head, with no
// comma between ("Chairman of the Wholesale Grocers Association Abdul Rauf Ibrahim"); "coordinator" as a title; an
// "and" joining two names after "of" cuts no clause; charges called absurd or without evidence are denied; a breach of
// press freedom and a failure "completely to provide" are charges.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-02-20T12:00:00+05:00", "article:test-r1123");

describe("extractor 1.123 rules", () => {
  it("names a person after the organisation they head, without a comma", () => {
    const e = run("Meanwhile, the Chairman of the Wholesale Grocers Association Abdul Rauf Ibrahim said that the main markets will remain open.");
    expect(claimantsAndActs(e)).toEqual([["abdul-rauf-ibrahim", "ASSERT"]]);
    expect(e.newActors.find((a) => a.id === "abdul-rauf-ibrahim")?.parentId).toBe("wholesale-grocers-association");
  });

  it("reads 'Coordinator' before a full name as a title", () => {
    const e = run('"The detention is an egregious violation of press freedom in Pakistan," said CPJ Asia Program Coordinator Beh Lih Yi.');
    expect(claimantsAndActs(e)).toEqual([["beh-lih-yi", "ACCUSE"]]);
  });

  it("does not cut a claim at an 'and' between two names after 'of'", () => {
    const e = run('"It was decided that the Ministry of Industry and Commerce should take control of the remaining bases," said Mullah Abdul Ghani Baradar.');
    expect(e.claims.map((c) => c.quote)).toEqual(["It was decided that the Ministry of Industry and Commerce should take control of the remaining bases"]);
  });

  it("reads charges called absurd, or said to lack evidence, as denied", () => {
    const lawyer = (words: string) => claimantsAndActs(run(`"${words}," his lawyer Imaan Mazari told reporters.`));
    expect(lawyer("The FIR content is lacking material evidence")).toEqual([["imaan-mazari", "DENY"]]);
    expect(lawyer("These are completely absurd charges against him")).toEqual([["imaan-mazari", "DENY"]]);
  });

  it("reads a complete failure to provide relief as a charge", () => {
    expect(claimantsAndActs(run('Saad Rizvi said, "The government has failed completely to provide relief to the poor."'))).toEqual([["saad-rizvi", "ACCUSE"]]);
  });
});
