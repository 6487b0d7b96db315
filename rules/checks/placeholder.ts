import { z } from 'zod';
import { defineCheck } from '../check';
import {
  type ContextField,
  HTML_TAG_NAMES,
  PLACEHOLDER_VARIABLES,
} from '../data/placeholder-variables';
import { blockMemo, type Paragraph } from '../document';
import { firstName } from '../reply-parts';
import type { CheckContext } from '../types';

/**
 * Template variables in the notations templates use. Group 1 is the variable name when the
 * notation has one. Bracketed words must start with a letter and not be a Markdown link, so
 * "[1]" and "[ohje](https://…)" stay alone.
 */
const PLACEHOLDER_RE = new RegExp(
  [
    String.raw`\{\{\s*([^{}\n]{1,80}?)\s*\}\}`,
    String.raw`\$\{\s*([^{}\n]{1,80}?)\s*\}`,
    String.raw`\{([\p{L}_][\p{L}\p{N}_.]{0,40})\}`,
    String.raw`%([\p{L}_][\p{L}\p{N}_.]{0,40})%`,
    String.raw`\[([\p{L}][\p{L}\p{N} _.\-]{1,40})\](?!\()`,
    String.raw`<([\p{L}_][\p{L}\p{N} _.\-]{0,40})>`,
    String.raw`(?<![\p{L}\p{N}])(?:XXX+|xxx+)(?![\p{L}\p{N}])`,
    '_{4,}',
  ].join('|'),
  'gu',
);

const MEMO_KEY = {};

function hasCandidate(block: Paragraph): boolean {
  PLACEHOLDER_RE.lastIndex = 0;
  const found = PLACEHOLDER_RE.test(block.text);
  PLACEHOLDER_RE.lastIndex = 0;
  return found;
}

function variableKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]/gu, '');
}

function contextValue(field: ContextField, context: CheckContext): string | undefined {
  const value =
    field === 'customerFirstName'
      ? firstName(context.customerName)
      : field === 'customerName'
        ? context.customerName
        : field === 'agentName'
          ? context.agentName
          : context.ticketId;
  return value?.trim() || undefined;
}

export default defineCheck({
  id: 'placeholder',
  description: {
    fi: 'Vastaukseen ei jää täyttämättömiä pohjan muuttujia, kuten [NIMI] tai {{customer.firstName}}.',
    en: 'No unfilled template variable, such as [NAME] or {{customer.firstName}}, is left in the reply.',
  },
  defaultSeverity: 'error',
  messages: {
    unfilled: {
      fi: '”{placeholder}” on täyttämätön pohjan kohta. Korvaa se oikealla tiedolla.',
      en: '“{placeholder}” is an unfilled template variable. Replace it with the real value.',
    },
  },
  options: z.strictObject({
    /** Bracketed or braced texts that are meant literally, e.g. "[sic]". */
    ignore: z.array(z.string()).default([]),
  }),
  detect(doc, { options, context, report }) {
    const blocks = doc.paragraphs;
    // A document check, because a match that runs from one block into the next (across a
    // blank line, "{{\n\n[NIMI]}}") hides what it covers. But a match inside a block is a
    // match of the block's own text too, so when no block's text has one (memoised per
    // block, so only changed blocks are searched again) there is nothing to report.
    if (!blocks.some((block) => blockMemo(block, MEMO_KEY, hasCandidate))) return;
    const ignored = new Set(options.ignore.map((s) => s.toLowerCase()));
    // One pass over the draft; a match counts when it lies inside a block (not in quoted
    // text). Scanning block by block would rescan to the end of the draft for each block.
    let b = 0;
    PLACEHOLDER_RE.lastIndex = blocks[0]?.start ?? doc.text.length;
    for (let m = PLACEHOLDER_RE.exec(doc.text); m; m = PLACEHOLDER_RE.exec(doc.text)) {
      while (b < blocks.length && (blocks[b]?.end ?? 0) <= m.index) b++;
      const block = blocks[b];
      if (!block) break;
      if (m.index < block.start || m.index + m[0].length > block.end) continue;
      const name = m.slice(1).find((g) => g !== undefined);
      if (ignored.has(m[0].toLowerCase())) continue;
      if (m[0].startsWith('<') && name && HTML_TAG_NAMES.has(name.toLowerCase())) continue;
      const field = name === undefined ? undefined : PLACEHOLDER_VARIABLES[variableKey(name)];
      const value = field && contextValue(field, context);
      const start = m.index;
      const end = m.index + m[0].length;
      report({
        messageId: 'unfilled',
        start,
        end,
        data: { placeholder: m[0] },
        fixes: value ? [{ start, end, replacement: value }] : [],
      });
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Hei Maija, tilauksesi 12345 on lähetetty.' },
      { language: 'fi', text: 'Katso [ohje](https://example.com) ja kohta [1].' },
      { language: 'en', text: 'Use <br> in the template editor for a line break.' },
      { language: 'en', text: 'The paper said so [sic].', options: { ignore: ['[sic]'] } },
      { language: 'en', text: 'Write to Anna <anna@example.com> for an XXL size.' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei [NIMI],\n\nTilauksesi XXX on lähetetty.',
        context: { customerName: 'Maija Meikäläinen' },
        findings: [
          { messageId: 'unfilled', text: '[NIMI]' },
          { messageId: 'unfilled', text: 'XXX' },
        ],
        output: 'Hei Maija Meikäläinen,\n\nTilauksesi XXX on lähetetty.',
      },
      {
        language: 'fi',
        text: 'Tikettisi numero on {{ticket.id}}.\n\nTerveisin\n[Oma nimi]',
        context: { ticketId: '4711', agentName: 'Matti' },
        findings: [
          { messageId: 'unfilled', text: '{{ticket.id}}' },
          { messageId: 'unfilled', text: '[Oma nimi]' },
        ],
        output: 'Tikettisi numero on 4711.\n\nTerveisin\nMatti',
      },
      {
        language: 'en',
        text: 'Hello {{customer.firstName}},\n\nYour order <order number> has shipped.',
        context: { customerName: 'John Smith' },
        findings: [
          { messageId: 'unfilled', text: '{{customer.firstName}}' },
          { messageId: 'unfilled', text: '<order number>' },
        ],
        output: 'Hello John,\n\nYour order <order number> has shipped.',
      },
      {
        language: 'en',
        text: 'Dear [name], your code is ____.',
        findings: [
          { messageId: 'unfilled', text: '[name]' },
          { messageId: 'unfilled', text: '____' },
        ],
      },
    ],
  },
});
