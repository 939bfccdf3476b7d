// Rules added in extractor 1.56, on short made-up texts: analysts and journalists introduced by their trade, a
// surname that ends another name, the foreign ministries of other states, "the interim government of Afghanistan",
// and an apposition that holds more than the title it is matched against.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-15T12:00:00+04:30", "article:test-r156");
const mentions = actorMentionsOf(run);

describe("extractor 1.56 rules", () => {
  it("takes the name after 'political analyst' in apposition as the speaker", () => {
    const x = run("Another political analyst, Baqer Sair, told Tolonews that this move suggests that the Taliban is gaining legitimacy.");
    expect(claimantsAndActs(x)).toEqual([["baqer-sair", "ASSERT"]]);
  });

  it("takes a name followed by ', a Pakistani journalist,' as the speaker of the quotation", () => {
    const x = run("Tahir Khan, a Pakistani journalist, noted, “As long as attacks continue in Pakistan, this distrust will remain.”");
    expect(claimantsAndActs(x)).toEqual([["tahir-khan", "ASSERT"]]);
  });

  it("does not take a person's surname for that person where it ends another name ('DI Khan')", () => {
    const found = mentions("Tahir Khan, a Pakistani journalist, said the talks had failed. The commander was removed as governor of the DI Khan district. Khan added that the distrust will remain.");
    expect(found.filter(([, id]) => id === "tahir-khan").map(([surface]) => surface)).toEqual(["Tahir Khan", "Khan"]);
  });

  it("recognises another state's foreign ministry by its possessive name and as 'the ministry' after it", () => {
    const x = run("China’s Ministry of Foreign Affairs said in a statement the appointment was a normal rotation. The ministry said, “China’s policy toward Afghanistan is clear and consistent.”");
    expect(claimantsAndActs(x)).toEqual([["china-foreign-ministry", "ASSERT"], ["china-foreign-ministry", "ASSERT"]]);
  });

  it("reads 'the interim government of Afghanistan' after August 2021 as the Taliban", () => {
    const x = run("The interim government of Afghanistan announced that Uzbekistan has become the third country to accept its ambassador.");
    expect(claimantsAndActs(x)).toEqual([["afghan-taliban", "ASSERT"]]);
  });

  it("does not read 'the Taliban' as the spokesman whose apposition only begins with 'the Taliban'", () => {
    const x = run("Hamdullah Fitrat, the Taliban deputy spokesman, rejected the statement. The Taliban has repeatedly rejected the claims.");
    expect(claimantsAndActs(x)).toEqual([["hamdullah-fitrat", "REJECT"], ["afghan-taliban", "REJECT"]]);
  });
});
