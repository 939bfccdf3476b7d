// The countries of the ISO 3166 list by their English names (i18n-iso-countries) and the demonyms of the UN's
// members (world-countries), with the id the reference list gives a country it does not hold under another id.
import countries from "i18n-iso-countries";
import worldCountries from "world-countries/countries.json" with { type: "json" };
import { nameKey, slugify } from "./text.js";

export interface IsoCountry {
  id: string;
  name: string;
  /** Every English name of the country that no other country shares. */
  aliases: string[];
  /** Every English name of the country, shared or not. */
  names: string[];
}

/** A name to call the country by: a short common name rather than the official one ("Iran", "United States"). */
function commonName(names: string[]): string {
  const plain = names.filter((n) => n !== n.toUpperCase());
  if (plain.length === 0) return names[0]!;
  return plain[0]!.split(/\s+/).length <= 2 ? plain[0]! : [...plain].sort((a, b) => a.length - b.length)[0]!;
}

function isoCountries(): Map<string, IsoCountry> {
  // Two-letter codes ("US", "UK") are too often other words; a name two countries share ("Congo") names neither.
  const lists = Object.entries(countries.getNames("en", { select: "all" }))
    .map(([code, names]) => [code, names.map((n) => n.replace(/\s*\(.*\)$/, "")).filter((n) => n.length > 2 && !n.includes(","))] as const);
  const uses = new Map<string, number>();
  for (const n of lists.flatMap(([, names]) => names)) uses.set(nameKey(n), (uses.get(nameKey(n)) ?? 0) + 1);
  const byCode = new Map<string, IsoCountry>();
  for (const [code, names] of lists) {
    const aliases = names.filter((n) => uses.get(nameKey(n)) === 1);
    if (aliases.length === 0) continue;
    const name = commonName(aliases);
    byCode.set(code, { id: slugify(name), name, aliases: [...new Set([name, ...aliases])], names });
  }
  return byCode;
}

/** Countries by ISO alpha-2 code. */
export const ISO_COUNTRIES: ReadonlyMap<string, IsoCountry> = isoCountries();

/** Demonyms that are also common English words, matched without case. */
const COMMON_WORDS = new Set(["polish"]);

/**
 * "iraqi" -> "iraq": the demonym of every UN member as a lowercase adjective of one word, unless two members share
 * it ("Dominican") or it is also a common English word ("polish").
 */
function isoDemonyms(): Record<string, string> {
  const byWord = new Map<string, string[]>();
  for (const c of worldCountries) {
    const word = c.demonyms?.eng?.m.toLowerCase();
    const id = ISO_COUNTRIES.get(c.cca2)?.id;
    if (!c.unMember || !word || !id || !/^[a-z]{4,}$/.test(word)) continue;
    byWord.set(word, [...(byWord.get(word) ?? []), id]);
  }
  return Object.fromEntries([...byWord].filter(([word, ids]) => ids.length === 1 && !COMMON_WORDS.has(word)).map(([word, ids]) => [word, ids[0]!]));
}

export const ISO_DEMONYMS: Readonly<Record<string, string>> = isoDemonyms();
