/**
 * What marks a sentence of a customer's message as a question (rules/context/questions.ts).
 * Lower case. Patterns are regular-expression sources matched case-insensitively between
 * word boundaries.
 */

import type { Language } from '../../types';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Words that make a sentence a question when it starts with them, even without "?". */
export const QUESTION_WORDS: Record<Language, ReadonlySet<string>> = {
  fi: words(`
    milloin miksi miten mitenkä kuinka mikä mitä minkä missä mistä mihin millä mille miltä
    mikähän mitähän missähän milloinkahan miksihän mitenhän kuinkahan
    kuka kenen ketä kenelle keneltä kenellä kumpi kumman kummalla
    paljonko montako kauanko minne millainen millaisen millaista millaisia
  `),
  // English question words need an inverted auxiliary after them (`EN_AUXILIARIES`):
  // "When will it arrive" is a question, "When I tried to log in, …" is not.
  en: words('when why how what where which who whom whose'),
};

/** A Finnish sentence-initial question word followed by one of these is no question. */
export const FI_NOT_QUESTION_AFTER: ReadonlySet<string> = words('tahansa tulee ollakaan hyvänsä');

/** English auxiliaries that open a yes/no question, or follow a question word. */
export const EN_AUXILIARIES: ReadonlySet<string> = words(`
  can could will would shall should may might must is are was were am do does did have has had
  can't won't isn't aren't wasn't don't doesn't didn't haven't hasn't couldn't wouldn't
  shouldn't
`);

/** What may follow an opening auxiliary in a question: its subject ("Can I", "Is there"). */
export const EN_SUBJECTS: ReadonlySet<string> = words(`
  i you we they he she it this that these those there my your our their the a an any anyone
  someone somebody anybody everything something anything his her its
`);

/** "How long", "how much": question words that take a word before the auxiliary. */
export const EN_QUESTION_WORD_MODIFIERS: ReadonlySet<string> = words(
  'long much many often soon far old late early big',
);

/** "Which size should", "What time do": nouns a question word takes before the auxiliary. */
export const EN_QUESTION_WORD_NOUNS: ReadonlySet<string> = words(
  'size sizes time times day days colour color model version way kind type one ones option options plan plans date price number',
);

/** Sentence openers skipped before looking for a question word ("Ja milloin …", "And when …"). */
export const LEADING_CONJUNCTIONS: Record<Language, ReadonlySet<string>> = {
  fi: words('ja entä mutta sekä no niin eli siis lisäksi myös sitten'),
  en: words('and but so also then plus well'),
};

/**
 * Indirect questions: a sentence containing one asks something even when it ends in a full
 * stop ("Haluaisin tietää, milloin paketti saapuu.").
 */
export const INDIRECT_QUESTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    // "Haluaisin (myös) tietää", "Haluan (vielä) kysyä".
    'haluai?(?:sin|simme|n|mme)(?: \\p{L}+)? (?:tietää|kysyä)',
    'halua(?:isin|n) selvittää',
    'kertoisit(?:te)?ko',
    'kertoisit(?:te)?',
    'voisit(?:te)?ko (?:kertoa|selvittää|tarkistaa|ilmoittaa|vahvistaa)',
    'voit(?:te)?ko (?:kertoa|selvittää|tarkistaa|ilmoittaa|vahvistaa)',
    'ilmoittaisit(?:te)?ko',
    'selvittäisit(?:te)?kö',
    'tarkistaisit(?:te)?ko',
    'vahvistaisit(?:te)?ko',
    '(?:onko|olisiko|olisikohan|onkohan) (?:mitenkään )?mahdollista',
    'ihmettelen',
    'ihmettelisin',
    'mietin,? (?:että )?(?:miksi|milloin|miten|mitä|onko|voiko|voinko|kuinka|mihin|missä)',
    'en ymmärrä,? (?:miksi|miten|mitä|mihin|miksei)',
    'kysyisin',
    'tiedustel(?:en|isin|lisin)',
    '(?:pyytäisin|toivoisin|toivon|pyydän) (?:lisää )?tietoa',
    'olisin kiitollinen,? jos',
    'saisinko (?:tietää|tietoa|vastauksen)',
  ],
  en: [
    // "I would (also) like to know".
    '(?:i|we) would(?: \\p{L}+)? like to (?:know|ask|find out|check)',
    "(?:i|we)'d(?: \\p{L}+)? like to (?:know|ask|find out|check)",
    '(?:i|we) (?:want|need) to (?:know|find out)',
    '(?:i|we) (?:was|were|am|are) wondering',
    "(?:i|we)'m wondering",
    '(?:i|we) wonder(?:ed)?',
    '(?:could|can|would|will) you (?:please )?(?:tell|let) (?:me|us)',
    '(?:could|can|would|will) you (?:please )?(?:confirm|check|explain|advise|clarify)',
    '(?:please )?let (?:me|us) know (?:whether|if|when|why|how|what|where|which|who)',
    'please let (?:me|us) know',
    'please (?:tell|advise|confirm|explain|clarify)',
    "i (?:don't|do not|can't|cannot) understand (?:why|how|what|where)",
    '(?:is|would) it (?:be )?possible',
    "i'd appreciate (?:it )?if you could",
    'i would appreciate (?:it )?if you could',
  ],
};

