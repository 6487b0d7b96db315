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
    // Something does not work, is broken or has not come.
    '(?:ei|eivät|en|et) (?:enää |vieläkään |edelleenkään |taaskaan |vielä |edelleen )?toimi\\p{L}*',
    'lakannut toimimasta',
    'rikki',
    'rikkinäi\\p{L}*',
    'hajo(?:si|nnut|nneet|sivat)',
    'viallis\\p{L}*',
    'viallinen',
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
    // Something does not work, is broken or has not come.
    "(?:does not|doesn't|do not|don't|did not|didn't|is not|isn't|still not|no longer|stopped) work(?:s|ing|ed)?",
    'broken',
    'damaged',
    'defective',
    'faulty',
    'never (?:arrived|came|received|got)',
    "(?:have not|haven't|has not|hasn't|still not|not yet) (?:been )?(?:received|arrived|delivered|heard)",
    "still (?:waiting|not|no|nothing|have not|haven't|has not|hasn't)",
    '(?:no one|nobody) (?:has )?(?:replied|responded|answered|got back)',
    // Repeated contact.
    '(?:second|third|fourth|fifth) time',
    '(?:multiple|several|many|numerous) times',
    'want my money back',
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
  ],
  en: ['again', 'yet again', 'once again', 'still', 'keeps? happening'],
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
  ],
  en: [
    'apologi[sz]e[sd]?',
    'apologi[sz]ing',
    'apolog(?:y|ies)',
    'sorry',
    'regret(?:s|ted)? (?:that|the|any)',
  ],
};

export const REGRET_PATTERNS: Record<Language, readonly string[]> = {
  fi: ['valitettava\\p{L}*', 'harmillisesti', 'ikävä kyllä'],
  en: ['unfortunately', 'regrettably', "it's a pity"],
};
