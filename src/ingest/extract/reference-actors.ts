// Well-known actors of the region's news that the seed gazetteer (seeds/actors.json, drawn from the seed
// article) does not hold: offices, officials, armed groups, international bodies, news outlets and every
// country (countries.ts). The extractor recognises them by these names; one enters the graph only when an
// article names it. Entries whose id or name the graph's gazetteer already has give way to the graph's actor.
import type { ActorInput } from "../format/annotation.schema.js";
import { countryStates, stateAuthorities, stateForeignMinistries, statePolice } from "./countries.js";

type Kind = ActorInput["kind"];

/** "Asif Zardari" for "Asif Ali Zardari": a three-word name is also written without its middle word. */
const withoutMiddle = (name: string, kind: Kind): string[] => {
  const words = name.split(" ");
  return kind === "PERSON" && words.length === 3 ? [`${words[0]} ${words[2]}`] : [];
};

const entry = (id: string, name: string, kind: Kind, aliases: string[], parentId?: string, description = ""): ActorInput => ({
  id,
  name,
  kind,
  aliases: [...new Set([name, ...aliases, ...withoutMiddle(name, kind)])],
  description,
  origin: "CURATED",
  ...(parentId ? { parentId } : {}),
});

const STATES: ActorInput[] = [
  entry("india", "India", "STATE", ["New Delhi"]),
  // Two-letter codes are left out of the country list (countries.ts); "the UK" is too common in the news not to know.
  entry("united-kingdom", "United Kingdom", "STATE", ["UK", "U.K.", "Britain", "Great Britain"]),
  entry("china", "China", "STATE", ["People's Republic of China", "Beijing"]),
  entry("russia", "Russia", "STATE", ["Russian Federation", "Moscow"]),
  entry("qatar", "Qatar", "STATE", []),
  entry("tajikistan", "Tajikistan", "STATE", []),
  entry("uzbekistan", "Uzbekistan", "STATE", []),
  entry("saudi-arabia", "Saudi Arabia", "STATE", []),
  entry("turkey", "Turkey", "STATE", ["Türkiye", "Turkiye"]),
  entry("israel", "Israel", "STATE", []),
];

const IRAN: ActorInput[] = [
  entry("ali-khamenei", "Ali Khamenei", "PERSON", ["Ayatollah Ali Khamenei", "Ayatollah Khamenei", "Supreme Leader Khamenei", "Khamenei"], "iran", "Supreme leader of Iran."),
];

const INDIA: ActorInput[] = [
  entry("indian-ministry-of-external-affairs", "Ministry of External Affairs", "GOVERNMENT", ["MEA", "Indian Ministry of External Affairs", "India's Ministry of External Affairs", "External Affairs Ministry", "Indian External Affairs Ministry", "India's External Affairs Ministry", "Indian Foreign Ministry", "India's Foreign Ministry"], "india", "India's foreign ministry."),
  entry("raw", "Research and Analysis Wing", "GOVERNMENT", ["RAW", "RAW India", "Research & Analysis Wing", "India's Research and Analysis Wing"], "india", "India's foreign intelligence agency."),
];

