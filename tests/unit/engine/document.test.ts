import { describe, expect, it } from 'vitest';
import { type DraftDocument, parseBlock, parseDocument, type TextSpan } from '../../../rules/index';

/** Every span the model exposes, with a label saying where it came from. */
function* spans(doc: DraftDocument): Generator<[string, TextSpan]> {
  for (const [i, p] of doc.paragraphs.entries()) {
    yield [`paragraph ${i}`, p];
    for (const [j, s] of p.sentences.entries()) {
      yield [`paragraph ${i} sentence ${j}`, s];
      for (const [k, w] of s.words.entries()) yield [`paragraph ${i} sentence ${j} word ${k}`, w];
    }
    for (const [j, item] of p.listItems.entries()) {
      yield [`paragraph ${i} item ${j}`, item];
      yield [`paragraph ${i} item ${j} marker`, item.marker];
    }
  }
  if (doc.greeting) {
    yield ['greeting', doc.greeting];
    yield ['greeting phrase', doc.greeting.phrase];
    if (doc.greeting.name) yield ['greeting name', doc.greeting.name];
  }
  if (doc.closing) {
    yield ['closing', doc.closing];
    yield ['closing phrase', doc.closing.phrase];
    if (doc.closing.name) yield ['closing name', doc.closing.name];
  }
  for (const [i, q] of doc.quoted.entries()) yield [`quote ${i}`, q];
  for (const [i, w] of doc.words.entries()) yield [`word ${i}`, w];
}

/** Parses and asserts the offset invariants every draft must keep. */
function parse(draft: string): DraftDocument {
  const doc = parseDocument(draft);
  for (const [where, s] of spans(doc)) {
    expect(s.start, where).toBeGreaterThanOrEqual(0);
    expect(s.end, where).toBeLessThanOrEqual(draft.length);
    expect(s.start, where).toBeLessThanOrEqual(s.end);
    expect(s.text, where).toBe(draft.slice(s.start, s.end));
  }
  // Blocks are in order and do not overlap; nor do they overlap quoted text.
  for (let i = 1; i < doc.paragraphs.length; i++) {
    expect(doc.paragraphs[i]?.start).toBeGreaterThanOrEqual(doc.paragraphs[i - 1]?.end ?? 0);
  }
  for (const q of doc.quoted) {
    for (const p of doc.paragraphs) expect(p.end <= q.start || p.start >= q.end).toBe(true);
  }
  return doc;
}

const texts = (xs: readonly TextSpan[]) => xs.map((x) => x.text);
const sentences = (doc: DraftDocument) => doc.paragraphs.flatMap((p) => texts(p.sentences));

describe('parseDocument: degenerate input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['blank lines', '\n\n\r\n \t \n'],
    ['non-breaking spaces', '\u00a0\u202f'],
  ])('%s yields an empty document', (_, draft) => {
    const doc = parse(draft);
    expect(doc.paragraphs).toEqual([]);
    expect(doc.words).toEqual([]);
    expect(doc.greeting).toBeNull();
    expect(doc.closing).toBeNull();
    expect(doc.bodyWordCount).toBe(0);
  });

  it('keeps punctuation-only and emoji-only text as a sentence without words', () => {
    const doc = parse('😀👍🏽 …');
    expect(sentences(doc)).toEqual(['😀👍🏽 …']);
    expect(doc.words).toEqual([]);
  });
});

describe('parseDocument: words', () => {
  it('keeps emoji out of words and offsets right after them', () => {
    const draft = 'Kiitos 😀👍🏽👨‍👩‍👧 viestistä🎉!';
    const doc = parse(draft);
    expect(texts(doc.words)).toEqual(['Kiitos', 'viestistä']);
    expect(doc.words[1]?.start).toBe(draft.indexOf('viestistä'));
  });

  it('keeps combining marks inside words', () => {
    // "é" as e + U+0301 and "ä" as a + U+0308.
    const draft = 'Cafe\u0301 ja pa\u0308iva\u0308 ok';
    expect(texts(parse(draft).words)).toEqual(['Cafe\u0301', 'ja', 'pa\u0308iva\u0308', 'ok']);
  });

  it('joins apostrophes, hyphens, case colons and decimal separators inside words', () => {
    const doc = parse("Don't re-check EU:n hinta 1,5 tai 3.50 €, ei - eikä 'lainaus'.");
    expect(texts(doc.words)).toEqual([
      "Don't",
      're-check',
      'EU:n',
      'hinta',
      '1,5',
      'tai',
      '3.50',
      'ei',
      'eikä',
      'lainaus',
    ]);
  });

  it('reads letters outside the Latin script', () => {
    expect(texts(parse('Привет мир, Ωμέγα 日本語 𝒳y').words)).toEqual([
      'Привет',
      'мир',
      'Ωμέγα',
      '日本語',
      '𝒳y',
    ]);
  });
});

