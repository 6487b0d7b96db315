/**
 * Closed-class English word lists for the feature detector. Plain data, grouped by the
 * grammatical role the rules in `rules/en/features.ts` look for; all forms are lowercase and
 * use the straight apostrophe (the tokenizer folds ’ into ').
 */

/** Second person: pronouns, archaic and chat spellings ("u", "ur"), y'all. */
export const SECOND_PERSON: readonly string[] = [
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "y'all",
  'yall',
  "ya'll",
  'ye',
  'thee',
  'thou',
  'thy',
  'thine',
  'youse',
];

/** Chat spellings of "you"/"your" that are also other words; counted only in lowercase. */
export const SECOND_PERSON_CHAT: readonly string[] = ['u', 'ur', 'yr'];

export const FIRST_SINGULAR: readonly string[] = ['i', 'me', 'my', 'mine', 'myself'];

export const FIRST_PLURAL: readonly string[] = ['we', 'us', 'our', 'ours', 'ourselves'];

/** Pronouns that can be the subject of a finite verb (question inversion: "Do you ..."). */
export const SUBJECT_PRONOUNS: readonly string[] = [
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'u',
  'there',
  'this',
  'that',
];

/** Objects that make a preceding clause-initial word a verb: "Send us ...", "Call me". */
export const OBJECT_PRONOUNS: readonly string[] = [
  'me',
  'us',
  'him',
  'her',
  'them',
  'it',
  'you',
  'u',
  'yourself',
  'yourselves',
  'myself',
  'this',
  'that',
  'these',
  'those',
  'everything',
  'something',
  'anything',
  'nothing',
  'everyone',
  'someone',
  'anyone',
  'everybody',
  'somebody',
  'anybody',
  'one',
  'em',
];

/** Determiners, possessives and quantifiers that open a noun phrase (an object). */
export const DETERMINERS: readonly string[] = [
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
  'our',
  'his',
  'her',
  'its',
  'their',
  'ur',
  'some',
  'any',
  'all',
  'every',
  'each',
  'no',
  'another',
  'more',
  'both',
  'either',
  'few',
  'several',
  'much',
  'many',
];

/** Particles and adverbs that directly follow imperative verbs: "Check out", "Work hard". */
export const VERB_PARTICLES: readonly string[] = [
  'in',
  'out',
  'up',
  'down',
  'on',
  'off',
  'over',
  'away',
  'back',
  'around',
  'about',
  'through',
  'along',
  'ahead',
  'forward',
  'here',
  'there',
  'now',
  'today',
  'tonight',
  'tomorrow',
  'soon',
  'again',
  'hard',
  'early',
  'late',
  'young',
  'safe',
  'asap',
  'together',
  'inside',
  'outside',
  'home',
  'elsewhere',
  'somewhere',
  'someplace',
  'anywhere',
  'anyplace',
  'anytime',
  'for',
  'with',
  'at',
  'from',
  'into',
  'onto',
  'by',
  'as',
];

/** Finite auxiliaries and modals: a word right before one is a subject, not a verb. */
export const FINITE_AUXILIARIES: readonly string[] = [
  'am',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  "'s",
  "'re",
  "'ll",
  "'d",
  "'ve",
  'isnt',
  'wasnt',
];

/** Forms of "be" that head a be-passive ("was fixed", "has been sent", "will be refunded"). */
export const BE_FORMS: readonly string[] = [
  'be',
  'am',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'m",
  "'re",
  'r',
];

/** Forms of "get" that head a get-passive ("got charged", "get married"). */
export const GET_FORMS: readonly string[] = ['get', 'gets', 'got', 'gotten', 'getting'];

/**
 * Words that may stand between the auxiliary and the participle of a passive
 * ("is not yet fixed", "has already been sent", "were all sold").
 */
export const PASSIVE_INTERVENERS: readonly string[] = [
  'not',
  'never',
  'also',
  'already',
  'just',
  'still',
  'all',
  'both',
  'each',
  'then',
  'now',
  'yet',
  'even',
  'ever',
  'often',
  'always',
  'soon',
  'once',
  'again',
  'well',
  'further',
  'subsequently',
  'rather',
  'almost',
  'nearly',
  'either',
  'neither',
  'currently',
  'later',
  'first',
  'much',
  // ("was somehow lost", "to somehow find its way back".)
  'somehow',
];