const PAKISTAN: ActorInput[] = [
  // The UK's foreign ministry by its own name, which holds commas; a bare "Foreign Office" stays Pakistan's.
  entry("uk-foreign-office", "Foreign, Commonwealth and Development Office", "GOVERNMENT", ["FCDO", "Foreign, Commonwealth & Development Office", "UK Foreign Office", "U.K. Foreign Office", "British Foreign Office", "Foreign and Commonwealth Office"], "united-kingdom"),
  entry("pakistan-foreign-office", "Foreign Office of Pakistan", "GOVERNMENT", ["Foreign Office", "FO", "Pakistan Foreign Office", "Pakistani Foreign Office", "Pakistan's Foreign Office", "Pakistan’s Foreign Office", "Ministry of Foreign Affairs of Pakistan", "Pakistan's Ministry of Foreign Affairs", "Pakistani Foreign Ministry", "Pakistan's Foreign Ministry"], "pakistan"),
  entry("pakistan-interior-ministry", "Ministry of Interior of Pakistan", "GOVERNMENT", ["Pakistan's Interior Ministry", "Pakistani Interior Ministry", "Pakistan Interior Ministry"], "pakistan"),
  entry("frontier-corps", "Frontier Corps", "SECURITY_FORCES", ["FC"], "pakistan", "Pakistan's paramilitary force in Khyber Pakhtunkhwa and Balochistan."),
  entry("fia", "Federal Investigation Agency", "GOVERNMENT", ["FIA"], "pakistan", "Pakistan's federal investigation agency."),
  // Pakistan's central government as against a province's: "the federal government", in the words of a KP official.
  entry("pakistan-federal-government", "Federal government of Pakistan", "GOVERNMENT", ["federal government", "Federal Government", "Pakistan's federal government", "Pakistani federal government"], "pakistan", "Pakistan's federal (central) government."),
  entry("nadra", "National Database and Registration Authority", "GOVERNMENT", ["NADRA"], "pakistan", "Pakistan's citizen registration authority."),
  entry("isi", "Inter-Services Intelligence", "MILITARY", ["ISI", "Inter Services Intelligence"], "pakistan-armed-forces", "Pakistan's military intelligence agency."),
  entry("ispr", "Inter-Services Public Relations", "MILITARY", ["ISPR", "Inter Services Public Relations", "military's media wing", "military media wing", "army's media wing", "media wing of the military", "media wing of the army"], "pakistan-armed-forces", "Media wing of Pakistan's armed forces."),
  entry("pakistan-national-assembly", "National Assembly of Pakistan", "GOVERNMENT", ["Pakistan's National Assembly"], "pakistan"),
  entry("counter-terrorism-department", "Counter Terrorism Department", "SECURITY_FORCES", ["Counter-Terrorism Department", "CTD"], "pakistan"),
  entry("mumtaz-zahra-baloch", "Mumtaz Zahra Baloch", "PERSON", ["Mumtaz Baloch"], "pakistan-foreign-office", "Spokesperson of Pakistan's Foreign Office."),
  entry("anwaar-ul-haq-kakar", "Anwaar-ul-Haq Kakar", "PERSON", ["Anwaarul Haq Kakar", "Anwar-ul-Haq Kakar", "Anwar ul Haq Kakar", "Anwaar ul Haq Kakar", "Anwarul Haq Kakar", "Anwaar-ul-Haq Kakkar"], "pakistan", "Caretaker prime minister of Pakistan (2023-2024)."),
  entry("shehbaz-sharif", "Shehbaz Sharif", "PERSON", ["Shahbaz Sharif"], "pakistan", "Prime minister of Pakistan."),
  entry("imran-khan", "Imran Khan", "PERSON", [], "pakistan", "Former prime minister of Pakistan; founder and chairman of the PTI."),
  entry("ishaq-dar", "Ishaq Dar", "PERSON", ["Muhammad Ishaq Dar"], "pakistan", "Foreign minister of Pakistan (from 2024)."),
  entry("khawaja-asif", "Khawaja Asif", "PERSON", ["Khawaja Muhammad Asif"], "pakistan", "Defence minister of Pakistan."),
  entry("jalil-abbas-jilani", "Jalil Abbas Jilani", "PERSON", [], "pakistan", "Caretaker foreign minister of Pakistan (2023-2024)."),
  entry("bilawal-bhutto-zardari", "Bilawal Bhutto Zardari", "PERSON", ["Bilawal Bhutto"], "pakistan", "Foreign minister of Pakistan (2022-2023)."),
  entry("asif-ali-zardari", "Asif Ali Zardari", "PERSON", [], "pakistan", "President of Pakistan (from 2024)."),
  entry("arif-alvi", "Arif Alvi", "PERSON", [], "pakistan", "President of Pakistan (2018-2024)."),
  entry("asim-munir", "Asim Munir", "PERSON", ["Syed Asim Munir", "General Asim Munir", "Gen Asim Munir"], "pakistan-armed-forces", "Chief of Army Staff of Pakistan."),
  entry("ahmed-sharif-chaudhry", "Ahmed Sharif Chaudhry", "PERSON", ["Ahmed Sharif"], "ispr", "Director general of the ISPR."),
  entry("sarfraz-bugti", "Sarfraz Bugti", "PERSON", ["Sarfraz Ahmed Bugti"], "pakistan", "Caretaker interior minister of Pakistan (2023), later chief minister of Balochistan."),
  entry("mohsin-naqvi", "Mohsin Naqvi", "PERSON", ["Syed Mohsin Raza Naqvi"], "pakistan", "Interior minister of Pakistan (from 2024)."),
  entry("rana-sanaullah-khan", "Rana Sanaullah Khan", "PERSON", ["Rana Sanaullah"], "pakistan", "Interior minister of Pakistan (2022-2023)."),
  entry("asif-durrani", "Asif Durrani", "PERSON", ["Asif Khan Durrani", "Asif Ali Khan Durrani"], "pakistan", "Pakistan's special representative for Afghanistan."),
  entry("murtaza-solangi", "Murtaza Solangi", "PERSON", [], "pakistan", "Caretaker information minister of Pakistan (2023-2024)."),
  entry("zahid-hafeez-chaudhri", "Zahid Hafeez Chaudhri", "PERSON", [], "pakistan-foreign-office", "Former spokesperson of Pakistan's Foreign Office."),
  entry("khyber-pakhtunkhwa-government", "Government of Khyber Pakhtunkhwa", "GOVERNMENT", ["Khyber Pakhtunkhwa government", "KP government", "Khyber Pakhtunkhwa provincial government"], "pakistan"),
  entry("ali-amin-gandapur", "Ali Amin Gandapur", "PERSON", ["Ali Amin Khan Gandapur"], "khyber-pakhtunkhwa-government", "Chief minister of Khyber Pakhtunkhwa (from 2024)."),
  // The other provinces' governments, as the news names them ("the Punjab government"); Pakistan's Punjab is the one
  // its news means.
  entry("punjab-government", "Government of Punjab", "GOVERNMENT", ["Punjab government", "Punjab provincial government", "Government of the Punjab"], "pakistan"),
  entry("sindh-government", "Government of Sindh", "GOVERNMENT", ["Sindh government", "Sindh provincial government"], "pakistan"),
  entry("balochistan-government", "Government of Balochistan", "GOVERNMENT", ["Balochistan government", "Balochistan provincial government"], "pakistan"),
  entry("gilgit-baltistan-government", "Government of Gilgit-Baltistan", "GOVERNMENT", ["Gilgit-Baltistan government", "GB government"], "pakistan"),
  entry("muhammad-ali-saif", "Muhammad Ali Saif", "PERSON", ["Barrister Muhammad Ali Saif", "Barrister Saif", "Mohammad Ali Saif"], "khyber-pakhtunkhwa-government", "Information adviser to the chief minister of Khyber Pakhtunkhwa (from 2024)."),
];

