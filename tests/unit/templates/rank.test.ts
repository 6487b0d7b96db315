/**
 * Ranking templates against the customer's message: triggers in their inflected forms
 * first (Finnish endings and base forms, English plural and verb forms, stems, phrases,
 * regular expressions), then text similarity, then recent use; the customer's words that
 * matched; language variants; and the search box.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerAnalyzer } from '../../../rules/analysis';
import { compileMatcher } from '../../../rules/custom/pattern';
import { loadFinnishAnalyzer } from '../../../rules/fi/analyzer';
import { getBuiltinPack, type Template } from '../../../rules/index';
import {
  indexTemplates,
  languageVariants,
  rankTemplates,
  suggestTemplates,
} from '../../../rules/templates/rank';
import { createTemplateSearch, parseQuery } from '../../../rules/templates/search';

const t = (id: string, extra: Partial<Template> = {}): Template => ({
  id,
  title: id,
  body: 'Hei,\n\nkiitos viestistä.',
  ...extra,
});

const FI_TEMPLATES: Template[] = [
  t('delivery-delay', {
    title: 'Toimitus myöhässä',
    body: 'Hei {{customer.firstName}},\n\npahoittelemme viivästystä.',
    tags: ['toimitus'],
    triggers: ['paketti', 'myöhäs*', 'ei ole tullut', { regex: 'missä .* paketti' }],
  }),
  t('return', { title: 'Palautus', tags: ['palautus'], triggers: ['palautt*'] }),
  t('ticket', { title: 'Tiketin tila', triggers: ['tiketti'] }),
  t('invoice', { title: 'Laskun tarkistus', body: 'Tarkistimme laskunne ja eräpäivän.' }),
];

const ids = (list: { template: Template }[]) => list.map((r) => r.template.id);

describe('triggers in their inflected forms', () => {
  it.each([
    ['Missä pakettini on?'],
    ['Odotan yhä pakettia.'],
    ['Paketissa oli vika.'],
    ['Pakettinikin on hukassa.'],
  ])('a Finnish word with its endings: paketti → %s', (message) => {
    const [first] = suggestTemplates(FI_TEMPLATES, 'fi', message);
    expect(first?.template.id).toBe('delivery-delay');
    expect(first?.triggers).toContain('paketti');
  });

  it('a Finnish word by its base form from the analyser (consonant gradation)', () => {
    const [first] = suggestTemplates(FI_TEMPLATES, 'fi', 'Mikä on tiketin tilanne?');
    expect(first?.template.id).toBe('ticket');
    expect(first?.why[0]).toBe('tiketin');
  });

  it('a stem and a phrase', () => {
    const [first] = suggestTemplates(FI_TEMPLATES, 'fi', 'Tilaus ei ole tullut ja se on myöhässä.');
    expect(first?.template.id).toBe('delivery-delay');
    expect(first?.why).toEqual(['ei ole tullut', 'myöhässä']);
  });

  it('a regular expression', () => {
    const [first] = suggestTemplates(FI_TEMPLATES, 'fi', 'missä minun paketti viipyy');
    expect(first?.triggers).toContain('missä .* paketti');
  });

  it('does not match a longer word with another stem', () => {
    const ranked = suggestTemplates(
      [t('a', { title: 'x', body: 'x', triggers: ['soft'] })],
      'fi',
      'softanen',
    );
    expect(ranked).toEqual([]);
  });

  it('English plural and verb forms', () => {
    const templates = [
      t('refund', { title: 'Refund', body: 'We refunded you.', triggers: ['refund', 'send back'] }),
      t('other', { title: 'Other', body: 'Something else.' }),
    ];
    for (const message of [
      'Were my payments refunded?',
      'I am still waiting for refunds.',
      'I sent back the shoes.',
    ]) {
      expect(ids(suggestTemplates(templates, 'en', message))[0]).toBe('refund');
    }
  });

  it('matches as the rules’ matcher does for word patterns', () => {
    const patterns = ['paketti', 'myöhäs*', 'ei ole tullut', 'lasku'];
    const messages = [
      'pakettini',
      'pakettia',
      'paketteja',
      'myöhässä',
      'ei ole tullut',
      'laskussanne',
      'laskuri',
      'pakettikortti',
    ];
    for (const pattern of patterns) {
      const matcher = compileMatcher([pattern], 'fi');
      const templates = [t('x', { title: 'zzz', body: 'zzz', triggers: [pattern] })];
      const index = indexTemplates(
        templates.map((template) => ({ template, language: 'fi' as const })),
      );
      for (const message of messages) {
        const byTrigger = (rankTemplates(index, message)[0]?.triggers.length ?? 0) > 0;
        const lemma = message === 'paketteja' && pattern === 'paketti'; // the analyser knows it
        expect(byTrigger, `${pattern} in ${message}`).toBe(matcher.test(message) || lemma);
      }
    }
  });
});

describe('order and reasons', () => {
  it('puts a triggered template before one that only shares words', () => {
    const ranked = suggestTemplates(
      FI_TEMPLATES,
      'fi',
      'Laskun eräpäivä meni ja paketti on kateissa.',
    );
    expect(ids(ranked).slice(0, 2)).toEqual(['delivery-delay', 'invoice']);
  });

  it('ranks by text similarity when no trigger matches, with the words that matched', () => {
    const [first] = suggestTemplates(FI_TEMPLATES, 'fi', 'Voitteko tarkistaa laskuni eräpäivän?');
    expect(first?.template.id).toBe('invoice');
    expect(first?.why).toEqual(expect.arrayContaining(['laskuni', 'eräpäivän']));
  });

  it('lets recent use order templates that fit alike, but not make one fit', () => {
    const templates = [
      t('a', { title: 'Palautus A', body: 'x' }),
      t('b', { title: 'Palautus B', body: 'x' }),
    ];
    const now = Date.UTC(2026, 11, 4);
    const plain = suggestTemplates(templates, 'fi', 'palautus');
    expect(ids(plain)).toEqual(['a', 'b']);
    const recent = suggestTemplates(templates, 'fi', 'palautus', {
      recentUse: { b: now - 3_600_000 },
      now,
    });
    expect(ids(recent)).toEqual(['b', 'a']);
    const unrelated = suggestTemplates(templates, 'fi', 'sää', { recentUse: { b: now }, now });
    expect(unrelated).toEqual([]);
  });

  it('returns the top N', () => {
    const pack = getBuiltinPack('builtin:fi');
    const ranked = suggestTemplates(
      pack?.templates ?? [],
      'fi',
      'Tilaus paketti lasku palautus hyvitys',
      { top: 3 },
    );
    expect(ranked).toHaveLength(3);
    expect(ranked[0]?.score).toBeGreaterThanOrEqual(ranked[2]?.score ?? 0);
  });

  it('suggests nothing for an empty message', () => {
    expect(suggestTemplates(FI_TEMPLATES, 'fi', '  ')).toEqual([]);
  });
});

describe('without the Finnish analyser (before the dictionary loads)', () => {
  afterEach(() => {
    const bytes = new Uint8Array(readFileSync(resolve(process.cwd(), 'public/voikko/mor.vfst')));
    const analyzer = loadFinnishAnalyzer(bytes);
    registerAnalyzer('fi', analyzer);
  });

  it('still ranks inflected triggers and the built-in examples', () => {
    registerAnalyzer('fi', null);
    expect(ids(suggestTemplates(FI_TEMPLATES, 'fi', 'Missä pakettini on?'))[0]).toBe(
      'delivery-delay',
    );
    const pack = getBuiltinPack('builtin:fi');
    const templates = pack?.templates ?? [];
    for (const template of templates) {
      for (const message of template.examples?.suggestFor ?? []) {
        expect(ids(suggestTemplates(templates, 'fi', message, { top: 3 })), message).toContain(
          template.id,
        );
      }
    }
  });
});

describe('language variants', () => {
  const fi = getBuiltinPack('builtin:fi')?.templates ?? [];
  const en = getBuiltinPack('builtin:en')?.templates ?? [];
  const packs = [
    { language: 'fi' as const, templates: fi },
    { language: 'en' as const, templates: en },
  ];

  it('offers the variant in the customer’s language', () => {
    const forEnglish = languageVariants(packs, 'en');
    expect(forEnglish.find((e) => e.template.id === 'delivery-delay')?.language).toBe('en');
    expect(forEnglish).toHaveLength(new Set([...fi, ...en].map((x) => x.id)).size);
    const forFinnish = languageVariants(packs, 'fi');
    expect(forFinnish.every((e) => e.language === 'fi')).toBe(true);
  });

  it('ranks the English variant for an English message', () => {
    const index = indexTemplates(languageVariants(packs, 'en'));
    const [first] = rankTemplates(index, 'My parcel has not arrived yet.');
    expect([first?.template.id, first?.language]).toEqual(['delivery-delay', 'en']);
  });
});

describe('search', () => {
  const fi = getBuiltinPack('builtin:fi')?.templates ?? [];
  const en = getBuiltinPack('builtin:en')?.templates ?? [];
  const search = createTemplateSearch([
    ...fi.map((template) => ({ template, language: 'fi' as const })),
    ...en.map((template) => ({ template, language: 'en' as const })),
  ]);
  const found = (query: string) =>
    search.search(query).map((h) => `${h.language}:${h.template.id}`);

  it('parses tag: filters apart from words', () => {
    expect(parseQuery('tag:Toimitus  viive')).toEqual({ words: ['viive'], tags: ['toimitus'] });
  });

  it('finds by title, shortcut and text, Finnish inflections included', () => {
    expect(found('viive')[0]).toBe('fi:delivery-delay');
    expect(found('hyvityksen')[0]).toBe('fi:refund');
    expect(found('laskunne')[0]).toBe('fi:invoice');
  });

  it('forgives a typo and finds by prefix', () => {
    expect(found('pasword')[0]).toBe('en:password-reset');
    expect(found('salas')[0]).toBe('fi:password-reset');
  });

  it('filters by tag, with or without words', () => {
    expect(found('tag:maksu').sort()).toEqual(['fi:invoice', 'fi:payment-failed', 'fi:refund']);
    expect(found('tag:toimitus osoite')).toEqual(['fi:address-change']);
    expect(found('tag:nothing viive')).toEqual([]);
  });
});