/**
 * Degree and focus words that stand between a passive auxiliary and its participle ("is
 * best known", "was most widely read", "was only asked") but are no adverbs elsewhere in
 * the rules.
 */
export const PASSIVE_DEGREE: readonly string[] = [
  'most',
  'best',
  'only',
  'very',
  'so',
  'too',
  'quite',
  'pretty',
  'more',
  'less',
  'least',
  'better',
  'long',
  'usually',
];

/**
 * Degree words that, right before a participle, make it an adjective ("very tired", "so
 * limited", "too complicated"); before an adverb they do not ("very successfully held").
 */
export const ADJECTIVE_DEGREE: readonly string[] = [
  'very',
  'so',
  'too',
  'quite',
  'pretty',
  'extremely',
  'more',
  'less',
  'incredibly',
];

/** Adjectives in -ly, which must not be skipped as adverbs ("is lovely decorated"?). */
export const LY_ADJECTIVES: readonly string[] = [
  'friendly',
  'lovely',
  'lonely',
  'lively',
  'ugly',
  'silly',
  'holy',
  'early',
  'likely',
  'unlikely',
  'only',
  'costly',
  'deadly',
  'elderly',
  'family',
  'jolly',
  'curly',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'homely',
  'timely',
  'orderly',
  'user-friendly',
];

/**
 * Past participles that, after "be", are adjectives describing a state or feeling rather
 * than verbs in the passive ("I'm interested", "the shop is closed", "we are excited"). Per
 * the labelling guide such adjectival participles are not passives; with a "by" agent they
 * are ("I was surprised by the fee").
 */
export const ADJECTIVAL_PARTICIPLES: readonly string[] = [
  'interested',
  'uninterested',
  'excited',
  'tired',
  'bored',
  'worried',
  'scared',
  'frightened',
  'terrified',
  'pleased',
  'delighted',
  'thrilled',
  'amazed',
  'amused',
  'annoyed',
  'irritated',
  'embarrassed',
  'confused',
  'puzzled',
  'concerned',
  'depressed',
  'stressed',
  'exhausted',
  'frustrated',
  'fed',
  'disgusted',
  'horrified',
  'shocked',
  'stunned',
  'astonished',
  'relieved',
  'overwhelmed',
  'satisfied',
  'dissatisfied',
  'unsatisfied',
  'upset',
  'bothered',
  'closed',
  'opened',
  'finished',
  'gone',
  'lost',
  'stuck',
  'crowded',
  'packed',
  'mixed',
  'related',
  'unrelated',
  'complicated',
  'sophisticated',
  'experienced',
  'inexperienced',
  'qualified',
  'talented',
  'skilled',
  'advanced',
  'detailed',
  'limited',
  'dedicated',
  'determined',
  'devoted',
  'involved',
  'aged',
  'beloved',
  'renowned',
  'reserved',
  'sorted',
  'used',
  'accustomed',
  'acquainted',
  'entitled',
  'obliged',
  'inclined',
  'cursed',
  'armed',
  'biased',
  'ashamed',
  'broken',
  'spoiled',
  'spoilt',
  'drunk',
  'welcome',
  'pissed',
  'wasted',
  'perverted',
  'privileged',
  'rid',
  'surprised',
  'impressed',
  'stoked',
  'hooked',
  'overpriced',
  'overcrowded',
  'dehydrated',
  'undecided',
  'expired',
  'flattered',
  'honored',
  'honoured',
];

/**
 * Participles that can open a clause after which the sentence continues without a subject
 * of their own, so a sentence-initial one is not an elided "I" + past tense verb
 * ("Attached is ...", "Based on ...", "Located near ...").
 */
