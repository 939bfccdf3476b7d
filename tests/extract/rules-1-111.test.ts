// Rules added in extractor 1.111, on short made-up texts: a name before its relative clause and reporting verb;
// "told X that the decision to ..." as a report, not a directive; "both X and Y" speaking together; Hamas known;
// an "and" closing a list of nouns as no clause boundary; "Resident" as a title; a name set off before "confirmed".
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-10-16T12:00:00+00:00", "article:test-r1111");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.111 rules", () => {
  it("takes a name before its relative clause as the speaker", () => {
    const text = "Sayed Zulfiqar Bukhari, who was Khan's special assistant in government and is now his aide, told reporters that the decision was a mistake.";
    expect(claims(text).map(([id]) => id)).toEqual(["sayed-zulfiqar-bukhari"]);
  });

  it("reads 'told X that the decision to ...' as a report, not a directive", () => {
    expect(claims("Zulfiqar Bukhari told reporters that the decision to exclude him was disappointing.")).toEqual([["zulfiqar-bukhari", "CONDEMN"]]);
  });

  it("gives a statement by 'both X and Y' to each", () => {
    expect(claims("Tehran has not commented, with both Hamas and Iran accusing Israel of being behind the assassination.")).toEqual([
      ["iran", "ACCUSE"],
      ["hamas", "ACCUSE"],
    ]);
  });

  it("does not split a statement at the 'and' that closes a list of nouns", () => {
    const text = "Ishaq Dar emphasised that expanding cooperation in connectivity, trade, security, counterterrorism, and people-to-people contacts is Pakistan's top priority.";
    expect(run(text).claims.map((c) => c.quote)).toEqual([text.slice(0, -1)]);
  });

  it("still splits two clauses after a list that has closed", () => {
    const text = "Shehbaz Sharif said militants attacked schools, hospitals, and mosques, and the government will rebuild them.";
    expect(run(text).claims).toHaveLength(2);
  });

  it("takes 'Resident' as a title before a name, and a name set off before 'confirmed'", () => {
    expect(claims("Resident Sohail Haidari said the shooting started around 2pm.")).toEqual([["sohail-haidari", "ASSERT"]]);
    expect(claims("Another resident, Ruhollah Rafi, confirmed that four people died.").map(([id]) => id)).toEqual(["ruhollah-rafi"]);
  });
});
