/**
 * The pack's promise and today's date in words of the pack's language, for the
 * `{{responseTime}}` and `{{today}}` variables. `{{responseTime}}` reads as a time span
 * that fits after a verb: "Vastaamme kahden arkipäivän kuluessa." / "We will reply within
 * two working days."
 */

import type { z } from 'zod';
import type { ResponseTimeSchema } from '../pack';
import type { Language } from '../types';

export type ResponseTime = z.infer<typeof ResponseTimeSchema>;

// Genitives, as the span "N:n päivän kuluessa" needs them.
const FI_NUMBERS = [
  '',
  'yhden',
  'kahden',
  'kolmen',
  'neljän',
  'viiden',
  'kuuden',
  'seitsemän',
  'kahdeksan',
  'yhdeksän',
  'kymmenen',
];
const EN_NUMBERS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

const FI_UNITS: Record<ResponseTime['unit'], string> = {
  hours: 'tunnin',
  days: 'päivän',
  'working-days': 'arkipäivän',
};
const EN_UNITS: Record<ResponseTime['unit'], [string, string]> = {
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  'working-days': ['working day', 'working days'],
};

function numberWord(amount: number, language: Language): string {
  const words = language === 'fi' ? FI_NUMBERS : EN_NUMBERS;
  if (Number.isInteger(amount) && amount >= 1 && amount <= 10) return words[amount] as string;
  const text = String(amount);
  // "1,5 päivän" in Finnish; Finnish numbers inflect with a colon only after letters.
  return language === 'fi' ? text.replace('.', ',') : text;
}

/** "kahden arkipäivän kuluessa" / "within two working days". */
export function responseTimeWords(time: ResponseTime, language: Language): string {
  const n = numberWord(time.amount, language);
  if (language === 'fi') return `${n} ${FI_UNITS[time.unit]} kuluessa`;
  const [one, many] = EN_UNITS[time.unit];
  return `within ${n} ${time.amount === 1 ? one : many}`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "4.12.2026" / "4 December 2026": how each language writes a date in a letter. */
export function dateWords(date: Date, language: Language): string {
  const d = date.getDate();
  const m = date.getMonth();
  const y = date.getFullYear();
  return language === 'fi' ? `${d}.${m + 1}.${y}` : `${d} ${EN_MONTHS[m]} ${y}`;
}
