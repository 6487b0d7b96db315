/**
 * Builds a labelled tuning file from the training documents of an English UD treebank:
 * UD English-EWT, the web text (emails, answers, reviews, newsgroups, weblogs) whose
 * development split the English detector is reported on, or UD English-GUM, whose
 * development and test splits are `en-tune.jsonl` (GUM is CC BY-NC-SA: measure with it,
 * never ship it).
 *
 *   npm run eval:train -- --repo PATH/TO/UD_English-EWT --out FILE.jsonl
 *   npm run eval:train -- --conllu PATH/TO/fi_tdt-ud-test.conllu --lang fi --out FILE.jsonl
 *
 * `--conllu` reads one CoNLL-U file instead (a treebank's test split, an out-of-domain
 * set); `--lang fi` labels a Finnish treebank as `../shared/eval/treebank/` labels its
 * Finnish files (`finnishLabels`).
 *
 * The treebanks' training files are kept out of some copies of their repositories; the
 * documents are also under `not-to-release/sources/`, listed in order by
 * `not-to-release/file-lists/files.train`, and that list is what is read (or the
 * `*-ud-train.conllu` file when it is there). The output has the record format of
 * `../shared/eval/treebank/` and is for tuning only: it stays outside the project.
 *
 * Labels come from the gold morphology as in the shared files: `imperative` is `Mood=Imp`
 * (or GUM's older `VerbForm=Inf|Person=2`, as `en-tune.jsonl` converts it),
 * `addr_2` `Person=2`, `first_sg`/`first_pl` `Person=1` with the number. `passive` is true
 * where a word is `aux:pass`, false where no word has `Voice=Pass`, and null (not counted)
 * for a passive participle without its auxiliary: the shared files count some of those
 * reduced passives and not others (on EWT's development split this rule agrees with their
 * labels on every sentence it labels).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface EwtRecord {
  id: string;
  text: string;
  genre: string;
  labels: Record<string, boolean | null>;
  evidence: Record<string, string[]>;
}

/** The records of one CoNLL-U text, one per sentence that has an id and a text. */
export function recordsFromConllu(conllu: string, lang: 'en' | 'fi' = 'en'): EwtRecord[] {
  const records: EwtRecord[] = [];
  let id: string | undefined;
  let text: string | undefined;
  let words: string[][] = [];
  const flush = () => {
    if (id !== undefined && text !== undefined && words.length > 0) {
      records.push(lang === 'fi' ? finnishRecord(id, text, words) : record(id, text, words));
    }
    id = undefined;
    text = undefined;
    words = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# sent_id = ')) id = line.slice('# sent_id = '.length).trim();
    else if (line.startsWith('# text = ')) text = line.slice('# text = '.length);
    else if (line.startsWith('#')) continue;
    else if (line.trim() === '') flush();
    else {
      const columns = line.split('\t');
      // Multiword ranges ("1-2") and empty nodes ("1.1") carry no features of their own.
      if (/^\d+$/.test(columns[0] ?? '')) words.push(columns);
    }
  }
  flush();
  return records;
}

function record(id: string, text: string, words: string[][]): EwtRecord {
  const evidence: Record<string, string[]> = {};
  const add = (label: string, form: string) => {
    evidence[label] = [...(evidence[label] ?? []), form];
  };
  for (const columns of words) {
    const form = columns[1] ?? '';
    const feats = featsOf(columns[5]);
    if (
      feats.get('Mood') === 'Imp' ||
      (feats.get('VerbForm') === 'Inf' && feats.get('Person') === '2')
    )
      add('imperative', form);
    if (feats.get('Person') === '2') add('addr_2', form);
    if (feats.get('Person') === '1' && feats.get('Number') === 'Sing') add('first_sg', form);
    if (feats.get('Person') === '1' && feats.get('Number') === 'Plur') add('first_pl', form);
    if (columns[7] === 'aux:pass') add('passive', form);
  }
  const participle = words.some((columns) => (columns[5] ?? '').includes('Voice=Pass'));
  const has = (label: string) => (evidence[label]?.length ?? 0) > 0;
  // GUM's sentence ids are "GUM_<genre>_<document>-<n>", EWT's "<genre>-<document>-<n>".
  const gum = id.startsWith('GUM_');
  return {
    id: `${gum ? 'en_gum' : 'en_ewt'}:${id}`,
    text,
    genre: gum ? `gum:${id.split('_')[1]}` : `ewt:${id.split('-')[0]}`,
    labels: {
      addr_2sg: null,
      addr_2pl: null,
      addr_2: has('addr_2'),
      imperative: has('imperative'),
      passive: has('passive') ? true : participle ? null : false,
      first_sg: has('first_sg'),
      first_pl: has('first_pl'),
    },
    evidence,
  };
}

interface UdWord {
  id: number;
  form: string;
  lemma: string;
  feats: Map<string, string>;
  head: number;
  rel: string;
}

const featsOf = (column: string | undefined) =>
  new Map(
    (column ?? '_')
      .split('|')
      .filter((f) => f.includes('='))
      .map((f) => f.split('=', 2) as [string, string]),
  );