export const CLAUSE_OPENING_PARTICIPLES: readonly string[] = [
  'attached',
  'enclosed',
  'included',
  'located',
  'based',
  'situated',
  'given',
  'compared',
  'listed',
  'posted',
  'updated',
  'added',
  'edited',
  'related',
  'called',
  'named',
  'known',
  'born',
  'built',
  'written',
  'made',
  'set',
  'used',
  'supposed',
  'considered',
  'provided',
  'assuming',
  'concerned',
  'forwarded',
  'sent',
  'retired',
];

/** Sentence-initial participles of the email formula "Attached (please find) ..." */
export const ATTACHMENT_PARTICIPLES: readonly string[] = [
  'attached',
  'enclosed',
  'included',
  'appended',
];

/**
 * Verbs of wanting, feeling and opinion whose subjectless clause-initial use is an elided
 * "I" ("Hope this helps", "Love the new website!", "Highly recommend!") rather than an
 * order; with "please" they are orders again ("Please remember to ...").
 */
export const ELIDED_FIRST_PERSON_VERBS: readonly string[] = [
  'hope',
  'love',
  'like',
  'appreciate',
  'recommend',
  'wish',
  'guess',
  'think',
  'suppose',
  'reckon',
  'want',
  'need',
  'agree',
  'doubt',
  'bet',
  'assume',
  'miss',
  'wonder',
  'apologize',
  'apologise',
  'regret',
  'prefer',
  'hate',
  'am',
];

/** Adverbs that may precede an elided-subject verb: "Just wanted to ...", "Highly recommend". */
export const ELIDED_SUBJECT_ADVERBS: readonly string[] = [
  'just',
  'really',
  'greatly',
  'highly',
  'truly',
  'also',
  'still',
  'definitely',
  'absolutely',
  'totally',
  'certainly',
  'sincerely',
  'personally',
  'honestly',
  'seriously',
  'strongly',
  'always',
  'never',
  'recently',
  'finally',
  'actually',
  'originally',
  'once',
  'first',
  'thoroughly',
  'so',
  'ps',
  'and',
  'but',
];

/** Politeness markers that turn an imperative into a request. */
export const POLITENESS_MARKERS: readonly string[] = [
  'please',
  'pls',
  'plz',
  'plse',
  'pleas',
  // Indian English writes "pl" and "Pl." for "please": "pl ensure you dont!!!".
  'pl',
  'kindly',
];

/**
 * Words that may stand between a clause boundary and an imperative verb: discourse markers,
 * greetings, adverbs of manner and sequence ("Also, please ...", "Just call me", "So try").
 */
export const IMPERATIVE_PREFIX: readonly string[] = [
  'just',
  // ("so either place a towel under it or trim the nails")
  'either',
  'simply',
  'also',
  'so',
  'then',
  'now',
  'and',
  'but',
  'or',
  'ok',
  'okay',
  // ("k tell me what to add": "ok" cut to its letter.)
  'k',
  // ("Alright pack it up boys".)
  'alright',
  'allright',
  // ("Dude don't listen to them": a vocative without its comma.)
  'dude',
  'bro',
  'honey',
  'buddy',
  'oh',
  // ("Ha have a nice Sunday": laughter before the wish.)
  'ha',
  'well',
  'yes',
  'no',
  'hey',
  'hi',
  'hello',
  'first',
  'firstly',
  'second',
  'secondly',
  'third',
  'next',
  'finally',
  'again',
  'later',
  'alternatively',
  'otherwise',
  'meanwhile',
  'therefore',
  'instead',
  'ps',
  'btw',
  'always',
  'definitely',
  'quickly',
  'only',
  'still',
  'though',
  'anyway',
  'anyways',
  'however',
  'additionally',
  'lastly',
  'thus',
  'hence',
  'sure',
  'ah',
  'fyi',
  'nb',
  // Hedges of a suggestion: "Maybe try restarting it", "Perhaps call them first".
  'maybe',
  'perhaps',
  'obviously',
  'even',
  'probably',
  // Interjections of chat, often with no comma: "Yeah go there", "lol go figure".
  'yeah',
  'yea',
  'yep',
  'yup',
  'nope',
  'nah',
  'wow',
  'lol',
  'omg',
  'ugh',
  'haha',
  'hmm',
  'um',
  'uh',
  'whoa',
];