describe('parseDocument: sentences', () => {
  it('does not split after abbreviations, initials, decimals or inside words', () => {
    const doc = parse(
      'Tarkistimme esim. Helsingin varaston mm. tänään. Mr. Smith and J. Doe paid 3.50 e.g. today. Katso www.example.com sivulta.',
    );
    expect(sentences(doc)).toEqual([
      'Tarkistimme esim. Helsingin varaston mm. tänään.',
      'Mr. Smith and J. Doe paid 3.50 e.g. today.',
      'Katso www.example.com sivulta.',
    ]);
  });

  it('splits after an acronym inflected with a colon ("EKG:n."), not after "n." (noin)', () => {
    const sentences = (t: string) => parse(t).body.flatMap((p) => p.sentences.map((x) => x.text));
    expect(sentences('Laitteella voi rekisteröidä EKG:n. Joskus on menty suoraan.')).toEqual([
      'Laitteella voi rekisteröidä EKG:n.',
      'Joskus on menty suoraan.',
    ]);
    expect(sentences('Hinta on n. 50 euroa.')).toEqual(['Hinta on n. 50 euroa.']);
  });

  it('splits after ?!, ellipses and closing quotes, but not before a lower-case word', () => {
    const doc = parse('Toimiiko? Ei!? Odotan… Ehkä... no, ehkä. Hän sanoi: "Kyllä." Selvä.');
    expect(sentences(doc)).toEqual([
      'Toimiiko?',
      'Ei!?',
      'Odotan…',
      'Ehkä... no, ehkä.',
      'Hän sanoi: "Kyllä."',
      'Selvä.',
    ]);
  });

  it('ends a sentence at a line break unless the next line continues in lower case', () => {
    const doc = parse('Tilausnumero: 123\nToimitus: huomenna\nja lasku\nperässä');
    expect(sentences(doc)).toEqual(['Tilausnumero: 123', 'Toimitus: huomenna\nja lasku\nperässä']);
  });

  it('handles CRLF line ends like LF ones', () => {
    const crlf = parse('Hei Maija,\r\n\r\nEka rivi.\r\nToka rivi.\r\n\r\nTerveisin\r\nMatti\r\n');
    const lf = parse('Hei Maija,\n\nEka rivi.\nToka rivi.\n\nTerveisin\nMatti\n');
    expect(sentences(crlf)).toEqual([
      'Hei Maija,',
      'Eka rivi.',
      'Toka rivi.',
      'Terveisin',
      'Matti',
    ]);
    expect(sentences(lf)).toEqual(sentences(crlf));
    expect(crlf.paragraphs.map((p) => p.role)).toEqual(['greeting', 'body', 'closing']);
    expect(crlf.paragraphs.every((p) => !p.text.endsWith('\r'))).toBe(true);
  });

  it('copes with a very long line without terminators', () => {
    const long = 'sana '.repeat(20_000).trim();
    const doc = parse(`Hei,\n${long}`);
    expect(doc.bodyWordCount).toBe(20_000);
    expect(doc.body[0]?.sentences).toHaveLength(1);
  });

  it('copes with a very long line of many sentences', () => {
    const doc = parse('Lause tässä. '.repeat(5_000));
    expect(doc.body[0]?.sentences).toHaveLength(5_000);
  });
});

