/**
 * The Finnish phrase data of the checks and of the context analysis
 * (`LanguagePhrases`, rules/language-phrases.ts): what marks an upset customer, a question, a
 * promise, a request, a blaming phrase, and the words that carry a message's content.
 */

import type { BlamePhrase, HouseTime, LanguagePhrases } from '../../language-phrases';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

// Signs that a customer is unhappy (rules/context/upset.ts) and the apologies that answer
// them (the `apology` check). Regular-expression sources, matched case-insensitively
// between word boundaries; `\p{L}*` stands for Finnish inflectional endings.

/**
 * Before a word, a negation that takes its evaluation back, with the adverbs that soften it
 * and the one it would touch: "ei kovin kauheita", "ei ole missään nimessä huolestuttavaa",
 * "ei minua ahista".
 */
const NEGATED =
  '(?:ei|en|et|eivät|emme|ette|eikä|eikö|eivätkö)(?: ole| ollut)?(?: kovin| niin| ihan| mitenkään| yhtään| lainkaan| missään nimessä| vain| nyt| sitten| kuitenkaan)?(?: minua| mua| meitä| häntä| heitä)?';

/** The customer's own effort, done or tried: "yrittänyt", "soitin", "kysyneet". */
const EFFORT =
  '(?:yrittänyt|yrittäneet|etsinyt|etsineet|odottanut|odottaneet|soittanut|soittaneet|kysynyt|kysyneet|yritin|yritimme|soitin|soitimme)';

/** Before a word, a question that asks for the evaluation: "Onko sisaruksenne joskus …". */
const ASKED = '(?:onko|ovatko|oliko|olivatko) (?:\\p{L}+ ){0,3}';

/**
 * Complaints: words of disappointment or anger, reports that something is broken or has
 * not come, and repeated contact ("jo kolmas kerta"). Each weighs 2, enough on its own.
 */
