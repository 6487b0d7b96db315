/**
 * The grammar of Finnish questions and orders (rules/fi/clauses.ts), beside the phrase data
 * of rules/fi/data/phrases.ts. Lower case.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** A Finnish sentence-initial question word followed by one of these is no question. */
export const FI_NOT_QUESTION_AFTER: ReadonlySet<string> = words('tahansa tulee ollakaan hyvänsä');

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
