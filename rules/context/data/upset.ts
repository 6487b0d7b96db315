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
 * States a system shows in capitals ("changes from ONLINE to OFFLINE", "status PENDING"):
 * the screen's labels, not shouting.
 */
export const STATUS_LABELS: ReadonlySet<string> = new Set(
  'ONLINE OFFLINE ENABLED DISABLED CONNECTED DISCONNECTED ACTIVE INACTIVE PENDING UNKNOWN UNAVAILABLE RUNNING STOPPED IDLE'.split(
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

/**
 * Consonant pairs a word of English or Finnish can start with ("STOP", "PLEASE", "KRUUNU").
 * A word in capitals that starts with any other ("NVIDIA", "NZST", "BSOD") cannot be said
 * as a word: it is an acronym or a product's name, spelt out, not shouted.
 */
export const WORD_ONSETS: ReadonlySet<string> = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pr ps qu rh sc sh sk sl sm sn sp sq st sv sw th tr ts tw vl wh wr'.split(
    ' ',
  ),
);

/**
 * Consonant pairs a word can end with ("WORST", "PAID", "DIDN'T", "WAITING"). A word in
 * capitals that ends with any other ("YAML", "JITB", "USFN") is spelt out, not shouted.
 */
export const WORD_CODAS: ReadonlySet<string> = new Set(
  'bs bt ch ck ct dd ds ff fs ft gh gn gs ht ks lb ld lf lk ll lm ln lp ls lt mb mn mp ms mt nc nd ng nk nn ns nt nx ph ps pt rb rc rd rf rg rk rl rm rn rp rr rs rt sh sk sm sp ss st th ts tt tz wd wk wl wn ws xt zz'.split(
    ' ',
  ),
);