const COMPLAINT_PATTERNS: readonly string[] = [
  'pettynyt',
  'pettyneitä',
  'pettyneenä',
  'petyin',
  'petyimme',
  // Every case of "pettymys": "Pettymystä tuottaa ohjelma, …".
  'pettymy\\p{L}*',
  'tyytymät\\p{L}*',
  'en ole (?:lainkaan |yhtään |ollenkaan )?tyytyväi\\p{L}*',
  'harmitta\\p{L}*',
  'harmillista',
  // (Not the body irritated: "voiko liukaste ärsyttää ihoa".)
  'ärsyttä\\p{L}*(?! (?:\\p{L}+ )?(?:iho|silm|limakalvo|kurkku|kurkkua|nenä|vatsa|suoli|suolisto|ien|ikeni)\\p{L}*)',
  'ärsyyntyn\\p{L}*',
  // The present of "ärsyyntyä": "ärsyynnyn vietävästi päivittäin".
  'ärsyynn(?:yn|ymme|yt)',
  'ärsyttävää',
  'suututta\\p{L}*',
  'suuttun\\p{L}*',
  'raivostutta\\p{L}*',
  'vihai\\p{L}*',
  'huono\\p{L}* (?:asiakas)?palvelu\\p{L}*',
  // (Not how an animal sounds: "Koira vikisee surkeasti".)
  '(?<!(?:vikis|vinku|vingu|ulvo|naukuu|naukui|mouku|piipa|inis)\\p{L}* )surke\\p{L}*',
  // Not the intensifiers "kamalasti", "kauheasti" ("a lot"), nor how bad a symptom is
  // ("iski kauhea päänsärky", "kamala olo") or a desire ("kauhea halu saunaan"), nor a
  // negated one ("ei kovin kauheita", "ei tunnu olevan kauhean kipeä"), nor an evaluation asked
  // ("onko kauhea kuuloke?").
  `(?<!${NEGATED}(?: ole| ollut)? |(?:ei|en|et|eivät|eikä|eikö)(?: \\p{L}+){1,3} (?:ole|ollut|olla|olevan)(?: \\p{L}+)? |${ASKED})(?:kamala|kauhea)(?!sti)\\p{L}*(?! (?:\\p{L}+ )?\\p{L}*(?:kipu|kivu|kipe|särky|säry|olo|kutina|yskä|kuume|väsymy|pahoinvoin|migreeni|krampi|ripuli|halu|hinku|himo|nälkä|nälä|jano)\\p{L}*)`,
  'järkyttäv\\p{L}*',
  // (Not a comparison of kinds: "kuinka sanktioidaan törkeämpiä muuveja".)
  'törkeä(?!mp)\\p{L}*',
  'ala-arvoi\\p{L}*',
  'naurettav\\p{L}*',
  'käsittämätön\\p{L}*',
  'ennenkuulumato\\p{L}*',
  'reklamaatio\\p{L}*',
  'reklamoi\\p{L}*',
  'valitus',
  'valituks\\p{L}*',
  'valitan',
  'valitamme',
  // Something still does not work, or has not come.
  '(?:ei|eivät|en|et) (?:enää|vieläkään|edelleenkään|taaskaan|edelleen) toimi\\p{L}*',
  'lakannut toimimasta',
  // The service late, not the customer nor a period ("kuukautiset ovat myöhässä").
  // (Nor a pill taken late: "jossa pilleriä ei oteta edes myöhässä".)
  '(?<!(?:olen|olin|olemme|olimme|olisin|kuukautiset|kuukautiset ovat|kuukautiset on|menkat|menkat ovat|menkat on|vuoto|vuoto on) )(?<!(?:otettu|oteta|otin|otan|otat|otti|ottanut|otettiin|ottaa)(?: [\\p{L}\\d]+){0,2} )myöhässä',
  // ("Ei ole tullut" alone is a fault: "ei ole tullut mitään kohtauksia" is no complaint.)
  // (Not yet, "vielä", is a plain fault: "Tilaus ei ole vielä saapunut, voitteko tarkistaa?")
  'ei ole (?:vieläkään|edelleenkään|edelleen) (?:tullut|saapunut|kuulunut)',
  'eivät ole (?:vieläkään|edelleenkään|edelleen) (?:tulleet|saapuneet)',
  // (Not a symptom that persists: "tasapainoa ei ole vieläkään löytynyt", "kipu ei ole
  // vieläkään helpottanut"; an illness is no wait for the service.)
  'ei ole vieläkään(?! (?:\\p{L}+ )?(?:parantun|helpotta|hävin|loppun|lakann|laantun|mennyt ohi|menneet ohi|palautun|tasaantun|normalisoitun|löytyn)\\p{L}*)(?: \\p{L}+)?',
  '(?:kukaan )?ei ole vastannut',
  'olen odottanut (?:jo )?(?:viikon|viikkoja|kuukauden|kuukausia|pitkään|kauan)',
  // Repeated contact.
  'jo (?:toinen|kolmas|neljäs|viides) kerta',
  // "Kolmas kerta kun otan yhteyttä eikä mitään tapahdu": contact counted, nothing done.
  '(?:kolmas|neljäs|viides|kuudes|monta|monetta) kertaa?,? (?:kun|että) (?:otan|otamme|soitan|soitamme|kirjoitan|kirjoitamme|yritän|yritämme|valitan|valitamme)',
  '(?:eikä|mutta) mitään (?:ei )?(?:tapahdu|ole tapahtunut)',
  // (Not the next of a series: "syö ekan kerran klo 24 ja toisen kerran klo 4".)
  '(?<!(?:ekan|ensimmäisen|ensi|yhden) kerran\\b[^!?\\n]{0,150})(?:toisen|kolmannen|neljännen|viidennen|monennen) kerran',
  '(?:toista|kolmatta|neljättä|viidettä) kertaa',
  'useaan (?:otteeseen|kertaan)',
  'haluan rahani takaisin',
  'jo (?:useamman|monta|usean) kerran',
  'kerta toisensa jälkeen',
  'yhä uudelleen',
  'olen (?:jo )?(?:yrittänyt|soittanut|lähettänyt|kirjoittanut|ottanut yhteyttä|kysynyt|pyytänyt)(?: \\p{L}+){0,3} (?:monta|useita|usean|kahdesti|kolmesti|moneen|useaan|jo)',
  // Waiting.
  'odot(?:an|amme|ettu|taa) (?:jo |edelleen |yhä |vieläkin |vielä )?(?:vastausta|rahoja\\p{L}*|palautusta|hyvitystä|pakettia\\p{L}*|tilausta\\p{L}*)',
  '(?:olen|olemme) odottanut (?:jo )?(?:\\p{L}+ )?(?:päivää|viikkoa|kuukautta|tuntia|viikon|kuukauden|päiviä|viikkoja)',
  '(?:on )?mennyt (?:jo )?(?:\\p{L}+ )?(?:viikkoa|kuukautta|viikko|kuukausi|päivää)',
  'ei (?:ole )?kuulu(?:nut|u) (?:yhtään )?mitään',
  'en ole saanut (?:mitään|vastausta|rahoja\\p{L}*|hyvitystä|tuotetta|pakettia\\p{L}*|tilausta\\p{L}*)',
  'ei (?:ole )?vastattu',
  'ei (?:mitään )?vastausta',
  // Money lost.
  'veloitettiin (?:kahdesti|kaksi kertaa|kahteen kertaan|väärin|liikaa|uudelleen)',
  'veloitettu (?:kahdesti|kaksi kertaa|kahteen kertaan|väärin|liikaa)',
  'laskutettu (?:kahdesti|kaksi kertaa|väärin|liikaa)',
  'maksoin (?:turhaan|kahdesti|kaksi kertaa|kahteen kertaan)',
  'rahat? (?:ovat |on )?(?:menneet|mennyt|hävinneet|kadonneet)',
  'missä (?:ovat )?(?:rahani|rahat|hyvitys)',
  // Disappointment, anger, giving up.
  'turhautu\\p{L}*',
  'turhauttav\\p{L}*',
  'kyllästyn\\p{L}*',
  'kyllästyttää',
  'nyt riittää',
  'riittää jo',
  'ei voi olla totta',
  'uskomatonta',
  'järjetön\\p{L}*',
  'järjetöntä',
  'kohtuuton\\p{L}*',
  'kohtuutonta',
  'epäreilu\\p{L}*',
  'huijau\\p{L}*',
  'huijari\\p{L}*',
  'en (?:enää|ikinä|koskaan|enää ikinä|enää koskaan) (?:suosittele|tilaa|osta|asioi)',
  'en suosittele',
  'ei enää ikinä',
  'viimeinen kerta',
  'ei ole hyväksyttävää',
  'ei hyväksyttävää',
  'epätoivoi\\p{L}*',
  'tätä menoa',
  '(?:lähetin|lähetimme|laitoin) (?:\\p{L}+ )?muistutuksen',
  'kaatu\\p{L}* (?:\\p{L}+ )?päälle',
  '(?:missään|mistään) ei (?:ole|löydy) (?:kunnon |selkeitä |mitään )?(?:ohje\\p{L}*|tieto\\p{L}*)',
  'mihin (?:tämä |se )?perustuu',
  // Not the basis of the asker's own choice or of a general rule: "Millä perusteella
  // valitsen koon?", "millä perusteella tuki määräytyy?".
  'millä perusteella(?! (?:\\p{L}+ )?(?:valitsen|valitsemme|valitsisin|valita|valitaan|päätän|päätämme|arvioin|voin|voimme|kannattaa|määräytyy|määräytyvät|määritellään|lasketaan|arvioidaan|myönnetään|maksetaan)(?![\\p{L}]))',
  // Patience running out: "kärsivällisyys alkaa olla jo lopussa".
  'kärsivällisyy\\p{L}* (?:\\p{L}+ ){0,3}(?:lopussa|loppumassa|loppui|loppunut|koetuksella)',
  // (Not the question of a duration: "Kuinka kauan opinnot kestävät?")
  '(?<!(?:kuinka|miten|kuinkakohan) )(?:jo )?(?:liian )?(?:pitkään|kauan) (?:aikaa )?(?:odot\\p{L}*|kestä\\p{L}*)',
  // (Not how long a program works: "sivun lataus kestää pitkään".)
  '(?<!(?:lataus|latautuminen|käynnistys|käynnistyminen|päivitys|asennus|haku|tallennus|kopiointi|synkronointi|avautuminen|avaaminen)\\p{L}* )(?:odot\\p{L}*|kestä\\p{L}*) (?:jo )?(?:liian )?(?:pitkään|kauan)',
  // Families that say it in any words: negative evaluation, swearing, worry and despair,
  // waiting measured in time, money kept.
  '(?:huono|surkea|kurja|karmea|hirveä|kammottava|kelvoton|onneton|säälittävä|typerä|tyhmä|älytön|järjetön|mahdoton|sekava|epäselvä)(?:a|ä|t|n|ssa|ssä|sti)?(?: (?:palvelu|asiakaspalvelu|tuote|laatu|ohje|sivusto|järjestelmä|sovellus|touhu|systeemi)\\p{L}*)',
  // (Not a swear word that praises: "helvetin hyvä talviauto", "vitun hieno".)
  '(?:paska\\p{L}*|perseestä|vittu\\p{L}*|helvet\\p{L}*|saatana\\p{L}*|perkele\\p{L}*|jumalauta)(?! (?:hyv|hien|mahtav|kiva|siist|upe|kov|hausk|herkullis|ihan)\\p{L}*)',
  '(?:olen|olemme|ollaan) (?:todella |tosi |hyvin |aivan |ihan |erittäin )?(?:huolissa\\p{L}*|huolestun\\p{L}*|hädissä\\p{L}*|epätoivoi\\p{L}*|ymmälläni|ihmeissä\\p{L}*|poissa tolal\\p{L}*)',
  // (Not "ahdistama-": "saada katti pois ahdistamasta" presses on a thing, not a feeling.)
  // (Nor a worry denied: "tämä ei ole missään nimessä outoa tai huolestuttavaa".)
  // ("ahistaa" is how it is said in chat; "kauhistuttaa että …" fears the worst.)
  `(?<!${NEGATED}(?: \\p{L}+ (?:tai|eikä|ja))? )(?:huolestutta|ahdista(?!ma)|ahista(?!ma)|kauhistutta|järkyttä|järkyttyn|pelotta|hermostutta|risoo|sapetta|kyrsi)\\p{L}*`,
  // Shock: "Asia tuli täysin järkytyksenä" (not the noun alone, "alku 'järkytystä'").
  'järkytykse(?:nä|lle|ksi)',
  // Shame over the matter ("se nolottaa mua tosi paljon"), not the shyness of asking
  // ("hieman nolottaa kysyä").
  `(?<!${NEGATED} )(?:nolotta|hävettä)\\p{L}*(?! (?:\\p{L}+ )?(?:kysyä|kysellä|myöntää|tunnustaa|sanoa|kertoa|kirjoittaa))`,
  // Worry named: "Minulla on huoli asiasta", "aiheuttaa minulle huolta ja stressiä" (not
  // "pitää huolta", care taken).
  '(?:minulla|meillä|mulla) on (?:suuri |kova |iso |valtava |jatkuva )?huoli',
  'aiheutta\\p{L}* (?:minulle |meille |mulle )?(?:\\p{L}+ )?huolta',
  'en (?:enää )?jaksa',
  // Temper lost, in the language's idiom: "alkaa mennä hermot", "hermot menee", "pinna palaa"
  // (4 of 4 upset over the Finnish sets).
  '(?:(?:menee|meni|mennä|menevät|menivät|meinaa|meinasi|meinannut) hermot|hermot (?:menee|meni|mennä|menevät|menivät|kireällä|riekaleina|loppu)|pinna (?:palaa|paloi|palaan|kiristyy|kiristyi|on kireällä))',
  'en tiedä mitä (?:enää )?(?:tehdä|teen)',
  '(?:ei|emme|en|eikä) (?:\\p{L}+ )?(?:apua|neuvoa|vastausta) (?:\\p{L}+ )?(?:saatu|saanut|saaneet|tullut|saa|saada)',
  '(?:ei|emme|en|eivät) (?:ole |ollut )?(?:saanut|saaneet|saatu) (?:mitään |minkäänlaista |yhtään )?(?:apua|neuvoa|vastausta)',
  // The object first: "Tätä on kysytty monta kertaa, mutta vastausta ei olla saatu".
  '(?:apua|neuvoa|vastausta|vastauksia) ei (?:ole |olla |ollut )?(?:saatu|saanut|saaneet|tullut)',
  // (Not how long a symptom has lasted: "Kuume on jatkunut kolme päivää eikä helpota".)
  '(?<!(?:kipu|kivut|särky|säryt|yskä|kuume|oire|oireet|kutina|ihottuma|turvotus|pahoinvointi|huimaus|ripuli|vuoto)(?: \\p{L}+){0,3} )(?:jo )?(?:\\d+|kaksi|kolme|neljä|viisi|kuusi|monta|useita|usean|pari) (?:päivää|viikkoa|kuukautta|vuotta|tuntia)(?: sitten)?(?:,)? (?:ja |eikä |mutta )?(?:vieläkään|edelleen|yhä|ei)',
  // A wait the customer has had, not a stated waiting time ("odotusaika on kaksi kuukautta").
  'odot(?:an|amme|in|imme|anut|aneet|ettu|ellut|elin|elimme|eltu) (?:\\p{L}+ )?(?:jo |yli |lähes |melkein )?(?:\\d+|kaksi|kolme|neljä|viisi|kuusi|monta|useita|pari) (?:päivää|viikkoa|kuukautta|tuntia)',
  '(?:viikko|kuukausi|päivä)(?:kausia|tolkulla)',
  // Sarcasm.
  'kiitos tyhjästä',
  'kiitti vaan',
  'mikä vitsi',
  'hienoa palvelua(?:!|\\.\\.\\.)',
  'kiitos vaan',
  'jo on (?:aikoihin|meininki\\p{L}*|touhua|hommaa)',
  'voi (?:hyvänen aika|herran (?:tähden|jestas)|herranjumala)',
  // Worry, fear and despair over the matter; every cure tried.
  // (Not "paniikkihäiriö", "en kestä maitoa", "uupumus": a condition asked about.)
  // (Not asked whether to worry: "Pitäisikö olla huolestunut?" is no worry yet.)
  '(?<!(?:pitäisikö|pitääkö|kannattaako|tarvitseeko|täytyykö)(?: minun| meidän)? olla )(?:pelkään|pelkäämme|pelästy\\p{L}*(?! (?:\\p{L}+ ){0,2}(?:hieman|vähän|hiukan|aluksi))|hätäänty\\p{L}*|hädissä\\p{L}*|paniikissa|paniikkiin|huolissani|huolissamme|huolettaa|huolestunut|stressaa|stressaantu\\p{L}*|stressaavaa|turhautta\\p{L}*)',
  // (Not bad at a thing: "olen aika onneton kaikissa tietotekniikkaan liittyvissä".)
  '(?:itken|itkettää|onneton(?! \\p{L}+(?:ssa|ssä)(?![\\p{L}]))|onnettomana|voimaton|toivoton\\p{L}*|neuvoton)',
  // Low spirits over the matter ("alkaa pikku hiljaa masentaa", "Nyt masentaa tuo
  // turvotus"), misfortune and mockery said of oneself, effort in vain, leaving.
  // (Not "masennus", nor "olen ollut masentunut": a condition asked about.)
  '(?:masentaa|masentaisi|masentavaa|masentaakin)',
  '(?:epäonnekseni|harmikseni|kiusakseni|pettymyksekseni)',
  'pitä\\p{L}* (?:minua|meitä) pilkkanaan',
  '(?:mutta |ja )?turhaan(?= ?[.!]|$)',
  // Effort in vain: "Olen turhaan yrittänyt saada vastausta", "soitin turhaan".
  `(?:olen |olemme )?turhaan ${EFFORT}`,
  `${EFFORT} turhaan`,
  '(?:olen|olemme|olenkin|olemmekin) (?:\\p{L}+ )?eroamassa',
  // Distress said as a bad mood: "Tämä on tuonut minulle pahaa mieltä".
  'paha(?:a|n)? miel(?:i|tä|en|ellä|elle)',
  'en (?:enää )?kestä (?:tätä|enää|tällaista|kauempaa)',
  'en kestä enää',
  'en (?:enää )?tiedä,? mitä (?:\\p{L}+ )?(?:tehdä|teen|tekisin|tehdä)',
  '(?:kaikkea|kaikki) (?:mahdollista |mahollista )?on (?:jo )?(?:kokeiltu|yritetty)',
  '(?:olen|olemme) (?:jo )?(?:kokeillut|kokeilleet|yrittänyt|yrittäneet) (?:jo )?(?:kaikkea|kaiken|kaikki)',
  // Waiting in a queue, for ever.
  'jonot\\p{L}* (?:\\p{L}+ )?(?:tunnin|tunteja|tuntia|ikuisuuden)',
  '(?:ikuisuu\\p{L}*|iäisyy\\p{L}*)',
  // Disbelief and indignant questions.
  'miten (?:on mahdollista|tämä on mahdollista|tällainen on mahdollista)',
  '(?:miksi|miten|mitä) (?:hitossa|helvetissä|hittoa|helvettiä|pirua)',
  'onko (?:tämä|tuo|se) (?:nyt )?(?:oikeasti|todella|ihan oikeasti) (?:näin|totta|mahdollista|hyväksyttävää|reilua)',
  '(?:en voi|ei voi) uskoa',
  '(?:en hyväksy|vaadin|vaadimme)',
  // Threats to leave.
  '(?:harkitsen|harkitsemme|mietin|mietimme) (?:\\p{L}+ ){0,2}(?:lopettamista|irtisanomista|vaihtamista|vaihtavani|lopettavani|irtisanovani|siirtymistä|luopumista)',
  '(?:vaihdan|vaihdamme|siirryn|siirrymme) (?:\\p{L}+ )?(?:kilpailijalle|muualle|toiseen (?:yhtiöön|yritykseen|palveluun|pankkiin|operaattoriin|kauppaan))',
  '(?:lopetan|lopetamme|irtisanon|irtisanomme) (?:\\p{L}+ )?asiakkuu\\p{L}*',
  // Money taken or lost.
  '(?:haluan|haluamme) (?:\\p{L}+ )?(?:rahat\\p{L}*|rahani|rahamme|hyvityks\\p{L}*|hyvitystä)',
  // (Not how a refund works: "Niin saat rahat takaisin lääkärissä käynnin jälkeen".)
  '(?<!(?:saat|saa|saan|saatte|saamme|saada|saisi|saisin|saako|saanko|saadaan|saavat) )rahat\\p{L}* takaisin',
  // (Not "Saako puun kaataa ilman lupaa?": whose permission is missing matters.)
  'ilman (?:minun |meidän )?(?:lupaani|lupaamme|suostumustani|suostumustamme|hyväksyntääni|hyväksyntäämme)',
  'en ole (?:koskaan )?(?:tilannut|hyväksynyt) (?:tätä|tällaista|mitään|kyseistä|sellaista)',
  '(?:rahat? (?:meni|menivät|menee) hukkaan|rahaa hukkaan|hukkaan heitet\\p{L}*)',
  'menetin (?:\\p{L}+ )?(?:rahaa|rahani|rahat|euroa)',
  // Negative evaluation in other words.
  // Contact that does not get through, being passed around, promises broken.
  '(?:eikä|ei) kukaan (?:\\p{L}+ )?(?:vastaa|vastannut|auta|auttanut|välitä|ota yhteyttä|ole ottanut yhteyttä)',
  '(?:vielä(?:kään)?|edelleen(?:kään)?) ei (?:ole )?(?:kuulunut|tullut|saapunut|vastattu|vastausta)',
  'miksi (?:ette|eikö) (?:\\p{L}+ )?(?:vastaa|vastata|vastanneet|ole vastattu)',
  'miksi (?:kukaan )?ei (?:kukaan )?vastaa',
  // A "miksi" that accuses of a change or a refusal: "miksi poistitte", "miksi ette hyväksy".
  'miksi (?:te |teillä )?(?:poistitte|muutitte|lopetitte|peruitte|suljitte|estitte|nostitte|veloititte|otitte pois)',
  'miksi (?:ette|ei teillä) (?:\\p{L}+ )?(?:hyväksy|suostu|voi|pysty|ole|saa|anna)',
  // In spite of asking, bewilderment at a practice.
  '(?:pyynnöist\\p{L}*|pyynnöi\\p{L}*|yhteydenotoist\\p{L}*|muistutuksist\\p{L}*) (?:\\p{L}+ )?huolimatta',
  '(?:ihmetyttää|ihmetytti|kummastuttaa|kummastutti)',
  '(?:pompotel\\p{L}*|pompottel\\p{L}*|juoksute\\p{L}*|luukulta luukulle)',
  '(?:lupasitte|luvattiin|luvattu|lupasivat) (?:\\p{L}+,? ){0,8}(?:mutta|eikä)',
  // (Not an evaluation asked: "Onko sisaruksenne joskus sietämättömiä?".)
  `(?<!${ASKED})(?:epäoikeudenmukai\\p{L}*|töykeä\\p{L}*|tyly\\p{L}*|epäkohtelia\\p{L}*|epäammattimai\\p{L}*|välinpitämät\\p{L}*|vastuuton\\p{L}*|vastuuttom\\p{L}*|häpeällis\\p{L}*|skandaal\\p{L}*|sietämät\\p{L}*|pöyristy\\p{L}*|tympi\\p{L}*)`,
];

