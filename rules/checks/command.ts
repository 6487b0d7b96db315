import { z } from 'zod';
import { defineCheck } from '../check';
import type { ImperativeSpan } from '../features';
import { phrasesOf, rewritesFor } from '../languages';
import { analysedSentences } from '../sentences';
import type { Fix, Language } from '../types';

/**
 * An imperative is an order, except where a careful reader would not take it as one: in a
 * numbered or bulleted list of steps (instructions), softened into a request ("Please send",
 * "Lähettäkää ystävällisesti"), or a courtesy formula ("Let me know", "Ottakaa yhteyttä",
 * "Have a nice day"). The detector tells the kind; the list item comes from the document.
 */
export default defineCheck({
  id: 'command',
  scope: 'block',
  description: {
    fi: 'Asiakasta pyydetään, ei käsketä: käskymuodon sijaan kysymys tai pyyntö.',
    en: 'The customer is asked, not ordered: a request instead of an imperative.',
  },
  defaultSeverity: 'warning',
  messages: {
    command: {
      fi: '”{found}” kuulostaa käskyltä. Pyydä mieluummin: ”{suggestion}”.',
      en: '“{found}” reads as an order. Ask instead: “{suggestion}”.',
    },
    commandPlain: {
      fi: '”{found}” kuulostaa käskyltä. Pyydä mieluummin (”Voisitteko …?”, ”Pyydämme …”) tai tee ohjeista numeroitu luettelo.',
      en: '“{found}” reads as an order. Ask instead (“Could you …?”), or make the instructions a numbered list.',
    },
  },
  options: z.strictObject({
    /** The house address, which decides "Voisitteko" or "Voisitko" in a fix. */
    address: z.enum(['formal', 'informal', 'any']).default('any'),
  }),
  fromStyle: (style) => ({ address: style.address }),
  enabledByDefault: (style) => style.commands === 'avoid',
  detect(doc, { options, language, report }) {
    const { rewrites, context } = rewritesFor(language, doc.text);
    for (const { sentence, features } of analysedSentences(doc, language, ['body'])) {
      // Steps of a list are instructions, not orders.
      if (sentence.listItem) continue;
      const commands = (features.imperatives ?? []).filter(
        (imp) =>
          isCommand(imp) &&
          !notAnOrder(sentence.text, imp, language) &&
          !inlineStep(doc.text, sentence.start + imp.start),
      );
      for (const imp of commands) {
        const start = sentence.start + imp.start;
        const end = sentence.start + imp.end;
        const found = doc.text.slice(start, end);
        // One imperative per sentence can be rewritten; several are rather a list of steps.
        let fix =
          commands.length === 1
            ? (rewrites.request?.(context, sentence, imp, options.address) ?? null)
            : null;
        if (fix) {
          fix = withClauseComma(doc.text, sentence.start, fix);
          report({
            messageId: 'command',
            start,
            end,
            data: { found, suggestion: fix.label ?? fix.replacement },
            fixes: [fix],
          });
        } else {
          report({ messageId: 'commandPlain', start, end, data: { found } });
        }
      }
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Voisitteko lähettää meille kuitin?' },
      { language: 'fi', text: 'Toimi näin:\n1. Avaa sovellus.\n2. Valitse Asetukset.' },
      { language: 'fi', text: 'Ottakaa rohkeasti yhteyttä, jos kysyttävää ilmenee.' },
      { language: 'fi', text: 'Jos paketti ei saavu viikossa, ilmoita meille.' },
      { language: 'fi', text: 'Täytä mielellään yhteydenottopyyntö, niin palaamme asiaan.' },
      { language: 'fi', text: 'Lähettäkää ystävällisesti kuitti meille.' },
      { language: 'fi', text: 'Tuotteen voi palauttaa 30 päivän kuluessa.' },
      { language: 'en', text: 'Please send us the receipt.' },
      { language: 'en', text: 'To reset it:\n1. Open the app.\n2. Choose Settings.' },
      { language: 'en', text: 'Let me know if you have any questions. Have a nice day!' },
      { language: 'en', text: 'Feel free to contact us.' },
      // Under "let's": the verb after its "and" shares the first person plural.
      {
        language: 'en',
        text: "Let's take a look at your subscriptions, and make sure they are cancelled.",
      },
      // Reassurance and offers of contact in a chat reply.
      { language: 'en', text: 'Hang tight, we are checking it now.' },
      { language: 'en', text: 'Shoot us a DM if anything else comes up.' },
      { language: 'en', text: 'Thanks for the details. Keep u posted.' },
      // Steps numbered inline are instructions, as the steps of a list are.
      { language: 'fi', text: 'Toimi näin: 1. Avaa sovellus. 2. Valitse Asetukset.' },
      { language: 'en', text: 'Here is how. Step 1: Open Settings. Step 2: Tap General.' },
      // Offers to be contacted and encouragement, however phrased.
      { language: 'en', text: 'Tweet back @ us if needed.' },
      { language: 'en', text: 'Hit reply if you have questions.' },
      { language: 'en', text: 'Hang in there, the fix is on its way.' },
      { language: 'en', text: 'Get back to us if the problem persists.' },
      { language: 'fi', text: 'Palaa asiaan, jos ongelma toistuu.' },
      { language: 'fi', text: 'Kerro, jos tarvitset apua.' },
      { language: 'en', text: 'Keep me posted.' },
      // Offers, link text, names, "let's … and", the quantifier "lisää": no orders.
      { language: 'fi', text: 'Jos on vielä kysyttävää, kirjoita tänne, niin autamme.' },
      { language: 'fi', text: 'Halutessasi lähetä kuvat, niin katsomme ne.' },
      { language: 'en', text: "If you'd like, send us the log and we will check it." },
      {
        language: 'en',
        text: 'You might want to [reach out to our billing team](https://example.com).',
      },
      {
        language: 'fi',
        text: 'Siirsin viestisi palstalle Kysy laskutuksesta, jossa asiantuntijat vastaavat.',
      },
      { language: 'en', text: "Let's start over and see if that helps." },
      // The agent's own next step under "let me": not the customer's.
      { language: 'en', text: 'Let me check with the team and get back to you.' },
      {
        language: 'en',
        text: "Let's activate your account as primary and then restore your licenses.",
      },
      { language: 'fi', text: 'Lisää tietoa löydät sivuiltamme.' },
      { language: 'en', text: "Don't worry, the charge is only a hold." },
      // Offers to contact the house are courtesies, as "Ottakaa yhteyttä" is.
      { language: 'en', text: 'If the fault comes back, reach out to our team via chat.' },
      { language: 'en', text: 'Give us a call at 010 123 456 if anything else comes up.' },
      { language: 'en', text: 'If you ever need anything else, just give us a shout.' },
      { language: 'en', text: 'DM us anytime with any questions!' },
      { language: 'fi', text: 'Jos vika uusiutuu, soita meille numeroon 010 123 456.' },
      { language: 'fi', text: 'Laita meille yksityisviestiä, niin tarkistetaan tilanne.' },
      { language: 'fi', text: 'Kysy lisää, niin autamme.' },
      // Names that start with a verb: a person, a service joined to its head by a spaced
      // hyphen, a company or a desk with its own verb.
      { language: 'fi', text: 'Kiitos viestistä! Anna Korhonen asiakaspalvelusta vastaa pian.' },
      { language: 'fi', text: 'Kysy kirjastonhoitajalta -palvelu vastaa kolmen päivän kuluessa.' },
      { language: 'fi', text: 'Osta nyt, maksa myöhemmin -palvelu ei ole käytössä.' },
      { language: 'en', text: 'Check In opens 24 hours before departure.' },
      { language: 'en', text: "Match Group owns several apps, so we can't help with that one." },
      { language: 'en', text: 'Post Office hours vary by location.' },
      { language: 'en', text: 'Google One hotel deals depend on the day, time and other factors.' },
      // Reassurance, wishes and praise.
      { language: 'en', text: "Hold tight, we'll have an update soon." },
      { language: 'en', text: 'Thanks for the kind words! Keep up the great work.' },
      { language: 'en', text: 'Shout if you need anything else. Be well!' },
      { language: 'fi', text: 'Pysy kuulolla, tiedotamme pian.' },
      { language: 'fi', text: 'Kiitos kysymyksestä ja pysykää terveinä!' },
    ],
    invalid: [
      // "Have a look" points the customer somewhere; "Have a great day" wishes.
      {
        language: 'en',
        text: 'Have a look at this article, which lists the causes. Have a great day!',
        findings: [{ messageId: 'command', text: 'Have' }],
        output: 'Could you have a look at this article, which lists the causes? Have a great day!',
      },
      // A button's quoted name before its spaced hyphen: the verb before it still orders.
      {
        language: 'fi',
        text: 'Kun muutat hakua, paina uudestaan "Käynnistä haku" -painiketta.',
        findings: [{ messageId: 'command', text: 'paina' }],
        output: 'Kun muutat hakua, voisitko painaa uudestaan "Käynnistä haku" -painiketta?',
      },
      // An invitation to make contact that the reply does not make optional is the
      // customer's next step: a request to act, which readers take as an order.
      {
        language: 'en',
        text: "We're here to help! Send us a DM with your order number so we can follow up.",
        findings: [{ messageId: 'command', text: 'Send' }],
        output:
          "We're here to help! Could you send us a DM with your order number so we can follow up?",
      },
      // "Right click" written without its hyphen is one order, rewritten whole.
      {
        language: 'en',
        text: 'Right click on the file.',
        findings: [{ messageId: 'command', text: 'Right click' }],
        output: 'Could you right click on the file?',
      },
      // A reply that opens with the customer's @handle: the order after it starts the sentence.
      {
        language: 'en',
        text: '@harris Send us the receipt.',
        findings: [{ messageId: 'command', text: 'Send' }],
        output: '@harris Could you send us the receipt?',
      },
      {
        language: 'fi',
        text: 'Lähettäkää kuitti meille.',
        findings: [{ messageId: 'command', text: 'Lähettäkää' }],
        output: 'Voisitteko lähettää kuitin meille?',
      },
      {
        language: 'fi',
        text: 'Kerro meille tilausnumerosi.',
        findings: [{ messageId: 'command', text: 'Kerro' }],
        output: 'Voisitko kertoa meille tilausnumerosi?',
      },
      {
        language: 'fi',
        text: 'Lähetä kuvat tilauksesta.',
        findings: [{ messageId: 'command', text: 'Lähetä' }],
        output: 'Voisitko lähettää kuvat tilauksesta?',
      },
      {
        language: 'fi',
        text: 'Tarkista osoite!',
        options: { address: 'formal' },
        findings: [{ messageId: 'command', text: 'Tarkista' }],
        output: 'Voisitteko tarkistaa osoitteen?',
      },
      {
        language: 'fi',
        text: 'Avatkaa sovellus ja valitkaa Asetukset.',
        findings: [
          { messageId: 'commandPlain', text: 'Avatkaa' },
          { messageId: 'commandPlain', text: 'valitkaa' },
        ],
      },
      {
        language: 'en',
        text: 'Send us the receipt.',
        findings: [{ messageId: 'command', text: 'Send' }],
        output: 'Could you send us the receipt?',
      },
      {
        // An order after a subordinate clause that lacks its comma: the fix adds it.
        language: 'fi',
        text: 'Jos haluat hyvityksen lähetä kuitti meille.',
        findings: [{ messageId: 'command', text: 'lähetä' }],
        output: 'Jos haluat hyvityksen, voisitko lähettää kuitin meille?',
      },
      {
        language: 'fi',
        text: 'Tilaus on lähetetty, mutta tarkista vielä osoite.',
        findings: [{ messageId: 'command', text: 'tarkista' }],
        output: 'Tilaus on lähetetty, mutta voisitko tarkistaa vielä osoitteen?',
      },
      {
        language: 'en',
        text: 'If you want a refund send us the receipt.',
        findings: [{ messageId: 'command', text: 'send' }],
        output: 'If you want a refund, could you send us the receipt?',
      },
      {
        language: 'en',
        text: 'Open the app and clear your browser cache.',
        findings: [
          { messageId: 'commandPlain', text: 'Open' },
          { messageId: 'commandPlain', text: 'clear' },
        ],
      },
      // Contacting someone else, or sending us something, is an order.
      {
        language: 'en',
        text: 'Contact your bank about the second charge.',
        findings: [{ messageId: 'command', text: 'Contact' }],
        output: 'Could you contact your bank about the second charge?',
      },
      {
        language: 'fi',
        text: 'Lähetä meille kuva laitteen tyyppikilvestä.',
        findings: [{ messageId: 'command', text: 'Lähetä' }],
        output: 'Voisitko lähettää meille kuvan laitteen tyyppikilvestä?',
      },
      // A button named in quotation marks is no order; the verb that presses it is.
      {
        language: 'fi',
        text: 'Paina lopuksi "Tallenna"-painiketta.',
        findings: [{ messageId: 'command', text: 'Paina' }],
        // The quoted name keeps its form in the rewrite.
        output: 'Voisitko painaa lopuksi "Tallenna"-painiketta?',
      },
      // "Keep in mind", "Huomaa": the customer is told what to do.
      {
        language: 'en',
        text: 'Keep in mind that the voucher expires in June.',
        findings: [{ messageId: 'command', text: 'Keep' }],
        output: 'Could you keep in mind that the voucher expires in June?',
      },
      {
        language: 'fi',
        text: 'Huomaa, että lahjakortti vanhenee kesäkuussa.',
        findings: [{ messageId: 'commandPlain', text: 'Huomaa' }],
      },
      {
        language: 'en',
        text: 'Restart the router and send us the log.',
        findings: [
          { messageId: 'commandPlain', text: 'Restart' },
          { messageId: 'commandPlain', text: 'send' },
        ],
      },
    ],
  },
});

