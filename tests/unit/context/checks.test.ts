/**
 * The context checks on whole replies, and their examples with the fallback stemmer (the
 * generic examples test runs them with the analyzer registered, as the extension does).
 */
import { expect, it } from 'vitest';
import { type Check, check, getBuiltinPack, getCheck, type Pack } from '../../../rules/index';
import type { Language } from '../../../rules/types';
import { runExample } from '../engine/run-example';
import { describeModes } from './modes';

const ids = ['unanswered-question', 'apology', 'blame', 'numbered-steps'];

describeModes('context check examples', () => {
  for (const id of ids) {
    const definition = getCheck(id) as Check;
    it(`${id}: valid examples pass`, () => {
      for (const example of definition.examples.valid) {
        expect(runExample(definition, example), example.text).toEqual([]);
      }
    });
    it(`${id}: invalid examples report what they expect`, () => {
      for (const example of definition.examples.invalid) {
        const findings = runExample(definition, example);
        expect(
          findings.map((f) => f.messageId),
          example.text,
        ).toEqual(example.findings.map((f) => f.messageId));
      }
    });
  }
});

const pack = (lang: Language) => getBuiltinPack(`builtin:${lang}`) as Pack;
const only = (findings: ReturnType<typeof check>, id: string) =>
  findings.filter((f) => f.check === id);

describeModes('context checks in a full check', () => {
  it('quotes each unanswered question at the start of the body', () => {
    const reply =
      'Hei Maija,\n\nKiitos viestistä. Kengät lähtevät huomenna.\n\nYstävällisin terveisin\nAnna';
    const findings = only(
      check(reply, pack('fi'), {
        customerMessage: 'Milloin kengät lähtevät? Voinko maksaa laskulla?',
      }),
      'unanswered-question',
    );
    expect(findings.map((f) => [f.start, f.end, f.message])).toEqual([
      [
        reply.indexOf('Kiitos'),
        reply.indexOf('Kiitos'),
        'Asiakas kysyi: ”Voinko maksaa laskulla?” — vastauksessa ei näytä olevan vastausta.',
      ],
    ]);
  });

  it('reports nothing without the customer’s message', () => {
    const reply = 'Hei,\n\nKuten jo kerroimme, paketti on matkalla.';
    const ids = check(reply, pack('fi')).map((f) => f.check);
    expect(ids).not.toContain('unanswered-question');
    expect(ids).not.toContain('apology');
    expect(ids).toContain('blame');
  });

  it('names the upset signals and suggests an apology', () => {
    const [finding] = only(
      check('Hello,\n\nThank you for your email. A new one is on its way.', pack('en'), {
        customerMessage: 'Third time I write. Unacceptable!!',
      }),
      'apology',
    );
    expect(finding?.message).toBe(
      'The customer seems unhappy (“Third time”, “Unacceptable”, “!!”). Apologise, such as “We apologise for the inconvenience.”',
    );
  });

  it('accepts the pack’s apology phrases in inflected forms', () => {
    const findings = check(
      'Hei,\n\nPahoittelut viivästyksestä. Paketti lähti tänään.',
      pack('fi'),
      {
        customerMessage: 'Paketti on myöhässä!',
      },
    );
    expect(only(findings, 'apology')).toEqual([]);
  });

  it('gives advice in the pack’s language', () => {
    const [finding] = only(check('Hei,\n\nLukekaa ohjeet.', pack('fi')), 'blame');
    expect(finding?.message).toBe(
      '”Lukekaa ohjeet” kuulostaa tylyltä. Kerro, mistä ohjeet löytyvät, tai kerro ratkaisu suoraan.',
    );
  });
});