/**
 * Words the verb lexicon lists (WordNet has "welcome", "still", "down" as verbs) that at the
 * start of a clause are almost never imperatives.
 */
export const NEVER_IMPERATIVE: readonly string[] = [
  'please',
  'pls',
  'plz',
  'welcome',
  'thank',
  'still',
  'down',
  'up',
  'back',
  'further',
  'even',
  'near',
  'second',
  'better',
  'best',
  'last',
  'well',
  'right',
  'sure',
  'can',
  'will',
  'may',
  'must',
  'might',
  'shall',
  'ought',
  'need',
  'dare',
  'like',
  'out',
  'off',
  'over',
  'round',
  'bless',
  'god',
  'damn',
  'fuck',
  'screw',
  'bye',
  // ("Ditto on the thermometer": the same again, not a verb.)
  'ditto',
  // ("I went to lunch then home": the adverb of place; "home in on" is rare.)
  'home',
  // An emote, not an order: "Sigh.", "*sigh*".
  'sigh',
  'cheer',
  'ok',
  'okay',
  'hello',
  'yes',
  'no',
  'thanks',
  'single',
  'mean',
  'due',
  'man',
  'wow',
  'yeah',
  'hey',
  'hi',
  'dear',
  'sound',
  'ace',
  'top',
  'fair',
  'cool',
  'fine',
  'great',
  'nice',
  'good',
  'bad',
  'poor',
  'rare',
  'worth',
  'short',
  'long',
  // "cause"/"cuz" are the spoken "because"; "except" is a preposition or conjunction.
  'cause',
  'cuz',
  'except',
  // Interjections that WordNet lists as verbs.
  'ooh',
  'aah',
  'darn',
  'dang',
  'gosh',
  // Nouns the lexicon lists as verbs that an order hardly ever uses ("People from Earth come
  // here to live", "People with some faith.").
  'people',
];

/**
 * Formulaic imperatives of courtesy, as "verb next-word": grammatically imperative, but not
 * commands, so a house-style "command" check should leave them alone.
 */
export const COURTESY_IMPERATIVES: readonly string[] = [
  'let me',
  'let us',
  'feel free',
  'hesitate',
  'have a',
  'have an',
  'have fun',
  'take care',
  'enjoy',
  'see attached',
  'see below',
  'see above',
  'find attached',
  'find below',
  'excuse me',
  'pardon me',
  'pardon the',
  'bear with',
  'rest assured',
  'stay safe',
  'stay strong',
  'stay positive',
  'get well',
  // "Keep me posted", "Keep us updated", "Stay tuned". "Keep in mind", "Bear in mind" tell
  // the customer what to do: orders, as pointers ("see", "check out") are.
  'keep me',
  'keep us',
  'keep u',
  'stay tuned',
  // "Don't worry"; "Hang tight", "Sit tight": reassurance while the house works.
  'worry',
  'hang tight',
  'hang in',
  'sit tight',
  'hold tight',
  // Wishes and praise: "Be well", "Stay well", "Keep up the great work".
  'be well',
  'stay well',
  'keep up',
  // An offer to be contacted: "Shout if you need anything".
  'shout if',
  // A discourse aside, no order: "It was cheap, mind you".
  'mind you',
  // A pleasantry: "Wish me luck!".
  'wish me',
];

/** Words after "have a"/"have an" that make it a wish: "have a great weekend". */
export const WISHES: readonly string[] = [
  'nice',
  'great',
  'good',
  'wonderful',
  'lovely',
  'happy',
  'safe',
  'merry',
  'fantastic',
  'pleasant',
  'blessed',
  'productive',
  'restful',
  'relaxing',
  'fun',
  'terrific',
  'awesome',
  'excellent',
  'brilliant',
  'fabulous',
  'super',
  'enjoyable',
  'amazing',
  'marvelous',
  'beautiful',
  'day',
  'weekend',
  'evening',
];

/**
 * First names that are also verbs: "Rob Bryngelson", "Will Smith" at the start of a
 * signature or sentence are names, not imperatives.
 */
