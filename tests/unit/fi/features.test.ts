import { describe, expect, it } from 'vitest';
import { getFinnishAnalyzer } from '../../../cli/dictionary.ts';
import { createFeatureDetector } from '../../../rules/features.ts';
import { createFinnishDetector } from '../../../rules/fi/features.ts';
import { tokenize } from '../../../rules/fi/tokenize.ts';
import { FEATURE_LABELS, type FeatureLabel } from '../../../rules/types.ts';

const detector = createFinnishDetector(getFinnishAnalyzer());

/** The labels that are true for a sentence, in FEATURE_LABELS order. */
function labels(sentence: string): FeatureLabel[] {
  const { labels } = detector.detect(sentence);
  return FEATURE_LABELS.filter((l) => labels[l]);
}

function evidence(sentence: string, label: FeatureLabel): string[] {
  return detector
    .detect(sentence)
    .evidence.filter((e) => e.label === label)
    .map((e) => sentence.slice(e.start, e.end));
}

const SG: FeatureLabel[] = ['addr_2sg', 'addr_2'];
const PL: FeatureLabel[] = ['addr_2pl', 'addr_2'];

describe('Finnish detector: customer-service sentences', () => {
  it.each<[string, FeatureLabel[]]>([
    // Imperatives, singular and plural; polite questions are not imperatives.
    ['Lähettäkää kuitti.', [...PL, 'imperative']],
    ['Lähetä kuitti meille.', [...SG, 'imperative', 'first_pl']],
    ['Voisitteko lähettää kuitin?', PL],
    ['Voisitko lähettää kuvan?', SG],
    ['Tarkista roskapostikansio.', [...SG, 'imperative']],
    ['Muista tallentaa kuitti.', [...SG, 'imperative']],
    // After a subordinate clause ("ennen kuin" too): "muista" + infinitive is the verb.
    ['Jos ostat uuden, muista tallentaa kuitti.', [...SG, 'imperative']],
    ['Ennen kuin aloitat, muista kopioida tiedostot.', [...SG, 'imperative']],
    ['Ennen kuin aloitat, lue ohjeet.', [...SG, 'imperative']],
    // After a subordinate clause, the main clause's only verb (soita: also "of swamps").
    ['Jos paketti ei saavu, soita meille.', [...SG, 'imperative', 'first_pl']],
    // After a zero-person subordinate clause, a third person goes on in it.
    ['Kun perennoja lisää siemenestä, käy usein niin, että kasvu pysähtyy.', []],
    ['Korjaa tiedot ja lähetä lomake uudelleen.', [...SG, 'imperative']],
    ['Kun paketti saapuu, tarkista sisältö.', [...SG, 'imperative']],
    ['Jos tuote on viallinen, palauta se meille.', [...SG, 'imperative', 'first_pl']],
    ['Kiitos viestistä, lähetä vielä kuitti.', [...SG, 'imperative']],
    ['1. Avaa sovellus.', [...SG, 'imperative']],
    ['- Kirjaudu sisään', [...SG, 'imperative']],
    ['Tee tilaus verkkokaupassa.', [...SG, 'imperative']],
    ['Älkää epäröikö ottaa yhteyttä.', [...PL, 'imperative']],
    ['Sen jälkeen valitse Asetukset.', [...SG, 'imperative']],
    ['Palautusta varten täytä tämä lomake.', [...SG, 'imperative']],
    ['Lue lisää sivuiltamme.', [...SG, 'imperative', 'first_pl']],
    ['Hyvää päivänjatkoa ja ota yhteyttä tarvittaessa!', [...SG, 'imperative']],
    ['Jos sinulla on kysyttävää, ota yhteyttä.', [...SG, 'imperative']],
    ['Olkaa hyvä ja lähettäkää kuitti.', [...PL, 'imperative']],
    // Homographs of the singular imperative that are not imperatives here.
    ['Asentaja korjaa vian huomenna.', []],
    ['Lisää tietoa löydät sivuiltamme.', [...SG, 'first_pl']],
    ['Muista syistä tilaus peruttiin.', ['passive']],
    ['Uusi salasana on lähetetty sähköpostiisi.', [...SG, 'passive']],
    ['Tee on loppu.', []],
    ['Kutsu saapui ajoissa.', []],
    ['Yli 20 tilausta odottaa käsittelyä.', []],
    ['Saa nähdä, milloin tuote saapuu.', []],
    ['Ilmoitathan meille, jos ongelma jatkuu.', [...SG, 'first_pl']],
    ['Anna lähetti viestin eilen.', []],
    ['En ota kantaa asiaan.', ['first_sg']],
    // Zero person, active perfect: none of the labels.
    ['Tuotteen voi palauttaa 30 päivän kuluessa.', []],
    ['Laskun voi maksaa verkkopankissa.', []],
    ['Paketti on saapunut.', []],
    ['Valitettavasti tuote on loppunut varastosta.', []],
    ['Toivottavasti tämä auttaa.', []],
    // Passives.
    ['Vika korjataan huomenna.', ['passive']],
    ['Vika on korjattu.', ['passive']],
    ['Vika korjattu.', ['passive']],
    ['Tuotetta ei ole vielä lähetetty.', ['passive']],
    ['Tuotetta ei lähetetty.', ['passive']],
    ['Tuotetta ei lähetetä ennen maksua.', ['passive']],
    ['Kengät lähetettiin eilen.', ['passive']],
    ['Tiedosto on ladattava uudelleen.', ['passive']],
    ['Mennään eteenpäin.', ['passive']],
    ['Teille on lähetetty uusi salasana.', [...PL, 'passive']],
    ['Hyvitys on maksettu tilillenne.', [...PL, 'passive']],
    // Participles as adjectives, personal necessives, spoken "me" + passive.
    ['Korjattu versio on ladattavissa.', []],
    ['Tämä on korjattu versio.', []],
    ['Olette oikeutettu hyvitykseen.', PL],
    ['Asiakkaan on toimitettava kuitti.', []],
    ['Me korjataan vika huomenna.', ['first_pl']],
    // Second person: pronouns, verbs, negation verbs, possessive suffixes.
    ['Kiitos viestistänne.', PL],
    ['Kiitos viestistäsi.', SG],
    ['Teidän tilauksenne on matkalla.', PL],
    ['Sinulle on tullut viesti.', SG],
    ['Pyydämme teitä lähettämään kuitin.', [...PL, 'first_pl']],
    ['Voit palauttaa tuotteen maksutta.', SG],
    ['Saatte hyvityksen tilillenne.', PL],
    ['Et ole velvollinen maksamaan.', SG],
    ['Ette ole velvollisia maksamaan.', PL],
    ['Tilasi on lähetetty.', [...SG, 'passive']],
    ['Tiedättekö tilausnumeron?', PL],
    // Not second person: plurals in -t, translatives, kaksi, uusi, siksi, tilanne, tänään.
    ['Kengät ovat varastossa.', []],
    ['Ostin sen lahjaksi.', ['first_sg']],
    ['Tilasin kaksi uutta paitaa.', ['first_sg']],
    ['Tuote on uusi.', []],
    ['Siksi lähetämme uuden tuotteen.', ['first_pl']],
    ['Tilanne on nyt korjaantunut.', []],
    ['Tänään saimme kaksi uutta tilausta.', ['first_pl']],
    ['Asiakas tilasi tuotteen eilen.', []],
    ['Vuosi sitten tilasit meiltä.', [...SG, 'first_pl']],
    // First person.
    ['Korjaamme vian.', ['first_pl']],
    ['Korjaan vian.', ['first_sg']],
    ['Palaan asiaan huomenna.', ['first_sg']],
    ['Pahoittelemme viivästystä.', ['first_pl']],
    ['En valitettavasti voi auttaa tässä asiassa.', ['first_sg']],
    ['Emme valitettavasti voi auttaa.', ['first_pl']],
    ['Sain viestisi.', [...SG, 'first_sg']],
    ['Näin asia ratkesi.', []],
    ['Ajan kuluessa tilanne paranee.', []],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('evidence spans', () => {
  it('points at the words that carry each label', () => {
    const s = 'Teille on lähetetty uusi salasana.';
    expect(evidence(s, 'addr_2pl')).toEqual(['Teille']);
    expect(evidence(s, 'passive')).toEqual(['on', 'lähetetty']);
  });

  it('marks both the negation verb and its connegative of a negative imperative', () => {
    expect(evidence('Älkää hyvät ihmiset karistako tuhkaa.', 'imperative')).toEqual([
      'Älkää',
      'karistako',
    ]);
  });

  it('reads Te with a capital mid-sentence as formal address', () => {
    expect(evidence('Tarkistimme asian, ja Teille lähetetään uusi kortti.', 'addr_2pl')).toEqual([
      'Teille',
    ]);
  });

  it('reads "teillä" after an agreeing attribute as the noun "roads"', () => {
    expect(labels('Liukkailla teillä kannattaa ajaa varovasti.')).toEqual([]);
  });

  it('reads "sinä" before a time noun as the demonstrative', () => {
    expect(labels('Paketti saapui sinä päivänä.')).toEqual([]);
  });
});

describe('imperatives field', () => {
  it('tells commands, requests and courtesy formulas apart', () => {
    const kinds = (s: string) => detector.detect(s).imperatives.map((i) => i.kind);
    expect(kinds('Lähettäkää kuitti.')).toEqual(['command']);
    expect(kinds('Lähettäkää ystävällisesti kuitti.')).toEqual(['request']);
    expect(kinds('Lähetä kuitti meille, kiitos.')).toEqual(['request']);
    expect(kinds('Katsopa liitettä.')).toEqual(['request']);
    expect(kinds('Ottakaa rohkeasti yhteyttä.')).toEqual(['courtesy']);
    expect(kinds('Älä huoli.')).toEqual(['courtesy']);
    expect(kinds('Olkaa hyvä ja lähettäkää kuitti.')).toEqual(['courtesy', 'request']);
  });

  it('gives the person, the offsets and any politeness marker', () => {
    const s = 'Lähettäkää ystävällisesti kuitti.';
    const [imp] = detector.detect(s).imperatives;
    expect(imp).toMatchObject({ start: 0, end: 10, person: 'pl', kind: 'request' });
    expect(s.slice(imp?.marker?.start, imp?.marker?.end)).toBe('ystävällisesti');
    expect(detector.detect('Tarkista osoite.').imperatives[0]?.person).toBe('sg');
  });

  it('marks first-person-plural and third-person imperatives', () => {
    const f = detector.detect('Laulakaamme yhdessä.');
    expect(f.labels.imperative && f.labels.first_pl).toBe(true);
    expect(f.imperatives[0]?.grammaticalPerson).toBe(1);
    const passive = detector.detect('Kerrottakoon heille asiasta.');
    expect(passive.labels.imperative && passive.labels.passive).toBe(true);
    expect(passive.imperatives[0]?.grammaticalPerson).toBe(4);
  });
});

describe('passives field', () => {
  it('reads a connegative after a -minen subject as active, not passive', () => {
    expect(evidence('Tuhkan käyttäminen ei hävitä sammalta.', 'passive')).toEqual([]);
    expect(evidence('Sammalta ei hävitä tuhkalla.', 'passive')).toEqual(['ei', 'hävitä']);
  });

  it('reads the necessive of "olla" as no passive, that of another verb as one', () => {
    expect(evidence('Kiukaan kohdalla on oltava turvakaiteet.', 'passive')).toEqual([]);
    expect(evidence('Seinät on eristettävä.', 'passive')).toEqual(['on', 'eristettävä']);
  });

  it('gives the verb of a finite passive and of an auxiliary + participle', () => {
    expect(detector.detect('Vika korjataan huomenna.').passives).toEqual([
      { start: 5, end: 14, baseform: 'korjata' },
    ]);
    const s = 'Tilauksenne on vastaanotettu.';
    const [p] = detector.detect(s).passives;
    expect(p?.baseform).toBe('vastaanottaa');
    expect(s.slice(p?.start, p?.end)).toBe('on vastaanotettu');
  });

  it.each([
    // A modal or another connegative between the negation verb and the infinitive.
    'Sitä ei voi korjata etänä.',
    'Asiakkaan ei tarvitse tulostaa lomaketta.',
    // The active connegative with its subject, not the passive of a rarer verb.
    'Päivitys ei muuta asetuksiasi.',
    'Hinta ei näytä oikealta.',
    // A verb of seeming before its participle or ablative, with no subject.
    'Tilausta ei valitettavasti näytä löytyvän.',
    'Ei näytä hyvältä.',
    // "olla" in the first or second person describes the speaker.
    'Olin todella yllättynyt ja helpottunut, olin pelastettu.',
    // Adjectives made from participles.
    'Yhteys on epäluotettava iltaisin.',
    // A graded past participle is an adjective.
    'Perhonen on väritykseltään hyvin hillitty.',
    'Sovellus on todella hyvin suunniteltu.',
  ])('not a passive: %s', (sentence) => {
    expect(detector.detect(sentence).labels.passive).toBe(false);
  });

  it.each([
    'Vikaa ei korjata ennen maanantaita.',
    'Laskua ei lähetetä paperisena.',
    // The object between: a partitive noun that is also an infinitive (tuki / tukea).
    'Opiskelijoille ei tukea makseta kesällä.',
  ])('a negative passive: %s', (sentence) => {
    expect(detector.detect(sentence).labels.passive).toBe(true);
  });

  it('notes a named agent', () => {
    const [p] = detector.detect('Vika korjattiin asentajan toimesta.').passives;
    expect(p?.agentKnown).toBe(true);
  });
  it.each([
    // A habitual or open-ended time.
    'Toimisto on suljettu viikonloppuisin.',
    'Asiakaspalvelu on avattu öisin.',
    'Chat on avattu toistaiseksi klo 8–16.',
    // A participle of a lasting state, with no time of the act.
    'Tuote on tarkoitettu aikuisille.',
    'Pysäköinti on kielletty pihalla.',
  ])('marks a state, still a passive: %s', (sentence) => {
    const features = detector.detect(sentence);
    expect(features.labels.passive).toBe(true);
    expect(features.passives.map((p) => p.state)).toEqual([true]);
  });

  it.each(['Toimisto suljettiin eilen.', 'Tili on suljettu eilen.', 'Vika on korjattu.'])(
    'an act is no state: %s',
    (sentence) => {
      const features = detector.detect(sentence);
      expect(features.passives.map((p) => p.state)).toEqual([undefined]);
    },
  );
});

describe('spoken forms', () => {
  it('knows spoken pronouns', () => {
    expect(labels('Mä tarkistan asian.')).toEqual(['first_sg']);
    expect(labels('Sä saat sen huomenna.')).toEqual(SG);
    // The shortened adessive.
    expect(labels('mul on vielä se vanha laturi')).toEqual(['first_sg']);
    expect(labels('Onks sul kuitti tallessa?')).toEqual(SG);
    expect(labels('miul ei oo aikaa')).toEqual(['first_sg']);
  });

  it('reads spoken "et" as "että" in the spoken register', () => {
    expect(labels('mä sanoin et se on valmis')).toEqual(['first_sg']);
  });

  it('reads spoken "et" before a connegative of no third person as the negation verb', () => {
    expect(labels('Et ala soitella mun perään.')).toEqual([...SG, 'first_sg']);
    expect(labels('Et tiedä mun numeroa.')).toEqual([...SG, 'first_sg']);
    // "että" before a third person or a subject.
    expect(labels('mä sanoin et saa tulla')).toEqual(['first_sg']);
    expect(labels('mä sanoin et ala on iso')).toEqual(['first_sg']);
  });

  it('reads spoken "ett" as "että", opening a clause of its own', () => {
    expect(evidence('Muistappas ett ei sitä saa avata.', 'imperative')).toEqual(['Muistappas']);
    expect(labels('mä luulin ett se on jo valmis')).toEqual(['first_sg']);
  });

  it('reads the spoken clitic -s of a plural imperative', () => {
    expect(labels('Kokeilkaas uudelleen.')).toEqual([...PL, 'imperative']);
  });

  it('reads the spoken clitic -s of a singular imperative, as a request', () => {
    expect(labels('Kokeiles uudelleen.')).toEqual([...SG, 'imperative']);
    expect(detector.detect('Kokeiles uudelleen.').imperatives[0]?.kind).toBe('request');
    // A noun in -s is no imperative with a clitic ("kerros" is not "kerro" + s).
    expect(labels('Kerros on remontissa.')).toEqual([]);
  });

  it('reads spoken imperatives rebuilt from the written ones, with a clitic too', () => {
    expect(labels('Paa kuitti talteen.')).toEqual([...SG, 'imperative']);
    expect(labels('Mee asetuksiin ja oota hetki.')).toEqual([...SG, 'imperative']);
    expect(labels('Tuu hakemaan paketti huomenna.')).toEqual([...SG, 'imperative']);
    expect(labels('Eti se tilausvahvistus.')).toEqual([...SG, 'imperative']);
    expect(evidence('Ootappas hetki, katson asiaa.', 'imperative')).toEqual(['Ootappas']);
    expect(evidence('meeppäs sinne kauppaan', 'imperative')).toEqual(['meeppäs']);
    expect(evidence('paas se kuva tänne', 'imperative')).toEqual(['paas']);
    // The doubled -ppas is spoken on verbs only ("muista" is also "from others").
    expect(evidence('Muistappas tallentaa kuitti.', 'imperative')).toEqual(['Muistappas']);
    // After a negation verb the spoken form is the connegative.
    expect(labels('En mee sinne enää.')).toEqual(['first_sg']);
  });

  it('reads "ks." as the pointer "katso", an imperative that addresses no one', () => {
    expect(labels('Lisätietoja, ks. liite 2.')).toEqual(['imperative']);
    expect(labels('Huom! Tarjous on voimassa maanantaihin asti.')).toEqual(['imperative']);
    // The exclamation mark closes its clause before a word in lower case.
    expect(evidence('Hinta (huom! toimitus ei sisälly) on 20 euroa.', 'imperative')).toEqual([
      'huom',
    ]);
  });

  it('reads a finite passive of a verb the dictionary lacks by its ending', () => {
    expect(labels('Näissä asioissa jeesaillaan mielellään.')).toEqual(['passive']);
    expect(labels('Uusia työntekijöitä perehdytetään ja koulututetaan.')).toEqual(['passive']);
    // The first person of a loanword verb has no t, d or -ill- before -aan.
    expect(labels('Klikkaan linkkiä.')).toEqual(['first_sg']);
    // Beside another verb, an unknown word in -tään is rather a misspelling.
    expect(labels('Hakemus pitää jättää viimesitään maanantaina.')).toEqual([]);
  });
});

describe('possessive or verb', () => {
  it.each(['Hän voisi myös odottaa vastausta.', 'Asiakas lupasi lähettää kuitin.'])(
    'a verb with its infinitive is no "your ...": %s',
    (sentence) => {
      expect(labels(sentence)).not.toContain('addr_2sg');
    },
  );
});

describe('courtesy formulas', () => {
  const kinds = (s: string) => detector.detect(s).imperatives.map((i) => i.kind);
  it.each([
    'Kerro, jos tarvitset apua.',
    'Ilmoita, mikäli osoite muuttuu.',
    'Kerro terveisiä!',
    'Voi hyvin!',
  ])('%s', (sentence) => {
    expect(kinds(sentence)).toEqual(['courtesy']);
  });

  it('keeps an order an order', () => {
    expect(kinds('Kerro tilausnumerosi.')).toEqual(['command']);
  });
});

describe('connegatives that look like imperatives', () => {
  it('reads "ole" after "ellei" and a pronoun that is also an imperative as the connegative', () => {
    expect(
      detector.detect('Ne ovat siirtyneet, ellei niitä ole sitä ennen myyty.').imperatives,
    ).toEqual([]);
  });
  it('reads "sitten" inside a clause as "then" or "ago", opening no clause', () => {
    expect(labels('Tilauksen voit sitten meille palauttaa.')).toEqual([...SG, 'first_pl']);
    expect(labels('Vaikka viestiin ei sitten vastattaisikaan, asia on kirjattu.')).toEqual([
      'passive',
    ]);
    // After punctuation or "ja" it still opens one.
    expect(evidence('Lue ohje ja sitten asenna sovellus.', 'imperative')).toEqual([
      'Lue',
      'asenna',
    ]);
  });

  it('reads "niin" and "sitten" right after a subordinator as adverbs of its clause', () => {
    expect(labels('Asiakas väitti, ettei niin ole.')).toEqual([]);
    expect(labels('Myyjä lupasi vaihtaa laitteen, jottei sitten tarvitse odottaa.')).toEqual([]);
    // A "niin" after the subordinate clause still opens the main one.
    expect(evidence('Jos laite ei toimi, niin palauta se.', 'imperative')).toEqual(['palauta']);
  });
});

describe('names that look like imperatives', () => {
  it('reads a first name and a surname alone as a signature', () => {
    expect(labels('Esimerkiksi kirvat heikentävät kasvia. Anna Aho')).toEqual([]);
    expect(labels('Anna Mikolle kirja.')).toEqual([...SG, 'imperative']);
  });
  it('reads a first name before a surname as a person wherever the two stand', () => {
    expect(detector.detect('Anna Korhonen asiakaspalvelusta vastaa pian.').imperatives).toEqual([]);
  });
});

describe('imperatives the rules once missed', () => {
  it.each<[string, string[]]>([
    // The comma after a subordinate clause is missing.
    ['Jos haluat lisätietoja ota yhteyttä asiakaspalveluun.', ['ota']],
    ['Kun paketti saapuu tarkista sisältö heti.', ['tarkista']],
    ['Jos et ole saanut vahvistusta tarkista roskapostikansio.', ['tarkista']],
    // After a conjunction or a comma that follows a finite clause: a form that is only
    // an imperative or a connegative, with no negation verb to be a connegative of.
    ['Tilaus on lähetetty, mutta tarkista vielä osoite.', ['tarkista']],
    ['Paketti on noutopisteessä ja nouda se viikon sisällä.', ['nouda']],
    ['Emme ole saaneet maksua, tarkista tilisi.', ['tarkista']],
    // After a dash as after a comma; not after a dash that closes an insertion.
    ['Emme ehdi tänään – tarkista tilanne huomenna.', ['tarkista']],
    ['Hän sanoi, etteivät aikataulut – 2017 tai 2020 – pidä paikkaansa.', []],
    // The farewell.
    ['Voi hyvin!', ['Voi']],
    // The finite verb of a comparative clause after "kuin" is not the clause's own.
    ['Painonpudotus perustuu yhteen faktaan: kuluta enemmän kuin syöt.', ['kuluta']],
    ['Tee niin kuin haluat.', ['Tee']],
    // An abbreviated pointer is at home in brackets.
    ['Mallia voi hyödyntää (ks. lisätietoja sivuilta).', ['ks']],
    // "lähetä" is also a rare infinitive ("to approach"), but no verb governs it here.
    ['Jos haluat hyvityksen lähetä kuitti meille.', ['lähetä']],
    ['Tilaus on vastaanotettu, lähetä vielä kuitti.', ['lähetä']],
  ])('%s', (sentence, expected) => {
    expect(evidence(sentence, 'imperative')).toEqual(expected);
  });

  it.each([
    // Impersonal predicates: the necessive "täytyä", third-person idioms.
    'ei tarvi eikä täydy soittaa',
    'täydy muistaa ensi kerralla',
    'Toimitus viivästyy, käy ilmi kuljetusyhtiön tiedotteesta.',
    'Käy järkeen, että tilaus peruttiin.',
    // A negation verb makes the form its connegative.
    'Jos et tarkista osoitetta, paketti palautuu.',
    'Jos asiakas ei maksa eikä peru tilausta, lähetämme muistutuksen.',
    'Ellei tilaus saavu ja maksua palauteta, teemme reklamaation.',
    'Jos tilausta ei peruta ja lopeta laskutusta, se jatkuu.',
    // Names, not the verb "antaa".
    'Anna ja Mikko ovat asiakaspalvelussa tänään.',
    // "voi" with an infinitive is "can".
    'Voi hyvin olla, että paketti on jo matkalla.',
    // An infinitive coordinated with another.
    'Asiakas halusi ensin odottaa ja vasta sitten lähetä.',
  ])('not: %s', (sentence) => {
    expect(evidence(sentence, 'imperative')).toEqual([]);
  });
});

describe('classes of error found on unseen treebank text', () => {
  it('reads "älkäämme" as a first-person-plural negative imperative, not as address', () => {
    expect(labels('Älkäämme unohtako asiakkaan toivetta.')).toEqual(['imperative', 'first_pl']);
    expect(detector.detect('Älkäämme unohtako sitä.').imperatives[0]?.grammaticalPerson).toBe(1);
    // The second person plural stays address.
    expect(labels('Älkää unohtako kuittia.')).toEqual([...PL, 'imperative']);
  });

  it('reads the referative construction with a passive participle as a passive', () => {
    const s = 'Asiakas kertoi hyvitystä käsiteltävän vielä tällä viikolla.';
    expect(evidence(s, 'passive')).toEqual(['käsiteltävän']);
    expect(detector.detect(s).passives[0]?.baseform).toBe('käsitellä');
    expect(labels('Myyjä ei tiennyt pakettia odotettavan.')).toEqual(['passive']);
    // The participle before its head is an attribute.
    expect(labels('Asiakas kertoi käsiteltävän tilauksen numeron.')).toEqual([]);
    expect(labels('Käsiteltävän hakemuksen tiedot näkyvät sivulla.')).toEqual([]);
  });

  it('reads an infinitive after the past connegative as its complement, not a passive', () => {
    expect(labels('Asiakas ei halunnut tilata uutta laitetta.')).toEqual([]);
    expect(labels('Hän ei ehtinyt vielä vastata viestiin.')).toEqual([]);
    // Without the participle the same form is the negative passive.
    expect(labels('Uutta laitetta ei tilata ennen maksua.')).toEqual(['passive']);
  });

  it('reads an active connegative with its subject after the negation verb as active', () => {
    expect(labels('Ei asiakaspalvelu lähetä laskuja paperisena.')).toEqual([]);
    expect(labels('Tänään ei näytä kuitti oikealta.')).toEqual([]);
    // A negative passive has no nominative subject, its object is in the partitive.
    expect(labels('Laskuja ei lähetetä paperisena.')).toEqual(['passive']);
  });

  it('reads spoken verbs with the -ks clitic and a fused subject pronoun', () => {
    expect(labels('Ootsä saanut jo kuitin?')).toEqual(SG);
    expect(labels('Otaksä kuitin mukaan?')).toEqual(SG);
    expect(labels('Eksää saanut viestiä?')).toEqual(SG);
    expect(labels('Lähetäks kuitin vielä?')).toEqual(SG);
    expect(labels('Emmä ehdi tänään.')).toEqual(['first_sg']);
    expect(labels('Saanks palauttaa sen huomenna?')).toEqual(['first_sg']);
    // The third person with the clitic is no address; nor is a word that is no verb.
    expect(labels('Tuleeks paketti huomenna?')).toEqual([]);
    expect(labels('Saaks sen palauttaa?')).toEqual([]);
    expect(labels('Tulisiks se huomenna?')).toEqual([]);
    expect(labels('Toimitus Espoossä kestää.')).toEqual([]);
  });

  it('reads a third-person imperative that is also a genitive as the imperative', () => {
    const f = detector.detect('Asiakas maksakoon toimituskulut itse.');
    expect(f.labels.imperative).toBe(true);
    expect(f.imperatives[0]?.grammaticalPerson).toBe(3);
    expect(labels('Hän kertokoon sen itse.')).toEqual(['imperative']);
    // The genitive before its head ("liver size's estimate"), with the clause's own verb.
    expect(labels('Maksakoon arvion teki lääkäri.')).toEqual([]);
  });

  it('reads a number and full stop after a word as an ordinal, not a list number', () => {
    expect(labels('Tiedot koskevat viime kuun 24. päivää, jolloin tilaus tehtiin.')).toEqual([
      'passive',
    ]);
    // A list number opens an item, lowercase or not.
    expect(evidence('Avaa sovellus. 2. valitse tuote.', 'imperative')).toEqual(['Avaa', 'valitse']);
    expect(evidence('2. lisää tuote ostoskoriin', 'imperative')).toEqual(['lisää']);
  });

  it('reads a plural imperative that is also an infinitive or third person by its clause', () => {
    // "purkaa": "bite!" (purra) or "to dismantle" / "(s)he dismantles" (purkaa).
    expect(labels('Asiakas lupasi purkaa sopimuksen.')).toEqual([]);
    expect(labels('Hän purkaa paketin huomenna.')).toEqual([]);
    expect(labels('Tulkaa hakemaan paketti, kun ehditte.')).toEqual([...PL, 'imperative']);
  });

  it('reads a passive form with "me" as its subject, clitic or negation, as first person', () => {
    expect(labels('Mehän puhuttiin tästä puhelimessa?')).toEqual(['first_pl']);
    expect(labels('Me ei saada pakettia perille ennen maanantaita.')).toEqual(['first_pl']);
    // Without the subject they are passives.
    expect(labels('Tästä puhuttiin puhelimessa.')).toEqual(['passive']);
    expect(labels('Pakettia ei saada perille ennen maanantaita.')).toEqual(['passive']);
  });

  it('reads a graded present passive participle after "on" as an adjective', () => {
    expect(labels('Toimitusaika on ihan siedettävä.')).toEqual([]);
    expect(labels('Yhteyden laatu on enintään tyydyttävä.')).toEqual([]);
    // Without a degree adverb it is the necessive, a passive.
    expect(labels('Lomake on täytettävä uudelleen.')).toEqual(['passive']);
  });

  it('reads a participle that has become an adjective as the passive without a subject or head', () => {
    expect(labels('Palvelua on arvostettu asiakaskyselyissä.')).toEqual(['passive']);
    expect(labels('Sitä on sanottu alan parhaaksi.')).toEqual(['passive']);
    expect(labels('On huomattava, että hinta voi muuttua.')).toEqual(['passive']);
    // With a subject or an agreeing head it is the adjective.
    expect(labels('Palvelu on arvostettu.')).toEqual([]);
    expect(labels('Ero on huomattava.')).toEqual([]);
    expect(labels('Sinulla on rajoitettu pääsy tiliin.')).toEqual(SG);
  });

  it('reads a participle after a first- or second-person "olla" with a clitic as no passive', () => {
    expect(labels('Oletko jo rekisteröity palveluun?')).toEqual(SG);
    expect(labels('Oletteko jo kirjattu sisään?')).toEqual(PL);
  });

  it('reads a participle after an agreeing adjective or numeral as a noun ("tehtävä" "task")', () => {
    expect(labels('Tukitiimillä oli vaikea tehtävä.')).toEqual([]);
    expect(labels('Nyt meillä on edessä uusi tehtävä.')).toEqual(['first_pl']);
    // An adverb that is also an adjective in another case does not make one.
    expect(labels('Tilausta on usein muutettu.')).toEqual(['passive']);
  });

  it('reads a passive that is also a noun with "his/her" beside another verb as the noun', () => {
    expect(labels('Asentaja otti kuulokkeet päästään ja vastasi puheluun.')).toEqual([]);
    // Alone in its clause it is the passive.
    expect(labels('Perille päästään huomenna aamulla.')).toEqual(['passive']);
  });

  it('reads a second person in -t that is also a plural noun as the noun after an infinitive or before a number', () => {
    // "kulut" "costs" / "you wear out", "loput" "the rest" / "you end".
    expect(labels('Tavoite on selvä: korvata kulut nopeasti.')).toEqual([]);
    expect(labels('Ensin tulee 10 kappaletta, loput 20 kappaletta huomenna.')).toEqual([]);
    // Without them it is the verb.
    expect(labels('Tulet saamaan hyvityksen viikon kuluessa.')).toEqual(SG);
  });

  it('reads a passive over a first person of a rarer verb ("tullaan": tulla, not tullata)', () => {
    expect(labels('Asiaan tullaan palaamaan huomenna.')).toEqual(['passive']);
    // With its subject pronoun the first person stands.
    expect(evidence('Minä tullaan tavarat rajalla.', 'first_sg')).toEqual(['Minä', 'tullaan']);
  });

  it('reads spoken passives without their final -n or -iin', () => {
    expect(evidence('Paketti lähetettii eilen.', 'passive')).toEqual(['lähetettii']);
    expect(evidence('Vika korjattais heti, jos osa ois varastossa.', 'passive')).toEqual([
      'korjattais',
    ]);
    // With "me" it is the spoken first person plural; other spoken words are no passive.
    expect(labels('Me korjataa se huomenna.')).toEqual(['first_pl']);
    expect(labels('Se on ihan hirveetä.')).toEqual([]);
  });

  it('takes "me" as the subject of a passive-looking verb only before it or right after it', () => {
    const s = 'Perille päästiin vasta illalla ni sit me soitettiin asiakkaalle.';
    expect(evidence(s, 'passive')).toEqual(['päästiin']);
    expect(evidence(s, 'first_pl')).toEqual(['me']);
    expect(labels('Korjataan me se huomenna.')).toEqual(['first_pl']);
  });

  it('lets a verb coordinated with spoken "me" + passive form share the subject', () => {
    expect(labels('Me soitettiin asiakkaalle ja korjattiin vika heti.')).toEqual(['first_pl']);
    // A clause with its own nominative does not share it; nor does a real passive.
    expect(evidence('Me soitettiin asiakkaalle ja vika korjattiin heti.', 'passive')).toEqual([
      'korjattiin',
    ]);
    expect(labels('Asiakkaalle soitettiin ja korjattiin vika heti.')).toEqual(['passive']);
  });

  it('reads an infinitive with a clitic after a verb that governs it as no passive', () => {
    expect(labels('Aion tilatakin sen huomenna.')).toEqual(['first_sg']);
    expect(labels('Haluan korjatakin sen.')).toEqual(['first_sg']);
    expect(labels('Tuote tilataankin heti.')).toEqual(['passive']);
  });

  it('reads spoken personal pronouns with a clitic', () => {
    expect(labels('Sunki kannattaa tarkistaa kuitti.')).toEqual(SG);
    expect(labels('Mullakaan ei ole kuittia.')).toEqual(['first_sg']);
    // A spoken demonstrative with the clitic is no person.
    expect(labels('Tuoki paketti saapui eilen.')).toEqual([]);
  });

  it('reads spoken "sää" right after a verb with the question clitic as "you"', () => {
    expect(labels('Tulisiks sää hakemaan paketin huomenna?')).toEqual(SG);
    // Elsewhere it is the weather.
    expect(labels('Sää on huomenna hyvä.')).toEqual([]);
    expect(labels('Onko sää huomenna hyvä?')).toEqual([]);
    expect(labels('Onks sää huomenna hyvä?')).toEqual([]);
  });

  it('reads the passive connegative after the third-person "älköön" as a passive', () => {
    expect(labels('Älköön asiaa käsiteltäkö ennen maanantaita.')).toEqual([
      'imperative',
      'passive',
    ]);
    // An active connegative after it is no passive.
    expect(labels('Älköön hän odottako turhaan.')).toEqual(['imperative']);
  });

  it('reads "näin" as "I saw" when an accusative pronoun has no other verb', () => {
    expect(labels('Näin hänet eilen myymälässä.')).toEqual(['first_sg']);
    // With another verb it is "thus".
    expect(labels('Näin hänet löytää helposti.')).toEqual([]);
  });

  it('reads the spoken conditional without the i of -aisi- (lähettäsit, ottasin)', () => {
    expect(labels('Jos lähettäsit kuitin, hoidettais asia heti.')).toEqual([...SG, 'passive']);
    expect(labels('Lähettäsiksä sen uudestaan?')).toEqual(SG);
    expect(labels('Ottasin mielelläni yhteyttä.')).toEqual(['first_sg']);
    // The third person is no address.
    expect(labels('Jos se maksas laskun.')).toEqual([]);
  });

  it("takes a plural imperative as its clause's verb, so a homograph is no first person", () => {
    // "takaisin" "back" / "I would guarantee", "kohtaan" "to the spot" / "I meet".
    expect(labels('Menkää takaisin kassalle.')).toEqual([...PL, 'imperative']);
    expect(labels('Tulkaa kohtaan, jossa lukee Info.')).toEqual([...PL, 'imperative']);
    // Alone in its clause the verb reading stands.
    expect(labels('Kohtaan asiakkaan huomenna.')).toEqual(['first_sg']);
  });

  it('reads a first person that is coordinated with a noun in its case after it as the noun', () => {
    // "mustaan" "into black" / "I blacken".
    expect(labels('Saatavilla mustaan tai valkoiseen koteloon pakattuna.')).toEqual([]);
    expect(labels('Mustaan tekstin ennen tulostusta.')).toEqual(['first_sg']);
  });

  it('reads "takaisin" as the adverb "back", not "I would guarantee"', () => {
    expect(labels('Soitamme sinulle takaisin huomenna.')).toEqual([...SG, 'first_pl']);
    expect(labels('Tule takaisin!')).toEqual([...SG, 'imperative']);
    expect(labels('se lähti eikä tullu takasin')).toEqual([]);
  });

  it('finds the infinitive of a modal past adverbs ("Voit myös soittaa")', () => {
    // "voit" is also "butters".
    expect(labels('Voit myös soittaa asiakaspalveluumme.')).toEqual([...SG, 'first_pl']);
    expect(labels('Voit aina ensin kokeilla uudelleen.')).toEqual(SG);
    // ... and past an emphatic "itse", the object first.
    expect(labels('Toimitustavan voit itse valita kassalla.')).toEqual(SG);
    // ... and past an adverbial or the infinitive's object ("voisin": also "buttery").
    expect(labels('Teoriassa voisin asian todistaa.')).toEqual(['first_sg']);
    expect(labels('Voisin käytännössä helposti korjata sen.')).toEqual(['first_sg']);
    expect(labels('Tilauksen voit meille palauttaa.')).toEqual([...SG, 'first_pl']);
    // A subject after the noun reading is no object: "voin" is "of butter" here.
    expect(labels('Voin hinta nousi.')).toEqual([]);
    // A noun phrase after it is no infinitive's company.
    expect(labels('Voit ja juustot ovat hyllyssä.')).toEqual([]);
  });
});

describe('entry points', () => {
  it('plugs into createFeatureDetector', () => {
    const fi = createFeatureDetector('fi', { finnish: () => detector });
    expect(fi.language).toBe('fi');
    expect(fi.detect('Korjaamme vian.').labels.first_pl).toBe(true);
  });

  it('handles empty and punctuation-only input', () => {
    expect(labels('')).toEqual([]);
    expect(labels('...')).toEqual([]);
    expect(labels('https://example.com/tilaus')).toEqual([]);
  });
});

describe('tokenizer', () => {
  it('keeps offsets, compounds, colon inflections and URLs', () => {
    const tokens = tokenize('2000-luvun H&M:n tuotteet: ks. https://x.fi/a, 10:30.');
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:2000-luvun',
      'word:H&M:n',
      'word:tuotteet',
      'punct::',
      'word:ks',
      'punct:.',
      'url:https://x.fi/a',
      'punct:,',
      'number:10:30',
      'punct:.',
    ]);
    const t = tokens[1];
    expect(t && '2000-luvun H&M:n'.slice(t.start, t.end)).toBe('H&M:n');
  });
});