/** Pakistan's main political parties: their acronyms are how the news names them ("PTI", "PML-N", "JUI-F"). */
const PAKISTANI_PARTIES: ActorInput[] = [
  entry("pti", "Pakistan Tehreek-e-Insaf", "ORGANIZATION", ["PTI", "Pakistan Tehreek-i-Insaf", "Pakistan Tehrik-e-Insaf", "Pakistan Tehreek-e-Insaaf", "Tehreek-e-Insaf", "Tehreek-i-Insaf"], undefined, "Political party founded by Imran Khan."),
  entry("pml-n", "Pakistan Muslim League-Nawaz", "ORGANIZATION", ["PML-N", "PML(N)", "Pakistan Muslim League (N)", "Pakistan Muslim League (Nawaz)", "Pakistan Muslim League Nawaz"], undefined, "Political party led by the Sharif family."),
  entry("ppp", "Pakistan Peoples Party", "ORGANIZATION", ["PPP", "Pakistan People's Party", "Pakistan People’s Party", "Pakistan Peoples' Party"], undefined, "Political party led by the Bhutto-Zardari family."),
  entry("jui-f", "Jamiat Ulema-e-Islam (F)", "ORGANIZATION", ["JUI-F", "JUI(F)", "Jamiat Ulema-e-Islam-Fazl", "Jamiat Ulema-e-Islam Fazl", "Jamiat Ulema-e-Islam", "Jamiat Ulama-e-Islam", "Jamiat Ulema Islam", "Jamiat Ulema-e-Islam-F"], undefined, "Religious political party led by Maulana Fazlur Rehman."),
  entry("anp", "Awami National Party", "ORGANIZATION", ["ANP"], undefined, "Pashtun nationalist political party."),
  entry("jamaat-e-islami", "Jamaat-e-Islami", "ORGANIZATION", ["Jamaat-i-Islami", "Jamaat-e-Islami Pakistan"], undefined, "Religious political party."),
  entry("mqm-p", "Muttahida Qaumi Movement-Pakistan", "ORGANIZATION", ["MQM-P", "MQM", "Muttahida Qaumi Movement", "Muttahida Qaumi Movement Pakistan"], undefined, "Political party of Karachi's Urdu speakers."),
  entry("ptm", "Pashtun Tahafuz Movement", "ORGANIZATION", ["PTM", "Pashtun Tahaffuz Movement", "Pashtoon Tahafuz Movement", "Pashtun Protection Movement"], undefined, "Pashtun rights movement."),
  entry("baloch-yakjehti-committee", "Baloch Yakjehti Committee", "ORGANIZATION", ["BYC", "Balochistan Yakjehti Committee"], undefined, "Baloch rights movement."),
];

