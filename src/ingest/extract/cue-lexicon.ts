// The reporting-verb lexicon: which words and phrases report a statement, and what the statement does.
// Organised by speech act; each entry lists the inflections it accepts. Neutral cues ("said", "pointed
// out", "hoped") take their act from the content (speech-acts.ts). Matched on folded text (ASCII quotes).
import type { SpeechAct } from "../format/enums.js";

/** One optional modifier word: "expressed deep concern". */
const W = String.raw`(?:[a-z]+ )?`;
/** A possessive before a noun cue: "reaffirmed Pakistan's commitment", "its demands", "his government's resolve". */
const POSS = String.raw`(?:(?:(?:his|her|its|their|our|the) [a-z-]+'s|[a-z-]+'s|its|their|his|her|our|the) )?`;
/** Verbs that put an evaluative label on someone else's words: "called the claims baseless" is a denial. */
const LABEL = String.raw`(?=(?: ["']?[\w'-]+,?){0,5}? (?:as )?["']?(?:baseless|unfounded|false|fake|fabricated|untrue|inaccurate|groundless|absurd|ridiculous|lies|propaganda|misleading|unwarranted|speculations?)\b)`;

/**
 * Labels that censure conduct or words without calling them untrue: "called Pakistan's policy unfair", "describing the
 * sanctions as "unfortunate and biased"" (the label may follow another word inside the quotation marks).
 */
const CENSURE_LABEL = String.raw`(?=(?: ["']?[\w'-]+,?){0,8}? (?:as )?["']?(?:unlawful|illegal|unfair|unjust|irresponsible|threatening|provocative|unacceptable|inappropriate|hostile|unhelpful|frivolous|biased|prejudiced|one-sided|politically motivated|full of prejudice|full of bias|brazen|pathetic|shameful|disgraceful|disappointing)\b)`;

/**
 * Labels that condemn a deed: "called the attack a 'brutal and unacceptable act'", "labeling it a "cowardly attack"";
 * or its doers: "referred to the perpetrators of the violence as "terrorists"".
 */
const CRIME_WORDS = String.raw`(?:inhumane?|brutal|barbaric|cowardly|heinous|unacceptable|arrogant|criminal|savage|dastardly|gross violation|act of terror(?:ism)?|terrorist act|war crime|terrorists)`;
const CRIME_LABEL = String.raw`(?=(?: [\w'-]+){0,5}? as (?:an? |the )?["']?(?:[a-z]+ and )?["']?${CRIME_WORDS}\b| (?:it|this|them|the (?:attack|killing|assassination|bombing|incident)) (?:an? |the )?["']?(?:[a-z]+ and )?["']?${CRIME_WORDS}\b)`;

