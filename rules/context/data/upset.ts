/**
 * What the upset score (rules/context/upset.ts) needs beside each language's phrases
 * (`LanguagePhrases.upset`, rules/<code>/data/phrases.ts).
 */

/** Upper-case words that are acronyms, not shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  'ALV EU USA UK PDF USB HDMI WIFI WLAN FAQ IBAN BIC SMS GPS ASAP HTML HTTP HTTPS URL VPN PIN ID OK CEO CV DNA TV AM PM GDPR SEPA RMA SKU EAN UPS DHL FEDEX POSTNORD MATKAHUOLTO OP KELA YLE IKEA'.split(
    ' ',
  ),
);

/**
 * Upper-case words that plead rather than shout ("Please HELP", "APUA"): a plea for help is
 * not anger by itself.
 */
export const PLEAS: ReadonlySet<string> = new Set(
  'HELP PLEASE PLS PLZ URGENT APUA AUTTAKAA AUTA KIITOS THANKS THANK'.split(' '),
);

/**
 * Three-letter words that shout when a "?" or "!" follows ("WHY?", "NOW!"); any other
 * three capitals before one are an acronym or a name ("HBO?", "TIA!").
 */
export const SHORT_SHOUTS: ReadonlySet<string> = new Set(
  'WHY NOW HOW YOU NOT ANY ALL YES OUT FIX WTF OMG SAD BAD MAD PAY HUH NYT'.split(' '),
);