/**
 * Sentences that end in "?" but ask the agent nothing: small talk ("Mitä kuuluu?", "How
 * are you?"), rhetorical questions of an upset customer ("Onko tämä oikeasti näin
 * vaikeaa?", "Are you kidding me?"), and the prompts of an issue template ("Is your
 * feature request related to a problem?"). Regular-expression sources, matched anywhere
 * in the sentence between word boundaries.
 */
export const NOT_ASKING_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'mitä (?:sinulle |teille )?kuuluu',
    'miten (?:menee|sujuu|voit|voitte)',
    'mitäs? (?:sinne|teille) kuuluu',
    'oikeasti',
    'ihanko totta',
    'onko (?:tämä|se) (?:nyt )?(?:todella|tosiaan|oikeasti|liikaa)',
    '(?:miten|kuinka) (?:tämä |tällainen |se )?(?:on|voi olla) mahdollista',
    'kuinka vaikeaa',
    'mikä (?:teitä|teillä|sinua) vaivaa',
    'miksi ihmeessä',
    'mitä ihmettä',
    'kuka (?:tällaista|tuollaista|näin)',
    'eikö (?:teillä|teitä) (?:ole|kiinnosta)',
    'pitääkö (?:minun|mun) (?:oikeasti|todella|aina)',
    'montako kertaa (?:minun|mun|pitää)',
    'mitä helvettiä',
  ],
  en: [
    'how are you(?: doing)?',
    "how's it going",
    'how is it going',
    'how have you been',
    "hope (?:you are|you're|all is) (?:well|doing well|good)",
    'seriously',
    'really',
    'are you (?:kidding|serious|joking)',
    'how hard (?:can|is) (?:it|that)',
    "what(?:'s| is) wrong with (?:you|your|this)",
    'how (?:is|can) (?:this|that|it) (?:be )?(?:possible|acceptable|ok)',
    'who does that',
    'what (?:the hell|on earth)',
    'why (?:on earth|the hell)',
    'why (?:do|should) i (?:even )?(?:bother|pay)',
    'how many times (?:do|must|should|will) i',
    'is your feature request related to a problem',
    'what did you expect to happen',
    'what happened instead',
    'what version (?:of [^?]{1,40})?are you (?:using|running)',
    'which version (?:of [^?]{1,40})?are you (?:using|running)',
    'have you (?:read|searched) the',
    'wtf',
    'what the fuck',
  ],
};

/**
 * Pleas for help or news that any real reply answers ("Any ideas?", "Voitteko auttaa?",
 * "Onko asiasta uutta tietoa?"): answered by any reply with a body.
 */
export const GENERIC_QUESTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'voi(?:sit|t)?(?:te)?ko (?:\\p{L}+ )?auttaa',
    'osa(?:at|isit|a)(?:te)?ko (?:\\p{L}+ )?auttaa',
    'pystyt(?:te)?kö (?:\\p{L}+ )?auttaa',
    'saisinko (?:\\p{L}+ )?apua',
    'mitä (?:minun |meidän )?(?:pitäisi|tulisi|kannattaa|voin|voimme|voisin|teen|tehdä)(?: nyt)?',
    'miten (?:(?:minun|meidän) )?(?:(?:pitäisi|tulisi|kannattaa) )?(?:toimia|toimin|edetä|edetään|menetellä)',
    'mikä (?:neuvoksi|avuksi)',
    'onko (?:asiasta |tähän )?(?:mitään )?(?:uutta|uutisia|tietoa|päivitystä|ratkaisua|vinkkejä|ideoita|neuvoja)',
    'onko (?:teillä )?(?:mitään )?(?:vinkkejä|ideoita|neuvoja|ehdotuksia)',
    'missä (?:vaiheessa|mennään)',
    'mitä mieltä',
    // Hypotheticals: the reply answers them by saying how things stand.
    '(?:mitä|entä|mites) jos',
    'mitä (?:te )?aio(?:tte|t) tehdä',
    'mistä (?:saa |saisi |saisin |löytyy |löytää )?apua',
  ],
  en: [
    'any (?:ideas?|suggestions?|help|thoughts|advice|updates?|news|progress|pointers|tips|hints|workarounds?)',
    '(?:can|could|would) (?:you|anyone|someone|somebody) (?:please )?help',
    'is there (?:any|an) (?:update|news|progress|eta)',
    'what (?:should|can|could|do) (?:i|we) do(?: now| next)?',
    'what now',
    'what are (?:my|our) options',
    'what do you think',
    'what if',
    'what happens if',
    'what (?:will|would) you do if',
    'what are your thoughts',
    'how (?:should|do) (?:i|we) proceed',
    'am i (?:doing something|missing something)',
    'what am i (?:doing wrong|missing)',
  ],
};