/**
 * Something that does not work or cannot be done, said plainly ("Laite ei toimi", "En pääse
 * kirjautumaan"): a neutral report of a fault is not yet an unhappy customer, and however many
 * faults it lists it is one report ("Sovellus ei toimi enkä pääse kirjautumaan" is calm), so
 * the list weighs 1 in all, upset with a second sign (again, "!!", a complaint).
 */
const MALFUNCTION_PATTERNS: readonly string[] = [
  '(?:ei|eivät|en|et) (?:vielä )?toimi\\p{L}*',
  'rikki',
  'rikkinäi\\p{L}*',
  'hajo(?:si|nnut|nneet|sivat)',
  'viallis\\p{L}*',
  'viallinen',
  'virhe(?:ilmoitu\\p{L}*)?',
  '(?:en|emme) (?:pääse|pysty|voi|saa) (?:\\p{L}+ )?(?:kirjautumaan|kirjautua|sisään|avaamaan|avata|maksamaan|maksaa|käyttämään|käyttää|lataamaan|ladata|tilaamaan|peruuttamaan)',
  // (Not negated, "Niskat eivät olleet jumissa", nor a body's stiffness, "niska jumissa".)
  '(?<!(?:ei|eivät|en|et|eikä)(?: \\p{L}+){0,3} |(?:niska|selkä|hartia|lihak|lihas|vatsa|suoli|pakki|lonkka|polvi|leuka|olkapää|kaula|ranka|nenä|korva)\\p{L}* (?:\\p{L}+ ){0,2})(?:jumitta\\p{L}*|jumittu\\p{L}*|jumiin|jumissa)',
  '(?:ohjelma|sovellus|sivusto|sivu|kone|tietokone|puhelin|laite|järjestelmä|peli)\\p{L}* (?:\\p{L}+ )?kaatu\\p{L}*',
  'virheelli\\p{L}*',
];

/** Money at stake, a fix that failed, a thing not come, urgency, a wonder: each weighs 1. */
const FAULT_PATTERNS: readonly string[] = [
  // Money at stake.
  '(?:rahani|rahojani|rahoistani|rahoilleni)',
  // A fault in other words: nothing helps, something cannot be done, is lost; urgency.
  'ei ole (?:vielä )?(?:tullut|saapunut|kuulunut)',
  'eivät ole (?:vielä )?(?:tulleet|saapuneet)',
  '(?:mikään|mitkään|kumpikaan) (?:\\p{L}+ )?(?:ei|eivät) (?:\\p{L}+ )?(?:auta|auttanut|auttaneet|tehoa|tehonnut|toimi|toiminut)',
  '(?:mistään|siitä|niistä) ei (?:ole )?(?:ollut )?(?:apua|hyötyä)',
  // Wonder that may be indignation ("Miten ihmeessä hakemus katosi?") or curiosity ("Miksi
  // ihmeessä kissa syö ruohoa?"): upset only with a second sign.
  '(?:miksi|miten|mitä|kuinka) (?:ihmeessä|ihmeen|ihmettä)',
  'ihan oikeasti',
  'en (?:voi )?ymmärrä,? (?:miksi|miten|mihin|millä|kuinka)',
  '(?:kiireellis\\p{L}*|pikaista vastausta|vastauksen pian|vastausta pian|(?:vastat\\p{L}*|auttak\\p{L}*|korjat\\p{L}*|hoitak\\p{L}*) (?:\\p{L}+ )?(?:pikaisesti|välittömästi|heti|mahdollisimman pian))',
];

