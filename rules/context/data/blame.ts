/**
 * Blaming and curt phrases for the `blame` check. `pattern` is a regular-expression source
 * matched case-insensitively between word boundaries (`\p{L}*` for inflectional endings);
 * `advice` is shown in the message; `fix` is offered only where a rewording is safe without
 * knowing the rest of the sentence:
 * - `drop`: the phrase adds nothing but reproach ("Kuten jo kerroimme, …", "obviously");
 *   it is removed with the comma that sets it off, and the sentence is re-capitalised;
 * - `remove`: the word (a pattern) inside the phrase that makes it curt is removed
 *   ("kuten sivuillamme selvästi lukee" → "kuten sivuillamme lukee", "as clearly stated" →
 *   "as stated").
 */

import type { Language } from '../../types';

export type BlameKind = 'blame' | 'curt';

export interface BlamePhrase {
  pattern: string;
  kind: BlameKind;
  advice: string;
  fix?: { drop: true } | { remove: string };
}

const ADVICE_FI = {
  repeat: 'Kerro asia uudelleen ystävällisesti viittaamatta aiempaan viestiin.',
  shouldHave: 'Kerro, miten asia hoituu nyt tai jatkossa, esimerkiksi ”Jatkossa voitte …”.',
  yourself: 'Kuvaa tapahtunut syyllistämättä, esimerkiksi ”Tilauksessa on valittuna …”.',
  instructions: 'Kerro, mistä ohjeet löytyvät, tai kerro ratkaisu suoraan.',
  notOurFault: 'Ota vastuu: kerro, mitä teette asian hyväksi, esimerkiksi ”Selvitämme asian”.',
  obviously: 'Jätä vähättelevä sana pois.',
  clearly: 'Kerro, mistä tieto löytyy, ilman sanaa ”selvästi”.',
};

const ADVICE_EN = {
  repeat: 'Restate the information kindly without pointing to an earlier message.',
  shouldHave: 'Say what can be done now or next time, such as “Next time you can …”.',
  yourself: 'Describe what happened without blame, such as “The order shows …”.',
  instructions: 'Say where the instructions are, or give the solution directly.',
  notOurFault: 'Take ownership: say what you will do, such as “We will look into this”.',
  obviously: 'Leave out the belittling word.',
  clearly: 'Say where the information is, without “clearly”.',
};

const TOLD_FI =
  '(?:kerroimme|kerroin|sanoimme|sanoin|totesimme|totesin|mainitsimme|mainitsin|ilmoitimme|ilmoitin|vastasimme|vastasin|ohjeistimme|neuvoimme)';
const TOLD_PERFECT_FI =
  '(?:kertoneet|kertonut|sanoneet|sanonut|todenneet|todennut|maininneet|maininnut|ilmoittaneet|ilmoittanut|vastanneet|vastannut)';