const AFGHANISTAN: ActorInput[] = [
  entry("afghan-ministry-of-defense", "Ministry of National Defense of Afghanistan", "GOVERNMENT", ["Ministry of National Defense", "Ministry of National Defence", "Afghan Ministry of Defense", "Afghan Ministry of Defence", "Afghan Defense Ministry", "Afghan Defence Ministry", "Taliban's defence ministry", "Taliban's defense ministry", "Taliban's Ministry of Defense", "Taliban's Ministry of Defence", "Taliban defence ministry", "Taliban defense ministry"], "afghan-taliban"),
  entry("afghan-ministry-of-interior", "Ministry of Interior Affairs of Afghanistan", "GOVERNMENT", ["Afghan Interior Ministry", "Afghan Ministry of Interior", "Taliban's interior ministry", "Taliban's Ministry of Interior", "Taliban interior ministry"], "afghan-taliban"),
  entry("al-emarah", "Al-Emarah", "MEDIA", ["Al Emarah", "Al-Emara", "Al Emara"], "afghan-taliban", "The Taliban's official website."),
  entry("afghan-ministry-of-foreign-affairs", "Ministry of Foreign Affairs of Afghanistan", "GOVERNMENT", ["Afghan Foreign Ministry", "Afghan Ministry of Foreign Affairs", "Taliban Foreign Ministry", "Taliban's foreign ministry", "Taliban's Ministry of Foreign Affairs"], "afghan-taliban"),
  entry("zabihullah-mujahid", "Zabihullah Mujahid", "PERSON", ["Zabiullah Mujahid", "Zabihullah Mujahed", "Zabiullah Mujahed"], "afghan-taliban", "Chief spokesman of the Taliban government."),
  entry("hibatullah-akhundzada", "Hibatullah Akhundzada", "PERSON", ["Haibatullah Akhundzada"], "afghan-taliban", "Supreme leader of the Taliban."),
  entry("amir-khan-muttaqi", "Amir Khan Muttaqi", "PERSON", ["Amir Khan Muttaki", "Amir Khan Mottaki"], "afghan-taliban", "Foreign minister of the Taliban government."),
  entry("sirajuddin-haqqani", "Sirajuddin Haqqani", "PERSON", [], "afghan-taliban", "Interior minister of the Taliban government."),
  entry("mohammad-yaqoob", "Mohammad Yaqoob", "PERSON", ["Mullah Mohammad Yaqoob", "Mullah Yaqoob", "Muhammad Yaqoob"], "afghan-taliban", "Defence minister of the Taliban government."),
  entry("hamdullah-fitrat", "Hamdullah Fitrat", "PERSON", [], "afghan-taliban", "Deputy spokesman of the Taliban government."),
  entry("inayatullah-khwarazmi", "Enayatullah Khawarazmi", "PERSON", ["Inayatullah Khwarazmi", "Enayatullah Khwarazmi", "Inayatullah Khawarazmi", "Enayatullah Khwarizmi", "Inayatullah Khwarizmi"], "afghan-ministry-of-defense", "Spokesman of the Taliban's defence ministry."),
  entry("abdul-mateen-qani", "Abdul Mateen Qani", "PERSON", ["Abdul Matin Qani"], "afghan-ministry-of-interior", "Spokesman of the Taliban's interior ministry."),
  entry("afghan-embassy", "Afghan Embassy in Islamabad", "GOVERNMENT", ["Afghan embassy in Islamabad", "Afghanistan embassy in Islamabad", "Afghanistan's embassy in Islamabad", "Embassy of Afghanistan in Islamabad", "Afghan Embassy Islamabad"], "afghan-taliban"),
  entry("abdul-qahar-balkhi", "Abdul Qahar Balkhi", "PERSON", [], "afghan-ministry-of-foreign-affairs", "Spokesman of the Taliban's foreign ministry."),
  entry("suhail-shaheen", "Suhail Shaheen", "PERSON", ["Sohail Shaheen"], "afghan-taliban", "Head of the Taliban's political office in Doha."),
  entry("bilal-karimi", "Bilal Karimi", "PERSON", [], "afghan-taliban", "Deputy spokesman of the Taliban government."),
  entry("sardar-ahmad-shakeeb", "Sardar Ahmad Shakeeb", "PERSON", [], "afghan-taliban", "Taliban envoy in Islamabad."),
];