export const NAME_VERBS: readonly string[] = [
  'rob',
  'harry',
  'bill',
  'mark',
  'sue',
  'pat',
  'will',
  'grant',
  'chase',
  'lance',
  'drew',
  'jack',
  'frank',
  'rich',
  'gene',
  'bob',
  'carol',
  'hope',
  'faith',
  'joy',
  'dawn',
  'herb',
  'ray',
  'wade',
  'cliff',
  'rusty',
  'pierce',
  'dean',
  'don',
  'sally',
  'peg',
  'nick',
  'mike',
  'josh',
  'max',
  'bud',
  'buck',
  'clay',
  'dale',
  'guy',
  'jay',
  'mason',
  'miles',
  'norm',
  'reed',
  'rod',
  'russ',
  'stew',
  'ted',
  'walt',
  'win',
  'woody',
  'tom',
  'jimmy',
  'jean',
  'chuck',
  'chip',
  'rick',
];

/**
 * Farewells with an elided "I'll" ("See you later", "Talk to you soon"): imperative in form
 * only, and not counted as imperatives by the treebank.
 */
export const FAREWELLS: readonly string[] = [
  'see you',
  'see ya',
  'talk to you',
  'speak to you',
  'catch you',
  'talk soon',
  'speak soon',
  'talk later',
  'be right back',
  // "Look forward to hearing from you": the writer's "I look forward", not an order.
  'look forward to',
  // "Have no idea what it is": the writer's "I have no idea".
  'have no idea',
  'have no clue',
  // "Believe it or not, it works": a set aside, which the treebank counts as no order.
  'believe it or',
];

/**
 * Phrasal verbs written as one word, as support replies often do ("Login to your account",
 * "Checkout our guide", "Backup your files"): nouns too, so verbs only before an object.
 */
export const SOLID_PHRASAL_VERBS: readonly string[] = [
  'checkout',
  'login',
  'logon',
  'logout',
  'signin',
  'signup',
  'signout',
  'setup',
  'backup',
  'pickup',
];

/** After "keep me", participles of being informed are adjectival ("kept me apprised"). */
export const KEPT_INFORMED: readonly string[] = [
  'informed',
  'posted',
  'updated',
  'apprised',
  'advised',
];

/** Verbs whose participle never heads a passive ("is become", "has gone"). */
export const NON_PASSIVE_VERBS: readonly string[] = [
  'become',
  'come',
  'go',
  'happen',
  'arrive',
  'exist',
  'occur',
  'seem',
  'appear',
  'remain',
  'belong',
  'consist',
  // "she's begun to listen": "'s" is "has"; a passive "was begun" is rare.
  'begin',
];

/**
 * Verbs of motion and position, whose "by" is a place ("we stopped by", "walked by the
 * store"), so "<verb>ed by" is not an agentive passive.
 */
export const MOTION_VERBS: readonly string[] = [
  'stop',
  'drop',
  'pass',
  'walk',
  'come',
  'go',
  'stand',
  'swing',
  'run',
  'drive',
  'fly',
  'sit',
  'live',
  'stay',
  'pop',
  'rush',
  'hurry',
  'move',
  'get',
  'zip',
  'race',
  'speed',
  'roll',
  'wander',
  'stroll',
  'ride',
  'travel',
  'sail',
  'park',
  'abide',
  'stick',
  'swear',
  'lay',
  'lie',
  'wait',
  'sleep',
  'play',
];

/** Participles of naming, which after a noun give the name, not a causative passive. */
export const NAMING_PARTICIPLES: readonly string[] = [
  'called',
  'named',
  'titled',
  'entitled',
  'dubbed',
  'labelled',
  'labeled',
  'nicknamed',
];

/** Wh-words after which "be" inverts with its subject: "When was Miramar founded?" */
export const WH_WORDS: readonly string[] = [
  'what',
  'why',
  'when',
  'where',
  'how',
  'who',
  'which',
  'whom',
  'whose',
];

