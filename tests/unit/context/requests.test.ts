import { expect, it } from 'vitest';
import { isRequest } from '../../../rules/context/requests';
import { describeModes } from './modes';

describeModes('isRequest', () => {
  it('reads Finnish imperatives and request forms as requests', () => {
    for (const sentence of [
      'Lähetä kuva tuotteesta.',
      'Lähettäkää kuva tuotteesta.',
      'Avaa sovellus.',
      'Kirjaudu sisään uudelleen.',
      'Voisitteko lähettää kuitin?',
      'Pyydämme lähettämään tilausnumeron.',
      'Sen jälkeen käynnistäkää laite uudelleen.',
      'Teidän tulee täyttää palautuslomake.',
    ]) {
      expect(isRequest(sentence, 'fi'), sentence).toBe(true);
    }
  });

  it('leaves Finnish statements and courtesy formulas alone', () => {
    for (const sentence of [
      'Lähetämme uuden laitteen huomenna.',
      'Ottakaa rohkeasti yhteyttä.',
      'Lisää tietoa löydätte sivuiltamme.',
      'Tarkkaa toimitusaikaa emme vielä tiedä.',
      'Anna Virtanen vastaa asiaan.',
      'Hyvää päivänjatkoa!',
    ]) {
      expect(isRequest(sentence, 'fi'), sentence).toBe(false);
    }
  });

  it('reads English imperatives and requests as requests', () => {
    for (const sentence of [
      'Please send us the receipt.',
      'Restart the router.',
      'Click Settings and choose Reset.',
      'First, clear your cache.',
      'Could you send us a photo?',
      'You will need to log in again.',
    ]) {
      expect(isRequest(sentence, 'en'), sentence).toBe(true);
    }
  });

  it('leaves English statements and courtesy formulas alone', () => {
    for (const sentence of [
      'We will send you a new one.',
      'Return shipping is free.',
      'Let us know if this helps.',
      'Feel free to contact us.',
      'Please contact us if you have questions.',
      'Have a nice day!',
    ]) {
      expect(isRequest(sentence, 'en'), sentence).toBe(false);
    }
  });
});
