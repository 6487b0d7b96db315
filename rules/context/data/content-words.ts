/**
 * Word lists for comparing a customer's question with a reply by content words
 * (rules/context/matching.ts). Lower case; a word is a stop word when its surface form or
 * any of its base forms is listed, so Finnish lists give base forms (for the analyzer) and
 * the commonest inflected forms (for the fallback stemmer, which does not lemmatise).
 */

import type { Language } from '../../types';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Words that carry no topic: pronouns, auxiliaries, particles, question words, and the
 * verbs that frame a question ("haluaisin tietää", "could you tell me").
 */
export const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  fi: words(`
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
  `),
  en: words(`
    a an the i me my mine you your yours we us our ours he him his she her it its they them
    their this that these those there here
    is are was were be been being am do does did done have has had having
    can could will would shall should may might must not no yes
    and or but if then so to of in on at by for with from about into as than too very
    what when where why how which who whom whose whether
    please kindly know tell let wonder wondering like want need ask wanted
    any some all just also still already get got really able possible possibly
    hi hello dear thanks thank regards one way long much many often soon far
  `),
};

/**
 * Words nearly every reply mentions ("tilaus", "order"): a question's match on one of them
 * counts half, so "Voinko perua tilauksen?" is not answered by "Tilauksesi on lähetetty".
 */
export const WEAK_WORDS: Record<Language, ReadonlySet<string>> = {
  fi: words(`
    tilaus tilata tuote asia viesti asiakas palvelu asiakaspalvelu apu auttaa tulla tehdä mennä
    päivä aika
  `),
  en: words(`
    order product item thing issue matter message customer service help information info
    time day come make go take
  `),
};

/**
 * Words a reply may use for what the customer asked in other words, as groups of base
 * forms (and, for the fallback stemmer, stems). A word in a group matches every other word
 * of the group. Customer-service topics only; keep groups tight.
 */
export const SYNONYM_GROUPS: Record<Language, readonly (readonly string[])[]> = {
  fi: [
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
  ],
  en: [
    ['deliver', 'delivery', 'ship', 'shipping', 'shipment', 'dispatch', 'arriv', 'arrive'],
    ['deliver', 'delivery', 'parcel', 'package', 'post', 'courier', 'track', 'tracking'],
    ['cancel', 'cancellation', 'cancell'],
    ['return', 'exchange', 'swap', 'replace', 'replacement'],
    ['refund', 'reimburse', 'reimbursement', 'money', 'credit', 'repay'],
    ['pay', 'payment', 'invoice', 'bill', 'billing', 'charge', 'price', 'cost', 'instalment'],
    ['login', 'log', 'sign', 'password', 'account', 'username'],
    ['open', 'opening', 'hour', 'close', 'closing'],
    ['warranty', 'guarantee', 'repair', 'fix'],
    ['discount', 'coupon', 'code', 'voucher', 'promotion', 'offer', 'sale'],
    ['size', 'sizing', 'fit'],
    ['stock', 'available', 'availability', 'sold'],
  ],
};
