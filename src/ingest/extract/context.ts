// Decides whether a name that can be both a country (actor) and a place is used as a place here.
// "in Pakistan", "into Pakistan", "the territory of Afghanistan", "use Afghanistan as a safe haven" and
// datelines are places; "Pakistan has", "accusing Afghanistan", "hand them over to Pakistan" are actors.
import { PLACE_NOUNS } from "./knowledge.js";
import { NOT_NAME_WORDS, TITLE_WORDS, TITLES } from "./name-patterns.js";
import { wordsBefore } from "./text.js";

const LOCATIVE_BEFORE = new Set([
  "in", "inside", "into", "within", "across", "throughout", "at", "near", "around", "from", "toward",
  "towards", "through", "outside", "beyond", "via", "enter", "entered", "entering", "visit", "visited",
  "visiting", "reached", "overran", "overrun", "invaded", "invade", "occupied", "north", "south", "east",
  "west", "northwest", "northeast", "southwest", "southeast", "northern", "southern", "eastern", "western",
  "central", "neighboring", "neighbouring", "use", "used", "using", "all", "across", "bordering", "borders",
  "departing", "departed", "depart", "leaving", "left", "exiting", "exited", "quit", "quitting",
]);

/** After these, "to X" is a destination, not a recipient. */
const MOTION = new Set([
  "travel", "travelled", "traveled", "travels", "return", "returned", "returning", "fled", "flee", "deported",
  "smuggled", "smuggle", "smuggling", "trip", "visit", "way", "moved", "sent", "back", "came", "went", "go",
  "come", "flights", "route", "routes", "access", "journey", "arrived", "migrated", "headed",
]);

/** Nouns after which "of X" names a location ("the territory of Afghanistan", "the capital of ..."). */
const LOCATION_OF = new Set([...PLACE_NOUNS, "capital", "parts", "part", "north", "south", "east", "west", "heart", "rest", "takeover", "control", "invasion", "occupation", "withdrawal", "out"]);

/** "claims from Kabul", "a message from Islamabad": after a speech noun, "from" names a source, not a place. */
const SPEECH_NOUNS = new Set(["claims", "claim", "statement", "statements", "message", "messages", "reports", "response", "call", "calls", "demands", "assurances", "signals", "word"]);

/** "reciprocal actions from Kabul", "cooperation from Islamabad": after what a party does, "from" names the party. */
const AGENCY_NOUNS = new Set(["action", "actions", "cooperation", "support", "assistance", "steps", "measures", "guarantees", "commitment", "commitments", "reciprocity", "help"]);

export function isLocative(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  // A dateline: the name opens a paragraph and is followed by ",", ":", a dash or "(AP)"; "Islamabad/Kabul," names two.
  const lineHead = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  // "Iran, in turn, accused ..." opens a paragraph with the actor: after a comma, a dateline goes on with a date,
  // capitals or a country and an agency ("ISLAMABAD, Pakistan (AP) —").
  if ((lineHead === "" || /^(?:[\p{L} .'-]+\/)+$/u.test(lineHead)) && /^\s*(?::|\(|\/|[–—]|-\s|,\s*(?:\p{Lu}{2,}|\p{Lu}\p{Ll}*\.?\s+\d|\d|\p{Lu}\p{L}+\s*[(–—-]))/u.test(after)) return true;
  // "the UK visit", "his Pakistan trip": a journey's destination; "Kabul city", the city and not its government.
  if (/^-based\b/.test(after) || /^\s+(border|borders|frontier|visit|trip|tour|city)\b/i.test(after)) return true;
  // "Washington's war" is the actor even after "from"; "Pakistan's soil" is the place.
  // A closing quote ("'peace in Pakistan' and") is not a possessive: only "'s", or "'" after a final s.
  const poss = /^['’]s?\s+(?:[a-z-]+\s+)?([a-z]+)/.exec(after);
  if (poss && !/^['’]s\b/.test(after) && !/s$/i.test(text.slice(start, end))) return LOCATIVE_BEFORE.has(padLeft(wordsBefore(text, start, 2))[1]);
  if (poss) return PLACE_NOUNS.has(poss[1]!);
  if (/^\s+from being used\b/.test(after)) return true;
  const [w2, w1] = padLeft(wordsBefore(text, start, 2));
  if (w1 === "the" || w1 === "of") {
    if (w1 === "of" && LOCATION_OF.has(w2)) return true;
    if (w1 === "the") return LOCATIVE_BEFORE.has(w2) && w2 !== "use" && w2 !== "used" && w2 !== "using";
  }
  if (w1 === "to") return MOTION.has(w2);
  if (w1 === "from" && (SPEECH_NOUNS.has(w2) || AGENCY_NOUNS.has(w2))) return false;
  if (w1 === "with" && wordsBefore(text, start, 4).some((w) => /^(border|borders|frontier)$/.test(w))) return true;
  return LOCATIVE_BEFORE.has(w1);
}

/** A city name followed by a capitalised word is part of another name ("Islamabad High Court"). */
export function isPartOfLongerName(text: string, end: number): boolean {
  // "Islamabad Wednesday warned": a day or month after the name is when, not part of it.
  return /^ (?!The\b|IRNA\b|AP\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}/u.test(text.slice(end, end + 12));
}

/**
 * "DI Khan", "Imran Khan": a person's bare surname right after a capitalised word is the end of another name,
 * unless that word is a title ("Minister Khan") or opens the sentence ("When Khan ...").
 */
export function endsAnotherName(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const before = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(window);
  if (!before || /(?:^|[.!?"“”:]\s*)$/.test(window.slice(0, before.index + before[0].length - before[0].trimStart().length))) return false;
  const word = before[1]!;
  return !NOT_NAME_WORDS.has(word) && !TITLE_WORDS.has(word) && !TITLES.includes(word.toLowerCase());
}

function padLeft(words: string[]): [string, string] {
  return [words.length > 1 ? words[words.length - 2]! : "", words[words.length - 1] ?? ""];
}
