/**
 * What the `promise` check reads in a reply: time expressions with how many hours they
 * promise, sentences that commit the house to answering or fixing, and words that promise
 * certainty. Regular-expression sources, matched case-insensitively between word
 * boundaries; a space stands for any run of white space.
 */

import type { Language } from '../../types';

/** Number words in the cases a time expression takes ("kahden päivän", "kahdessa päivässä"). */
export const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  fi: {
    yhden: 1,
    yhdessä: 1,
    kahden: 2,
    kahdessa: 2,
    parin: 2,
    parissa: 2,
    kolmen: 3,
    kolmessa: 3,
    muutaman: 3,
    muutamassa: 3,
    neljän: 4,
    neljässä: 4,
    viiden: 5,
    viidessä: 5,
    kuuden: 6,
    kuudessa: 6,
    seitsemän: 7,
    seitsemässä: 7,
    kahdeksan: 8,
    kahdeksassa: 8,
    yhdeksän: 9,
    yhdeksässä: 9,
    kymmenen: 10,
    kymmenessä: 10,
    puolen: 0.5,
    puolessa: 0.5,
  },
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    'a couple of': 2,
    'a few': 3,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    twelve: 12,
    'twenty-four': 24,
    'forty-eight': 48,
    half: 0.5,
    'half an': 0.5,
  },
};

/** Hours in a unit, by the unit's stem ("tunni", "arkipäivä", "hour", "business day"). */
export const UNIT_HOURS: Record<Language, readonly [RegExp, number][]> = {
  fi: [
    [/^minuut/u, 1 / 60],
    [/^tunn/u, 1],
    [/^vuorokau/u, 24],
    [/^(?:arki|työ)?päiv/u, 24],
    [/^viiko|^viiko?ssa/u, 168],
  ],
  en: [
    [/^minute/u, 1 / 60],
    [/^hour/u, 1],
    [/^(?:business |working )?day/u, 24],
    [/^week/u, 168],
  ],
};

/**
 * "<number> <unit> <within>": the number group, the unit group. Finnish: "tunnin sisällä",
 * "kahden arkipäivän kuluessa", "24 tunnissa"; English: "within an hour", "in 24 hours",
 * "within one business day".
 */
export const DURATION_PATTERNS: Record<Language, string> = {
  fi: '(?:(\\d+(?:[,.]\\d+)?(?:[-–]\\d+)?|yhden|kahden|parin|kolmen|muutaman|neljän|viiden|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen|puolen) )?((?:minuut|tunn|vuorokaude|arkipäivä|työpäivä|päivä|viiko)\\p{L}*) (?:sisällä|kuluessa|aikana)|(\\d+(?:[,.]\\d+)?(?:[-–]\\d+)?|yhdessä|kahdessa|parissa|kolmessa|muutamassa|neljässä|viidessä|kuudessa|seitsemässä|kahdeksassa|yhdeksässä|kymmenessä|puolessa) ((?:minuuti|tunni|vuorokaude|arkipäivä|työpäivä|päivä|viiko)\\p{L}*ss[aä])|(tunnissa|vuorokaudessa)',
  en: '(?:within|in|under) (?:the next |the |less than )?(\\d+(?:\\.\\d+)?(?:[-–]\\d+)?|a couple of|a few|half an|an|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|forty-eight)[ -]((?:minute|hour|business day|working day|day|week)s?)',
};

/** Time expressions with a fixed number of hours; the first of a list that matches counts. */
export const FIXED_TIMES: Record<Language, readonly [string, number][]> = {
  fi: [
    // "heti, kun …" is "as soon as", no time at all.
    ['heti(?!,? kun)|välittömästi|saman tien|tuota pikaa|minuuteissa|tunnin päästä', 1],
    [
      '(?:vielä )?tänään|tämän päivän aikana|saman päivän aikana|päivän (?:loppuun|päätteeksi) mennessä|iltapäivään mennessä|tänä iltana|illalla',
      8,
    ],
    ['huomenna|huomiseen mennessä|huomisen aikana|viimeistään huomenna|huomisaamuna', 24],
  ],
  en: [
    ['immediately|right away|straight away|right now|instantly|within the hour|within minutes', 1],
    [
      'today|later today|by (?:the )?end of (?:the |the business |business )?day|by (?:the )?end of today|the same day|same day|this (?:morning|afternoon|evening)|by tonight|tonight',
      8,
    ],
    ['(?:by |until )?tomorrow(?: morning)?|overnight|within a day|within one day', 24],
  ],
};

/**
 * A sentence that commits the house (or the writer) to answering or fixing: a promise
 * only counts in one. Finnish first-person and passive verbs ("vastaamme", "palaan
 * asiaan", "vika korjataan", "olemme yhteydessä", "saat vastauksen"); English "we'll get
 * back to you", "I will fix", "you'll hear from us".
 */
