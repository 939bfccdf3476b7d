// Rules added in extractor 1.28, on short made-up texts: titles after a name in capitals, a listed person's
// longer name, two verbs sharing a subject, a speaker named inside another's statement, praise and
// characterisations as statements, and a speaker placed "at" an event.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-12-02T12:00:00+05:00", "article:test-r128");
const acts = actsOf(run);
const newActor = (text: string, id: string) => run(text).newActors.find((a) => a.id === id);

describe("extractor 1.28 rules", () => {
  it("takes a capitalised title after a name as the person's title, and the person as speaker", () => {
    const text = "He handed his credentials to Hong Lei, Director General of Protocols at China's Ministry of Foreign Affairs. Hong Lei said that China honours Afghanistan's sovereignty.";
    expect(newActor(text, "hong-lei")?.description).toBe("Director General of Protocols at China's Ministry of Foreign Affairs");
    expect(claimantsAndActs(run(text))).toEqual([["hong-lei", "ASSERT"]]);
  });

  it("finds a person named after an office, its acronym and a comma", () => {
    const text = "The visit was by the United Nations High Commissioner for Refugees (UNHCR), Filippo Grandi. Grandi said the plan had been suspended.";
    expect(newActor(text, "filippo-grandi")?.parentId).toBe("unhcr");
    expect(claimantsAndActs(run(text))).toEqual([["filippo-grandi", "ASSERT"]]);
  });

  it("reads a listed person's name with a word before it as that person", () => {
    const x = run("China approved the ambassador, Asadullah Bilal Karimi. Karimi said relations would improve.");
    expect(x.newActors.map((a) => a.id)).not.toContain("asadullah-bilal-karimi");
    expect(x.newActors.find((a) => a.id === "bilal-karimi")?.aliases).toContain("Asadullah Bilal Karimi");
  });

  it("gives a cue joined by 'and' to another verb the subject of that verb", () => {
    const text = "He met Hong Lei, Director General of Protocols at China's Ministry of Foreign Affairs. Hong greeted the ambassador and deemed it a significant move in relations between China and Afghanistan.";
    expect(claimantsAndActs(run(text))).toEqual([["hong-lei", "ASSERT"]]);
    expect(run(text).claims[0]!.quote).toMatch(/^Hong greeted/);
  });

  it("gives a statement whose reporter names its speaker right before the quotation to that speaker", () => {
    const text = "Filippo Grandi, the UN refugee chief, visited Islamabad. The UNHCR said Grandi \"expressed appreciation that the plan had been suspended\".";
    expect(claimantsAndActs(run(text))).toEqual([["filippo-grandi", "ASSERT"]]);
  });

  it("reads praise, a characterisation and a reaffirmation as statements, and disappointment as censure", () => {
    expect(acts("Bilal Karimi applauded China for pursuing non-interference policies.")).toEqual(["ASSERT"]);
    expect(acts("Bilal Karimi described China as an amiable neighbour of Afghanistan.")).toEqual(["ASSERT"]);
    expect(acts("Bilal Karimi expressed pleasure at beginning his work in Beijing.")).toEqual(["ASSERT"]);
    expect(acts("Prime Minister Shehbaz Sharif reaffirmed Pakistan's desire for strong relations with Afghanistan.")).toEqual(["ASSERT"]);
    expect(acts("Mumtaz Zahra Baloch expressed disappointment over the report's reliance on unverified accusations.")).toEqual(["CONDEMN"]);
  });

  it("keeps 'describing it as' with the statement before it, and reads 'inhumane' as condemnation", () => {
    expect(acts("The Taliban government criticised Pakistan's decision to expel refugees, describing it as \"inhumane, unfair, and barbaric.\"")).toEqual(["CONDEMN"]);
    expect(acts("The Taliban government described the expulsions as inhumane.")).toEqual(["CONDEMN"]);
  });

  it("takes the speaker, not the event, in 'X at the summit said'", () => {
    expect(claimantsAndActs(run("Russian President Vladimir Putin spoke in Bishkek. Vladimir Putin at the CIS summit said: “The situation in Afghanistan continues to be complex.”"))).toEqual([["vladimir-putin", "ASSERT"]]);
  });
});
