/**
 * Deterministic word list for the libvoikko differential test:
 *  1. seeded random walks over the surface (input) side of mor.vfst, honouring flag diacritics;
 *  2. customer-service vocabulary, inflected by hand-written stem × ending tables, with clitics,
 *     possessives, compounds, hyphenation, capitalisation, digits and abbreviations;
 *  3. stress inputs (empty, unknown characters, 255/256 code points, odd punctuation).
 * Both analyzers see every word; forms that are not Finnish are useful too (they must yield the
 * same "no analysis").
 */
import type { VfstTransducer } from '../../../rules/fi/vfst';

/** mulberry32 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Flag {
  op: string;
  feature: string;
  value: string | null;
}

function parseFlag(sym: string): Flag {
  const body = sym.slice(3, -1);
  const dot = body.indexOf('.');
  return {
    op: sym[1] ?? 'D',
    feature: dot < 0 ? body : body.slice(0, dot),
    value: dot < 0 ? null : body.slice(dot + 1),
  };
}

/** Applies a flag to `flags` if it passes; returns false when blocked. */
function flagStep(f: Flag, flags: Map<string, string>): boolean {
  const cur = flags.get(f.feature);
  switch (f.op) {
    case 'P':
      flags.set(f.feature, f.value ?? '@');
      return true;
    case 'C':
      flags.delete(f.feature);
      return true;
    case 'U':
      if (cur !== undefined) return cur === f.value;
      flags.set(f.feature, f.value ?? '@');
      return true;
    case 'R':
      return f.value === null ? cur !== undefined : cur === f.value;
    default:
      return !((f.value === null && cur !== undefined) || cur === (f.value ?? '@'));
  }
}