/** Pronouns after which "'s" is "is"/"has"; after a noun it may be the possessive. */
export const S_HOSTS: readonly string[] = [
  'it',
  'he',
  'she',
  'that',
  'this',
  'there',
  'here',
  'what',
  'who',
  'which',
  'where',
  'everything',
  'nothing',
  'something',
  'anything',
  'everyone',
  'someone',
];

/** Verbs of the causative passive: "have my hair cut", "get the work done", "keep it locked". */
export const CAUSATIVES: readonly string[] = [
  'have',
  'has',
  'had',
  'having',
  'get',
  'gets',
  'got',
  'getting',
  'keep',
  'keeps',
  'kept',
  // "I need my car fixed", "I want it done by Friday".
  'need',
  'needs',
  'needed',
  'want',
  'wants',
  'wanted',
];

/** Forms of perfect "have": "has passed by" is a perfect, not an agentive passive. */
export const HAVE_FORMS: readonly string[] = ['have', 'has', 'had', 'having', "'ve", "'d"];

/** Determiners that do not open a causative object ("had both sold", "have a look"). */
export const QUANTIFIERS: readonly string[] = [
  'a',
  'an',
  'all',
  'both',
  'each',
  'either',
  'no',
  'every',
  'more',
  'much',
  'many',
  'few',
  'several',
  'any',
  'some',
];

/** Words that coordinate clauses: a verb after one may be a coordinated imperative. */
export const COORDINATORS: readonly string[] = ['and', 'or', 'but', '&', 'then', 'so', 'plus', '/'];

/** Words that open an adverbial clause or phrase, after which ", <imperative>" may follow. */
export const ADJUNCT_OPENERS: readonly string[] = [
  'whatever',
  'wherever',
  'if',
  'when',
  'whenever',
  'once',
  'before',
  'after',
  'as',
  'since',
  'while',
  'whilst',
  'until',
  'unless',
  'because',
  'though',
  'although',
  'for',
  'to',
  'in',
  'on',
  'at',
  'from',
  'with',
  'by',
  'regarding',
  // "Without revealing your address, give us …", "During the update, keep …".
  'without',
  'during',
  'within',
  'upon',
  'despite',
  // "Apart from that, try …", "Aside from this, check …", "Except for the fee, …".
  'apart',
  'aside',
  'except',
  'beyond',
  'otherwise',
  'also',
  'meanwhile',
  'again',
  'now',
  'then',
  'however',
  'anyway',
  'first',
  'finally',
  'lastly',
  'additionally',
  'further',
  'besides',
  'instead',
  // "Better yet, email him", "Better still, …".
  'better',
  'like',
  'thanks',
  'hi',
  'hello',
  'dear',
  'hey',
  'ps',
  'ok',
  'okay',
  'well',
  'so',
];

/** Sequence words that introduce an instruction only before a comma ("First, ..."). */
export const ORDINALS: readonly string[] = [
  'first',
  'firstly',
  'second',
  'secondly',
  'third',
  'next',
  'lastly',
];

/** Verbs that, negated and subjectless, are an elided "I" ("Don't know why ..."). */
export const OPINION_VERBS: readonly string[] = ['know', 'care', 'understand', 'mind'];

/** Words before "please" that make it part of a question or a non-imperative clause. */
export const NOT_BEFORE_POLITE: readonly string[] = [
  'to',
  'you',
  'u',
  'could',
  'would',
  'can',
  'will',
  'might',
  'may',
  'i',
  'we',
];

/** Modal auxiliaries: a bare verb after one is its complement, not an imperative. */
export const MODALS: readonly string[] = [
  'can',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
];

/** Degree adverbs, which modify participles but not finite verbs: "Highly recommended". */
export const DEGREE_ADVERBS: readonly string[] = [
  'highly',
  'strongly',
  'widely',
  'well',
  'much',
  'greatly',
];

/**
 * Verbs that take a clause as their object ("Make sure the box is empty", "Note the office
 * is closed on Sundays"): a finite verb after them belongs to that clause, not to a
 * sentence whose subject the verb would head. "make" counts only with "sure" or "certain".
 */
export const CLAUSE_TAKING_VERBS: readonly string[] = [
  'ensure',
  'note',
  'remember',
  'imagine',
  'know',
  'see',
  'suppose',
  'confirm',
  'verify',
  'decide',
  'pretend',
];

