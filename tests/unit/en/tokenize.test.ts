import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../rules/en/tokenize.ts';

const view = (text: string) => tokenize(text).map((t) => `${text.slice(t.start, t.end)}/${t.norm}`);

describe('English tokenizer', () => {
  it('splits contractions as UD does, keeping offsets', () => {
    expect(view("I'm sure you don't mind; we can't.")).toEqual([
      'I/i',
      "'m/am",
      'sure/sure',
      'you/you',
      'do/do',
      "n't/not",
      'mind/mind',
      ';/;',
      'we/we',
      'ca/can',
      "n't/not",
      './.',
    ]);
  });

  it('drops an apostrophe misplaced after a contraction written without one ("Dont\'")', () => {
    expect(view("Dont' get me wrong")).toEqual([
      'Do/do',
      'nt/not',
      'get/get',
      'me/me',
      'wrong/wrong',
    ]);
    expect(view("don't 'quote'")).toEqual(['do/do', "n't/not", "'/'", 'quote/quote', "'/'"]);
  });

  it('drops the asterisks of one emphasised word, keeping its offsets; not a bullet or bold', () => {
    expect(view('but I *do* keep')).toEqual(['but/but', 'I/i', 'do/do', 'keep/keep']);
    expect(view('* Call us')).toEqual(['*/*', 'Call/call', 'us/us']);
    expect(view('**Bug**')).toEqual(['*/*', '*/*', 'Bug/bug', '*/*', '*/*']);
  });

  it('joins a mark and a word glued by a dash, as a hyphen joins two words', () => {
    const flags = (text: string) =>
      tokenize(text).map((t) => `${t.text}${t.hyphenLeft ? '<' : ''}${t.hyphenRight ? '>' : ''}`);
    expect(flags('a ?-sign')).toEqual(['a', '?>', '-<>', 'sign<']);
    expect(flags('a "light"-test')).toEqual(['a', '"', 'light', '">', '-<>', 'test<']);
    expect(flags('again!- Call')).toEqual(['again', '!', '-', 'Call']);
  });

  it('drops underscores of emphasis and the marks around words joined without spaces', () => {
    expect(view('_Do_not_ do this.')).toEqual(['Do/do', 'not/not', 'do/do', 'this/this', './.']);
    expect(view('can *read/write* data')).toEqual([
      'can/can',
      'read/read',
      '///',
      'write/write',
      'data/data',
    ]);
    expect(view('Use my_var here')).toEqual(['Use/use', 'my/my', '_/_', 'var/var', 'here/here']);
  });

  it('keeps an @handle whole, as a link, and an e-mail address too', () => {
    const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);
    expect(kinds('@harris_12 Try it, or mail a.b@c.com')).toEqual([
      'url:@harris_12',
      'word:Try',
      'word:it',
      'punct:,',
      'word:or',
      'word:mail',
      'url:a.b@c.com',
    ]);
  });

  it('keeps a site named by its bare domain whole, as a link', () => {
    const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);
    expect(kinds('Try TrainTimes.co.uk or see yelp.com/biz/cafe.')).toEqual([
      'word:Try',
      'url:TrainTimes.co.uk',
      'word:or',
      'word:see',
      'url:yelp.com/biz/cafe',
      'punct:.',
    ]);
  });

  it("keeps a file's name whole, as one word, so that its stop ends no sentence", () => {
    const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);
    expect(kinds('I extracted Characters.zip, see crash.log.')).toEqual([
      'word:I',
      'word:extracted',
      'word:Characters.zip',
      'punct:,',
      'word:see',
      'word:crash.log',
      'punct:.',
    ]);
    expect(kinds('It is done.Zip it up.')).toEqual([
      'word:It',
      'word:is',
      'word:done',
      'punct:.',
      'word:Zip',
      'word:it',
      'word:up',
      'punct:.',
    ]);
  });

  it('keeps an HTML entity of pasted text as one token standing for its character', () => {
    expect(view('the app &amp; Zoom')).toEqual(['the/the', 'app/app', '&amp;/&', 'Zoom/zoom']);
  });

  it('splits contractions written without an apostrophe or with a curly one', () => {
    expect(view('im sure u dont')).toEqual(['i/i', 'm/am', 'sure/sure', 'u/u', 'do/do', 'nt/not']);
    expect(view('We’re here')).toEqual(['We/we', '’re/are', 'here/here']);
  });

  it('keeps the whole written word of a contraction part', () => {
    const [, neg] = tokenize("Don't");
    expect(neg).toMatchObject({ norm: 'not', wordStart: 0, wordEnd: 5 });
  });

  it('keeps URLs, e-mail addresses, abbreviations and numbers whole', () => {
    expect(view('See https://example.com/us, mail me@example.com, U.S. 1,000.50')).toEqual([
      'See/see',
      'https://example.com/us/https://example.com/us',
      ',/,',
      'mail/mail',
      'me@example.com/me@example.com',
      ',/,',
      'U.S./u.s.',
      '1,000.50/1,000.50',
    ]);
  });

  it('splits hyphenated compounds and flags the hyphen', () => {
    const tokens = tokenize('a check-in desk');
    expect(tokens.map((t) => [t.text, t.hyphenLeft, t.hyphenRight])).toEqual([
      ['a', false, false],
      ['check', false, true],
      ['in', true, false],
      ['desk', false, false],
    ]);
  });

  it('flags the dash of a number range as joined, and a spaced dash as not', () => {
    const dash = (text: string) => tokenize(text).find((t) => t.text === '-' || t.text === '–');
    expect(dash('wait 15-20 minutes')?.hyphenLeft).toBe(true);
    expect(dash('open 9–5 daily')?.hyphenLeft).toBe(true);
    expect(dash('wait 15 - then call')?.hyphenLeft).toBe(false);
  });

  it('keeps a dotted name of three parts or more as one token, not sentence stops', () => {
    const texts = (text: string) => tokenize(text).map((t) => t.text);
    expect(texts('see comp.os.msdos.desqview, or mail me')).toEqual([
      'see',
      'comp.os.msdos.desqview',
      ',',
      'or',
      'mail',
      'me',
    ]);
    expect(texts('It ended.then we left')).toContain('.');
  });

  it('keeps runs of sentence punctuation together', () => {
    expect(view('Wait... what?!')).toEqual(['Wait/wait', '.../...', 'what/what', '?/?', '!/!']);
  });
});
