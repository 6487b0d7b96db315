/**
 * The registry of languages (rules/languages.ts): the built-in ones are there, and a new
 * language registered through it reaches every entry point the checks use, with no change
 * to the engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getFinnishAnalyzer } from '../../../cli/dictionary';
import { analyses, baseForms, hasAnalyzer } from '../../../rules/analysis';
import type { Report } from '../../../rules/check';
import commandCheck from '../../../rules/checks/command';
import { questionStatuses } from '../../../rules/context/questions';
import { isRequest } from '../../../rules/context/requests';
import { upsetScore } from '../../../rules/context/upset';
import { parseDocument } from '../../../rules/document';
import { featureDetectorFor, sentenceFeatures } from '../../../rules/features';
import { finnishMorphology } from '../../../rules/fi/morphology';
import { check, checkDocument, compilePack, getBuiltinPack } from '../../../rules/index';
import { guessLanguage } from '../../../rules/language';
import type { LanguagePhrases } from '../../../rules/language-phrases';
import {
  type ClauseGrammar,
  installMorphology,
  type LanguageService,
  languageService,
  languages,
  phrasesOf,
  registerLanguage,
  unregisterLanguage,
} from '../../../rules/languages';
import { analysedSentences } from '../../../rules/sentences';
import { FEATURE_LABELS, type Language, type SentenceFeatures } from '../../../rules/types';
import { installRealFinnish } from '../setup-language';

// A third language, Esperanto, as a language folder's index.ts would describe it. `Language`
// lists the built-in codes only, hence the cast.
const EO = 'eo' as Language;

function features(imperative: boolean): SentenceFeatures {
  const labels = Object.fromEntries(
    FEATURE_LABELS.map((l) => [l, false]),
  ) as SentenceFeatures['labels'];
  return { labels: { ...labels, imperative }, evidence: [] };
}

let detectorsBuilt = 0;
const esperanto: LanguageService = {
  code: EO,
  name: 'Esperanto',
  functionWords: new Set('la kaj estas ni vi mi ne por de al'.split(' ')),
  letters: /[ĉĝĥĵŝŭ]/,
  // Drop the part-of-speech and inflection endings: mendon, mendoj → mend.
  stem: (word) => word.replace(/(?:oj|aj|on|an|ojn|ajn|o|a|e|i|as|is|os|u)$/, ''),
  detector: () => {
    detectorsBuilt++;
    // Imperative: a verb in -u ("Sendu la kvitancon.").
    return { language: EO, detect: (sentence) => features(/\p{L}+u\b/u.test(sentence)) };
  },
  plainWords: [],
};

afterEach(() => {
  unregisterLanguage(EO);
  installRealFinnish();
});

describe('the registry of languages', () => {
  it('lists Finnish and English, each with its own service', () => {
    expect(languages().map((l) => l.code)).toEqual(['fi', 'en']);
    expect(languageService('fi')?.name).toBe('Finnish');
    expect(languageService('en')?.functionWords.has('the')).toBe(true);
    expect(languageService('fi')?.functionWords.has('kiitos')).toBe(true);
    expect(languageService(EO)).toBeUndefined();
  });

  it('gives a registered third language to the checks’ entry points', () => {
    expect(featureDetectorFor(EO)).toBeNull();
    registerLanguage(esperanto);
    expect(languages().map((l) => l.code)).toEqual(['fi', 'en', 'eo']);

    // The feature detector: built on first use, memoised.
    detectorsBuilt = 0;
    const detector = featureDetectorFor(EO);
    expect(detector?.language).toBe(EO);
    expect(featureDetectorFor(EO)).toBe(detector);
    expect(detectorsBuilt).toBe(1);
    expect(sentenceFeatures(EO, 'Sendu la kvitancon.')?.labels.imperative).toBe(true);
    expect(sentenceFeatures(EO, 'Ni sendis la kvitancon.')?.labels.imperative).toBe(false);

    // What the address, command, passive and speaker checks iterate.
    const doc = parseDocument('Ni ricevis vian mendon. Sendu la kvitancon.\n');
    const found = [...analysedSentences(doc, EO, ['body'])].map((s) => [
      s.sentence.text,
      s.features.labels.imperative,
    ]);
    expect(found).toEqual([
      ['Ni ricevis vian mendon.', false],
      ['Sendu la kvitancon.', true],
    ]);

    // Base forms from the language's stemmer, the same stem for inflected forms.
    expect(baseForms('mendon', EO)).toEqual(['mend']);
    expect(baseForms('Mendoj', EO)).toEqual(['mend']);
    expect(hasAnalyzer(EO)).toBe(false);

    // The language guess reads its function words and letters.
    expect(guessLanguage('Ni ĝojas, ke vi skribis al ni pri la mendo kaj ne forgesis.')).toBe(EO);
    expect(guessLanguage('Kiitos viestistä, tilaus on matkalla.')).toBe('fi');
    expect(guessLanguage('Thanks for your message, the order is on its way.')).toBe('en');

    unregisterLanguage(EO);
    expect(featureDetectorFor(EO)).toBeNull();
    expect(guessLanguage('Ni ĝojas, ke vi skribis al ni pri la mendo kaj ne forgesis.')).toBeNull();
  });

  it('gives the checks a third language’s fixes through its rewrites', () => {
    // Imperative spans, and a request in the conditional ("Sendu" → "Ĉu vi bonvolus sendi").
    registerLanguage({
      ...esperanto,
      detector: () => ({
        language: EO,
        detect: (sentence) => {
          const verb = /\p{L}+u\b/u.exec(sentence);
          return {
            ...features(verb !== null),
            imperatives: verb ? [{ start: verb.index, end: verb.index + verb[0].length }] : [],
          };
        },
      }),
      rewrites: {
        request: ({ text }, sentence, imperative) => {
          const start = sentence.start + imperative.start;
          const verb = text.slice(start, sentence.start + imperative.end);
          const rest = text.slice(sentence.start + imperative.end, sentence.end);
          const replacement = `Ĉu vi bonvolus ${verb.toLowerCase().replace(/u$/, 'i')}${rest.replace(/\.$/, '?')}`;
          return { start, end: sentence.end, replacement };
        },
      },
    });
    const doc = parseDocument('Ni ricevis vian mendon. Sendu la kvitancon.\n');
    const reports: Report[] = [];
    commandCheck.detect(doc, {
      options: { address: 'any' },
      language: EO,
      style: {} as never,
      context: {},
      report: (r) => reports.push(r),
    });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.fixes?.[0]?.replacement).toBe('Ĉu vi bonvolus sendi la kvitancon?');

    // Without rewrites the finding stays, with no fix.
    registerLanguage({ ...esperanto, detector: languageService(EO)?.detector });
    const plain: Report[] = [];
    commandCheck.detect(doc, {
      options: { address: 'any' },
      language: EO,
      style: {} as never,
      context: {},
      report: (r) => plain.push(r),
    });
    expect(plain.map((r) => [r.messageId, r.fixes ?? []])).toEqual([['commandPlain', []]]);
  });

  it('gives the checks a third language’s phrase data through its phrases', () => {
    const phrases: LanguagePhrases = {
      upset: {
        complaint: ['seniluziigit\\p{L}*', 'terura'],
        fault: ['ne funkcias'],
        repeat: ['denove'],
        positive: ['dankon'],
        negations: new Set(['ne']),
        apology: ['pardonu', 'ni bedaŭras'],
        regret: ['bedaŭrinde'],
        suggestion: 'Ni bedaŭras la ĝenon.',
      },
      blame: [{ pattern: 'kiel ni jam diris', kind: 'curt', advice: 'Diru ĝin afable.' }],
      requests: { stepOpeners: ['unue'], requestOpenings: ['bonvolu'], courtesyOpenings: [] },
      quotes: ['«', '»'],
    };
    registerLanguage({ ...esperanto, phrases });
    expect(phrasesOf(EO)).toBe(phrases);

    // The upset score reads its complaints, faults and negations.
    const message = 'Saluton,\n\nMi estas seniluziigita: la aparato denove ne funkcias.\n';
    const upset = upsetScore(message, EO);
    expect(upset.upset).toBe(true);
    expect(upset.signals.map((s) => [s.kind, s.text])).toEqual([
      ['complaint', 'seniluziigita'],
      ['repeat', 'denove'],
      ['fault', 'ne funkcias'],
    ]);
    expect(upsetScore('Saluton,\n\nDankon, ĉio funkcias.\n', EO).upset).toBe(false);
    // Registered anew without phrases, the same message is scored anew: nothing found.
    registerLanguage(esperanto);
    expect(upsetScore(message, EO).signals).toEqual([]);
    registerLanguage({ ...esperanto, phrases });

    // The whole engine, an English pack's checks run on an Esperanto draft: the apology and
    // blame checks find by its phrases, quote with its marks and fix with its apology.
    const en = getBuiltinPack('builtin:en');
    if (!en) throw new Error('no built-in pack');
    const compiled = compilePack(en);
    const eo = { ...compiled, pack: { ...compiled.pack, language: EO } };
    const run = (draft: string) =>
      checkDocument(parseDocument(draft), eo, { customerMessage: message }).filter(
        (f) => f.check === 'apology' || f.check === 'blame',
      );
    const found = run('Kiel ni jam diris, ni sendos novan aparaton.\n\nAmike,\nTom');
    expect(found.map((f) => [f.check, f.text])).toEqual([
      ['blame', 'Kiel ni jam diris'],
      ['apology', 'Kiel ni jam diris, ni sendos novan aparaton.'],
    ]);
    const apology = found.find((f) => f.check === 'apology');
    expect(apology?.message).toContain('«seniluziigita», «denove», «ne funkcias»');
    expect(apology?.fixes.map((f) => f.replacement)).toEqual(['Ni bedaŭras la ĝenon. ']);
    expect(run('Pardonu! Ni sendos novan aparaton.\n\nAmike,\nTom')).toEqual([]);

    // The numbered-steps request openings.
    expect(isRequest('Unue, bonvolu restartigi la aparaton.', EO)).toBe(true);
    expect(isRequest('La aparato alvenis.', EO)).toBe(false);
  });

  it('finds a third language’s questions and orders without a mark through its clause grammar', () => {
    // Esperanto asks yes or no with "ĉu" and orders with a verb in -u.
    const clauses: ClauseGrammar = {
      asks: (sentence, first) => sentence.words[first]?.text.toLowerCase() === 'ĉu',
      asksYesNo: (sentence, first) => sentence.words[first]?.text.toLowerCase() === 'ĉu',
      marksQuestion: (sentence, first) => sentence.words[first]?.text.toLowerCase() === 'ĉu',
      ordersReader: (_text, rest) => /^\p{L}+u(?![\p{L}])/u.test(rest),
    };
    const message = 'Saluton,\n\nĈu vi jam sendis mian mendon\n';
    const draft = parseDocument('Ni ricevis vian mendon.\n');
    registerLanguage(esperanto);
    expect(questionStatuses(message, draft, EO)).toEqual([]);
    expect(isRequest('Sendu la kvitancon.', EO)).toBe(false);

    registerLanguage({ ...esperanto, clauses });
    const [status] = questionStatuses(message, draft, EO);
    expect(status?.question).toMatchObject({
      text: 'Ĉu vi jam sendis mian mendon',
      kind: 'direct',
      form: 'yes-no',
      marked: true,
    });
    expect(isRequest('Sendu la kvitancon.', EO)).toBe(true);
    expect(isRequest('La aparato alvenis.', EO)).toBe(false);
  });

  it('runs every check on a third language without phrase data, finding none of its kinds', () => {
    registerLanguage(esperanto);
    expect(phrasesOf(EO)).toEqual({});
    const en = getBuiltinPack('builtin:en');
    if (!en) throw new Error('no built-in pack');
    const compiled = compilePack(en);
    const eo = { ...compiled, pack: { ...compiled.pack, language: EO } };
    const message = 'Saluton,\n\nKiam venos mia mendo? MI ATENDAS JAM LONGE!!\n';
    const draft =
      'Ni ricevis vian mendon. Sendu la kvitancon. Kiel ni jam diris, ĝi alvenos morgaŭ.\n\n' +
      'Unue, bonvolu restartigi. Due, atendu.\n';
    const findings = checkDocument(parseDocument(draft), eo, {
      customerMessage: message,
      agentName: 'Tom',
    });
    const byCheck = new Map(findings.map((f) => [f.check, f]));
    // The layout checks still work, with the pack's phrases (English: the pack's own).
    expect(byCheck.get('greeting')?.fixes[0]?.replacement).toBe('Hello,\n\n');
    // The shouting customer is upset, but no apology can be found or suggested: the finding
    // comes without a fix.
    expect(byCheck.get('apology')?.text).toBe('Ni ricevis vian mendon.');
    expect(byCheck.get('apology')?.fixes).toEqual([]);
    // Nothing of the kinds the phrase data finds.
    for (const id of ['blame', 'promise', 'numbered-steps']) expect(byCheck.has(id)).toBe(false);
    // Its question still counts, by its mark.
    const statuses = questionStatuses(message, parseDocument(draft), EO);
    expect(statuses.map((q) => q.question.text)).toEqual(['Kiam venos mia mendo?']);
  });

  it('installs a third language’s morphology lazily, for base forms and its detector', () => {
    registerLanguage({ ...esperanto, detector: undefined });
    expect(featureDetectorFor(EO)).toBeNull();
    let loads = 0;
    installMorphology(EO, {
      load: () => {
        loads++;
        return { analyze: (word: string) => (word === 'sendu' ? [{ BASEFORM: 'sendi' }] : []) };
      },
      detector: (analyzer) => ({
        language: EO,
        detect: (sentence) =>
          features(sentence.split(/\W+/).some((w) => analyzer.analyze(w.toLowerCase()).length)),
      }),
    });
    expect(loads).toBe(0);
    expect(hasAnalyzer(EO)).toBe(true);
    expect(loads).toBe(0);
    expect(baseForms('sendu', EO)).toEqual(['sendi']);
    expect(analyses('sendu', EO)).toEqual([{ BASEFORM: 'sendi' }]);
    // Words the analyser does not know get the stemmer's answer.
    expect(baseForms('mendon', EO)).toEqual(['mend']);
    expect(sentenceFeatures(EO, 'Sendu la kvitancon.')?.labels.imperative).toBe(true);
    expect(loads).toBe(1);
  });

  it('reads the Finnish dictionary on the first Finnish check only, never for English', () => {
    let loads = 0;
    installMorphology(
      'fi',
      finnishMorphology(() => {
        loads++;
        return getFinnishAnalyzer();
      }),
    );
    const en = getBuiltinPack('builtin:en');
    const fi = getBuiltinPack('builtin:fi');
    if (!en || !fi) throw new Error('no built-in packs');
    check('Hi Anna,\n\nThanks for your message. Send us the receipt.\n\nBest regards,\nTom', en);
    expect(loads).toBe(0);
    const findings = check(
      'Hei Anna,\n\nKiitos viestistä. Lähettäkää kuitti.\n\nTerveisin\nTom',
      fi,
    );
    expect(loads).toBe(1);
    expect(findings.some((f) => f.check === 'command')).toBe(true);
    check('Hei,\n\nLähetä kuitti.\n\nTerveisin\nTom', fi);
    expect(loads).toBe(1);
  });
});
