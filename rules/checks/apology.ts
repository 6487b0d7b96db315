import { z } from 'zod';
import { defineCheck } from '../check';
import { packPhrasePattern, phrasePattern, testIn } from '../context/patterns';
import { UPSET_THRESHOLD, upsetPhrases, upsetScore } from '../context/upset';
import { blockMemo, type Paragraph, type Sentence } from '../document';
import { phrasesOf } from '../languages';
import { phraseMatcher } from '../phrases';

/** How a language without its own (`LanguagePhrases.quotes`) quotes the customer's words. */
const DEFAULT_QUOTES = ['“', '”'] as const;

/** The first two sentences of the body that have words. */
function firstSentences(body: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of body) {
    for (const s of p.sentences) {
      if (s.words.length === 0) continue;
      out.push(s);
      if (out.length === 2) return out;
    }
  }
  return out;
}

const memoKeys = new WeakMap<RegExp, object>();

/** This check's `blockMemo` key for "the block matches re". */
function memoKey(re: RegExp): object {
  let key = memoKeys.get(re);
  if (!key) {
    key = {};
    memoKeys.set(re, key);
  }
  return key;
}

const THANKS_RE = /^(?:kiitos|kiitoksia|thank|thanks|many thanks)(?![\p{L}])/iu;

/** The signals quoted in the message. */
const MAX_QUOTED_SIGNALS = 3;