/** Words after which a question needs no comma: "..., but could you ...", "ja voisitteko". */
const NO_COMMA_AFTER = new Set([
  'and',
  'or',
  'but',
  'so',
  'then',
  'ja',
  'tai',
  'mutta',
  'joten',
  'niin',
  'sitten',
  'sekä',
]);

/**
 * "If you want a refund send us ..." → "If you want a refund, could you send us ...?": the
 * question after a clause that ended without its comma gets one.
 */
function withClauseComma(text: string, sentenceStart: number, fix: Fix): Fix {
  const before = text.slice(sentenceStart, fix.start);
  if (HANDLES_ONLY_RE.test(before)) return fix;
  const m = /([\p{L}\p{N}]+)(\s+)$/u.exec(before);
  if (!m || NO_COMMA_AFTER.has((m[1] as string).toLowerCase())) return fix;
  const start = fix.start - (m[2] as string).length;
  const label = fix.label ?? fix.replacement;
  return { ...fix, start, replacement: `, ${fix.replacement}`, label };
}

/** A link or an @handle ends the text before. */
const LINK_BEFORE_RE = /(?:https?:\/\/|www\.|(?:^|\s)@)\S*$/u;
/** Nothing but @handles before: "@harris Check this article" starts its sentence. */
const HANDLES_ONLY_RE = /^(?:\s*@\w+)+\s*$/u;

