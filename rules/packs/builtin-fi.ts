import type { Pack } from '../pack';
import { PLAIN_WORDS } from './plain-words';
import { TEMPLATES_FI } from './templates-fi';

/**
 * The built-in Finnish pack: the ground rules of good written customer service, usable
 * with no configuration. The first phrase of each list is the one fixes insert.
 */
export const builtinFi = {
  id: 'builtin:fi',
  name: 'Talontapa – suomi',
  version: '0.1.0',
  language: 'fi',
  description: 'Hyvän kirjallisen asiakaspalvelun perussäännöt suomenkielisille vastauksille.',
  style: {
    address: 'any',
    speaker: 'we',
    commands: 'avoid',
    passive: 'avoid',
    greeting: {
      required: true,
      phrases: [
        'Hei',
        'Hyvä asiakas',
        'Hyvä asiakkaamme',
        'Hyvää päivää',
        'Hyvää huomenta',
        'Hyvää iltaa',
        'Tervehdys',
        'Arvoisa asiakas',
      ],
    },
    thanks: {
      required: true,
      phrases: [
        'Kiitos viestistä',
        'Kiitos yhteydenotosta',
        'Kiitos, että otit yhteyttä',
        'Kiitos, että otitte yhteyttä',
        'Kiitos sähköpostista',
        'Kiitos kysymyksestä',
        'Kiitos tiedustelusta',
        'Kiitos palautteesta',
        'Kiitos tiedosta',
        'Kiitoksia viestistä',
        'Kiitoksia yhteydenotosta',
        'Kiitos paljon viestistä',
      ],
    },
    closing: {
      required: true,
      phrases: [
        'Ystävällisin terveisin',
        'Ystävällisesti',
        'Parhain terveisin',
        'Lämpimin terveisin',
        'Terveisin',
        'Kiittäen',
        'Yhteistyöterveisin',
      ],
    },
    apologyWhenUpset: {
      enabled: true,
      upsetSignals: [
        'pettynyt',
        'petyin',
        'tyytymätön',
        'harmittaa',
        'ärsyttää',
        'suututtaa',
        'huono palvelu',
        'reklamaatio',
        'valitus',
        'ei toimi',
        'rikki',
        'myöhässä',
        'ei ole vieläkään',
        'vieläkään',
        'jo kolmannen kerran',
        'ennenkuulumatonta',
        'surkea',
      ],
      apologyPhrases: [
        'Pahoittelemme',
        'Pahoittelen',
        'Olemme pahoillamme',
        'Olen pahoillani',
        'Pyydämme anteeksi',
        'Pyydän anteeksi',
      ],
    },
    sentenceMaxWords: 20,
    paragraphMaxSentences: 5,
    replyMaxWords: 250,
    numberedSteps: true,
    responseTime: { amount: 2, unit: 'working-days' },
  },
  checks: {
    // "Hei hei" and "moi moi" are Finnish farewells, not slips.
    'repeated-word': { options: { allow: ['hei', 'moi', 'kiitos'] } },
  },
  rules: [PLAIN_WORDS.fi],
  templates: TEMPLATES_FI,
} satisfies Pack;