export default defineCheck({
  id: 'apology',
  description: {
    fi: 'Kun asiakas on tyytymätön, vastauksessa pahoitellaan.',
    en: 'When the customer is unhappy, the reply apologises.',
  },
  defaultSeverity: 'warning',
  messages: {
    missing: {
      fi: 'Asiakas vaikuttaa tyytymättömältä ({signals}). Pahoittele, esimerkiksi ”{suggestion}”',
      en: 'The customer seems unhappy ({signals}). Apologise, such as “{suggestion}”',
    },
  },
  options: z.strictObject({
    /** Extra words or phrases that show the customer is unhappy (weight 2 each). */
    upsetSignals: z.array(z.string()).default([]),
    /** Extra accepted apologies; inflected forms match (see phrases.ts). */
    apologyPhrases: z.array(z.string()).default([]),
    /** The sentence the fix inserts; empty for the language's default. */
    suggestion: z.string().default(''),
    /** Upset score at which an apology is expected (see rules/context/upset.ts). */
    threshold: z.number().positive().default(UPSET_THRESHOLD),
    /** Whether "valitettavasti" / "unfortunately" counts as an apology. */
    acceptRegret: z.boolean().default(false),
  }),
  fromStyle: (style) => ({
    upsetSignals: style.apologyWhenUpset.upsetSignals,
    apologyPhrases: style.apologyWhenUpset.apologyPhrases,
  }),
  enabledByDefault: (style) => style.apologyWhenUpset.enabled,
  detect(doc, { options, language, style, context, report }) {
    const message = context.customerMessage;
    if (!message?.trim()) return;
    const [first, second] = firstSentences(doc.body);
    if (!first) return;

    const upset = upsetScore(message, language, {
      signals: options.upsetSignals,
      threshold: options.threshold,
    });
    if (!upset.upset) return;

    // A document check (the apology may be anywhere), run on every keystroke: whether a
    // block apologises is memoised with the block, so only changed blocks are searched.
    const apologises = (re: RegExp) =>
      doc.paragraphs.some(
        (p) =>
          p.role !== 'signature' && blockMemo(p, memoKey(re), (block) => testIn(re, block.text)),
      );
    if (apologises(phrasePattern(upsetPhrases(language).apology))) return;
    if (options.acceptRegret && apologises(phrasePattern(upsetPhrases(language).regret))) return;
    if (
      options.apologyPhrases.length > 0 &&
      apologises(packPhrasePattern(options.apologyPhrases))
    ) {
      return;
    }

    // The apology goes right after the thanks, if the reply opens with one.
    const opensWithThanks =
      THANKS_RE.test(first.text) || phraseMatcher(style.thanks.phrases).matchAt(first.words, 0);
    const anchor: Sentence = opensWithThanks && second ? second : first;
    // A language without a default apology (`LanguagePhrases.upset.suggestion`): no fix.
    const suggestion = options.suggestion || upsetPhrases(language).suggestion || '';
    const [open, close] = phrasesOf(language).quotes ?? DEFAULT_QUOTES;
    const signals = upset.signals
      .filter((s) => s.kind !== 'positive')
      .slice(0, MAX_QUOTED_SIGNALS)
      .map((s) => `${open}${s.text}${close}`)
      .join(', ');
    report({
      messageId: 'missing',
      start: anchor.start,
      end: anchor.end,
      data: { signals, suggestion },
      fixes: suggestion
        ? [{ start: anchor.start, end: anchor.start, replacement: `${suggestion} ` }]
        : [],
    });
  },
  examples: {
    valid: [
      // Regret in other words: "this isn't what we want", "ei ole ollut tarkoitus".
      {
        language: 'en',
        text: "Hi,\n\nThis isn't what we want for you. A refund is on its way.",
        context: { customerMessage: 'Charged twice again. Unbelievable.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nTämä ei ole ollut tarkoitus. Korjasimme laskun.',
        context: { customerMessage: 'Laskussa on taas virhe, olen todella pettynyt.' },
      },
      // ("This is not the Windows experience that we want you to have": a name between.)
      {
        language: 'en',
        text: 'Hi Adam!\n\nThis is not the Windows experience that we want you to have. Here is how to stop it.',
        context: {
          customerMessage: 'Deleting 10 GB of installer garbage. Not even sure where it came from.',
        },
      },
      // Regret of bad news the answer has to give.
      {
        language: 'fi',
        text: 'Hei,\n\nValitettavasti täytyy sanoa, että löydökset viittaavat poikkeavuuteen. Lisätutkimus kertoo enemmän.',
        context: { customerMessage: 'Pelkään pahinta, mitä nämä tulokset tarkoittavat?!' },
      },
      // Sympathy said as what everyone feels.
      {
        language: 'en',
        text: 'Hi!\n\nNo one wants to be charged for subscriptions they wish to cancel. Let us look at yours.',
        context: { customerMessage: 'Why are you still charging me? I cancelled twice!' },
      },
      // Feelings acknowledged: "we understand how you feel", "that sounds like it can be
      // difficult", "we appreciate where you're coming from".
      {
        language: 'en',
        text: "Hi Mia,\n\nWe understand how you feel about the keyboard, and we'll help. Which model is it?",
        context: { customerMessage: 'Keyboard dead AGAIN. Third time this month, unacceptable.' },
      },
      {
        language: 'en',
        text: "Hi,\n\nThat sounds like it can be difficult when the phone won't respond. Can you force a restart?",
        context: { customerMessage: "My phone keeps freezing mid-call, I'm so frustrated." },
      },
      {
        language: 'en',
        text: "Hi Faith,\n\nThanks for the feedback, and we appreciate where you're coming from. We'll keep you posted.",
        context: { customerMessage: 'Still no refund option for cancelled flights? Ridiculous.' },
      },
      {
        language: 'en',
        text: 'Hi Ana,\n\nI realize this has been a real hassle. The replacement ships today.',
        context: { customerMessage: 'Third broken charger in a month, this is unacceptable.' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nWe know being without service is rough. A technician can come on Monday.',
        context: { customerMessage: 'No internet for three days now. Ridiculous.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nIkävä juttu, että kortti lakkasi toimimasta. Uusi kortti on jo matkalla.',
        context: { customerMessage: 'Kortti ei taaskaan toimi, olen todella pettynyt.' },
      },
      // Understanding in other words than "sorry" is an apology too.
      {
        language: 'en',
        text: 'Hi Sam,\n\nWe hear you, and we appreciate your concern. A new card is on its way.',
        context: {
          customerMessage: 'Third card this year that stopped working. Ugh, such a mess.',
        },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos viestistä. Pahoittelemme, että paketti on myöhässä. Lähetämme uuden.',
        context: { customerMessage: 'Olen todella pettynyt, paketti on taas myöhässä!!' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nOlen pahoillani viivästyksestä.',
        context: { customerMessage: 'Tilaukseni ei ole vieläkään tullut.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos viestistä. Tilauksesi lähtee huomenna.',
        context: { customerMessage: 'Hei! Milloin tilaukseni lähtee? Kiitos!!' },
      },
      { language: 'fi', text: 'Hei,\n\nKiitos viestistä.' },
      {
        language: 'en',
        text: 'Hello,\n\nThank you for your message. We are sorry the parcel is late.',
        context: { customerMessage: 'This is the third time I write. Unacceptable!' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nThanks for your kind words!',
        context: { customerMessage: 'Thank you so much!! The jacket is AMAZING!!' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nUnfortunately the item is sold out.',
        options: { acceptRegret: true },
        context: { customerMessage: 'I am disappointed that the item is gone.' },
      },
      // Any apology or regret for the customer's trouble.
      {
        language: 'fi',
        text: 'Hei,\n\nTilanne on teille varmasti hyvin raskas. Tilanne on vanhemmille aina hyvin raskasta, ja apua saa kriisipuhelimesta.',
        context: {
          customerMessage: 'Apua ei ole tullut, vaikka olemme pyytäneet sitä jo useaan kertaan.',
        },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nIkävä kuulla, että paketti on yhä matkalla. Selvitämme asian.',
        context: {
          customerMessage: 'Olen odottanut jo kolme viikkoa, eikä teiltä ole kuulunut mitään.',
        },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nYmmärrämme hyvin turhautumisesi. Palautimme toisen veloituksen tilillesi.',
        context: { customerMessage: 'Minulta veloitettiin kahdesti sama tilaus!' },
      },
      {
        language: 'en',
        text: 'Hi Sam,\n\nSorry to hear the refund is late. It was issued today.',
        context: { customerMessage: "I've been waiting for two weeks and no reply yet." },
      },
      {
        language: 'en',
        text: 'Hi Sam,\n\nI understand your frustration. The second charge has been reversed.',
        context: { customerMessage: 'You charged me twice for the same order.' },
      },
      // Sympathy and regret in other words than "sorry".
      {
        language: 'en',
        text: "Hi Ana,\n\nWe're sad to hear the lamp broke again. A new lamp ships today.",
        context: { customerMessage: 'The lamp arrived broken, again. Not impressed.' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nI can see why you would be upset. We will make it right.',
        context: { customerMessage: 'You keep charging me even though I cancelled in May!!' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKurjaa kuulla, että kaappi meni rikki. Lähetämme uuden.',
        context: { customerMessage: 'Kuriiri pudotti kaapin ja nyt se on pilalla.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nEmme halua, että asiakkaamme joutuvat odottamaan näin pitkään. Paketti lähti tänään.',
        context: { customerMessage: 'Olen odottanut jo kolme viikkoa, eikä mitään kuulu.' },
      },
      // Understanding of the customer's feeling, in the general words of each language.
      {
        language: 'en',
        text: "Hi Jo,\n\nWe know this isn't what you were hoping for. A technician will call you today.",
        context: {
          customerMessage: "I've tried everything and I'm at my wits' end with this router.",
        },
      },
      {
        language: 'en',
        text: "Hi,\n\nIt's completely understandable that you're worried. Your deposit is safe.",
        context: { customerMessage: "I'm scared I'll lose my deposit if the move is delayed." },
      },
      {
        language: 'en',
        text: 'Hi,\n\nI can see how stressful this must be. The payment was released today.',
        context: { customerMessage: 'You took money from my account without my permission.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nOn täysin ymmärrettävää, että tilanne huolestuttaa. Säästösi ovat turvassa.',
        context: { customerMessage: 'Pelkään, että menetän koko säästöni, jos asia ei ratkea.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nValitamme aiheutunutta haittaa. Palautimme veloituksen tilillesi.',
        context: { customerMessage: 'Tililtäni veloitettiin 49 euroa ilman lupaani.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nYmmärrän hyvin kiukkusi. Soitamme sinulle huomenna aamulla.',
        context: { customerMessage: 'Olen jonottanut puhelimessa tunnin, eikä kukaan vastaa.' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nWe let you down there. A courier will collect the bag today.',
        context: { customerMessage: 'You lost my luggage on the way to Rome.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nOnpa ikävää, ymmärrän tilanteesi. Soitamme sinulle tänään.',
        context: { customerMessage: 'Soitin aamulla, eikä kukaan vastaa puhelimeen.' },
      },
      // No upset: a plea for help, a frequency, a fault reported plainly.
      {
        language: 'en',
        text: 'Hi,\n\nHere is the invoice as a new PDF.',
        context: { customerMessage: "Can't open the invoice PDF, please HELP." },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nAnnostus on sopiva, kun otat lääkettä enintään kolme kertaa päivässä.',
        context: {
          customerMessage: 'Otan lääkettä 2-3 kertaa päivässä, ja oireet palaavat taas iltaisin.',
        },
      },
      // Regret and understanding in other words: "We feel your pain", "We dropped the ball",
      // "We'd be frustrated too", "not the kind of service we aim for", "Sori viiveestä",
      // "Todella ikävää", "harmillinen".
      {
        language: 'en',
        text: 'Hi,\n\nWe dropped the ball here, and we feel your pain. A refund is on its way.',
        context: { customerMessage: 'Charged twice again. Unbelievable.' },
      },
      {
        language: 'en',
        text: "Hi,\n\nWe'd be frustrated too. That's not the kind of service we aim for.",
        context: { customerMessage: 'Third outage this week. Ridiculous.' },
      },
      // Understanding said alone: "We completely understand.", "I can imagine that's
      // frustrating", "Our bad!".
      {
        language: 'en',
        text: "Hi Sam,\n\nWe completely understand. I can imagine that's frustrating, and a new code is on its way.",
        context: { customerMessage: 'Your code expired AGAIN before I could use it. Useless.' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nOur bad! The link was wrong; here is the right one.',
        context: { customerMessage: 'The link you sent is broken. Ridiculous.' },
      },
      // Understanding in Twitter care's words: "I get you being upset", "We know it's
      // important to …", "We understand any frustration", "We absolutely don't want that
      // happening".
      {
        language: 'en',
        text: "Hi,\n\nI get you being upset. We know it's important to keep your order, and a new one is on its way.",
        context: { customerMessage: 'You cancelled my order AGAIN. Ridiculous.' },
      },
      {
        language: 'en',
        text: "Hi,\n\nWe understand any frustration, and we absolutely don't want that happening. Please send us a DM.",
        context: { customerMessage: 'Your app deleted my playlists again. Unacceptable.' },
      },
      // Owning the trouble: "the frustration we have caused", "we can do better"; sharing
      // the loss: "I'm gutted"; understanding before "and": "We understand and …".
      {
        language: 'en',
        text: "Hi Dana,\n\nWe've shared this with the store team: we can do better. Please accept a voucher for the frustration we have caused.",
        context: { customerMessage: 'Waited 40 minutes for a cold burger. Never again.' },
      },
      {
        language: 'en',
        text: "Hi,\n\nI'm gutted :( The last tickets went this morning. We'll tell you first when more are released.",
        context: { customerMessage: 'Sold out AGAIN?! Seriously??' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nWe understand and hope the new date works for you. The refund is on its way.',
        context: { customerMessage: 'Cancelled twice now. Ridiculous.' },
      },
      // Sympathy as Twitter care says it: "This is saddening to hear", "We never want your
      // experience to be anything less than perfect".
      {
        language: 'en',
        text: 'We never want your experience to be anything less than perfect. Could you DM us the store?',
        context: { customerMessage: 'A used napkin in my food. Disgusting!!' },
      },
      {
        language: 'en',
        text: 'This is saddening to hear. Please send us a private message with your account details.',
        context: {
          customerMessage: "y'all lie about your great connection, still won't load. Smh.",
        },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nSori viiveestä! Paketti lähti tänään.',
        context: { customerMessage: 'Kolmas kerta kun otan yhteyttä eikä mitään tapahdu!' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nTilanne on varmasti harmillinen. Korjasimme laskun.',
        context: { customerMessage: 'Laskussa on taas virhe, olen todella pettynyt.' },
      },
      // Regret in other words of the language: the contraction, "Sry", "Pardon the delay",
      // "We sincerely regret", "That shouldn't have happened"; "Harmittaa puolestasi", the
      // fault owned ("Myönnämme virheen"), "Tämän ei olisi pitänyt tapahtua", "Täysin
      // ymmärrettävää."
      {
        language: 'en',
        text: "Hi,\n\nThat's frustrating, and it shouldn't have happened. A new code is on its way.",
        context: { customerMessage: 'Your code expired AGAIN. Useless.' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nPardon the delay! We sincerely regret the mix-up. Sry, the refund is on its way.',
        context: { customerMessage: 'Charged twice and no answer for a week. Ridiculous.' },
      },
      // Sympathy named, forgiveness asked, a shame about what the customer told, a service
      // below its own standard, the word drawn out.
      {
        language: 'en',
        text: 'Hi,\n\nWhat a shame! We empathise, and this falls short of our standards. Please forgive us.',
        context: { customerMessage: 'Third broken blender in a month. I am so disappointed.' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nSorryyy, totally understand the frustration. We get how annoying the wait is. This is not ideal.',
        context: { customerMessage: 'STILL waiting for my order, two weeks now!!' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nHarmittaa puolestasi. Myönnämme virheen: laskutus meni väärin.',
        context: { customerMessage: 'Laskussa on taas virhe, olen todella pettynyt.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nTäysin ymmärrettävää. Tämän ei olisi pitänyt tapahtua, ja korjasimme asian.',
        context: { customerMessage: 'Kolmas kerta kun otan yhteyttä eikä mitään tapahdu!' },
      },
    ],
    invalid: [
      // An exclamation or a comment is no apology: "Oh no!", "That's concerning", "We don't
      // like to hear this".
      {
        language: 'en',
        text: "Oh no! That's concerning. Please contact us via chat.",
        context: {
          customerMessage: 'Delivery I paid for didn’t arrive. Where is it?? I’m unhappy.',
        },
        findings: [{ messageId: 'missing', text: 'Oh no!' }],
        output:
          "We apologise for the inconvenience. Oh no! That's concerning. Please contact us via chat.",
      },
      // An opinion is no sympathy: "We feel you should …".
      {
        language: 'en',
        text: 'Hi,\n\nWe feel you should update the app first.',
        context: { customerMessage: 'The app crashed AGAIN. Ridiculous.' },
        findings: [{ messageId: 'missing', text: 'We feel you should update the app first.' }],
        output:
          'Hi,\n\nWe apologise for the inconvenience. We feel you should update the app first.',
      },
      // Upset said without a word of the lists: swearing, waiting in time, worry.
      {
        language: 'en',
        text: 'Hi,\n\nYour refund was issued today.',
        context: {
          customerMessage: 'Returned the boots for over three weeks and no refund. Such a joke.',
        },
        findings: [{ messageId: 'missing', text: 'Your refund was issued today.' }],
        output: 'Hi,\n\nWe apologise for the inconvenience. Your refund was issued today.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos viestistä. Lähetämme uuden laitteen.',
        context: { customerMessage: 'Laite ei toimi taas! Olen todella pettynyt.' },
        findings: [{ messageId: 'missing', text: 'Lähetämme uuden laitteen.' }],
        output: 'Hei,\n\nKiitos viestistä. Pahoittelemme tapahtunutta. Lähetämme uuden laitteen.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nPaketti on matkalla.',
        context: { customerMessage: 'MISSÄ PAKETTINI ON!!' },
        options: { suggestion: 'Olemme pahoillamme viivästyksestä.' },
        findings: [{ messageId: 'missing', text: 'Paketti on matkalla.' }],
        output: 'Hei,\n\nOlemme pahoillamme viivästyksestä. Paketti on matkalla.',
      },
      {
        language: 'en',
        text: 'Hello,\n\nThank you for your email. A new one is on its way.',
        context: {
          customerMessage: 'My order STILL has not arrived. This is the third time I ask!!',
        },
        findings: [{ messageId: 'missing', text: 'A new one is on its way.' }],
        output:
          'Hello,\n\nThank you for your email. We apologise for the inconvenience. A new one is on its way.',
      },
      // Unhappy however it is said: waiting, money lost, repeated contact, sarcasm.
      {
        language: 'fi',
        text: 'Hei,\n\nPaketti on nyt matkalla.',
        context: {
          customerMessage: 'Olen odottanut jo kolme viikkoa, eikä teiltä ole kuulunut mitään.',
        },
        findings: [{ messageId: 'missing', text: 'Paketti on nyt matkalla.' }],
        output: 'Hei,\n\nPahoittelemme tapahtunutta. Paketti on nyt matkalla.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nPalautimme toisen veloituksen tilillesi.',
        context: { customerMessage: 'Minulta veloitettiin kahdesti sama tilaus.' },
        findings: [{ messageId: 'missing' }],
        output: 'Hei,\n\nPahoittelemme tapahtunutta. Palautimme toisen veloituksen tilillesi.',
      },
      {
        language: 'en',
        text: 'Hi,\n\nThe second charge has been reversed.',
        context: { customerMessage: 'I have already emailed you three times. Thanks for nothing.' },
        findings: [{ messageId: 'missing' }],
        output: 'Hi,\n\nWe apologise for the inconvenience. The second charge has been reversed.',
      },
      // Upset said as disbelief, a threat to leave, a wait on hold; thanks for the concern
      // is no apology.
      {
        language: 'en',
        text: 'Hi,\n\nWe appreciate your concern. Your plan renews in May.',
        context: { customerMessage: 'Seriously thinking about cancelling my plan.' },
        findings: [{ messageId: 'missing' }],
        output:
          'Hi,\n\nWe apologise for the inconvenience. We appreciate your concern. Your plan renews in May.',
      },
      {
        language: 'en',
        text: 'Hi,\n\nOur lines are open from 8 to 18.',
        context: { customerMessage: 'I was on hold for 45 minutes and then the call dropped.' },
        findings: [{ messageId: 'missing' }],
        output: 'Hi,\n\nWe apologise for the inconvenience. Our lines are open from 8 to 18.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nHakemus on nyt käsittelyssä.',
        context: { customerMessage: 'Miten ihmeessä hakemus voi kadota kahdesti?' },
        findings: [{ messageId: 'missing' }],
        output: 'Hei,\n\nPahoittelemme tapahtunutta. Hakemus on nyt käsittelyssä.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nVoit kokeilla myös toista valmistetta.',
        context: { customerMessage: 'En tiedä enää mitä tehdä, olen kokeillut jo kaikkea.' },
        findings: [{ messageId: 'missing' }],
        output: 'Hei,\n\nPahoittelemme tapahtunutta. Voit kokeilla myös toista valmistetta.',
      },
    ],
  },
});
