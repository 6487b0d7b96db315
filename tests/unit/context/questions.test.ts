import { expect, it } from 'vitest';
import { extractQuestions, questionStatuses } from '../../../rules/context/questions';
import type { Language } from '../../../rules/types';
import { describeModes } from './modes';

const asked = (text: string, lang: Language) =>
  extractQuestions(text, lang).map((q) => `${q.kind}:${q.text}`);

describeModes('extractQuestions', () => {
  it('finds Finnish direct questions, with or without a question mark', () => {
    const message = [
      'Hei,',
      '',
      'tilasin kengät viime viikolla. Milloin ne saapuvat? Voinko myös vaihtaa koon isompaan',
      'Onko teillä lahjakortteja. Paljonko toimitus maksaa',
      'Ja miksi laskussa on kaksi riviä?',
      '',
      'Terveisin',
      'Matti',
    ].join('\n');
    expect(asked(message, 'fi')).toEqual([
      'direct:Milloin ne saapuvat?',
      'direct:Voinko myös vaihtaa koon isompaan',
      'direct:Onko teillä lahjakortteja.',
      'direct:Paljonko toimitus maksaa',
      'direct:Ja miksi laskussa on kaksi riviä?',
    ]);
  });

  it('finds Finnish indirect questions', () => {
    const message =
      'Haluaisin tietää, milloin tilaukseni lähtee. Kertoisitteko myös laskun eräpäivän. ' +
      'Voisitteko kertoa aukioloajat. Olisiko mahdollista saada lasku sähköpostiin. ' +
      'En ymmärrä, miksi maksu veloitettiin kahdesti.';
    expect(extractQuestions(message, 'fi').map((q) => q.kind)).toEqual([
      'indirect',
      'indirect',
      'indirect',
      'indirect',
      'indirect',
    ]);
  });

  it('finds a clitic question after a comma', () => {
    expect(asked('Tilasin kengät eilen, onko ne jo lähetetty.', 'fi')).toEqual([
      'direct:Tilasin kengät eilen, onko ne jo lähetetty.',
    ]);
  });

  it('leaves Finnish statements alone', () => {
    const message = [
      'Tilasin kengät viime viikolla.',
      'Heikko signaali on ongelma.',
      'Mitä tulee toimitukseen, se oli nopea.',
      'Milloin tahansa sopii.',
      'Katsoin ohjeen osoitteesta https://kauppa.fi/?id=3 ja kaikki toimii.',
      'Kiitos!',
    ].join(' ');
    expect(asked(message, 'fi')).toEqual([]);
  });

  it('gives offsets into the message', () => {
    const message =
      'Hei!\n\nTilasin takin. Milloin se saapuu?\n\n> Kiitos tilauksestasi. Onko kaikki hyvin?';
    const [q, ...rest] = extractQuestions(message, 'fi');
    expect(rest).toEqual([]); // the quoted earlier message is skipped
    expect(q && message.slice(q.start, q.end)).toBe('Milloin se saapuu?');
  });

  it('finds English direct questions, with or without a question mark', () => {
    const message = [
      'Hi, I ordered a jacket last week. When will it arrive?',
      'Can I change the delivery address. How long does a refund take',
      'Which size should I choose',
      'And is there a discount for students',
    ].join('\n');
    expect(asked(message, 'en')).toEqual([
      'direct:When will it arrive?',
      'direct:Can I change the delivery address.',
      'direct:How long does a refund take',
      'direct:Which size should I choose',
      'direct:And is there a discount for students',
    ]);
  });

  it('finds English indirect questions', () => {
    const message =
      "I would like to know whether I can pay by invoice. I'm wondering if the store is open on Sunday. " +
      'Could you tell me the opening hours. Please let me know when my parcel ships.';
    expect(extractQuestions(message, 'en').map((q) => q.kind)).toEqual([
      'indirect',
      'indirect',
      'indirect',
      'indirect',
    ]);
  });

  it('leaves English statements alone', () => {
    const message =
      'When I tried to log in, the page crashed. When the parcel was delivered, the box was open. ' +
      'What I want is a refund. How nice of you. Can’t wait to wear it.';
    expect(asked(message, 'en')).toEqual([]);
  });
});

const unanswered = (message: string, reply: string, lang: Language) =>
  questionStatuses(message, reply, lang)
    .filter((s) => !s.answered)
    .map((s) => s.question.text);

describeModes('questionStatuses', () => {
  it('matches Finnish questions to the reply by base forms', () => {
    const message =
      'Hei, tilasin kengät viime viikolla. Milloin ne saapuvat? Voinko vaihtaa koon isompaan? ' +
      'Haluaisin myös tietää, saanko laskun sähköpostiin.';
    const reply =
      'Hei,\n\nKiitos viestistä. Kenkänne lähtevät huomenna ja ovat perillä kahdessa päivässä. ' +
      'Koon vaihto onnistuu palautuslomakkeella.';
    expect(unanswered(message, reply, 'fi')).toEqual([
      'Haluaisin myös tietää, saanko laskun sähköpostiin.',
    ]);
    expect(unanswered(message, `${reply} Lähetämme laskut aina sähköpostitse.`, 'fi')).toEqual([]);
  });

  it('does not let a word every reply mentions answer a question', () => {
    const message = 'Voinko perua tilauksen?';
    expect(unanswered(message, 'Tilauksesi on lähetetty.', 'fi')).toEqual([message]);
    expect(unanswered(message, 'Peruimme tilauksenne.', 'fi')).toEqual([]);
    expect(unanswered(message, 'Peruutus on tehty.', 'fi')).toEqual([]);
    expect(unanswered('Missä tilaukseni 12345 on?', 'Tilauksenne on matkalla.', 'fi')).toEqual([]);
  });

  it('accepts synonyms', () => {
    expect(
      unanswered('Milloin pakettini saapuu?', 'Tilauksesi toimitetaan huomenna.', 'fi'),
    ).toEqual([]);
    expect(unanswered('When will my package arrive?', 'Your parcel ships tomorrow.', 'en')).toEqual(
      [],
    );
    expect(
      unanswered('Can I get my money back?', 'We have issued a refund to your card.', 'en'),
    ).toEqual([]);
  });

  it('matches English questions to the reply by stems', () => {
    const message =
      'When will my jacket arrive? I would like to know whether I can pay by invoice. ' +
      'How long does a refund take?';
    const reply =
      'Your jacket ships tomorrow and arrives on Friday. Refunds are made within five days.';
    expect(unanswered(message, reply, 'en')).toEqual([
      'I would like to know whether I can pay by invoice.',
    ]);
  });

  it('counts a question without content words as answered', () => {
    const [status] = questionStatuses('Miksi?', 'Hei,\n\nKiitos viestistä.', 'fi');
    expect(status).toMatchObject({ answered: true, coverage: null });
  });

  it('reports what matched and what is missing, for the side panel', () => {
    const [status] = questionStatuses(
      'Voinko vaihtaa koon isompaan?',
      'Koon vaihto onnistuu.',
      'fi',
    );
    expect(status?.matched).toEqual(['vaihtaa', 'koon']);
    expect(status?.missing).toEqual(['isompaan']);
    expect(status?.coverage).toBeCloseTo(2 / 3);
  });
});
