import type { Pack } from '../pack';
import type { Language } from '../types';

/**
 * What `talontapa init` writes: a pack that extends the built-in one and shows every part
 * of the format (ground rules, check settings, one rule of each kind with examples), with
 * `"//"` comments a team lead can read in the file. It must validate as it is; a unit
 * test keeps it so.
 */
const STARTERS: Record<Language, Pack> = {
  fi: {
    '//': [
      'Talontapa-sääntöpaketti. JSONissa ei ole kommentteja, joten selitykset ovat "//"-avaimissa.',
      'Tarkista paketti: npx talontapa validate TIEDOSTO; aja sääntöjen esimerkit: npx talontapa test TIEDOSTO.',
    ],
    id: 'oma:asiakaspalvelu',
    name: 'Oman tiimin talon tapa',
    version: '0.1.0',
    language: 'fi',
    description: 'Asiakaspalvelun vastausten talon tapa.',
    extends: 'builtin:fi',
    style: {
      '//': 'Perussäännöt. Avain, jota ei ole, periytyy paketista builtin:fi.',
      address: 'formal',
      speaker: 'we',
      sentenceMaxWords: 20,
      closing: { required: true, phrases: ['Ystävällisin terveisin', 'Parhain terveisin'] },
    },
    checks: {
      'paragraph-length': { severity: 'warning' },
      'plain-words': { severity: 'warning' },
    },
    rules: [
      {
        '//': 'Korvaa sanan ja tarjoaa korjauksen. inflect: korvaava sana saa osuman päätteen.',
        id: 'tilausnumero',
        kind: 'substitute',
        message: 'Kirjoita ”{replacement}” eikä ”{match}”.',
        swap: [{ pattern: 'tilausnro', replacement: 'tilausnumero', inflect: true }],
        examples: {
          bad: [
            {
              text: 'Kerro tilausnro, niin tarkistamme asian.',
              fixed: 'Kerro tilausnumero, niin tarkistamme asian.',
            },
            {
              text: 'Tilausnro:n löydät vahvistuksesta.',
              fixed: 'Tilausnumeron löydät vahvistuksesta.',
            },
          ],
          good: ['Kerro tilausnumero, niin tarkistamme asian.'],
        },
      },
      {
        id: 'ei-takuita',
        kind: 'forbid',
        severity: 'error',
        message: 'Älä lupaa varmaa: ”{match}”. Kerro arvio ja mistä se riippuu.',
        pattern: ['taatusti', 'varmasti huomenna', { regex: '100 ?%' }],
        examples: {
          bad: ['Paketti saapuu varmasti huomenna.', 'Olemme 100 % varmoja.'],
          good: ['Paketti saapuu arviolta huomenna.'],
        },
      },
      {
        '//': 'Ehtosääntö: kun asiakkaan viesti osuu when-kuvioon, vastauksessa pitää olla reply-kuvio.',
        id: 'palautusohje',
        kind: 'conditional',
        when: ['palautt*', 'palautu*', 'palauta*'],
        reply: ['palautuslomake*', { regex: 'esimerkki\\.fi/palautus' }],
        message: 'Asiakas kysyy palautuksesta: kerro palautuslomakkeesta (esimerkki.fi/palautus).',
        examples: {
          bad: [
            {
              customerMessage: 'Haluaisin palauttaa kengät.',
              text: 'Kiitos viestistä! Katsomme asiaa.',
            },
          ],
          good: [
            {
              customerMessage: 'Haluaisin palauttaa kengät.',
              text: 'Palautuslomakkeen löydät osoitteesta esimerkki.fi/palautus.',
            },
            { customerMessage: 'Missä tilaukseni on?', text: 'Tilauksesi on matkalla.' },
          ],
        },
      },
      {
        id: 'huutomerkit',
        kind: 'limit',
        severity: 'hint',
        pattern: { regex: '!' },
        max: 1,
        message: 'Yksi huutomerkki riittää: tässä vastauksessa niitä on {count}.',
        examples: {
          bad: ['Kiitos! Hienoa! Palaamme asiaan!'],
          good: ['Kiitos viestistä! Palaamme asiaan.'],
        },
      },
      {
        id: 'ohjesivu',
        kind: 'require',
        severity: 'hint',
        pattern: { regex: 'esimerkki\\.fi' },
        message: 'Lisää vastaukseen linkki ohjesivulle esimerkki.fi/ohjeet.',
        link: 'https://esimerkki.fi/talon-tapa#ohjeet',
        examples: {
          bad: ['Tilauksesi on lähetetty.'],
          good: ['Ohjeet löydät osoitteesta esimerkki.fi/ohjeet.'],
        },
      },
    ],
    templatesMustPass: true,
    templates: [
      {
        '//': [
          'Vastauspohja. templatesMustPass: pohja, joka rikkoo talon tapaa, hylkää paketin. Muuttujat täyttyvät sivulta: {{customer.firstName}}, {{agent.name}}, {{ticket.id}}.',
          'triggers: asiakkaan viestin sanat, jotka nostavat pohjan ehdotuksissa ensimmäiseksi (kuten sääntöjen kuviot).',
          'examples.suggestFor: viestit, joille pohjan on oltava kolmen ensimmäisen ehdotuksen joukossa.',
        ],
        id: 'delivery-delay',
        title: 'Toimitus myöhässä',
        body: 'Hei {{customer.firstName | "asiakkaamme"}},\n\nkiitos viestistänne. Pahoittelemme, että tilauksenne on myöhässä. Tarkistimme tilauksen {{input:Tilausnumero | required}} tilanteen: se on matkalla ja saapuu {{input:Arvioitu saapumispäivä}}. Toimituksen tilanteen voitte seurata osoitteessa esimerkki.fi/ohjeet.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
        tags: ['toimitus'],
        triggers: ['myöhäs*', 'ei ole tullut', { regex: 'missä .* paketti' }],
        shortcut: 'viive',
        examples: {
          suggestFor: ['Tilaukseni ei ole vieläkään tullut.', 'Missä minun pakettini on?'],
        },
      },
    ],
  },
  en: {
    '//': [
      'A Talontapa rule pack. JSON has no comments, so notes live under "//" keys.',
      'Check the pack: npx talontapa validate FILE; run the rules’ examples: npx talontapa test FILE.',
    ],
    id: 'my:support',
    name: 'Our team’s house style',
    version: '0.1.0',
    language: 'en',
    description: 'The house style of our customer-service replies.',
    extends: 'builtin:en',
    style: {
      '//': 'Ground rules. A key left out is inherited from builtin:en.',
      speaker: 'we',
      sentenceMaxWords: 25,
      closing: { required: true, phrases: ['Kind regards', 'Best regards'] },
    },
    checks: {
      'paragraph-length': { severity: 'warning' },
      'plain-words': { severity: 'warning' },
    },
    rules: [
      {
        '//': 'Flags a word and offers the preferred one as a one-click fix, in the same form.',
        id: 'product-names',
        kind: 'substitute',
        message: 'Write “{replacement}”, not “{match}”.',
        swap: [{ pattern: ['e-mail', 'email address'], replacement: 'email' }],
        examples: {
          bad: [{ text: 'We sent you an e-mail.', fixed: 'We sent you an email.' }],
          good: ['We sent you an email.'],
        },
      },
      {
        id: 'no-guarantees',
        kind: 'forbid',
        severity: 'error',
        message: 'Do not promise certainty: “{match}”. Give an estimate and what it depends on.',
        pattern: ['guarantee', 'definitely tomorrow', { regex: '100 ?%' }],
        examples: {
          bad: ['We guaranteed delivery.', 'It will arrive definitely tomorrow.'],
          good: ['It should arrive tomorrow.'],
        },
      },
      {
        '//': "When the customer's message matches `when`, the reply must match `reply`.",
        id: 'returns-form',
        kind: 'conditional',
        when: ['return', 'send back'],
        reply: ['returns form', { regex: 'example\\.com/returns' }],
        message: 'The customer asks about a return: point them to the returns form.',
        examples: {
          bad: [
            {
              customerMessage: 'I would like to return the shoes.',
              text: 'Thank you for your message. We will look into it.',
            },
          ],
          good: [
            {
              customerMessage: 'Can I send back the shoes?',
              text: 'You will find the returns form at example.com/returns.',
            },
            { customerMessage: 'Where is my order?', text: 'Your order is on its way.' },
          ],
        },
      },
      {
        id: 'exclamation-marks',
        kind: 'limit',
        severity: 'hint',
        pattern: { regex: '!' },
        max: 1,
        message: 'One exclamation mark is enough: this reply has {count}.',
        examples: {
          bad: ['Thanks! Great! Talk soon!'],
          good: ['Thank you for your message! We will get back to you.'],
        },
      },
      {
        id: 'help-page',
        kind: 'require',
        severity: 'hint',
        pattern: { regex: 'example\\.com' },
        message: 'Add a link to the help pages at example.com/help.',
        link: 'https://example.com/house-style#links',
        examples: {
          bad: ['Your order has shipped.'],
          good: ['See example.com/help for the instructions.'],
        },
      },
    ],
    templatesMustPass: true,
    templates: [
      {
        '//': [
          'A reply template. templatesMustPass: a template that breaks the house style makes the pack invalid. Variables are filled from the page: {{customer.firstName}}, {{agent.name}}, {{ticket.id}}.',
          "triggers: words in the customer's message that put the template first (patterns as in rules).",
          'examples.suggestFor: messages for which the template must be among the top three suggestions.',
        ],
        id: 'delivery-delay',
        title: 'Delivery delayed',
        body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. We are sorry that your order is late. We checked order {{input:Order number | required}}: it is on its way and should arrive by {{input:Expected date}}. You can follow the delivery at example.com/help.{{cursor}}\n\nKind regards\n{{agent.name}}',
        tags: ['delivery'],
        triggers: [
          'late',
          'not arrived',
          "hasn't arrived",
          { regex: 'where.{0,20}(?:order|parcel|package)' },
        ],
        shortcut: 'delay',
        examples: { suggestFor: ['My order still has not arrived.', 'Where is my parcel?'] },
      },
    ],
  },
};

/** The starter pack for `language`, as a fresh object the caller may change. */
export function starterPack(language: Language): Pack {
  return structuredClone(STARTERS[language]);
}
