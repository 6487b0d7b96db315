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

  it('skips what only looks like a question: small talk, rhetoric, templates, code, quotes', () => {
    expect(asked('Hei! Mitä kuuluu? Tilasin paketin, missä se on?', 'fi')).toEqual([
      'direct:Tilasin paketin, missä se on?',
    ]);
    expect(asked('Onko tämä oikeasti näin vaikeaa?! Laite ei toimi.', 'fi')).toEqual([]);
    expect(asked('Kun painan "Oletko varma?" -kohtaa, mitään ei tapahdu.', 'fi')).toEqual([]);
    expect(asked('Hi, how are you? Seriously? My order has not arrived.', 'en')).toEqual([]);
    expect(
      asked(
        '**Is your feature request related to a problem? Please describe.**\nThe export is slow.\n\n### What did you expect to happen?\nA fast export.',
        'en',
      ),
    ).toEqual([]);
    expect(asked('The line `a = x ? b : c;` throws.\n```\nwhy? not.\n```\nThanks', 'en')).toEqual(
      [],
    );
  });

  it('takes neither an alternative going on nor a "when" clause for a question', () => {
    expect(asked('Kastetaanko kuivain veteen? Vai nostetaanko se narusta ylös?', 'fi')).toEqual([
      'direct:Kastetaanko kuivain veteen?',
    ]);
    expect(
      asked('When emails are sent to support it would be better if a reply came quickly.', 'en'),
    ).toEqual([]);
  });

  it('tells what kind of answer a question wants', () => {
    const forms = (text: string, lang: Language) => extractQuestions(text, lang).map((q) => q.form);
    expect(
      forms(
        'Onko koko 42 saatavilla? Voisitteko lähettää laskun uudelleen? Miten vaihdan salasanan? Miksi maksu veloitettiin kahdesti? Voitteko auttaa? Milloin paketti tulee?',
        'fi',
      ),
    ).toEqual(['yes-no', 'request', 'how', 'why', 'generic', 'open']);
    expect(
      forms(
        'Do you ship to Finland? Can you reset my password? How do I export my data? Why does the sync fail? Any ideas? When will it arrive?',
        'en',
      ),
    ).toEqual(['yes-no', 'request', 'how', 'why', 'generic', 'open']);
  });

  it('leaves English statements alone', () => {
    const message =
      'When I tried to log in, the page crashed. When the parcel was delivered, the box was open. ' +
      'What I want is a refund. How nice of you. Can’t wait to wear it.';
    expect(asked(message, 'en')).toEqual([]);
    // "Had a question.": "have" before "a" with its subject left out states, unless a "?" asks.
    expect(asked('Just recorded a webinar. Had a question. Have a great day.', 'en')).toEqual([]);
    expect(asked('Had a chance to look?', 'en')).toEqual(['direct:Had a chance to look?']);
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

  it('counts an answer in other words: a yes or a no, an action, a link or steps, a reason', () => {
    expect(
      unanswered('Onko teillä tätä kenkää koossa 42?', 'Valitettavasti se on loppu.', 'fi'),
    ).toEqual([]);
    expect(
      unanswered('Saako tuotteen palauttaa?', 'Hei,\n\nKyllä, 30 päivän sisällä.', 'fi'),
    ).toEqual([]);
    expect(
      unanswered(
        'Voisitteko lähettää laskun uudelleen?',
        'Lähetimme sen juuri sähköpostiisi.',
        'fi',
      ),
    ).toEqual([]);
    expect(
      unanswered('Can you reset my password please?', "I've reset it; check your inbox.", 'en'),
    ).toEqual([]);
    expect(
      unanswered(
        'How do I install the plugin?',
        'See https://example.com/docs for the steps.',
        'en',
      ),
    ).toEqual([]);
    expect(
      unanswered('Miten vaihdan salasanan?', 'Valitse Oma tili ja sitten Asetukset.', 'fi'),
    ).toEqual([]);
    expect(
      unanswered('Miksi laskussani on kaksi riviä?', 'Toinen rivi johtuu toimitusmaksusta.', 'fi'),
    ).toEqual([]);
    expect(
      unanswered(
        "What if I can't travel before the year runs out?",
        'Your voucher stays valid for twelve months from the date of issue.',
        'en',
      ),
    ).toEqual([]);
    expect(
      unanswered(
        'Any update on this?',
        'The courier has your parcel and delivers on Monday.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counts a yes or a no after a short opening clause', () => {
    expect(
      unanswered(
        'I would like to ask if there is anything wrong with the YouTube system?',
        "Thanks for checking with us, there hasn't been any issues with YT at present.",
        'en',
      ),
    ).toEqual([]);
  });

  it('answers nothing with a reply that only asks for more details', () => {
    const message = 'How do I move folders from one Dropbox account to another Dropbox account?';
    expect(
      unanswered(
        message,
        'Hi there, thanks for reaching out. Are you referring to folders on one account, or Paper docs? Thanks!',
        'en',
      ),
    ).toEqual([message]);
    expect(
      unanswered(
        'Miksi sovellus kaatuu?',
        'Hei! Kertoisitko, mikä puhelinmalli sinulla on? Kiitos!',
        'fi',
      ),
    ).toEqual(['Miksi sovellus kaatuu?']);
  });

  it('still reports a question the reply leaves aside', () => {
    expect(
      unanswered(
        'Does the app support dark mode? Also, when will version 3 be released?',
        'Dark mode is in the settings.',
        'en',
      ),
    ).toEqual(['Also, when will version 3 be released?']);
    expect(
      unanswered(
        'When will my refund arrive? Can I also change the address?',
        'The refund was issued today and takes 3-5 days.',
        'en',
      ),
    ).toEqual(['Can I also change the address?']);
  });

  it("accepts the house's own synonyms", () => {
    const message = 'Milloin tukipalvelu on auki?';
    const reply = 'Asiakaspalvelumme päivystää arkisin.';
    expect(unanswered(message, reply, 'fi')).toEqual([message]);
    expect(
      questionStatuses(message, reply, 'fi', {
        synonyms: [
          ['tukipalvelu', 'asiakaspalvelu'],
          ['auki', 'päivystää'],
        ],
      })[0]?.answered,
    ).toBe(true);
  });

  it('counts a question without content words as answered', () => {
    const [status] = questionStatuses('Mikä se on?', 'Hei,\n\nSe on uusi järjestelmä.', 'fi');
    expect(status).toMatchObject({ answered: true, unanswered: false, coverage: null });
  });

  it('shows a request as not yet answered while the reply is only a courtesy, and the check stays quiet', () => {
    const message = 'The parcel is broken. Could you send a new one?';
    const [polite] = questionStatuses(message, 'Hi Anna,\n\nThank you for your message.', 'en');
    expect(polite).toMatchObject({ answered: false, unanswered: false });
    const [done] = questionStatuses(
      message,
      'Hi Anna,\n\nThank you for your message. We will send a new one today.',
      'en',
    );
    expect(done?.answered).toBe(true);
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

const reported = (message: string, reply: string, lang: Language) =>
  questionStatuses(message, reply, lang)
    .filter((s) => s.unanswered)
    .map((s) => s.question.text);

describeModes('questionStatuses: what the check reports (precision first)', () => {
  it('takes a reply to a single question as its answer, even in other words', () => {
    expect(
      reported(
        'Hei! Mistä näen vanhat sähkölaskuni?',
        'Hei,\n\nKaikki laskut ovat OmaPalvelussa kohdassa Arkisto.',
        'fi',
      ),
    ).toEqual([]);
    expect(
      reported(
        'Why was my card charged twice for one order?',
        'Hi Tom,\n\nThe first charge was only a hold by your bank, and it drops off in a few days.',
        'en',
      ),
    ).toEqual([]);
  });

  it('reports a question the reply leaves out while it answers the others', () => {
    expect(
      reported(
        'When does my parcel leave? Can I still add a scarf to the order?',
        'Hi,\n\nYour parcel leaves the warehouse tomorrow.',
        'en',
      ),
    ).toEqual(['Can I still add a scarf to the order?']);
  });

  it('reports every question when the reply only asks for details, past its signature', () => {
    expect(
      reported(
        '@ShopHelp how do I get my points back after the app update?',
        '@anna_k Hey there! Could you tell us which phone you use? We will check further. ^JL',
        'en',
      ),
    ).toEqual(['how do I get my points back after the app update?']);
  });

  it('counts a request phrased as a question as acted on by a reply that asks what it needs', () => {
    expect(
      reported(
        'I cannot log in since yesterday. Can you please unlock my account?',
        'Please let us know the e-mail address of the account so we can help further.',
        'en',
      ),
    ).toEqual([]);
  });

  it('reads a question after an @handle by its own first word, without the handle', () => {
    const [status] = questionStatuses(
      '@AppHelp why does the app crash whenever I open my saved playlists?',
      '@ann We are looking into reports of this.',
      'en',
    );
    expect(status?.question.form).toBe('why');
    expect(status?.missing).not.toContain('AppHelp');
  });

  it('does not report one-word exclamations or questions without a mark', () => {
    expect(
      reported(
        'Seriously? The app lost my list again.',
        'Hi,\n\nCan you tell us your app version?',
        'en',
      ),
    ).toEqual([]);
    expect(reported('So whats the fix', '@mark Could you send us a screenshot?', 'en')).toEqual([]);
  });

  it('does not report a statement said with a "?" that goes on with the question before it', () => {
    // Only the real question is reported; "I paid for this?" only goes on with it.
    expect(
      reported(
        'Why does the app keep logging me out? I paid a whole year for this?',
        'Hi! Could you tell us which phone and app version you have?',
        'en',
      ),
    ).toEqual(['Why does the app keep logging me out?']);
    expect(
      reported(
        'Voiko varauksen siirtää toiselle päivälle? En löydä sivuilta kohtaa, mistä sen voisi tehdä?',
        'Hei,\n\nVoisitteko kertoa varausnumeronne?',
        'fi',
      ),
    ).toEqual(['Voiko varauksen siirtää toiselle päivälle?']);
    // On its own, a statement with a "?" is still a question.
    expect(
      reported(
        'You have to register the warranty separately?',
        'Hi! Could you tell us the model of your blender?',
        'en',
      ),
    ).toEqual(['You have to register the warranty separately?']);
  });

  it('does not report a question whose sentence before it the reply takes up', () => {
    // "Kumpi tieto pitää paikkansa" refers to the two sentences before it: a reply about
    // the board meeting answers it in their words.
    expect(
      reported(
        'Lehdessä kerrottiin, että kirjasto suljetaan kesäksi. Kunnan sivuilla taas sanotaan, että asia menee lautakunnan käsittelyyn. Kumpi tieto pitää paikkansa ja miksi asiasta tiedotetaan näin? Onko sulkemisen vaihtoehtoja selvitetty?',
        'Lautakunta käsittelee kirjaston kesäaukioloa kokouksessaan 12.5. Sulkemisen vaihtoehtoja on selvitetty yhdessä kirjastotoimen kanssa.',
        'fi',
      ),
    ).toEqual([]);
    expect(
      reported(
        'Does the premium plan include offline maps? The review site says the hiking app dropped offline maps last spring. Which one is right, and why was it changed?',
        'Hi,\n\nOffline maps are still in the hiking app: the review mixed it up with our old city app.',
        'en',
      ),
    ).toEqual([]);
  });

  it('does not report a vague question with one word of weight beside an answered one', () => {
    expect(
      reported(
        'Selkä on kipeä jo toista kuukautta. Mikä vaivan voi aiheuttaa? Mistähän voisi olla kyse?',
        'Hei! Tällainen vaiva johtuu usein lihasjännityksestä, ja liikunta auttaa.',
        'fi',
      ),
    ).toEqual([]);
  });

  it('takes small talk about the staff for no question, and any reply for advice on what to try', () => {
    expect(
      reported(
        'Why does the video stop after a minute? Are you guys swamped too these days?',
        'Hi! Sorry about that: clearing the app cache usually helps, or reinstalling the app.',
        'en',
      ),
    ).toEqual([]);
    expect(extractQuestions('Onko teillä ollut kova kiire? Paketti ei ole tullut.', 'fi')).toEqual(
      [],
    );
    // Calls for attention want a reply, not an answer.
    expect(extractQuestions('Onko siellä ketään? Lukeeko kukaan näitä viestejä?', 'fi')).toEqual(
      [],
    );
    expect(extractQuestions('Is anyone there? My order is late again.', 'en')).toEqual([]);
    // "What else should I try" and "whom to turn to" want advice, which any reply gives.
    expect(
      reported(
        'Mistä kipu voi johtua? Mitä hoitoja vielä kannattaisi kokeilla tai kenen puoleen kääntyä?',
        'Hei! Kipu johtuu todennäköisesti lihasjännityksestä. Fysioterapeutti on hyvä seuraava askel.',
        'fi',
      ),
    ).toEqual([]);
    expect(
      questionStatuses(
        'Why does the printer jam? What else can I try before I buy a new one?',
        'Hi,\n\nJams come from damp paper: keep it in its wrapper.',
        'en',
      ).map((s) => s.question.form),
    ).toEqual(['why', 'generic']);
  });

  it('reads "Just to make sure." and "Ensin olisi hyvä tietää" as asking back', () => {
    expect(
      reported(
        'My tablet shows a black screen after the update. Any suggestions?',
        '@leo Sorry to hear that. Just to make sure. Did the update finish before the screen went black?',
        'en',
      ),
    ).toEqual(['Any suggestions?']);
    expect(
      reported(
        'Miten saan tulostimen toimimaan langattomasti?',
        'Hei,\n\nEnsin olisi hyvä tietää, mikä tulostinmalli teillä on. Kiitos!',
        'fi',
      ),
    ).toEqual(['Miten saan tulostimen toimimaan langattomasti?']);
  });

  it('takes a polite instruction with a link as an answer, not as asking back', () => {
    expect(
      reported(
        'My installer is stuck at 3% with error code #1006. How to fix it?',
        '@maka Hi there, sorry for this! Can you pls try the recommendations in this article: https://support.example.com/wifi Thank you!',
        'en',
      ),
    ).toEqual([]);
    expect(
      reported(
        'My installer is stuck at 3%. How to fix it?',
        '@maka Hi there! Can you share a screenshot of the error?',
        'en',
      ),
    ).toEqual(['How to fix it?']);
  });

  it('takes one shared word of a long question for chance, not for an answer to it', () => {
    // "camera" alone does not answer "Why does the camera freeze on startup?", so the reply
    // is not known to answer one question and leave the other.
    expect(
      reported(
        'Why does the camera freeze on startup? Will the next update fix the microphone too?',
        'Hi! Our camera team is looking into reports like yours, and news follows soon.',
        'en',
      ),
    ).toEqual([]);
  });
});

describeModes('extractQuestions: indirect questions with a clitic or after "kysyn"', () => {
  it('finds "Haluaisinkin kysyä" and "Kolmantena kysyn, miten …" as indirect questions', () => {
    expect(
      asked(
        'Teen opinnäytetyötä. Haluaisinkin kysyä vinkkejä siihen, miten palautetta kannattaa kerätä. Kolmantena kysyn, miten kunta aikoo hoitaa kuljetukset.',
        'fi',
      ),
    ).toEqual([
      'indirect:Haluaisinkin kysyä vinkkejä siihen, miten palautetta kannattaa kerätä.',
      'indirect:Kolmantena kysyn, miten kunta aikoo hoitaa kuljetukset.',
    ]);
  });
});
