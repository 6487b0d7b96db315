/**
 * Signs that a customer is unhappy (rules/context/upset.ts) and the apologies that answer
 * them (the `apology` check). Regular-expression sources, matched case-insensitively
 * between word boundaries; `\p{L}*` stands for Finnish inflectional endings.
 */

import type { Language } from '../../types';

/**
 * Complaints: words of disappointment or anger, reports that something is broken or has
 * not come, and repeated contact ("jo kolmas kerta"). Each weighs 2, enough on its own.
 */
export const COMPLAINT_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'pettynyt',
    'pettyneitä',
    'pettyneenä',
    'petyin',
    'petyimme',
    'pettymys',
    'pettymyks\\p{L}*',
    'tyytymät\\p{L}*',
    'en ole (?:lainkaan |yhtään |ollenkaan )?tyytyväi\\p{L}*',
    'harmitta\\p{L}*',
    'harmillista',
    'ärsyttä\\p{L}*',
    'ärsyyntyn\\p{L}*',
    'ärsyttävää',
    'suututta\\p{L}*',
    'suuttun\\p{L}*',
    'raivostutta\\p{L}*',
    'vihai\\p{L}*',
    'huono\\p{L}* (?:asiakas)?palvelu\\p{L}*',
    'surke\\p{L}*',
    'kamala\\p{L}*',
    'kauhea\\p{L}*',
    'järkyttäv\\p{L}*',
    'törkeä\\p{L}*',
    'ala-arvoi\\p{L}*',
    'naurettav\\p{L}*',
    'käsittämätön\\p{L}*',
    'ennenkuulumato\\p{L}*',
    'reklamaatio\\p{L}*',
    'reklamoi\\p{L}*',
    'valitus',
    'valituks\\p{L}*',
    'valitan',
    'valitamme',
    // Something still does not work, or has not come.
    '(?:ei|eivät|en|et) (?:enää|vieläkään|edelleenkään|taaskaan|edelleen) toimi\\p{L}*',
    'lakannut toimimasta',
    'myöhässä',
    'ei ole (?:vieläkään |vielä |edelleenkään |edelleen )?(?:tullut|saapunut|kuulunut)',
    'eivät ole (?:vieläkään |vielä |edelleenkään )?(?:tulleet|saapuneet)',
    'ei ole vieläkään',
    '(?:kukaan )?ei ole vastannut',
    'olen odottanut (?:jo )?(?:viikon|viikkoja|kuukauden|kuukausia|pitkään|kauan)',
    // Repeated contact.
    'jo (?:toinen|kolmas|neljäs|viides) kerta',
    '(?:toisen|kolmannen|neljännen|viidennen|monennen) kerran',
    '(?:toista|kolmatta|neljättä|viidettä) kertaa',
    '(?:monta|useita|usean) kert\\p{L}*',
    'useaan (?:otteeseen|kertaan)',
    'haluan rahani takaisin',
    'jo (?:useamman|monta|usean) kerran',
    'kerta toisensa jälkeen',
    'yhä uudelleen',
    'olen (?:jo )?(?:yrittänyt|soittanut|lähettänyt|kirjoittanut|ottanut yhteyttä|kysynyt|pyytänyt)(?: \\p{L}+)? (?:monta|useita|usean|kahdesti|kolmesti|moneen|useaan|jo)',
    // Waiting.
    'odot(?:an|amme|ettu|taa) (?:jo |edelleen |yhä |vieläkin |vielä )?(?:vastausta|rahoja\\p{L}*|palautusta|hyvitystä|pakettia\\p{L}*|tilausta\\p{L}*)',
    '(?:olen|olemme) odottanut (?:jo )?(?:\\p{L}+ )?(?:päivää|viikkoa|kuukautta|tuntia|viikon|kuukauden|päiviä|viikkoja)',
    '(?:on )?mennyt (?:jo )?(?:\\p{L}+ )?(?:viikkoa|kuukautta|viikko|kuukausi|päivää)',
    'ei (?:ole )?kuulu(?:nut|u) (?:yhtään )?mitään',
    'en ole saanut (?:mitään|vastausta|rahoja\\p{L}*|hyvitystä|tuotetta|pakettia\\p{L}*|tilausta\\p{L}*)',
    'ei (?:ole )?vastattu',
    'ei (?:mitään )?vastausta',
    // Money lost.
    'veloitettiin (?:kahdesti|kaksi kertaa|kahteen kertaan|väärin|liikaa|uudelleen)',
    'veloitettu (?:kahdesti|kaksi kertaa|kahteen kertaan|väärin|liikaa)',
    'laskutettu (?:kahdesti|kaksi kertaa|väärin|liikaa)',
    'maksoin (?:turhaan|kahdesti|kaksi kertaa|kahteen kertaan)',
    'rahat? (?:ovat |on )?(?:menneet|mennyt|hävinneet|kadonneet)',
    'missä (?:ovat )?(?:rahani|rahat|hyvitys)',
    // Disappointment, anger, giving up.
    'turhautu\\p{L}*',
    'turhauttav\\p{L}*',
    'kyllästyn\\p{L}*',
    'kyllästyttää',
    'nyt riittää',
    'riittää jo',
    'ei voi olla totta',
    'uskomatonta',
    'järjetön\\p{L}*',
    'järjetöntä',
    'kohtuuton\\p{L}*',
    'kohtuutonta',
    'epäreilu\\p{L}*',
    'huijau\\p{L}*',
    'huijari\\p{L}*',
    'en (?:enää|ikinä|koskaan|enää ikinä|enää koskaan) (?:suosittele|tilaa|osta|asioi)',
    'en suosittele',
    'ei enää ikinä',
    'viimeinen kerta',
    'ei ole hyväksyttävää',
    'ei hyväksyttävää',
    'epätoivoi\\p{L}*',
    'tätä menoa',
    '(?:lähetin|lähetimme|laitoin) (?:\\p{L}+ )?muistutuksen',
    'kaatu\\p{L}* (?:\\p{L}+ )?päälle',
    '(?:missään|mistään) ei (?:ole|löydy) (?:kunnon |selkeitä |mitään )?(?:ohje\\p{L}*|tieto\\p{L}*)',
    'mihin (?:tämä |se )?perustuu',
    'millä perusteella',
    '(?:jo )?(?:liian )?(?:pitkään|kauan) (?:aikaa )?(?:odot\\p{L}*|kestä\\p{L}*)',
    '(?:odot\\p{L}*|kestä\\p{L}*) (?:jo )?(?:liian )?(?:pitkään|kauan)',
    // Families that say it in any words: negative evaluation, swearing, worry and despair,
    // waiting measured in time, money kept.
    '(?:huono|surkea|kurja|karmea|hirveä|kammottava|kelvoton|onneton|säälittävä|typerä|tyhmä|älytön|järjetön|mahdoton|sekava|epäselvä)(?:a|ä|t|n|ssa|ssä|sti)?(?: (?:palvelu|asiakaspalvelu|tuote|laatu|ohje|sivusto|järjestelmä|sovellus|touhu|systeemi)\\p{L}*)',
    '(?:paska\\p{L}*|perseestä|vittu\\p{L}*|helvet\\p{L}*|saatana\\p{L}*|perkele\\p{L}*|jumalauta)',
    '(?:olen|olemme|ollaan) (?:todella |tosi |hyvin |aivan |ihan |erittäin )?(?:huolissa\\p{L}*|huolestun\\p{L}*|hädissä\\p{L}*|epätoivoi\\p{L}*|ymmälläni|ihmeissä\\p{L}*|poissa tolal\\p{L}*)',
    '(?:huolestutta|ahdista|pelotta|hermostutta|risoo|sapetta|kyrsi)\\p{L}*',
    'en (?:enää )?jaksa',
    'en tiedä mitä (?:enää )?(?:tehdä|teen)',
    '(?:ei|emme|en|eikä) (?:\\p{L}+ )?(?:apua|neuvoa|vastausta) (?:\\p{L}+ )?(?:saatu|saanut|saaneet|tullut|saa|saada)',
    '(?:ei|emme|en|eivät) (?:ole |ollut )?(?:saanut|saaneet|saatu) (?:mitään |minkäänlaista |yhtään )?(?:apua|neuvoa|vastausta)',
    '(?:jo )?(?:\\d+|kaksi|kolme|neljä|viisi|kuusi|monta|useita|usean|pari) (?:päivää|viikkoa|kuukautta|vuotta|tuntia)(?: sitten)?(?:,)? (?:ja |eikä |mutta )?(?:vieläkään|edelleen|yhä|ei)',
    'odot\\p{L}* (?:\\p{L}+ )?(?:jo |yli |lähes |melkein )?(?:\\d+|kaksi|kolme|neljä|viisi|kuusi|monta|useita|pari) (?:päivää|viikkoa|kuukautta|tuntia)',
    '(?:viikko|kuukausi|päivä)(?:kausia|tolkulla)',
    // Sarcasm.
    'kiitos tyhjästä',
    'kiitti vaan',
    'mikä vitsi',
    'hienoa palvelua(?:!|\\.\\.\\.)',
  ],
  en: [
    'disappoint(?:ed|ing|ment)',
    'unacceptable',
    'frustrat(?:ed|ing|ion)',
    'angry',
    'furious',
    'upset',
    'annoy(?:ed|ing)',
    'fed up',
    'unhappy',
    'dissatisfied',
    'not (?:at all )?(?:happy|satisfied|pleased)',
    'complain(?:t|ts|ed|ing)?',
    'terrible',
    'awful',
    'horrible',
    'appalling',
    'ridiculous',
    'outrageous',
    'disgrace(?:ful)?',
    'pathetic',
    'useless',
    '(?:poor|bad|worst|lousy) (?:customer )?service',
    'waste of (?:my )?time',
    // Something still does not work, or has not come.
    '(?:still not|no longer|stopped) work(?:s|ing|ed)?',
    "still (?:does not|doesn't|do not|don't|is not|isn't) work(?:s|ing)?",
    'never (?:arrived|came|received|got)',
    "(?:have not|haven't|has not|hasn't|still not|not yet)(?: so far| yet| still)? (?:been )?(?:received|arrived|delivered|heard)",
    '(?:sent|send|sending) (?:you |them )?(?:a |another )?reminder',
    "still (?:waiting|not|no|nothing|have not|haven't|has not|hasn't)",
    '(?:no one|nobody) (?:has )?(?:replied|responded|answered|got back)',
    // Repeated contact.
    '(?:second|third|fourth|fifth) time',
    '(?:multiple|several|many|numerous) times',
    'want my money back',
    'already (?:contacted|emailed|called|asked|told|written to|reached out to) (?:you|your|support)',
    "(?:i've|i have) (?:already )?(?:contacted|emailed|called|written|asked|reached out)(?: to)?(?: you| support| your team)? (?:\\p{L}+ )?(?:times|twice|three times|several times|already|before)",
    'over and over',
    'time and (?:time )?again',
    'again and again',
    'for the (?:second|third|fourth|umpteenth|last) time',
    // Waiting.
    'been waiting (?:for )?(?:so long|ages|forever|weeks|months|days|since)',
    'waiting (?:for )?(?:over |more than )?(?:\\d+|two|three|four|several|a few|many) (?:days|weeks|months|hours)',
    "it(?:'s| has| is) been (?:over |more than |almost |nearly )?(?:\\d+|two|three|four|several|a few|many) (?:days|weeks|months)",
    'over a (?:week|month)',
    'no (?:reply|response|answer|word) (?:yet|at all|from you|since)',
    'still nothing',
    "(?:haven't|have not|never) heard back",
    // Money lost.
    'charged (?:me )?(?:twice|double|two times|again|wrongly|incorrectly|for nothing)',
    'double[- ]charged',
    'overcharged',
    'lost (?:my |the )?money',
    "(?:haven't|have not|still haven't|never) (?:received|got|gotten) (?:my |a |the )?(?:refund|money)",
    'where is my (?:refund|money|order|package|parcel)',
    'paid (?:for nothing|twice)',
    // Disappointment, anger, giving up.
    'let down',
    'not what i (?:expected|paid for|ordered)',
    'regret (?:buying|ordering|purchasing|signing up)',
    'never again',
    'worst (?:service|experience|company|customer service|support|purchase)',
    'scam',
    'rip[- ]?off',
    'fraud',
    'sick (?:and tired )?of',
    'tired of',
    'unbelievable',
    'inexcusable',
    'unprofessional',
    'cancel my (?:account|subscription|membership)',
    '(?:switching|moving|going) to (?:a competitor|another (?:company|provider|service))',
    'wtf',
    'irritat(?:ed|ing)',
    'beyond (?:annoying|irritating|frustrating|ridiculous|a joke)',
    '(?:for|in) (?:such |so |a very |a )?long (?:time|while)',
    'for ages',
    'and (?:still|yet) no',
    'yet no',
    // Families that say it in any words: negative evaluation, swearing, worry and despair,
    // waiting measured in time, money kept.
    '(?:crap|crappy|garbage|trash|rubbish|nonsense|bullshit|bs|shit\\p{L}*|damn\\p{L}*|fuck\\p{L}*|f\\*+k\\p{L}*|hell)',
    '(?:a|such a|what a)(?: \\p{L}+)? (?:joke|mess|nightmare|disaster|shambles)',
    '(?:sucks|stupid|dumb|insane|absurd|embarrassing|shameful|joke of a)',
    "(?:i'm|i am|we're|we are|getting|so|really|very) (?:so |really |very |getting )?(?:worried|stressed|desperate|anxious|sad|mad|pissed|livid|confused and)",
    '(?:had|have had) enough',
    "(?:i(?:'m| am)|bout|about) (?:done|finished) with",
    '(?:gave|give|giving) up on',
    "(?:can't|cannot|couldn't|won't|doesn't|isn't|not) even",
    '(?:ugh|argh|smh|sigh|omg)',
    '(?::-?\\(|:\\/|😡|😠|😤|🙄|😢|😭|😞|😩|😫|🤬|🥴)',
    '(?:\\d+|two|three|four|five|six|several|many|multiple|countless|a few|a couple of) (?:days|weeks|months|hours) (?:now|later|ago and|and still|without)',
    '(?:for (?:over|more than|almost|nearly)|after(?: over| more than)?) (?:\\d+|two|three|four|five|six|several|many|multiple|a few|a couple of|a) (?:days|weeks|months|week|month)',
    'for (?:\\d+|two|three|four|five|six|several|many|multiple|a few|a couple of) (?:days|weeks|months) now',
    '(?:takes?|taking|took) (?:forever|ages|so long|too long)',
    '(?:keep|keeping|kept) my money',
    // Sarcasm.
    'thanks for nothing',
    'so much for',
    'yeah,? right',
    'oh,? great',
    'just great',
    'what a joke',
    'great job(?:, guys)?(?:!|\\.\\.\\.)',
  ],
};

