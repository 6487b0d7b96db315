/**
 * Word lists for the Finnish feature rules (rules/fi/features.ts). The morphology comes from
 * the analyser; these lists hold what it cannot tell: spoken forms it does not know, the
 * words that open clauses, and the verbs and phrases the rules treat specially.
 */

/** A person and number: first/second person singular/plural. */
export type PersonNumber = '1s' | '1p' | '2s' | '2p';

/**
 * Spoken and colloquial pronouns and verb forms that the standard-language dictionary does
 * not analyse, with the person they carry. Ambiguous spoken forms ("mut" = "but", "musta" =
 * "black", "multa" = "soil") are left out.
 */
export const SPOKEN_PERSON_FORMS: Readonly<Record<string, PersonNumber>> = {
  mä: '1s',
  mää: '1s',
  mie: '1s',
  mun: '1s',
  mulle: '1s',
  mulla: '1s',
  mua: '1s',
  mussa: '1s',
  // Shortened adessive, standard and eastern: "mul on", "miul on" (minulla).
  mul: '1s',
  miul: '1s',
  muhun: '1s',
  mulleki: '1s',
  munki: '1s',
  mäki: '1s',
  mäkin: '1s',
  oon: '1s',
  ooks: '2s',
  oot: '2s',
  ootko: '2s',
  sä: '2s',
  sie: '2s',
  sun: '2s',
  sulle: '2s',
  sulla: '2s',
  sulta: '2s',
  sua: '2s',
  sut: '2s',
  sussa: '2s',
  sul: '2s',
  siul: '2s',
  suhun: '2s',
  säki: '2s',
  ootte: '2p',
  ootteko: '2p',
  ootteks: '2p',
  meiän: '1p',
  meijän: '1p',
  teiän: '2p',
  teijän: '2p',
};

/**
 * Spoken singular imperatives (and connegatives: "en mee") the dictionary lacks, with the
 * written form: a consonant between like vowels drops and the vowels fuse ("mene" → "mee",
 * "tule" → "tuu", "pane" → "paa", "odota" → "oota"), "ts" becomes "t" ("etsi" → "eti").
 * With a clitic too: "paas", "meeppäs", "Ootappas" (rules/fi/features.ts).
 */
export const SPOKEN_IMPERATIVES: Readonly<Record<string, string>> = {
  mee: 'mene',
  tuu: 'tule',
  paa: 'pane',
  oota: 'odota',
  eti: 'etsi',
};

/**
 * Adverbs the dictionary lacks whose spelling is also a rare verb form, read as adverbs only:
 * "takaisin" ("back", not "I would guarantee" of "taata"), spoken "takasin" ("I guaranteed").
 */
export const MISSING_ADVERBS = ['takaisin', 'takasin'] as const;

/** Spoken first person plural subjects that make a passive-looking verb personal. */
export const SPOKEN_WE = ['me', 'meki', 'mekin'] as const;

/** Subordinating conjunctions: a clause they open is not a main clause. */
export const SUBORDINATORS = [
  'että',
  // Spoken "että" without its last vowel: "Muistappas ett ei …" (the word is nothing else).
  'ett',
  'jotta',
  'koska',
  'kun',
  'jos',
  'vaikka',
  'kunnes',
  'mikäli',
  'ellei',
  'ellen',
  'ellet',
  'ellemme',
  'ellette',
  'elleivät',
  'jollei',
  'jollen',
  'jollet',
  'joskin',
  'jahka',
  'sillä',
  'ettei',
  'etten',
  'ettet',
  'ettemme',
  'ettette',
  'etteivät',
  'jottei',
  'jotten',
  'jottet',
  'jottemme',
  'jottette',
  'jotteivät',
  'koskei',
  'kuinka',
  'miten',
  'miksi',
  'milloin',
  'missä',
  'mistä',
  'mihin',
  'minne',
  'montako',
  'paljonko',
] as const;

