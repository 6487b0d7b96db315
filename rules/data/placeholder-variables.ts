/**
 * Template variables the `placeholder` check can fill from the conversation context, keyed
 * by the variable's name with everything but letters removed and lower-cased:
 * "{{customer.firstName}}" → "customerfirstname", "[Asiakkaan nimi]" → "asiakkaannimi".
 */

export type ContextField = 'customerFirstName' | 'customerName' | 'agentName' | 'ticketId';

export const PLACEHOLDER_VARIABLES: Readonly<Record<string, ContextField>> = {
  customerfirstname: 'customerFirstName',
  firstname: 'customerFirstName',
  etunimi: 'customerFirstName',
  asiakkaanetunimi: 'customerFirstName',
  customername: 'customerName',
  customerfullname: 'customerName',
  customer: 'customerName',
  name: 'customerName',
  fullname: 'customerName',
  nimi: 'customerName',
  asiakas: 'customerName',
  asiakkaannimi: 'customerName',
  agentname: 'agentName',
  agent: 'agentName',
  agentfullname: 'agentName',
  yourname: 'agentName',
  myname: 'agentName',
  omanimi: 'agentName',
  nimesi: 'agentName',
  allekirjoitus: 'agentName',
  ticketid: 'ticketId',
  ticket: 'ticketId',
  ticketnumber: 'ticketId',
  caseid: 'ticketId',
  casenumber: 'ticketId',
  tiketti: 'ticketId',
  tikettinumero: 'ticketId',
  tapausnumero: 'ticketId',
};

/** Angle-bracketed words that are HTML pasted as text rather than template variables. */
export const HTML_TAG_NAMES: ReadonlySet<string> = new Set([
  'a',
  'b',
  'br',
  'div',
  'em',
  'i',
  'li',
  'ol',
  'p',
  'span',
  'strong',
  'u',
  'ul',
]);