/**
 * A fault or money at stake reported plainly ("Laite ei toimi", "The kettle arrived broken"): a neutral
 * report of a fault is not yet an unhappy customer, so each weighs 1, upset with a second
 * sign (again, "!!", a complaint).
 */
export const FAULT_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    '(?:ei|eivät|en|et) (?:vielä )?toimi\\p{L}*',
    'rikki',
    'rikkinäi\\p{L}*',
    'hajo(?:si|nnut|nneet|sivat)',
    'viallis\\p{L}*',
    'viallinen',
    'virhe(?:ilmoitu\\p{L}*)?',
    // Money at stake.
    '(?:rahani|rahojani|rahoistani|rahoilleni)',
  ],
  en: [
    "(?:does not|doesn't|do not|don't|did not|didn't|is not|isn't|won't|will not|can't|cannot) (?:\\p{L}+ )?work(?:s|ing|ed)?",
    'broken',
    'damaged',
    'defective',
    'faulty',
    'refus(?:es|ed|ing) to',
    // Money at stake.
    '(?:my|our) money',
  ],
};

/** The same problem again ("taas", "vieläkään", "again"). Each weighs 1. */
export const REPEAT_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'taas',
    'taaskaan',
    'jälleen',
    'vieläkään',
    'edelleenkään',
    'yhäkään',
    'uudestaan',
    'taas kerran',
    // The same again and again, said in any words.
    '(?:joka|jokainen) kerta',
    '(?:jatkuvasti|toistuvasti|kerta toisensa)',
    '(?:\\d+|kaksi|kolme|neljä|viisi|kuusi|monta|useita|lukuisia) kertaa',
  ],
  en: [
    'again',
    'yet again',
    'once again',
    'still(?! (?:works?|working|fine|good|ok|okay|valid|available|there|open|in stock|the same))',
    'keeps? happening',
    // The same again and again, said in any words.
    '(?:every|each) (?:single )?time',
    '(?:constantly|repeatedly|keeps? (?:on )?(?:crashing|failing|happening|getting|saying|asking|logging))',
    '(?:\\d+|two|three|four|five|six|several|many|multiple|countless) (?:(?:or (?:\\d+|six|seven) )?(?:tries|attempts|emails|calls|messages|times))',
  ],
};

