import { describe, expect, it } from 'vitest';
import { recordsFromConllu } from '../../eval/treebank-train.ts';

const row = (...columns: string[]) => columns.join('\t');
const sentence = (id: string, text: string, rows: string[]) => [
  `# sent_id = ${id}`,
  `# text = ${text}`,
  ...rows,
  '',
];

/** Four Finnish sentences in CoNLL-U, as UD Finnish-TDT writes them. */
const CONLLU = [
  ...sentence('t01.1', 'Tule huomenna.', [
    row(
      '1',
      'Tule',
      'tulla',
      'VERB',
      '_',
      'Mood=Imp|Number=Sing|Person=2|VerbForm=Fin|Voice=Act',
      '0',
      'root',
      '_',
      '_',
    ),
    row('2', 'huomenna', 'huomenna', 'ADV', '_', '_', '1', 'advmod', '_', '_'),
    row('3', '.', '.', 'PUNCT', '_', '_', '1', 'punct', '_', '_'),
  ]),
  ...sentence('t01.2', 'Vika on korjattu.', [
    row('1', 'Vika', 'vika', 'NOUN', '_', 'Case=Nom|Number=Sing', '3', 'obj', '_', '_'),
    row(
      '2',
      'on',
      'olla',
      'AUX',
      '_',
      'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act',
      '3',
      'aux',
      '_',
      '_',
    ),
    row(
      '3',
      'korjattu',
      'korjata',
      'VERB',
      '_',
      'Case=Nom|Number=Sing|PartForm=Past|VerbForm=Part|Voice=Pass',
      '0',
      'root',
      '_',
      '_',
    ),
    row('4', '.', '.', 'PUNCT', '_', '_', '3', 'punct', '_', '_'),
  ]),
  ...sentence('t01.3', 'Me korjataan se.', [
    row(
      '1',
      'Me',
      'minä',
      'PRON',
      '_',
      'Case=Nom|Number=Plur|Person=1|PronType=Prs',
      '2',
      'nsubj',
      '_',
      '_',
    ),
    row(
      '2',
      'korjataan',
      'korjata',
      'VERB',
      '_',
      'Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass',
      '0',
      'root',
      '_',
      '_',
    ),
    row('3', 'se', 'se', 'PRON', '_', 'Case=Nom|Number=Sing|PronType=Dem', '2', 'obj', '_', '_'),
    row('4', '.', '.', 'PUNCT', '_', '_', '2', 'punct', '_', '_'),
  ]),
  ...sentence('t01.4', 'Minun on lähdettävä.', [
    row(
      '1',
      'Minun',
      'minä',
      'PRON',
      '_',
      'Case=Gen|Number=Sing|Person=1|PronType=Prs',
      '3',
      'nsubj',
      '_',
      '_',
    ),
    row(
      '2',
      'on',
      'olla',
      'AUX',
      '_',
      'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act',
      '3',
      'cop',
      '_',
      '_',
    ),
    row(
      '3',
      'lähdettävä',
      'lähteä',
      'VERB',
      '_',
      'Case=Nom|Number=Sing|PartForm=Pres|VerbForm=Part|Voice=Pass',
      '0',
      'root',
      '_',
      '_',
    ),
    row('4', '.', '.', 'PUNCT', '_', '_', '3', 'punct', '_', '_'),
  ]),
].join('\n');

describe('a Finnish treebank as a tuning file', () => {
  const records = recordsFromConllu(CONLLU, 'fi');
  const labels = (i: number) => records[i]?.labels;

  it('finds the imperative and the second person singular of an order', () => {
    expect(records[0]?.id).toBe('fi_ud:t01.1');
    expect(labels(0)).toMatchObject({ imperative: true, addr_2sg: true, addr_2: true });
  });
  it('counts a passive participle with its auxiliary as a passive', () => {
    expect(labels(1)).toMatchObject({ passive: true, imperative: false, addr_2: false });
  });
  it('takes the colloquial "me korjataan" as first person plural, no passive', () => {
    expect(labels(2)).toMatchObject({ passive: false, first_pl: true });
  });
  it('takes a necessive with a genitive subject as no passive', () => {
    expect(labels(3)).toMatchObject({ passive: false, first_sg: true });
  });
});
