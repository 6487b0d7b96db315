import type { Template } from '../templates/schema';

/**
 * The reply templates of the built-in Finnish pack: common customer-service situations,
 * written in the pack's own house style (formal address, "we", requests rather than
 * orders, active voice, greeting, thanks and closing). The validator runs them through the
 * pack's checks and their `suggestFor` messages through the ranking; a unit test keeps
 * both clean. Ids are shared with the English templates: they are language variants.
 */
export const TEMPLATES_FI: Template[] = [
  {
    id: 'delivery-delay',
    title: 'Toimitus myöhässä',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne, ja pahoittelemme, että tilauksenne on myöhässä. Tarkistimme tilauksen {{input:Tilausnumero | required}} tilanteen. Kuljetusyhtiön mukaan paketti saapuu {{input:Arvioitu saapumispäivä}}.{{cursor}}\n\nIlmoitamme Teille, jos aikataulu vielä muuttuu.\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['toimitus', 'tilaus'],
    triggers: [
      'myöhäs*',
      'ei ole tullut',
      'ei ole saapunut',
      'ei ole vielä tullut',
      'ei ole vieläkään',
      'paketti',
      'missä tilau*',
      { regex: 'missä .{0,30}(?:paketti|pakett|lähetys|tilau)' },
    ],
    shortcut: 'viive',
    examples: {
      suggestFor: [
        'Tilaukseni ei ole vieläkään tullut, vaikka tilasin sen kaksi viikkoa sitten.',
        'Missä minun pakettini on? Seurantakoodi ei näytä mitään.',
        'Odotin pakettia jo viime viikolla.',
      ],
    },
  },
  {
    id: 'return',
    title: 'Tuotteen palautus',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Voitte palauttaa tuotteen 30 päivän kuluessa toimituksesta näin:\n\n1. Täyttäkää palautuslomake osoitteessa {{input:Palautuslomakkeen osoite | "esimerkki.fi/palautus"}}.\n2. Pakatkaa tuote alkuperäiseen pakkaukseen.\n3. Viekää paketti lähimpään noutopisteeseen.\n\nPalautamme rahat samalle maksutavalle viimeistään viikon kuluessa palautuksen saapumisesta.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['palautus'],
    triggers: [
      'palautt*',
      'palautu*',
      'palauta*',
      'palautus',
      'lähettää takaisin',
      'vaihtaa',
      'vaihto*',
    ],
    shortcut: 'palautus',
    examples: {
      suggestFor: [
        'Haluaisin palauttaa kengät, ne ovat liian pienet.',
        'Miten voin lähettää tuotteen takaisin?',
      ],
    },
  },
  {
    id: 'refund',
    title: 'Hyvitys tehty',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Teimme Teille hyvityksen {{input:Summa | required}} euroa. Summa näkyy tilillänne yleensä 3–5 pankkipäivän kuluessa.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['hyvitys', 'maksu'],
    triggers: [
      'hyvity*',
      'rahat takaisin',
      'rahojen palautus',
      'rahani',
      'palautusraha*',
      'hyvitys',
    ],
    shortcut: 'hyvitys',
    examples: {
      suggestFor: [
        'Milloin saan rahat takaisin palautuksesta?',
        'Hyvitystä ei ole vieläkään näkynyt tililläni.',
      ],
    },
  },
  {
    id: 'faulty-product',
    title: 'Viallinen tuote',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne, ja olemme pahoillamme, että tuote on viallinen. Hoidamme asian mahdollisimman pian.\n\nVoisitteko lähettää meille kuvan viasta ja tilausnumeron? Sen jälkeen lähetämme Teille uuden tuotteen tai hyvitämme ostoksen, kumman vain valitsette.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['reklamaatio', 'vika'],
    triggers: [
      'rikki',
      'rikkinäi*',
      'viallinen',
      'viallise*',
      'vika',
      'vikaa',
      'ei toimi',
      'hajo*',
      'reklamaatio',
      'takuu*',
    ],
    shortcut: 'vika',
    examples: {
      suggestFor: [
        'Saamani kahvinkeitin ei toimi ollenkaan.',
        'Tuote oli rikki, kun avasin paketin.',
      ],
    },
  },
  {
    id: 'cancel-order',
    title: 'Tilauksen peruutus',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Peruimme tilauksenne {{input:Tilausnumero | required}} toiveenne mukaisesti. Jos maksoitte tilauksen jo, palautamme rahat samalle maksutavalle muutaman päivän kuluessa.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['tilaus', 'peruutus'],
    triggers: ['peru*', 'peruutta*', 'peruuttaa', 'peruutus', 'en halua tilausta', 'perua'],
    shortcut: 'peru',
    examples: {
      suggestFor: [
        'Haluaisin perua tilaukseni, tilasin vahingossa väärän koon.',
        'Voinko vielä peruuttaa eilisen tilauksen?',
      ],
    },
  },
  {
    id: 'invoice',
    title: 'Laskua koskeva kysymys',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Tarkistimme laskunne {{input:Laskun numero}}.{{cursor}} {{choice:Tulos | "Laskussa oli virhe, ja lähetämme Teille korjatun laskun sähköpostiin." | "Lasku on oikein: summa sisältää tuotteet ja toimitusmaksun."}}\n\nVastaamme mielellämme, jos laskusta on vielä kysyttävää.\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['lasku', 'maksu'],
    triggers: [
      'lasku',
      'lasku*',
      'laskutu*',
      'eräpäivä*',
      'veloitu*',
      'veloitett*',
      'karhu*',
      'maksumuistutu*',
    ],
    shortcut: 'lasku',
    examples: {
      suggestFor: [
        'Laskussani on väärä summa, voitteko tarkistaa sen?',
        'Minua on veloitettu kahteen kertaan samasta tilauksesta.',
      ],
    },
  },
  {
    id: 'password-reset',
    title: 'Kirjautuminen ja salasana',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Voitte vaihtaa salasanan itse näin:\n\n1. Valitkaa kirjautumissivulla kohta ”Salasana unohtunut”.\n2. Kirjoittakaa sähköpostiosoitteenne {{customer.email | ""}}.\n3. Avatkaa saamanne viesti ja valitkaa uusi salasana.\n\nJos viestiä ei kuulu 15 minuutin kuluessa, tarkistattehan roskapostikansion.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['tili', 'kirjautuminen'],
    triggers: ['salasan*', 'kirjau*', 'kirjautua', 'en pääse', 'tunnu*', 'sisään', 'lukittu*'],
    shortcut: 'salasana',
    examples: {
      suggestFor: [
        'En pääse kirjautumaan tililleni, salasana ei kelpaa.',
        'Olen unohtanut salasanani.',
      ],
    },
  },
  {
    id: 'more-information',
    title: 'Lisätietojen pyyntö',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Selvitämme asiaa mielellämme, mutta tarvitsemme siihen vielä lisätietoja.\n\nVoisitteko kertoa meille {{input:Mitä tarvitaan | "tilausnumeron ja tilauksessa käyttämänne sähköpostiosoitteen"}}? Jatkamme asian selvittämistä heti, kun saamme tiedot.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['lisätiedot'],
    triggers: ['ongelma*', 'en ymmärrä', 'jotain vikaa', 'apua', 'auttaa'],
    shortcut: 'lisatiedot',
    examples: {
      suggestFor: ['Minulla on ongelma tilauksen kanssa, voitteko auttaa?', 'Tarvitsen apua.'],
    },
  },
  {
    id: 'feedback-thanks',
    title: 'Kiitos palautteesta',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos palautteestanne! Ilahduimme kovasti, ja välitämme viestinne myös tiimillemme.{{cursor}}\n\nToivottavasti palvelemme Teitä pian uudelleen.\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['palaute'],
    triggers: [
      'palaute',
      'palautet*',
      'kehu*',
      'kiitokse*',
      'erinomai*',
      'loistava*',
      'tyytyväi*',
      'hyvää palvelua',
    ],
    shortcut: 'kiitos',
    examples: {
      suggestFor: [
        'Halusin vain kiittää erinomaisesta palvelusta!',
        'Olen todella tyytyväinen uuteen sohvaan.',
      ],
    },
  },
  {
    id: 'address-change',
    title: 'Toimitusosoitteen muutos',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Muutimme tilauksenne {{input:Tilausnumero | required}} toimitusosoitteeksi {{input:Uusi osoite | required}}. Paketti lähtee uuteen osoitteeseen alkuperäisen aikataulun mukaisesti.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['toimitus', 'osoite'],
    triggers: ['osoite*', 'osoitte*', 'osoitteenmuuto*', 'muuttanut', 'muutin', 'väärä osoite'],
    shortcut: 'osoite',
    examples: {
      suggestFor: [
        'Voinko vielä muuttaa tilauksen toimitusosoitetta?',
        'Kirjoitin tilaukseen väärän osoitteen.',
      ],
    },
  },
  {
    id: 'payment-failed',
    title: 'Maksu ei onnistunut',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne, ja pahoittelemme hankaluutta. Tarkistimme asian: maksu ei mennyt läpi, emmekä veloittaneet tililtänne rahaa.\n\nVoitte tehdä tilauksen uudelleen toisella maksutavalla. Jos ongelma toistuu, autamme mielellämme.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['maksu'],
    triggers: [
      'maksu ei',
      'maksaminen',
      'maksu epäonnistui',
      'kortti*',
      'korttia',
      'mobilepay',
      'maksutapa*',
      { regex: 'maksu.{0,20}(?:epäonnist|ei onnist|ei mene|hylät)' },
    ],
    shortcut: 'maksu',
    examples: {
      suggestFor: [
        'Maksu epäonnistui kassalla, mutta rahat lähtivät tililtä.',
        'Korttimaksu ei mene läpi.',
      ],
    },
  },
  {
    id: 'delete-account',
    title: 'Tilin ja tietojen poisto',
    body: 'Hei {{customer.firstName | ""}},\n\nkiitos viestistänne. Poistimme asiakastilinne ja siihen liittyvät henkilötiedot pyyntönne mukaisesti. Kirjanpitolaki velvoittaa meitä säilyttämään ostojen tositteet kuusi vuotta.{{cursor}}\n\nYstävällisin terveisin\n{{agent.name}}',
    tags: ['tili', 'tietosuoja'],
    triggers: ['poista*', 'poisto*', 'tietosuoja*', 'gdpr', 'henkilötie*', 'tilini'],
    shortcut: 'poisto',
    examples: {
      suggestFor: [
        'Haluan, että poistatte tilini ja kaikki tietoni.',
        'Pyydän tietojeni poistoa GDPR:n perusteella.',
      ],
    },
  },
];