/**
 * A step's number just before the verb, after a colon, a sentence end or a line break:
 * "1.", "2)", "Step 3:", "Vaihe 2:" (not a figure ending a sentence: "It costs 5. Send …").
 */
const STEP_NUMBER_RE = /(?:^|[:.!?)]\s+|\n\s*)(?:\d{1,2}[.)]|(?:step|vaihe) \d{1,2}[.:)]?)\s*$/iu;

/**
 * A step numbered inline ("Toimi näin: 1. Avaa sovellus. 2. Valitse …", "Step 2: Tap …"):
 * an instruction, as a step of a list is. The number may end the sentence before.
 */
function inlineStep(text: string, at: number): boolean {
  return STEP_NUMBER_RE.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * A spaced hyphen before a lower-case head within a few words of the verb, in its sentence,
 * with no quoted name between ("paina "Käynnistä haku" -painiketta" orders).
 */
const NAME_HEAD_AFTER_RE = /^[^.!?:;\n"“”]{0,48}?\s-\p{Ll}{2,}/u;

/** Quotation marks that open a button or menu name: "Click "Save"", "Paina ”Tallenna”". */
const OPENING_QUOTE_RE = /["“”„'‘’«»]\s*$/u;

/**
 * Imperatives a reader does not take as orders although the grammar says imperative: an
 * offer after the customer's wish or need (`offerClause` of `LanguagePhrases.command`), a
 * verb in the middle of a sentence that starts a link's text ("You might want to [reach
 * out to support](…)"), a capitalised verb inside a sentence, which names a page or a
 * service ("siirsin sen palstalle Kysy toimeentulotuesta"), a verb in quotation marks,
 * which names a button, the first words of a name joined to its head by a spaced hyphen
 * ("Kysy kirjastonhoitajalta -palvelu"), an offer to contact the house (`contactOffer`, made
 * optional by the language's `offerCondition` where it has one), and the language's
 * other phrases (`notOrderBefore`, `notOrderAt`): a verb that goes on with "let's" ("Let's
 * start fresh and see …"), the Finnish quantifier "lisää" ("Lisää tietoa …").
 */
function notAnOrder(text: string, imp: ImperativeSpan, language: Language): boolean {
  const before = text.slice(0, imp.start);
  const { offerClause, contactOffer, offerCondition, notOrderBefore, notOrderAt } =
    phrasesOf(language).command ?? {};
  if (offerClause?.test(before)) return true;
  if (contactOffer?.test(text.slice(imp.start)) && (!offerCondition || offerCondition.test(text)))
    return true;
  // The name of a button or a menu in quotation marks: "Paina "Tallenna"-painiketta".
  if (OPENING_QUOTE_RE.test(before)) return true;
  if (/\[\s*$/.test(before) && /[\p{L}\p{N}]/u.test(before.replace(/\[\s*$/, ''))) return true;
  // A capitalised verb inside a sentence names something: "palstalle Kysy toimeentulotuesta";
  // not after a link or an @handle, which end what came before without a stop ("…/new
  // Remember to attach …").
  const head = before.trimEnd();
  if (
    /^\p{Lu}/u.test(text.slice(imp.start)) &&
    /[\p{L}\p{N},]$/u.test(head) &&
    !LINK_BEFORE_RE.test(head)
  )
    return true;
  // The first words of a name joined to its head by a spaced hyphen: "Kysy
  // kirjastonhoitajalta -palvelu", "Osta nyt, maksa myöhemmin -palvelu".
  if (/^\p{Lu}/u.test(text.slice(imp.start)) && NAME_HEAD_AFTER_RE.test(text.slice(imp.end)))
    return true;
  if (notOrderBefore?.test(before)) return true;
  if (notOrderAt?.test(text.slice(imp.start))) return true;
  return false;
}

function isCommand(imp: ImperativeSpan): boolean {
  if (imp.kind !== undefined && imp.kind !== 'command') return false;
  // Finnish "laulakaamme", "olkoon": not addressed to the customer.
  return imp.grammaticalPerson === undefined;
}
