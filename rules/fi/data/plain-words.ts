/**
 * Everyday Finnish for jargon, anglicisms and slang common in service writing: the
 * built-in `plain-words` rule of builtin:fi (rules/packs/plain-words.ts turns this list
 * into a `substitute` rule).
 *
 * Patterns follow the pack format: a base form matches its inflected forms ("feedback" →
 * feedbackin, feedbackiä); a stem with `*` matches every word it begins, which verbs and
 * words with stem changes need (tsekata → tsekkaamme, tsekkasin). Stems are chosen so they
 * begin no common Finnish word: "meil*" would match "meille", so meili is spelt out.
 * `inflect: true` marks replacements that take the matched word's ending as they are
 * (meilissä → sähköpostissa): both words inflect without a stem change.
 */

import type { PlainWord } from '../../languages';

export const PLAIN_WORDS_FI: readonly PlainWord[] = [
  { pattern: 'asap', replacement: 'mahdollisimman pian' },
  { pattern: 'tsek*', replacement: 'tarkistaa' },
  { pattern: ['checkat*', 'checkaa*', 'chekat*', 'chekkaa*'], replacement: 'tarkistaa' },
  { pattern: 'feedback', replacement: 'palaute' },
  { pattern: 'deadline', replacement: 'määräaika' },
  { pattern: ['meili', 'meilei*', 'meilej*'], replacement: 'sähköposti', inflect: true },
  { pattern: ['meilat*', 'meilaa*', 'meilas*'], replacement: 'lähettää sähköpostia' },
  {
    pattern: ['spämmi', 'spammi', 'spämmei*', 'spämmej*'],
    replacement: 'roskaposti',
    inflect: true,
  },
  { pattern: 'softa', replacement: 'ohjelmisto', inflect: true },
  { pattern: ['äppi', 'äpi*'], replacement: 'sovellus' },
  { pattern: 'läppäri', replacement: 'kannettava tietokone' },
  { pattern: ['printat*', 'printtaa*', 'printtas*'], replacement: 'tulostaa' },
  { pattern: ['printteri', 'printteri*'], replacement: 'tulostin' },
  { pattern: ['bugi', 'bugei*', 'bugej*'], replacement: 'vika' },
  { pattern: ['fiksat*', 'fiksaa*', 'fiksas*', 'fixat*', 'fixaa*'], replacement: 'korjata' },
  { pattern: ['buukat*', 'buukkaa*', 'buukkas*', 'buukkai*'], replacement: 'varata' },
  { pattern: 'buukkau*', replacement: 'varaus' },
  { pattern: ['diili', 'deali'], replacement: 'sopimus' },
  { pattern: ['brändi', 'brändei*', 'brändej*'], replacement: 'tuotemerkki' },
  { pattern: ['briiffa*', 'briifa*'], replacement: 'ohjeistaa' },
  { pattern: ['fiitsi', 'fiitsei*', 'fiitsej*'], replacement: 'ominaisuus' },
  { pattern: ['kontaktoi*'], replacement: 'ottaa yhteyttä' },
  { pattern: ['deletoi*', 'deleetat*', 'deleettaa*'], replacement: 'poistaa' },
  { pattern: ['sori', 'sorry'], replacement: 'pahoittelemme' },
  { pattern: 'okei', replacement: 'selvä' },
  { pattern: 'info', replacement: 'tieto' },
  { pattern: ['logat*', 'loggaa*', 'loggas*', 'loggau*'], replacement: 'kirjautua' },
  { pattern: ['klikat*', 'klikkaa*', 'klikkas*', 'klikkai*'], replacement: 'napsauttaa' },
  { pattern: 'fyi', replacement: 'tiedoksi' },
  { pattern: 'btw', replacement: 'muuten' },
  { pattern: ['tiketti', 'tiketi*'], replacement: 'tukipyyntö' },
  { pattern: ['keissi', 'keisi*'], replacement: 'asia' },
  { pattern: 'issue', replacement: 'ongelma' },
  { pattern: 'prosessoi*', replacement: 'käsitellä' },
  { pattern: 'implementoi*', replacement: 'toteuttaa' },
  { pattern: 'eskaloi*', replacement: 'siirtää eteenpäin' },
  { pattern: 'priorisoi*', replacement: 'asettaa tärkeysjärjestykseen' },
  { pattern: 'fokusoi*', replacement: 'keskittyä' },
  { pattern: 'informoi*', replacement: 'kertoa' },
  { pattern: ['approvat*', 'approvaa*', 'approvas*'], replacement: 'hyväksyä' },
  { pattern: ['cancelloi*', 'kanseloi*', 'kancelloi*'], replacement: 'perua' },
  { pattern: ['refundi', 'refundei*', 'refundej*'], replacement: 'hyvitys' },
  { pattern: ['meeting', 'miitti', 'miiti*'], replacement: 'kokous' },
  { pattern: 'kalenteroi*', replacement: 'merkitä kalenteriin' },
  { pattern: ['skipat*', 'skippaa*', 'skippas*'], replacement: 'ohittaa' },
  { pattern: ['downloada*', 'daunloda*'], replacement: 'ladata' },
  { pattern: ['uploada*', 'aploda*'], replacement: 'ladata palveluun' },
  { pattern: 'resetoi*', replacement: 'palauttaa alkutilaan' },
  { pattern: 'faktuura', replacement: 'lasku', inflect: true },
  { pattern: 'duuni', replacement: 'työ' },
  { pattern: 'speksa*', replacement: 'määritellä' },
  { pattern: ['jeesat*', 'jeesaa*', 'jeesas*'], replacement: 'auttaa' },
  { pattern: ['konffa*', 'konfiguroi*'], replacement: 'määrittää' },
  { pattern: ['kustomoi*', 'customoi*'], replacement: 'mukauttaa' },
  { pattern: 'workaround', replacement: 'kiertotie' },
  { pattern: ['defaultti', 'defaulti*'], replacement: 'oletusarvo' },
  { pattern: 'lokaatio', replacement: 'sijainti' },
  { pattern: ['tägät*', 'tägää*', 'tägäs*', 'tagat*', 'tagaa*'], replacement: 'merkitä' },
  { pattern: 'inboksi', replacement: 'saapuneet-kansio' },
  { pattern: 'online', replacement: 'verkossa' },
  { pattern: 'nettisivu', replacement: 'verkkosivu', inflect: true },
  { pattern: ['kännykk*', 'kännyk*'], replacement: 'matkapuhelin' },
  { pattern: 'assari', replacement: 'avustaja', inflect: true },
  { pattern: 'lafka', replacement: 'yritys' },
  { pattern: ['tsiigat*', 'tsiigaa*', 'tsiigas*'], replacement: 'katsoa' },
  { pattern: ['followat*', 'followaa*', 'follow-up'], replacement: 'seurata' },
  { pattern: ['krediitti', 'krediiti*'], replacement: 'hyvitys' },
];
