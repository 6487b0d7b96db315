/**
 * Realistic customer-service replies of a given length for the benchmark, built from our
 * own sentences with a seeded generator so every run measures the same texts.
 */
import type { CheckContext, Language } from '../../rules/types';

const SENTENCES: Record<Language, string[]> = {
  fi: [
    'Tarkistimme tilauksesi tilan varastojärjestelmästä.',
    'Paketti lähti varastolta eilen iltapäivällä, ja se toimitetaan lähimpään noutopisteeseen.',
    'Saat tekstiviestin heti, kun lähetys on noudettavissa.',
    'Valitettavasti toimitus on viivästynyt kuljetusyhtiön ruuhkien vuoksi.',
    'Pahoittelemme viivästystä ja siitä aiheutunutta vaivaa.',
    'Voisitteko lähettää meille kuvan vaurioituneesta tuotteesta?',
    'Hyvitämme tilauksen toimituskulut maksutapaan, jolla maksoitte tilauksen.',
    'Palautuksen voi tehdä 30 päivän kuluessa ilman erillistä ilmoitusta.',
    'Lähettäkää tuote takaisin mukana tulleella palautuslomakkeella.',
    'Korjaamme vian mahdollisimman pian ja ilmoitamme, kun laite on valmis.',
    'Tuotteen takuu on voimassa kaksi vuotta ostopäivästä.',
    'Jos teillä on kysyttävää, vastaamme mielellämme.',
    'Asiakasnumeronne löytyy tilausvahvistuksesta sivun yläreunasta.',
    'Vika korjataan seuraavassa ohjelmistopäivityksessä.',
  ],
  en: [
    'We checked the status of your order in our warehouse system.',
    'The parcel left the warehouse yesterday afternoon and will be delivered to your nearest pick-up point.',
    'You will receive a text message as soon as it is ready for collection.',
    'Unfortunately the delivery has been delayed because of congestion at the carrier.',
    'We apologise for the delay and for the trouble it has caused.',
    'Could you send us a photo of the damaged product?',
    'We will refund the delivery costs to the payment method you used for the order.',
    'You can return the product within 30 days without notifying us first.',
    'Send the product back with the return form that came with it.',
    'We will fix the fault as soon as possible and let you know when the device is ready.',
    'The warranty is valid for two years from the date of purchase.',
    'If you have any questions, we are happy to help.',
    'Your customer number is printed at the top of the order confirmation.',
    'The fault was fixed in the latest software update.',
  ],
};

const FRAME: Record<Language, { greeting: string; thanks: string; closing: string }> = {
  fi: {
    greeting: 'Hei Maija,',
    thanks: 'Kiitos viestistänne.',
    closing: 'Ystävällisin terveisin\nMatti Meikäläinen\nAsiakaspalvelu',
  },
  en: {
    greeting: 'Hi John,',
    thanks: 'Thank you for contacting us.',
    closing: 'Best regards,\nAnna Smith\nCustomer Service',
  },
};

/**
 * The customer's message the replies answer: the side panel's context, which an editor in
 * the browser always has (the Zendesk fixture's ticket), so the engine is timed with it.
 */
const CUSTOMER_MESSAGE: Record<Language, string> = {
  fi: [
    'Hei,',
    '',
    'tilasin viime viikolla kuulokkeet, mutta paketti ei ole vieläkään tullut. Milloin se',
    'saapuu? Voinko perua tilauksen, jos se ei tule tällä viikolla? Miten saan rahat takaisin?',
    '',
    'Terveisin',
    'Maija',
  ].join('\n'),
  en: [
    'Hello,',
    '',
    'I ordered headphones last week, but the parcel has still not arrived. When will it',
    'arrive? Can I cancel the order if it does not come this week? How do I get my money back?',
    '',
    'Regards,',
    'John',
  ].join('\n'),
};

/** The check context of every benchmark check: the customer's message. */
export const CONTEXT: Record<Language, CheckContext> = {
  fi: { customerMessage: CUSTOMER_MESSAGE.fi },
  en: { customerMessage: CUSTOMER_MESSAGE.en },
};

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A reply of about `target` words: greeting, thanks, paragraphs of 3–5 sentences, closing. */
export function reply(language: Language, target: number, seed = 1): string {
  const random = mulberry32(seed);
  const pool = SENTENCES[language];
  const frame = FRAME[language];
  const paragraphs: string[] = [];
  let count = words(frame.greeting) + words(frame.thanks) + words(frame.closing);
  while (count < target) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(random() * 3);
    for (let i = 0; i < length && count < target; i++) {
      const sentence = pool[Math.floor(random() * pool.length)] as string;
      sentences.push(sentence);
      count += words(sentence);
    }
    paragraphs.push(sentences.join(' '));
  }
  return [
    frame.greeting,
    `${frame.thanks} ${paragraphs[0] ?? ''}`,
    ...paragraphs.slice(1),
    frame.closing,
  ].join('\n\n');
}

export function wordCount(text: string): number {
  return words(text);
}

/** What the benchmark types: sentences that are not in the generated replies. */
export const TYPED: Record<Language, string[]> = {
  fi: [
    'Lisäksi tarkistimme laskunne ja huomasimme virheen toimitusmaksussa.',
    'Lähetämme uuden laitteen heti, kun saamme vanhan takaisin huoltoon.',
    'Voisitteko kertoa, milloin laite alkoi toimia väärin?',
  ],
  en: [
    'We also checked your invoice and found an error in the delivery charge.',
    'We will send a new device as soon as the old one is back with our service team.',
    'Could you tell us when the device started to misbehave?',
  ],
};
