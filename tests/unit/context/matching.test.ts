import { expect, it } from 'vitest';
import {
  type ContentWord,
  contentWords,
  indexBlocksFor,
  indexWords,
} from '../../../rules/context/matching';
import { enableBlockMemo, parseDocument, sentencesOf } from '../../../rules/document';
import type { Language } from '../../../rules/types';
import { describeModes } from './modes';

const REPLIES: Record<Language, string> = {
  fi: [
    'Hei Matti,',
    '',
    'kiitos viestistäsi. Peruimme tilauksenne, ja rahat palautetaan tilillenne viikon sisällä.',
    '',
    'Paketin toimitus viivästyi varastomme ruuhkan vuoksi. Lähetämme seurantakoodin huomenna.',
    '',
    'Lahjakortteja myymme verkkokaupassa. Koon vaihto onnistuu palautuslomakkeella.',
    '',
    'Ystävällisin terveisin',
    'Anna',
  ].join('\n'),
  en: [
    'Hi Matt,',
    '',
    'thank you for your message. We cancelled your order, and the refund reaches you this week.',
    '',
    'The delivery was delayed by a backlog at our warehouse. We will send the tracking code.',
    '',
    'Gift cards are sold in the web shop. Sizes can be exchanged with the returns form.',
    '',
    'Best regards,',
    'Anna',
  ].join('\n'),
};

const QUESTIONS: Record<Language, string> = {
  fi:
    'Voinko perua tilauksen? Milloin saan rahat takaisin? Missä pakettini viipyy? ' +
    'Onko teillä lahjakortteja? Voiko kokoa vaihtaa? Paljonko postikulut maksavat?',
  en:
    'Can I cancel my order? When do I get my money back? Where is my parcel? ' +
    'Do you have gift cards? Can I exchange the size? How much is the shipping?',
};

function wordsOf(text: string, lang: Language): ContentWord[] {
  return contentWords(
    sentencesOf(parseDocument(text).body).flatMap((s) => s.words),
    lang,
  );
}

describeModes('indexBlocksFor', () => {
  for (const lang of ['fi', 'en'] as const) {
    it(`finds the words indexWords of the whole reply finds (${lang})`, () => {
      const doc = parseDocument(REPLIES[lang]);
      for (const block of doc.paragraphs) enableBlockMemo(block);
      const words = wordsOf(QUESTIONS[lang], lang);
      const whole = indexWords(
        doc.paragraphs.flatMap((p) => p.words),
        lang,
      );
      const key = {};
      const expected = words.map((w) => whole.has(w));
      // Both the first look and the remembered one.
      for (let round = 0; round < 2; round++) {
        const index = indexBlocksFor(doc.paragraphs, words, lang, key);
        expect(words.map((w) => index.has(w))).toEqual(expected);
      }
      expect(expected).toContain(true);
      expect(expected).toContain(false);
    });
  }

  it('looks in new blocks afresh under a key that earlier blocks remember', () => {
    const key = {};
    const words = wordsOf('Voinko perua tilauksen?', 'fi');
    const before = parseDocument('Hei,\n\nKiitos viestistä.\n\nTerveisin\nAnna');
    for (const block of before.paragraphs) enableBlockMemo(block);
    expect(words.some((w) => indexBlocksFor(before.paragraphs, words, 'fi', key).has(w))).toBe(
      false,
    );
    const after = parseDocument('Hei,\n\nPeruimme tilauksenne.\n\nTerveisin\nAnna');
    for (const block of after.paragraphs) enableBlockMemo(block);
    const index = indexBlocksFor(after.paragraphs, words, 'fi', key);
    expect(words.filter((w) => index.has(w)).map((w) => w.text)).toEqual(['perua', 'tilauksen']);
  });
});