const ARMED_GROUPS: ActorInput[] = [
  entry("islamic-state", "Islamic State", "ARMED_GROUP", ["ISIS", "ISIL", "Daesh", "Daish"]),
  // The group's own news agency, through which it claims its attacks.
  entry("amaq", "Amaq News Agency", "MEDIA", ["Amaq", "Amaq news agency", "A'maq"], "islamic-state", "The Islamic State's news agency."),
  entry("iskp", "Islamic State Khorasan Province", "ARMED_GROUP", ["ISKP", "IS-K", "IS-KP", "ISIS-K", "ISIS-KP", "ISIS-Khorasan", "Islamic State-Khorasan", "Islamic State Khorasan", "Islamic State – Khorasan Province", "Islamic State - Khorasan Province", "Islamic State in Khorasan Province", "Daesh-Khorasan", "Daesh Khorasan"], "islamic-state"),
  entry("al-qaeda", "Al-Qaeda", "ARMED_GROUP", ["al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida"]),
  entry("aqis", "Al-Qaeda in the Indian Subcontinent", "ARMED_GROUP", ["AQIS"], "al-qaeda"),
  entry("haqqani-network", "Haqqani Network", "ARMED_GROUP", ["Haqqani network"]),
  entry("jamaat-ul-ahrar", "Jamaat-ul-Ahrar", "ARMED_GROUP", ["Jamaatul Ahrar", "Jamat-ul-Ahrar", "JuA"]),
  entry("tehreek-e-jihad-pakistan", "Tehreek-e-Jihad Pakistan", "ARMED_GROUP", ["Tehrik-e-Jihad Pakistan", "Tehreek-i-Jihad Pakistan", "TJP"]),
  entry("hafiz-gul-bahadur-group", "Hafiz Gul Bahadur group", "ARMED_GROUP", ["Hafiz Gul Bahadur Group", "Gul Bahadur group", "Hafiz Gul Bahadar group", "Gul Bahadar group"]),
  entry("balochistan-liberation-army", "Balochistan Liberation Army", "ARMED_GROUP", ["BLA", "Baloch Liberation Army"]),
  entry("lashkar-e-jhangvi", "Lashkar-e-Jhangvi", "ARMED_GROUP", ["Lashkar-i-Jhangvi", "LeJ"]),
  entry("etim", "East Turkestan Islamic Movement", "ARMED_GROUP", ["ETIM"]),
  // The Gaza war reaches the region's news through its governments' statements on it.
  entry("hamas", "Hamas", "ARMED_GROUP", []),
  entry("hezbollah", "Hezbollah", "ARMED_GROUP", ["Hizbullah", "Hizbollah"]),
  entry("noor-wali-mehsud", "Noor Wali Mehsud", "PERSON", ["Mufti Noor Wali Mehsud", "Noor Wali"], "ttp", "Leader of the TTP."),
  entry("mohammad-khurasani", "Mohammad Khurasani", "PERSON", ["Muhammad Khurasani"], "ttp", "Spokesman of the TTP."),
];

