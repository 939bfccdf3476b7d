// Rules added in extractor 1.125, on short made-up texts: people named by one or two names before what they do ("Nani
// Agha, a fresh fruit trader in Kandahar, told"), also after "another"; traders, gardeners and other ordinary groups as
// unnamed sources, found again as "these gardeners"; problems created for someone are charged; an agency cited before
// the outlet speaks through it, and a named agency is not taken for "the news agency" last heard; a government
// dedicated to a solution promises it; an acronym spelling a name across its "and" glosses that name; a report
// condemned is rejected; an outlet reporting a statement passes it on.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-15T12:00:00+04:30", "article:test-r1125");

describe("extractor 1.125 rules", () => {
  it("finds a person named by one or two names before an apposition saying what they do", () => {
    expect(claimantsAndActs(run("Esmatullah, a gardener in Kandahar, says: “This year’s crops are very poor because it is plagued.”"))).toEqual([["esmatullah", "ASSERT"]]);
    expect(claimantsAndActs(run("Nani Agha, a fresh fruit trader in Kandahar, told reporters that the fruit is rotting."))).toEqual([["nani-agha", "ASSERT"]]);
  });

  it("takes the name before an apposition opening with 'another'", () => {
    expect(claimantsAndActs(run("Sultan Mohammad, another gardener in Kandahar, wants the authorities to facilitate the export of pomegranates."))).toEqual([["sultan-mohammad", "DEMAND"]]);
  });

  it("reads gardeners as an unnamed source, found again as 'they' and 'these gardeners', and charges problems created", () => {
    const e = run("A number of gardeners in Kandahar say that pests have damaged the crops. They add that the Pakistan authorities are also creating problems for them. These gardeners want the caretaker government to provide other ways to export.");
    expect(claimantsAndActs(e)).toEqual([["gardeners-in-kandahar", "ASSERT"], ["gardeners-in-kandahar", "ACCUSE"], ["gardeners-in-kandahar", "DEMAND"]]);
  });

  it("gives a statement to the agency an outlet cites before reporting it", () => {
    const e = run("According to an Al-Jazeera report, the talks took place on May 12. Citing the state-run Qatar News Agency, Al-Jazeera reported that the visit took place to facilitate relations.");
    expect(e.claims.map((c) => [c.claimantId, c.via])).toEqual([["al-jazeera", ["irna"]], ["qatar-news-agency", ["al-jazeera", "irna"]]]);
  });

  it("reads an acronym spelling a name across its 'and' as that name, and one after another name's 'and' as the second", () => {
    const e = run("The United Nations Office on Drugs and Crime (UNODC) said seizures rose. Jaish-e-Mohammad (JeM) and Lashkar-e-Taiba (LeT) were named.");
    expect(e.newActors.find((a) => a.aliases.includes("UNODC"))?.id).toBe("united-nations-office-on-drugs-and-crime");
    expect(e.newActors.find((a) => a.aliases.includes("JeM"))?.id).toBe("jaish-e-mohammad");
    expect(e.newActors.some((a) => a.name.includes("("))).toBe(false);
  });

  it("reads a report condemned as rejected, and an outlet reporting a statement as passing it on", () => {
    expect(claimantsAndActs(run("Zabihullah Mujahid, the Taliban spokesman, said that the Taliban condemns a report by the UN."))).toEqual([["zabihullah-mujahid", "REJECT"]]);
    const e = run("Khaama Press covered the visit. The news agency further reported that Hibatullah Akhundzada highlighted continued efforts.");
    expect(e.claims.map((c) => [c.claimantId, c.via])).toEqual([["hibatullah-akhundzada", ["khaama-press", "irna"]]]);
  });

  it("reads a government dedicated to a solution as promising it", () => {
    expect(claimantsAndActs(run("Law Minister Azam Nazeer Tarar stated that the government is dedicated to reaching a solution."))).toEqual([["azam-nazeer-tarar", "PROMISE"]]);
  });
});