export const COMMITMENT_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    '(?:vastaa|palaa|korjaa|ratkaise|käsittele|selvitä|ilmoita|hoida|tarkista|ota|julkaise|päivitä)(?:mme|n)(?:kin|han)?',
    '(?:vastat|palat|korjat|ratkaist|käsitel|selvitet|ilmoitet|hoidet|tarkistet|otet|julkaist|päivitet)(?:aan|ään)(?:kin)?',
    'ole(?:mme|n) (?:\\p{L}+ )?yhteydessä',
    'lähetä(?:mme|n) (?:\\p{L}+ )?(?:vastaukse\\p{L}*|vastauks\\p{L}*|tiedo\\p{L}*|korjaukse\\p{L}*|päivitykse\\p{L}*)',
    'vaste\\p{L}*aika\\p{L}*',
    'vastausaika\\p{L}*',
    '(?:pyri|tule|lupaa|aio)(?:mme|n) (?:\\p{L}+ )?(?:vastaamaan|vastata|palaamaan|korjaamaan|ratkaisemaan|käsittelemään|selvittämään|olemaan yhteydessä|ottamaan yhteyttä|hoitamaan)',
    'saat(?:te)? (?:\\p{L}+ )?(?:vastaukse\\p{L}*|vastauks\\p{L}*|tiedon|korjaukse\\p{L}*|päivitykse\\p{L}*|ratkaisu\\p{L}*)',
    '(?:vastaus|korjaus|ratkaisu|päivitys) (?:tulee|on|julkaistaan|saapuu)',
    '(?:vika|ongelma|asia|virhe) (?:\\p{L}+ )?(?:korjaantuu|ratkeaa|hoituu|selviää)',
  ],
  en: [
    "(?:we|i)(?:'ll| will| shall|'re going to| are going to|'m going to| am going to)(?: \\p{L}+)?? (?:get back|reply|respond|answer|be in touch|contact|reach out|follow up|update|fix|resolve|sort|look into|investigate|let you know|come back|have (?:it|this|that|the \\p{L}+) (?:fixed|resolved|sorted)|send you (?:an? )?(?:answer|reply|response|update|fix))",
    "\\p{L}+(?:'ll| will| shall) (?:\\p{L}+ )?(?:get back to you|be in touch|contact you|reply to you|respond to you|reach out to you|follow up with you|update you)",
    'response times?',
    '(?:aim|strive|try|promise) to (?:respond|reply|answer|have|get back|resolve|fix)',
    "you(?:'ll| will) (?:hear (?:back )?from|receive|get) (?:us|an? (?:answer|reply|response|update|fix))",
    '(?:expect|receive) (?:an? )?(?:answer|reply|response) ',
    "(?:it|this|that|the (?:issue|problem|bug|fix|error|ticket|case|request))(?:'ll| will) be (?:fixed|resolved|sorted|answered|handled|released|deployed)",
  ],
};

/** Words that promise certainty; they count in a sentence that promises something. */
export const CERTAINTY_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'varmasti',
    'taatusti',
    'takuulla',
    'satavarmasti',
    'sataprosenttisesti',
    '100 ?%:?(?:sti)?',
  ],
  en: ['definitely', 'for sure', 'without fail', '100 ?%'],
};

/** Words that are a promise of certainty wherever they stand ("takaamme", "guaranteed"). */
export const GUARANTEE_PATTERNS: Record<Language, readonly string[]> = {
  fi: ['takaa(?:mme|n)', 'lupaa(?:mme|n) varmasti', '(?:on|ovat) taattu(?:ja)?'],
  en: ['guaranteed', '(?:we|i) guarantee', '(?:we|i) promise'],
};

/**
 * Words that make a sentence promise an outcome even without a commitment verb ("Paketti
 * saapuu varmasti", "This will definitely work"): a certainty word counts next to one.
 */
export const OUTCOME_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    '(?:korjaantu|ratkea|hoitu|onnistu|saapu|ehti)\\p{L}*',
    'toimi(?:i|vat)',
    'on (?:perillä|korjattu|valmis)',
    'tulee (?:perille|toimimaan|korjatuksi)',
  ],
  en: ["will|won't|\\p{L}+'ll|is going to|are going to"],
};

/** Certainty words a fix may delete, leaving the sentence whole ("Korjaamme vian varmasti"). */
export const REMOVABLE_CERTAINTY: ReadonlySet<string> = new Set([
  'varmasti',
  'taatusti',
  'takuulla',
  'satavarmasti',
  'sataprosenttisesti',
  'definitely',
  'for sure',
  'without fail',
]);