/** Coordinating conjunctions and connectives that may open a main clause. */
export const COORDINATORS = [
  'ja',
  'sekä',
  'tai',
  'tahi',
  'eli',
  'mutta',
  'vaan',
  'joten',
  'niin',
  'sitten',
  'eikä',
] as const;

/**
 * Words that may stand before a clause-initial imperative without being its subject:
 * adverbs of time and manner, discourse particles, interjections, greetings.
 */
export const IMPERATIVE_PREFIX = [
  'nyt',
  'sitten',
  'ensin',
  'ensiksi',
  'toiseksi',
  'lopuksi',
  'seuraavaksi',
  'vielä',
  'vain',
  'pelkästään',
  'myös',
  'siis',
  'nopeasti',
  'heti',
  'pian',
  'ihmeessä',
  'ystävällisesti',
  'rohkeasti',
  'vapaasti',
  'huoletta',
  'aina',
  'muuten',
  'tällöin',
  'silloin',
  'jälkeen',
  'lisäksi',
  'ensimmäiseksi',
  'tarvittaessa',
  'halutessasi',
  'halutessanne',
  'hei',
  'moi',
  'no',
  'ok',
  'okei',
  'kas',
  'kuule',
  'kuulkaa',
  'hyvä',
  'hyvät',
  'arvoisa',
  'rakas',
  'ja',
  'tai',
  'mutta',
  'joten',
  'niin',
  'siksi',
  'kiitos',
] as const;

/**
 * Verbs whose present third person is also their singular imperative (*voi*, *saa*, *jää*)
 * and that a third person without a subject makes a "zero person" or generic statement
 * (*Tuotteen voi palauttaa*, *Saa nähdä*, *Jää nähtäväksi*): never read as imperatives.
 */
export const ZERO_PERSON_VERBS = ['voida', 'saada', 'jäädä', 'täytyä', 'kannattaa'] as const;

/**
 * Impersonal predicates, as "baseform" or "baseform next-word", that have no imperative in
 * use: the necessive "täytyä" (*täydy* is only the connegative) and idioms of the third
 * person (*käy ilmi* "it turns out", *käy järkeen* "it makes sense").
 */
export const IMPERSONAL_PREDICATES = [
  'täytyä',
  'käydä ilmi',
  'käydä selville',
  'käydä järkeen',
  'käydä päinsä',
] as const;

/** Negation forms that take a connegative (the third person and the passive use "ei"). */
export const THIRD_PERSON_NEGATION = [
  'ei',
  'eikä',
  'eihän',
  'eikö',
  'eivät',
  'eivätkä',
  'eivätkö',
  'ettei',
  'jottei',
  'ellei',
  'jollei',
  'koskei',
] as const;

/**
 * Politeness markers that make an imperative a request: "Lähettäkää ystävällisesti kuitti",
 * "Täytä mielellään lomake" (feel free to), a trailing "Lähetä kuitti, kiitos." ("Olkaa hyvä
 * ja ..." and -han/-pa are found apart).
 */
export const POLITENESS_MARKERS = ['ystävällisesti', 'mielellään', 'kiitos', 'kiitoksia'] as const;

/**
 * Imperatives that are courtesy formulas rather than orders, as "baseform next-word" or
 * "baseform": "Ottakaa yhteyttä", "Olkaa hyvä", "Älkää epäröikö", "Kysy rohkeasti",
 * "Hyvää päivänjatkoa" has no verb. "Huomaa", "Huomioi", "Tutustu" tell the customer what
 * to do: orders, as pointers ("Katso") are.
 */
export const COURTESY_IMPERATIVES = [
  'ottaa yhteyttä',
  'olla hyvä',
  'olla hyvät',
  'epäröidä',
  'huolia',
  'kysyä rohkeasti',
  'ottaa rohkeasti',
  'nauttia',
  'voida hyvin',
  'pitää hauskaa',
  'pitää huolta',
  'antaa palautetta',
  'olla yhteydessä',
  'kertoa jos',
  'kertoa mikäli',
  'kysyä jos',
  'ilmoittaa jos',
  'ilmoittaa mikäli',
  'kertoa terveisiä',
  'välittää terveisiä',
  'viettää mukavaa',
  'jatkaa samaan',
  // "Pysy kuulolla", "Pysykää terveinä": staying tuned and a wish of health.
  'pysyä kuulolla',
  'pysyä terveenä',
  'pysyä terveinä',
] as const;

