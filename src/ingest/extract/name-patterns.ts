// Surface patterns for names the gazetteer does not know. compromise misses hyphenated South Asian
// names ("Anwaar-ul-Haq Kakar") and most titles, so titles, appositions and organisation suffixes are
// matched directly; compromise's people()/organizations() add what these miss.

const CAP = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?:\.(?=[ \t]\p{Lu}))?`;
/** Two to four capitalised words on one line: a person's full name. */
/** Particles inside South Asian and Arabic names: "Anwar ul Haq Kakar", "Saif al Adel", "Mohamed Bin Zayed Al Nahyan". */
const PARTICLE = String.raw`(?:ul|ur|ud|al|el|bin|ibn|e|i|Al|Bin|Ibn)`;
export const FULL_NAME = String.raw`${CAP}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${CAP}){1,3}`;

export const TITLES = [
  "caretaker prime minister", "prime minister", "premier", "vice president", "president", "foreign minister",
  "defence minister", "defense minister", "interior minister", "information minister", "finance minister",
  "minister", "spokesperson", "spokesman", "spokeswoman", "chief of army staff", "army chief", "general",
  "gen\\.", "lt\\. gen\\.", "maj\\. gen\\.", "lt gen", "maj gen", "gen", "ambassador", "envoy", "delegate", "special representative", "representative",
  "maulana", "mawlawi", "mullah", "sheikh", "dr\\.", "senator", "secretary", "corps commander", "commander", "governor",
  "inspector general", "high commissioner", "commissioner", "co-chairman", "chairman", "director", "deputy", "chief", "leader", "head", "official",
  "national security adviser", "adviser", "advisor",
  // "Another political analyst, Baqer Sair, told": commentators quoted by name are introduced by their trade.
  "analyst", "journalist",
  // "CPJ Asia Program Coordinator Beh Lih Yi", "Alpha Beta Core CEO Khurram Schehzad".
  "coordinator", "ceo", "chief executive",
  // "Caretaker Sindh Chief Minister, retired Justice Maqbool Baqar, said": a judge's title, retired or serving.
  "retired", "justice",
  // "Afghanistan captain Rashid Khan": a team's captain.
  "captain",
  // "The Speaker National Assembly Raja Pervez Ashraf", "Member National Assembly Ramesh Lal": Pakistani usage.
  "speaker national assembly", "member national assembly", "member of the national assembly", "speaker", "mna",
  // "UN Deputy Secretary-General Amina Mohammed": the hyphenated title is no part of the name.
  "deputy secretary-general", "secretary-general",
];

/** Case-insensitive letters without the i flag, which would also make \p{Lu} match lowercase names. */
const anyCase = (s: string): string => s.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Nouns that end an organisation's name. */
const ORG_HEADS = [
  "Office", "Ministry", "Department", "Agency", "Party", "Council", "Committee", "Commission", "Court",
  "Directorate", "Bureau", "Front", "Movement", "Tribune", "Times", "Post", "Organization", "Organisation",
  "Institute", "Network", "Brigade", "Corps", "Assembly", "Parliament", "Senate", "Cabinet", "Force", "Forces",
  // "US Geological Survey", "Gwadar Port Authority", "Federal Investigation Agency".
  "Survey", "Service", "Authority", "Administration", "Foundation", "Association",
  // "Coalition of Afghan Women's Protest Movements", "Women's Political Alliance".
  "Movements", "Coalition", "Alliance", "Federation", "League",
  // "the General Service Unit (GSU)", "Counter Terrorism Unit".
  "Unit",
  // "Edhi Welfare Trust", "Pakistan India People's Forum for Peace and Democracy".
  "Trust", "Forum",
];

/**
 * Title, optional "on/of/for/to X" and comma, then a full name: "Special Representative on Afghanistan, Asif Durrani",
 * "The spokesman of the Islamic Emirate, Zabihullah Mujahid", "their commander, Lt. Gen. Mohammad Farid Ahmadi" (titles
 * after the comma belong to the title, not the name). A several-word owner ("the Ministry of Defense of
 * Afghanistan") must be closed by the apposition's comma, so a name is never swallowed into the owner; its acronym
 * may come first ("President of the United Arab Emirates (UAE), Sheikh ...").
 * Without the comma, an owner ending in an organisation noun ends before the name ("Chairman of the Wholesale Grocers
 * Association Abdul Rauf Ibrahim").
 * Groups: 1 title, 2 owner after the title (if any), 3 the name.
 */
const OWNER_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
export const TITLED_NAME = new RegExp(
  String.raw`\b(${TITLES.map(anyCase).join("|")})(?:\s+(?:on|of|for|to)\s+(?:the\s+)?(${OWNER_WORD}(?:\s+(?:of\s+(?:the\s+)?|and\s+)?${OWNER_WORD}){0,5}(?=(?:\s*\(\p{Lu}[\p{Lu}\d-]{1,9}\))?\s*,)|${OWNER_WORD}(?:\s+${OWNER_WORD}){0,4}\s+(?:${ORG_HEADS.join("|")})(?=\s+\p{Lu})|${OWNER_WORD})(?:\s*\(\p{Lu}[\p{Lu}\d-]{1,9}\)(?=\s*,))?)?\s*,?\s+(?:(?:${TITLES.map(anyCase).join("|")})\s+)*(${FULL_NAME})`,
  "gu",
);

/** "Corps Commander Balochistan, Asif Ghafoor, has announced": a title, the place it is held in, and the name. */
export const TITLE_PLACE_NAME = new RegExp(String.raw`\b(${TITLES.map(anyCase).join("|")})\s+(\p{Lu}[\p{L}'’-]+),\s+(${FULL_NAME})(?=,|\s+\p{Ll})`, "gu");

/** Reporting verbs that show the capitalised words before them are a person's name. */
const NAMING_VERBS = String.raw`said|says|told|stated|added|claimed|noted|warned|urged|accused|denied|rejected|insisted|stressed|announced|argued|explained|confirmed`;

/** Those and the other verbs a speaker's name stands right before: "emphasized", "remarked", "lamented". */
const SPEAKING_VERBS = String.raw`${NAMING_VERBS}|expressed|emphasized|emphasised|asserted|asserts|commented|remarked|maintained|asked|demanded|condemned|suggests|suggested|posits|posited|contends|contended|affirmed|acknowledged|lamented|disclosed|mentioned`;

/** A full name right before a reporting verb: "Anwaar-ul-Haq Kakar said". */
export const NAME_BEFORE_VERB = new RegExp(String.raw`(${FULL_NAME})\s+(?:has\s+|had\s+)?(?:${SPEAKING_VERBS})\b`, "gu");

/** "Geng Shuang of China stressed", "Anna Evstigneeva of the Russian Federation noted": a name, its country, a verb. */
export const NAME_OF_COUNTRY_BEFORE_VERB = new RegExp(
  String.raw`(${FULL_NAME})\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+(?:has\s+|had\s+|also\s+)?(?:${SPEAKING_VERBS}|echoed)\b`,
  "gu",
);

/**
 * "The head of Afghanistan's environmental protection agency, Matiul Haq Khalis, told": a name set off by commas
 * before a reporting verb. Set off so, the name may also post or write.
 */
export const NAME_IN_COMMAS_BEFORE_VERB = new RegExp(String.raw`,\s+(${FULL_NAME}),\s+(?:has\s+|had\s+)?(?:${NAMING_VERBS}|posted|wrote|tweeted)\b`, "gu");

/**
 * "Sayed Zulfiqar Bukhari, who was Khan's special assistant and is now his aide, told Middle East Eye": a full name
 * whose relative clause, set off by commas, stands between it and its reporting verb.
 */
export const NAME_BEFORE_RELATIVE_CLAUSE = new RegExp(String.raw`(${FULL_NAME}),\s+who\s+[^,.;:"“”]{2,160},\s+(?:has\s+|had\s+)?(?:${NAMING_VERBS})\b`, "gu");

/**
 * "Rehman Khan, a wholesale dealer from Lahore, says", "Faizan Ali, the senior superintendent of police, confirmed":
 * a full name opening its sentence, with a description in commas before its reporting verb.
 */
export const NAME_BEFORE_DESCRIPTION = new RegExp(String.raw`(?<=^|[.!?]["”]?\s+|\n)(${FULL_NAME}),\s+(?:a|an|the)\s+[^,.;:"“”()]{2,80},\s+(?:has\s+|had\s+)?(?:${NAMING_VERBS})\b`, "gu");

/** What ordinary people quoted in the news are introduced as. */
const ORDINARY_ROLES = "resident|student|shopkeeper|trader|farmer|gardener|grower|vendor|driver|fan|teacher|refugee|migrant|deportee|mother|father|worker|villager|merchant|businessman|businesswoman";

/**
 * "said Kabul resident Sharifullah", "a student, Zarifa, said": people whom the text names by one name after what
 * they are.
 */
export const ONE_NAME_AFTER_ROLE = new RegExp(String.raw`\b(?:${ORDINARY_ROLES})\s*,?\s+(\p{Lu}\p{Ll}{2,})(?=\s*[,.]|\s+(?:said|says|told|added)\b)`, "gu");

/**
 * "Esmatullah, a gardener in Kandahar, says:", "Nani Agha, a fresh fruit trader in Kandahar, told": one or two names
 * opening a sentence, then what the person does, set off by commas, and a reporting verb (or "wants").
 */
export const NAME_BEFORE_ROLE = new RegExp(String.raw`(?:^|[.!?:"”]\s+|\n)(\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?),\s+(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:${ORDINARY_ROLES})\b[^,.;:"“”]{0,60},\s+(?:says|said|told|adds|added|wants|believes)\b`, "gu");

/** One name, hyphened parts included: "Basir", "Abu-Bakar", "Atta-ul-Munim". */
const ONE_NAME = String.raw`\p{Lu}\p{Ll}{2,}(?:-\p{L}\p{Ll}+)*`;

/** What a person quoted by one name is introduced as, beyond ordinary roles: a trade, a standing, an office. */
const ONE_NAME_ROLES = `${ORDINARY_ROLES}|expert|academic|official|officer|immigrant|woman|man|witness|survivor|activist|volunteer|doctor|nurse|labou?rer|miner|herder|elder|engineer|journalist|lawyer|physician`;

/** ", an Afghan disaster management expert", ", the district health officer of Kech": who the one name is. */
const ONE_NAME_APPOSITION = String.raw`,\s+(?:a|an|another|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${ONE_NAME_ROLES})\b`;

/**
 * People quoted by one name, with who they are in an apposition: "..., says Basir, an Afghan disaster management
 * expert", "Khairullah, an Afghan immigrant deported from Iran, said". Group 1 or 2 is the name.
 */
export const ONE_NAME_IN_APPOSITION = new RegExp(
  String.raw`\b(?:said|says|told|added)\s+(${ONE_NAME})(?=${ONE_NAME_APPOSITION})|(?:^|[.!?:"”]\s+|\n)(${ONE_NAME})(?=${ONE_NAME_APPOSITION}[^.;:"“”]{0,80}?,\s+(?:has\s+|had\s+)?(?:${SPEAKING_VERBS}|criticized|criticised)\b)`,
  "gu",
);

/** "Ms Siddique told BBC Urdu", "Mr. Gandapur said": a family name after an honorific. */
export const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss)\.?[ \t]+(\p{Lu}[\p{Ll}'’-]+)(?![ \t]+\p{Lu})/gu;

/** "PTI founder's spouse Bushra Bibi", "his widow Javeria Siddique": a full name after a word of kinship. */
export const NAME_AFTER_KIN = new RegExp(String.raw`\b(?:wife|husband|spouse|widow|widower|son|daughter|brother|sister|father|mother|nephew|niece|cousin)\s+(${FULL_NAME})`, "gu");

/** "Mohsin Naqvi accused Bushra Bibi of orchestrating the chaos": a full name charged by an accusing verb. */
export const NAME_CHARGED = new RegExp(String.raw`\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(${FULL_NAME})(?=\s+(?:of|for)\s)`, "gu");

/** "Bloomberg quoted Khurram Schehzad as saying": the full name of the one quoted. */
export const NAME_QUOTED = new RegExp(String.raw`\bquoted\s+(${FULL_NAME})(?=\s+as\s+saying\b)`, "gu");

/**
 * A full name right after a reporting verb, before an apposition, the sentence's end or whose it is: "..., said Quraishi
 * Badloon, an official", "..., said Nadia Rahman of South Asia regional office at Amnesty International".
 */
export const NAME_AFTER_VERB = new RegExp(String.raw`\b(?:said|says|added|told)\s+(${FULL_NAME})(?=,\s+(?:an?|the|who)\s|\.(?:\s|$)|\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu})`, "gu");

/**
 * "Zia Ahmad Takal, the deputy spokesman of the Ministry of Foreign Affairs": a full name, then its title in an
 * apposition. Groups: 1 the name, 2 the title, 3 whose title it is (if said), which ends before a closing "said".
 */
export const NAME_THEN_TITLE = new RegExp(
  String.raw`(${FULL_NAME}),\s+(?:the\s+|a\s+)?((?:[\p{L}'’-]+\s+){0,5}?(?:${["spokesman", "spokesperson", "spokeswoman", "minister", "envoy", "ambassador", "representative", "secretary", "commissioner", "chief", "director general", "director-general", "director", "head", "adviser", "advisor", "official", "officer", "member", "leader", "commander", "lawmaker", "chairman", "president", "analyst", "journalist", "doctor",
    // "Fawzia Koofi, a women's rights activist and former Afghan MP, posted": people introduced by what they do.
    "activist", "MP", "expert", "rapporteur", "politician", "professor", "researcher", "campaigner", "founder",
    "diplomat", "governor", "lawyer",
    // "Faridullah Omari, a physician at the National Infectious Disease Hospital in Kabul, said": a trade or a standing.
    "physician", "surgeon", "nurse", "teacher", "lecturer", "scholar", "cleric", "economist", "engineer", "scientist",
    "student", "farmer", "trader", "businessman", "shopkeeper", "resident", "worker", "writer", "author", "historian",
    "editor", "correspondent", "reporter", "judge", "prosecutor", "specialist", "mother", "father"].map(anyCase).join("|")})(?:\s+(?:of|for|to)\s+(?:the\s+)?(\p{Lu}[^,.;]{2,60}?)(?=\s+(?:said|says|told|added|stated|noted)\b|\s*[,.;]|\s*$))?)`,
  "gu",
);

/**
 * "United Nations High Commissioner for Refugees (UNHCR) Filippo Grandi met", "... (UNHCR), Filippo Grandi.": a full
 * name after an office and its acronym. Group 1 or 2 is the name.
 */
export const NAME_AFTER_ACRONYM = new RegExp(String.raw`\(\p{Lu}[\p{Lu}\d-]{1,9}\)(?:\s+(${FULL_NAME})(?=\s+\p{Ll})|,\s+(${FULL_NAME})(?=[.,](?:\s|$)))`, "gu");

/** "Jamiat Ulema-e-Islam-F (JUI-F)": a name and its acronym. */
export const NAME_WITH_ACRONYM = new RegExp(String.raw`(${CAP}(?:[ \t]+(?:(?:of|for|on|and)[ \t]+(?:the[ \t]+)?|the[ \t]+)?${CAP}){0,5})[ \t]+\(([\p{Lu}][\p{Lu}\d-]{1,9}|${CAP})\)`, "gu");
/** "Chief of the Army Staff (COAS)": an office's acronym, not an organisation. */
export const TITLE_LED = /^(?:Chief|Minister|Prime|President|General|Director|Secretary|Inspector|Commander|Governor|Chairman|Deputy|Head)\b/;

/** The same as a set, to find where an organisation's name ends inside a run of capitals. */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set(ORG_HEADS);
/** A name ending in an organisation noun: "General Service Unit" is a body, though "General" opens it like a title. */
export const ORG_HEAD_END = new RegExp(String.raw`\b(?:${ORG_HEADS.join("|")})$`);
/**
 * Capitalised words ending in an organisation noun: "Foreign Office", "US State Department", "Express Tribune"; an
 * "and" may join two of the words ("Mines and Petroleum Ministry").
 */
export const ORG_BY_HEAD = new RegExp(String.raw`((?:(?:${CAP}|U\.S\.)[ \t]+(?:and[ \t]+(?=\p{Lu}))?){1,4}(?:${ORG_HEADS.join("|")}))(?![\p{L}])`, "gu");
/**
 * "Ministry of Foreign Affairs", "US Institute for Peace"; "UN Office on Drugs and Crime", "Senate Standing Committee
 * on Privatization", but not "the Foreign Office on Monday" or "the Security Council on Afghanistan".
 */
const ON_REMIT = String.raw`(?<=(?:Office|Commission|Committee)\s+)on(?=\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b))`;
export const ORG_OF = new RegExp(String.raw`\b((?:(?:${CAP}|U\.S\.)\s+){0,3}(?:Ministry|Department|Directorate|Bureau|Office|Council|Institute|Commission|Committee|Centre|Center|Fund|Coalition|Alliance|Federation|League|Union)\s+(?:of|for|${ON_REMIT})\s+${CAP}(?:\s+(?:and\s+)?${CAP}){0,3})`, "gu");

/** News agencies often named only by acronym in a dateline or credit. */
export const AGENCIES: Readonly<Record<string, string>> = {
  AP: "Associated Press",
  AFP: "Agence France-Presse",
  Reuters: "Reuters",
  PTI: "Press Trust of India",
  ANI: "Asian News International",
  APP: "Associated Press of Pakistan",
};
/**
 * "(PTI)", "PTI reported", "as reported by PTI", "told PTI": an agency credited by its acronym. "PTI said" is not
 * among them: in Pakistani news that is the party.
 */
export const agencyCredit = (acronym: string) =>
  new RegExp(`\\(${acronym}\\)|\\b${acronym}\\b(?= reported| reports| quoted)|(?<=\\b(?:reported by|according to|told|quoted by|news agency) )${acronym}\\b`, "g");

/** Names of things that make no statements: agreements, places, projects ("China-Pakistan Economic Corridor"). */
export const NOT_ACTOR_HEADS = /\b(Agreement|Accord|Treaty|Line|Day|Garrison|District|Province|Valley|Pass|Area|Corridor|Initiative|Conference|Summit)\.?$/;

export const MEDIA_HEADS = /\b(Tribune|Times|Post|News|Daily|Herald|Dawn|Press|Agency|Radio|Television|TV)\b/;
export const GOVERNMENT_HEADS = /\b(Office|Ministry|Department|Cabinet|Directorate|Bureau)\b/;
/** "the Afghanistan Defence Force", "Border Security Force": armed bodies of a state. */
export const MILITARY_HEADS = /\b(?:Forces?|Brigade|Corps)$/;
/** "Balochistan Liberation Army", "Lashkar-e-Taiba", "Jaish al-Adl": armed groups by their name. */
export const ARMED_GROUP_HEADS = /\bLiberation\s+(?:Army|Front)\b|\b(?:Lashkar|Jaish|Jaysh)\b/;

/** Words that end a name when they follow it ("Kakar said", "Baloch on Thursday"). */
export const NOT_NAME_WORDS = new Set([
  "The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "Its", "On", "In", "At", "By",
  "And", "But", "Or", "For", "To", "Of", "As", "Last", "This", "Next", "Monday", "Tuesday", "Wednesday",
  "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December", "Earlier", "Recently", "Meanwhile", "However",
  "Speaking", "According", "Responding", "Prime", "Minister", "President", "General", "Spokesperson", "Corps",
  "Maulana", "Mawlawi", "Mullah", "Sheikh", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.", "Ambassador", "Senator",
  // Conjunctions that open a clause: "While the Afghan Interim Government is fighting ..." names no "While".
  "While", "Although", "Though", "Whereas", "When", "If", "Since", "Unless", "Despite", "Amid",
]);

/** Honorifics that are also family names ("Asif Ijaz Sheikh"): a title before a name, a surname after one. */
export const SURNAME_HONORIFICS = new Set(["Sheikh", "Shaikh"]);

/** Words of titles that lead a person's name ("Defence Minister Khawaja Asif"); not stripped from organisations. */
export const TITLE_WORDS = new Set([
  "Defence", "Defense", "Foreign", "Interior", "Information", "Finance", "Caretaker", "Chief", "Commander",
  "Deputy", "Acting", "Spokesman", "Spokeswoman", "Envoy", "Special", "Representative", "Governor", "Secretary", "Secretary-General",
  "Director", "Coordinator", "Rapporteur", "Commissioner", "Adviser", "Advisor",
  "Chairman", "Chairwoman", "Chairperson", "Co-chairman", "Co-Chairman", "Member", "Senator", "Congressman", "Congresswoman", "Representative",
  // "Chief Justice Aqeel Ahmad Abbasi": a judge is named without the bench's title.
  "Justice", "Judge",
  // Abbreviated titles: "FM Jilani" is the foreign minister, not a person called "FM Jilani".
  "FM", "PM", "CM", "DG", "COAS", "CJCSC", "FO", "Rep", "Rep.", "Sen", "Sen.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Gen", "Gen.", "Lt", "Lt.", "Maj", "Col", "Brig", "Capt",
  // The last word of an office's remit: "High Commissioner for Human Rights Volker Turk", "Minister for Foreign Affairs X".
  "Rights", "Affairs", "Refugees", "Staff", "Speaker",
  // A minister's portfolio: "Federal Minister for Privatization Abdul Aleem Khan", "Law Minister Azam Nazeer Tarar".
  "Privatization", "Privatisation", "Commerce", "Trade", "Planning", "Health", "Education", "Law", "Railways", "Energy",
  "Petroleum", "Housing", "Aviation", "Tourism",
  // A post named before the person: "Chief Meteorologist Sardar Sarfaraz", "Senior Superintendent of Police X".
  "Meteorologist", "Surgeon", "Superintendent", "Police", "Premier",
  // "DCA Information and Analytical Center Head Mukbilsho Muyassar", "Resident Sohail Haidari said", "Villager X".
  "Head", "Resident", "Villager",
  // "Prof Muhammad Yunus", "Professor Ahmed Rashid".
  "Prof", "Prof.", "Professor",
]);

/**
 * "Some Pakistani officials", "U.S. defense officials", "Afghan officers", "U.S. service members": unnamed groups of a
 * country's officials or sources.
 */
export const DEMONYM_GROUP = /\b((?:Pakistani|Afghan|American|U\.S\.|US|Iranian|Indian|Chinese|Russian)\s+(?:[a-z]+\s+)?(?:officials|officers|diplomats|sources|service\s+members))\b/gu;