/**
 * The labels of a Finnish sentence from its gold morphology, as the shared Finnish files
 * have them (on the 4,742 sentences of `fi-tune.jsonl` these rules agree on every label but
 * 13 passives; on the 1,364 of `fi-dev.jsonl`, on all but 4):
 * - `addr_2sg` / `addr_2pl`, `first_sg` / `first_pl`: a word of that person and number,
 *   or a possessive suffix of it (`Person[psor]`);
 * - `imperative`: `Mood=Imp`;
 * - `passive`: a finite passive (not the colloquial first person plural *me korjataan*,
 *   *me oltiin sovittu*), a passive participle with *olla* or *ei* as its auxiliary (*on
 *   korjattu*, *ei otettu*), a present one with *olla* as its copula (*on korjattava*) or in
 *   the referative (*kuuluu käytettävän*), a past one heading a headline (*Vika korjattu*);
 *   never one with a genitive subject (*minun on lähdettävä*).
 */
export function finnishLabels(words: readonly UdWord[]): Record<string, boolean> {
  const has = (test: (w: UdWord) => boolean) => words.some(test);
  const personal = (w: UdWord, person: string, number: string) =>
    (w.feats.get('Person') === person && w.feats.get('Number') === number) ||
    (w.feats.get('Person[psor]') === person && w.feats.get('Number[psor]') === number);
  const childrenOf = (w: UdWord) => words.filter((x) => x.head === w.id);
  const passive = has((w) => {
    if (w.feats.get('Voice') !== 'Pass') return false;
    if (w.feats.get('VerbForm') === 'Fin') {
      const head = w.rel.startsWith('aux') ? (words.find((x) => x.id === w.head) ?? w) : w;
      return !childrenOf(head).some(
        (c) => c.rel.startsWith('nsubj') && c.feats.get('Person') === '1',
      );
    }
    if (w.feats.get('VerbForm') !== 'Part') return false;
    const children = childrenOf(w);
    if (children.some((c) => c.rel.startsWith('nsubj') && c.feats.get('Case') === 'Gen')) {
      return false;
    }
    const olla = (rels: readonly string[], lemmas: readonly string[]) =>
      children.some((c) => rels.includes(c.rel) && lemmas.includes(c.lemma));
    if (olla(['aux', 'aux:pass'], ['olla', 'ei'])) return true;
    const copula = olla(['cop'], ['olla']);
    const form = w.feats.get('PartForm');
    const kase = w.feats.get('Case');
    if (form === 'Pres' && copula && kase === 'Nom') return true;
    if (form === 'Pres' && kase === 'Gen' && /^(?:ccomp|xcomp)/.test(w.rel)) return true;
    return form === 'Past' && w.rel === 'root' && !copula;
  });
  const addr_2sg = has((w) => personal(w, '2', 'Sing'));
  const addr_2pl = has((w) => personal(w, '2', 'Plur'));
  return {
    addr_2sg,
    addr_2pl,
    addr_2: addr_2sg || addr_2pl,
    imperative: has((w) => w.feats.get('Mood') === 'Imp'),
    passive,
    first_sg: has((w) => personal(w, '1', 'Sing')),
    first_pl: has((w) => personal(w, '1', 'Plur')),
  };
}

function finnishRecord(id: string, text: string, columns: string[][]): EwtRecord {
  const words: UdWord[] = columns.map((c) => ({
    id: Number(c[0]),
    form: c[1] ?? '',
    lemma: c[2] ?? '',
    feats: featsOf(c[5]),
    head: Number(c[6]),
    rel: c[7] ?? '',
  }));
  return {
    id: `fi_ud:${id}`,
    text,
    genre: `fi:${id.split(/[-_.]/)[0]}`,
    labels: finnishLabels(words),
    evidence: {},
  };
}

/** The training split's CoNLL-U texts, from the train file or the listed source documents. */
export function trainingDocuments(
  repo: string,
  missing: (path: string) => void = () => {},
): string[] {
  for (const name of ['en_ewt-ud-train.conllu', 'en_gum-ud-train.conllu']) {
    const whole = join(repo, name);
    if (existsSync(whole)) return [readFileSync(whole, 'utf8')];
  }
  const list = join(repo, 'not-to-release', 'file-lists', 'files.train');
  if (!existsSync(list)) {
    throw new Error(`${repo}: neither a *-ud-train.conllu file nor ${list} is there`);
  }
  const texts: string[] = [];
  for (const line of readFileSync(list, 'utf8').split('\n')) {
    const file = line.trim();
    if (!file) continue;
    // EWT lists "email/<document>.xml.conllu", GUM the bare document name.
    const path = join(
      repo,
      'not-to-release',
      'sources',
      file.endsWith('.conllu') ? file : `${file}.conllu`,
    );
    // (GUM's Reddit documents come without their text, which a script of theirs restores.)
    if (existsSync(path)) texts.push(readFileSync(path, 'utf8'));
    else missing(path);
  }
  return texts;
}

function main(argv: string[]): number {
  const usage =
    'usage: npm run eval:train -- (--repo PATH/TO/UD_English-EWT | --conllu FILE.conllu) [--lang en|fi] --out FILE.jsonl';
  let values: { repo?: string; conllu?: string; lang?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        repo: { type: 'string' },
        conllu: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  const lang = values.lang ?? 'en';
  if (!values.out || !values.repo === !values.conllu || (lang !== 'en' && lang !== 'fi')) {
    console.error(usage);
    return 2;
  }
  try {
    const skipped: string[] = [];
    const texts = values.conllu
      ? [readFileSync(values.conllu, 'utf8')]
      : trainingDocuments(values.repo as string, (path) => skipped.push(path));
    const records = texts.flatMap((text) => recordsFromConllu(text, lang));
    if (skipped.length > 0) {
      console.error(`${skipped.length} listed documents are not there and were skipped`);
    }
    writeFileSync(values.out, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const orders = records.filter((r) => r.labels.imperative).length;
    console.log(`${values.out}: ${records.length} sentences, ${orders} with an imperative`);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
