// Rules added in extractor 1.73, on short made-up texts: imperatives quoted as demands, concern and denial words in
// quotation marks, courts said to lack independence, a speaker after a quotation with a title in apposition, people
// joined by "and" after their titles, "America", a description given before, and what is neither said nor denied.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-26T12:00:00+03:00", "article:test-r173");
const acts = actsOf(run);

describe("extractor 1.73 rules", () => {
  it("reads a quoted sentence opening with a bare verb as a demand, but not 'Remember that ...'", () => {
    expect(acts("“Release the prisoners. Stop the raids,” Richard Grenell said.")).toEqual(["DEMAND", "DEMAND"]);
    expect(acts("“Free Imran Khan from the jail in Rawalpindi,” Richard Grenell said.")).toEqual(["DEMAND"]);
    expect(acts("“Remember that our fighters were there before,” Richard Grenell said.")).toEqual(["ASSERT"]);
  });

  it("reads 'said they are \"deeply concerned\"' as concern and 'were \"utter nonsense\"' as a denial", () => {
    expect(acts('Matthew Miller said they are "deeply concerned" about the trials.')).toEqual(["EXPRESS_CONCERN"]);
    expect(acts("Britain said they were “utter nonsense”.")).toEqual(["DENY"]);
  });

  it("reads courts said to lack independence and due process as accused", () => {
    expect(acts("Matthew Miller said that the military courts lack independence and due process.")).toEqual(["ACCUSE"]);
  });

  it("reads a state said to have helped prepare radicals as accused", () => {
    expect(acts("Alexander Bortnikov said Ukraine had helped prepare Islamist radicals in the Middle East.")).toEqual(["ACCUSE"]);
  });

  it("credits a quotation to the name before a title in apposition ('X, director of the FSB, said')", () => {
    const x = run("“We believe the attack was facilitated by Western special services,” Alexander Bortnikov, director of the Federal Security Service (FSB), said on television.");
    expect(claimantsAndActs(x)).toEqual([["alexander-bortnikov", "ACCUSE"]]);
    expect(x.claims[0]!.quote).toContain("We believe the attack was facilitated");
  });

  it("gives a statement to each of two people joined by 'and' after their titles", () => {
    const x = run("PTI senior leader Khalid Khurshid and Imran Khan’s lawyer Naeem Haider Panjutha said that Donald Lu accepted the cipher existed.");
    expect(claimantsAndActs(x).map(([who]) => who).sort()).toEqual(["khalid-khurshid", "naeem-haider-panjutha"]);
  });

  it("gives a report of a third party's statement to each of two reporters, the statement nested in the first", () => {
    const x = run("PTI senior leader Khalid Khurshid and Imran Khan’s lawyer Naeem Haider Panjutha said that Donald Lu had admitted the cipher existed.");
    expect(claimantsAndActs(x).map(([who]) => who).sort()).toEqual(["donald-lu", "khalid-khurshid", "naeem-haider-panjutha"]);
    const lu = x.claims.find((c) => c.claimantId === "donald-lu")!;
    expect(x.claims.find((c) => c.id === lu.containedIn)?.claimantId).toBe("naeem-haider-panjutha");
  });

  it("reads 'America' as the United States", () => {
    expect(actorMentionsOf(run)("The weapons left behind by America fell into the hands of terrorists.")).toEqual([["America", "united-states"]]);
  });

  it("reads 'the leader of X' as the person that description was given to before", () => {
    const x = run("Gulbuddin Hekmatyar, the leader of the Hezb-e-Islami party, spoke on Eid. The leader of Hezb-e-Islami emphasised that the Taliban should reopen schools.");
    expect(claimantsAndActs(x)).toEqual([["gulbuddin-hekmatyar", "DEMAND"]]);
  });

  it("reads what someone 'should have rejected' as a demand on them, not their rejection", () => {
    const x = run("Gulbuddin Hekmatyar emphasised that the Taliban should have rejected the statements made by the American official.");
    expect(claimantsAndActs(x)).toEqual([["gulbuddin-hekmatyar", "DEMAND"]]);
  });

  it("reads neither 'did not confirm or deny' nor 'not ordinary but rather' as a denial", () => {
    expect(acts("Gulbuddin Hekmatyar spoke on Eid. His spokesman did not confirm or deny the report.")).toEqual([]);
    expect(acts("“Such a statement is not ordinary but rather the words of a responsible official,” Gulbuddin Hekmatyar said.")).toEqual(["ASSERT"]);
  });
});
