import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordsFromConllu, trainingDocuments } from '../../eval/treebank-train.ts';

const row = (...columns: string[]) => columns.join('\t');

/** Two sentences in CoNLL-U, one with a multiword token ("Don't") as EWT writes it. */
const CONLLU = [
  '# newdoc id = email-test',
  '# sent_id = email-test-0001',
  "# text = Don't call me.",
  row('1-2', "Don't", '_', '_', '_', '_', '_', '_', '_', '_'),
  row('1', 'Do', 'do', 'AUX', 'VB', 'Mood=Imp|VerbForm=Fin', '3', 'aux', '_', '_'),
  row('2', "n't", 'not', 'PART', 'RB', '_', '3', 'advmod', '_', '_'),
  row('3', 'call', 'call', 'VERB', 'VB', 'Mood=Imp|VerbForm=Fin', '0', 'root', '_', '_'),
  row(
    '4',
    'me',
    'I',
    'PRON',
    'PRP',
    'Case=Acc|Number=Sing|Person=1|PronType=Prs',
    '3',
    'obj',
    '_',
    '_',
  ),
  row('5', '.', '.', 'PUNCT', '.', '_', '3', 'punct', '_', '_'),
  '',
  '# sent_id = email-test-0002',
  '# text = You know we were told.',
  row('1', 'You', 'you', 'PRON', 'PRP', 'Case=Nom|Person=2|PronType=Prs', '2', 'nsubj', '_', '_'),
  row('2', 'know', 'know', 'VERB', 'VBP', 'Mood=Ind|VerbForm=Fin', '0', 'root', '_', '_'),
  row(
    '3',
    'we',
    'we',
    'PRON',
    'PRP',
    'Case=Nom|Number=Plur|Person=1|PronType=Prs',
    '5',
    'nsubj:pass',
    '_',
    '_',
  ),
  row('4', 'were', 'be', 'AUX', 'VBD', 'Mood=Ind|VerbForm=Fin', '5', 'aux:pass', '_', '_'),
  row(
    '5',
    'told',
    'tell',
    'VERB',
    'VBN',
    'Tense=Past|VerbForm=Part|Voice=Pass',
    '2',
    'ccomp',
    '_',
    '_',
  ),
  row('6', '.', '.', 'PUNCT', '.', '_', '2', 'punct', '_', '_'),
  '',
].join('\n');

describe('a treebank’s training documents as a tuning file', () => {
  it('labels each sentence from its gold morphology', () => {
    const [order, statement] = recordsFromConllu(CONLLU);
    expect(order).toEqual({
      id: 'en_ewt:email-test-0001',
      text: "Don't call me.",
      genre: 'ewt:email',
      labels: {
        addr_2sg: null,
        addr_2pl: null,
        addr_2: false,
        imperative: true,
        passive: false,
        first_sg: true,
        first_pl: false,
      },
      evidence: { imperative: ['Do', 'call'], first_sg: ['me'] },
    });
    expect(statement?.labels).toMatchObject({
      addr_2: true,
      imperative: false,
      passive: true,
      first_pl: true,
    });
    expect(statement?.evidence.passive).toEqual(['were']);
  });

  it('leaves a passive participle without its auxiliary unlabelled', () => {
    const reduced = [
      '# sent_id = email-test-0003',
      '# text = Files sent late.',
      row('1', 'Files', 'file', 'NOUN', 'NNS', 'Number=Plur', '0', 'root', '_', '_'),
      row(
        '2',
        'sent',
        'send',
        'VERB',
        'VBN',
        'Tense=Past|VerbForm=Part|Voice=Pass',
        '1',
        'acl',
        '_',
        '_',
      ),
      row('3', 'late', 'late', 'ADV', 'RB', '_', '2', 'advmod', '_', '_'),
      row('4', '.', '.', 'PUNCT', '.', '_', '1', 'punct', '_', '_'),
      '',
    ].join('\n');
    expect(recordsFromConllu(reduced)[0]?.labels.passive).toBeNull();
  });

  const repo = mkdtempSync(join(tmpdir(), 'talontapa-ewt-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads the training documents in the order of files.train', () => {
    mkdirSync(join(repo, 'not-to-release', 'file-lists'), { recursive: true });
    mkdirSync(join(repo, 'not-to-release', 'sources', 'email'), { recursive: true });
    writeFileSync(join(repo, 'not-to-release', 'sources', 'email', 'b.conllu'), 'B');
    writeFileSync(join(repo, 'not-to-release', 'sources', 'email', 'a.conllu'), 'A');
    writeFileSync(
      join(repo, 'not-to-release', 'file-lists', 'files.train'),
      'email/b.conllu\nemail/a.conllu\n',
    );
    expect(trainingDocuments(repo)).toEqual(['B', 'A']);
  });

  it('reads GUM’s list of bare document names too', () => {
    const gum = join(repo, 'gum');
    mkdirSync(join(gum, 'not-to-release', 'file-lists'), { recursive: true });
    mkdirSync(join(gum, 'not-to-release', 'sources'), { recursive: true });
    writeFileSync(join(gum, 'not-to-release', 'sources', 'GUM_whow_basil.conllu'), 'G');
    writeFileSync(
      join(gum, 'not-to-release', 'file-lists', 'files.train'),
      'GUM_reddit_bobby\nGUM_whow_basil\n',
    );
    const missing: string[] = [];
    expect(trainingDocuments(gum, (path) => missing.push(path))).toEqual(['G']);
    // A document listed without its text (GUM's Reddit ones) is reported and skipped.
    expect(missing).toEqual([join(gum, 'not-to-release', 'sources', 'GUM_reddit_bobby.conllu')]);
  });

  it('labels GUM’s older imperatives (VerbForm=Inf|Person=2) and names its sentences', () => {
    const conllu = [
      '# sent_id = GUM_whow_basil-19',
      '# text = Water it daily.',
      row('1', 'Water', 'water', 'VERB', 'VB', 'Person=2|VerbForm=Inf', '0', 'root', '_', '_'),
      row('2', 'it', 'it', 'PRON', 'PRP', 'Case=Acc|Person=3|PronType=Prs', '1', 'obj', '_', '_'),
      row('3', 'daily', 'daily', 'ADV', 'RB', '_', '1', 'advmod', '_', '_'),
      row('4', '.', '.', 'PUNCT', '.', '_', '1', 'punct', '_', '_'),
      '',
    ].join('\n');
    expect(recordsFromConllu(conllu)[0]).toMatchObject({
      id: 'en_gum:GUM_whow_basil-19',
      genre: 'gum:whow',
      labels: { imperative: true, passive: false },
    });
  });

  it('says what is missing when the folder is no treebank checkout', () => {
    expect(() => trainingDocuments(join(repo, 'nothing'))).toThrow(/files\.train/);
  });
});
