// Rules added in extractor 1.133, on short made-up texts: leaders named by what they lead ("trade leaders") are
// unnamed sources; "took to X to denounce" denounces; "Rashid, as quoted by ANI, said" is Rashid's; "Co-chairman" is a
// title; what "would not be tolerated" and what a failure "would compel" warn; "Wish we could ..." regrets.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-12-06T12:00:00+05:00", "article:test-r1133");

describe("extractor 1.133 rules", () => {
  it("takes leaders named by what they lead as speakers", () => {
    expect(claimantsAndActs(run("In Panjgur, trade leaders condemned the border restrictions."))).toEqual([["trade-leaders", "CONDEMN"]]);
  });

  it("reads a denunciation posted on X", () => {
    expect(claimantsAndActs(run("Imran Khan took to X to denounce the rejection of the bill."))).toEqual([["imran-khan", "CONDEMN"]]);
  });

  it("gives words quoted by an agency to the one quoted", () => {
    const e = run("Rashid Khan spoke. Rashid, as quoted by ANI, said on the series, \"Well, we are sportsmen.\"");
    expect(claimantsAndActs(e)).toEqual([["rashid-khan", "ASSERT"]]);
  });

  it("reads 'Co-chairman' as a title before a known surname", () => {
    expect(claimantsAndActs(run("Asif Ali Zardari spoke. PPP Co-chairman Zardari said he had full confidence in the ECP."))).toEqual([["asif-ali-zardari", "ASSERT"]]);
  });

  it("reads what will not be tolerated and what a failure will bring on as warnings", () => {
    expect(claimantsAndActs(run("Maulana Fazlur Rehman reiterated that any infringement on the independence of madrasas would not be tolerated."))).toEqual([["fazlur-rehman", "WARN"]]);
    expect(claimantsAndActs(run("Abdul Ghafoor Haideri said that failure to meet this deadline would compel the party to march towards Islamabad."))).toEqual([["abdul-ghafoor-haideri", "WARN"]]);
  });

  it("reads a wish for what cannot be as regret", () => {
    expect(claimantsAndActs(run("Rashid Khan said: \"Wish we could do something.\""))).toEqual([["rashid-khan", "EXPRESS_REGRET"]]);
  });
});