describe('parseDocument: lists', () => {
  const draft = [
    'Toimi näin:',
    '1. Avaa sovellus',
    '2) Valitse Asetukset.',
    '   Sieltä löytyy Tili.',
    '10. Tallenna',
    'Sen jälkeen valmista.',
    '',
    '- ensimmäinen',
    '* toinen',
    '• kolmas',
  ].join('\n');

  it('recognises numbered and bulleted items with their markers', () => {
    const doc = parse(draft);
    const items = doc.body.flatMap((p) => p.listItems);
    expect(items.map((i) => [i.kind, i.marker.text, i.number])).toEqual([
      ['numbered', '1.', 1],
      ['numbered', '2)', 2],
      ['numbered', '10.', 10],
      ['bulleted', '-', null],
      ['bulleted', '*', null],
      ['bulleted', '•', null],
    ]);
    expect(items[1]?.text).toBe('2) Valitse Asetukset.\n   Sieltä löytyy Tili.');
  });

  it('splits every item into its own sentences, without the marker', () => {
    const doc = parse(draft);
    expect(doc.body[0]?.sentences.map((s) => [s.text, s.listItem?.marker.text ?? null])).toEqual([
      ['Toimi näin:', null],
      ['Avaa sovellus', '1.'],
      ['Valitse Asetukset.', '2)'],
      ['Sieltä löytyy Tili.', '2)'],
      ['Tallenna', '10.'],
      ['Sen jälkeen valmista.', null],
    ]);
  });

  it('does not take a hyphenated word or a number without a space for a marker', () => {
    const doc = parse('-5 astetta\n1.5 litraa');
    expect(doc.body[0]?.listItems).toEqual([]);
  });
});

describe('parseDocument: greeting', () => {
  it.each([
    ['Hei Maija,\n\nTeksti.', 'Hei Maija,', 'Hei', 'Maija'],
    ['Hyvä asiakas,\nTeksti.', 'Hyvä asiakas,', 'Hyvä asiakas', null],
    ['Hyvää päivää!\n\nTeksti.', 'Hyvää päivää!', 'Hyvää päivää', null],
    ['Hello John Smith,\n\nText.', 'Hello John Smith,', 'Hello', 'John Smith'],
    ['Dear Ms Jones,\n\nText.', 'Dear Ms Jones,', 'Dear', 'Ms Jones'],
    ['Hei [NIMI],\n\nTeksti.', 'Hei [NIMI],', 'Hei', '[NIMI]'],
    ['Hei\n\nTeksti.', 'Hei', 'Hei', null],
    ['Hei Maija kiitos viestistä.\nTeksti.', 'Hei Maija', 'Hei', 'Maija'],
    // As people write them in real replies.
    ['Hello @mkowalski,\n\nText.', 'Hello @mkowalski,', 'Hello', '@mkowalski'],
    ['Hi there!\n\nText.', 'Hi there!', 'Hi there', null],
    ['Terve!\nTeksti.', 'Terve!', 'Terve', null],
    ['Hyvä asiakas\nTeksti.', 'Hyvä asiakas', 'Hyvä asiakas', null],
    ['Dear ____,\n\nText.', 'Dear ____,', 'Dear', '____'],
    ['Dear Mr. Smith,\n\nText.', 'Dear Mr. Smith,', 'Dear', 'Mr. Smith'],
    ['Hyvä kysyjä,\n\nTeksti.', 'Hyvä kysyjä,', 'Hyvä kysyjä', null],
    ['Hi Anna and thanks for reporting.\nText.', 'Hi Anna', 'Hi', 'Anna'],
    ['@maija_v Hi there, sorry to hear that.\nText.', 'Hi there,', 'Hi there', null],
    ['Hei KysyK3lasta! Kiitos.\nTeksti.', 'Hei KysyK3lasta!', 'Hei', 'KysyK3lasta'],
    ['Hei piippu!\nTeksti.', 'Hei piippu!', 'Hei', 'piippu'],
  ])('recognises %j', (draft, text, phrase, name) => {
    const doc = parse(draft);
    expect(doc.greeting?.text).toBe(text);
    expect(doc.greeting?.phrase.text).toBe(phrase);
    expect(doc.greeting?.name?.text ?? null).toBe(name);
    expect(doc.paragraphs[0]?.role).toBe('greeting');
    expect(doc.body.at(-1)?.text).toMatch(/(Teksti|Text)\.$/);
  });

  it('splits a greeting from the text on the same line', () => {
    const doc = parse('Hei Maija, kiitos viestistäsi! Katsotaan.');
    expect(doc.greeting?.text).toBe('Hei Maija,');
    expect(doc.body[0]?.text).toBe('kiitos viestistäsi! Katsotaan.');
    expect(doc.bodyWordCount).toBe(3);
  });

  it.each([
    'Hyvä kysymys! Vastaan pian.',
    'Hi I have checked your order.',
    'Hi-fi laitteet ovat alennuksessa.',
    'Dear customers, our shop is closed.',
    'Tilauksesi on lähetetty.\nHei,',
  ])('does not take %j for a greeting', (draft) => {
    const doc = parse(draft);
    expect(doc.greeting).toBeNull();
    expect(doc.paragraphs.every((p) => p.role === 'body')).toBe(true);
  });

  it('recognises extra salutations a pack accepts', () => {
    expect(parseDocument('Moro Maija,\nTeksti.').greeting).toBeNull();
    const doc = parseDocument('Moro Maija,\nTeksti.', { greetingPhrases: ['Moro'] });
    expect(doc.greeting?.text).toBe('Moro Maija,');
  });
});