/** The same problem again ("taas", "vieläkään", "again"). Each weighs 1. */
const REPEAT_PATTERNS: readonly string[] = [
  // Many times, not said of contact ("olen soittanut useita kertoja" is a complaint): "useita
  // kertoja" describes how often as well ("keskustelemme useita kertoja").
  '(?:monta|useita|usean|satoja|kymmeniä|lukuisia) kert\\p{L}*',
  'taas',
  'taaskaan',
  'jälleen',
  'vieläkään',
  'edelleenkään',
  'yhäkään',
  'uudestaan',
  'taas kerran',
  // The same again and again, said in any words. "Joka kerta kun avaan sovelluksen, …"
  // describes how a fault shows, not that the customer has had enough: only the emphatic
  // form counts.
  'joka ikinen kerta',
  '(?:jatkuvasti|toistuvasti|kerta toisensa)',
  // Not a frequency ("3-4 kertaa viikossa", "kahdesti päivässä"): that describes.
  '(?:(?<![-–])(?:\\d+|kaksi|kolme|neljä|viisi|kuusi|monta|useita|lukuisia) kertaa|kahdesti|kolmesti|kahteen kertaan|kolmeen kertaan)(?! (?:päivässä|viikossa|kuussa|kuukaudessa|vuodessa|vuorokaudessa|yössä|tunnissa|illassa|aamussa|päivän|viikon|kuukauden|vuoden|vuorokauden|per))',
];

/**
 * Words of thanks and delight: each offsets one exclamation run or capitalised word (at
 * most 2), so "Kiitos!!" and "THANK YOU SO MUCH!!" are not read as shouting; they never
 * offset a complaint. Not after a negation ("ei kiva"). "Paras", "best" are left out:
 * they close letters ("Parhain terveisin", "Best regards").
 */
const POSITIVE_PATTERNS: readonly string[] = [
  'kiitos',
  'kiitoksia',
  'kiitollinen',
  'kiitän',
  'mahtava\\p{L}*',
  'loistava\\p{L}*',
  'upea\\p{L}*',
  'ihan[ai]\\p{L}*',
  'hieno\\p{L}*',
  'super',
  'kiva\\p{L}*',
  'erinomai\\p{L}*',
  'ilahdu\\p{L}*',
  'iloi\\p{L}*',
  'tyytyväi\\p{L}*',
  'huippu\\p{L}*',
];