/**
 * Requests phrased as questions ("Voisitteko lähettää laskun uudelleen?", "Can you reset my
 * password?"): the reply answers them by acting on them.
 */
export const REQUEST_QUESTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'voisit(?:te)?ko',
    'voit(?:te)?ko',
    'voisiko (?:joku|teiltä|sen|tämän)',
    'saisi(?:n|mme)ko',
    'saa(?:n|mme)ko',
    'olisiko mahdollista',
    'onko mahdollista',
    'pystyisit(?:te)?kö',
    'pystyt(?:te)?kö',
    'viitsisit(?:te)?kö',
  ],
  en: [
    '(?:can|could|would|will) you',
    '(?:can|could|may) (?:i|we) (?:please )?(?:get|have|receive)',
    'is it possible',
    'would it be possible',
    'please could you',
  ],
};

/** What a reply says when it has acted ("Lähetimme laskun", "olemme perunneet", "I've reset"). */
export const ACTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    '(?:olemme|olen|on|ovat)(?: nyt| jo| juuri)? \\p{L}+(?:nut|nyt|neet|ttu|tty|tu|ty)',
    '\\p{L}{2,}(?:[^o]imme|simme|timme)',
    '(?:tehty|hoidettu|korjattu|lähetetty|peruttu|palautettu|päivitetty|muutettu|poistettu|lisätty|valmis)',
  ],
  en: [
    "(?:i|we)(?:'ve| have| just)(?: now| just| already)? \\p{L}+(?:ed|en|t)",
    '(?:has|have) (?:now |just |already )?been \\p{L}+(?:ed|en|t)',
    '(?:i|we) (?:sent|made|put|set|gave|took|fixed|reset|updated|changed|cancelled|canceled|refunded|issued|added|removed|resent|processed|forwarded|escalated)',
    "(?:it's|it is|that's|that is) (?:now )?(?:done|fixed|sorted|resolved)",
    'done',
  ],
};

/** Sentences that open a reply with a yes or a no ("Kyllä, …", "Unfortunately not."). */
export const YES_NO_ANSWER_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'kyllä',
    'joo',
    'ei',
    'ette',
    'et',
    'valitettavasti',
    'totta kai',
    'tietysti',
    'toki',
    'ehdottomasti',
    'voi(?:t|tte)?',
    'ei voi',
    'onnistuu',
    'ei onnistu',
    '(?:on|ei ole) mahdollista',
    'kyllä vain',
    'ei (?:ole|tarvitse|kannata|pidä paikkaansa)',
    'eivät ole',
    'kannattaa',
    'pitää paikkansa',
    'on totta',
  ],
  en: [
    'yes',
    'yep',
    'yeah',
    'no',
    'nope',
    'sure',
    'of course',
    'certainly',
    'absolutely',
    'unfortunately',
    'sadly',
    'indeed',
    'correct',
    "that's right",
    "(?:you|we|it) (?:can|can't|cannot|do|don't|does|doesn't|will|won't)",
    "(?:it's|it is|that's|that is)(?: not)? possible",
    "there (?:is|are|isn't|aren't|was|wasn't|were|weren't|has been|have been|hasn't been|haven't been) (?:no|not|any|an?|currently|at present)",
  ],
};