describe('parseDocument: a salutation that names the asker by a role', () => {
  it('takes "Hyvä"/"Dear" and one to three words filling the line for a greeting', () => {
    const greeting = (t: string) => {
      const doc = parse(t);
      return doc.greeting ? t.slice(doc.greeting.start, doc.greeting.end) : null;
    };
    expect(greeting('Hyvä 2-vuotiaan äiti\n\nYmmärrän huolenne.')).toBe('Hyvä 2-vuotiaan äiti');
    expect(greeting('Hyvä nimimerkki Äiti,\n\nKiitos.')).toBe('Hyvä nimimerkki Äiti,');
    expect(greeting('Dear hiring manager,\n\nThanks.')).toBe('Dear hiring manager,');
    expect(greeting('Hyvä kysymys!\n\nVastaus on kyllä.')).toBeNull();
    expect(greeting('Hyvä idea on tämä.\n\nJoo.')).toBeNull();
  });
});

describe('parseDocument: closing and signature', () => {
  it('finds the closing phrase and the name lines under it', () => {
    const doc = parse(
      'Hei,\n\nKiitos viestistä.\n\nYstävällisin terveisin\n\nMatti Meikäläinen\nAsiakaspalvelu | Yritys Oy\n',
    );
    expect(doc.closing?.phrase.text).toBe('Ystävällisin terveisin');
    expect(doc.closing?.name?.text).toBe('Matti Meikäläinen\nAsiakaspalvelu | Yritys Oy');
    expect(doc.paragraphs.map((p) => p.role)).toEqual(['greeting', 'body', 'closing']);
    expect(doc.bodyWordCount).toBe(2);
  });

  it('takes the closing out of the paragraph it ends', () => {
    const doc = parse('Thanks for your patience.\nBest regards, Anna');
    expect(texts(doc.body)).toEqual(['Thanks for your patience.']);
    expect(doc.closing?.text).toBe('Best regards, Anna');
    expect(doc.closing?.name?.text).toBe('Anna');
  });

  it('finds a sign-off after a pasted link that has no full stop', () => {
    const doc = parse('@anna Please visit https://example.com/help Thanks! ^RR');
    expect(doc.closing?.phrase.text).toBe('Thanks');
    expect(parse('See https://example.com/locator Thx. -Massiel').closing?.phrase.text).toBe('Thx');
    expect(parse('Go to https://example.com/a thanks to the new page').closing).toBeNull();
  });

  it('does not take a sentence that starts like a closing for one', () => {
    const doc = parse('Hello,\n\nThanks for your patience.');
    expect(doc.closing).toBeNull();
    expect(parse('Terveisin kaikille tiimiläisille ja kiitos.\nMatti').closing).toBeNull();
  });

  it('does not take a closing phrase followed by a long text for one', () => {
    const body =
      'Tässä on pitkä rivi, joka selvästi jatkaa vastausta eikä ole allekirjoitusta ollenkaan.';
    expect(parse(`Hei,\n\nTerveisin\n${body}`).closing).toBeNull();
  });

  it('keeps the block after a "-- " separator as the signature', () => {
    const doc = parse('Hello,\n\nDone.\n\nBest regards,\nAnna\n-- \nAnna Smith\nACME Support\n');
    expect(doc.closing?.text).toBe('Best regards,\nAnna');
    expect(doc.signature?.text).toBe('Anna Smith\nACME Support');
    expect(doc.paragraphs.map((p) => p.role)).toEqual(['greeting', 'body', 'closing', 'signature']);
  });

  it('finds a closing without a name above a signature', () => {
    const doc = parse('Done.\n\nTerveisin\n--\nMatti');
    expect(doc.closing?.text).toBe('Terveisin');
    expect(doc.closing?.name).toBeNull();
    expect(doc.signature?.text).toBe('Matti');
  });
});

