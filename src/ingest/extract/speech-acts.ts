// What a statement does, from its cue ("accused", "dismissed", "expressed concern") and, for neutral
// cues ("said", "stated"), from what it says: an obligation placed on someone is a DEMAND, a negated
// statement is a DENY, "we will ..." a PROMISE. Cues are matched on folded text (ASCII apostrophes).
import nlp from "compromise";
import type { SpeechAct } from "../format/enums.js";
import { LEXICON } from "./cue-lexicon.js";
import { PLATFORM_POST } from "./np.js";

export type CueForm = "finite" | "participle" | "noun";

export interface Cue {
  start: number;
  end: number;
  text: string;
  act: SpeechAct;
  /** Neutral cues take their act from the content. */
  neutral: boolean;
  form: CueForm;
  hedge?: string;
}

/** "took to X to " just before a cue. */
const PLATFORM_POST_BEFORE = new RegExp(String.raw`\b${PLATFORM_POST}\s+$`, "i");
const CUE_RE = new RegExp(`\\b(?:${LEXICON.map(([, src]) => `(${src})`).join("|")})\\b`, "gi");
const HEDGING_CUES = /^(claim|claims|claimed|claiming|alleging|hint|hints|hinted|hinting|suggest|suggests|suggested|suggesting|what (it|he|she|they) call)/i;

/** "should stop blaming X", "avoid accusing": an act asked for or given up is not performed by anyone here. */
const UNPERFORMED = /\b(?:refrain(?:ed|s|ing)? from|stopp(?:ed|ing) short of|without|stop|stops|stopped|stopping|avoid|avoids|avoided|avoiding|quit|cease|instead of|should|must|shall|could|would|might|may|can)\s+(?:[a-z]+ly\s+)?$/i;