/**
 * Words of thanks and delight: each offsets one exclamation run or capitalised word (at
 * most 2), so "Kiitos!!" and "THANK YOU SO MUCH!!" are not read as shouting; they never
 * offset a complaint. Not after a negation ("ei kiva"). "Paras", "best" are left out:
 * they close letters ("Parhain terveisin", "Best regards").
 */
export const POSITIVE_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'kiitos',
    'kiitoksia',
    'kiitollinen',
    'kiitän',
    'mahtava\\p{L}*',
    'loistava\\p{L}*',
    'upea\\p{L}*',
    'ihan[ai]\\p{L}*',
    'hieno\\p{L}*',
    'super',
    'kiva\\p{L}*',
    'erinomai\\p{L}*',
    'ilahdu\\p{L}*',
    'iloi\\p{L}*',
    'tyytyväi\\p{L}*',
    'huippu\\p{L}*',
  ],
  en: [
    'thanks?',
    'thank you',
    'great',
    'awesome',
    'amazing',
    'wonderful',
    'excellent',
    'perfect',
    'love',
    'happy',
    'glad',
    'appreciate(?:d)?',
    'fantastic',
    'brilliant',
    'lovely',
  ],
};

/** Negations that turn a positive word into a complaint-free neutral one. */
export const NEGATIONS: Record<Language, ReadonlySet<string>> = {
  fi: new Set(['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'eikä']),
  en: new Set(['not', "n't", 'never', 'no', "isn't", "wasn't", "don't", "didn't", "aren't"]),
};

/** Upper-case words that are acronyms, not shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  'ALV EU USA UK PDF USB HDMI WIFI WLAN FAQ IBAN BIC SMS GPS ASAP HTML HTTP HTTPS URL VPN PIN ID OK CEO CV DNA TV AM PM GDPR SEPA RMA SKU EAN UPS DHL FEDEX POSTNORD MATKAHUOLTO OP KELA YLE IKEA'.split(
    ' ',
  ),
);

/**
 * Apologies a reply may contain, on top of the pack's `apologyWhenUpset.apologyPhrases`.
 * "Valitettavasti" and "unfortunately" express regret, not an apology: they count only
 * with the check's `acceptRegret` option.
 */
export const APOLOGY_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'pahoittel\\p{L}*',
    'pahoitteluni',
    '(?:olen|olemme|olemmekin|olenkin) (?:todella |kovasti |erittäin |hyvin )?pahoi(?:llani|llamme)',
    'pahoi(?:llani|llamme)',
    'anteeksi\\p{L}*',
    'anteeksipyyn\\p{L}*',
    // Regret and sympathy with the customer's trouble.
    '(?:ikävä|ikävää|harmi|harmillista|valitettavaa|surullista|kurja) (?:kuulla|lukea|tietää)',
    '(?:ikävä|ikävää|harmi|harmillista|valitettavaa|kurjaa),? että',
    'harmittaa (?:meitä|meitäkin|myös meitä|minua|minuakin)',
    'ymmärrä(?:mme|n) (?:hyvin |täysin |kyllä |todella )?(?:turhautumi\\p{L}*|harmi\\p{L}*|mielipaha\\p{L}*|pettymy\\p{L}*|huol\\p{L}*|ärtymy\\p{L}*|närkästy\\p{L}*|tyytymättömyy\\p{L}*)',
    'ymmärrä(?:mme|n),? (?:hyvin |täysin )?(?:että|miten|kuinka) (?:\\p{L}+ ){0,3}(?:turhauttav\\p{L}*|ikävä\\p{L}*|harmilli\\p{L}*|hankala\\p{L}*|ärsyttäv\\p{L}*)',
    '(?:on|ollut) (?:\\p{L}+ ){0,3}(?:turhauttavaa|ikävää|harmillista|ärsyttävää|raskasta|kuormittavaa|stressaavaa)',
    '(?:on|ollut) (?:varmasti |todella |hyvin )?(?:vaikeaa|hankalaa) (?:teille|sinulle)',
    'mielipaha\\p{L}*',
    // Sympathy and regret in other words: "Kurjaa kuulla", "Sääli, että", "ikävä tilanne",
    // "kuulostaa hankalalta", "Emme halua, että asiakkaamme joutuvat …", "näin ei pitäisi
    // käydä", "ei ole sitä palvelua, jota haluamme tarjota".
    '(?:ikävää|kurjaa|harmillista|surullista|sääli|harmi)(?:ä)?,? (?:kuulla|lukea|että)',
    '(?:ikävä|kurja|harmillinen|hankala|valitettava|turhauttava|raskas) tilanne',
    'kuulostaa (?:todella |tosi |erittäin |hyvin )?(?:ikävältä|kurjalta|harmilliselta|hankalalta|turhauttavalta|raskaalta)',
    '(?:emme|en) (?:todellakaan )?halua,? että (?:asiakka\\p{L}*|sinun|teidän|kenenkään|sinä|te|joudut|joudutte)',
    '(?:näin|tällaista|tätä) ei (?:saisi|pitäisi|kuuluisi) (?:olla|käydä|tapahtua|mennä)',
    'ei (?:saisi|pitäisi|kuuluisi) (?:olla|käydä|mennä) (?:näin|noin|tällaista|tällä tavalla)',
    '(?:ei|eivät) (?:ole )?(?:sitä|sellaista) (?:palvelua|kokemusta)',
  ],
  en: [
    'apologi[sz]e[sd]?',
    'apologi[sz]ing',
    'apolog(?:y|ies)',
    'sorry',
    'regret(?:s|ted)? (?:that|the|any)',
    '(?:we|i) regret',
    // Regret and sympathy with the customer's trouble.
    '(?:i|we) (?:completely |fully |totally |really )?understand (?:your|the|how) (?:\\p{L}+ )?(?:frustrat\\p{L}*|disappoint\\p{L}*|annoy\\p{L}*|upset\\p{L}*|concern\\p{L}*|inconvenien\\p{L}*)',
    '(?:i|we) (?:can )?(?:only )?imagine how (?:frustrating|annoying|disappointing|upsetting|stressful)',
    '(?:that|this|it) (?:must|must have|has|had) (?:be|been) (?:\\p{L}+ )?(?:frustrating|annoying|disappointing|upsetting|stressful)',
    "(?:that's|that is|this is|it's) not the (?:experience|service) (?:we|you)",
    'unfortunate to hear',
    '(?:that|this|it) (?:is|sounds|was) (?:really |so |very |incredibly )?(?:frustrating|upsetting|stressful|disappointing|annoying)',
    '(?:sad|unhappy) to hear',
    // Understanding said in other words: "We appreciate your concern", "I hear you".
    '(?:we|i) (?:\\p{L}+ )?(?:understand|appreciate|hear|share|recogni[sz]e) (?:your|the|this|how) (?:\\p{L}+ )?(?:concerns?|frustrations?|disappointment|worry|worries|annoyance|inconvenience|stress)',
    "(?:we|i) (?:can )?(?:totally |completely |fully )?(?:understand|see|get) where you(?:'re| are) coming from",
    '(?:we|i) hear you',
    // Sympathy and regret in other words: "We hate to hear that", "not what we like to
    // hear", "I can see why you'd be upset", "we never want you to feel this way", "Oh no",
    // "we'll make it right", "we know how important this is".
    '(?:we|i) hate (?:to )?(?:hear|see|read)',
    '(?:hate|sad|unhappy|disappointed|gutted|bummed|concerned) to (?:hear|see|read|learn)',
    'not what we (?:like|want|love|hope|expect) (?:to )?(?:hear|see)',
    "(?:we|i) (?:can )?(?:see|understand) why you(?:'d|'re| would| are| might)? (?:be |feel )?(?:upset|frustrated|annoyed|disappointed|concerned|confused|worried|unhappy)",
    "(?:we|i) (?:never|don't|do not) (?:want|like) (?:you|our \\p{L}+|anyone) to (?:feel|have|experience|wait|go through|deal)",
    '(?:make|put|set) (?:it|this|things) right',
    '(?:we|i) know how (?:important|frustrating|annoying|stressful|difficult|hard|inconvenient)',
    "(?:that's|that is|this is|sounds) (?:no fun|not fun|rough|awful|terrible|no good)",
    'oh no',
  ],
};

export const REGRET_PATTERNS: Record<Language, readonly string[]> = {
  fi: ['valitettava\\p{L}*', 'harmillisesti', 'ikävä kyllä'],
  en: ['unfortunately', 'regrettably', "it's a pity"],
};