describe('parseDocument: sign-offs as people write them', () => {
  it.each([
    // A sign-off right under the last sentence, no blank line.
    ['Hei,\n\nTilaus lähti eilen.\nTerveisin Matti', 'Terveisin', 'Matti', 'Tilaus lähti eilen.'],
    // On the last sentence's own line.
    ['Hei,\n\nTilaus lähti eilen. Terveisin, Matti', 'Terveisin', 'Matti', 'Tilaus lähti eilen.'],
    ['Hi,\n\nIt is fixed.\n\nThanks,\nThe ACME team', 'Thanks', 'The ACME team', 'It is fixed.'],
    ['Hi,\n\nIt is fixed.\n\nThanks, the ACME team', 'Thanks', 'the ACME team', 'It is fixed.'],
    ['Hi,\n\nIt is fixed.\nCheers,\nSam', 'Cheers', 'Sam', 'It is fixed.'],
    ['Hei,\n\nTehty.\n\nTerveisin asiakaspalvelu', 'Terveisin', 'asiakaspalvelu', 'Tehty.'],
    [
      'Hei,\n\nTehty.\n\nYstävällisin terveisin / Med vänlig hälsning\nKirjaamo',
      'Ystävällisin terveisin',
      'Med vänlig hälsning\nKirjaamo',
      'Tehty.',
    ],
    [
      'Hei,\n\nTehty.\n\nYstävällisin terveisin\nMaija Virtanen\nasiantuntija\nEsimerkki Oy\nKatuosoite 1, 00100 Helsinki\npuh. 029 123 4567\nmaija.virtanen@esimerkki.fi\nwww.esimerkki.fi',
      'Ystävällisin terveisin',
      'Maija Virtanen\nasiantuntija\nEsimerkki Oy\nKatuosoite 1, 00100 Helsinki\npuh. 029 123 4567\nmaija.virtanen@esimerkki.fi\nwww.esimerkki.fi',
      'Tehty.',
    ],
    [
      'Hei,\n\nTehty.\n\nKiitos ja hyvää päivänjatkoa!\nMatti',
      'Kiitos ja hyvää päivänjatkoa',
      'Matti',
      'Tehty.',
    ],
    // A whole reply on one line, as on Twitter or a forum.
    [
      '@emily Sorry to hear that. Can you tell us more?\u00a0Thanks. ^RK',
      'Thanks',
      '^RK',
      '@emily Sorry to hear that. Can you tell us more?',
    ],
    [
      'Hi there, thanks for reaching out. Is it on Paper? Thanks!',
      'Thanks',
      null,
      'thanks for reaching out. Is it on Paper?',
    ],
    [
      'Hei Piippu! Siirsin kysymyksesi palstalle. Ystävällisin terveisin Hilja | Kela eläke-etuudet',
      'Ystävällisin terveisin',
      'Hilja | Kela eläke-etuudet',
      'Siirsin kysymyksesi palstalle.',
    ],
    [
      'Hei, tervetuloa harjoituksiin. Taitoluisteluterveisin Riikka Uskelin Puheenjohtaja',
      'Taitoluisteluterveisin',
      'Riikka Uskelin Puheenjohtaja',
      'tervetuloa harjoituksiin.',
    ],
    [
      '@matt Hi Matt, we’re sorry. Is it all projects? Let us know-\u00a0we’re here to help!\u00a0\nThanks.^Kartika',
      'Thanks',
      '^Kartika',
      'we’re sorry. Is it all projects? Let us know-\u00a0we’re here to help!',
    ],
    // A wish for the customer.
    [
      'Hei,\n\nKoulutuksia on monia.\n\nOnnea sopivan koulutuksen etsintään!',
      'Onnea sopivan koulutuksen etsintään',
      null,
      'Koulutuksia on monia.',
    ],
    [
      'Hei,\n\nVastaus tulee myöhemmin. Antoisaa opiskelua',
      'Antoisaa opiskelua',
      null,
      'Vastaus tulee myöhemmin.',
    ],
    [
      'Hei,\n\nSovi aika.\n\nGood luck! Nuoriso-ohjaaja Saija',
      'Good luck',
      'Nuoriso-ohjaaja Saija',
      'Sovi aika.',
    ],
  ])('finds the closing of %j', (draft, phrase, name, lastBody) => {
    const doc = parse(draft);
    expect(doc.closing?.phrase.text).toBe(phrase);
    expect(doc.closing?.name?.text ?? null).toBe(name);
    expect(doc.body.at(-1)?.text).toBe(lastBody);
  });

  it.each([
    'Hei,\n\nKiitos viestistäsi!\nTilaus lähti eilen ja saapuu huomenna.',
    'Hello,\n\nThanks for your patience.\nWe shipped it today.',
    'Hei,\n\nTilaus lähti eilen. Kiitos viestistä.',
  ])('does not take a thanks in the text for a closing: %j', (draft) => {
    expect(parse(draft).closing).toBeNull();
  });
});