/** Surface strings from seeded random walks through the transducer. */
export function randomWalkWords(v: VfstTransducer, count: number, seed: number): string[] {
  const r = rng(seed);
  const flagsBySym = new Map<number, Flag>();
  for (let i = 1; i < v.firstNormal; i++) flagsBySym.set(i, parseFlag(v.symbols[i] ?? ''));
  const out = new Set<string>();
  let attempts = 0;
  while (out.size < count && attempts < count * 200) {
    attempts++;
    const target = 2 + Math.floor(r() * 14);
    const flags = new Map<string, string>();
    let state = 0;
    let word = '';
    let ok = false;
    for (let steps = 0; steps < 600; steps++) {
      let final = false;
      const cand: number[] = [];
      for (const c of v.transitionsOf(state)) {
        const sIn = v.symIn(c);
        if (sIn === 0xffff) final = true;
        else if (sIn < v.firstMulti) cand.push(c);
      }
      if (final && word.length > 0 && (word.length >= target || r() < 0.15)) {
        ok = true;
        break;
      }
      if (cand.length === 0) break;
      // Pick a random passable transition (try a few).
      let moved = false;
      for (let tries = 0; tries < 6 && !moved; tries++) {
        const c = cand[Math.floor(r() * cand.length)] ?? 0;
        const sIn = v.symIn(c);
        const f = flagsBySym.get(sIn);
        if (f) {
          const copy = new Map(flags);
          if (!flagStep(f, copy)) continue;
          flags.clear();
          for (const [k, val] of copy) flags.set(k, val);
        } else if (sIn >= v.firstNormal) {
          word += v.symbols[sIn];
          if (word.length > 40) break;
        }
        state = v.target(c);
        moved = true;
      }
      if (!moved || word.length > 40) break;
    }
    if (ok) out.add(word);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Customer-service vocabulary

/** [stems, endings] – every stem gets every ending (real forms + plausible non-forms). */
const NOUN_TABLES: [string[], string[]][] = [
  [['tilaus', 'palautus', 'toimitus', 'maksu', 'lasku'], ['']],
  [
    ['tilaukse', 'palautukse', 'toimitukse'],
    ['n', 'en', 'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'na', 't', 'nsa', 'mme', 'si', 'ni'],
  ],
  [
    ['tilaus', 'palautus', 'toimitus'],
    ['ta', 'ten', 'tani', 'tanne', 'taan', 'kin', 'han', 'ko'],
  ],
  [
    ['tilauks', 'palautuks', 'toimituks'],
    ['ia', 'ien', 'iin', 'issa', 'ista', 'ille', 'illa', 'ilta', 'iksi', 'ina', 'ineen', 'itta'],
  ],
  [
    ['lasku', 'maksu', 'kortti', 'osoite', 'paketti', 'tuote', 'viesti', 'asiakas'],
    ['n', 'a', 'ssa', 'sta', 'un', 'lla', 'lta', 'lle', 'ksi', 'na', 't', 'jen', 'ja', 'ihin'],
  ],
  [
    ['laskui', 'maksui', 'kortei', 'osoittei', 'paketei', 'tuottei', 'viestei', 'asiakkai'],
    ['ssa', 'sta', 'lla', 'lle', 'lta', 'ksi', 'na', 'hin', 'den', 'tten', 'ta', 'neen'],
  ],
  [
    ['kortin', 'osoitteen', 'paketin', 'tuotteen', 'viestin', 'asiakkaan', 'laskun', 'maksun'],
    ['', 'i', 'si', 'sa', 'kin', 'kaan', 'han', 'ko'],
  ],
  [
    ['asiakaspalvelu', 'sähköposti', 'puhelinnumero', 'käyttäjätunnus', 'salasana'],
    ['', 'n', 'a', 'ssa', 'sta', 'un', 'lla', 'lle', 'ksi', 'mme', 'nne', 'si', 'ni', 'kin'],
  ],
  [
    ['hyvitys', 'veloitus', 'peruutus', 'reklamaatio', 'vaihto', 'takuu', 'vika', 'virhe'],
    ['', 'n', 'ta', 'a', 'ä', 'kin', 'kö', 'ko', 'hän', 'han', 'pa', 'pä', 'ssa', 'lle'],
  ],
  [
    ['hyvitykse', 'veloitukse', 'peruutukse', 'viano', 'virhee', 'vaihdo', 'takuu'],
    ['n', 'en', 'ssa', 'sta', 'lla', 'lle', 'ksi', 'na', 't', 'si', 'nne', 'mme'],
  ],
  [
    ['päivä', 'viikko', 'kuukausi', 'aika', 'hinta', 'määrä', 'tila', 'tieto', 'yhteys'],
    ['', 'n', 'ä', 'a', 'ssä', 'ssa', 'llä', 'lla', 'ksi', 'nä', 'na', 'stä', 'sta', 'kin'],
  ],
  [
    ['päivi', 'viiko', 'kuukaude', 'aja', 'hinno', 'määri', 'tiloj', 'tiedo', 'yhteyde'],
    ['n', 'ssä', 'ssa', 'llä', 'lla', 'ksi', 't', 'en', 'ä', 'a', 'sta', 'stä', 'ista', 'issa'],
  ],
  [
    ['yritys', 'palvelu', 'verkkokauppa', 'varasto', 'kuljetus', 'posti', 'kuitti', 'sopimus'],
    ['', 'n', 'ta', 'a', 'kin', 'ko', 'sta', 'ssa', 'ssä', 'lla', 'lle'],
  ],
  [
    [
      'yritykse',
      'palvelui',
      'verkkokaupa',
      'varastoi',
      'kuljetukse',
      'posti',
      'kuiti',
      'sopimukse',
    ],
    ['n', 'ssa', 'sta', 'lla', 'lle', 'ksi', 'na', 't', 'en', 'mme', 'nne', 'nsa'],
  ],
];

const ADJ_TABLES: [string[], string[]][] = [
  [
    ['nopea', 'hidas', 'uusi', 'vanha', 'hyvä', 'huono', 'iso', 'pieni', 'ystävällinen'],
    ['', 'n', 'a', 'ä', 'mpi', 'mmin', 'sti', 'in', 'mpaa', 'mmat', 'mpana'],
  ],
  [
    ['nopeampi', 'hitaampi', 'uudempi', 'parempi', 'huonompi', 'isompi', 'pienempi'],
    ['', 'a', 'en', 'kin', 'ko'],
  ],
  [
    ['nopeimm', 'hitaimm', 'uusimm', 'parhaimm', 'huonoimm', 'isoimm', 'pienimm'],
    ['an', 'assa', 'at', 'alla', 'aksi', 'ista'],
  ],
  [
    ['ystävällise', 'pahoillaa', 'valmii', 'tyytyväise'],
    ['n', 'ssa', 'sti', 'ksi', 't', 'en'],
  ],
];

const VERB_TABLES: [string[], string[]][] = [
  // korjata-type (muistaa), a-stem
  [
    ['korja', 'tarkista', 'lähettä', 'palauttaa', 'peruuttaa', 'vahvista', 'tila', 'maksa'],
    ['n', 't', 'a', 'ä', 'mme', 'tte', 'vat', 'vät', 'isin', 'isit', 'isi', 'isimme', 'isitte'],
  ],
  [
    ['korja', 'tarkista', 'lähettä', 'vahvista', 'tila', 'maksa', 'odota', 'auta'],
    ['ma', 'mä', 'massa', 'mässä', 'masta', 'mästä', 'maan', 'mään', 'malla', 'mällä'],
  ],
  [
    ['korja', 'tarkista', 'lähettä', 'vahvista', 'tila', 'maksa', 'odota', 'auta'],
    ['matta', 'mättä', 'minen', 'misen', 'va', 'vä', 'vana', 'vänä', 'maton', 'mätön', 'ja', 'jä'],
  ],
  [
    ['korjat', 'tarkistet', 'lähetet', 'vahvistet', 'tilat', 'maksett', 'odotet', 'autet'],
    ['aan', 'ään', 'tiin', 'taisiin', 'täisiin', 'tu', 'ty', 'tua', 'tyä', 'tava', 'tävä', 'en'],
  ],
  [
    ['korjas', 'tarkisti', 'lähetti', 'vahvisti', 'tilas', 'maksoi', 'odotti', 'auttoi'],
    ['in', 'it', 'i', 'imme', 'itte', 'ivat', 'ivät', '', 'n', 't', 'mme', 'tte', 'vat', 'vät'],
  ],
  [
    ['korjat', 'tarkistak', 'lähettäk', 'vahvistak', 'tilat', 'maksak', 'odottak', 'auttak'],
    ['kaa', 'kää', 'aa', 'ää', 'oon', 'öön', 'ko', 'kö', 'kaan', 'käämme', 'kaamme'],
  ],
  [
    ['korjan', 'tarkistan', 'lähettän', 'vahvistan', 'tilan', 'maksan', 'odottan', 'auttan'],
    ['nen', 'net', 'nee', 'nemme', 'nette', 'nevat', 'nut', 'nyt', 'neet', 'neeni', 'nut'],
  ],
  // -da/-dä, -la/-lä, -na/-nä, -ra verbs
  [
    ['saa', 'voi', 'jää', 'myy', 'syö', 'juo', 'tuo', 'vie', 'käy', 'pää'],
    ['da', 'dä', 'n', 't', 'mme', 'tte', 'vat', 'vät', 'tiin', 'daan', 'dään', 'tu', 'ty', 'nut'],
  ],
  [
    ['ilmoit', 'ymmärr', 'kuunnel', 'puhu', 'kerto', 'toivo', 'pyytä', 'antaa', 'ottaa'],
    ['taa', 'tää', 'an', 'än', 'at', 'ät', 'amme', 'ämme', 'atte', 'ätte', 'avat', 'ävät'],
  ],
  [
    ['ilmoitt', 'ymmärs', 'kuuntel', 'puhu', 'kerro', 'toivo', 'pyydä', 'anna', 'ota'],
    ['a', 'ä', 'i', 'in', 'it', 'imme', 'itte', 'ivat', 'ivät', 'n', 't', 'mme', 'tte', 'kaa'],
  ],
  // olla / ei / voida / pitää / pystyä / haluta
  [
    ['ol', 'oli', 'olis', 'ole', 'olk', 'oll', 'on', 'ovat', 'olet', 'olen', 'olemme', 'olette'],
    ['', 'la', 'n', 't', 'i', 'kaa', 'aan', 'tiin', 'lut', 'leet', 'ko', 'kin', 'han', 'pa'],
  ],
  [
    ['e', 'en', 'et', 'ei', 'emme', 'ette', 'eivät', 'älä', 'älkää', 'älköön'],
    ['', 'kä', 'kö', 'hän', 'pä', 'kään', 'pähän'],
  ],
  [
    [
      'pystyä',
      'pystyn',
      'pystyy',
      'haluta',
      'haluan',
      'haluaa',
      'voida',
      'voin',
      'pitää',
      'pitäisi',
    ],
    ['', 'kö', 'ko', 'kin', 'hän', 'han', 'kään', 'kaan'],
  ],
];

/** Whole forms written out by hand (spec examples, pronouns, particles, customer phrases). */
const EXTRA_FORMS = [
  'korjataan',
  'Helsingissä',
  'EU:n',
  '3:lla',
  'Isolla-Britannialla',
  'Metsähallitus',
  'lähettäkää',
  'kissa',
  'hänet',
  'jo',
  'ei',
  'pitäen',
  'liene',
  'alin',
  'saatu',
  'epä-',
  'työ-',
  'kuunneltuanne',
  'Pohjois-Suomella',
  'kaksikymmentäkolme',
  '2000-luvulla',
  'tv-ohjelma',
  'öljy-yhtiö',
  'Suomi-loma',
  'File-lehti',
  'pystyä',
  'kuusialusta',
  'minä',
  'sinä',
  'hän',
  'me',
  'te',
  'he',
  'minua',
  'sinua',
  'meitä',
  'teitä',
  'heitä',
  'minulle',
  'sinulle',
  'hänelle',
  'meille',
  'teille',
  'heille',
  'minun',
  'sinun',
  'hänen',
  'meidän',
  'teidän',
  'heidän',
  'Te',
  'Teille',
  'Teidän',
  'Teitä',
  'tämä',
  'tämän',
  'tätä',
  'nämä',
  'se',
  'sen',
  'sitä',
  'ne',
  'niitä',
  'joka',
  'jonka',
  'jota',
  'mikä',
  'minkä',
  'mitä',
  'kuka',
  'kenen',
  'kiitos',
  'kiitoksia',
  'Kiitos',
  'terveisin',
  'Ystävällisin',
  'ystävällisin',
  'hei',
  'Hei',
  'moi',
  'Moikka',
  'pahoittelemme',
  'Pahoittelemme',
  'valitettavasti',
  'Valitettavasti',
  'tietenkin',
  'tietysti',
  'heti',
  'pian',
  'nyt',
  'huomenna',
  'tänään',
  'eilen',
  'ja',
  'tai',
  'mutta',
  'sekä',
  'että',
  'koska',
  'jos',
  'kun',
  'vaikka',
  'jotta',
  'ettei',
  'ellei',
  'jottei',
  'kuitenkin',
  'myös',
  'vain',
  'jopa',
  'ehkä',
  'kyllä',
  'ilman',
  'kanssa',
  'mukaan',
  'jälkeen',
  'ennen',
  'aikana',
  'vuoksi',
  'takia',
  'kautta',
  'luona',
  'Zendesk',
  'Gmail',
  'Freshdeskissä',
  'Gmailissa',
  'iPhone',
  'iPhonessa',
  'Android-puhelimessa',
  'Visa-kortilla',
  'MobilePay',
  'MobilePaylla',
  'Postin',
  'Posti',
  'Matkahuolto',
  'Matkahuollon',
  'DHL:n',
  'DHL:llä',
  'ALV',
  'alv:n',
  'ALV:n',
  'IBAN',
  'IBAN-numero',
  'y-tunnus',
  'Y-tunnus',
  'PDF',
  'PDF-tiedosto',
  'pdf-tiedostona',
  'USB-C',
  'klo',
  'esim.',
  'ns.',
  'jne.',
  'mm.',
  'n.',
  'ma',
  'ti',
  'ke',
  'to',
  'pe',
  'la',
  'su',
  '1.',
  '2.',
  '10.',
  '1,5',
  '1.5',
  '12:00',
  '3:lla',
  '3:ssa',
  '5:een',
  '10:een',
  '100:lla',
  '24/7',
  '1990-luvulla',
  '2024:ssä',
  '2024',
  '15.3.',
  '15.3.2024',
  '-10',
  '10-20',
  'EU',
  'EU:ssa',
  'EU:hun',
  'EU-maissa',
  'YK:n',
  'USA:ssa',
  'Yhdysvalloissa',
  'Suomessa',
  'Suomeen',
  'Suomesta',
  'Ruotsissa',
  'Tampereella',
  'Turussa',
  'Oulussa',
  'Espoossa',
  'Vantaalla',
  'Pohjois-Karjalassa',
  'Etelä-Pohjanmaalla',
  'Itä-Suomen',
  'Länsi-Suomessa',
  'Uusi-Seelanti',
  'Uudessa-Seelannissa',
  'Matti',
  'Matin',
  'Mattia',
  'Liisa',
  'Liisalle',
  'Virtanen',
  'Virtaselle',
  'Korhonen',
  'Korhosen',
  'Nieminen',
  'Niemisen',
  'Anna',
  'Annan',
  'Annalle',
  'Nokia',
  'Nokian',
  'Elisa',
  'Elisan',
  'Telia',
  'Telialla',
  'Kesko',
  'Keskon',
  'Alko',
  'Alkon',
  'asiakaspalvelumme',
  'asiakaspalveluumme',
  'asiakaspalvelijamme',
  'verkkokauppamme',
  'verkkokaupastamme',
  'tilausvahvistus',
  'tilausvahvistuksen',
  'tilausvahvistuksessa',
  'tilausnumero',
  'tilausnumeron',
  'tilausnumerosi',
  'tilausnumeronne',
  'toimitusaika',
  'toimitusajan',
  'toimitusosoite',
  'toimitusosoitteeseen',
  'palautusoikeus',
  'palautusoikeuden',
  'palautuslomake',
  'palautuslomakkeen',
  'laskutusosoite',
  'laskutusosoitteen',
  'maksutapa',
  'maksutavan',
  'maksutavaksi',
  'hyvityslasku',
  'hyvityslaskun',
  'sähköpostiosoite',
  'sähköpostiosoitteesi',
  'sähköposti-osoite',
  'sähköposti-osoitteenne',
  'asiakas-palvelu',
  'vaihto-oikeus',
  'vaihto-oikeuden',
  'raha-asia',
  'raha-asioissa',
  'maa-alue',
  'linja-auto',
  'linja-autolla',
  'kesä-heinäkuussa',
  'yli-innokas',
  'e-kirja',
  'e-laskuna',
  'e-lasku',
  'tv-ohjelmassa',
  'cd-levy',
  'www-sivu',
  'www-sivuilla',
  'it-tuki',
  'IT-tuki',
  'IT-tuen',
  'kuluttaja-asiamies',
  'kuluttajansuojalaki',
  'kuluttajansuojalain',
  'Kuluttajariitalautakunta',
  'kuluttajariitalautakunnan',
  'Kilpailu-',
  'kilpailu-',
  'kilpailu- ja',
  'yksityis-',
  'rekisteröityminen',
  'rekisteröitymisen',
  'kirjautua',
  'kirjautuminen',
  'kirjautumisen',
  'kirjaudu',
  'kirjautukaa',
  'salasanasi',
  'salasananne',
  'unohtunut',
  'unohtuneen',
  'vaihtaa',
  'vaihdettu',
  'vaihdettava',
  'vaihtamaan',
  'vaihdettiin',
  'lähetämme',
  'lähetimme',
  'lähetettiin',
  'lähetetään',
  'lähetetty',
  'lähettänyt',
  'lähettäneet',
  'lähettäisimme',
  'lähettäisittekö',
  'Lähettäisittekö',
  'voisitteko',
  'Voisitteko',
  'voisitko',
  'Voisitko',
  'voitteko',
  'voitko',
  'olisitteko',
  'Olisitteko',
  'ottaisitteko',
  'auttaisitteko',
  'odottakaa',
  'odota',
  'odotathan',
  'odotattehan',
  'ilmoitathan',
  'ilmoitattehan',
  'ilmoittakaa',
  'ilmoita',
  'ota',
  'ottakaa',
  'otathan',
  'otattehan',
  'olethan',
  'olettehan',
  'muistathan',
  'muistattehan',
  'tarkistathan',
  'tarkistattehan',
  'tarkistakaa',
  'tarkista',
  'korjaamme',
  'korjasimme',
  'korjaisimme',
  'korjaatteko',
  'korjaako',
  'korjaakin',
  'korjaahan',
  'korjaapa',
  'korjaisinkohan',
  'korjattaneen',
  'korjattaisiin',
  'korjattakoon',
  'korjatkoot',
  'korjatkaa',
  'korjaa',
  'korjaten',
  'korjatessa',
  'korjatessaan',
  'korjaamalla',
  'korjaamatta',
  'korjaamaan',
  'korjaamassa',
  'korjaamasta',
  'korjaaminen',
  'korjaamisen',
  'korjaava',
  'korjannut',
  'korjanneet',
  'korjattu',
  'korjatun',
  'korjattuja',
  'korjattava',
  'korjattavaa',
  'korjattuaan',
  'korjaamaton',
  'korjaaja',
  'korjaus',
  'korjauksen',
  'korjauksia',
  'pahoittelut',
  'pahoitteluni',
  'pahoittelumme',
  'viivästys',
  'viivästyksen',
  'viivästyksestä',
  'viivästyneen',
  'viivästynyt',
  'viivästyi',
  'saapunut',
  'saapuu',
  'saapui',
  'saapuneet',
  'saapuvat',
  'perillä',
  'noudettavissa',
  'nouto',
  'noutopisteeseen',
  'noutopisteestä',
  'pakettiautomaatti',
  'pakettiautomaattiin',
  'seurantakoodi',
  'seurantakoodin',
  'seurantanumero',
  'seurantanumerolla',
  'ystävällisesti',
  'Ystävällisesti',
  'kiitollinen',
  'kiitollisia',
  'tyytyväinen',
  'tyytymätön',
  'valitus',
  'valituksen',
  'valituksenne',
  'palautteesi',
  'palautteenne',
  'palautteestanne',
  'palautteesta',
  'palaute',
  'palautetta',
  'kysymys',
  'kysymyksesi',
  'kysymykseenne',
  'kysymyksiin',
  'vastaus',
  'vastauksemme',
  'vastaamme',
  'vastasimme',
  'vastaa',
  'vastatkaa',
  'vastaathan',
  'ongelma',
  'ongelman',
  'ongelmasta',
  'ongelmia',
  'ongelmitta',
  'mahdollisimman',
  'mahdollisuus',
  'mahdollista',
  'mahdotonta',
  'välittömästi',
  'viimeistään',
  'arkipäivän',
  'arkipäivässä',
  'arkipäivien',
  'työpäivän',
  'työpäivää',
  '1–2',
  '2–3',
  'n:o',
  'nro',
  'puh.',
  'p.',
  'Oy',
  'Oy:n',
  'Ab',
  'Oyj',
  'ry',
  'ry:n',
  'Talontapa',
  'Talontavan',
  'talontapa',
  // organisations (extra "nimi" analyses, §7.3)
  'Kansaneläkelaitos',
  'Verohallinto',
  'Tilastokeskus',
  'Maanmittauslaitos',
  'Ilmatieteenlaitos',
  'Kuluttajavirasto',
  'Ulkoministeriö',
  'Opetushallitus',
  'Liikennevirasto',
  'Puolustusvoimat',
  'Tullilaitos',
  'Kansaneläkelaitokselle',
  'Kansaneläkelaitoksen',
  'Opetushallituksen',
  'Metsähallitukselta',
  'Metsähallituksen',
  'Kilpailuvirasto',
  'Kuluttajaviraston',
  'Patenttivirasto',
  'Rekisterihallitus',
  'Kansallisarkisto',
  'Poliisihallitus',
  'Merenkulkulaitos',
  'Terveyskeskus',
  'Terveyskeskuksessa',
  'Postilaitos',
  'Postilaitoksen',
  'Verovirasto',
  'Verovirastoon',
  'Tilastokeskuksen',
  'Maanmittauslaitokselta',
];

const CLITICS = ['', 'kin', 'kaan', 'kään', 'ko', 'kö', 'han', 'hän', 'pa', 'pä', 'kohan', 'köhän'];
const POSSESSIVES = ['ni', 'si', 'mme', 'nne', 'nsa', 'nsä', 'an', 'en', 'ään'];

function caseVariants(w: string, r: () => number): string[] {
  const out = [w];
  const x = r();
  if (x < 0.2) out.push(w.charAt(0).toUpperCase() + w.slice(1));
  else if (x < 0.27) out.push(w.toUpperCase());
  else if (x < 0.3) {
    out.push([...w].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''));
  }
  return out;
}

export function vocabularyWords(seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  const add = (w: string): void => {
    for (const v of caseVariants(w, r)) out.push(v);
  };
  for (const [stems, endings] of [...NOUN_TABLES, ...ADJ_TABLES, ...VERB_TABLES]) {
    for (const s of stems) {
      for (const e of endings) {
        const base = s + e;
        add(base);
        // Random clitic / possessive on top.
        const y = r();
        if (y < 0.35) add(base + CLITICS[1 + Math.floor(r() * (CLITICS.length - 1))]);
        else if (y < 0.5) add(base + POSSESSIVES[Math.floor(r() * POSSESSIVES.length)]);
      }
    }
  }
  for (const w of EXTRA_FORMS) add(w);
  // Compounds (closed and hyphenated) from the vocabulary.
  const firsts = ['asiakas', 'tilaus', 'palautus', 'toimitus', 'lasku', 'maksu', 'sähköposti'];
  const seconds = [
    'numero',
    'numeron',
    'osoite',
    'osoitteeseen',
    'aika',
    'ajan',
    'tiedot',
    'tietoja',
    'palvelu',
    'palvelussa',
    'kulut',
    'kuluja',
    'ohje',
    'ohjeet',
    'ohjeita',
    'lomake',
    'lomakkeella',
    'vahvistus',
    'vahvistuksen',
  ];
  for (const f of firsts) {
    for (const s of seconds) {
      add(f + s);
      if (r() < 0.3) add(`${f}-${s}`);
    }
  }
  // Digits + case endings, abbreviations with colon.
  const nums = ['1', '2', '3', '5', '7', '10', '12', '24', '100', '2024', '1990'];
  const numEnd = [
    ':n',
    ':ä',
    ':ta',
    ':llä',
    ':lla',
    ':ssä',
    ':ssa',
    ':een',
    ':ksi',
    ':nä',
    '.',
    '',
  ];
  for (const n of nums) for (const e of numEnd) add(n + e);
  const abbrs = ['EU', 'YK', 'USA', 'DHL', 'ALV', 'PDF', 'SMS', 'URL', 'tv', 'Oy', 'VR', 'HSL'];
  const abbrEnd = [
    ':n',
    ':ssa',
    ':ssä',
    ':lla',
    ':llä',
    ':hun',
    ':iin',
    ':ksi',
    ':na',
    ':ta',
    '-maa',
  ];
  for (const a of abbrs) for (const e of abbrEnd) add(a + e);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stress inputs

export function stressWords(): string[] {
  const long255 = 'a'.repeat(255);
  const long256 = 'a'.repeat(256);
  const compound = (n: number): string => {
    const parts = ['tilaus', 'vahvistus', 'sähkö', 'posti', 'osoite', 'kenttä'];
    let s = '';
    for (let i = 0; s.length < n; i++) s += parts[i % parts.length];
    return s.slice(0, n);
  };
  return [
    '',
    ' ',
    'kissa ',
    ' kissa',
    'kis sa',
    'kissa!',
    'kissa?',
    'kissa.',
    'kissa,',
    'kissa:',
    "kissa'",
    "'kissa",
    '-kissa',
    'kissa-',
    '--',
    '-',
    ':',
    '.',
    ',',
    "'",
    '=',
    'kis=sa',
    'H&M',
    'H&M:n',
    'ki\u00adssa',
    'kissa\u200b',
    'kissa😀',
    '😀',
    'α',
    'Ωμέγα',
    'Москва',
    'МОСКВА',
    'ÄITI',
    'äiti',
    'Äiti',
    'ÅLAND',
    'Ålandissa',
    'ÖLJY',
    'KISSA',
    'KiSsA',
    'kISSA',
    'ﬁlmi',
    'straße',
    'STRASSE',
    'Straße',
    'façade',
    'café',
    'Café',
    'CAFÉ',
    'señor',
    'Šekki',
    'šekki',
    'ŠEKKI',
    'Žanna',
    'žanri',
    'ŽANRI',
    'Łódź',
    'Ÿ',
    'ÿ',
    'İstanbul',
    'Ǯ',
    '€',
    '5€',
    '§',
    '§:n',
    '°C',
    '10°',
    'ß',
    'ä',
    'å',
    'ö',
    'Ä',
    'a',
    'A',
    'b',
    'x',
    'q',
    'w',
    'z',
    '0',
    '00',
    '000',
    '1',
    '1,',
    '1,0',
    '1.0.0',
    '3:',
    ':lla',
    'EU:',
    'EU::n',
    'a-',
    '-a',
    'a-b',
    'aa-aa',
    'öljy-yhtiö',
    'öljyyhtiö',
    'kuorma-auto',
    'kuormaauto',
    'luku-uni',
    'lukuuni',
    'maa-ala',
    'kissa-koira',
    'Kissa-Koira',
    'koira-kissa',
    'kissan-',
    'kissa\u0000',
    '\u0000',
    'kissa\t',
    'ki\nssa',
    long255,
    long256,
    `${'ä'.repeat(254)}a`,
    compound(60),
    compound(120),
    compound(200),
    compound(255),
    compound(256),
    `${compound(150)}-${compound(50)}`,
    'kuusialusta'.repeat(23),
    `kuusialusta${'kuusi'.repeat(20)}`,
    'yhdeksänsataayhdeksänkymmentäyhdeksäntuhattayhdeksänsataayhdeksänkymmentäyhdeksän',
    'kaksisataaviisikymmentäviisi',
    'sataneljäkymmentä',
    'tuhat',
    'miljoona',
    'miljoonaa',
    'epäjärjestelmällistyttämättömyydellänsäkäänköhän',
    'lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas',
  ];
}

/** The full deterministic differential word list (deduplicated, order-stable). */
export function buildDifferentialWords(v: VfstTransducer): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of [
    ...stressWords(),
    ...vocabularyWords(20240611),
    ...randomWalkWords(v, 1500, 7),
  ]) {
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}
