// The extractor on a short made-up text, as the rule tests call it: the seed gazetteer, IRNA as publisher,
// and a publication time the test chooses (relative dates and "Kabul" depend on it).
import { extractArticle, type Extraction } from "../../../src/ingest/extract/index.js";
import { loadGazetteer } from "./fixtures.js";

const gazetteer = loadGazetteer();

export function extractorAt(publishedAt: string, articleId: string): (text: string) => Extraction {
  return (text) => extractArticle({ text, publishedAt, publisherId: "irna", articleId }, gazetteer);
}

/** Claimant and speech act of each claim, in order. */
export const claimantsAndActs = (x: Extraction) => x.claims.map((c) => [c.claimantId, c.speechAct]);

/** The speech act of each claim extracted from a text, in order. */
export const actsOf = (run: (text: string) => Extraction) => (text: string) => claimantsAndActs(run(text)).map(([, act]) => act);

/** Each actor mention found in a text, as [surface, actor id], in order. */
export const actorMentionsOf = (run: (text: string) => Extraction) => (text: string) =>
  run(text).mentions.filter((m) => m.type === "Actor").map((m) => [m.surface, m.id]);

/** The about-set of each claim extracted from a text, as sorted actor ids, in order. */
export const aboutSetsOf = (run: (text: string) => Extraction) => (text: string) => run(text).claims.map((c) => c.about.map((a) => a.actorId).sort());