export const LEXICON: ReadonlyArray<[SpeechAct, string, boolean?]> = [
  ["EXPRESS_CONCERN", [
    // "expressed "deep concern over ...", "expressed "grave alarm" over": the concern may open a quotation.
    String.raw`express(?:es|ed|ing)? "?${W}"?(?:concerns?|frustration|worries|fears?|apprehensions?|unease|alarm)`,
    // "sent a letter to the World Bank expressing doubt over the competence of the Court": misgivings voiced.
    String.raw`express(?:es|ed|ing)? ${POSS}${W}(?:doubts?|misgivings|reservations)(?= (?:over|about|on|regarding)\b)`,
    String.raw`rais(?:e|es|ed|ing) ${POSS}${W}concerns?`,
    // "reiterated its serious concerns": a concern restated is still a concern, not a bare assertion.
    String.raw`(?:reiterat|reaffirm|restat|shar|convey|regist)(?:e|es|ed|ing|s|er|ers|ered|ering)? ${POSS}${W}concerns?`,
    String.raw`voic(?:e|es|ed|ing) ${POSS}${W}(?:concerns?|alarm|apprehensions?|unease)`,
    String.raw`worri(?:ed|es) (?:about|over)`,
    // "The SCBA noted with concern the leaking of the letter": a fact taken note of as a worry.
    String.raw`(?:not|observ)(?:e|es|ed|ing) with (?:great |deep |grave |serious )?concern`,
    // "announced the sanctions, citing concerns over the proliferation threat": a measure explained by a worry.
    String.raw`cit(?:ing|ed|es) ${POSS}${W}concerns?(?= (?:over|about|regarding|that)\b)`,
    // "traders have complained that trade is affected".
    String.raw`complain(?:s|ed|ing)?(?= that\b)`,
    // "called it concerning": a concern stated through a label.
    String.raw`call(?:s|ed|ing)? (?:it|this|them|the \w+) (?:deeply |very |extremely |highly )?(?:concerning|worrying|alarming|troubling|disturbing)`,
    String.raw`(?:is|are|was|were) ${W}(?:concerned|worried|alarmed)`,
    // "lamented the persistent challenge posed by drug trafficking": a trouble bemoaned is a concern voiced.
    String.raw`lament(?:s|ed|ing)?|bemoan(?:s|ed|ing)?`,
  ].join("|")],
  ["EXPRESS_REGRET", [
    String.raw`express(?:es|ed|ing)? ${W}(?:regret|sorrow|grief|condolences|sympathy|shock)`,
    // "extended his deepest condolences to the families".
    String.raw`extend(?:s|ed|ing)? ${POSS}${W}(?:condolences|sympathies)`,
    String.raw`regret(?:s|ted|ting)?`,
    // "Condoling with the bereaved families, he prayed for the departed souls": sympathy offered.
    String.raw`condol(?:e|es|ed|ing)(?= with\b)|pray(?:s|ed)(?= for\b)`,
    String.raw`mourn(?:s|ed|ing)?`,
    String.raw`(?:is|are|was|were) ${W}(?:shocked|saddened)`,
    // "called the number of deaths "shocking"": shock voiced through a label.
    String.raw`call(?:s|ed|ing)?(?= (?:it|this|them|the [\w -]{1,30}?) "?(?:shocking|tragic|heartbreaking)\b)`,
  ].join("|")],
  ["ACCUSE", [
    String.raw`accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|alleg(?:e|es|ing)`,
    // "called the ban a nefarious attempt by the government to suppress ...": a deed labelled a scheme charges its doer.
    String.raw`(?:call|term|describ|label|brand|dub)(?:s|ed|ing|led|ling|e|es|bed|bing)?(?=(?: ["']?[\w'-]+,?){0,5}? (?:as )?["']?an? (?:nefarious|sinister|malicious|deliberate|desperate|shameless|blatant) (?:attempt|bid|ploy|move|conspiracy|effort|tactic)\b)`,
    // "Islamabad has complained about cross-border terrorist attacks": a grievance aired against someone.
    String.raw`complain(?:s|ed|ing)?(?= (?:about|of|that)\b)`,
    // "alleged" is mostly an adjective ("alleged presence"); as a verb it introduces its content.
    // "alleged election rigging in a media statement": a wrong named as its object.
    String.raw`alleged(?= that\b| on\b| in an?\b|,| (?:[a-z]+ ){0,2}(?:rigging|fraud|corruption|torture|abuse|interference|harassment|negligence|mismanagement)\b)`,
    String.raw`charg(?:e|es|ed|ing)(?= [\w' -]{1,50}? with\b)`,
    // "chided Afghanistan for failing to discharge its obligations": a rebuke for something done or not done.
    String.raw`(?:chid|rebuk|reprimand)(?:e|es|ed|ing)?(?= [\w' -]{1,50}? for\b)`,
    // "have voiced grievances about mistreatment at the hands of Turkish border forces": a grievance aired.
    String.raw`(?:voic|air|rais)(?:e|es|ed|ing) ${POSS}${W}(?:grievances?|complaints?)`,
    // "mocked the Taliban for seeking relations with the United States": ridicule for a deed charges it.
    String.raw`(?:mock|ridicul|taunt)(?:e|es|ed|ing|s)?(?= [\w' -]{1,50}? for\b)`,
    String.raw`hold(?:s|ing)?(?= [\w' -]{1,50}? responsible\b)|held(?= [\w' -]{1,50}? responsible\b)`,
    // "attributed the attacks to the shortcomings of Pakistan's security apparatus": blame assigned.
    String.raw`attribut(?:e|es|ed|ing)(?= [^.]{1,80}? to\b)`,
    String.raw`slam(?:s|med|ming)?|lambast(?:s|ed|ing)?|lash(?:es|ed|ing)? out (?:at|against)`,
    String.raw`what (?:it|he|she|they) call(?:s|ed)?`,
    // "termed the "constitution of the Court ... in contravention of the provisions of the Treaty"": a breach named.
    // "called it a blatant violation of their rights" stays a condemnation, as the annotations read it.
    String.raw`(?:call|term|describ|label|brand|deem)(?:s|ed|ing|led|ling|e|es)?(?=(?: ["']?[\w'-]+["']?){1,10}? in (?:contravention|violation|breach) of\b)`,
  ].join("|")],
  ["DENY", [
    // "dismissed those accusations" denies them (as the curated seed reads it); other things dismissed are rejected.
    String.raw`dismiss(?:es|ed|ing)?(?= (?:[\w'-]+ ){0,3}(?:accusations?|allegations?|charges?|claims?)\b)`,
    // "denying the Taliban leadership access to billions", "denied them visas": withholding something says nothing.
    String.raw`den(?:y|ies|ied|ying)(?! (?:[\w'-]+ ){0,3}(?:access|entry|visas?|permission|passage|the right)\b)|refut(?:e|es|ed|ing)|rul(?:e|es|ed|ing) out|negat(?:e|es|ed|ing)`,
    String.raw`brush(?:es|ed|ing)? (?:aside|off)`,
    // "questioned UNAMA's data": doubting someone's evidence disputes what it shows.
    String.raw`question(?:s|ed|ing)?(?= (?:[\w'-]+ ){0,3}(?:data|figures|findings|numbers|statistics|accuracy|credibility|veracity|methodology)\b)`,
    // "the FO had also challenged reports of disruption of internet": reports contested are denied.
    String.raw`challeng(?:e|es|ed|ing)(?= (?:the |these |such |those )?(?:[\w-]+ )?(?:reports?|claims?|allegations?|assertions?|accounts?)\b)`,
    // "distanced the TTP from the carnage": disowning a deed is denying it.
    String.raw`distanc(?:e|es|ed|ing)(?= (?:[\w'-]+ ){0,4}from\b)`,
    String.raw`(?:call|term|describ|label|consider|regard|dubb?|brand|deem)(?:s|ed|ing|led|ling|e|es)?${LABEL}`,
  ].join("|")],
  // "dismissed the report", "dismissed the suggestion": turned down, as the annotations read it every time; so is an
  // idea "brushed away", and an insinuation someone "took exception to".
  ["REJECT", String.raw`reject(?:s|ed|ing)?|refus(?:e|es|ed|ing) to (?:accept|recogni[sz]e|acknowledge|abide by|comply with|honou?r)|dismiss(?:es|ed|ing)?|oppos(?:e|es|ed|ing)(?= (?:(?:the|any|this|such|their|its) )?(?:[a-z-]+ ){0,2}(?:ban|move|decision|plan|proposal|bill|appointment|idea|sanctions|resolution|notice|amendments?|interference|measures|restrictions)\b)|(?:express|voic|reiterat|declar)(?:e|es|ed|ing)? (?:on [A-Z][a-z]+ |again |also )?(?:its |his |her |their |our )?(?:strong |firm )?(?:opposition(?= to\b)|disapproval(?= of\b)|refusal(?= to\b))|(?:communicat|express|voic|convey)(?:e|es|ed|ing)? (?:the |its |their |his |her )?["']?(?:[a-z]+ )?rejection|counter(?:s|ed|ing)?(?= (?:[\w'-]+ ){0,5}(?:claims?|assertions?|remarks|statements?|allegations?|accusations?|narrative)\b)|turn(?:s|ed|ing)? down|t(?:ook|akes?|aking) (?:strong )?exception to|brush(?:es|ed|ing)? away|push(?:es|ed|ing)? back (?:on|against)|rebuff(?:s|ed|ing)?|rebut(?:s|ted|ting)?|declin(?:e|es|ed|ing)(?= (?:the|their|its|his|her|[a-z-]+'s) )`],
  ["CONDEMN", [
    String.raw`condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)`,
    // "issued a stern condemnation of the resolution": a condemnation put out.
    String.raw`issu(?:e|es|ed|ing) an? (?:[a-z]+ )?(?:condemnation|censure|rebuke)(?= of\b)`,
    // "criticised the decision": disapproval voiced, as annotators read it, rather than a charge.
    String.raw`criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)`,
    // "came down heavily on the Congress-National Conference alliance": a rebuke.
    String.raw`c(?:ame|ome|omes|oming) down (?:heavily |hard )(?:on|upon)`,
    // "took offense at the statements": words resented in public.
    String.raw`t(?:ook|ake|akes|aking) (?:strong )?offen[cs]e (?:at|to)`,
    // "in a statement on August 15 protested the Taliban's policies": a protest against what someone does.
    // Only the past tense: "protest" and "protesting" are mostly the noun and the act reported, not a statement.
    String.raw`protested(?= (?:against |the |[\w-]+'s ))`,
    String.raw`(?:voic|express)(?:e|es|ed|ing)? ${POSS}${W}(?:discontent|displeasure|dissatisfaction|disappointment|anger|outrage|dismay|indignation|condemnation)`,
    // "referred to the bombings as an 'inhuman and arrogant assault'": an attack labelled as a crime.
    String.raw`(?:referr?|call|term|describ|label|brand)(?:s|ed|ing|led|ling|e|es|red|ring)?(?: to)?${CRIME_LABEL}`,
    // "lashed the cancellation as "pathetic"": a censure voiced with the label it puts on the deed.
    String.raw`(?:call|term|describ|label|brand|lash)(?:s|ed|ing|led|ling|e|es)?${CENSURE_LABEL}`,
    // "has deemed the order ... as unlawful"; "deemed it a hostile act" charges the act instead (speech-acts.ts).
    String.raw`deem(?:s|ed|ing)?(?=(?: ["']?[\w'()-]+){0,10}? as ["']?(?:unlawful|illegal|unjust|unfair|unacceptable)\b)`,
    // "considers this action a blatant violation of freedom of speech": a deed named a violation of rights is
    // condemned; "called a violation of its airspace" charges a state (speech-acts.ts).
    String.raw`(?:call|term|describ|label|brand|deem|consider)(?:s|ed|ing|led|ling|e|es)?(?=(?: ["']?[\w'-]+){0,10}? (?:as )?["']?(?:not only )?an? (?:clear |blatant |flagrant |gross |serious )?violation of (?:[\w'-]+ ){0,3}?(?:rights?|freedoms?|speech|dignity)\b)`,
  ].join("|")],
  ["WARN", String.raw`warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|threaten(?:s|ed|ing)?`],
  ["PROMISE", [
    // "swore to apprehend the culprits" undertakes something; "swore to God that ..." asserts.
    String.raw`promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|sw(?:ore|ears?|earing)(?= to [a-z]+\b)(?! to [a-z]+ that\b)|(?:re)?assur(?:e|es|ed|ing)`,
    // "further extended his assurance that ...": an assurance given.
    String.raw`extend(?:s|ed|ing)? ${POSS}(?:[a-z]+ )?assurances?`,
    // "Pakistan and Iran have agreed to work together": a joint undertaking.
    String.raw`agree(?:s|d)?(?= to (?!the\b|a\b|an\b|this\b|that\b)[a-z]+)`,
    // "has expressed its willingness for stronger ties".
    String.raw`express(?:es|ed|ing)? ${POSS}${W}(?:willingness|readiness)`,
    // "expressed his intention to address the issue": a course the speaker means to take.
    String.raw`express(?:es|ed|ing)? ${POSS}intention(?= to\b)`,
    // "China and Pakistan extended their support to the interim government": help offered is promised.
    String.raw`extend(?:s|ed|ing)? ${POSS}${W}(?:support|cooperation|backing|assistance)(?= to\b)`,
    // "reaffirmed Pakistan's commitment to ...": a commitment restated is a promise.
    // "stressed Pakistan's commitment to ...", "affirmed its dedication to ...": a commitment stated is a promise, also
    // a government's by its long name ("the Islamic Emirate of Afghanistan's unwavering commitment to").
    String.raw`(?:reaffirm|renew|reiterat|restat|affirm|stress|emphasi[sz]|underlin|underscor|express|reassert|highlight)(?:s|ed|ing|es|e|ses|sed|sing)? (?:${POSS}|the (?:[a-z-]+ ){1,4}[a-z-]+'s )${W}(?:commitment|resolve|determination|pledge|dedication|resolution)(?= to\b)`,
  ].join("|")],
  ["DEMAND", [
    // "Prof Yunus proposed an exchange of youth programs", "proposing that the province should hold direct talks".
    String.raw`propos(?:e|es|ed|ing)(?= (?:that|to|the|an?)\b)`,
    // "Ms Siddique also wants the attorney general to "issue a public apology"": what someone wants another to do.
    String.raw`want(?:s|ed)?(?= (?:the|an?|its|their|his|her|all|both) (?:[\w'-]+,? ){0,9}?to "?[a-z]+)`,
    // "conveyed his expectation that ...", "emphasized the expectation that ...".
    String.raw`(?:convey|express|emphasi[sz]|stress|reiterat|underlin)(?:es|s|ed|ing|e)? ${POSS}expectations?`,
    // "issued an appeal for local citizens to donate blood": an appeal made public.
    String.raw`issu(?:e|es|ed|ing) an? (?:[a-z]+ )?appeal(?= (?:for|to)\b)`,
    String.raw`urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?(?! (?:made|from|(?:were|was|have been|had been|has been) (?:met|accepted|fulfilled|rejected)\b|(?:a lot of|much|more|huge|significant|considerable|great)\b|(?:[a-z]+ )?(?:payoffs?|bribes?|money|ransom|cash|kickbacks?|payments?|fees)\b))|call(?:s|ed|ing)? (?:on|upon|for)|appeal(?:s|ed|ing)? (?:to|for)|advocat(?:e|es|ed) for|(?<!\b(?:group|organi[sz]ation|movement|party|body|network|activists?) )advocating for`,
    // "asked the Afghan Taliban regime, without directly naming them, to deny ...", "asked that they be terminated".
    // "asked for the Pakistani government's explanation", "asked the World Bank for appointment of": something asked
    // of someone.
    // "has instructed its national staff to stay at home": an order is a demand.
    // "The Prime Minister directed to provide every possible treatment", "has directed the police to": an order given.
    String.raw`direct(?:s|ed)(?= (?:[\w' ,-]{1,60}? )?to (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+)|instruct(?:s|ed|ing)?(?= [\w' ,\[\]-]{1,60}? to )|request(?:s|ed|ing)?(?= [\w' ,\[\]-]{1,80}? to | that\b)|ask(?:s|ed|ing)?(?= [\w' ,\[\]-]{1,80}? to | that\b|(?: [\w'-]+){0,4}? for (?:[\w'-]+ ){0,4}(?:explanation|clarification|action|help|assistance|cooperation|support|appointment|release|extradition|investigation|access)\b)|press(?:es|ed|ing)?(?= [\w' \[\]-]{1,60}? to )|expect(?:s|ed|ing)?`,
    // "told Pakistan to find a solution", "advised them to investigate": a directive, not a report. "told Arab News
    // four gunmen attempted to storm ..." reports what was done; so does "told MEE that the decision to exclude him".
    String.raw`t(?:ell|ells|old|elling)(?= (?:the |its |their )?[\w'-]+(?: (?![a-z]+ed\b|that\b)[\w'-]+){0,6} (?:not )?to (?!(?:the|a|an|reporters|journalists|media|parliament)\b)[a-z]+)|advis(?:e|es|ed|ing)`,
    // "reiterating Islamabad's call for ...": a demand restated.
    String.raw`(?:reiterat|renew|repeat)(?:e|es|ed|ing|s)? ${POSS}(?:demands?|calls? (?:for|on|upon))|seeking`,
    // "sought Afghan help to apprehend ...", "sought assurance that ...": asking something of others.
    String.raw`s(?:ought|eeks?)(?= (?:[\w'-]+ )?(?:help|assistance|cooperation|assurances?|support|action|clarification|explanation|extradition|handover)\b)`,
  ].join("|")],
  ["ASSERT", [
    // "also congratulated the team": congratulations offered state something, as the annotations read them.
    String.raw`congratulat(?:e|es|ed|ing)`,
    // "expressed confidence that ...", "expressed satisfaction with ...": a view stated.
    String.raw`express(?:es|ed|ing)? (?:the |his |her |their |its )?(?:confidence|optimism|satisfaction|hope)(?= that\b| in\b| over\b| with\b| for\b)`,
    // "defended the ban, telling a news conference Wednesday that ...": "telling" only before what was told.
    // "Russia added the Taliban to its list of terrorist organizations": a listing, not a remark.
    String.raw`sa(?:y|ys|id|ying)|stat(?:e|es|ed|ing)|add(?:s|ed|ing)?(?! (?:[\w'-]+ ){1,4}to (?:its|the|their|a) (?:[\w-]+ )?(?:list|lists|register|roster|blacklist)\b)|t(?:ell|ells|old)|telling(?= (?:[\w'-]+ ){1,6}that\b)|claim(?:s|ed|ing)?|assert(?:s|ed|ing)?`,
    // "took responsibility for the operation", "a hospital source cited a higher toll": a claim made, a figure given.
    String.raw`t(?:ook|akes|aking) responsibility(?= for\b)|cit(?:e|es|ed)(?= (?:an? |the )?(?:[a-z]+ ){0,2}(?:toll|figure|number)\b)`,
    // "“The resolution is a drone attack on this house,” he exclaimed": an exclamation says what it says.
    String.raw`exclaim(?:s|ed)`,
    // "Karima Azam, a women's rights activist, countered, "Sir! ..."": a retort introducing its words; "Rehman
    // responded, "The PTA has no role ..."", "replied that": an answer too.
    String.raw`(?:counter|retort)(?:s|ed)(?=[,:] ")|(?:respond(?:s|ed)|repl(?:ies|ied))(?=[,:]| that\b)`,
    // "commented, “The people had the right ...”": a comment introducing its words.
    String.raw`comment(?:s|ed)?(?= that\b|:|,)|insist(?:s|ed|ing)?|maintain(?:s|ed|ing)?(?= that\b|:|,)|confirm(?:s|ed|ing)?|not(?:es|ed|ing)|stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)`,
    // "deeming them an attempt to confuse public opinion": a judgement whose act its content says.
    String.raw`deem(?:s|ed|ing)?(?= (?:it|them|this|these|the\b))`,
    String.raw`(?:re)?affirm(?:s|ed|ing)?|clarif(?:y|ies|ied|ying)|endors(?:e|es|ed|ing)|contend(?:s|ed|ing)?|posit(?:s|ed|ing)?(?= that\b)|assess(?:es|ed|ing)?(?= that\b)`,
    String.raw`reiterat(?:e|es|ed|ing)|explain(?:s|ed|ing)?|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|ma(?:de|ke|kes|king) clear`,
    String.raw`point(?:s|ed|ing)? out|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|highlight(?:s|ed|ing)?|(?<!\b(?:being|been|be|is|are|was|were) )observ(?:e|es|ed|ing)(?! (?:a|the|its|their) (?:[\w-]+ )?(?:strike|shutdown|holiday|fast|day|minute|ceasefire|protest)\b)|recall(?:s|ed|ing)?`,
    // "has hinted at potential strikes": a hint is said, hedged.
    String.raw`hint(?:s|ed|ing)?(?= at\b| that\b)|reveal(?:s|ed|ing)?|disclos(?:e|es|ed|ing)(?= that\b| on\b)|express(?:es|ed|ing)?(?= that\b)|hop(?:e|es|ed|ing)(?= that\b| the\b| our\b| [a-z]+ (?:will|would)\b)`,
    // "Locals reported hearing artillery fire": what someone reports hearing or seeing is their account; "reported the
    // arrest of six men", an arrest or death they make known.
    String.raw`mention(?:s|ed|ing)?(?= that\b)|report(?:ed|ing)?(?= (?:hearing|seeing)\b| that\b| (?:\(?(?:today|yesterday|on|this|last|week|month|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,4})\)?,? ){1,6}that\b| an? (?:[a-z]+ ){0,2}(?:increase|rise|surge|spike|decline|drop|toll)\b| the (?:arrest|capture|detention|killing|deaths?|seizure|recovery|release) of\b)|suggest(?:s|ed|ing)?(?= that\b| the\b| an?\b)`,
    // "likened the regime's actions to "cultural genocide"": what a deed is likened to says what the statement does.
    // "the report shows that ...": what a source shows is stated; "local media show dozens of people at the site",
    // "Mujahid's office showed the four men", without "that", only say what pictures or people let one see.
    String.raw`liken(?:s|ed|ing)?(?= [\w'’;, -]{1,60}? to\b)|lash(?:ed|es)|show(?:s|ed)?(?=(?: [a-z]+){0,3} that\b)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)`,
    // "tweeted on Saturday that ...", "he posted", "He wrote: ...": statements posted or written take their act from
    // the content. "Posts" is mostly a noun ("military posts, ...").
    // "The message reads: “...”": a document's words given as it has them.
    // '"...," UNAMA tweeted in response': a post answering another.
    String.raw`(?:tweet(?:s|ed|ing)?|post(?:ed|ing))(?= that\b| on\b|:|,|\.| in (?:response|reply)\b)|wr(?:ote|ites|iting)(?= that\b| on\b|:|,|\.)|read(?:s)?(?=: ?")`,
    // "Lavrov remarked: ...", "He elaborated, ...", "It furthered that ...".
    // "informed Al Jazeera that ...": telling someone something.
    String.raw`inform(?:s|ed)(?= (?:[\w'-]+ ){0,4}that\b)|indicat(?:e|es|ed)(?= (?:in [\w' -]{1,40} )?that\b)|remark(?:s|ed|ing)?(?= that\b|:|,|\.)|elaborat(?:e|es|ed|ing)|further(?:s|ed)(?= that\b)`,
    // "The UN sanctions team found that ...": a finding reported. "Al-Qaeda maintained safe houses" reports nothing.
    // "The Supreme Court has ruled that ...": a court's holding.
    String.raw`f(?:ound|inds?)(?= that\b)|rul(?:ed|es)(?= that\b)`,
    // "Some military analysts believe that ...": a view put forward. "The agency estimates that ...": a figure given.
    // "He predicted that the rain would persist": a forecast.
    String.raw`believ(?:e|es|ed)(?= that\b)|estimat(?:e|es|ed)(?= that\b)|predict(?:s|ed)(?= that\b)`,
    // "Fazlur Rehman has expressed his support for the strike": backing voiced.
    String.raw`express(?:es|ed|ing)? ${POSS}(?:full |strong |complete |firm )?support(?= for\b| to\b)`,
    // "with the Inspector General also verifying the development": a report confirmed.
    String.raw`verif(?:y|ies|ied|ying)(?= (?:the|that|this|these|those|reports?|claims?)\b)`,
    // "expressed pleasure at ...", "applauded China for ...", "described China as an amiable neighbour",
    // "introduced the IEA as his country's ally": praise and characterisations, whose act their content says.
    String.raw`express(?:es|ed|ing)? ${POSS}${W}(?:pleasure|satisfaction|gratitude|appreciation|optimism)`,
    String.raw`(?:applaud|prais|laud|commend|hail)(?:s|ed|ing|e|es)?(?= [\w' -]{1,60}? (?:for|as)\b)`,
    // "hailed the deal", "thanked Kristalina Georgieva ... for the approval": praise or thanks voiced.
    String.raw`hail(?:s|ed)(?= (?:the|a|an|its|his|her|their) )|thank(?:s|ed)(?= [\w' ,-]{1,60}? for\b)`,

    // "The Taliban-run Foreign Ministry welcomed Kazakhstan's decision": a view of someone's step, stated.
    // "welcomed the UN delegation" greets a guest and says nothing.
    String.raw`welcom(?:es|ed)(?= (?:[\w'()-]+ ){0,10}(?:decision|move|step|announcement|initiative|agreement|resolution|declaration|efforts?|plan|report|statement|remarks|proposal|offer|outcome|news)\b)`,
    // A participle ("..., describing it as ...") goes on with the statement before it.
    String.raw`(?:describ|introduc|characteri[sz])(?:e|es|ed)(?= [\w' -]{1,50}? as\b)`,
  ].join("|"), true],
  // "defended the detention", "defended their decision to pull out": a step justified is stated, whatever the step
  // ("its decision to boycott" undertakes nothing). "defended the ban, telling ... that": the participle says it.
  ["ASSERT", String.raw`defend(?:s|ed)(?= (?:the|its|his|her|their|our) (?:[\w-]+ ){0,3}?(?:decision|move|ban|policy|detention|arrest|step|action|stance|position)\b)(?! [^.;]{0,80}?, (?:telling|saying|arguing|adding|insisting|stressing|noting)\b)`],
];