const UNITED_STATES: ActorInput[] = [
  entry("us-department-of-defense", "United States Department of Defense", "MILITARY", ["Pentagon", "US Department of Defense", "U.S. Department of Defense", "Department of Defense", "Defense Department", "US Defense Department", "U.S. Defense Department"], "united-states"),
  entry("us-department-of-state", "United States Department of State", "GOVERNMENT", ["State Department", "US State Department", "U.S. State Department", "Department of State"], "united-states"),
  entry("white-house", "White House", "GOVERNMENT", [], "united-states"),
  // "Congress" alone is also India's National Congress; only the qualified names are the US legislature.
  entry("us-congress", "United States Congress", "GOVERNMENT", ["US Congress", "U.S. Congress"], "united-states"),
  entry("us-house-of-representatives", "United States House of Representatives", "GOVERNMENT", ["US House of Representatives", "U.S. House of Representatives", "House of Representatives", "US House", "U.S. House"], "us-congress"),
  entry("us-senate", "United States Senate", "GOVERNMENT", ["US Senate", "U.S. Senate"], "us-congress"),
  entry("us-central-command", "US Central Command", "MILITARY", ["CENTCOM", "U.S. Central Command", "Central Command"], "us-department-of-defense"),
  entry("sigar", "Special Inspector General for Afghanistan Reconstruction", "GOVERNMENT", ["SIGAR"], "united-states"),
  entry("matthew-miller", "Matthew Miller", "PERSON", [], "us-department-of-state", "Spokesperson of the US State Department (2023-2025)."),
  entry("vedant-patel", "Vedant Patel", "PERSON", [], "us-department-of-state", "Deputy spokesperson of the US State Department."),
  entry("ned-price", "Ned Price", "PERSON", [], "us-department-of-state", "Spokesperson of the US State Department (2021-2023)."),
  entry("john-kirby", "John Kirby", "PERSON", [], "white-house", "US National Security Council spokesman."),
  entry("lloyd-austin", "Lloyd Austin", "PERSON", [], "us-department-of-defense", "US Secretary of Defense (2021-2025)."),
  entry("antony-blinken", "Antony Blinken", "PERSON", [], "us-department-of-state", "US Secretary of State (2021-2025)."),
  entry("joe-biden", "Joe Biden", "PERSON", [], "united-states", "President of the United States (2021-2025)."),
  entry("thomas-west", "Thomas West", "PERSON", ["Tom West"], "us-department-of-state", "US special representative for Afghanistan."),
  entry("donald-lu", "Donald Lu", "PERSON", [], "us-department-of-state", "US Assistant Secretary of State for South and Central Asian Affairs (2021-2025)."),
  entry("donald-blome", "Donald Blome", "PERSON", [], "us-department-of-state", "US ambassador to Pakistan."),
];

