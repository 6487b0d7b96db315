/**
 * The Finnish and English imperatives of rules/context/requests.ts, beside each language's
 * phrases (`LanguagePhrases.requests`, rules/<code>/data/phrases.ts). Lower case.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

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