/** Negations that turn a positive word into a complaint-free neutral one. */
const NEGATIONS: ReadonlySet<string> = new Set(['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'eikä']);

/**
 * Apologies a reply may contain, on top of the pack's `apologyWhenUpset.apologyPhrases`.
 * "Valitettavasti" and "unfortunately" express regret, not an apology: they count only
 * with the check's `acceptRegret` option.
 */
const APOLOGY_PATTERNS: readonly string[] = [
  // Regret said in other words: "Harmittaa kuulla", "Tämä ei ole ollut tarkoitus".
  'harmittaa (?:kuulla|että|tämä|meitä|todella)',
  // Regret of bad news the answer has to give: "Valitettavasti täytyy sanoa, että …".
  'valitettavasti (?:minun |meidän )?(?:täytyy|pitää|on pakko|joudun|joudumme) (?:sanoa|todeta|kertoa)',
  '(?:tämä|tuo|se|näin) ei (?:ole ollut|ollut|ole) (?:\\p{L}+ )?tarkoitus',
  'pahoittel\\p{L}*',
  'pahoitteluni',
  '(?:olen|olemme|olemmekin|olenkin) (?:todella |kovasti |erittäin |hyvin )?pahoi(?:llani|llamme)',
  'pahoi(?:llani|llamme)',
  'anteeksi\\p{L}*',
  // The colloquial loan: "Sori viiveestä!", "Sorry tästä".
  'sori',
  'sorry',
  'anteeksipyyn\\p{L}*',
  // Regret and sympathy with the customer's trouble.
  '(?:ikävä|ikävää|harmi|harmillista|valitettavaa|surullista|kurja) (?:kuulla|lukea|tietää)',
  '(?:ikävä|ikävää|harmi|harmillista|valitettavaa|kurjaa),? että',
  'harmittaa (?:meitä|meitäkin|myös meitä|minua|minuakin)',
  'ymmärrä(?:mme|n) (?:hyvin |täysin |kyllä |todella )?(?:turhautumi\\p{L}*|harmi\\p{L}*|mielipaha\\p{L}*|pettymy\\p{L}*|huol\\p{L}*|ärtymy\\p{L}*|närkästy\\p{L}*|tyytymättömyy\\p{L}*)',
  'ymmärrä(?:mme|n),? (?:hyvin |täysin )?(?:että|miten|kuinka) (?:\\p{L}+ ){0,3}(?:turhauttav\\p{L}*|ikävä\\p{L}*|harmilli\\p{L}*|hankala\\p{L}*|ärsyttäv\\p{L}*)',
  '(?:on|ollut) (?:\\p{L}+ ){0,3}(?:turhauttavaa|ikävää|harmillista|ärsyttävää|raskasta|kuormittavaa|stressaavaa)',
  '(?:on|ollut) (?:varmasti |todella |hyvin )?(?:vaikeaa|hankalaa) (?:teille|sinulle)',
  'mielipaha\\p{L}*',
  // Sympathy and regret in other words: "Kurjaa kuulla", "Sääli, että", "ikävä tilanne",
  // "kuulostaa hankalalta", "Emme halua, että asiakkaamme joutuvat …", "näin ei pitäisi
  // käydä", "ei ole sitä palvelua, jota haluamme tarjota".
  '(?:ikävää|kurjaa|harmillista|surullista|sääli|harmi)(?:ä)?,? (?:kuulla|lukea|että)',
  '(?:ikävä|kurja|harmillinen|hankala|valitettava|turhauttava|raskas) (?:tilanne|juttu|kokemus)',
  'kuulostaa (?:todella |tosi |erittäin |hyvin )?(?:ikävältä|kurjalta|harmilliselta|hankalalta|turhauttavalta|raskaalta)',
  '(?:emme|en) (?:todellakaan )?halua,? että (?:asiakka\\p{L}*|sinun|teidän|kenenkään|sinä|te|joudut|joudutte)',
  '(?:näin|tällaista|tätä) ei (?:saisi|pitäisi|kuuluisi) (?:olla|käydä|tapahtua|mennä)',
  'ei (?:saisi|pitäisi|kuuluisi) (?:olla|käydä|mennä) (?:näin|noin|tällaista|tällä tavalla)',
  '(?:ei|eivät) (?:ole )?(?:sitä|sellaista) (?:palvelua|kokemusta)',
  // "Valitamme aiheutunutta haittaa", "On täysin ymmärrettävää, että …", "Ymmärrän
  // pelkosi", "tilanne on varmasti raskas", "Voi ei, …", "Otamme osaa".
  'valitamme (?:\\p{L}+ )?(?:tapahtunutta|aiheutunutta|sattunutta|viivästystä|viivettä|virhettä|häiriötä|tilannetta|haittaa|vaivaa|hankaluutta|tätä|sitä)',
  // (Not "selkeää ja ymmärrettävää tekstiä": the customer's feeling is understandable.)
  '(?:on|olisi|oli) (?:täysin |hyvin |aivan |todella |ihan )?ymmärrettävää,? (?:että|jos|kun)',
  'ymmärrettävä huoli',
  'ymmärrä(?:mme|n) (?:hyvin |täysin |kyllä |todella )?(?:pelko\\p{L}*|pelkosi|pelkonne|ahdistukse\\p{L}*|hätä\\p{L}*|hädän|epätietoisuu\\p{L}*|tuska\\p{L}*|tuskan|väsymy\\p{L}*|tunte\\p{L}*|kiukku\\p{L}*|kiukkusi|suuttumu\\p{L}*)',
  'ymmärrä(?:mme|n),? (?:hyvin |täysin |kyllä )?(?:että|miten|kuinka) (?:\\p{L}+ ){0,4}(?:huolestutta\\p{L}*|huolettaa|pelotta\\p{L}*|ahdista\\p{L}*|huolissa\\p{L}*|stressa\\p{L}*|raska\\p{L}*|vaikea\\p{L}*|kurja\\p{L}*|harmitta\\p{L}*|ärsyttä\\p{L}*|suututta\\p{L}*)',
  // "Todella ikävää!": the regret said alone.
  '(?:todella|tosi|erittäin|hyvin|kovin|aivan) (?:ikävää|kurjaa|harmillista)(?=[.!])',
  'tilanne (?:on|kuulostaa|tuntuu|vaikuttaa) (?:\\p{L}+ ){0,3}(?:harmillinen|harmilliselta|raskas|raskaalta|vaikea|vaikealta|hankala|hankalalta|ikävä|ikävältä|kurja|kurjalta|pelottava|pelottavalta|huolestuttava|huolestuttavalta|stressaava|stressaavalta|turhauttava|turhauttavalta|kuormittava)',
  '(?:ikävä|kurja|harmillinen|hankala|raskas|pelottava|huolestuttava|turhauttava) (?:kokemus|juttu|asia)',
  '(?:olemme|olen) (?:todella |hyvin |erittäin |kovasti )?(?:harmissamme|harmissani|surullisia|surullinen|pahoilla mielin)',
  'voi (?:ei|harmi)(?=[,.!])',
  '(?:otan|otamme) osaa',
  'onpa (?:\\p{L}+ )?(?:ikävää|kurjaa|harmillista|harmi|sääli)',
  'ymmärrä(?:mme|n) (?:hyvin |täysin |kyllä )?(?:tilantee\\p{L}*|turhautumise\\p{L}*)',
  '(?:osanotto\\p{L}*|myötätunto\\p{L}*)',
  // The same in other words of the language: regret on the customer's behalf ("Harmittaa
  // puolestasi"), the fault owned ("Myönnämme virheen", "Virhe oli meidän", "virhe meidän
  // päässämme", "Olemme tehneet virheen", "Tämän ei olisi pitänyt tapahtua"), understanding
  // said alone ("Täysin ymmärrettävää.").
  'harmittaa (?:\\p{L}+ )?puolesta\\p{L}*',
  'myönnä(?:mme|n) (?:\\p{L}+ )?(?:virhee\\p{L}*|virheen|moka\\p{L}*)',
  '(?:virhe|vika|moka) (?:on|oli) meidän(?=[.,!])',
  '(?:virhe|vika|moka) (?:on |oli )?(?:tapahtunut |sattunut )?meidän (?:puolellamme|päässämme)',
  '(?:olemme|olen) (?:tässä )?(?:tehneet|tehnyt) virheen',
  '(?:mokasimme|mokasin|mokattiin)',
  'ei olisi (?:pitänyt|saanut) (?:tapahtua|käydä|mennä)',
  '(?:täysin|ihan|aivan|hyvin) ymmärrettävää(?=[.!])',
];

const REGRET_PATTERNS: readonly string[] = ['valitettava\\p{L}*', 'harmillisesti', 'ikävä kyllä'];

// What marks a sentence of a customer's message as a question (rules/context/questions.ts).
// Lower case. Patterns are regular-expression sources matched case-insensitively between
// word boundaries.

/** Words that make a sentence a question when it starts with them, even without "?". */
const QUESTION_WORDS: ReadonlySet<string> = words(`
    milloin miksi miten mitenkä kuinka mikä mitä minkä missä mistä mihin millä mille miltä
    mikähän mitähän missähän mistähän mihinkähän milloinkahan miksihän mitenhän kuinkahan
    kukahan kenenhän kumpikohan paljonkohan montakohan kauankohan
    kuka kenen ketä kenelle keneltä kenellä kumpi kumman kummalla
    paljonko montako kauanko minne millainen millaisen millaista millaisia
  `);

/** Sentence openers skipped before looking for a question word ("Ja milloin …", "And when …"). */
const LEADING_CONJUNCTIONS: ReadonlySet<string> = words(
  'ja entä mutta sekä no niin eli siis lisäksi myös sitten',
);

/**
 * Indirect questions: a sentence containing one asks something even when it ends in a full
 * stop ("Haluaisin tietää, milloin paketti saapuu.").
 */
const INDIRECT_QUESTION_PATTERNS: readonly string[] = [
  // "Haluaisin (myös) tietää", "Haluan (vielä) kysyä", "Haluaisinkin kysyä".
  'haluai?(?:sin|simme|n|mme)(?:kin|pa|han|hän)?(?: \\p{L}+)? (?:tietää|kysyä)',
  // "Kolmantena kysyn, miten …", "Nyt kysynkin, että onko …".
  'kysy(?:n|mme)(?:kin|pa)?,? (?:että,? )?(?:miksi|milloin|miten|mitä|mikä|mitkä|onko|voiko|voinko|kuinka|mihin|missä|mistä|kumpi|paljonko)',
  'halua(?:isin|n) selvittää',
  'kertoisit(?:te)?ko',
  'kertoisit(?:te)?',
  'voisit(?:te)?ko (?:kertoa|selvittää|tarkistaa|ilmoittaa|vahvistaa)',
  'voit(?:te)?ko (?:kertoa|selvittää|tarkistaa|ilmoittaa|vahvistaa)',
  'ilmoittaisit(?:te)?ko',
  'selvittäisit(?:te)?kö',
  'tarkistaisit(?:te)?ko',
  'vahvistaisit(?:te)?ko',
  '(?:onko|olisiko|olisikohan|onkohan) (?:mitenkään )?mahdollista',
  'ihmettelen',
  'ihmettelisin',
  'mietin,? (?:että )?(?:miksi|milloin|miten|mitä|onko|voiko|voinko|kuinka|mihin|missä)',
  'en ymmärrä,? (?:miksi|miten|mitä|mihin|miksei)',
  'kysyisin',
  'tiedustel(?:en|isin|lisin)',
  '(?:pyytäisin|toivoisin|toivon|pyydän) (?:lisää )?tietoa',
  'olisin kiitollinen,? jos',
  'saisinko (?:tietää|tietoa|vastauksen)',
];

/**
 * Sentences that end in "?" but ask the agent nothing: small talk ("Mitä kuuluu?", "How
 * are you?"), rhetorical questions of an upset customer ("Onko tämä oikeasti näin
 * vaikeaa?", "Are you kidding me?"), and the prompts of an issue template ("Is your
 * feature request related to a problem?"). Regular-expression sources, matched anywhere
 * in the sentence between word boundaries.
 */
const NOT_ASKING_PATTERNS: readonly string[] = [
  'mitä (?:sinulle |teille )?kuuluu',
  'miten (?:menee|sujuu|voit|voitte)',
  'mitäs? (?:sinne|teille) kuuluu',
  'oikeasti',
  'ihanko totta',
  'onko (?:tämä|se) (?:nyt )?(?:todella|tosiaan|oikeasti|liikaa)',
  '(?:miten|kuinka) (?:tämä |tällainen |se )?(?:on|voi olla) mahdollista',
  'kuinka vaikeaa',
  'mikä (?:teitä|teillä|sinua) vaivaa',
  'miksi ihmeessä',
  'mitä ihmettä',
  'kuka (?:tällaista|tuollaista|näin)',
  'eikö (?:teillä|teitä) (?:ole|kiinnosta)',
  'pitääkö (?:minun|mun) (?:oikeasti|todella|aina)',
  'montako kertaa (?:minun|mun|pitää)',
  'mitä helvettiä',
  // Calls for attention: "Onko siellä ketään?", "Lukeeko kukaan näitä?".
  'onko (?:siellä|täällä) (?:ketään|kukaan)',
  'lukeeko (?:kukaan|kenkään|joku)',
  // Small talk about the staff's workload: "Onko teillä ollut kova kiire?".
  'onko (?:teillä|sinulla|siellä) (?:\\p{L}+ )?(?:kova |kovasti )?kiire\\p{L}*',
];

/**
 * Pleas for help or news that any real reply answers ("Any ideas?", "Voitteko auttaa?",
 * "Onko asiasta uutta tietoa?"): answered by any reply with a body.
 */
const GENERIC_QUESTION_PATTERNS: readonly string[] = [
  'voi(?:sit|t)?(?:te)?ko (?:\\p{L}+ )?auttaa',
  'osa(?:at|isit|a)(?:te)?ko (?:\\p{L}+ )?auttaa',
  'pystyt(?:te)?kö (?:\\p{L}+ )?auttaa',
  'saisinko (?:\\p{L}+ )?apua',
  'mitä (?:minun |meidän )?(?:pitäisi|tulisi|kannattaa|voin|voimme|voisin|teen|tehdä)(?: nyt)?',
  'miten (?:(?:minun|meidän) )?(?:(?:pitäisi|tulisi|kannattaa) )?(?:toimia|toimin|edetä|edetään|menetellä)',
  'mikä (?:neuvoksi|avuksi)',
  'onko (?:asiasta |tähän )?(?:mitään )?(?:uutta|uutisia|tietoa|päivitystä|ratkaisua|vinkkejä|ideoita|neuvoja)',
  'onko (?:teillä )?(?:mitään )?(?:vinkkejä|ideoita|neuvoja|ehdotuksia)',
  'missä (?:vaiheessa|mennään)',
  'mitä mieltä',
  // Hypotheticals: the reply answers them by saying how things stand.
  '(?:mitä|entä|mites) jos',
  'mitä (?:te )?aio(?:tte|t) tehdä',
  'mistä (?:saa |saisi |saisin |löytyy |löytää )?apua',
  // Asking for advice on what to try next or whom to turn to: "Mitä keinoja vielä
  // kannattaisi kokeilla?", "Kenen puoleen voin kääntyä?".
  'mitä (?:\\p{L}+ ){0,3}(?:pitäisi|pitää|kannattaisi|kannattaa|voisi|voisin|voin|voisimme) (?:\\p{L}+ )?kokeilla',
  'kenen puoleen',
];

/**
 * Requests phrased as questions ("Voisitteko lähettää laskun uudelleen?", "Can you reset my
 * password?"): the reply answers them by acting on them.
 */
const REQUEST_QUESTION_PATTERNS: readonly string[] = [
  'voisit(?:te)?ko',
  'voit(?:te)?ko',
  'voisiko (?:joku|teiltä|sen|tämän)',
  'saisi(?:n|mme)ko',
  'saa(?:n|mme)ko',
  'olisiko mahdollista',
  'onko mahdollista',
  'pystyisit(?:te)?kö',
  'pystyt(?:te)?kö',
  'viitsisit(?:te)?kö',
];

/** Genitive number words for the house wording in Finnish ("kahden arkipäivän kuluessa"). */
const FI_GENITIVE = ['', 'yhden', 'kahden', 'kolmen', 'neljän', 'viiden', 'kuuden', 'seitsemän'];

/** The house promise's time as a phrase that fits where a reply's time expression was. */
function houseTime(time: HouseTime): string {
  const n = time.amount;
  const number = Number.isInteger(n) && n < FI_GENITIVE.length ? FI_GENITIVE[n] : String(n);
  const unit = { hours: 'tunnin', days: 'päivän', 'working-days': 'arkipäivän' }[time.unit];
  return `${number} ${unit} kuluessa`;
}

/** The house wording of the promise, a whole sentence, for the messages. */
function houseWording(time: string | null): string {
  if (!time) return 'Palaamme asiaan mahdollisimman pian.';
  return `Vastaamme ${time}.`;
}

/** What a reply says when it has acted ("Lähetimme laskun", "olemme perunneet", "I've reset"). */
const ACTION_PATTERNS: readonly string[] = [
  '(?:olemme|olen|on|ovat)(?: nyt| jo| juuri)? \\p{L}+(?:nut|nyt|neet|ttu|tty|tu|ty)',
  '\\p{L}{2,}(?:[^o]imme|simme|timme)',
  '(?:tehty|hoidettu|korjattu|lähetetty|peruttu|palautettu|päivitetty|muutettu|poistettu|lisätty|valmis)',
];

/** Sentences that open a reply with a yes or a no ("Kyllä, …", "Unfortunately not."). */
const YES_NO_ANSWER_PATTERNS: readonly string[] = [
  'kyllä',
  'joo',
  'ei',
  'ette',
  'et',
  'valitettavasti',
  'totta kai',
  'tietysti',
  'toki',
  'ehdottomasti',
  'voi(?:t|tte)?',
  'ei voi',
  'onnistuu',
  'ei onnistu',
  '(?:on|ei ole) mahdollista',
  'kyllä vain',
  'ei (?:ole|tarvitse|kannata|pidä paikkaansa)',
  'eivät ole',
  'kannattaa',
  'pitää paikkansa',
  'on totta',
];

/** Instructions in a reply ("Valitse …", "Click …"): what answers a "how" question, with a link or a list. */
const INSTRUCTION_PATTERNS: readonly string[] = [
  'valitse',
  'valitsemalla',
  'klikkaa',
  'napsauta',
  'paina',
  'avaa',
  'siirry',
  'mene',
  'kirjaudu',
  'löydät',
  'löydätte',
  'onnistuu (?:\\p{L}+ )?(?:kautta|sivulta|osoitteessa|valitsemalla)',
  'ohje\\p{L}*',
  'kohdasta',
  'kohdassa',
];

/** Questions about how or where: a link, a list or instructions answer them. */
const HOW_QUESTION_PATTERNS: readonly string[] = [
  'miten',
  'kuinka',
  'millä tavalla',
  'mistä (?:löydän|löydämme|löytää|löytyy|löytyvät|saan|saa|saisi|saisin)',
  'missä',
];

/** Questions about a cause ("Miksi…", "Why…"): a reply that gives a reason answers them. */
const WHY_QUESTION_PATTERNS: readonly string[] = [
  'miksi',
  'miksei',
  'mistä (?:\\p{L}+ ){0,4}(?:johtu|aiheutu)\\p{L}*',
  'mikä on syy\\p{L}*',
  'mihin (?:\\p{L}+ )?perustuu',
  // Not the basis of the asker's own choice or of a general rule: "Millä perusteella
  // valitsen koon?", "millä perusteella tuki määräytyy?".
  'millä perusteella(?! (?:\\p{L}+ )?(?:valitsen|valitsemme|valitsisin|valita|valitaan|päätän|päätämme|arvioin|voin|voimme|kannattaa|määräytyy|määräytyvät|määritellään|lasketaan|arvioidaan|myönnetään|maksetaan)(?![\\p{L}]))',
  // Patience running out: "kärsivällisyys alkaa olla jo lopussa".
  'kärsivällisyy\\p{L}* (?:\\p{L}+ ){0,3}(?:lopussa|loppumassa|loppui|loppunut|koetuksella)',
];

/** Words that give a reason. */
const REASON_PATTERNS: readonly string[] = [
  'koska',
  'johtu\\p{L}*',
  'syy\\p{L}*',
  'takia',
  'vuoksi',
  'sillä',
  'aiheutt\\p{L}*',
  'tästä syystä',
  'vaikutta\\p{L}*',
  'selit\\p{L}*',
  'riippuu',
  'perustuu',
  'perusteella',
];

/**
 * What a reply that only asks the customer for more details says besides its questions:
 * requests for information ("Please let us know the platform", "Kertoisitko tilausnumeron")
 * and courtesies ("Thanks for reaching out", "Pahoittelemme"). Such a reply answers none
 * of the customer's questions yet. Matched at the start of a reply sentence.
 */
const CLARIFYING_PATTERNS: readonly string[] = [
  'kerro(?:than|than|ttehan|kaa)?',
  'kertoisit(?:te)?ko',
  'voisit(?:te)?ko',
  'voit(?:te)?ko',
  'lähetä(?:thän|ttehän)?',
  'lähettäisit(?:te)?kö',
  'tarvitse(?:mme|isimme|n)',
  // "Ensin olisi hyvä tietää, …", "Haluaisimme tietää, …": a request for details.
  '(?:ensin |ensiksi )?(?:olisi|on) (?:hyvä|tärkeä|tärkeää) tietää',
  'haluaisi(?:mme|n) (?:vielä )?tietää',
  'ole(?:t|tte) hyvä ja',
  'ota(?:than|ttehan)? (?:meihin )?yhteyttä',
  'kiito\\p{L}*',
  'kiitä\\p{L}*',
  'pahoittel\\p{L}*',
  'olemme pahoillamme',
  'olen pahoillani',
  'ikävä kuulla',
  'hei',
  'moi',
  'autamme mielellämme',
  // Help still to come: "Selvitämme asian", "Katsotaan tätä".
  '(?:selvitämme|tarkistamme|katsomme|autamme|selvitetään|tarkistetaan|katsotaan)',
];

// What the `promise` check reads in a reply: time expressions with how many hours they
// promise, sentences that commit the house to answering or fixing, and words that promise
// certainty. Regular-expression sources, matched case-insensitively between word
// boundaries; a space stands for any run of white space.

/** Number words in the cases a time expression takes ("kahden päivän", "kahdessa päivässä"). */
const NUMBER_WORDS: Record<string, number> = {
  yhden: 1,
  yhdessä: 1,
  kahden: 2,
  kahdessa: 2,
  parin: 2,
  parissa: 2,
  kolmen: 3,
  kolmessa: 3,
  muutaman: 3,
  muutamassa: 3,
  neljän: 4,
  neljässä: 4,
  viiden: 5,
  viidessä: 5,
  kuuden: 6,
  kuudessa: 6,
  seitsemän: 7,
  seitsemässä: 7,
  kahdeksan: 8,
  kahdeksassa: 8,
  yhdeksän: 9,
  yhdeksässä: 9,
  kymmenen: 10,
  kymmenessä: 10,
  puolen: 0.5,
  puolessa: 0.5,
};

/** Hours in a unit, by the unit's stem ("tunni", "arkipäivä", "hour", "business day"). */
const UNIT_HOURS: readonly [RegExp, number][] = [
  [/^minuut/u, 1 / 60],
  [/^tunn/u, 1],
  [/^vuorokau/u, 24],
  [/^(?:arki|työ)?päiv/u, 24],
  [/^viiko|^viiko?ssa/u, 168],
];

/**
 * "<number> <unit> <within>": the number group, the unit group. Finnish: "tunnin sisällä",
 * "kahden arkipäivän kuluessa", "24 tunnissa"; English: "within an hour", "in 24 hours",
 * "within one business day".
 */
const DURATION_PATTERNS: string =
  '(?:(\\d+(?:[,.]\\d+)?(?:[-–]\\d+)?|yhden|kahden|parin|kolmen|muutaman|neljän|viiden|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen|puolen) )?((?:minuut|tunn|vuorokaude|arkipäivä|työpäivä|päivä|viiko)\\p{L}*) (?:sisällä|kuluessa|aikana)|(\\d+(?:[,.]\\d+)?(?:[-–]\\d+)?|yhdessä|kahdessa|parissa|kolmessa|muutamassa|neljässä|viidessä|kuudessa|seitsemässä|kahdeksassa|yhdeksässä|kymmenessä|puolessa) ((?:minuuti|tunni|vuorokaude|arkipäivä|työpäivä|päivä|viiko)\\p{L}*ss[aä])|(tunnissa|vuorokaudessa)';

/** Time expressions with a fixed number of hours; the first of a list that matches counts. */
const FIXED_TIMES: readonly [string, number][] = [
  // "heti, kun …" is "as soon as", no time at all.
  ['heti(?!,? kun)|välittömästi|saman tien|tuota pikaa|minuuteissa|tunnin päästä', 1],
  [
    '(?:vielä )?tänään|tämän päivän aikana|saman päivän aikana|päivän (?:loppuun|päätteeksi) mennessä|iltapäivään mennessä|tänä iltana|illalla',
    8,
  ],
  ['huomenna|huomiseen mennessä|huomisen aikana|viimeistään huomenna|huomisaamuna', 24],
];

/**
 * A sentence that commits the house (or the writer) to answering or fixing: a promise
 * only counts in one. Finnish first-person and passive verbs ("vastaamme", "palaan
 * asiaan", "vika korjataan", "olemme yhteydessä", "saat vastauksen"); English "we'll get
 * back to you", "I will fix", "you'll hear from us".
 */
const COMMITMENT_PATTERNS: readonly string[] = [
  '(?:vastaa|palaa|korjaa|ratkaise|käsittele|selvitä|ilmoita|hoida|tarkista|ota|julkaise|päivitä)(?:mme|n)(?:kin|han)?',
  '(?:vastat|palat|korjat|ratkaist|käsitel|selvitet|ilmoitet|hoidet|tarkistet|otet|julkaist|päivitet)(?:aan|ään)(?:kin)?',
  'ole(?:mme|n) (?:\\p{L}+ )?yhteydessä',
  'lähetä(?:mme|n) (?:\\p{L}+ )?(?:vastaukse\\p{L}*|vastauks\\p{L}*|tiedo\\p{L}*|korjaukse\\p{L}*|päivitykse\\p{L}*)',
  'vaste\\p{L}*aika\\p{L}*',
  'vastausaika\\p{L}*',
  '(?:pyri|tule|lupaa|aio)(?:mme|n) (?:\\p{L}+ )?(?:vastaamaan|vastata|palaamaan|korjaamaan|ratkaisemaan|käsittelemään|selvittämään|olemaan yhteydessä|ottamaan yhteyttä|hoitamaan)',
  'saat(?:te)? (?:\\p{L}+ )?(?:vastaukse\\p{L}*|vastauks\\p{L}*|tiedon|korjaukse\\p{L}*|päivitykse\\p{L}*|ratkaisu\\p{L}*)',
  '(?:vastaus|korjaus|ratkaisu|päivitys) (?:tulee|on|julkaistaan|saapuu)',
  '(?:vika|ongelma|asia|virhe) (?:\\p{L}+ )?(?:korjaantuu|ratkeaa|hoituu|selviää)',
];

/** Words that promise certainty; they count in a sentence that promises something. */
const CERTAINTY_PATTERNS: readonly string[] = [
  'varmasti',
  'taatusti',
  'takuulla',
  'satavarmasti',
  'sataprosenttisesti',
  '100 ?%:?(?:sti)?',
];

/** Words that are a promise of certainty wherever they stand ("takaamme", "guaranteed"). */
const GUARANTEE_PATTERNS: readonly string[] = [
  'takaa(?:mme|n)',
  'lupaa(?:mme|n) varmasti',
  '(?:on|ovat) taattu(?:ja)?',
];

/**
 * Words that make a sentence promise an outcome even without a commitment verb ("Paketti
 * saapuu varmasti", "This will definitely work"): a certainty word counts next to one.
 */
const OUTCOME_PATTERNS: readonly string[] = [
  '(?:korjaantu|ratkea|hoitu|onnistu|saapu|ehti)\\p{L}*',
  'toimi(?:i|vat)',
  'on (?:perillä|korjattu|valmis)',
  'tulee (?:perille|toimimaan|korjatuksi)',
];

// What makes a sentence of a reply a request to the customer to do something, for the
// `numbered-steps` check (rules/context/requests.ts). Lower case.

/** Step words skipped at the start of a sentence ("Sen jälkeen lähettäkää …", "Then click …"). */
const STEP_OPENERS: readonly string[] = [
  'ensin',
  'ensiksi',
  'aluksi',
  'sitten',
  'seuraavaksi',
  'lopuksi',
  'lisäksi',
  'tämän jälkeen',
  'sen jälkeen',
  'sitten vielä',
  'ja',
  'ole hyvä ja',
  'olkaa hyvä ja',
  'olkaa ystävällinen ja',
  'olkaa ystävällisiä ja',
  'ystävällisesti',
];

/** Sentence openings that ask the customer to act ("Voisitteko …", "Pyydämme …", "Could you …"). */
const REQUEST_OPENINGS: readonly string[] = [
  'voisit(?:te)?ko',
  'voit(?:te)?ko',
  'viitsisit(?:te)?kö',
  'olisit(?:te)?ko (?:hyvä|ystävällinen|ystävällisiä)',
  'pystyisit(?:te)?kö',
  'ehtisit(?:te)?kö',
  'pyydämme',
  'pyydän',
  'pyytäisimme',
  'pyytäisin',
  'toivomme,? että',
  'toivoisimme,? että',
  '(?:teidän|sinun) (?:tulee|täytyy|pitää|pitäisi|kannattaa)',
  'kannattaa',
];

/** Courtesy formulas that are imperative or requests only in form: not a step. */
const COURTESY_OPENINGS: readonly string[] = [
  '(?:ottakaa|ota) (?:rohkeasti |ystävällisesti |tarvittaessa |vain )?yhteyttä',
  '(?:olkaa|ole) hyvä(?:t)?\\.?$',
  'hyvää (?:päivän)?jatkoa',
  'mukavaa (?:päivää|viikonloppua|kesää)',
];

// Word lists for comparing a customer's question with a reply by content words
// (rules/context/matching.ts). Lower case; a word is a stop word when its surface form or
// any of its base forms is listed, so Finnish lists give base forms (for the analyzer) and
// the commonest inflected forms (for the fallback stemmer, which does not lemmatise).

/**
 * Words that carry no topic: pronouns, auxiliaries, particles, question words, and the
 * verbs that frame a question ("haluaisin tietää", "could you tell me").
 */
const STOP_WORDS: ReadonlySet<string> = words(`
    minä minun minua minulla minulle minulta minusta minut mä mun
    sinä sinun sinua sinulla sinulle sinulta sinusta sinut
    hän hänen häntä hänellä hänelle häneltä hänestä
    me meidän meitä meillä meille meiltä meistä meidät
    te teidän teitä teillä teille teiltä teistä teidät
    he heidän heitä heillä heille heiltä heistä
    se sen sitä siinä siitä siihen sillä sille siltä sinne
    ne niiden niitä niissä niistä niihin niillä niille niiltä
    tämä tämän tätä tässä tästä tähän tällä tälle tältä
    nämä näiden näitä näissä näistä näihin näillä
    tuo tuon tuota nuo noiden
    joka jonka jota jossa josta johon jolla jolle jotka joiden joita joissa joista
    mikä minkä mitä missä mistä mihin millä mille miltä miksi mikäli
    kuka kenen ketä kenelle keneltä kenellä kumpi kummalla
    milloin miten mitenkä kuinka paljonko montako kauanko minne millainen millaisen millaista
    itse oma oman omaa kaikki kaiken kaikkea jokin jonkin jotain joku jonkun mikään mitään
    kukaan ketään muu muut muuta toinen toisen
    olla olen olet on olemme olette ovat oli olin olisi olisin olisiko onko ovatko oliko ole
    ollut olleet ollaan
    ei en et emme ette eivät älä
    voida voi voin voit voimme voitte voivat voisi voisin voisitte voisimme voisiko
    voinko voiko voisinko voitteko voisitteko voisitko voitko
    saada saa saan saako saanko saisin saisinko saisimme saisimmeko
    haluta haluan haluaisin haluaisimme haluamme haluaa
    tietää tieto tietoa tiedän tiedätte kertoa kerro kertoisitteko kertoisitko kertoa kertoisitte
    kysyä kysyn kysyisin kysymys ihmetellä ihmettelen miettiä mietin tiedustella tiedustelen
    pystyä pystyn pystyttekö onnistua onnistuu onnistuuko mahdollinen mahdollista mahdollisuus
    mahdollisesti täytyä täytyy pitää pitäisi pitääkö tarvita tarvitsen tarvitseeko
    ja tai vai sekä mutta että kun jos koska kuin niin myös vielä jo nyt sitten kyllä siis
    vain aivan ihan kanssa mukaan jälkeen ennen asti saakka noin hyvin entä eli ettei jotta
    joten vaikka kuitenkin enää edes juuri vaan taas jälleen yhä edelleen siellä täällä
    hei moi terve kiitos kiitoksia terveisin ystävällisin ystävällisesti
    no nyt tänään ehkä varmaan kai muka
  `);

/**
 * Words nearly every reply mentions ("tilaus", "order"): a question's match on one of them
 * counts half, so "Voinko perua tilauksen?" is not answered by "Tilauksesi on lähetetty".
 */
const WEAK_WORDS: ReadonlySet<string> = words(`
    tilaus tilata tuote asia viesti asiakas palvelu asiakaspalvelu apu auttaa tulla tehdä mennä
    päivä aika
  `);

/**
 * Words a reply may use for what the customer asked in other words, as groups of base
 * forms (and, for the fallback stemmer, stems). A word in a group matches every other word
 * of the group. Customer-service topics only; keep groups tight.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['toimitus', 'toimittaa', 'lähetys', 'lähettää', 'paketti', 'saapua', 'perillä'],
  ['toimitus', 'toimitusaika', 'kuljetus', 'seuranta', 'seurantakoodi', 'seurantanumero'],
  ['perua', 'peruuttaa', 'peruutus', 'peruminen', 'peruttu'],
  ['palautus', 'palauttaa', 'palautusoikeus', 'vaihto', 'vaihtaa'],
  ['hyvitys', 'hyvittää', 'raha', 'rahat', 'takaisin', 'palautus', 'maksu', 'maksaa'],
  ['maksu', 'maksaa', 'lasku', 'laskutus', 'osamaksu', 'hinta', 'maksaminen'],
  ['kirjautua', 'kirjautuminen', 'salasana', 'tunnus', 'käyttäjätunnus', 'tili'],
  ['aukioloaika', 'auki', 'avoinna', 'aukeaa', 'sulkeutua', 'kiinni'],
  ['takuu', 'takuuaika', 'korjaus', 'korjata', 'huolto'],
  ['alennus', 'alennuskoodi', 'kampanja', 'tarjous', 'etu'],
  ['koko', 'mitta', 'mitoitus'],
  ['varasto', 'varastossa', 'saatavilla', 'saatavuus', 'loppu', 'loppunut'],
];

// Blaming and curt phrases for the `blame` check. `pattern` is a regular-expression source
// matched case-insensitively between word boundaries (`\p{L}*` for inflectional endings);
// `advice` is shown in the message; `fix` is offered only where a rewording is safe without
// knowing the rest of the sentence:
// - `drop`: the phrase adds nothing but reproach ("Kuten jo kerroimme, …", "obviously");
//   it is removed with the comma that sets it off, and the sentence is re-capitalised;
// - `remove`: the word (a pattern) inside the phrase that makes it curt is removed
//   ("kuten sivuillamme selvästi lukee" → "kuten sivuillamme lukee", "as clearly stated" →
//   "as stated").

const ADVICE_FI = {
  repeat: 'Kerro asia uudelleen ystävällisesti viittaamatta aiempaan viestiin.',
  shouldHave: 'Kerro, miten asia hoituu nyt tai jatkossa, esimerkiksi ”Jatkossa voitte …”.',
  yourself: 'Kuvaa tapahtunut syyllistämättä, esimerkiksi ”Tilauksessa on valittuna …”.',
  instructions: 'Kerro, mistä ohjeet löytyvät, tai kerro ratkaisu suoraan.',
  notOurFault: 'Ota vastuu: kerro, mitä teette asian hyväksi, esimerkiksi ”Selvitämme asian”.',
  obviously: 'Jätä vähättelevä sana pois.',
  clearly: 'Kerro, mistä tieto löytyy, ilman sanaa ”selvästi”.',
};

const TOLD_FI =
  '(?:kerroimme|kerroin|sanoimme|sanoin|totesimme|totesin|mainitsimme|mainitsin|ilmoitimme|ilmoitin|vastasimme|vastasin|ohjeistimme|neuvoimme)';
const TOLD_PERFECT_FI =
  '(?:kertoneet|kertonut|sanoneet|sanonut|todenneet|todennut|maininneet|maininnut|ilmoittaneet|ilmoittanut|vastanneet|vastannut)';

const BLAME_PHRASES: readonly BlamePhrase[] = [
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
];

// The `speaker` check (rules/checks/speaker.ts).

/**
 * First-person singular that a "we" house still accepts. Our choice: an apology, a thank-you
 * or a hope is personal by nature ("Olen pahoillani", "Pahoittelen", "I'm sorry", "Thank
 * you", "I hope this helps"), so it may stay in the singular; the closing and the signature
 * are not checked at all, as the agent signs in person. Everything else follows the house.
 */
const PERSONAL_PHRASES: string[] = [
  'olen pahoillani',
  'pahoittelen',
  'pyydän anteeksi',
  'kiitän',
  'toivon',
];

// The `command` check (rules/checks/command.ts): imperatives that are no orders.

/**
 * A clause that makes what follows an offer, not an order: the customer's own wish or need
 * ("Jos haluat, …", "Halutessasi …", "If you'd like, …", "If you have any questions, …",
 * "Jos on vielä kysyttävää, kirjoittele tänne").
 */
const OFFER_CLAUSE: RegExp =
  /(?:^|[\s,])(?:(?:jos|mikäli) (?:\p{L}+ ){0,3}(?:haluat|haluatte|tahdot|tahdotte|tarvitset|tarvitsette|(?:kysyttävää|kysymyksiä|kysymyksiä|lisätietoja|apua)(?: ilmenee| herää| tulee)?)|halutessa(?:si|nne)|tarvittaessa)(?:\s+(?:vielä|jotain|jotakin|lisää|apua|lisätietoja))?\s*,?\s*(?:niin\s+)?$/iu;

/**
 * An offer to contact the house, not an order (as "Ottakaa yhteyttä" is a courtesy): "Contact
 * us", "reach out to our team", "get in touch", "give us a call", "drop us a line", "DM us
 * and …", "Soita meille", "Laita meille viestiä", "Kirjoita tänne", "ilmoita meille" (as "let
 * us know"; "Kerro meille tilausnumerosi" asks for something and stays an order), "Palaa asiaan,
 * jos …". Contacting someone else
 * ("Contact your bank", "Ota yhteyttä pankkiisi") and sending something ("DM us your
 * e-mail", "Lähetä meille kuitti") stay orders.
 */
const CONTACT_OFFER: RegExp =
  /^(?:(?:soita|soittakaa|soittele|kirjoita|kirjoittakaa|kirjoittele)\s+(?:meille|tänne|asiakaspalveluumme|asiakaspalveluun)|(?:ilmoita|ilmoittakaa|kerro|kertokaa)\s+(?:siitä\s+)?meille|kysy(?:kää)?\s+(?:lisää|meiltä)|palaa(?:kaa)?\s+(?:asiaan|meille)|(?:laita|laittakaa|lähetä|lähettäkää|jätä|jättäkää)\s+(?:meille\s+)?(?:(?:yksityis|sähkö|palaute)?viestiä|sähköpostia|palautetta|yv:tä)(?:\s+meille)?)(?=\s*(?:[.!,;:]|$)|\s+(?:jos|mikäli|niin|kun|ja|numeroon|osoitteeseen|sähköpostilla|puhelimitse|chatissa|milloin|aina|tänne|asiakaspalveluumme|asiakaspalveluun)(?![\p{L}]))/iu;

/** "Lisää tietoa: …": the quantifier "more", not the verb "add". */
const FI_MORE_OF = /^lisää\s+(?:tietoa|tietoja|ohjeita|infoa|apua|vinkkejä|luettavaa|aiheesta)\b/iu;

/** Certainty words a fix may delete, leaving the sentence whole ("Korjaamme vian varmasti"). */
const REMOVABLE_CERTAINTY: ReadonlySet<string> = new Set([
  'varmasti',
  'taatusti',
  'takuulla',
  'satavarmasti',
  'sataprosenttisesti',
]);

// The `promise` check (rules/checks/promise.ts), its first look at a sentence and
// the house wording of the promise.

/**
 * A cheap first look: does the text name a time or a certainty at all? Substrings only, no
 * Unicode classes, so that the checks of a long reply with no promise stay fast.
 */
const PREFILTER: RegExp =
  /sisällä|kuluessa|aikana|mennessä|päästä|tunnissa|päivässä|vuorokaudessa|viikossa|minuutissa|minuuteissa|heti|välittömästi|saman tien|tuota pikaa|tänään|huomen|huomis|illalla|iltana|varma|taatu|taatt|takuu|takaa|sataprosent|100/i;

/** What Finnish gives the checks: `LanguageService.phrases`. */
export const finnishPhrases: LanguagePhrases = {
  upset: {
    complaint: COMPLAINT_PATTERNS,
    fault: FAULT_PATTERNS,
    malfunction: MALFUNCTION_PATTERNS,
    repeat: REPEAT_PATTERNS,
    positive: POSITIVE_PATTERNS,
    negations: NEGATIONS,
    apology: APOLOGY_PATTERNS,
    regret: REGRET_PATTERNS,
    // What the `apology` check's fix inserts when the pack names no suggestion.
    suggestion: 'Pahoittelemme tapahtunutta.',
  },
  questions: {
    questionWords: QUESTION_WORDS,
    leadingConjunctions: LEADING_CONJUNCTIONS,
    indirect: INDIRECT_QUESTION_PATTERNS,
    notAsking: NOT_ASKING_PATTERNS,
    generic: GENERIC_QUESTION_PATTERNS,
    request: REQUEST_QUESTION_PATTERNS,
    action: ACTION_PATTERNS,
    yesNoAnswer: YES_NO_ANSWER_PATTERNS,
    instruction: INSTRUCTION_PATTERNS,
    how: HOW_QUESTION_PATTERNS,
    why: WHY_QUESTION_PATTERNS,
    reason: REASON_PATTERNS,
    clarifying: CLARIFYING_PATTERNS,
  },
  promise: {
    numberWords: NUMBER_WORDS,
    unitHours: UNIT_HOURS,
    duration: DURATION_PATTERNS,
    fixedTimes: FIXED_TIMES,
    commitment: COMMITMENT_PATTERNS,
    certainty: CERTAINTY_PATTERNS,
    guarantee: GUARANTEE_PATTERNS,
    outcome: OUTCOME_PATTERNS,
    removableCertainty: REMOVABLE_CERTAINTY,
    prefilter: PREFILTER,
    houseTime,
    houseWording,
  },
  requests: {
    stepOpeners: STEP_OPENERS,
    requestOpenings: REQUEST_OPENINGS,
    courtesyOpenings: COURTESY_OPENINGS,
  },
  contentWords: {
    stop: STOP_WORDS,
    weak: WEAK_WORDS,
    synonyms: SYNONYM_GROUPS,
  },
  blame: BLAME_PHRASES,
  speaker: {
    personal: PERSONAL_PHRASES,
  },
  command: {
    offerClause: OFFER_CLAUSE,
    contactOffer: CONTACT_OFFER,
    notOrderAt: FI_MORE_OF,
  },
  defaults: {
    salutation: 'Hei',
    thanks: 'Kiitos viestistä',
    closing: 'Ystävällisin terveisin',
  },
  registerNames: { formal: 'teitittelyä', informal: 'sinuttelua' },
  quotes: ['”', '”'],
};