const INTERNATIONAL: ActorInput[] = [
  entry("united-nations", "United Nations", "ORGANIZATION", ["UN", "U.N."]),
  entry("unsc", "United Nations Security Council", "ORGANIZATION", ["UN Security Council", "U.N. Security Council", "UNSC", "Security Council"], "united-nations"),
  entry("un-monitoring-team", "UN Analytical Support and Sanctions Monitoring Team", "ORGANIZATION", ["Analytical Support and Sanctions Monitoring Team", "UN Monitoring Team", "UN sanctions monitoring team", "UN sanctions team", "U.N. Monitoring Team", "U.N. sanctions monitoring team", "U.N. sanctions team"], "unsc"),
  entry("unama", "United Nations Assistance Mission in Afghanistan", "ORGANIZATION", ["UNAMA", "UN Assistance Mission in Afghanistan", "United Nations in Afghanistan", "UN in Afghanistan", "U.N. in Afghanistan", "UN mission in Afghanistan", "United Nations mission in Afghanistan", "United Nations' mission in Afghanistan", "United Nations' Assistance Mission in Afghanistan"], "united-nations"),
  entry("unhcr", "UNHCR", "ORGANIZATION", ["United Nations High Commissioner for Refugees", "UN refugee agency", "UN Refugee Agency", "U.N. refugee agency", "United Nations' refugee agency", "United Nations’ refugee agency"], "united-nations"),
  entry("iom", "International Organization for Migration", "ORGANIZATION", ["IOM"], "united-nations"),
  // Wire copy names these agencies by what they do as often as by name ("the UN food agency said").
  entry("wfp", "World Food Programme", "ORGANIZATION", ["WFP", "World Food Program", "UN World Food Programme", "U.N. World Food Programme", "UN food agency", "U.N. food agency"], "united-nations"),
  entry("unicef", "UNICEF", "ORGANIZATION", ["United Nations Children's Fund", "United Nations Children’s Fund", "UN Children's Fund", "UN children's agency", "U.N. children's agency", "UN Children’s Agency"], "united-nations"),
  entry("ocha", "UN Office for the Coordination of Humanitarian Affairs", "ORGANIZATION", ["OCHA", "UNOCHA", "UN OCHA", "Office for the Coordination of Humanitarian Affairs", "United Nations Office for the Coordination of Humanitarian Affairs", "U.N. Office for the Coordination of Humanitarian Affairs"], "united-nations"),
  // Wire copy on Pakistan's economy calls the IMF "the global lender".
  entry("imf", "International Monetary Fund", "ORGANIZATION", ["IMF", "global lender"]),
  entry("kristalina-georgieva", "Kristalina Georgieva", "PERSON", [], "imf", "Managing Director of the IMF."),
  entry("world-bank", "World Bank", "ORGANIZATION", []),
  entry("fifa", "FIFA", "ORGANIZATION", ["Fifa", "world football's governing body"]),
  entry("richard-bennett", "Richard Bennett", "PERSON", [], "united-nations", "UN Special Rapporteur on Human Rights in Afghanistan."),
  entry("antonio-guterres", "Antonio Guterres", "PERSON", ["António Guterres"], "united-nations", "UN Secretary-General."),
  entry("roza-otunbayeva", "Roza Otunbayeva", "PERSON", [], "unama", "Head of UNAMA."),
  entry("human-rights-watch", "Human Rights Watch", "ORGANIZATION", ["HRW"]),
  entry("amnesty-international", "Amnesty International", "ORGANIZATION", []),
  // Press-freedom groups whose statements the news quotes on every arrest of a journalist.
  entry("cpj", "Committee to Protect Journalists", "ORGANIZATION", ["CPJ"]),
  entry("rsf", "Reporters Without Borders", "ORGANIZATION", ["RSF", "Reporters Sans Frontières", "Reporters Sans Frontieres"]),
  entry("european-union", "European Union", "ORGANIZATION", ["EU", "E.U."]),
  entry("sco", "Shanghai Cooperation Organisation", "ORGANIZATION", ["Shanghai Cooperation Organization", "SCO"]),
  // Called on, blamed and appealed to in this news as though it were one party.
  entry("international-community", "international community", "OTHER", ["International community", "world community", "global community"]),
];