/** Instructions in a reply ("Valitse …", "Click …"): what answers a "how" question, with a link or a list. */
export const INSTRUCTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'valitse',
    'valitsemalla',
    'klikkaa',
    'napsauta',
    'paina',
    'avaa',
    'siirry',
    'mene',
    'kirjaudu',
    'löydät',
    'löydätte',
    'onnistuu (?:\\p{L}+ )?(?:kautta|sivulta|osoitteessa|valitsemalla)',
    'ohje\\p{L}*',
    'kohdasta',
    'kohdassa',
  ],
  en: [
    'click',
    'select',
    'choose',
    'go to',
    'navigate',
    'open',
    'tap',
    'press',
    'run',
    'install',
    'set',
    'you can find',
    'you will find',
    'under',
    'steps?',
    'instructions?',
    'guide',
    'docs',
    'documentation',
  ],
};

/** Questions about how or where: a link, a list or instructions answer them. */
export const HOW_QUESTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'miten',
    'kuinka',
    'millä tavalla',
    'mistä (?:löydän|löydämme|löytää|löytyy|löytyvät|saan|saa|saisi|saisin)',
    'missä',
  ],
  en: [
    'how (?:do|can|could|should|would|to)',
    'where (?:do|can|could|should|is|are)',
    'is there a way',
  ],
};

/** Questions about a cause ("Miksi…", "Why…"): a reply that gives a reason answers them. */
export const WHY_QUESTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'miksi',
    'miksei',
    'mistä (?:\\p{L}+ ){0,4}(?:johtu|aiheutu)\\p{L}*',
    'mikä on syy\\p{L}*',
    'mihin (?:\\p{L}+ )?perustuu',
    'millä perusteella',
  ],
  en: [
    'why',
    'how come',
    'what causes',
    "what's causing",
    'what is causing',
    'what could be causing',
  ],
};

/** Words that give a reason. */
export const REASON_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'koska',
    'johtu\\p{L}*',
    'syy\\p{L}*',
    'takia',
    'vuoksi',
    'sillä',
    'aiheutt\\p{L}*',
    'tästä syystä',
    'vaikutta\\p{L}*',
    'selit\\p{L}*',
    'riippuu',
    'perustuu',
    'perusteella',
  ],
  en: [
    'because',
    'due to',
    'caused by',
    'the reason',
    'since',
    'as a result',
    "that's why",
    'that is why',
    'this is why',
    'happens when',
    'comes from',
    'depends on',
    'based on',
    'explained by',
  ],
};

/**
 * What a reply that only asks the customer for more details says besides its questions:
 * requests for information ("Please let us know the platform", "Kertoisitko tilausnumeron")
 * and courtesies ("Thanks for reaching out", "Pahoittelemme"). Such a reply answers none
 * of the customer's questions yet. Matched at the start of a reply sentence.
 */
export const CLARIFYING_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'kerro(?:than|than|ttehan|kaa)?',
    'kertoisit(?:te)?ko',
    'voisit(?:te)?ko',
    'voit(?:te)?ko',
    'lähetä(?:thän|ttehän)?',
    'lähettäisit(?:te)?kö',
    'tarvitse(?:mme|isimme|n)',
    'ole(?:t|tte) hyvä ja',
    'ota(?:than|ttehan)? (?:meihin )?yhteyttä',
    'kiito\\p{L}*',
    'kiitä\\p{L}*',
    'pahoittel\\p{L}*',
    'olemme pahoillamme',
    'olen pahoillani',
    'ikävä kuulla',
    'hei',
    'moi',
    'autamme mielellämme',
    // Help still to come: "Selvitämme asian", "Katsotaan tätä".
    '(?:selvitämme|tarkistamme|katsomme|autamme|selvitetään|tarkistetaan|katsotaan)',
  ],
  en: [
    'let us know',
    'please (?:share|send|provide|confirm|tell|dm|check|reply|let|give|reach)',
    'send us',
    'dm us',
    'could you',
    'can you',
    'would you (?:mind|be able)',
    "we(?:'d| would) (?:like|love) to (?:know|take a closer look|look into|check|help|learn)",
    "(?:we|i)(?:'ll| will)? need",
    'keep us posted',
    'share (?:your|the|a|more|some)',
    'thanks?',
    'thank you',
    'sorry',
    "(?:we're|we are|i'm|i am) sorry",
    'apolog\\p{L}*',
    'hi',
    'hello',
    'hey',
    "(?:we're|we are) here to help",
    "help's here",
    'happy to help',
    // Help still to come: "We'll check further", "We want to make sure …", "so we can help".
    "(?:we|i)(?:'ll| will| can|'d| would)(?: be (?:happy|glad) to| gladly)? (?:check|look|see|help|assist|investigate|take a (?:closer )?look|follow up|dig)",
    '(?:we|i) want to (?:make sure|help|look|check)',
  ],
};
