// Rules added in extractor 1.52, on short made-up texts: deeds called a betrayal, deaths called shocking, a matter
// "of serious concern", extrajudicial killings, a declaration welcomed, and prominent figures as unnamed speakers.
import { describe, expect, it } from "vitest";
import { actsOf, extractorAt } from "./support/run.js";

const run = extractorAt("2023-08-22T12:00:00+00:00", "article:test-r152");
const acts = actsOf(run);

describe("extractor 1.52 rules", () => {
  it("reads a deed called a betrayal as condemned and deaths called shocking as regret", () => {
    expect(acts("Volker Turk, the UN human rights chief, said the killings were a \"betrayal of the people's trust\".")).toEqual(["CONDEMN"]);
    expect(acts("Jeremy Laurence, the spokeswoman for the UN rights office, called the number of deaths \"shocking\".")).toEqual(["EXPRESS_REGRET"]);
  });

  it("reads a matter of serious concern as concern, and extrajudicial killings as an accusation", () => {
    expect(acts("UNAMA said the apparent impunity of the de facto authorities is of serious concern.")).toEqual(["EXPRESS_CONCERN"]);
    expect(acts("UNAMA said it had documented extrajudicial killings of former officials.")).toEqual(["ACCUSE"]);
  });

  it("reads a declaration welcomed as a statement, however long the name before it", () => {
    expect(acts("The Afghan Taliban have welcomed the Organisation of Islamic Cooperation's (OIC) recent meeting and declaration on Afghanistan.")).toEqual(["ASSERT"]);
  });

  it("takes senior figures of an organisation as an unnamed group, not the organisation", () => {
    expect(run("Senior Taliban figures have previously claimed that former soldiers are eligible for amnesty.").claims.map((c) => c.claimantId)).toEqual(["senior-taliban-figures"]);
  });
});
