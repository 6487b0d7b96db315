/**
 * What makes a sentence of a reply a request to the customer to do something, for the
 * `numbered-steps` check (rules/context/requests.ts). Lower case.
 */

import type { Language } from '../../types';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Step words skipped at the start of a sentence ("Sen jälkeen lähettäkää …", "Then click …"). */
export const STEP_OPENERS: Record<Language, readonly string[]> = {
  fi: [
    'ensin',
    'ensiksi',
    'aluksi',
    'sitten',
    'seuraavaksi',
    'lopuksi',
    'lisäksi',
    'tämän jälkeen',
    'sen jälkeen',
    'sitten vielä',
    'ja',
    'ole hyvä ja',
    'olkaa hyvä ja',
    'olkaa ystävällinen ja',
    'olkaa ystävällisiä ja',
    'ystävällisesti',
  ],
  en: [
    'first',
    'firstly',
    'second',
    'secondly',
    'next',
    'then',
    'finally',
    'lastly',
    'also',
    'after that',
    'afterwards',
    'and',
  ],
};

/** Sentence openings that ask the customer to act ("Voisitteko …", "Pyydämme …", "Could you …"). */
export const REQUEST_OPENINGS: Record<Language, readonly string[]> = {
  fi: [
    'voisit(?:te)?ko',
    'voit(?:te)?ko',
    'viitsisit(?:te)?kö',
    'olisit(?:te)?ko (?:hyvä|ystävällinen|ystävällisiä)',
    'pystyisit(?:te)?kö',
    'ehtisit(?:te)?kö',
    'pyydämme',
    'pyydän',
    'pyytäisimme',
    'pyytäisin',
    'toivomme,? että',
    'toivoisimme,? että',
    '(?:teidän|sinun) (?:tulee|täytyy|pitää|pitäisi|kannattaa)',
    'kannattaa',
  ],
  en: [
    'please',
    'kindly',
    '(?:could|can|would|will) you',
    "(?:we|i) (?:would |'d )?(?:ask|need|like|want) you to",
    "you(?: will|'ll)? need to",
    'you (?:must|should)',
    'make sure',
    'be sure to',
  ],
};

/**
 * Finnish second-person singular imperatives that the analyzer reads as indicatives ("avaa",
 * "klikkaa") or that the fallback must know without it. Plural imperatives (-kaa/-kää) are
 * recognised by their ending.
 */
export const FI_IMPERATIVES: ReadonlySet<string> = words(`
  lähetä tarkista tarkasta käynnistä kirjaudu avaa valitse paina klikkaa napsauta napauta syötä
  täytä liitä palauta ota kokeile odota soita vastaa kerro ilmoita varmista päivitä asenna
  poista sulje mene siirry katso tyhjennä lataa tallenna kopioi kirjoita hyväksy vahvista
  pakkaa tulosta vie toimita irrota kytke yhdistä sammuta selaa etsi salli estä laita
  aseta nollaa pura kiinnitä
`);
// Not "anna" (a name), "tuo" (that), "lisää" (more), "muuta" (else): too often not verbs.

/** Courtesy formulas that are imperative or requests only in form: not a step. */
export const COURTESY_OPENINGS: Record<Language, readonly string[]> = {
  fi: [
    '(?:ottakaa|ota) (?:rohkeasti |ystävällisesti |tarvittaessa |vain )?yhteyttä',
    '(?:olkaa|ole) hyvä(?:t)?\\.?$',
    'hyvää (?:päivän)?jatkoa',
    'mukavaa (?:päivää|viikonloppua|kesää)',
  ],
  en: [
    'let (?:me|us) know',
    'feel free',
    "(?:do not|don't) hesitate",
    'have a (?:nice|good|great|lovely)',
    'enjoy',
    'thank you',
    'please (?:do )?(?:contact|reach out|get in touch)',
  ],
};

/**
 * English verbs customers are commonly asked to do, for sentences the grammar detector
 * (rules/en/features.ts) does not read as imperatives ("Click Settings …", "First, clear …").
 */
export const EN_IMPERATIVES: ReadonlySet<string> = words(`
  click tap open restart reboot clear send check log sign go select choose enter type press
  update install uninstall reinstall delete remove try reset call reply fill attach upload
  download return pack print include confirm verify wait close turn switch unplug plug connect
  disconnect visit follow copy paste save scroll navigate enable disable allow accept change
  add take provide forward submit complete use
`);

/**
 * What follows a verb from `EN_IMPERATIVES` when it is an imperative ("Restart the router",
 * "Log in", "Send us"), unlike a noun ("Return shipping is free"). A capitalised word also
 * does ("Click Settings").
 */
export const EN_IMPERATIVE_OBJECTS: ReadonlySet<string> = words(`
  the a an your our this that these those it them us me him her on in to out up down off any
  all both each every again back here there for with
`);