/**
 * Subordinators that open a sentence-initial adverbial clause. When such a clause ends
 * without a comma ("If you have any questions let me know"), the directive after it is
 * still an imperative.
 */
export const SUBORDINATORS: readonly string[] = [
  'if',
  'when',
  'whenever',
  'once',
  'after',
  'before',
  'until',
  'unless',
  'should',
];

/**
 * Verbs that, with an object "me" or "us" right after them, direct the reader to the writer
 * ("let me know", "call us", "email me"): the imperatives that follow an adverbial clause
 * without a comma.
 */
export const DIRECTIVE_VERBS: readonly string[] = [
  'let',
  'tell',
  'call',
  'contact',
  'email',
  'e-mail',
  'message',
  'text',
  'ring',
  'ask',
  'send',
  'give',
  'write',
  'ping',
  'show',
  'inform',
  'notify',
  'reach',
  'feel',
];

/**
 * Adjectives that are also verbs ("open", "clear", "empty"): alone at the start of a clause
 * they are adjectives ("Open 24 hours", "Clear as mud"), but before an object ("Open the
 * app", "Clear your cache", "Empty it") they can only be verbs, since an adjective does not
 * precede a determiner or a pronoun.
 */
export const ADJECTIVE_VERBS: readonly string[] = [
  'busy',
  'correct',
  'perfect',
  'present',
  'total',
  'double',
  'free',
  'open',
  'clean',
  'clear',
  'empty',
  'dry',
  'slow',
  'quiet',
  // Adjectives far more often than verbs: "Approximate number of countries …", "Major
  // Awards – …", "a loving, tame bird"; "Approximate the area" still orders.
  'approximate',
  'major',
  'tame',
];

/**
 * Words of verbless formulas of thanks and wishes: "Thanks again", "Good luck", "Happy
 * holidays", "Merry Christmas" (before "and enjoy …").
 */
export const FORMULA_WORDS: readonly string[] = [
  'thanks',
  'thx',
  'again',
  'so',
  'much',
  'very',
  'many',
  'a',
  'lot',
  'good',
  'luck',
  'best',
  'of',
  'ok',
  'okay',
  'great',
  'cheers',
  'regards',
  'happy',
  'merry',
  'holidays',
  'holiday',
  'christmas',
  'xmas',
  'new',
  'year',
  'birthday',
  'easter',
  'thanksgiving',
  'weekend',
];

/**
 * Time words that, right after a participle describing a state ("closed", "lost"), make it
 * an event and so a passive: "was closed yesterday", "was lost last week", "on Monday".
 */
/** The days of the week. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export const EVENT_TIME_WORDS: readonly string[] = [
  'yesterday',
  'last',
  'earlier',
  'recently',
  'ago',
  ...WEEKDAYS,
  'noon',
  'midnight',
];

/**
 * Adjectival participles of a state that a change brings about ("closed", "lost", "stuck"),
 * unlike those of feeling ("interested", "tired"): with a time adverbial ("was closed last
 * week") they are the change itself, a passive.
 */
export const STATE_PARTICIPLES: readonly string[] = [
  'closed',
  'opened',
  'finished',
  'lost',
  'stuck',
  'crowded',
  'packed',
  'mixed',
  'sorted',
  'broken',
  'spoiled',
  'spoilt',
  'wasted',
  'reserved',
  'involved',
  'limited',
  'detailed',
];

/** Verbs of saying, after which a quotation is direct speech: "They said "call back"". */
export const SAYING_VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'asked',
  'asks',
  'wrote',
  'writes',
  'replied',
  'replies',
  'answered',
  'shouted',
  'yelled',
  'added',
  'insisted',
];

/** Titles abbreviated with a full stop before a name ("Lt. General Barno", "Ms. Sue"). */
export const NAME_TITLES: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'lt',
  'gen',
  'col',
  'capt',
  'sgt',
  'maj',
  'rev',
  'prof',
  'sen',
  'rep',
  'gov',
  'st',
];