export const BLAME_PHRASES: Record<Language, readonly BlamePhrase[]> = {
  fi: [
    {
      pattern: `kuten (?:me |minä )?(?:jo |jo aiemmin |jo aikaisemmin |aiemminkin |jo edellisessä viestissä |jo useaan kertaan |jo moneen kertaan )${TOLD_FI}(?: teille| sinulle)?`,
      kind: 'curt',
      advice: ADVICE_FI.repeat,
      fix: { drop: true },
    },
    {
      pattern: `kuten (?:olemme|olen) (?:jo )?(?:aiemmin |useaan kertaan |moneen kertaan )?${TOLD_PERFECT_FI}(?: teille| sinulle)?`,
      kind: 'curt',
      advice: ADVICE_FI.repeat,
      fix: { drop: true },
    },
    {
      pattern: 'kuten (?:jo )?sanottu',
      kind: 'curt',
      advice: ADVICE_FI.repeat,
      fix: { drop: true },
    },
    {
      pattern: 'kuten (?:jo )?(?:useaan|moneen) kertaan',
      kind: 'curt',
      advice: ADVICE_FI.repeat,
      fix: { drop: true },
    },
    {
      pattern:
        // "Teidän olisi pitänyt saada vahvistus" is an expectation, not blame.
        '(?:teidän|sinun) (?:olisi|olisikin) (?:pitänyt|kannattanut|tullut)(?! (?:jo )?saa)|(?:teidän|sinun) pitäisi (?:ymmärtää|tietää)',
      kind: 'blame',
      advice: ADVICE_FI.shouldHave,
    },
    {
      pattern:
        // Not after "jos"/"mikäli": "Jos olette itse asentaneet laitteen, …" is an instruction.
        '(?<!(?:jos|mikäli|kun) )(?:olette|olet|te olette|sinä olet) (?:itse|itsenne|itsesi) \\p{L}+|(?:itse|itsehän) (?:olette|olet) \\p{L}+',
      kind: 'blame',
      advice: ADVICE_FI.yourself,
    },
    {
      pattern:
        '(?:teidän|sinun) (?:oma )?(?:vikanne|vikasi|virheenne|virheesi|syynne|syysi)|(?:oma|omaa) (?:vikanne|vikaanne|vikasi|syytänne|syytäsi|mokanne)',
      kind: 'blame',
      advice: ADVICE_FI.yourself,
    },
    {
      pattern:
        '(?:ette|et) (?:ilmeisesti |selvästikään |siis )?(?:ole )?(?:lukeneet|lukenut|lukeneetkaan|lukenutkaan|huomanneet|huomannut|noudattaneet|noudattanut)',
      kind: 'blame',
      advice: ADVICE_FI.instructions,
    },
    {
      pattern:
        '(?:lukekaa|lue|tutustukaa|tutustu) (?:ensin |huolellisesti |ensin huolellisesti )?(?:ohje\\p{L}*|käyttöohje\\p{L}*|ehto\\p{L}*|ehdot|sopimusehdot)',
      kind: 'curt',
      advice: ADVICE_FI.instructions,
    },
    {
      pattern:
        '(?:se |tämä |asia )?ei (?:ole|ollut) (?:meidän|minun) (?:vikamme|vikani|vika|syymme|syy|virheemme|virhe|ongelmamme|ongelma)',
      kind: 'blame',
      advice: ADVICE_FI.notOurFault,
    },
    {
      pattern: '(?:emme|en) (?:ole|voi olla) (?:vastuussa|vastuullisia)',
      kind: 'blame',
      advice: ADVICE_FI.notOurFault,
    },
    {
      pattern:
        'kuten (?:sivuillamme|sivuilla|ehdoissamme|ehdoissa|ohjeissa|ohjeissamme) (?:selvästi|selkeästi) (?:lukee|kerrotaan|sanotaan|mainitaan)',
      kind: 'curt',
      advice: ADVICE_FI.clearly,
      fix: { remove: 'selvästi|selkeästi' },
    },
    {
      // Not "tietenkin", "tietysti": "Tietysti autamme mielellämme" is kind.
      pattern: 'kuten kaikki (?:tietävät|tiedämme)|ilmiselvästi|itsestäänselvästi',
      kind: 'curt',
      advice: ADVICE_FI.obviously,
      fix: { drop: true },
    },
  ],
  en: [
    {
      pattern:
        'as (?:we|I) (?:have )?(?:already |previously |repeatedly |clearly )?(?:told|said|stated|explained|mentioned|informed|advised)(?: you)?(?: (?:before|earlier|previously|already))?',
      kind: 'curt',
      advice: ADVICE_EN.repeat,
      fix: { drop: true },
    },
    {
      pattern:
        'as (?:already |previously )?(?:mentioned|stated|explained) (?:several|many|multiple|numerous) times',
      kind: 'curt',
      advice: ADVICE_EN.repeat,
      fix: { drop: true },
    },
    {
      pattern: '(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|reply)',
      kind: 'curt',
      advice: ADVICE_EN.repeat,
      fix: { drop: true },
    },
    {
      // "You should have received an email" is an expectation, not blame.
      pattern:
        "you (?:should have|should've|ought to have) (?!received|got|gotten|been|by now|now|already)\\p{L}+",
      kind: 'blame',
      advice: ADVICE_EN.shouldHave,
    },
    {
      pattern: "you (?:failed|neglected) to|you (?:didn't|did not) (?:read|follow|check|bother)",
      kind: 'blame',
      advice: ADVICE_EN.yourself,
    },
    {
      pattern:
        "(?:it's|it is|it was|this is|that is) (?:your (?:own )?(?:fault|mistake|problem|responsibility))|your (?:own )?fault",
      kind: 'blame',
      advice: ADVICE_EN.yourself,
    },
    {
      pattern:
        '(?:please )?read (?:the|our) (?:manual|instructions|faq|terms(?: and conditions)?|guide)',
      kind: 'curt',
      advice: ADVICE_EN.instructions,
    },
    {
      pattern:
        "(?:it's|it is|this is|that is|it was) not (?:our|my) (?:fault|problem|mistake|responsibility)|not our (?:fault|problem)|we (?:are|were) not responsible|we can(?:not|'t) be held responsible",
      kind: 'blame',
      advice: ADVICE_EN.notOurFault,
    },
    {
      pattern: 'as (?:clearly|plainly) (?:stated|explained|shown|mentioned|written)',
      kind: 'curt',
      advice: ADVICE_EN.clearly,
      fix: { remove: 'clearly|plainly' },
    },
    {
      pattern: 'obviously|as everyone knows|as anyone can see',
      kind: 'curt',
      advice: ADVICE_EN.obviously,
      fix: { drop: true },
    },
  ],
};