/** Words before a cue that make it a noun ("the claims", "its demands", "denied claims that ..."), not a verb. */
/** "The US", "the U.S.": a country's short name, which may be a subject as well as a modifier. */
const SHORT_COUNTRY_BEFORE = /\bthe\s+(?:u\.s\.|us)\s+$/i;
const NOUN_BEFORE = /(?:\b(?:the|these|those|its|their|his|her|our|such|any|of|a|an|pakistani|afghan|american|u\.s\.|us|indian|iranian|chinese|russian|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)|'s)\s+$/i;

export function findCues(folded: string, from = 0, to = folded.length): Cue[] {
  const out: Cue[] = [];
  const region = folded.slice(from, to);
  for (const m of region.matchAll(CUE_RE)) {
    const start = from + m.index;
    const text = m[0];
    const before = folded.slice(Math.max(0, start - 40), start);
    if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}]/u.test(folded.slice(start + text.length, start + text.length + 1))) continue;
    // "The United States", "States" as a noun: a capitalised cue is only a cue at the start of a sentence.
    if (/^\p{Lu}/u.test(text) && !/(^|[.!?"“]\s*)$/.test(before)) continue;
    // "could not confirm", "has yet to confirm": a speech act not performed reports nothing.
    // "They went on to say that ...": going on to say something says it.
    // "and will announce their position": an act still to come is undertaken, not reported.
    // "took to X to denounce": a post made to denounce denounces.
    const done = /\b(?:went|go|goes|going)\s+on\s+to\s+$/i.test(before) || PLATFORM_POST_BEFORE.test(before);
    if ((/\b(not|n't|never|to|will|shall)\s+(?:yet\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?$/i.test(before) && !done) || UNPERFORMED.test(before)) continue;
    // "will fulfil its obligations and deny the use of its soil": a bare verb sharing a modal is an act to be done.
    if (/^(?:deny|reject|accuse|blame|condemn|warn|promise|pledge|demand|urge|refute|dismiss|rule out)$/i.test(text) && /\b(?:will|would|should|must|shall|can|could|to)\b[^.;:!?]*\band\s+$/i.test(before)) continue;
    // "the Taliban administration is "expected to fulfil ...": an expectation put on someone, not voiced by them.
    if (/^expected$/i.test(text) && /\b(?:is|are|was|were|be|been|being)\s+["']?$/i.test(before)) continue;
    // "Miller was asked if the United States would ...": the one asked says nothing by being asked.
    if (/^ask(?:ed)?$/i.test(text) && /\b(?:is|are|was|were|be|been|being)\s+$/i.test(before)) continue;
    // "SCO member states China, Russia ...", "the Gulf states": states as countries, not as a statement.
    if (/^states$/i.test(text) && /\b(?:member|nation|neighbou?ring|gulf|arab|western|regional|participating|signatory|island|frontline)\s+$/i.test(before)) continue;
    // "false accusations against state institutions", "the state media": the state as a noun, after a preposition or
    // a determiner no verb follows.
    if (/^state$/i.test(text) && /\b(?:against|of|the|by|for|on|into|and|all|any|a|its|their|his|her|our|from|with|within|between)\s+$/i.test(before)) continue;
    // "accusing them of repeatedly calling for hearings": the deed charged, not a second statement.
    if (/ing\b/i.test(text.split(" ")[0]!) && /\b(?:accus|blam|charg|criticis|criticiz|condemn|mock|ridicul|taunt)[a-z]*\s+(?:[\p{L}'’-]+\s+){0,5}?(?:of|for)\s+(?:[a-z]+ly\s+)?$/iu.test(before)) continue;
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const [act, , neutral] = LEXICON[group]!;
    // "have been urging", "is demanding": a progressive is the clause's finite verb, not a participle hanging on it.
    const progressive = /\b(?:been|is|are|am|was|were)\s+(?:also\s+|[a-z]+ly\s+)?$/i.test(before);
    // "The U.S. is concerned": a cue that opens with its own verb is no noun, whatever precedes it. "The US urged",
    // "the U.S. said": after a country's short name, a verb in the past tense is the country speaking.
    const pastAfterCountry = SHORT_COUNTRY_BEFORE.test(before) && /^(?:[a-z]+ed|said|told)\b/i.test(text);
    const form: CueForm = NOUN_BEFORE.test(before) && !pastAfterCountry && !/^(?:is|are|was|were|has|have|had)\b/i.test(text) ? "noun" : /ing\b/i.test(text.split(" ")[0]!) && !progressive ? "participle" : "finite";
    if (form === "noun" && !/^(demands|concerns?|regret)/i.test(text.split(" ").pop()!)) continue;
    const hedge = HEDGING_CUES.test(text) ? text : undefined;
    out.push({ start, end: start + text.length, text, act, neutral: !!neutral, form, ...(hedge ? { hedge } : {}) });
  }
  return out;
}

/** An evaluation of an incident as sad: "the incident was very unfortunate". */
const REGRETTABLE = /\b(?:is|was|are|were)\s+["']?(?:very\s+|most\s+|deeply\s+|highly\s+|extremely\s+)?["']?(?:unfortunate|regrettable|tragic|saddening|heartbreaking)\b|\b(?:is|was)\s+(?:clearly\s+|truly\s+)?an?\s+(?:very\s+)?(?:[a-z]+\s+and\s+)?sad\s+(?:situation|day|moment|development|outcome)\b/i;
/** Dismay at deaths: "appalled by the tragic and senseless loss of life", "the bombing left him saddened". */
const GRIEF_AT_LOSS = /\bappalled\s+(?:by|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:loss|deaths?|killings?)\b|\bleft\s+(?:him|her|them|us|me)\s+(?:deeply\s+)?(?:saddened|shocked|heartbroken)\b/i;
/**
 * Words or deeds called regrettable: "statements ... that were highly regrettable", "extremely disappointing", "the
 * pathetic statement", a decision "unnecessary and uncalled for".
 */
const DEPLORED = /\b(?:statements?|remarks|comments|speeches|actions?|decisions?|allegations)\b[^.;]{0,60}?\b(?:is|are|was|were)\s+["']?(?:very\s+|highly\s+|deeply\s+|most\s+|extremely\s+)?["']?(?:regrettable|deplorable|disappointing)\b|\b(?:pathetic|shameful|disgraceful|deplorable)\s+(?:statements?|remarks|comments|decisions?|acts?|moves?)\b|\b(?:is|was|are|were)\s+["']?(?:[a-z]+\s+and\s+)?uncalled[- ]for\b/i;
/** "attacks against civilians are unacceptable": a deed judged beyond the pale. */
const BEYOND_PALE = /\b(?:is|are|was|were)\s+["']?(?:totally\s+|completely\s+|absolutely\s+|simply\s+)?(?:unacceptable|intolerable|deplorable|reprehensible|heinous|barbaric|cowardly|idiotic|foolish|senseless|absurd|inappropriate|disgusting|disgraceful|shameful|outrageous|appalling|irrational|inhumane|inhuman|cruel)\b/i;
/** "This terrorist act is an anti-human crime", "it is a crime against humanity": a deed called a crime. */
const CALLED_CRIME = /\b(?:is|are|was|were)\s+["'“]?(?:an?\s+)?["'“]?(?:(?:anti-human|heinous|brutal|unforgivable|inhumane|inhuman|cowardly|horrific)\s+crimes?\b|crimes?\s+against\s+humanity\b)/i;
/** Backing given is an undertaking: "their support for ...", "it firmly supported ...", "the nation stands with ...". */
const BACKING = /^\W*(?:(?:its|their|his|her|our|[\p{Lu}][\p{L}-]+['’]s)\s+(?:full\s+|continued\s+|unwavering\s+|firm\s+|strong\s+)?support\s+(?:for|to)\b|(?:that\s+)?(?:it|we|they|[\p{Lu}][\p{L}-]+)\s+(?:firmly|fully|strongly|unequivocally)\s+support(?:s|ed)?\b|(?:that\s+)?(?:the\s+)?(?:entire\s+|whole\s+)?(?:nation|country|government|people)\s+stands?\s+(?:firmly\s+|united\s+|shoulder\s+to\s+shoulder\s+|side\s+by\s+side\s+)?(?:with|by|behind)\b)/iu;
/** "These acts do nothing but sow division": deeds said to serve only harm. */
const ONLY_HARM = /\bdo(?:es)?\s+nothing\s+but\s+(?:sow|spread|breed|fuel)\b/i;
/** Obligations stated with a noun or an expectation rather than a modal verb. */
const NOUN_DEMAND = new RegExp([
  // "agreed to host refugees at the request of the US": a request answered, not one made.
  String.raw`\b(?<!\bat\s+)(?:our|its|their|his|her|the)\s+(?:expectation|demand|request|call)\s+(?:from|of|to|on|upon)\b`,
  String.raw`\b(?:is|was|are|were)\s+(?:the\s+)?(?:responsibility|duty|obligation)\s+of\b`,
  // "International law imposes a duty on military forces to ...": an obligation stated through a rule.
  String.raw`\bimpos(?:e|es|ed)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:duty|obligation|responsibility)\s+(?:on|upon)\b`,
  // "underscored the necessity of holding military forces accountable": something to be done, by others.
  String.raw`^\W*(?:the\s+|an?\s+)?(?:(?:urgent|immediate|pressing|dire)\s+)?(?:necessity|need|requirement)\s+(?:of|for|to)\b`,
  // "What is needed is comprehensive international cooperation", "we definitely need comprehensive cooperation".
  String.raw`^\W*what\s+is\s+(?:needed|required)\s+is\b`,
  // "But much more is needed amid one of the coldest spells": more help asked for, from whoever can give it.
  String.raw`^\W*(?:but\s+)?(?:much|far|a\s+lot)\s+more\s+(?:[a-z]+\s+)?(?:is|are)\s+(?:urgently\s+|still\s+)?(?:needed|required)\b`,
  String.raw`\bimperatives?\s+of\b`,
  String.raw`\b(?:we|the\s+world|the\s+region)\s+(?:definitely\s+|urgently\s+|really\s+|also\s+)?need\s+(?!to\b)(?:[a-z]+\s+){0,2}(?:cooperation|action|support|efforts|coordination|measures)\b`,
  // "It's necessary for the leadership of Pakistan not to allow ...": a stated necessity, asked of others.
  // "highlighted that it was crucial for individuals to remain attentive": the same, put as what matters most.
  String.raw`^\W*(?:that\s+)?it(?:'s|\s+is|\s+was)\s+(?:very\s+|absolutely\s+|extremely\s+)?(?:necessary|essential|imperative|vital|crucial)\s+(?:for|that)\b`,
  String.raw`\bexpects?\s+(?:[\w'-]+\s+){1,6}?to\s+[a-z]+`,
  // "all accusations of irregularities ... warrant comprehensive investigation": an inquiry called for.
  String.raw`\bwarrants?\s+(?:an?\s+)?(?:comprehensive|thorough|full|independent|transparent|impartial|serious)?\s*(?:investigation|inquiry|probe|scrutiny)\b`,
  // "they are requesting a drop in the prices of electricity": what the source says its side asks for.
  String.raw`^\W*(?:they|we|he|she|it)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:requesting|demanding|seeking|urging|calling\s+for|asking\s+for)\b`,
  // "Kazakhstan wants Afghanistan to develop further as ... nation": a wish that someone act, asked of them.
  String.raw`(?<!\b(?:not|n't)\s+)\b(?:wants?|wanted)\s+(?:the\s+)?[\w'-]+\s+to\s+(?!be\s+(?:sure|clear)\b)[a-z]+`,
  // "is expected to fulfil its obligations" asks something of someone; "is expected to be signed soon" and "is
  // expected to facilitate consular services" only foresee it.
  String.raw`\b(?:is|are|was|were)\s+["']?expected\s+to\s+(?:fulfil|fulfill|honou?r|meet|take|act|ensure|prevent|deny|stop|abide|respect|comply|cooperate|hand|end|curb|rein)\b`,
  // "the Pakistani side was also responsible for taking steps": a duty, where "responsible for the deaths" is a charge.
  String.raw`\b(?:is|are|was|were)\s+(?:also\s+|equally\s+)?responsible\s+for\s+(?:taking|ensuring|preventing|controlling|stopping|securing|protecting)\b`,
  // "has until the end of the month to depart", "We have given them a November 1 deadline": an ultimatum.
  String.raw`\bha(?:s|ve)\s+until\s+[^.;]{1,40}?\s+to\s+[a-z]+`,
  String.raw`\b(?:given|gave|give|set|issued|imposed)\s+(?:them|him|her|it|[a-z]+s)?\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}deadline\b`,
  String.raw`\b(?:will|would|should)\s+(?:fulfil|fulfill|honou?r|meet|abide by|live up to)\s+(?:its|their|his|her|the)\s+(?:[a-z]+\s+)?(?:obligations|commitments|promises|pledges)\b`,
].join("|"), "i");
const MODAL_DEMAND = /\b(should|must|ought to|need(?:s|ed)? to|has to|have to|had to|ha(?:s|ve|d) (?:the )?responsibility to|(?<!\bwill\s+(?:also\s+)?)requires?)\b/i;
/** "we also need to be sure about the antecedents": what the speaker's side must learn first asks nothing of others. */
const OWN_NEED_TO_KNOW = /\b(?:we|i)\s+(?:also\s+|still\s+|first\s+)?need\s+to\s+(?:be\s+sure|know|verify|ascertain|understand|check|confirm)\b/i;
/** A negation, but not "not only" and not a quantifier ("not all places were under control" asserts something). */
const NEGATION = /\b(not|n't|no|never|nor|neither|nothing(?! but\b)|none)\b(?<!\bnot(?= (?:only|all|every|just|merely|simply|necessarily|in (?:the |its |their |our )?interests?)\b))(?<!\bno(?= (?:two opinions|doubt|question|longer)\b))/i;
/**
 * "militants were being helped by X", "had been tortured by the intelligence agencies": reported as fact, it blames X;
 * so does harm "due to the Taliban's restrictive measures".
 */
const BLAME = /\b(?:is|are|was|were)\s+(?:also\s+|partly\s+|largely\s+|solely\s+)?to\s+blame\b|\b(?:is|are|was|were|being|been)\s+(?:being\s+)?(?:helped|supported|backed|funded|financed|armed|sheltered|sponsored|harbou?red|facilitated|tortured|abducted|kidnapped|mistreated|beaten|harassed|assaulted|abused|humiliated)\s+by\b|\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of)\s+(?:the\s+)?[\p{L}-]+['’]s\s+(?:[a-z]+\s+)?(?:measures|policies|restrictions|decisions?|bans?|actions|crackdown)\b/iu;
/**
 * "the Kabul regime equipped the TTP", "have supplied militants with weapons", "had helped prepare Islamist radicals":
 * arming, training or sheltering an armed group, stated as fact.
 */
const ARMS_GROUP = /\b(?:equipped|armed(?=\s+(?:the|them|its|their)\b)|supplied|funded|financed|sheltered|harbou?red|sponsored|trained|protected|provided (?:weapons|arms|shelter|safe havens?|sanctuar(?:y|ies)) to|helped\s+(?:to\s+)?(?:prepare|train|arm|recruit|fund|finance))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ttp|militants?|terrorists?|insurgents?|radicals?|outfits?|militias?|al[- ]qaeda|daesh|isis|iskp|groups?)\b/i;
/** "is completely false", "were "entirely false"": a predicate calling something untrue, quoted or not. */
const CALLED = String.raw`\b(?:is|are|was|were)\s+(?:being\s+)?["']?(?:completely\s+|totally\s+|absolutely\s+|entirely\s+|utterly\s+|simply\s+)?["']?`;
const FALSE_CLAIM = new RegExp(String.raw`\b(?:claims?|allegations?|reports?|accusations?|charges?|assertions?|remarks|statements?|figures|numbers|concerns|fears)\b[^.;]*?${CALLED}(?:false|fake|baseless|untrue|unfounded|fabricated|incorrect|wrong|lies|propaganda|not true|misleading|irresponsible|unrealistic|exaggerated|far from (?:the )?(?:reality|truth))\b`, "i");
/**
 * "[reports that] its citizens were involved were "fake"", "they were "utter nonsense"": whatever the content ends by
 * calling false is denied.
 */
const ENDS_FALSE = new RegExp(String.raw`${CALLED}(?:(?:utter|complete|total|pure)\s+)?(?:false|fake|baseless|untrue|unfounded|fabricated|nonsense|lies|rubbish)["']?\W*$`, "i");
/** "it is a "fallacy" to think that ...": a belief called mistaken is denied. */
const FALLACY = /\b(?:is|are|was|were)\s+(?:a|an|the)\s+["']?(?:fallacy|myth|misconception|delusion)\b/i;
/** Charges called absurd, or said to lack proof. */
const UNFOUNDED_CHARGES = /\b(?:absurd|ridiculous|frivolous|bogus|trumped-up|concocted)\s+(?:charges?|allegations?|accusations?|cases?)\b|\black(?:s|ing)?\s+(?:any\s+)?(?:material\s+|concrete\s+|credible\s+|solid\s+)?(?:evidence|proof)\b/i;
/** "a similar baseless claim was made by ...": words called baseless in passing are denied all the same. */
const BASELESS_WORDS = /\b(?:baseless|false|fake|fabricated|unfounded)(?:\s+and\s+[a-z]+)?["']?\s+(?:claims?|allegations?|accusations?|charges?|propaganda)\b/i;
/** "was planned in Afghanistan and carried out by an Afghan": an attack laid at someone's door. */
const ATTACK_AUTHORED = /\b(?:attacks?|bombings?|blasts?|assaults?)\b[^.;]*?\b(?:is|are|was|were|had been|has been|have been)\s+(?:(?:planned|orchestrated|masterminded|plotted|directed|coordinated|launched)\s+(?:in|from|by)|carried\s+out\s+(?:by|from))\b/i;
/** "the deficiencies of the country's security apparatus": failings charged to someone. */
const FAILINGS = /\b(?:deficienc(?:y|ies)|shortcomings?|failures?|incompetence|negligence|lapses?|inadequacy|ineptitude|inefficiency)\s+(?:of|in)\s+(?:the\s+)?[\w'’ -]{0,40}?\b(?:security|intelligence|government|forces|apparatus|army|military|administration|police)\b/i;
/**
 * "the involvement of Afghan citizens in suicide attacks", "Pakistan is trying to push in foreign terrorists": a part
 * in violence charged to someone.
 */
// "the TTP uses Afghanistan as a base": a country or its soil used by a group to strike from.
const INVOLVEMENT = /\b(?:uses?|using|used)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:soil|territory|afghanistan|pakistan|iran|india)\s+as\s+an?\s+(?:base|launch(?:ing)?\s*pad|sanctuary|safe\s+haven)\b|\binvolvement\s+of\s+[^.;]{1,40}?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:attacks?|bombings?|terrorism|terror|violence|killings?)\b|\b(?:push(?:es|ed|ing)?\s+in|send(?:s|ing)?\s+in|infiltrat(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?(?:terrorists|militants|infiltrators|fighters)\b/i;
const FAILING = /\b(?:(?:is|are|was|were|has|have|had)\s+(?:not|n't|never|neither)\s+(?:been\s+)?|(?:[a-z]+ly\s+)?fail(?:ed|s)\s+to\s+)(?:fulfil{1,2}(?:ing|ed)?|honou?r(?:ing|ed)?|meet(?:ing)?|met|uphold(?:ing)?|upheld|liv(?:ing|ed)\s+up\s+to|abid(?:ing|ed)\s+by|abide\s+by|live\s+up\s+to)\s+(?:its|their|his|her|the)\s+(?:[a-z-]+\s+)?(?:obligations?|commitments?|promises|pledges|responsibilit(?:y|ies))\b|\b(?:is|are|was|were|has|have)(?:\s+not|n't)\s+(?:been\s+)?(?:keeping|kept)\s+(?:[\w'’-]+\s+)?(?:side\s+of\s+the\s+bargain|word|promises?|commitments?)\b/i;
/** "there was no action on Pakistan's serious concerns", "changed its policies without considering ...": inaction or disregard charged. */
/** "they've done little to make good on that promise": too little done, charged. */
const DID_LITTLE = /\b(?:done|did|doing)\s+(?:very\s+|too\s+|precious\s+)?little\s+to\b/i;
/** "the PTI had not complied with its directions": orders said to be disobeyed. */
const DISOBEYED = /\b(?:had|has|have)\s+not\s+complied\s+with\b|\bfail(?:ed|s)?\s+to\s+comply\s+with\b/i;
const DISREGARD = /\bno\s+(?:action|steps|response|progress)\s+(?:was\s+taken\s+|had\s+been\s+taken\s+)?on\s+(?:[\w'-]+\s+){0,3}concerns\b|\bno\s+action\s+(?:has|had|was)\s+(?:been\s+)?taken\s+against\b|\bwithout\s+(?:considering|consulting|regard\s+(?:for|to)|taking\s+into\s+account|(?:any\s+)?(?:consideration|consultation)\s+(?:for|of|with))\b/i;
/** "Both American nationals violated the country's law", "accuses US of violating the Doha Agreement". */
const VIOLATION = /\bviolat(?:ed|es|ing)\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}(?:laws?|agreement|accord|airspace|sovereignty|territory|ceasefire|commitments?|obligations?|border)\b/i;
/** "Weapons are being brought into this area from Afghanistan": arms reaching a conflict from somewhere named. */
const ARMS_FLOW = /\b(?:[Ww]eapons|[Aa]rms|[Aa]mmunition|[Ee]xplosives)\s+(?:are|were|is|was|have\s+been|had\s+been)\s+(?:being\s+)?(?:brought|smuggled|supplied|sent|transported|trafficked|moved)\b[^.;]{0,60}?\bfrom\s+\p{Lu}/u;
/**
 * "for vested interests", "assigned to spread propaganda", "seeking to divide the country", "had ulterior objectives",
 * "an indication of ill intentions": bad faith charged.
 */
const BAD_FAITH = /\b(?:double\s+standards?|lacks?\s+(?:of\s+)?objectivity|politically\s+(?:biased|motivated))\b|\b(?:seeking|trying|attempting|working|plotting)\s+to\s+(?:divide|destabili[sz]e|sabotage|undermine|weaken|break\s+up)\b|\bus(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,3}as\s+(?:a\s+|its\s+|their\s+)?prox(?:y|ies)\b|\b(?:for|to\s+serve|to\s+advance|(?:seeking|pursuing|serving)(?:\s+only)?)\s+(?:(?:their|its|his|her|certain|some|vested|narrow|political|personal|own|selfish)\s+){1,3}(?:interests|gains?|motives|agendas?|ends|purposes)\b|\bspread(?:s|ing)?\s+propaganda\b|\bulterior\s+(?:motives?|objectives?|agendas?|designs?)\b|\bhidden\s+agendas?\b|\b(?:ill|evil|malicious|sinister|bad)\s+(?:intentions?|intent|designs)\b|\bmotivated\s+by\s+(?:an?\s+)?(?:[a-z]+\s+)?agenda\b/i;
/**
 * "could amount to gender apartheid", "a small example of the cultural genocide", "have been denied artistic freedom",
 * "the most repressive country in the world for women", "grave, systematic and institutionalised discrimination against women": abuses
 * of rights charged in the terms of international law.
 */
/**
 * "being held "unjustly" by Taliban authorities", "arbitrarily detained by the Taliban", "have kept thousands of
 * asylum seekers locked up": a detention charged as wrong.
 */
const WRONGFUL_DETENTION = /\b(?:kept|keeping|keeps|keep)\s+(?:[\w,-]+\s+){1,6}?locked\s+up\b|\b(?:held|detained|imprisoned|jailed)\s+["']?(?:unjustly|unlawfully|wrongfully|illegally|arbitrarily)\b|\b(?:unjustly|unlawfully|wrongfully|illegally|arbitrarily)\s+(?:held|detained|imprisoned|jailed)\b/i;
/** "was "the mastermind of the horrific attack"": someone named as the author of an attack. */
const MASTERMIND = /\b(?:is|was|were|are)\s+["']?(?:the\s+)?(?:alleged\s+)?(?:mastermind|architect|planner|perpetrator)s?\s+(?:of|behind)\b/i;
/**
 * Abuses charged in the terms of international law or of fair process: "amount to gender apartheid", "no freedom of
 * movement", "systematic discrimination against", courts that "lack independence, transparency".
 */
const ABUSES = /\bamount(?:s|ed|ing)?\s+to\s+["']?(?:gender\s+)?(?:apartheid|persecution|genocide|war\s+crimes?|crimes?\s+against\s+humanity|ethnic\s+cleansing|collective\s+punishment)\b|\b(?:cultural|gender)\s+(?:genocide|apartheid)\b|\bmost\s+repressive\b|\bno\s+freedom\s+of\s+(?:movement|expression|speech|assembly)\b|\b(?:have|has|had)\s+been\s+denied\s+(?:their\s+|the\s+|basic\s+)?(?:[a-z]+\s+)?(?:freedom|rights?|access|education)\b|\b(?:systematic|institutionali[sz]ed|widespread|grave)\s+(?:(?:and|or|[a-z]+,)\s+)?(?:[a-z]+\s+){0,2}(?:discrimination|oppression|persecution|abuses|violations)\s+(?:against|of)\b|\black(?:s|ed|ing)?\s+(?:any\s+|basic\s+)?(?:independence|transparency|due\s+process|impartiality)\b/i;
/**
 * "has failed time and again to protect", "has already emboldened the Taliban", "is failing to rein in militants",
 * "does not seem to be taking this problem as seriously", "have not respected journalistic principles": a failure or
 * its harm charged.
 */
const FAILED_TASK = /\b(?:has|have|had)\s+(?:repeatedly\s+|consistently\s+|already\s+)?(?:failed\s+(?:time\s+and\s+again\s+|repeatedly\s+|completely\s+|utterly\s+|miserably\s+|totally\s+)?to\s+(?:protect|prevent|stop|act|deliver|address|curb|respond|control|rein|provide|ensure)|emboldened)\b|\b(?:is|are|was|were)\s+failing\s+to\s+(?:protect|prevent|stop|act|curb|control|rein)\b|\bnot\s+(?:seem\s+to\s+be\s+|appear\s+to\s+be\s+)?(?:taking|take|taken)\s+(?:[\w'’-]+\s+){0,4}?(?:as\s+)?seriously\b|\b(?:has|have|had)\s+not\s+(?:respected|observed|followed|complied\s+with|adhered\s+to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:principles|values|rules|laws|regulations|norms|standards|guidelines)\b/i;
/** "X is responsible for the deaths of ...": stating someone's guilt for harm done is an accusation. */
const CULPABLE = /\b(?:is|are|was|were|been)\s+(?:directly\s+|solely\s+|also\s+)?(?:responsible|to blame)\s+for\s+(?:the\s+|these\s+|this\s+|such\s+|many\s+|several\s+|a\s+(?:series|number|string|wave)\s+of\s+)?(?:[a-z-]+\s+){0,3}?(?:deaths?|killings?|attacks?|bombings?|blasts?|violence|massacres?|murders?|assaults?|incidents?)\b/i;
/**
 * "cannot allow X to ...", "will not tolerate ...", "could no longer tolerate the use of ...", "cannot be tolerated
 * any longer": a limit put on what others may do, i.e. a warning. "will not allow the use of our soil" stays a
 * commitment about one's own conduct (PROMISE, below); "we could not allow that" tells what was decided.
 */
const WARNING_LIMIT = /\b(?:(?:will|would|shall)\s+never\s+allow\s+(?:its|our|the\s+country's)\s+(?:sovereignty|territorial\s+integrity)|(?:can\s*not|can't)\s+(?:(?:simply|just|any\s+longer)\s+)?(?:allow|permit)\b(?!\s+(?:the\s+)?(?:use|its|our|their)\b)|(?:can\s*not|can't|could\s+not|can\s+no\s+longer|could\s+no\s+longer|will\s+not|won't|would\s+not|wouldn't|shall\s+not)\s+(?:(?:simply|just|any\s+longer)\s+)?tolerate|(?:can\s*not|can't|will\s+not|won't|would\s+not|shall\s+not)\s+be\s+tolerated)\b/i;
/** A negated evaluation of allegations ("Allegations like this do not benefit ...") judges them; it denies nothing. */
const ABOUT_SPEECH = /^\W*(?:such\s+|these\s+|those\s+|the\s+)?(?:allegations|accusations|claims|reports|statements)\b/i;
/**
 * Negated knowledge or intention ("could not confirm", "has no intention to") states the speaker's position; it denies
 * nobody's claim. So does negated surprise ("did not surprise us", "nothing unusual in the allegations").
 */
const EPISTEMIC = /\b(surpris(?:e|ed|ing)|unusual|unexpected|confirm(?:ed)?|verify|verified|know|known|aware|sure|certain|say|comment(?:ed)?|respond(?:ed)?|react(?:ed)?|talk|discuss|get into|intention|intend|plans? to|seen|witnessed|consider|regard|recogni[sz]e)\b/i;
/** "may target TTP hideouts ... if its rulers did not act", "will respond unless ...": force made conditional on others' conduct. */
/** "there would be no improvement in relations unless the TTP was dealt with": a price named for inaction. */
const NOTHING_UNLESS = /\b(?:would|will)\s+be\s+no\s+[^.;]{1,60}?\bunless\b/i;
/** "If they do not go ... then all the agencies will be utilized to deport them": the condition first. */
// "In case of lack of cooperation, all activities of that institution will be canceled": a penalty held out.
const THREAT_IF = /^\W*(?:if|unless|in\s+case\s+of|in\s+the\s+event\s+of)\b[^;]*?\b(?:will|would|shall)\b[^.;]*?\b(?:deport|expel|evict|arrest|jail|imprison|prosecute|target|strike|attack|punish|retaliate|respond|act\s+against|take\s+(?:strict\s+|stern\s+)?action|be\s+(?:canceled|cancelled|revoked|suspended|shut\s+down|closed|banned))\b/i;
const CONDITIONAL_THREAT = /\b(?:may|might|could|would|will)\s+(?:(?:also|even|then|have\s+to|be\s+forced\s+to)\s+)?(?:target|strike|attack|hit|retaliate|respond|launch|bomb|raid|pursue|go\s+after|crack\s+down|take\s+(?:military\s+|strict\s+|stern\s+)?action|act\s+against|engage\s+in\s+(?:cross-border\s+)?(?:action|strikes|operations)|(?:enter|cross\s+into|go\s+into)\s+[\w' -]{2,40}?\s+to\s+(?:kill|hunt|strike|eliminate))\b[^.;]*?\b(?:if|unless)\b/i;
/**
 * "a huge drive to repatriate", "his intention to send a delegation", "the government's pledge not to allow":
 * a course of action, once announced. "The decision to launch it was not made in haste" says something of the
 * decision instead.
 */
const ANNOUNCED_COURSE = /^\W*(?:a|an|its|their|his|her|our|the)\s+(?:[\w'-]+\s+){0,2}(?:plans?|drive|campaign|decision|programme|program|initiative|intention|intent|readiness|pledges?|commitments?|promises?|vows?)\s+(?:not\s+)?to\s+[a-z]+(?![^,;.]*?\b(?:was|is|were|are|has\s+been|had\s+been)\s+(?:not\s+)?(?:made|taken|reached|based|aimed|meant|a|an|the)\b)/i;
/**
 * "suggested that he, as the leader of the province, would personally engage in talks", "announced that the party would
 * convene an All Parties Conference": the speaker's own course, or their party's.
 */
const OWN_COURSE = /^\W*(?:that\s+)?(?:(?:he|she)\b[^.;]{0,60}?|(?:the|his|her|our|their)\s+party\s+)\b(?:would|will)\s+(?!not\b|be\b|have\b)(?:personally\s+)?[a-z]+/i;
/**
 * "unprovoked and indiscriminate firing by the Afghan forces", "Islamabad was causing hindrances and delays", "the
 * authorities are creating problems for them", "trying to create distrust between Kabul and Beijing", "without
 * justification, prevented their departure", "had worked to supply missile-applicable items", "allowed 1.4 million
 * tons sugar to be smuggled", "has ruined the mega city", "misleading Karachiites with fake promises": conduct
 * described as wrongful charges whoever did it.
 */
const WRONGDOING = /\bworsen(?:s|ed|ing)\s+the\s+(?:security\s+)?situation\b|\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:ruined|wrecked)\b|\bmislead(?:s|ing)?\s+(?:the\s+)?[\w-]+\s+(?:with|by|through)\b|\ballow(?:s|ed|ing)?\s+(?:[\w.,-]+\s+){0,6}?to\s+be\s+(?:smuggled|looted|plundered|siphoned)\b|\b(?:steal|steals|stole|stolen|looted|looting|extort(?:s|ed|ing)?|demand(?:s|ed|ing)?\s+(?:[a-z]+\s+)?(?:payoffs?|bribes?|kickbacks?|ransom)|embezzl(?:e|es|ed|ing)|divert(?:s|ed|ing)?\s+(?:aid|funds|assistance|money)|unprovoked|indiscriminate(?:ly)?|resorted\s+to|causing\s+(?:hindrances?|delays?|obstacles?|harm|trouble|chaos|unrest|instability|anarchy)|creat(?:e|es|ed|ing)\s+(?:a\s+lot\s+of\s+|many\s+|serious\s+)?(?:problems|obstacles|hurdles|difficulties|hindrances)\s+for\b|\bwithout\s+(?:any\s+)?(?:justification|legal\s+basis|due\s+process)\b|\b(?:ha(?:s|ve|d)\s+)?worked\s+(?:since\s+\d{4}\s+)?to\s+(?:supply|provide|procure|transfer|ship)\b|(?:trying|tried|attempts?|attempting|seeking|sought)\s+to\s+(?:create|sow|spread|stoke|destabili[sz]e|undermine|sabotage|malign|defame|confuse|mislead|deceive)|an\s+attempt\s+to\s+(?:create|sow|spread|stoke|destabili[sz]e|undermine|sabotage|malign|defame|confuse|mislead|deceive))\b/i;
/**
 * "Pakistani forces targeted civilian houses and killed a woman", "the soldiers fired at our forces", "the clash
 * was started by the Pakistani side", "the responsibility rests with the Pakistani government", "were controlled
 * from Afghanistan": harm or its origin laid at someone's door, without an accusing verb.
 */
const HARM_DONE = new RegExp([
  String.raw`\b(?:forces|soldiers|troops|army|military|militants|terrorists|guards|aircraft|jets|planes|drones)\s+(?:had\s+|have\s+)?(?:deliberately\s+)?(?:targeted|killed|attacked|shelled|bombed|bombarded|fired\s+(?:at|on|upon))\s+(?:[a-z-]+\s+){0,2}?(?:civilians?|civilian|houses?|homes?|women|children|villages?|mosques?|schools?|our)\b`,
  // "Pakistani forces attacked the Afghan side", "the Afghan forces opened fire": another country's forces opening hostilities.
  String.raw`\b(?:afghan|pakistani|iranian|indian|american|u\.s\.|enemy)\s+(?:border\s+|security\s+)?(?:forces|soldiers|troops|guards)\s+(?:had\s+|have\s+)?(?:attacked|shelled|bombed|opened\s+fire|fired\s+(?:at|on|upon|toward|towards|into))\b`,
  // "there was a shooting by Iranian soldiers": hostilities opened by another country's forces, as a noun.
  String.raw`\b(?:shooting|firing|shelling|attack)\s+by\s+(?:the\s+)?(?:afghan|pakistani|iranian|indian|american|enemy)\s+(?:border\s+|security\s+)?(?:forces|soldiers|troops|guards)\b`,
  // "16 security personnel were injured in firing by an unruly mob": casualties laid at the door of whoever fired.
  String.raw`\b(?:killed|martyred|injured|wounded)\s+(?:in|during)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:firing|shooting|attacks?|assault|shelling)\s+by\b`,
  String.raw`\b(?:was|were)\s+(?:started|initiated|provoked|instigated)\s+by\b`,
  // "irregular immigrants caused serious social damage in the country": harm laid at someone's door.
  String.raw`\b(?:caused|causing|cause|causes|inflicted)\s+(?:serious\s+|great\s+|huge\s+|immense\s+|irreparable\s+)?(?:social\s+|economic\s+)?(?:damage|harm|losses)\b`,
  // "The disrespect of the host country's national anthem is against diplomatic norms": conduct charged as a breach.
  String.raw`\b(?:is|was|are|were)\s+(?:clearly\s+)?against\s+(?:all\s+)?(?:diplomatic|international)\s+(?:norms|law|laws|conventions|etiquette)\b`,
  String.raw`\bresponsibility\s+(?:rests|lies)\s+(?:solely\s+|squarely\s+)?with\b`,
  String.raw`\b(?:was|were)\s+(?:controlled|directed|run|masterminded|orchestrated)\s+from\b`,
  // "Afghan soil was used for planning an attack": the use of a country's soil charged to whoever holds it.
  String.raw`\b(?:soil|territory)\s+(?:was|is|were|has\s+been|had\s+been|is\s+being|was\s+being)\s+used\s+(?:for|to|against|by)\b`,
].join("|"), "i");
/**
 * Charges stated as fact, without an accusing verb: "RAW is behind all this", "the attack was linked to
 * Afghanistan as its planning was made there", "the strikes were a violation of international law", "the
 * TTP receives financial aid from India", "the Taliban's inability to control the TTP", "Afghans have been
 * forcibly repatriated", "was orchestrating terrorist attacks", "terrorists have found refuge on Afghan soil".
 */
const CHARGED = new RegExp([
  // "ruled that military trials for civilians are unconstitutional": a deed held to break the constitution.
  String.raw`\b(?:is|are|was|were)\s+(?:also\s+)?unconstitutional\b`,
  // "trying to determine who was behind it" asks who; it charges nobody.
  String.raw`(?<!\bwho\s+)\b(?:is|are|was|were|been)\s+(?:also\s+|clearly\s+|directly\s+)?behind\s+(?:all\s+)?(?:this|these|that|it|(?:the\s+|recent\s+|last\s+week's\s+|[\w-]+'s\s+|\d+\s+|several\s+|many\s+|most\s+)(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|violence|killings?|unrest|incidents?|rampage|massacres?|shootings?|explosions?))\b`,
  // "The root cause of the tragic terrorist attack in Kerman is the activities of Daesh".
  String.raw`\b(?:root\s+)?cause\s+of\s+(?:the\s+|this\s+|these\s+)?(?:[\w-]+\s+){0,3}(?:attacks?|bombings?|blasts?|violence)\b[^.;]*?\b(?:is|was|are|were)\b`,
  String.raw`\b(?:is|are|was|were|been)\s+(?:also\s+|clearly\s+|directly\s+)?involved(?:\s*[.,;"”]|\s*$|\s+in\s+(?:the\s+|this\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|terrorism|terrorist|violence|killings?|incidents?|matters?|issues?)\b)`,
  String.raw`\b(?:attacks?|bombings?|blasts?|attackers?|bombers?)\b[^.;]*?\b(?:(?:was|were|is|are)\s+(?:also\s+)?linked\s+to|link(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?to)\b`,
  String.raw`\blinking\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?)\b[^.;]*?\bto\b`,
  String.raw`\bplanning\s+(?:was\s+(?:made|done|carried\s+out)|occurred|took\s+place|happened)\s+(?:in|there)\b`,
  // "in contravention of the provisions of the Indus Waters Treaty": a breach of a treaty charged.
  String.raw`\bin\s+(?:contravention|violation|breach)\s+of\s+(?:the\s+)?(?:provisions\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:treaty|agreement|accord|constitution|law|charter)\b`,
  String.raw`\b(?:a\s+)?(?:clear\s+|flagrant\s+|blatant\s+|gross\s+|direct\s+)?(?:violations?|breach(?:es)?)\s+of\s+(?:international\s+laws?|(?:the\s+)?U\.?N\.?\s+(?:laws?|charter|resolutions?)|(?:the\s+|its\s+|our\s+|[\w-]+'s\s+)?(?:territorial\s+)?(?:sovereignty|integrity|airspace)|the\s+(?:[\w-]+\s+)?(?:agreement|accord|ceasefire)|press\s+freedom|freedom\s+of\s+(?:the\s+press|expression|speech)|(?:[\w-]+['’]s\s+)?(?:basic\s+|fundamental\s+)?(?:human\s+)?rights)\b`,
  String.raw`\borchestrat(?:ing|es|ed)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|violence|terrorism)\b`,
  // "Separatists and terrorists exploited the platform to work against Pakistan": exploitation charged.
  String.raw`\bexploit(?:s|ed|ing)\b`,
  // "this murder-for-hire plot was allegedly orchestrated by a Pakistani national": a deed's author named.
  String.raw`\b(?:orchestrated|masterminded)\s+by\b`,
  // "We've seen Iran violate the sovereign borders of three of its neighbours".
  String.raw`\bviolat(?:e|es|ed|ing)\s+(?:the\s+|its\s+|our\s+|their\s+|[\w-]+'s\s+)?(?:sovereign\s+|territorial\s+)?(?:borders?|sovereignty|airspace|territory|integrity)\b`,
  String.raw`\b(?:receiv(?:es|ed|ing)|get(?:s|ting)?|got)\s+(?:[\w-]+\s+)?(?:aid|funding|funds|support|weapons|arms|money|backing|assistance)\s+from\b`,
  String.raw`\b(?:inability|failure|unwillingness|reluctance)\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+)?to\s+(?:control|rein\s+in|curb|stop|act\s+against|tackle|prevent|restrain)\b`,
  String.raw`\bforcibl[ey]\s+(?:repatriat|deport|expel|evict|return|displac)\w*`,
  // "Pakistan's legal system has been completely destroyed by PML-N": harm done, with its doer named.
  String.raw`\b(?:has|have|had)\s+been\s+(?:completely\s+|totally\s+|utterly\s+)?(?:destroyed|ruined|wrecked|sabotaged)\s+by\b`,
  // "the convict was being unjustly and unlawfully facilitated": favour without right charged.
  String.raw`\b(?:unjustly|unlawfully|illegally|unfairly)\s+(?:and\s+(?:unjustly|unlawfully|illegally|unfairly)\s+)?(?:facilitated|favou?red|protected|pardoned)\b`,
  // "had arbitrarily detained journalists 256 times": detention without cause charged.
  String.raw`\b(?:arbitrarily|unlawfully|illegally)\s+(?:detain|arrest|imprison|abduct)\w*`,
  // "the Taliban's policies and practises have further hindered attempts": someone's conduct blamed for obstruction.
  String.raw`\b(?:policies|practices|practises|restrictions|decisions)\b[^.;]{0,40}?\b(?:hindered|obstructed|impeded|hampered|(?:is|are|were|was)\s+harming)\b`,
  // "events do point the finger towards him": blame laid on someone.
  String.raw`\bpoint(?:s|ed|ing)?\s+(?:the\s+|a\s+)?finger\s+(?:of\s+blame\s+)?(?:at|towards?)\b`,
  // "could have had a role in what happened on May 9": a part in a bad deed laid on someone.
  String.raw`\b(?:had|have|has|played)\s+(?:had\s+)?an?\s+(?:[a-z]+\s+)?role\s+in\s+(?:what\s+happened|the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|riots?|violence|unrest|killings?|bombings?|massacres?|assassinations?))\b`,
  // "deemed it a hostile act": an act named hostile is charged to whoever did it.
  String.raw`\b(?:a|an)\s+hostile\s+(?:act|move|step)\b`,
  // "at least 218 extrajudicial murders connected to the Taliban were documented".
  String.raw`\bextra-?judicial\s+(?:killings?|murders?|executions?)\b`,
  String.raw`\bsupplied\s+with\s+(?:weapons|arms)\b`,
  // "credible evidence linking Indian agents to the killing", "carried out assassinations of terrorists".
  String.raw`\bevidence\s+(?:[a-z]+\s+){0,2}?(?:linking|connecting|tying)\b`,
  String.raw`\bcarried\s+out\s+(?:[\w-]+\s+){0,2}?(?:assassinations|targeted\s+killings|extra-?judicial\s+killings)\b`,
  // "Afghan nationals were implicated in 14 out of 24 suicide bombings", "one of the bombers was identified as an Afghan national".
  String.raw`\bimplicated\s+in\b`,
  // "which they claimed had killed civilians", "the TTP and other groups use Afghan soil against Pakistan".
  String.raw`\b(?:killed|killing|kills)\s+(?:[\w-]+\s+){0,2}civilians\b`,
  String.raw`\buse[sd]?\s+(?:afghan|pakistani|iranian|indian|its|their|the)\s+(?:soil|territory)\s+(?:against|to\s+(?:attack|launch|target|plan))\b`,
  // "we are attacked from within Afghanistan": where attacks come from, charged to whoever holds it.
  String.raw`\battacked\s+from\s+(?:within|inside|across)\b`,
  String.raw`\b(?:bombers?|attackers?|assailants?|perpetrators?)\b[^.;]*?\b(?:was|were|has\s+been|have\s+been)\s+identified\s+as\b`,
  String.raw`\bsheltered\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:leaders?|chief|commanders?|militants?|terrorists?)\b`,
  // "the terrorists ... have found refuge on Afghan soil", "militants enjoying sanctuaries inside Afghanistan".
  String.raw`\b(?:terrorists?|militants?|insurgents?|fighters)\b[^.;]*?\b(?:found|find|finds|enjoy(?:s|ed|ing)?|ha(?:ve|s|d))\s+(?:a\s+)?(?:safe\s+)?(?:refuge|havens?|sanctuar(?:y|ies)|shelter|hideouts?)\s+(?:on|in|inside)\b`,
  String.raw`\b(?:is|was|are|were)\s+against\s+(?:the\s+)?(?:principles?\s+of\s+)?good[- ]neighbou?rl(?:y|iness)\b`,
  // "Pakistan faced a major threat from the TTP", "groups are living there under the protection of the Taliban".
  String.raw`\bfac(?:e|es|ed|ing)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}threats?\s+from\b`,
  String.raw`\bunder\s+the\s+(?:[a-z]+\s+)?(?:protection|patronage)\s+of\b`,
  // "fighters of the Gul Bahadar group operate from the Afghan side of the border": where attackers are based.
  String.raw`\b(?:fighters|militants|terrorists|insurgents)\b[^.;]*?\boperat(?:e|es|ed|ing)\s+from\b`,
  // "it had documented hundreds of cases of torture", "torture is also used as a tool": abuses on record.
  String.raw`\bdocumented\s+(?:[\w,-]+\s+){0,4}?(?:cases|incidents|instances)\s+of\b`,
  String.raw`\b(?:torture|abuses|ill-treatment|(?:human\s+rights\s+)?violations)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|widely\s+|routinely\s+|systematically\s+)?(?:used|committed|carried\s+out|perpetrated|practi[sc]ed)\b`,
].join("|"), "i");
/** "our fighters carried out", "their men were behind the attack": the speaker's own side owning a deed. */
const OWN_DEED = /^\W*(?:that\s+)?(?:our|their)\s+(?:own\s+)?(?:fighters|men|mujahideen|members|forces|mujahids)\s+(?:were|was|are|is)\s+behind\b/i;
/** The start of another party's words inside the content: "the defense minister's claims that ...". */
const NESTED_SPEECH = /\b(?:claims?|allegations?|accusations?|remarks|statements?|assertions?)\s+that\b/i;
/** "such remarks will not be in the interest of anyone", "companies would not invest": a negated forecast denies nothing. */
const PREDICTION = /\b(?:will\s+not\s+be|would\s+not)\b|\b(?:won't|wouldn't)\s+be\b|\b(?:may|might)\s+not\b/gi;
/**
 * "does not have enough funds", "no further details to share", "confirmation has not yet been received", "did not like
 * two provisions", "to spare no effort", "refugees who have no residence documents": a lack, a wait, a dislike or an
 * idiom, nothing denied.
 */
const LACK = /\b(?:have|has|had)\s+no\s+(?:hope|confidence|trust|faith)\b|\b(?:who|that)\s+(?:have|has|had)\s+no\s+(?:residence\s+|valid\s+|legal\s+|identity\s+|travel\s+)?(?:documents|papers|visas?|status)\b|\b(?:have|has|had)\s+no\s+(?:further|more|additional|other|new)\s+(?:details|information|comment|updates?)\b|\bno\s+freedom\s+of\s+(?:movement|expression|speech|assembly)\b|\b(?:can\s*not|can't|could\s+not)\s+hold\s+(?:[\w'-]+\s+){1,3}?accountable\b|\bthere\s+(?:has|had|have)\s+been\s+["']?no\s+(?:meaningful\s+|direct\s+|official\s+)?(?:contact|communication|word|news|response)\b|\bnot\s+(?:take|taken|took|make|made)\s+(?:this|the|that|such\s+a)\s+(?:[a-z]+\s+)?(?:decision|step|move|choice)\s+lightly\b|\b(?:do|does|did)\s+not\s+have\s+(?:enough|sufficient|the\s+(?:funds|money|means|capacity|resources))\b|\bnot\s+yet\s+been\s+(?:received|confirmed|finali[sz]ed|decided|announced|completed|verified|approved)\b|\b(?:do|does|did)\s*(?:not|n't)\s+(?:like|agree)\b|\bspare\s+no\s+effort\b|\b(?:is|was|are|were)\s+not\s+(?:possible|feasible|a\s+solution)\b|\b(?:could|can)\s*(?:not|n't)\s+(?:get|obtain|secure)\s+(?:clearance|permission|approval)\b|\bno\s+scope\s+for\b|\b(?:due\s+to|because\s+of|for)\s+not\s+[a-z]+ing\b|\b(?:have|has|had)\s+no\s+["'‘]?(?:foothold|support|legitimacy|popularity|standing|credibility|value)\b|\b(?:is|was|are|were)\s+not\s+the\s+first\s+(?:time|incident|such|case|attack)\b/gi;
/**
 * The condition of a threat or offer: its negation ("if they did not act") says nothing of the speaker's own stance;
 * nor does an opening reason ("As there are no local recruits, ...").
 */
const CONDITION = /\b(?:if|unless)\b[^,;.]*|^\W*(?:as|since|because)\b[^,;.]*,/gi;
/**
 * "the war was against the security forces, not against any political party", "is not ordinary but rather the words
 * of ...": a contrast, not a denial.
 */
const CONTRAST = /,\s*not\s+(?:against|with|for|in|on|at|the|a|an|any)\b[^,;.]*|\bnot\s+[^,;.]{1,40}?\s+but\s+rather\b/gi;
/** What the speaker works to ensure ("trying its best to ensure that the territory is not used") is an aim, not a denial. */
const AIM = /\bensur(?:e|es|ed|ing)\b[^.;]*/gi;

/**
 * "We will ...", "it will investigate": a promise only when the clause starts so, not inside a "that" clause.
 * "it would go against its interpretation of Islam" is a consequence foreseen, not an undertaking.
 */
const SELF_WILL = /^\W*(?:(?:and|but|so)\s+)?(we|i|it|they)\s+(?:[a-z]+ly\s+)?(will|shall|would(?!\s+(?:be|have|like|need|come|not|go|mean|lead|amount)\b))\b(?!\s+not)/i;

/** The act of a neutral cue, read from its content; `base` when nothing in the content says more. */
/**
 * A quoted sentence that opens with a bare verb tells someone to act: "Speak clearly.", "Release him now.", "Do not
 * interfere", "Free Imran Khan". compromise tags the bare verb; "Free" before a name is read as an adjective.
 */
function isImperative(sentence: string): boolean {
  const text = sentence.replace(/^[\s"'“‘(]+/, "");
  // A question, or a bare verb that only leads into a statement: "Remember that ...", "Let me be clear".
  if (/\?\s*["'”’]?\s*$/.test(text) || /^(?:\p{L}+\s+that\b|let\s+(?:me|us)\b)/iu.test(text)) return false;
  if (/^(?:do\s+not|don't|don’t|never|free\s+\p{Lu})/iu.test(text)) return true;
  const first = nlp(text).terms().json()[0] as { terms: Array<{ tags: string[] }> } | undefined;
  const tags = first?.terms[0]?.tags ?? [];
  return tags.includes("Infinitive") && /^\p{Lu}/u.test(text);
}

/** "to be aware of the potential risk of sanctions": a danger held out to whoever is advised. */
const AWARE_OF_RISK = /\bbe\s+aware\s+of\s+(?:the\s+)?(?:potential\s+|possible\s+)?(?:risks?|consequences|dangers?)\b/i;

/** "that investigation be conducted", "that the matter be referred": the subjunctive of a proposal. */
const MANDATIVE = /^\W*(?:that\s+)?(?:(?!(?:may|might|could|would|will|can|should|must|shall|to|not|cannot|it|this|there)\s)[\p{L}'’-]+\s+){1,6}?be\s+[a-z]+(?:ed|en)\b/iu;

export function actFromContent(content: string, base: SpeechAct, quoted = false): SpeechAct {
  // Inside a quotation the speaker's side may speak in the third person: "The Taliban government strongly condemns ...".
  // "have been denied artistic freedom": a passive reports what was done to someone, not a statement ("have been
  // urging" is one).
  const passive = (c: Cue) => !/ing\b/i.test(c.text.split(" ")[0]!) && /\b(?:been|being)\s+$/i.test(content.slice(0, c.start));
  const lead = quoted ? findCues(content).find((c) => !c.neutral && c.form === "finite" && content.slice(0, c.start).split(/\s+/).length <= 8 && !passive(c)) : undefined;
  const first = content.split(/\s+/).slice(0, 14).join(" ");
  // "Several governments made false promises to Sikhs": promises called false are charged, not made.
  if (/\b(?:false|empty|hollow|broken)\s+(?:promises|pledges|assurances)\b/i.test(first)) return "ACCUSE";
  if (lead?.act === "DEMAND" && AWARE_OF_RISK.test(content)) return "WARN";
  if (lead) return lead.act;
  if (quoted && isImperative(content)) return "DEMAND";
  const inner = findCues(content).find((c) => !c.neutral && /\b(we|i)\s+(?:[a-z]+\s+){0,2}$/i.test(content.slice(Math.max(0, c.start - 25), c.start)));
  if (inner) return inner.act; // "..., which we completely reject."
  // "statements in recent days that were "highly regrettable"": words or deeds deplored, not a loss mourned.
  // "The UK stands with Pakistan in condemning terrorism": a condemnation joined.
  if (DEPLORED.test(content) || /\bstands?\s+(?:firmly\s+)?(?:with|by)\s+[^.;]{1,40}?\s+in\s+condemning\b/i.test(first)) return "CONDEMN";
  // "Pakistan mourns the loss of a great friend", "the Islamic World has lost a remarkable leader", "his passing as a
  // great loss": a death mourned.
  if (/\bmourns?\s+the\s+(?:loss|death|passing)\b|\b(?:has|have)\s+lost\s+an?\s+(?:[a-z]+\s+){0,2}(?:leader|friend|statesman|son|brother|figure)\b|\b(?:passing|death|demise)\b[^.;]{0,40}?\bas\s+an?\s+(?:great|huge|big|tremendous|irreparable)\s+loss\b/i.test(first)) return "EXPRESS_REGRET";
  // "he was "shocked by the news"", "it was "deeply saddened"", "Our thoughts are with the families": grief voiced.
  // "My thoughts and prayers are with the injured", "Appalled by the tragic loss of life", "left him saddened".
  if (/\b(?:we|i|he|she|it|they)\s+(?:are|am|is|was|were)\s+["']?(?:[a-z]+ )?(?:shocked|saddened|grieved|heartbroken)\b/i.test(first) || /^\W*(?:our|my)\s+(?:thoughts|prayers|hearts|sympathies)(?:\s+and\s+(?:thoughts|prayers))?\s+(?:are|go)\s+(?:out\s+)?(?:with|to)\b/i.test(content) || REGRETTABLE.test(first) || GRIEF_AT_LOSS.test(first)) return "EXPRESS_REGRET";
  // "Wish we could do something", "I wish that was a kind of solution": what cannot be, regretted.
  if (/^\W*(?:i\s+|we\s+)?wish\s+(?:we|i|they|there|that|it)\s+(?:could|were|was|had|would)\b/i.test(first)) return "EXPRESS_REGRET";
  // "We wish Allah's mercy upon those who lost their lives and convey our condolences": grief offered.
  if (/\b(?:convey|offer|extend|express)(?:s|ed|ing)?\s+(?:our|my|its|their|his|her|the)\s+(?:[a-z]+\s+){0,2}condolences\b|\bwish(?:es|ed)?\s+(?:allah|god)['’]s\s+mercy\b/i.test(content)) return "EXPRESS_REGRET";
  // "it was now "time to end terrorism"", "the time has come for the governments to ...": a course urged.
  if (/^\W*(?:that\s+)?(?:it\s+(?:is|was)\s+(?:now\s+|high\s+)?["“]?time\s+to\s+[a-z]+|the\s+time\s+has\s+come\s+(?:for|to)\b)/i.test(content)) return "DEMAND";
  const opening = content.split(/\s+/).slice(0, 22).join(" ");
  // "On a personal note, I am outraged": outrage voiced condemns.
  if (/\b(?:i|we)\s+(?:am|are)\s+(?:deeply\s+|absolutely\s+|truly\s+)?outraged\b/i.test(first)) return "CONDEMN";
  // "That's not fair.", after what the provincial government is doing: a judgement passed on it.
  if (/^\W*(?:that|this)(?:'s|\s+is|\s+was)\s+(?:simply\s+|totally\s+)?(?:not\s+fair|unfair|unjust)\b/i.test(first)) return "CONDEMN";
  // "she was disturbed by "multiple, disturbing reports"": a worry voiced about something.
  // "the government is bothered about the threat": the speaker's side worried.
  // "he's worried about what's happening to farmers": the contracted verb too.
  if (/\b(?:we|i|he|she|it|they|the\s+government)(?:\s+(?:are|am|is|was|were)|'s|'re|'m)\s+(?:deeply\s+|very\s+|greatly\s+)?(?:disturbed|troubled|alarmed|worried|bothered)\s+(?:by|about|at|over)\b/i.test(first)) return "EXPRESS_CONCERN";
  // "the arrest of organisers was "extremely concerning"": a worry voiced by what it is called.
  if (/\b(?:is|are|was|were)\s+["']?(?:extremely\s+|deeply\s+|very\s+|highly\s+|particularly\s+|most\s+)?(?:concerning|worrying|alarming|troubling|disturbing)\b/i.test(opening)) return "EXPRESS_CONCERN";
  // "As far as his status is concerned, ...": a topic set, no concern voiced.
  if (/\b(?:is|are|am|was|were)\s+["']?(?:deeply |seriously |gravely )?concerned\b(?<!\bas\s+far\s+as\s+[^,;]{1,60})|\b(?:ha(?:s|ve|d)\s+"?(?:serious |grave |deep )?concerns?\b)|\b(?:is|was|are|were)\s+(?:another\s+|an?\s+|of\s+)?(?:important\s+|serious\s+|major\s+|grave\s+|deep\s+|great\s+)?concern\b|\b(?:communicat|convey|rais|shar|register|lodg)\w*\s+(?:its|our|their|his|her|the)\s+(?:[a-z]+\s+)?concerns?\b/i.test(opening)) return "EXPRESS_CONCERN";
  // "... will have bad consequences", "could have far-reaching consequences", "will elicit an effective response": a warning.
  if (/\b(?:will|would|could|may|might|can)\s+(?:have|bring|face|entail)\s+(?:[\w-]+\s+){0,2}consequences\b|\bwill\s+(?:elicit|invite|meet|draw)\s+(?:an?\s+)?(?:\w+\s+)?response\b|\b(?:will|would)\s+not\s+go\s+(?:unanswered|unpunished|unavenged)\b/i.test(content)) return "WARN";
  // "the country would avenge the deaths", "would not hesitate to strike back if attacked": retaliation promised.
  if (/\b(?:will|would|shall)\s+(?:not\s+hesitate\s+to\s+)?(?:avenge|retaliate|strike\s+back|take\s+revenge)\b/i.test(first)) return "WARN";
  // "would resolutely oppose any violent attempts to thwart the initiative": resistance held out to whoever tries.
  if (/\b(?:will|would|shall)\s+(?:resolutely\s+|firmly\s+|strongly\s+|forcefully\s+)?(?:oppose|resist|confront|counter)\s+any\b/i.test(first)) return "WARN";
  // "anyone who rebels against the constitution will be punishable by law": a penalty held out.
  // "those who disturbed the law and order would be strictly dealt with": the same, the adverb first.
  if (/\b(?:will|would|shall)\s+be\s+(?:punishable|punished|dealt\s+with\s+(?:strictly|sternly|firmly|(?:with\s+)?(?:an\s+)?iron\s+hands?)|(?:strictly|sternly|firmly|severely)\s+dealt\s+with)\b/i.test(content)) return "WARN";
  // "We and our military are obliged to ensure their security": a duty the speaker's side takes on.
  if (/^\W*(?:that\s+)?(?:we|i)\b[^.;]{0,40}?\b(?:are|am)\s+(?:obliged|bound|duty-bound)\s+to\b/i.test(first)) return "PROMISE";
  // "authorities considered it their obligation to protect people": a duty taken on.
  if (/\b(?:consider(?:s|ed)?|see|sees|saw|regard(?:s|ed)?)\s+it\s+(?:as\s+)?(?:their|its|our|his|her|a)\s+(?:religious\s+|national\s+|moral\s+)?(?:obligation|duty|responsibility)\s+to\b/i.test(first)) return "PROMISE";
  // "their support for the Palestinian organization" (reaffirmed), "it firmly supported ...": backing given.
  if (BACKING.test(content)) return "PROMISE";
  // "the blood of the martyrs would not go in vain": an undertaking that the loss will be answered.
  if (/\b(?:will|would|shall)\s+not\s+go\s+in\s+vain\b/i.test(first)) return "PROMISE";
  // "the protection of Afghanistan's territory is a red line": a limit others cross at their peril.
  if (/\bred\s+lines?\b/i.test(content)) return "WARN";
  // "Pakistan reserved the right to respond", "unilateral actions could seriously undermine regional peace".
  if (/\breserv(?:e|es|ed|ing)\s+(?:the|its|our|their)\s+["']?right\s+to\s+(?:respond|retaliate|self-defen[cs]e|take\s+action)\b/i.test(content) || /\b(?:could|would|will|may|might|can)\s+(?:seriously\s+|further\s+|badly\s+)?(?:undermine|jeopardi[sz]e|destabili[sz]e|harm|damage|hurt|spoil)\s+(?:the\s+)?(?:regional|bilateral|peace|stability|security|relations|ties)\b/i.test(content)) return "WARN";
  // "failure to meet this deadline would compel the party to march": what a failure will bring on, foretold.
  if (/\bfailure\s+to\s+[^.;]{1,80}?\b(?:would|will|could)\s+(?:compel|force|lead|push|result)\b/i.test(content)) return "WARN";
  // "bans on female education will harm all Afghans", "will only exacerbate the situation": harm foretold.
  if (/\b(?:could|would|will|may|might|can)\s+(?:only\s+|seriously\s+|further\s+)?(?:harm|hurt|exacerbate|worsen|aggravate)\b/i.test(content)) return "WARN";
  // "production could fall further", "the Islamic Emirate could halt Pakistan's trade convoys", "faults may disrupt
  // the power supply": a loss or a stoppage foreseen as possible is a warning.
  if (/\b(?:could|may|might)\s+(?:also\s+|further\s+|even\s+|soon\s+)?(?:halt|block|close|cut|suspend|stop|shut|fall|disrupt|be\s+pushed|collapse|escalate)\b/i.test(content)) return "WARN";
  // "there may be no groundwater left in Kabul by 2030", "pollution ... threaten people's lives": a shortage or harm
  // to come, foretold.
  if (/\b(?:could|would|will|may|might)\s+(?:soon\s+)?(?:run\s+out|run\s+dry|dry\s+up)\b|\bthere\s+(?:may|might|could|will)\s+be\s+no\s+[a-z]+\s+left\b|\bthreaten\s+(?:people's\s+|the\s+)?(?:lives|livelihoods|survival)\b/i.test(content)) return "WARN";
  // "could have a 'negative impact' on bilateral relations", "hinted at potential military strikes against the TTP".
  if (/\b(?:could|would|will|may|might)\s+(?:have|leave)\s+(?:an?\s+)?["']?(?:negative|adverse|serious|grave)\s+(?:impact|effect|consequences)["']?\s+on\b|\b(?:potential|possible)\s+(?:military\s+)?(?:strikes|action|operations)\s+against\b/i.test(content)) return "WARN";
  // "would not only prolong human suffering, but also trigger a wider and more dangerous conflict": war foretold.
  if (/\b(?:could|would|will|may|might)\b[^.;]{0,80}?\b(?:trigger|spark|ignite|provoke|lead\s+to)\s+(?:an?\s+)?(?:[a-z]+\s+){0,4}?(?:conflict|war|escalation|conflagration)\b/i.test(content)) return "WARN";
  // "Pakistan should consider the consequences of such actions": a warning put as advice.
  if (/\b(?:consider|think\s+(?:of|about)|weigh|bear|face)\s+(?:the\s+)?consequences\b/i.test(first)) return "WARN";
  // "the document is "biased" and is "detached from reality"": a censure of the words, not a denial of them.
  // "CA's stance was "a little bit hypocritical"": a charge of hypocrisy.
  if (/\b(?:is|are|was|were)\s+["“]?(?:a\s+little\s+bit\s+|a\s+bit\s+|very\s+|rather\s+|quite\s+|utterly\s+)?hypocritical\b/i.test(content)) return "ACCUSE";
  // "these are completely absurd charges against him", "the FIR is lacking material evidence": charges called absurd
  // or without proof are denied, though "absurd" alone censures.
  if (UNFOUNDED_CHARGES.test(content)) return "DENY";
  // "the killings were a "betrayal of the people's trust"": a deed named a wrong.
  if (BEYOND_PALE.test(content) || CALLED_CRIME.test(content) || ONLY_HARM.test(first) || /\b(?:is|are|was|were)\s+["']?(?:biased|one-sided|full of prejudices?|detached from reality)\b/i.test(content) || /\b(?:is|are|was|were)\s+(?:an?\s+)?["']?(?:betrayal|travesty|disgrace)\b/i.test(content)) return "CONDEMN";
  // "the court's decision holds "no legal value"": a ruling or measure turned down, not a fact denied.
  if (/\b(?:has|have|had|holds?|held|carr(?:y|ies|ied))\s+["']?no\s+["']?legal\s+(?:value|validity|standing|effect|force|basis)\b/i.test(first)) return "REJECT";
  // "we want to see those investigations proceed", "I invite all people of good will to help": asked of others.
  if (/\b(?:we|i)\s+(?:want|would\s+like|wish)\s+to\s+see\b|\b(?:we|i)\s+invite\s+(?:[\p{L}'’-]+\s+){1,8}?to\s+[a-z]+/iu.test(first)) return "DEMAND";
  // "a new envoy "is unnecessary"": a plan or proposal turned down.
  if (/\b(?:is|are|was|were|would\s+be|will\s+be)\s+["']?(?:unnecessary|not\s+needed|not\s+required|redundant)\b/i.test(first)) return "REJECT";
  // "This [resolution] makes no sense": a measure turned down, not a fact denied.
  if (/\bmakes?\s+no\s+sense\b/i.test(first)) return "REJECT";
  // "there would be no peace talks with the group": a course turned down.
  if (/\b(?:would|will)\s+(?:not\s+be|be\s+no)\s+(?:any\s+)?(?:peace\s+)?(?:talks|negotiations|dialogue)\b/i.test(first)) return "REJECT";
  // "we do not accept at all", "there is no room for any objections": turning down what another did or said.
  // "Afghanistan would never recognize the Durand Line", "would no longer recognize the missions": a standing refusal.
  // "they do not want the army in the area": a presence refused. "cannot be compelled to recognise ...": the same.
  if (/\b(?:do|does|did|will|would|can|could)\s*(?:not|n't)\s+accept\b|\b(?:can\s*not|can't|could\s+not|will\s+not)\s+be\s+(?:compelled|forced|made)\s+to\s+(?:recogni[sz]e|accept|participate)\b|\b(?:do|does)\s*(?:not|n't)\s+want\s+(?:the|any|foreign|their)\b|\b(?:will|would)\s+(?:never|no\s+longer)\s+(?:recogni[sz]e|accept)\b/i.test(first) || /\b(?:no|not|n't)\b[^.;]{0,40}?\broom\s+for\s+(?:any\s+)?(?:objections?|interference|criticism)\b/i.test(content)) return "REJECT";
  // "cannot allow X to ...", "will not tolerate ...": a limit set for someone else, with consequences implied.
  if (WARNING_LIMIT.test(first) || CONDITIONAL_THREAT.test(content) || THREAT_IF.test(content) || NOTHING_UNLESS.test(content)) return "WARN";
  // "announced a huge drive to repatriate ...": a course of action made public is a commitment to it.
  if (ANNOUNCED_COURSE.test(content) || OWN_COURSE.test(content)) return "PROMISE";
  // "would not rest till ...", "will not allow ...", "will not be used against ...", "would never compromise on ...": a
  // commitment, not a denial.
  if (/\b(?:will|would|shall)\s+not\s+(?:rest|stop|relent|allow|permit|spare|give up|be\s+(?:used|allowed|permitted|tolerated))\b|\b(?:will|would|shall)\s+(?:not|never)\s+compromise\s+on\b|\b(?:will|would|shall)\s+leave\s+no\s+stone\s+unturned\b|\b(?:is|are|was|were|remain(?:s|ed)?|stays?|stayed|stands?|stood)\s+(?:fully\s+|firmly\s+|always\s+|wholly\s+|totally\s+|completely\s+|strongly\s+)?(?:(?:determined|committed|dedicated|resolved|ready|willing|prepared)\s+to|"?open\s+to\s+(?:guidance|talks|dialogue|negotiations?|cooperation))\b|^\W*\S+(?:\s+\S+){0,3}\s+(?:would|will)\s+continue\b/i.test(first)) return "PROMISE";
  // "we will not take hurried steps", "they would not leave the road until ...": one's own conduct refused ahead is an
  // undertaking, not a denial. Not where the refusal is another's, reported ("the members said they will not vote").
  if (/(?<!\b(?:said|says|stated|told\s+\w+)\s+(?:that\s+)?)\b(?:we|i|they)\s+(?:will|would|shall)\s+not\s+(?!be\b|have\b|know\b|say\b|let\b)[a-z]+/i.test(first)) return "PROMISE";
  // "Our expectation from X is that ...", "X expects Y to ...", "will fulfil its obligations": obligations put on others.
  // "most businesses should be aware of those risks": a danger pointed out, not a duty imposed.
  if (/\b(?:should|must)\s+be\s+aware\s+of\s+(?:the\s+|those\s+|these\s+|such\s+)?(?:[a-z]+\s+)?risks?\b/i.test(first)) return "WARN";
  // "The crimes committed by the occupying countries are the responsibility of the powerful countries": guilt, not duty.
  if (/\b(?:crimes?|attacks?|killings?|deaths?|atrocities|abuses)\b[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:the\s+)?responsibility\s+of\b/i.test(opening)) return "ACCUSE";
  if (NOUN_DEMAND.test(opening)) return "DEMAND";
  // "Instructions have been issued to the medical superintendent to ...", "All staff are instructed to ...": orders
  // given.
  if (/\binstructions?\s+(?:have|has|had)\s+been\s+(?:issued|given)\s+to\b|\b(?:is|are|was|were|have\s+been|has\s+been)\s+(?:instructed|directed|ordered)\s+to\b/i.test(first)) return "DEMAND";
  // "suggested that investigation be conducted against ...": a course asked for in the subjunctive (no modal before
  // "be").
  if (MANDATIVE.test(content)) return "DEMAND";
  // "But please also remember that there are many more in custody": a plea to the hearer.
  if (/^\W*(?:(?:but|and|so)\s+)?please\b/i.test(content)) return "DEMAND";
  // "I wish all the people of our country to spare no effort": a wish that others act is asked of them.
  if (/^\W*(?:i|we)\s+(?:wish|want)\s+(?:[\p{L}'’-]+\s+){1,8}?to\s+[a-z]+/iu.test(content)) return "DEMAND";
  // "it would be better if regional countries united to combat this group": a course urged on others.
  if (/^\W*(?:that\s+)?it\s+(?:would|will)\s+be\s+(?:better|best|wise)\s+(?:if|for)\b/i.test(content)) return "DEMAND";
  // "Those who are trying to spread anarchy must remember that we will not let it happen": a warning put as advice.
  if (/\b(?:must|should)\s+(?:remember|know|understand|reali[sz]e|bear\s+in\s+mind)\s+that\b/i.test(first)) return "WARN";
  // "One thing we must accept is that ...": a concession, not a demand.
  // "It should be remembered that ...": a frame for what follows, not something asked of anyone.
  // "as seriously as it should", "standing up where we think we should": a measure of what is done, not a duty.
  if (MODAL_DEMAND.test(first.replace(/\b(?:as|where|how)\s+(?:(?:we|they|i|you|he|she)\s+(?:think|believe|feel)\s+)?(?:it|they|he|she|we|you|i)\s+(?:should|must)\b/gi, "")) && !/\bnot (?:have|has) (?:the )?responsibility\b|\bmust\s+(?:accept|admit|acknowledge|recogni[sz]e|note|say)\b|\b(?:should|must)\s+be\s+(?:remembered|noted|recalled|mentioned|understood)\b/i.test(first) && !OWN_NEED_TO_KNOW.test(first)) return "DEMAND";
  // "people were brainwashed through false propaganda": falsehood charged as someone's means, not a claim denied.
  // "has been making false accusations against state institutions": lies told of others, charged to the teller.
  if (/\b(?:through|by|with|using|via|spreading)\s+(?:false|fake|baseless|fabricated)\s+(?:propaganda|news|narratives?|claims|information)\b|\b(?:making|made|makes|levell?ing|levell?ed|hurling|hurled)\s+(?:false|fake|baseless|fabricated|unfounded)\s+(?:accusations|allegations|charges|claims)\b/i.test(content)) return "ACCUSE";
  // "This claim that there are 6,000 fighters here is false": calling a claim false denies it.
  if (FALSE_CLAIM.test(content) || BASELESS_WORDS.test(content) || ENDS_FALSE.test(content) || FALLACY.test(first)) return "DENY";
  // "is not fulfilling its obligations": a failure charged to someone is an accusation, not a denial. Not when
  // the failure is only in someone else's words the statement answers ("in response to the claims that ...").
  // "has been "unable or unwilling" to fulfil its commitment": a failure charged.
  const ownWords = content.split(NESTED_SPEECH)[0]!;
  if (FAILING.test(ownWords) || FAILED_TASK.test(ownWords) || DISOBEYED.test(ownWords) || DID_LITTLE.test(ownWords) || DISREGARD.test(content) || /\bunable\s+or\s+unwilling\b|\bneither\s+(?:has|have|had)\s+the\s+(?:will|capacity|ability|means)\s+nor\b/i.test(content)) return "ACCUSE";
  if (NEGATION.test(first.replace(/\bnot only\b/gi, "").replace(PREDICTION, "").replace(LACK, "").replace(CONDITION, "").replace(AIM, "").replace(CONTRAST, "")) && !EPISTEMIC.test(first) && !ABOUT_SPEECH.test(content)) return "DENY";
  // "their fighters were behind the attack", said by the group itself: a claim of responsibility, no charge.
  if (OWN_DEED.test(first)) return base;
  if (BLAME.test(content) || CULPABLE.test(content) || CHARGED.test(content) || WRONGDOING.test(content) || HARM_DONE.test(content) || ARMS_GROUP.test(content) || ATTACK_AUTHORED.test(content) || FAILINGS.test(content) || INVOLVEMENT.test(content) || BAD_FAITH.test(content) || ARMS_FLOW.test(content) || VIOLATION.test(content) || ABUSES.test(content) || MASTERMIND.test(content) || WRONGFUL_DETENTION.test(content)) return "ACCUSE";
  // "... and will announce their position", split from the clause before: the same speaker's undertaking.
  if (/^\W*(?:also\s+)?will\s+(?!not\b|be\b|have\b)[a-z]+/i.test(content)) return "PROMISE";
  // "if information is shared with us, it will investigate": a promise on a condition is still a promise.
  if (SELF_WILL.test(content) || SELF_WILL.test(content.replace(/^\W*(?:that\s+)?(?:if|once|when)\b[^,]*,\s*/i, ""))) return "PROMISE";
  return base;
}

/**
 * The act of a cue that names its own act, read with its content: "assured that relations are expanding"
 * vouches for a fact; only an assurance about what will or will not be done is a promise.
 */
export function cueAct(cue: Cue, content: string): SpeechAct {
  // "ruled out talks with the TTP": turning down a course of action, where "ruled out any involvement" denies.
  if (cue.act === "DENY" && /^rul/i.test(cue.text) && /^\W*(?:any\s+)?(?:talks|negotiations|dialogue|a\s+(?:deal|ceasefire))\b/i.test(content)) return "REJECT";
  // "condemns this false and baseless propaganda": condemning words as false denies them.
  if (cue.act === "CONDEMN" && /^\W*(?:this|these|the|such|its|their)?\s*(?:[a-z]+\s+){0,2}?(?:false|baseless|fabricated|unfounded)\b/i.test(content)) return "DENY";
  // "condemns a report by the UNODC": a report condemned is turned down, not a deed censured.
  if (/^condemn/i.test(cue.text) && /^\W*(?:a|an|the|this|its|their)\s+(?:[a-z-]+\s+)?reports?\b/i.test(content)) return "REJECT";
  // "lamented that three civilians were killed": deaths bemoaned are mourned; "lamented that the terrorists have
  // found refuge on Afghan soil": a wrong bemoaned is charged.
  // "regretted that ... no action had been taken against the culprits": the same for a regret.
  if (/^(?:lament|regret|bemoan)/i.test(cue.text)) {
    if (/\b(?:killed|died|dead|lost\s+their\s+lives|martyred)\b/i.test(content)) return "EXPRESS_REGRET";
    if (actFromContent(content, cue.act) === "ACCUSE") return "ACCUSE";
  }
  // "We advise anyone considering business deals with Iran to be aware of the potential risk of sanctions": advice
  // that holds out a danger warns.
  if (cue.act === "DEMAND" && AWARE_OF_RISK.test(content)) return "WARN";
  // "vowing retaliation", "vowed revenge": a threat, not an undertaking to anyone.
  if (cue.act === "PROMISE" && /^vow/i.test(cue.text) && /^\W*(?:to\s+)?(?:retaliat|reveng|aveng|harsh\s+retaliation|a\s+(?:strong|harsh|crushing)\s+response)/i.test(content)) return "WARN";
  // "assured all-out support to Pakistan", "assured Pakistan of cooperation": help offered is promised.
  const offered = /^\W*(?:[\p{L}'-]+\s+){0,4}?(?:of\s+)?(?:(?:its|his|her|their|full|all[- ]out|complete|every|continued|continuous|unwavering|maximum|possible)\s+)*(?:support|cooperation|help|assistance|backing|commitment|efforts)\b/iu.test(content);
  // "reassured neighbouring countries regarding the river's path": a worry answered is an undertaking too.
  const answered = /^\W*(?:[\p{L}'-]+\s+){1,3}(?:regarding|about|concerning|over)\b/iu.test(content);
  // "assured to take strong actions against ...": an undertaking in the infinitive; "assured APTMA of facilitating the
  // textile industry": one in the gerund.
  const undertaken = /^\W*to\s+[a-z]+/i.test(content) || /^\W*(?:[\p{L}'-]+\s+){1,4}?of\s+[a-z]+ing\b/iu.test(content);
  if (cue.act === "PROMISE" && /^(?:re)?assur/i.test(cue.text) && !offered && !answered && !undertaken && !/\b(?:will|would|shall|won't|wouldn't|allow|continue|ensure|committed|never)\b/i.test(content)) return "ASSERT";
  return cue.act;
}

/** Nouns that report a statement inside another ("the Taliban's statements that ..."). */
export const STATEMENT_NOUNS: Readonly<Record<string, SpeechAct>> = {
  statement: "ASSERT", statements: "ASSERT", claim: "ASSERT", claims: "ASSERT", assertion: "ASSERT",
  assertions: "ASSERT", remarks: "ASSERT", denial: "DENY", denials: "DENY", assurance: "PROMISE",
  assurances: "PROMISE", promise: "PROMISE", promises: "PROMISE", pledge: "PROMISE", allegation: "ACCUSE",
  allegations: "ACCUSE", accusation: "ACCUSE", accusations: "ACCUSE",
};

export const HEDGE_WORDS = /\b(allegedly|reportedly|purportedly|supposedly|alleged|what (?:it|he|she|they) calls?)\b/i;
