import { describe, expect, it } from 'vitest';
import { createEnglishDetector, ENGLISH_LABELS } from '../../../rules/en/features.ts';
import { createFeatureDetector } from '../../../rules/features.ts';
import type { FeatureLabel } from '../../../rules/types.ts';

const detector = createEnglishDetector();

/** The labels that are true for a sentence, in FEATURE_LABELS order. */
function labels(sentence: string): FeatureLabel[] {
  const { labels } = detector.detect(sentence);
  return ENGLISH_LABELS.filter((l) => labels[l]);
}

function evidence(sentence: string, label: FeatureLabel): string[] {
  return detector
    .detect(sentence)
    .evidence.filter((e) => e.label === label)
    .map((e) => sentence.slice(e.start, e.end));
}

describe('English detector: customer-service sentences', () => {
  it.each<[string, FeatureLabel[]]>([
    ['Please send us the receipt.', ['imperative', 'first_pl']],
    ['Send us the receipt.', ['imperative', 'first_pl']],
    ['Your order was shipped yesterday.', ['addr_2', 'passive']],
    ["I'm interested in the offer.", ['first_sg']],
    ['The store is closed on Sundays.', []],
    ['We have refunded you.', ['addr_2', 'first_pl']],
    ['Your refund has been sent to your card.', ['addr_2', 'passive']],
    ['The missing item will be refunded within five days.', ['passive']],
    ['I got charged twice for the same order.', ['passive', 'first_sg']],
    ['Your case is being reviewed by our billing team.', ['addr_2', 'passive', 'first_pl']],
    ['I am excited to help you with this!', ['addr_2', 'first_sg']],
    ['We are located in the city centre.', ['passive', 'first_pl']],
    ["Let me know if there's anything else I can do.", ['imperative', 'first_sg']],
    ["Let's sort this out together.", ['imperative', 'first_pl']],
    ["Don't worry about the delivery fee.", ['imperative']],
    ['If you have any questions, just reply to this email.', ['addr_2', 'imperative']],
    ['Restart the app and try again.', ['imperative']],
    ['Hi Anna, please find the invoice attached.', ['imperative']],
    ['Thank you for your patience.', ['addr_2', 'first_sg']],
    ['Thanks for waiting.', []],
    ['Hope this helps!', ['first_sg']],
    ['Customer service was great.', []],
    ['Can you please check the tracking number?', ['addr_2']],
    ['Our team checked the parcel and it was damaged in transit.', ['passive', 'first_pl']],
    ['The US office is closed today.', []],
    ['Attached is a copy of your invoice.', ['addr_2', 'passive']],
  ])('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });

  it('never sets the singular/plural address labels, which English lacks', () => {
    const result = detector.detect('You and your colleagues can log in yourselves.');
    expect(result.labels.addr_2).toBe(true);
    expect(result.labels.addr_2sg).toBe(false);
    expect(result.labels.addr_2pl).toBe(false);
  });
});

describe('English detector: imperative kinds for the house-style checks', () => {
  const kinds = (s: string) =>
    detector.detect(s).imperatives.map((i) => [s.slice(i.start, i.end), i.kind]);

  it('tells a command from a please-request', () => {
    expect(kinds('Send us the receipt.')).toEqual([['Send', 'command']]);
    expect(kinds('Please send us the receipt.')).toEqual([['send', 'request']]);
    expect(kinds('Kindly send us the receipt.')).toEqual([['send', 'request']]);
  });

  it('counts a trailing "please" as a request', () => {
    expect(kinds('Send it to me, please.')).toEqual([['Send', 'request']]);
  });

  it('lets one "please" ask for every verb of its comma series, not for a new clause', () => {
    expect(kinds('Please restart your iPhone, update and let us know the result.')).toEqual([
      ['restart', 'request'],
      ['update', 'request'],
      ['let', 'courtesy'],
    ]);
    expect(
      kinds('Please check the guide, and if you meet the requirements, run through the steps.'),
    ).toEqual([
      ['check', 'request'],
      ['run', 'command'],
    ]);
  });

  it('marks the politeness marker of a request', () => {
    const s = 'Please send us the receipt.';
    const [imp] = detector.detect(s).imperatives;
    expect(imp?.marker && s.slice(imp.marker.start, imp.marker.end)).toBe('Please');
  });

  it('classes formulas of courtesy apart from commands', () => {
    expect(kinds('Let me know if you need anything.')).toEqual([['Let', 'courtesy']]);
    expect(kinds('Feel free to call us.')).toEqual([['Feel', 'courtesy']]);
    expect(kinds("Don't hesitate to contact us.")).toEqual([["Don't hesitate", 'courtesy']]);
    expect(kinds('Have a nice day!')).toEqual([['Have', 'courtesy']]);
    expect(kinds('Keep me posted.')).toEqual([['Keep', 'courtesy']]);
    expect(kinds('Stay tuned for the next update.')).toEqual([['Stay', 'courtesy']]);
  });

  it('takes "keep in mind" and "bear in mind" for orders, as the corpus labels do', () => {
    expect(kinds('Bear in mind the fee.')).toEqual([['Bear', 'command']]);
    expect(kinds('Keep in mind that the offer ends on Friday.')).toEqual([['Keep', 'command']]);
  });

  it('reads "\'s" between a noun and a noun as the possessive, not as "is"', () => {
    expect(
      kinds("We'd like to help with this, so share your account's username and we'll check it."),
    ).toEqual([['share', 'command']]);
  });

  it('gives a negative imperative as "Don\'t" plus the verb', () => {
    expect(evidence("Don't forget to add the order number.", 'imperative')).toEqual([
      "Don't",
      'forget',
    ]);
    expect(kinds('Do not reply to this message.')).toEqual([['Do not reply', 'command']]);
  });

  it('coordinated imperatives are each found', () => {
    expect(evidence('Log out and sign in again.', 'imperative')).toEqual(['Log', 'sign']);
  });
});

describe('English detector: imperatives the rules once missed', () => {
  it.each<[string, string[]]>([
    // An adverbial clause that ends without a comma, then the imperative.
    ['If you have any other questions let us know.', ['let']],
    // A verb as likely a noun, its bare object, then a preposition of manner or place.
    ['Water seedlings with rain water if you can.', ['Water']],
    ['Plant bulbs around the edge of the bed.', ['Plant']],
    ['When the parcel arrives send us a photo of the label.', ['send']],
    ['So if anyone at your office knows the PIN tell me.', ['tell']],
    ["If you need anything else don't hesitate to contact us.", ["don't", 'hesitate']],
    // A verb that takes a clause: the finite verb after it is that clause's.
    ['Make sure the cable is plugged in.', ['Make']],
    ['Note the office is closed on public holidays.', ['Note']],
    // "Think of": an instruction, not an elided "I think".
    ['Think of the PIN as a password.', ['Think']],
    // Adjectives that are also verbs, before an object.
    ['Open the app and clear your browser cache.', ['Open', 'clear']],
    ['Empty the basket, then add the items again.', ['Empty', 'add']],
    // The interjection "come on".
    ['I mean, come on.', ['come']],
    // An adverbial before the comma, also after a coordinator, also with nothing after.
    ['I can do Tuesday, but if that does not work, call me.', ['call']],
    ['When in doubt, ask.', ['ask']],
    // The comma after a noun phrase, not after a verb ("the file" is no verb).
    ['Hi Mike, attached is the file, call me when you can.', ['call']],
    // A verbless formula before "and".
    ['Thanks and keep up the good work!', ['keep']],
    ['Happy holidays and enjoy the break!', ['enjoy']],
    ['Merry Christmas and enjoy your holiday.', ['enjoy']],
    // A hedge before the verb.
    ['Maybe try restarting the router first.', ['try']],
    // An interjection "no" before a clause.
    ['No, call me later.', ['call']],
    ['no just spend the night.', ['spend']],
    // Nothing before the comma and the coordinator to share a subject with.
    ['Not sure, but try restarting the router.', ['try']],
    ['OK, think about it like this.', ['think']],
    // A capital after a question mark starts a sentence, not a headline.
    ['Questions? Call me.', ['Call']],
    // A one-word courtesy formula that ends the sentence.
    ['Here is the link, enjoy.', ['enjoy']],
    // The vocative of a greeting.
    ['Hey guys check this out.', ['check']],
    // A verb of attention before a comma.
    ['Remember, the store closes at 5.', ['Remember']],
    // Direct speech after a verb of saying.
    ['They told me "call back tomorrow".', ['call']],
    // A comma splice after a past clause, with a gerund object.
    ['I had the same problem, try reinstalling the driver.', ['try']],
    // An adverbial clause that ended on its verb or an adverb of place, no comma.
    ['If that fails try a hard reset.', ['try']],
    ['When you get there ask for Bob.', ['ask']],
    // … or on an adverb in -ly after its object, or on the noun of a phrase (plural too).
    ["If you don't want to grow out of it quickly get a bigger one.", ['get']],
    ['If you have problems with your account call the support line.', ['call']],
    ['If the weight is going into your heels put the stirrups up.', ['put']],
    // The subordinate clause after the object has its own verb.
    ['Keep stirring the soup until the onions are soft.', ['Keep']],
    // … also after "as" or "since", which open a clause of reason there.
    ['Use only the original charger as cheaper ones may damage the battery.', ['Use']],
    ['Add the code at checkout since old links will not work.', ['Add']],
    // … and so does "so" before a possessive's noun phrase, a clause of purpose.
    ['Maybe try holding the button longer so your phone can reset.', ['try']],
    // A capitalised name as the object, no verb of its own after it.
    ['Visit Apple Support for more.', ['Visit']],
    // A verb that is mostly a noun before a demonstrative and its noun.
    ['Access this article for the steps.', ['Access']],
    // A fronted phrase with "without", "during" before its comma.
    ['Without revealing your email address, give us the exact wording.', ['give']],
    ['During the update, keep the phone plugged in.', ['keep']],
    // After a determiner's noun, "'s" before a noun is the possessive.
    ["Clear your browser's cache and cookies.", ['Clear']],
    // A pointer before its colon and link.
    ['For updates see: https://example.com/news', ['see']],
    ['To fix the printhead error, follow: https://support.example.com/printhead', ['follow']],
    // A button: a verb and its pronoun, adverb, particle or state.
    ['Email Us', ['Email']],
    ['Sign Up', ['Sign']],
    ['Get Started', ['Get']],
    ['Contact Customer Service if it happens again.', ['Contact']],
    // A subordinator and a gerund alone make the clause.
    ['Before leaving check the doors.', ['check']],
    // A vocative that is also a verb.
    ['Mark, call me when the parcel arrives.', ['call']],
    // The adverbial clause ended on its verb's object pronoun.
    ['If you can spare it get the larger battery.', ['get']],
    ['When you see him tell him the parcel is here.', ['tell']],
    ['Whatever happens, stay calm.', ['stay']],
    // An ordinal before a verb, "let there be", a parenthesis after the verb.
    ['First restart the router, then call us.', ['restart', 'call']],
    ['Let there be no misunderstanding.', ['Let']],
    ['Compare, for example, the two plans.', ['Compare']],
    // … or a short phrase or condition between the commas.
    ['Check, if possible, the cable at the back.', ['Check']],
    ['Prove, to the bank, that the payment was made.', ['Prove']],
    // A modal before "to" is a noun, not the predicate of the verb's subject.
    ['Place the trash can to the left of the door.', ['Place']],
    ['Correct the address, please.', ['Correct']],
    // A verbless phrase opens the sentence: the verb after its comma has no subject.
    ['Bottom line, go somewhere else for the battery.', ['go']],
  ])('%s', (sentence, expected) => {
    expect(evidence(sentence, 'imperative')).toEqual(expected);
  });
});

describe('English detector: what is not an imperative', () => {
  it.each([
    'Do you have the order number?',
    'Have you tried restarting the router?',
    'Want a discount on your next order?',
    'See you soon!',
    'Happy holidays and see you in January.',
    'Talk to you tomorrow.',
    'Work is busy this week.',
    'Hope you had a good weekend.',
    'We will call and send you the form.',
    'Could you please send the photos?',
    'Update: the parcel left the warehouse.',
    'If the courier let you know, that is enough.',
    // The adverb belongs to the verb after it: after a negation, "to", "or".
    "If you don't really get a chance, that is fine.",
    // "no" before a noun is its determiner, not an interjection.
    'No hurry, I was just wondering.',
    'Work after the merger was hard.',
    // A company, a service or a desk named with a verb, before its own verb.
    'Check In opens 24 hours before departure.',
    'Match Group owns several apps.',
    'Google One hotel deals depend on the day, time and other factors.',
    // A two-word title whose second word is a verb as well: a noun compound.
    'Press Release',
    "The app's cache is full.",
    // A bracketed list of nouns; a compound after "as a"; a verb coordinated with an
    // infinitive.
    'We need the details (username, email, purchase date, etc.).',
    'If you submit it as a feature request here, our team will review it.',
    'This page shows how to view or print your invoice.',
    // "try and" after a subject or a modal is one verb group with it.
    "We'll try and point you in the right direction.",
    'Update: the parcel left the warehouse.',
    'Review Questions',
    'No matter the context, the word means the same.',
    'If you want to quickly get a copy you can.',
    'If it smells it can bother or potentially injure the bird.',
    'When the doctor let me know the results I called you.',
    'Open 24 hours a day.',
    'Clear as mud, I know.',
    "I'm late, cause the bus broke down.",
    'Order of the steps: first the login, then the payment.',
    'Think it is fixed now.',
    'Except for the fee, everything is settled.',
    'Ooh, that is a nice one.',
    'Since I feel ill today I am going home, then rest.',
    'Food was good and service was great.',
    // A coordinated verb that shares the subject, after a comma and "and".
    'We checked the logs, and then restart the server every night.',
    // A prepositional phrase between commas is a parenthesis, not an opening adverbial.
    'I should call the bank, at least the branch, and ask about it.',
    'You can, by paying early, save the fee.',
    // A noun heading the subject: the predicate follows past a bracketed aside or a noun.
    'Research on refunds (in 2019) has shown the same.',
    'Evidence from the logs shows the same.',
    // A quoted word that is no speech.
    'I typed "help" in the search box.',
    'When the kids read this book they laugh.',
    'When you get there they ask for ID.',
    'First time I called, nobody answered.',
    'Correct.',
    'Perfect, thanks!',
    'The road (now Grant) is closed.',
    // A first name that is also a verb, signing or addressing.
    'Thanks, Mark',
    'Cheers, Chase.',
    // A series of verb phrases that share one modal: "may check ..., reset ... and call".
    'Our staff may check the meter in the hallway, reset the breaker and then call you.',
    'You can return it to the shop on Main Street, swap it for another size, or ask for a refund.',
    // A noun phrase with its own predicate, or a title, is no order.
    'Water damage in the hallway was reported twice.',
    'Plant Pots With Drainage',
  ])('%s', (sentence) => {
    expect(detector.detect(sentence).labels.imperative).toBe(false);
  });
});

describe('English detector: passives', () => {
  it.each([
    'Your parcel was delivered to a neighbour.',
    'The issue has been fixed in the latest update.',
    'Refunds are processed within 14 days.',
    'It got damaged in the post.',
    'When was the order placed?',
    'Posted by the support team',
    'Highly recommended!',
    'We had the courier contacted this morning.',
    // A verb the word lists lack, made with "re-" from one they have.
    'Your flight can get rebooked for free.',
    'The card was reissued yesterday.',
  ])('%s', (sentence) => {
    expect(detector.detect(sentence).labels.passive).toBe(true);
  });

  it.each([
    "I'm interested in the offer.",
    'I am very impressed with the service.',
    'We are excited about the launch.',
    'The shop is closed.',
    "She's sent me the file.",
    "The company's stated goals are clear.",
    'I got a refund.',
    "I'm used to it.",
    'We have fixed the issue.',
    "We'd be flattered, and we're honored you asked.",
  ])('not: %s', (sentence) => {
    expect(detector.detect(sentence).labels.passive).toBe(false);
  });

  it.each([
    // Degree and focus words inside the verb group.
    'The feature is best known for its speed.',
    'The form was only sent to new customers.',
    'The app was most widely downloaded in 2020.',
    // A "by" agent makes an adjectival participle verbal.
    'This is the name used by the carrier.',
    // A phrasal verb's participle is verbal.
    'The branch was closed down in May.',
    'Everything is packed up and ready.',
    // A state participle with the time of the act.
    'The ticket was closed last week.',
    // Only "used to" + a noun is "accustomed".
    'What is this code used for?',
    // A naming verb after "'s".
    "It's called the Blue Plan.",
    // A participle the verb list lacks, after "been" or "being".
    'Your address has been whitelisted.',
    'The parcel is being rerouted.',
  ])('with a word inside the verb group or an agent: %s', (sentence) => {
    expect(detector.detect(sentence).labels.passive).toBe(true);
  });

  it.each([
    // A degree word makes the participle an adjective.
    'The choice is very limited this week.',
    'The store was so crowded on Saturday.',
    // "by" with a gerund is the means, not the agent.
    'We show a total created by adding the fees.',
    // A participle that is also the base form is no passive fragment.
    'My advice: run.',
    "I'm fed up with the delays.",
    'Is it in the United States now?',
    'Some delay is bound to occur.',
    'Done.',
    'The shop is closed today.',
  ])('not: %s', (sentence) => {
    expect(detector.detect(sentence).labels.passive).toBe(false);
  });

  it('lists each imperative once, however many clause starts reach it', () => {
    expect(detector.detect('OK, go ahead and book it.').imperatives).toHaveLength(2);
  });

  it('gives the auxiliary and the participle as evidence', () => {
    expect(evidence('Your refund has been sent.', 'passive')).toEqual(['been', 'sent']);
  });
});

describe('English detector: person', () => {
  it('finds pronouns in contractions and chat spellings', () => {
    expect(labels("I've checked and you're right.")).toEqual(['addr_2', 'first_sg']);
    expect(labels('im sure u will like it')).toEqual(['addr_2', 'first_sg']);
    expect(labels("y'all are welcome anytime")).toEqual(['addr_2']);
  });

  it('does not read the letters of URLs, e-mail addresses or abbreviations as pronouns', () => {
    expect(
      labels('Write to you@example.com or see www.example.com/us/i for the U.S. site'),
    ).toEqual(['imperative']);
  });

  it('reads "US" as the country unless the text shouts', () => {
    expect(labels('The US warehouse ships daily.')).toEqual([]);
    expect(labels('CONTACT US TODAY')).toContain('first_pl');
  });

  it('treats a subjectless opinion verb as first person', () => {
    expect(evidence('Really enjoyed the visit.', 'first_sg')).toEqual(['enjoyed']);
    expect(evidence('Thank you for contacting us.', 'first_sg')).toEqual(['Thank']);
  });

  it('gives offsets into the sentence', () => {
    const s = '  Please email me.';
    const spans = detector.detect(s).evidence;
    expect(spans.map((e) => [e.label, s.slice(e.start, e.end)])).toEqual([
      ['imperative', 'email'],
      ['first_sg', 'me'],
    ]);
  });
});

describe('English detector: imperatives in running text', () => {
  /** The imperative verbs the detector finds. */
  const imperatives = (sentence: string) => evidence(sentence, 'imperative');

  it('reads a number range as one word, not a dash between clauses', () => {
    // The range's dash once opened a verbless "clause" that licensed the later "wait".
    expect(
      imperatives(
        'We load the van and wait 10-15 minutes, maybe up to an hour, and wait for the driver.',
      ),
    ).toEqual([]);
    expect(imperatives('Wait 10-15 minutes, then restart the router.')).toEqual([
      'Wait',
      'restart',
    ]);
  });

  it('lets "gonna" and "wanna" carry a series of bare verbs, as "to" does', () => {
    expect(
      imperatives("I'm gonna go work out, cook something and do this all again tomorrow."),
    ).toEqual([]);
    expect(imperatives("I'm done for today, cook something and go to bed.")).toEqual([
      'cook',
      'go',
    ]);
  });

  it('lets a modal carry a series of bare verbs past an adverb ("can also select")', () => {
    expect(
      imperatives(
        'You can also select the objects shown in the outline, set their properties, define and edit relationships, and delete fields.',
      ),
    ).toEqual([]);
    expect(imperatives('Select the objects, set their properties and delete fields.')).toEqual([
      'Select',
      'set',
      'delete',
    ]);
  });

  it('opens the clause after a phrase of aim or a phrase with a quoted name, without its comma', () => {
    expect(imperatives('For more details check out this article.')).toEqual(['check']);
    expect(imperatives('For best results use a soft cloth.')).toEqual(['use']);
    expect(imperatives("From the 'edit' menu select 'paste'.")).toEqual(['select']);
    expect(imperatives('In the last sentence add a comma.')).toEqual(['add']);
    // A noun after "For" alone may be a subject: no phrase of aim.
    expect(imperatives('For years customers use our app.')).toEqual([]);
  });

  it('opens the clause after "Apart from that,", "Other than that," and the like', () => {
    expect(imperatives('Apart from that, try clearing the cache.')).toEqual(['try']);
    expect(imperatives('Other than that, enjoy the trip!')).toEqual(['enjoy']);
    expect(imperatives('Short of that, avoid this place.')).toEqual(['avoid']);
    expect(imperatives('Other than the fee, the service was fine.')).toEqual([]);
  });

  it('reads a verb-like noun with its "to" phrase before the predicate as the subject', () => {
    expect(imperatives('Travel to the islands is forbidden to visitors.')).toEqual([]);
    expect(imperatives('Go to the store that is on the corner.')).toEqual(['Go']);
    expect(imperatives('Remember to check that the door is locked.')).toEqual(['Remember']);
  });

  it('reads "People" at the start as the noun', () => {
    expect(imperatives('People from all over the country come here to live.')).toEqual([]);
    expect(imperatives('People with an older app, please update it.')).toEqual(['update']);
  });

  it('ends an "if you haven\'t already" clause on its "already", and reads "Think again" as an order', () => {
    expect(imperatives("If you haven't already restart the router.")).toEqual(['restart']);
    expect(imperatives("If you're in town be sure to stop by.")).toEqual(['be']);
    expect(imperatives('If you already have the app log in.')).toEqual([]);
    expect(imperatives('Think again.')).toEqual(['Think']);
    expect(imperatives("I'll think again about it.")).toEqual([]);
  });

  it('knows a verb made with "re-" from one it knows, but not a form that only looks so', () => {
    expect(imperatives('Reconnect the cable, relaunch the app and redownload the update.')).toEqual(
      ['Reconnect', 'relaunch', 'redownload'],
    );
    expect(imperatives('Resting place Montmartre Cemetery, Paris.')).toEqual([]);
  });

  it('reads "\'s" after a preposition\'s object as the possessive', () => {
    expect(imperatives("Click the button on someone's profile to get updates.")).toEqual(['Click']);
    expect(imperatives("Talk to someone who's been there.")).toEqual(['Talk']);
  });

  it('finds the verb of a hyphenated compound such as "Fine-tune" or "Force-quit"', () => {
    expect(imperatives('Fine-tune your settings, then force-quit the app.')).toEqual([
      'tune',
      'quit',
    ]);
    expect(imperatives('Fine-tuned models work better.')).toEqual([]);
  });

  it('reads a pointer right before its link as the order after a phrase without its comma', () => {
    expect(imperatives('For more information see https://example.com/help')).toEqual(['see']);
    expect(imperatives('For details visit https://example.com/help')).toEqual(['visit']);
  });

  it('gives the question mark of a tag ("…, OK?") to the tag, not to the order before it', () => {
    expect(imperatives('Give the devs your feedback here, OK?')).toEqual(['Give']);
    expect(imperatives('Is it fixed, OK?')).toEqual([]);
  });

  it('reads "Don\'t have to …" as the elided "I don\'t have to", not an order', () => {
    expect(imperatives("Don't have to mention what the storm has done.")).toEqual([]);
    expect(imperatives("Don't have a cow.")).toEqual(["Don't", 'have']);
  });

  it('reads a verb after "does not" and an aside as its predicate', () => {
    expect(imperatives('It does not, in fact, answer that question.')).toEqual([]);
    expect(imperatives('They did not, however, answer the question.')).toEqual([]);
    expect(imperatives('Do, however, check the settings.')).toEqual(['check']);
  });

  it('reads a noun and its plural after "so" as the subject of the verb that follows', () => {
    expect(imperatives('Two people spend more, so cruise lines charge you more.')).toEqual([]);
    expect(imperatives('Restart the app and check settings work.')).toEqual(['Restart', 'check']);
  });

  it('closes an adverbial clause that holds a list at the comma after its last item', () => {
    expect(imperatives('If you have questions, concerns, or feedback, contact our team.')).toEqual([
      'contact',
    ]);
    expect(imperatives("If the app crashes, freezes, or won't open, reinstall it.")).toEqual([
      'reinstall',
    ]);
  });

  it('finds "Back up …" with its object, after "Just to be safe," and after "Should … ,"', () => {
    expect(imperatives('Back up your files first.')).toEqual(['Back']);
    expect(imperatives('Just to be safe, back up everything.')).toEqual(['back']);
    expect(imperatives('Should the issue persist, contact our team.')).toEqual(['contact']);
    expect(imperatives('Back in 2010 we had no app.')).toEqual([]);
    expect(imperatives('Should the issue persist, we will call you.')).toEqual([]);
  });

  it('reads a word as often a noun, joined by "and"/"or" to a verb with its object, as a verb', () => {
    expect(imperatives('Uninstall and reinstall the app.')).toEqual(['Uninstall', 'reinstall']);
    expect(imperatives('Copy and paste it.')).toEqual(['Copy', 'paste']);
    expect(imperatives('Research and development the company does is great.')).toEqual([]);
    // … or by "or", an alternative of two orders.
    expect(imperatives('Email or DM us with your order number.')).toEqual(['Email', 'DM']);
  });

  it('finds a verb written as two words ("Power cycle", "Factory reset", "Force quit")', () => {
    expect(imperatives('Power cycle the router and try again.')).toEqual(['cycle', 'try']);
    expect(imperatives('Factory reset the phone.')).toEqual(['reset']);
    expect(imperatives('Power outages happen at night.')).toEqual([]);
  });

  it('finds "Head to Settings" and an order after a menu named with a plural', () => {
    expect(imperatives('Head to Settings and tap Billing.')).toEqual(['Head', 'tap']);
    expect(imperatives('On the Tools menu, point to Security.')).toEqual(['point']);
    expect(imperatives('Credit to Peter Ward for that descriptor.')).toEqual([]);
  });

  it('reads a noun compound and its participle as a note, not an order ("Return label attached.")', () => {
    expect(imperatives('Return label attached.')).toEqual([]);
    expect(imperatives('Keep receipts attached.')).toEqual(['Keep']);
    expect(imperatives('Frost as desired.')).toEqual(['Frost']);
  });

  it('reads a verb of sending a message before a question as an order ("DM which device …")', () => {
    expect(imperatives('DM which device you are using so we can help.')).toEqual(['DM']);
    expect(imperatives('Email what the error says.')).toEqual(['Email']);
  });

  it('spells out an abbreviation in brackets without reading its words as orders', () => {
    expect(
      imperatives('Please DM (direct message) us your email address so we can follow up.'),
    ).toEqual(['DM']);
    expect(imperatives('Send us your ETA (estimated time of arrival).')).toEqual(['Send']);
    expect(imperatives('Restart the PC (Reboot it twice) and try again.')).toEqual([
      'Restart',
      'Reboot',
      'try',
    ]);
  });

  it('reads a bare verb after a subject interrupted by an apposition as its predicate', () => {
    expect(imperatives('Residents of Leeds, York and Hull, pay less for parking.')).toEqual([]);
    expect(imperatives('I, Jane Doe, agree to the terms above.')).toEqual([]);
    // A vocative or a verbless opener before the comma leaves the imperative alone.
    expect(imperatives('Guys, seriously, check this out.')).toEqual(['check']);
    expect(imperatives('Bottom line, go elsewhere.')).toEqual(['go']);
  });

  it('does not start a clause at the full stop of an abbreviation before a comma', () => {
    expect(imperatives('Our friends in Portland, Ore., send their regards.')).toEqual([]);
    expect(imperatives('We are closed on Monday. Send us an email instead.')).toEqual(['Send']);
  });

  it('skips list numbers but not a year in brackets', () => {
    expect(imperatives('Their early albums, Blue and Gold (1998), sound dated now.')).toEqual([]);
    expect(imperatives('2) Restart the router.')).toEqual(['Restart']);
  });

  it('reads a sentence with a lower-case word before its full stop as prose, not a headline', () => {
    expect(imperatives('Order Lavazza beans.')).toEqual(['Order']);
    expect(imperatives('Order Lavazza Beans Online')).toEqual([]);
  });

  it('finds the verb of a hyphenated compound ("Re-install")', () => {
    expect(imperatives('Re-install the driver.')).toEqual(['install']);
    expect(imperatives('Double-click the icon.')).toEqual(['click']);
    expect(imperatives('Re-installation takes an hour.')).toEqual([]);
  });

  it('takes "there" after "be" as a place, and "have" after "and" as a bare verb', () => {
    expect(imperatives('Be there by noon.')).toEqual(['Be']);
    expect(imperatives('Come in and have a look.')).toEqual(['Come', 'have']);
    expect(imperatives('Tickets and merchandise have sold out.')).toEqual([]);
  });

  it('lets a bare verb share the elided "I" of the sentence\'s first verb', () => {
    expect(imperatives('Love the food, hate the parking.')).toEqual([]);
    expect(imperatives('Hate to say it, but the new menu is worse.')).toEqual([]);
    expect(imperatives('Great food, try the ribs.')).toEqual(['try']);
  });

  it('reads a noun with a later predicate as the subject', () => {
    expect(imperatives('Silence at this point enables the company to avoid blame.')).toEqual([]);
    expect(imperatives('Help desk never called back.')).toEqual([]);
    expect(imperatives('Stay at this hotel.')).toEqual(['Stay']);
  });

  it('reads a two-word heading of two verb-nouns as a noun compound', () => {
    expect(imperatives('Project update')).toEqual([]);
    expect(imperatives('Update drivers')).toEqual(['Update']);
  });

  it('starts the main clause after an if-clause that ends on a singular noun', () => {
    expect(imperatives('If you need a plumber call Mike.')).toEqual(['call']);
    expect(imperatives("If you're looking for a good mechanic go to Joe's.")).toEqual(['go']);
    // A verb that takes a bare infinitive keeps the verb in the if-clause.
    expect(imperatives('If you let the dog run it gets tired.')).toEqual([]);
  });

  it('counts "there" and "it" after a lexical verb as no subject of the opening adverbial', () => {
    expect(imperatives('Once you get there, check in at the front desk.')).toEqual(['check']);
    expect(imperatives('Once you and I get there, we check in.')).toEqual([]);
  });

  it('finds an imperative spliced on with a comma after a noun phrase or participle clause', () => {
    expect(imperatives('I had the same issue, try this.')).toEqual(['try']);
    expect(imperatives('Having said that, try the soup.')).toEqual(['try']);
    expect(imperatives("You won't regret it, go!")).toEqual(['go']);
    expect(imperatives('The rooms were dirty, stay somewhere else.')).toEqual(['stay']);
    expect(imperatives("Here's my number, call anytime.")).toEqual(['call']);
    expect(imperatives("I'd recommend them, just ask for Jim.")).toEqual(['ask']);
    expect(imperatives('You may keep it, sell it or give it away.')).toEqual([]);
    // A verb before the comma may share the subject.
    expect(imperatives('We ate, drank!')).toEqual([]);
    expect(imperatives('They issue, print and mail the cards.')).toEqual([]);
  });

  it('reads a possessive that ends the clause as a noun ("Try Bob\'s")', () => {
    expect(imperatives("Looking for a mechanic? Try Bob's.")).toEqual(['Try']);
    expect(imperatives("Joe's is the best diner in town.")).toEqual([]);
  });

  it('reads "Don\'t (even) think about it" as an order, "Don\'t think so" as an elided "I"', () => {
    expect(imperatives("Don't even think about it.")).toEqual(["Don't", 'think']);
    expect(imperatives("Don't think so.")).toEqual([]);
    expect(imperatives('Think twice before you buy.')).toEqual(['Think']);
    expect(imperatives('Think it will rain.')).toEqual([]);
  });

  it('starts a clause after an emoticon and past a lettered list mark', () => {
    expect(imperatives('Thanks :) Call me later.')).toEqual(['Call']);
    expect(imperatives('a) Go to the settings page.')).toEqual(['Go']);
    expect(imperatives('Option a) is cheaper.')).toEqual([]);
  });

  it('reads a group vocative without its comma before an imperative', () => {
    expect(imperatives('Guys check this out.')).toEqual(['check']);
    expect(imperatives('Everyone go vote!')).toEqual(['go']);
    expect(imperatives('Everyone loves the new menu.')).toEqual([]);
  });

  it('reads a capitalised verb that opens a business name with its own verb as the name', () => {
    expect(imperatives('Fix Auto fixed my car in two days.')).toEqual([]);
    expect(imperatives('Stop & Shop was out of milk.')).toEqual([]);
    expect(imperatives('Play It Again Sports buys used gear.')).toEqual([]);
    expect(imperatives('Give Bob hugs from all of us.')).toEqual(['Give']);
    expect(imperatives('Tell Mom I said hi.')).toEqual(['Tell']);
    expect(imperatives('Call Bob Smith tomorrow.')).toEqual(['Call']);
  });

  it('reads "Pardon me" as a courtesy imperative', () => {
    expect(detector.detect('Pardon the interruption.').imperatives.map((c) => c.kind)).toEqual([
      'courtesy',
    ]);
    expect(imperatives('Pardon?')).toEqual([]);
  });

  it('reads e-mail farewells with an elided "I" as no orders', () => {
    expect(imperatives('Look forward to hearing from you.')).toEqual([]);
    expect(imperatives('Talk later')).toEqual([]);
    expect(imperatives('Be right back.')).toEqual([]);
    expect(imperatives('Look at the attached file.')).toEqual(['Look']);
    expect(imperatives('Be there by noon.')).toEqual(['Be']);
  });

  it('reads "Please do (so)" and the e-mail verb "RSVP"', () => {
    expect(imperatives('Please do so by Friday.')).toEqual(['do']);
    expect(imperatives('Please do.')).toEqual(['do']);
    expect(imperatives('Please RSVP by the end of the week.')).toEqual(['RSVP']);
    expect(imperatives('I do.')).toEqual([]);
  });

  it('reads a verb-noun before "of" as the noun, unless the verb takes "of"', () => {
    expect(imperatives('Waste of money.')).toEqual([]);
    expect(imperatives('Change of plans: we leave at 5.')).toEqual([]);
    expect(imperatives('Dispose of the old battery safely.')).toEqual(['Dispose']);
    expect(imperatives('Think of a number.')).toEqual(['Think']);
  });

  it('reads a lone word before a semicolon or a slash between nouns as a list item', () => {
    expect(imperatives('Options: repair; exchange; refund.')).toEqual([]);
    expect(imperatives('race / ancestry / skin color')).toEqual([]);
    expect(imperatives('Please ask/recommend a good plumber.')).toEqual(['ask']);
    expect(imperatives('Ask/recommend a good plumber.')).toEqual(['Ask']);
  });

  it('reads a word before a participle and a preposition as a noun with a reduced relative', () => {
    expect(imperatives('Package found on doorstep, owner unknown.')).toEqual([]);
    expect(imperatives('Get started with the basics.')).toEqual(['Get']);
    expect(imperatives('Add chopped onions to the pan.')).toEqual(['Add']);
    expect(imperatives('See attached for details.')).toEqual(['See']);
  });

  it('reads a capitalised compound before a colon as a label', () => {
    expect(imperatives('Contact Information: 555-0100')).toEqual([]);
    expect(imperatives('Contact Sales for a quote.')).toEqual(['Contact']);
  });

  it('reads "then" after an auxiliary or a subject as an adverb, not a coordinator', () => {
    expect(imperatives("You'll then see the results in your inbox.")).toEqual([]);
    expect(imperatives("It didn't then go on to say why.")).toEqual([]);
    expect(imperatives('Save the file and then close it.')).toEqual(['Save', 'close']);
  });

  it('skips chat interjections, "P.S." and reads "lemme", "gimme" and an emphatic "do"', () => {
    expect(imperatives('Yeah go there, the tacos are great.')).toEqual(['go']);
    expect(imperatives('lol go figure')).toEqual(['go']);
    expect(imperatives('Yeah I went there last week.')).toEqual([]);
    expect(imperatives('P.S. Call me when you land.')).toEqual(['Call']);
    expect(imperatives('lemme know when it ships')).toEqual(['lem']);
    expect(imperatives('Gimme a call tomorrow.')).toEqual(['Gim']);
    expect(imperatives('Do come visit us again.')).toEqual(['Do', 'come']);
    expect(imperatives('Do you ship to Canada?')).toEqual([]);
  });

  it('takes "have a ..." as a courtesy formula only when it wishes something', () => {
    expect(imperatives('We can have people sit around it, and still have a lot of space.')).toEqual(
      [],
    );
    expect(imperatives('Thanks for your order, and have a great weekend!')).toEqual(['have']);
  });
});

describe('English detector: passives with "get"', () => {
  it('reads "get" with a participle of a change of state as a passive', () => {
    expect(evidence('We got stuck in traffic for an hour.', 'passive')).toEqual(['got', 'stuck']);
    expect(evidence('You should get involved in the project.', 'passive')).toEqual([
      'get',
      'involved',
    ]);
    // An emotion is a state after "get" too.
    expect(evidence('I get bored easily.', 'passive')).toEqual([]);
  });
});

describe('English detector: passives in speech and with asides', () => {
  const passives = (sentence: string) => evidence(sentence, 'passive');

  it('reads a passive past a hesitation or a parenthesis between commas', () => {
    expect(passives('The fee was uh waived last time.')).toEqual(['was', 'waived']);
    expect(passives('Your order was, as you know, shipped on Monday.')).toEqual(['was', 'shipped']);
    expect(passives('The food was, in a word, amazing.')).toEqual([]);
  });

  it('reads a causative with "it" as its object ("had it repaired")', () => {
    expect(passives('We had it repaired under warranty.')).toEqual(['repaired']);
    expect(passives('Get it checked out by a mechanic.')).toEqual(['checked']);
    expect(passives('Had it been cheaper, I would have bought it.')).toEqual([]);
    expect(passives('I need my car fixed by Friday.')).toEqual(['fixed']);
    expect(passives('I want it done today.')).toEqual(['done']);
    expect(passives('I need my car for work.')).toEqual([]);
  });

  it('reads "\'s begun" as the perfect of "begin"', () => {
    expect(passives("She's begun to reply to the tickets.")).toEqual([]);
    expect(passives("It's been sent to the warehouse.")).toEqual(['been', 'sent']);
  });
});

describe('createFeatureDetector', () => {
  it('returns the English detector for en', () => {
    const d = createFeatureDetector('en');
    expect(d.language).toBe('en');
    expect(d.detect('Send us the receipt.').labels.imperative).toBe(true);
  });

  it('needs the Finnish detector to be passed in', () => {
    expect(() => createFeatureDetector('fi')).toThrow(/Finnish detector not available/);
    const fake = { language: 'fi' as const, detect: () => detector.detect('') };
    expect(createFeatureDetector('fi', { finnish: () => fake })).toBe(fake);
  });
});

describe('English detector: requests and orders in e-mail and web text', () => {
  const imperatives = (sentence: string) => evidence(sentence, 'imperative');

  it('reads "please" + adverb + verb, and the verb right after "please" whatever follows', () => {
    expect(
      imperatives(
        'If you received this message in error, please immediately notify the sender and delete it.',
      ),
    ).toEqual(['notify', 'delete']);
    expect(imperatives("Please approve Anna's refund request.")).toEqual(['approve']);
    expect(imperatives('Please note Billing has no record of the payment.')).toEqual(['note']);
    expect(imperatives("Please find enclosed ACME's quote for the repair.")).toEqual(['find']);
    expect(imperatives('If you are interested please e-mail me by Friday.')).toEqual(['mail']);
    // After a statement without its comma "please" opens the request; inside a question
    // it asks nothing of its own.
    expect(imperatives('If the parcel is damaged please return it.')).toEqual(['return']);
    expect(imperatives('Could you please immediately send the label?')).toEqual([]);
    expect(imperatives('If you could please send it, that would be great.')).toEqual([]);
    expect(imperatives('Can someone please note Billing has the receipt?')).toEqual([]);
  });
});

describe('English detector: coordinated imperatives', () => {
  const imperatives = (sentence: string) => evidence(sentence, 'imperative');
  const kinds = (s: string) =>
    detector.detect(s).imperatives.map((i) => [s.slice(i.start, i.end), i.kind]);

  it('shares the "please" of the first verb with the verbs coordinated with it', () => {
    expect(kinds('Please check the label and send us a photo of it.')).toEqual([
      ['check', 'request'],
      ['send', 'request'],
    ]);
    expect(kinds('Please review it and let me know.')).toEqual([
      ['review', 'request'],
      ['let', 'courtesy'],
    ]);
    expect(kinds('Please call us. Then send the form.')).toEqual([
      ['call', 'request'],
      ['send', 'command'],
    ]);
  });

  it('finds the second verb before a determiner, a quoted name, or after "&"', () => {
    expect(imperatives('Unplug it and check the light is green.')).toEqual(['Unplug', 'check']);
    expect(imperatives("Open the menu and select 'Export' from the list.")).toEqual([
      'Open',
      'select',
    ]);
    expect(imperatives('Sign up & get alerts by email.')).toEqual(['Sign', 'get']);
    expect(imperatives('Go to "Orders" and click the order.')).toEqual(['Go', 'click']);
    // Without an imperative before it, the verb after "and" shares a subject.
    expect(imperatives('We unplug it and check the light is green.')).toEqual([]);
  });
});

describe('English detector: an imperative after an opening adverbial clause', () => {
  const imperatives = (sentence: string) => evidence(sentence, 'imperative');

  it('reads "there" after "be" and "it" after an -ing verb or a preposition as no subject', () => {
    expect(imperatives("Once you're there, ask for the duty manager.")).toEqual(['ask']);
    expect(imperatives('Once you are holding it, press the reset button.')).toEqual(['press']);
    expect(imperatives('When the courier asks for it, show him the code.')).toEqual(['show']);
    expect(imperatives('When we email you, click the link in the message.')).toEqual(['click']);
    expect(
      imperatives("If the shop next to you doesn't have what you need, contact our online store."),
    ).toEqual(['contact']);
    // A second subject: the main clause came before the comma.
    expect(imperatives('Once you are there they check it, press the button.')).toEqual([]);
    expect(imperatives('When we email you, you click the link.')).toEqual([]);
  });

  it('reads the adverbial past a list mark, and "whilst" as "while"', () => {
    expect(imperatives('2) If the light stays red, then unplug the router.')).toEqual(['unplug']);
    expect(imperatives('Whilst the refund is pending, keep the receipt.')).toEqual(['keep']);
    expect(imperatives('2) The light stays red, then turns green.')).toEqual([]);
  });

  it('ends a comma-less adverbial clause on a noun that is also a verb, or on an object', () => {
    expect(imperatives('If you need a hand ring the front desk.')).toEqual(['ring']);
    expect(imperatives('If you want to return items keep the receipt.')).toEqual(['keep']);
    expect(imperatives('When choosing a plan look for the yearly discount.')).toEqual(['look']);
    // A verb that takes a bare infinitive keeps the next verb in the clause.
    expect(imperatives('If you want to help kids learn the rules they listen.')).toEqual([]);
    expect(imperatives('When choosing a plan people look for discounts.')).toEqual([]);
  });

  it('reads "make sure" after a comma-less clause that ends on a singular noun', () => {
    expect(imperatives('When you get the new router make sure the cable is plugged in.')).toEqual([
      'make',
    ]);
    expect(imperatives('My advice is if you buy a laptop make sure it has a warranty.')).toEqual([
      'make',
    ]);
    // A plural noun can be the subject of "make", a modal can be its auxiliary.
    expect(imperatives('When the staff make sure the cable is plugged in, it works.')).toEqual([]);
    expect(imperatives('We check if the shop can make sure it has a warranty.')).toEqual([]);
  });

  it('reads a verb after an opening prepositional phrase without its comma', () => {
    expect(imperatives('In the meantime make sure the router stays switched on.')).toEqual([
      'make',
    ]);
    expect(imperatives('From the account menu select the billing tab.')).toEqual(['select']);
    // A plural noun, a pronoun or a verb of its own: the phrase is followed by its subject.
    expect(imperatives('In the meantime customers get a discount.')).toEqual([]);
    expect(imperatives('In the meantime we send a new router.')).toEqual([]);
    expect(imperatives('On a recent repair quote that I had, they overcharged.')).toEqual([]);
    // After the comma of a verbless opening, and past a plural noun inside the phrase.
    expect(imperatives('Also, in the settings of the apps select the language.')).toEqual([
      'select',
    ]);
    expect(imperatives('Also, in most cases users report the issue.')).toEqual([]);
  });

  it('reads a noun-like verb after "then" as the verb of the main clause', () => {
    expect(imperatives('If the parcel has not arrived by Friday, then head to the depot.')).toEqual(
      ['head'],
    );
    expect(imperatives('Anna, then head of billing, signed the refund.')).toEqual([]);
  });

  it('reads a verb after "so" in a sentence that ends in "?" as an order, not "Do you ...?"', () => {
    expect(imperatives('The depot is close to the station so check their opening hours?')).toEqual([
      'check',
    ]);
    expect(imperatives('Want a refund?')).toEqual([]);
    expect(imperatives('How can I say that, ask you?')).toEqual([]);
  });
});

describe('English detector: formulas, headlines and verbs that take a clause', () => {
  const imperatives = (sentence: string) => evidence(sentence, 'imperative');

  it('reads "Remember" and "Ensure" before a clause as orders', () => {
    expect(imperatives('Remember refunds can take up to five days.')).toEqual(['Remember']);
    expect(imperatives('Ensure customers have signed the form.')).toEqual(['Ensure']);
    expect(imperatives('I remember refunds can take up to five days.')).toEqual([]);
  });

  it('reads a capitalised verb before "Your" or in a short exclamation as an order', () => {
    expect(imperatives('Track Your Parcel Online')).toEqual(['Track']);
    expect(imperatives('Shop Local!')).toEqual(['Shop']);
    expect(imperatives('Visit Our Flagship Store.')).toEqual(['Visit']);
    // A headline without its full stop, or a verb with its own object and verb, is no order.
    expect(imperatives('Order Confirmation Details')).toEqual([]);
    expect(imperatives('Make You Feel Like a Number')).toEqual([]);
  });

  it('reads "Guess what" as the formula that announces news, not an elided "I guess"', () => {
    expect(imperatives('Guess what, your refund came through!')).toEqual(['Guess']);
    expect(imperatives('The parcel was late, so guess what, we refunded the fee.')).toEqual([
      'guess',
    ]);
    expect(imperatives('Guess what happened next.')).toEqual([]);
    expect(labels('Guess what, your refund came through!')).not.toContain('first_sg');
  });

  it('reads "Don\'t miss", "Don\'t assume" as orders, "Don\'t know" as an elided "I"', () => {
    expect(imperatives("Don't miss our winter sale!")).toEqual(["Don't", 'miss']);
    expect(imperatives("If the parcel is late, don't assume it is lost.")).toEqual([
      "don't",
      'assume',
    ]);
    expect(imperatives("Don't know why the parcel is late.")).toEqual([]);
    expect(labels("Don't miss our winter sale!")).not.toContain('first_sg');
  });

  it('reads a verb of attention with its comma after a coordinator as an order', () => {
    expect(imperatives('The code is valid for a month, but remember, it works only once.')).toEqual(
      ['remember'],
    );
    expect(imperatives('We listened and remembered, then left.')).toEqual([]);
  });

  it('skips "later" before the verb, as "then" and "next"', () => {
    expect(imperatives('Later check the tracking page again.')).toEqual(['check']);
    expect(imperatives('Later versions fix the login issue.')).toEqual([]);
  });

  it('reads "this" or "that" after a clause-initial "do" as its object', () => {
    expect(imperatives('Do this for every order in the list.')).toEqual(['Do']);
    expect(imperatives('Do that again tomorrow.')).toEqual(['Do']);
    expect(imperatives('Do this work?')).toEqual([]);
  });

  it('reads "regards" as a closing formula before "and"', () => {
    expect(imperatives('Best regards and enjoy the long weekend!')).toEqual(['enjoy']);
    expect(imperatives('Anna sends her regards and wishes you a good trip.')).toEqual([]);
  });

  it('reads advice after the writer\'s own "say" as an order', () => {
    expect(imperatives('I would say go way before they close.')).toEqual(['go']);
    expect(imperatives("I'd say give it a week.")).toEqual(['give']);
    expect(imperatives('I hate to say check them out.')).toEqual(['check']);
    expect(imperatives('I say we go.')).toEqual([]);
    expect(imperatives('I would say most people like it.')).toEqual([]);
    expect(imperatives('They say go there early.')).toEqual([]);
  });

  it('reads a verb alone after the "then" of a condition as an order', () => {
    expect(imperatives('If you hate it then leave.')).toEqual(['leave']);
    expect(imperatives('When it was over, we left and then cried.')).toEqual([]);
    expect(imperatives('If it works then great.')).toEqual([]);
  });

  it('reads phrasal verbs written as one word as verbs before an object', () => {
    expect(imperatives('Login to your account and check the settings.')).toEqual([
      'Login',
      'check',
    ]);
    expect(imperatives('Checkout our help page.')).toEqual(['Checkout']);
    expect(imperatives('Backup your files before you update.')).toEqual(['Backup']);
    expect(imperatives('Login failed.')).toEqual([]);
    expect(imperatives('Setup is easy.')).toEqual([]);
    expect(imperatives('Login details are in the mail.')).toEqual([]);
  });

  it('reads an order after a leading @handle, as at the start of a sentence', () => {
    expect(imperatives('@harris Check this article: https://x.com')).toEqual(['Check']);
    expect(imperatives('@AskJoe Send us an email and we will assist.')).toEqual(['Send']);
    expect(imperatives('I talked to @John yesterday.')).toEqual([]);
  });

  it('reads a capitalised "My" inside a sentence before a name as part of the name', () => {
    const firstSg = (t: string) => detector.detect(t).labels.first_sg;
    expect(firstSg('UPS has a service called My Choice that helps.')).toBe(false);
    expect(firstSg('Open the My Account page.')).toBe(false);
    expect(firstSg('My order is late.')).toBe(true);
    expect(firstSg('Thanks, My Friend')).toBe(true);
  });

  it("reads a web page's call to action pasted into running text as an order", () => {
    expect(imperatives('Faster delivery to the body Learn More')).toEqual(['Learn']);
    expect(imperatives('Comments Log in to add a comment')).toEqual(['Log']);
    expect(imperatives('Great deals on shoes Shop Now')).toEqual(['Shop']);
    expect(imperatives('We Sign Up new users daily.')).toEqual([]);
    expect(imperatives('Our Check In desk opens at 9.')).toEqual([]);
    expect(imperatives('BEST PLACE IN AMES')).toEqual([]);
  });

  it('reads title-case orders before "The", "Me" and "Us"', () => {
    expect(imperatives('Trust The Midas Touch')).toEqual(['Trust']);
    expect(imperatives('SMS Me... 0981960')).toEqual(['SMS']);
    expect(imperatives('Call Us Now')).toEqual(['Call']);
    expect(imperatives('Return Of The King')).toEqual([]);
  });

  it('reads "Watch out" and "Have patience" as orders', () => {
    expect(imperatives('Watch out the poles are coming')).toEqual(['Watch']);
    expect(imperatives('Have patience with him, you just got him.')).toEqual(['Have']);
    expect(imperatives('We have patience.')).toEqual([]);
    expect(imperatives('I look out the window.')).toEqual([]);
  });

  it('reads a quoted name as the object after a fronted phrase without its comma', () => {
    expect(imperatives("From the menu select 'Paste'.")).toEqual(['select']);
    expect(imperatives("From the menu I selected 'Paste'.")).toEqual([]);
  });

  it('reads an order reported as said, closing its clause', () => {
    expect(imperatives('She hates it, to the point she said stop!')).toEqual(['stop']);
    expect(imperatives('She said no.')).toEqual([]);
    expect(imperatives('They said thanks.')).toEqual([]);
  });

  it('reads a headline verb before a possessive name as an order', () => {
    expect(imperatives("Follow Katrina's path")).toEqual(['Follow']);
    expect(imperatives("Mark's Garage Open Late")).toEqual([]);
  });

  it('reads emotes, forum markers and dated captions as no orders', () => {
    expect(imperatives('Sigh.')).toEqual([]);
    expect(imperatives('Edit... I found it after all.')).toEqual([]);
    expect(imperatives('Set up last month to centralize asset activities.')).toEqual([]);
    expect(imperatives('Set up a meeting for next week.')).toEqual(['Set']);
    expect(imperatives('Update your app.')).toEqual(['Update']);
  });

  it('reads a label before its number and a day of the week as no orders', () => {
    expect(imperatives('Pin #: 411507')).toEqual([]);
    expect(imperatives('Call In #: 888-422-7132')).toEqual([]);
    expect(imperatives('Wed. Sept. 27 - Paris')).toEqual([]);
    expect(imperatives('See Step # 2 in Method One above.')).toEqual(['See']);
  });

  it('reads "Right click", "Double click" written without the hyphen as the order "click"', () => {
    expect(imperatives('Right click on the file and select Properties.')).toEqual([
      'click',
      'select',
    ]);
    expect(imperatives('Double click the icon.')).toEqual(['click']);
    expect(imperatives('The right click menu is gone.')).toEqual([]);
  });
});