/** Attributes of a postponed agent: "X:n toimesta", "meidän toimestamme". */
export const AGENT_WORDS = ['toimesta', 'toimestamme', 'toimestani', 'toimestanne'] as const;

/** Time nouns in the essive after which "sinä" is the demonstrative ("sinä päivänä"). */
export const ESSIVE_DEMONSTRATIVE_HEADS = [
  'päivänä',
  'vuonna',
  'aikana',
  'iltana',
  'aamuna',
  'yönä',
  'hetkenä',
  'kesänä',
  'talvena',
  'keväänä',
  'syksynä',
  'viikkona',
  'kuuna',
] as const;

/** Particles of the spoken register, where "et" is usually "että". */
export const SPOKEN_MARKERS = [
  'ni',
  'ku',
  'sit',
  'sitte',
  'niinku',
  'vaa',
  'tota',
  'joo',
  'jotai',
  'mut',
  'eiks',
  'onks',
  'tää',
  'toi',
  'noi',
] as const;

/**
 * Participles that have become adjectives (*oikeutettu* "entitled", *merkittävä*
 * "significant"): after "on" they are predicative adjectives, not passives.
 */
export const ADJECTIVAL_PARTICIPLES = [
  'oikeutettu',
  'tunnettu',
  'sanottu',
  'rajoitettu',
  'arvostettu',
  'koulutettu',
  'merkittävä',
  'huomattava',
  'luotettava',
  'ihailtava',
  'kiitettävä',
  'hyväksyttävä',
  'toivottava',
  'suositeltava',
  'havaittava',
] as const;

/**
 * Degree adverbs that grade adjectives (*ihan siedettävä*, *enintään tyydyttävä*): before a
 * present passive participle after *on* they make it an adjective, not the necessive
 * (*on korjattava* takes no degree).
 */
export const DEGREE_ADVERBS = [
  'erittäin',
  'melko',
  'varsin',
  'aika',
  'todella',
  'tosi',
  'ihan',
  'aivan',
  'kovin',
  'liian',
  'enintään',
  'vähintään',
  'korkeintaan',
  'suhteellisen',
  'kohtuullisen',
  'äärimmäisen',
  'erityisen',
  'sangen',
  'jokseenkin',
  'melkoisen',
] as const;

/**
 * Participles of a lasting state: after *on* they describe how things are (*Toimisto on
 * suljettu*, *Pysäköinti on kielletty*, *Tuote on tarkoitettu aikuisille*), not an act.
 */
export const STATE_PARTICIPLES = [
  'suljettu',
  'suljetut',
  'kielletty',
  'kielletyt',
  'sallittu',
  'sallitut',
  'tarkoitettu',
  'tarkoitetut',
  'varattu',
  'varatut',
  'lukittu',
  'suojattu',
  'varustettu',
  'sijoitettu',
  'rajattu',
  // "Syöpä ei ole poissuljettu": ruled out or not, a state of knowledge.
  'poissuljettu',
  'poissuljetut',
] as const;

/** Habitual and open-ended times (besides the -isin adverbs: *arkisin*, *viikonloppuisin*). */
export const HABITUAL_TIMES = [
  'toistaiseksi',
  'aina',
  'yleensä',
  'klo',
  'kello',
  'päivittäin',
  'viikoittain',
  'ympäri',
  'juhlapyhinä',
  'pyhinä',
] as const;

/** Times of an act, which make *on suljettu* a report of it (*suljettiin eilen*). */
export const ACT_TIMES = [
  'eilen',
  'tänään',
  'äsken',
  'juuri',
  'nyt',
  'jo',
  'vihdoin',
  'viime',
] as const;
