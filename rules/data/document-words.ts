/**
 * Word lists the document model uses to recognise the shape of a reply. They are
 * language-neutral on purpose (Finnish and English together): the model must find the
 * greeting and the closing before anyone knows which pack will judge them, and a pack can
 * add its own phrases through `ParseOptions`.
 */

/** Salutations that open a reply on their own ("Hei,", "Hello Anna,"). */
export const GREETING_PHRASES: readonly string[] = [
  // Finnish
  'hei',
  'heippa',
  'moi',
  'moikka',
  'terve',
  'tervehdys',
  'hyvää huomenta',
  'hyvää päivää',
  'hyvää iltaa',
  'huomenta',
  'päivää',
  'iltaa',
  'hyvä asiakas',
  'hyvä asiakkaamme',
  'hyvä vastaanottaja',
  'arvoisa asiakas',
  'arvoisa asiakkaamme',
  'hyvä kysyjä',
  'hei kysyjä',
  'hyvä palautteen antaja',
  'hyvä palautteen antajamme',
  'hyvä lukija',
  'hei vaan',
  'moi vaan',
  'moikka vaan',
  'terve vaan',
  'heipä hei',
  'hei taas',
  'hei kaikille',
  'hei kaikki',
  // English
  'hello',
  'hi',
  'hey',
  'hi there',
  'hello there',
  'hey there',
  'hi all',
  'hello all',
  'hi everyone',
  'hello everyone',
  'hi team',
  'hello team',
  'hi folks',
  'dear all',
  'dear colleagues',
  'greetings',
  'good morning',
  'good afternoon',
  'good evening',
  'dear customer',
  'dear sir or madam',
  'dear sir/madam',
  'to whom it may concern',
];

/**
 * Salutations that are only a greeting when a name follows: "Hyvä Maija" greets, but
 * "Hyvä kysymys!" ("good question") does not.
 */
export const GREETING_PREFIXES_NEEDING_NAME: readonly string[] = ['hyvä', 'arvoisa', 'dear'];

/** Phrases that close a reply just before the agent's name. */
export const CLOSING_PHRASES: readonly string[] = [
  // Finnish
  'ystävällisin terveisin',
  'ystävällisesti',
  'parhain terveisin',
  'parhaat terveiset',
  'lämpimin terveisin',
  'terveisin',
  'terv',
  'kiittäen',
  'yhteistyöterveisin',
  'terkuin',
  'terkut',
  'kiitos',
  'kiitoksia',
  'kiitos vielä',
  'kiitos ja hyvää päivänjatkoa',
  'kiitos ja mukavaa päivänjatkoa',
  'hyvää päivänjatkoa',
  'mukavaa päivänjatkoa',
  'aurinkoista päivänjatkoa',
  'hyvää jatkoa',
  'hyvää viikonloppua',
  'mukavaa viikonloppua',
  'hyvää viikonjatkoa',
  'mukavaa viikonjatkoa',
  // English
  'best regards',
  'kind regards',
  'warm regards',
  'warmest regards',
  'regards',
  'best wishes',
  'all the best',
  'best',
  'sincerely',
  'yours sincerely',
  'yours faithfully',
  'yours truly',
  'with kind regards',
  'with best regards',
  'thanks and regards',
  'many thanks',
  'thanks',
  'thx',
  'thanks again',
  'thank you',
  'thank you again',
  'thanks so much',
  'cheers',
  'take care',
  'talk soon',
  'have a great day',
  'have a nice day',
  'have a good day',
  'have a great weekend',
  'have a nice weekend',
  'good luck',
  'best of luck',
];

/** Closings written as one word with "terveisin": "Taitoluisteluterveisin", "Kesäterveisin". */
export const CLOSING_PATTERNS: readonly string[] = ['\\p{L}+terveisin', '\\p{L}+terveiset'];

/**
 * Words that open a wish that ends a reply ("Onnea sopivan koulutuksen etsintään!", "Good
 * luck with the move!"): such a line, ending in "!", is a closing.
 */
export const WISH_WORDS: readonly string[] = [
  'onnea',
  'tsemppiä',
  'voimia',
  'jaksamista',
  'menestystä',
  'hyvää',
  'mukavaa',
  'aurinkoista',
  'rentoa',
  'antoisaa',
  'ihanaa',
  'kivaa',
  'leppoisaa',
  'good luck',
  'best of luck',
  'enjoy',
  'have a',
  'happy',
];

/**
 * Words that end a sign-off a name or a team may follow without a comma ("Terveisin
 * asiakaspalvelu", "Kind regards the ACME team"); lower case.
 */
export const SIGN_OFF_WORDS: readonly string[] = [
  'terveisin',
  'terveiset',
  'ystävällisesti',
  'kiittäen',
  'terkuin',
  'regards',
  'sincerely',
  'faithfully',
  'wishes',
];

/**
 * Abbreviations after which a full stop does not end the sentence even when a capital
 * letter follows ("esim. Helsingissä", "Mr. Smith"). Words that often end a sentence
 * ("jne.", "etc.") are deliberately absent: a capital after them starts a new sentence.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Finnish
  'esim',
  'mm',
  'ns',
  'ks',
  'vrt',
  'n',
  'ko',
  'kts',
  'klo',
  'puh',
  'p',
  's',
  'nro',
  'ts',
  't',
  'tk',
  'os',
  // English
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'e.g',
  'i.e',
  'approx',
  'tel',
  'ref',
  'dept',
]);

/**
 * Lines that introduce an earlier message quoted below the reply. Everything from such a
 * line on is the customer's (or a colleague's) text, not the agent's draft. Mail clients
 * put a date or an address in "wrote:" lines; requiring a digit or "@" keeps the agent's
 * own "Tukemme kirjoitti asiasta näin:" in the reply.
 */
export const QUOTE_ATTRIBUTION_PATTERNS: readonly RegExp[] = [
  /^-{2,}\s*(?:original message|alkuperäinen viesti|forwarded message|välitetty viesti)\s*-{2,}\s*$/iu,
  // "On Mon, 3 Jun 2024 at 10.00, Maija <m@x.fi> wrote:"
  /^(?=.*[\d@])on\s.{1,300}\swrote:\s*$/iu,
  // "Maija Meikäläinen <m@x.fi> kirjoitti 3.6.2024 klo 10.00:" and "ma 3.6. klo 10 Maija kirjoitti:"
  /^(?=.*[\d@]).{1,300}\skirjoitti(?:\s.{0,200})?:\s*$/iu,
];