describe('parseDocument: quoted messages', () => {
  it('excludes ">" lines and keeps the text around them', () => {
    const draft =
      'Hei,\n\n> Missä tilaukseni on?\n> Se on myöhässä.\nSe lähti eilen.\n\nTerveisin\nMatti';
    const doc = parse(draft);
    expect(texts(doc.quoted)).toEqual(['> Missä tilaukseni on?\n> Se on myöhässä.']);
    expect(texts(doc.body)).toEqual(['Se lähti eilen.']);
    expect(doc.words.some((w) => w.text === 'tilaukseni')).toBe(false);
  });

  it.each([
    ['On Mon, 3 Jun 2024 at 10:00, Maija <m@example.com> wrote:'],
    ['Maija Meikäläinen <m@example.com> kirjoitti 3.6.2024 klo 10.00:'],
    ['ma 3.6.2024 klo 10.00 Maija kirjoitti:'],
    ['-----Original Message-----'],
    ['-----Alkuperäinen viesti-----'],
    ['On Mon, 3 Jun 2024 at 10:00, Maija Meikäläinen <\nm@example.com> wrote:'],
  ])('cuts everything from the attribution %j', (attribution) => {
    const draft = `Hei,\n\nTilaus lähti.\n\nTerveisin\nMatti\n\n${attribution}\nMissä tilaukseni?\nTerveisin Maija\n`;
    const doc = parse(draft);
    expect(doc.quoted).toHaveLength(1);
    expect(doc.quoted[0]?.text.startsWith(attribution.split('\n')[0] as string)).toBe(true);
    expect(doc.quoted[0]?.text.endsWith('Terveisin Maija')).toBe(true);
    expect(doc.closing?.name?.text).toBe('Matti');
    expect(texts(doc.body)).toEqual(['Tilaus lähti.']);
  });

  it('keeps the agent\'s own "... kirjoitti:" line and what follows in the reply', () => {
    const doc = parse('Hei,\n\nTekninen tukemme kirjoitti asiasta näin:\nVika on korjattu.');
    expect(doc.quoted).toEqual([]);
    expect(sentences(doc)).toEqual([
      'Hei,',
      'Tekninen tukemme kirjoitti asiasta näin:',
      'Vika on korjattu.',
    ]);
  });
});

describe('parseBlock', () => {
  it('depends only on its own text and offset, so unchanged blocks can be reused', () => {
    const block = 'Toinen kappale. Siinä kaksi virkettä.';
    const a = `Eka.\n\n${block}`;
    const b = `Ensimmäinen muutettu kappale.\n\n${block}`;
    const inA = parseBlock(a, a.indexOf(block), a.length, 'body');
    const inB = parseBlock(b, b.indexOf(block), b.length, 'body');
    const alone = parseBlock(block, 0, block.length, 'body');
    const shift = (p: typeof alone, by: number) =>
      p.sentences.map((s) => [s.start - by, s.end - by, s.text]);
    expect(shift(inA, a.indexOf(block))).toEqual(shift(alone, 0));
    expect(shift(inB, b.indexOf(block))).toEqual(shift(alone, 0));
  });

  it('matches the blocks of parseDocument', () => {
    const draft = 'Hei,\n\nEka kappale.\nJatkuu.\n\n1. Askel\n2. Toinen';
    const doc = parseDocument(draft);
    for (const p of doc.paragraphs) {
      expect(parseBlock(draft, p.start, p.end, p.role)).toEqual(p);
    }
  });
});
