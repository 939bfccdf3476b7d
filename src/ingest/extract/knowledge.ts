// Background knowledge the gazetteer does not hold: capital cities used for their governments, demonyms,
// and who governs a country when. Ids refer to gazetteer actors; an entry whose actor is absent is ignored.
import { ISO_DEMONYMS } from "./iso-countries.js";

/** Capital city (lowercase) -> country actor id. "Islamabad says" means Pakistan's government says. */
export const CAPITALS: Readonly<Record<string, string>> = {
  islamabad: "pakistan",
  kabul: "afghanistan",
  washington: "united-states",
  tehran: "iran",
  teheran: "iran",
  "new delhi": "india",
  beijing: "china",
  moscow: "russia",
};

/** Names the gazetteer may lack, for actors it has: the Taliban call their government the Islamic Emirate. */
export const EXTRA_ALIASES: Readonly<Record<string, string[]>> = {
  "afghan-taliban": ["Islamic Emirate", "Islamic Emirate of Afghanistan", "IEA", "IE"],
  "united-states": ["USA", "U.S.A.", "America"],
  // Since 2024 the Pakistani state calls TTP fighters "khawarij" (outlaws), whatever the spelling.
  ttp: [...ttpSpellings(), "Fitna al-Khawarij", "Fitna-al-Khawarij", "Fitna al Khawarij", "Khawarij", "Khwarij", "khawarij", "khwarij", "Khwarijs", "khwarijs"],
};

/** The TTP's name is transliterated many ways: Tehrik/Tehreek/Tahreek/Tahrik, -e-/-i-/-a-. */
function ttpSpellings(): string[] {
  const heads = ["Tehrik", "Tehreek", "Tahreek", "Tahrik", "Tehrek", "Tehrique"];
  const joins = ["-e-", "-i-", "-a-", " e ", " i ", "-e ", " "];
  return heads.flatMap((h) => joins.flatMap((j) => [`${h}${j}Taliban Pakistan`, `${h}${j}Taliban-Pakistan`]));
}

/** Demonyms the news uses beside the ISO list's (or before it: "uzbek", not "uzbekistani"), and abbreviations. */
const USUAL_DEMONYMS: Readonly<Record<string, string>> = {
  pakistani: "pakistan",
  afghan: "afghanistan",
  american: "united-states",
  "u.s.": "united-states",
  us: "united-states",
  iranian: "iran",
  indian: "india",
  chinese: "china",
  russian: "russia",
  tajik: "tajikistan",
  uzbek: "uzbekistan",
  turkish: "turkey",
  saudi: "saudi-arabia",
  qatari: "qatar",
  british: "united-kingdom",
  kazakh: "kazakhstan",
  kyrgyz: "kyrgyzstan",
};

/** Demonym or country abbreviation used as an adjective -> country actor id ("iraqi" -> "iraq"). */
export const DEMONYMS: Readonly<Record<string, string>> = { ...USUAL_DEMONYMS, ...Object.fromEntries(Object.entries(ISO_DEMONYMS).filter(([word]) => !(word in USUAL_DEMONYMS))) };

/** Country actor id -> its demonyms, in the order DEMONYMS lists them ("pakistan" -> ["pakistani", ...]). */
export const DEMONYMS_OF: ReadonlyMap<string, readonly string[]> = Object.entries(DEMONYMS).reduce((m, [demonym, id]) => m.set(id, [...(m.get(id) ?? []), demonym]), new Map<string, string[]>());

/** The country of the first demonym among a phrase's words ("the high-ranking qatari official" -> "qatar"). */
export const demonymIn = (phrase: string): string | undefined => phrase.toLowerCase().split(/\s+/).map((w) => DEMONYMS[w]).find((id) => !!id);

/**
 * De facto governments that are not the state actor itself. Since the Taliban took Kabul (15 Aug 2021),
 * "Kabul", "the Afghan government" and "Afghan authorities" mean the Taliban; before, they did not.
 */
const DE_FACTO: ReadonlyArray<{ country: string; actorId: string; from: string; to?: string }> = [
  { country: "afghanistan", actorId: "afghan-taliban", from: "2021-08-15" },
];

/** Whether the actor governs some country de facto without being its state (the Taliban). */
export const isDeFactoRuler = (actorId: string | undefined): boolean => DE_FACTO.some((g) => g.actorId === actorId);

/** The state a de facto government rules ("afghanistan" for the Taliban), if it is one. */
export const countryRuledBy = (actorId: string): string | undefined => DE_FACTO.find((g) => g.actorId === actorId)?.country;

/** Whether some other actor has governed `country` de facto ("Afghan authorities" are then the Taliban's). */
export const hasDeFactoGovernment = (country: string): boolean => DE_FACTO.some((g) => g.country === country);

/** The actor governing `country` at `date` (YYYY-MM-DD); the state itself when nothing else is known. */
export function governmentOf(country: string, date: string | undefined, known: (id: string) => boolean): string {
  if (date) {
    for (const g of DE_FACTO) {
      if (g.country === country && date >= g.from && (!g.to || date < g.to) && known(g.actorId)) return g.actorId;
    }
  }
  return country;
}

/** Nouns that, after a country name or demonym, make the phrase a place ("Pakistani soil"). */
export const PLACE_NOUNS = new Set([
  "soil", "territory", "territories", "land", "lands", "border", "borders", "side", "airspace", "province",
  "provinces", "city", "cities", "village", "villages", "areas", "region", "regions", "frontier", "capital",
]);

/** Nouns naming a government after a country name or demonym ("Afghan interim government"). */
export const GOVERNMENT_NOUNS = ["government", "authorities", "administration", "regime", "rulers"];
export const GOVERNMENT_QUALIFIERS = ["interim", "caretaker", "de facto", "new", "current", "federal"];