const MEDIA: ActorInput[] = [
  entry("reuters", "Reuters", "MEDIA", []),
  entry("associated-press", "Associated Press", "MEDIA", ["The Associated Press", "AP"]),
  entry("afp", "Agence France-Presse", "MEDIA", ["AFP", "Agence France Presse"]),
  entry("dawn", "Dawn", "MEDIA", ["Dawn News", "DawnNews"], "pakistan"),
  entry("express-tribune", "The Express Tribune", "MEDIA", ["Express Tribune"], "pakistan"),
  entry("express-news", "Express News", "MEDIA", [], "pakistan"),
  entry("geo-news", "Geo News", "MEDIA", ["Geo TV"], "pakistan"),
  entry("the-news-international", "The News International", "MEDIA", [], "pakistan"),
  entry("ary-news", "ARY News", "MEDIA", [], "pakistan"),
  entry("samaa-tv", "Samaa TV", "MEDIA", ["SAMAA TV", "Samaa"], "pakistan"),
  entry("rfe-rl", "Radio Free Europe/Radio Liberty", "MEDIA", ["RFE/RL", "RFERL", "Radio Free Europe"]),
  entry("voice-of-america", "Voice of America", "MEDIA", ["VOA"]),
  entry("bbc", "BBC", "MEDIA", ["British Broadcasting Corporation", "BBC News"]),
  entry("al-jazeera", "Al Jazeera", "MEDIA", ["Al-Jazeera"]),
  entry("tolonews", "TOLOnews", "MEDIA", ["Tolo News", "TOLO News"]),
  entry("ariana-news", "Ariana News", "MEDIA", []),
  entry("pajhwok", "Pajhwok Afghan News", "MEDIA", ["Pajhwok"]),
  entry("khaama-press", "Khaama Press", "MEDIA", []),
  entry("amu-tv", "Amu TV", "MEDIA", []),
  entry("anadolu-agency", "Anadolu Agency", "MEDIA", ["Anadolu"]),
  entry("xinhua", "Xinhua", "MEDIA", ["Xinhua News Agency"]),
  entry("associated-press-of-pakistan", "Associated Press of Pakistan", "MEDIA", ["APP"], "pakistan"),
  entry("radio-pakistan", "Radio Pakistan", "MEDIA", [], "pakistan"),
  entry("the-guardian", "The Guardian", "MEDIA", []),
  entry("new-york-times", "The New York Times", "MEDIA", ["New York Times"]),
  entry("washington-post", "The Washington Post", "MEDIA", ["Washington Post"]),
  entry("cnn", "CNN", "MEDIA", []),
  entry("bloomberg", "Bloomberg", "MEDIA", ["Bloomberg News"]),
  entry("financial-times", "Financial Times", "MEDIA", ["The Financial Times"]),
  entry("wall-street-journal", "The Wall Street Journal", "MEDIA", ["Wall Street Journal"]),
  entry("indian-express", "The Indian Express", "MEDIA", ["Indian Express"], "india"),
  entry("the-hindu", "The Hindu", "MEDIA", [], "india"),
  entry("times-of-india", "The Times of India", "MEDIA", ["Times of India"], "india"),
  entry("press-trust-of-india", "Press Trust of India", "MEDIA", [], "india"),
  entry("asian-news-international", "Asian News International", "MEDIA", ["ANI"], "india"),
];

const LISTED: readonly ActorInput[] = [...STATES, ...INDIA, ...IRAN, ...PAKISTAN, ...PAKISTANI_PARTIES, ...AFGHANISTAN, ...ARMED_GROUPS, ...UNITED_STATES, ...INTERNATIONAL, ...MEDIA];

const STATES_OF_THE_WORLD = [...LISTED, ...countryStates(LISTED)];

export const REFERENCE_ACTORS: readonly ActorInput[] = [
  ...STATES_OF_THE_WORLD,
  ...stateAuthorities(STATES_OF_THE_WORLD),
  ...statePolice(STATES_OF_THE_WORLD),
  ...stateForeignMinistries(STATES_OF_THE_WORLD),
];
