/**
 * The English imperative detector on web text (emails, answers, reviews, forums): what reads
 * like an order at first sight but is a name, a heading, or a clause whose subject came
 * earlier. Each case stands for a class tuned on UD_English-EWT's training documents.
 */
import { describe, expect, it } from 'vitest';
import { createEnglishDetector } from '../../../rules/en/features.ts';

const detector = createEnglishDetector();

function imperatives(sentence: string): string[] {
  return detector
    .detect(sentence)
    .evidence.filter((e) => e.label === 'imperative')
    .map((e) => sentence.slice(e.start, e.end));
}

describe('English imperatives in web text: names', () => {
  it.each([
    // A title's full stop does not start a sentence.
    'The case was escalated to Lt. General Barno yesterday.',
    'Ms. Sue at the front desk sorted out the refund.',
    // Two names as the salutation of an email.
    'Mark and Steve -',
    'Sue and Jeff,',
    // A first name that is also a verb, in brackets before its surname.
    'Our engineer (Harry Okabayashi) will call you.',
    // An author cited with the year in brackets.
    'Spang (1983) noted that the effect is small.',
  ])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Mark, call me when the parcel arrives.', ['call']],
    ['Mark the parcel as returned and send it back.', ['Mark', 'send']],
  ])('still finds the order in %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a verb after an aside', () => {
  it.each([
    'Most shops keep a stock, but we rarely, if ever, have a surplus.',
    'They will, however, cost a little more.',
    'We, if possible, send the parcel on Monday.',
  ])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('still finds the order after an opening adverbial', () => {
    expect(imperatives('If you can, call us before noon.')).toEqual(['call']);
  });

  it.each([
    'Online orders, however, ship within two days.',
    'The 12 stores of the chain, from Leeds to the South Coast, have the same prices.',
    'Spain and Portugal, and the rest of Europe, have the same delivery times.',
    'Both plans, as described here, include free returns.',
  ])('a plural subject before the aside takes the bare verb: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('still finds the order after an adverbial phrase of "instead of"', () => {
    expect(imperatives('Instead of waiting for emails, instead, call the store.')).toEqual([
      'call',
    ]);
  });
});

describe('English imperatives in web text: a negated verb after "and"', () => {
  it('shares the subject of the clause before', () => {
    expect(imperatives("We loved the ships and don't believe that this matters.")).toEqual([]);
  });

  it.each([
    'Cheaper shops work out of a small unit and do not have the tools for this repair.',
    "It's the customers who skip the manual and don't seem to read the warnings.",
  ])('shares a plural noun or "who" before a verb: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ["Call us and don't worry.", ['Call', "don't", 'worry']],
    ["Thanks for the note and don't hesitate to ask.", ["don't", 'hesitate']],
  ])('is still an order with no subject before it: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: headings', () => {
  it.each([
    'Base Salary 55k',
    'Order Number: 1234',
    'Notice Regarding Privacy: we keep your data.',
  ])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Call us', ['Call']],
    ['Save Money', ['Save']],
    ['See Attached', ['See']],
    ['Call Mark', ['Call']],
    ['Visit Helsinki.', ['Visit']],
    ['GO VEGAN', ['GO']],
    ['Understand', ['Understand']],
  ])('an order or a one-word heading is left as before: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a name before its verb', () => {
  it.each([
    'Groom says this job helped a lot.',
    'Gore went to Florida last week.',
    // A regular past that could be a participle, before what no participle describes.
    'Grant approved the refund this morning.',
    'Pat mentioned that the parcel was damaged.',
    'Harry looked into it for you.',
    'Bill paid the invoice yesterday.',
    // Past an adverb or a second name.
    'Mark quickly checked the logs for us.',
    'Pat and Grant called the courier.',
  ])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Tell Sue I said hi.', ['Tell']],
    ['Use recycled paper for the returns.', ['Use']],
    ['Check attached file.', ['Check']],
    ['Send updated figures to Tom.', ['Send']],
    // Verbs whose order takes a participle.
    ['Get started with the new portal.', ['Get']],
    ['See attached for the details.', ['See']],
    ['Find attached the invoice.', ['Find']],
    ['Stay tuned for updates.', ['Stay']],
  ])('still finds the order in %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a figure and what it is', () => {
  it.each([
    '$6.1m - Amount the agency spent on refunds.',
    '68.4 - Average number of tickets a day.',
  ])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('still finds a numbered step', () => {
    expect(imperatives('Step 2 - Open the box.')).toEqual(['Open']);
  });
});

describe('English imperatives in web text: a main clause that opens with a preposition', () => {
  it('gives its subject to the verbs after the comma', () => {
    expect(
      imperatives('In this time visitors will come to the house, pay their respects and have tea.'),
    ).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['In the meantime, call us.', ['call']],
    ['In case it is late, bring an umbrella.', ['bring']],
  ])('still finds the order after an opening adverbial: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "then" after a clause with its own subject', () => {
  it('shares that subject', () => {
    expect(imperatives("If so, I'll get it signed today, then bring it to you.")).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['If so, sign it today, then bring it to us.', ['sign', 'bring']],
    ['If he shows no interest in food, then take him to the vet.', ['take']],
  ])('still finds the order in %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "never" after "and"', () => {
  it('shares the subject of the clause before', () => {
    expect(imperatives('The old model used to clog up and never work.')).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Call us and never give up.', ['Call', 'give']],
    ['Above all, never share your password.', ['share']],
  ])('still finds the order in %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: names in an order', () => {
  it.each<[string, string[]]>([
    ['(Ask Terry Nichols about the Philippines.)', ['Ask']],
    ['Climb Mount Fuji.', ['Climb']],
    ['Keep Your Receipt Safe!', ['Keep']],
  ])('a sentence ending in a full stop or "!" is no headline: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a headline without one stays a headline', () => {
    expect(imperatives('Plant Pots With Drainage')).toEqual([]);
  });
});

describe('English imperatives in web text: a second clause after "and"', () => {
  it('has its own verb, which is not the first noun phrase’s', () => {
    expect(
      imperatives('Put the parcel in the locker and the courier will take it tomorrow.'),
    ).toEqual(['Put']);
  });

  it.each([
    'Service and the food were great.',
    'Doctor Gonzales and his entire staff are the most professional people.',
  ])('a subject joined by "and" keeps its verb: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a verb that is also an adjective, before "a"', () => {
  it.each<[string, string[]]>([
    ['Open a new ticket and attach the invoice.', ['Open', 'attach']],
    ['Clear a space on the disk.', ['Clear']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Open an hour later on Fridays.', 'Open every day.'])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: "Do this", "Do that"', () => {
  it.each<[string, string[]]>([
    ['Do this once a day.', ['Do']],
    ['Do that again after the restart.', ['Do']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a question with "do" as its auxiliary is none', () => {
    expect(imperatives('Do these shoes come in other sizes')).toEqual([]);
  });
});

describe('English imperatives in web text: a possessive after the verb', () => {
  it.each<[string, string[]]>([
    ["Check Anna's order.", ['Check']],
    ["Check John's order now.", ['Check']],
    // A noun that is a verb too after a name's possessive: the verb's object.
    ["Check Amazon's return policy.", ['Check']],
    ["Read Microsoft's update notes first.", ['Read']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('reads "\'s" before a verb as "is"', () => {
    expect(imperatives("Anna's order is late.")).toEqual([]);
  });
});

describe('English imperatives in web text: a modifier before a plural subject', () => {
  it.each([
    'Cover letters and resumes need to be perfect.',
    'Exhibit goers then became part of the exhibit.',
    'Test results will follow by email.',
  ])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A verb that takes an object and a bare verb, or a clause.
    ['Help customers find answers.', ['Help']],
    ['Remind users to log in.', ['Remind']],
    ['Return items within 30 days.', ['Return']],
  ])('still finds the order in %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: instructions of a manual', () => {
  it.each<[string, string[]]>([
    // A demonstrative after the adverbial clause's verb is its object, not a second subject.
    ['If you must do this, reinstall the app.', ['reinstall']],
    ['If you want this, call us.', ['call']],
    // "Either" before the first of two orders.
    ['Either restart the app or reinstall it.', ['restart', 'reinstall']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['You can either call us or send an email.', 'We either refund it or send a new one.'])(
    'a choice with its subject is no order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in how-to text (checked on GUM training documents)', () => {
  it.each<[string, string[]]>([
    // A mostly-noun verb before "the", "your", "this" at the start of a sentence.
    ['Tape the bottom of the box securely.', ['Tape']],
    ['Water the plants daily.', ['Water']],
    // A step's number without its stop.
    ['2 Start the app again before you sign in.', ['Start']],
    ['4 Plant the seeds.', ['Plant']],
    ['Do whatever it takes.', ['Do']],
    // "Let" with a bare verb, its object understood.
    ['Let stand for about 5 minutes.', ['Let']],
    // "Suppose" and "assume" setting up a case.
    ['Suppose we send the parcel today.', ['Suppose']],
    ['For example, assume that the invoice is late.', ['assume']],
    ['Wish me luck!', ['Wish']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Friday the 13th is coming.',
    'Jack the Ripper was never caught.',
    '3 Days later the parcel arrived.',
    '5 Stars for the service.',
    'Suppose so.',
    'I suppose we could.',
    'Wish you were here.',
  ])('%s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a link without its full stop', () => {
  it.each<[string, string[]]>([
    ['Steps are here: https://example.com/help Keep in mind that it takes a day.', ['Keep']],
    ['See this link https://example.com/help Do you see the subscription?', ['See']],
  ])('ends the clause before a capitalised word: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: HTML entities', () => {
  it('does not end a clause at the semicolon of "&amp;"', () => {
    expect(imperatives('You can delete the Zoom app &amp; Zoom web server.')).toEqual([]);
    expect(imperatives('Send messages &amp; get alerts.')).toEqual(['Send', 'get']);
  });
});

describe('English imperatives in web text: a hedged verb in a series', () => {
  it.each([
    'We could refund the order, maybe send a new one.',
    'They could replace the part, perhaps extend the warranty too.',
  ])('shares the modal before the comma: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ["I'm not sure what happened, maybe restart it.", ['restart']],
    ['Not sure, maybe try restarting it.', ['try']],
  ])('is an order after a clause with no verb to share: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: after an adverbial clause and its comma', () => {
  it.each<[string, string[]]>([
    ["Once you're there, ask for the manager.", ['ask']],
    ['Every time the page reloads, clear the form first.', ['clear']],
    ['When the courier arrives, say, "The parcel is for flat 2," and sign.', ['say', 'sign']],
    ["If you don't find what you need, contact us.", ['contact']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: checked on a second treebank', () => {
  it.each<[string, string[]]>([
    ["If you have any questions comment below and don't forget to subscribe.", ["don't", 'forget']],
    ['To find out when the parcel will arrive, check the tracking page.', ['check']],
  ])('an adverbial clause’s subject is not the main clause’s: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a name that is a noun as often as a verb stays a name before a full stop', () => {
    expect(imperatives('And Doctor Spock.')).toEqual([]);
  });
});

describe('English imperatives in web text: a bracketed aside after an adverbial clause', () => {
  it.each<[string, string[]]>([
    [
      'If the router keeps dropping (it happens after updates) restart it from the app.',
      ['restart'],
    ],
    [
      'If you still see the error (some users do), clear the cache and try again.',
      ['clear', 'try'],
    ],
    [
      'If the parcel has not arrived yet, (and the tracking page says it was delivered) contact our team.',
      ['contact'],
    ],
  ])('the aside closes the adverbial: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'After paying a required $50 (NON REFUNDABLE) deposit we heard nothing.',
    'If you watch a few videos (youtube) and research the history you will enjoy it more.',
    'Then with the idea of saving time he made the clerk (apparently new) sign the form.',
  ])('not inside a noun phrase, before a coordinator or after a phrase: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a verb after "and" and an aside', () => {
  it.each([
    'The manager would come to the desk and, in a friendly way, offer us a discount.',
    'The courier rang twice and, seeing nobody, leave the parcel by the door.',
  ])('is coordinated with the verb before "and": %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Restart the router and, if that fails, call us.', ['Restart', 'call']],
    ['Or, as the manual says, hold the button for ten seconds.', ['hold']],
  ])('is still an order after an order or at the start: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "and then" after an opening adverbial', () => {
  it('shares the subject of the clause before ", and then"', () => {
    expect(
      imperatives('Also, you can call the shop ahead of time, and then go to pick up the order.'),
    ).toEqual([]);
  });

  it('is still an order after an order', () => {
    expect(imperatives('If so, call us today, and then send the form.')).toEqual(['call', 'send']);
  });
});

describe('English imperatives in web text: "please" in a question with a long subject', () => {
  it.each([
    'Could someone in your billing team please send me a copy of the invoice?',
    'Can anyone at the Leeds store please confirm the opening hours?',
  ])('the inverted modal asks: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('still finds a request after a statement with a modal', () => {
    expect(imperatives('We can refund it, so please send the parcel back.')).toEqual(['send']);
  });
});

describe('English imperatives in web text: an order before a question of its own', () => {
  it.each<[string, string[]]>([
    ['Restart the app, does it work now?', ['Restart']],
    ['Wait, is this the right form?', ['Wait']],
    ['Tell me, which model do you have?', ['Tell']],
  ])('the question mark is the later question’s: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Want a refund, or would you rather have a voucher?', 'Order online?'])(
    'a bare-verb question is still no order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: "let\'s" without a comma before it', () => {
  it.each<[string, string[]]>([
    ["Enough about the old plan let's talk about the new one.", ["let's"]],
    ["The update, which let's face it was overdue, fixes the bug.", ["let's"]],
  ])('opens a clause of its own: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it("not the typed 'let's' of 'lets' before an object", () => {
    expect(imperatives("The app let's me pick a time slot.")).toEqual([]);
  });
});

describe('English imperatives in web text: "never ever"', () => {
  it.each<[string, string[]]>([
    ['Never ever buy a refurbished phone from them.', ['buy']],
    ['NEVER EVER LEAVE YOUR PARCEL UNATTENDED.', ['LEAVE']],
  ])('the order past the intensifier: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('not the negation of a subject and its modal', () => {
    expect(imperatives('I would never ever trust that courier again.')).toEqual([]);
  });
});

describe('English imperatives in web text: a participle like its base form before "by"', () => {
  it.each([
    'The parcel was found open, hit by a forklift, in the depot.',
    'The cable, cut by the builders, was replaced on Monday.',
  ])('is a reduced passive after a comma: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ["If you're in town, come by the store.", ['come']],
    ['If it rattles, put it by the door for the courier.', ['put']],
  ])('still finds a verb of motion or one with its object: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a coordinator right after an opening bracket', () => {
  it.each([
    'I will never order there again (and now have doubts about their other shops).',
    'The Effective Date (or start date) is 1 October.',
  ])('goes on with the clause before the bracket: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('still finds an order coordinated with one before the bracket', () => {
    expect(imperatives('Restart the router (and wait a minute) before you test it.')).toEqual([
      'Restart',
      'wait',
    ]);
  });
});

describe('English imperatives in web text: "and so" before a verb', () => {
  it('is "and" with its adverb, sharing the subject before it', () => {
    expect(
      imperatives('Both hotels are close to the station, and so offer easy transfers.'),
    ).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Gets busy so come early.', ['come']],
    ['Restart the app, and so clear the cache.', ['Restart', 'clear']],
  ])('"so" alone, or after an order, still licenses: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a bracketed aside before ", and"', () => {
  it('does not hide the clause before it', () => {
    expect(
      imperatives(
        'You cannot call the shop, if you have no order number (since the receipt is lost... again), and order a refund.',
      ),
    ).toEqual([]);
  });

  it('still licenses a verb after a verbless opener with an aside', () => {
    expect(imperatives('Not sure (the manual is vague), but try restarting it.')).toEqual(['try']);
  });
});

describe('English imperatives in web text: an order quoted inside a clause', () => {
  it.each<[string, string[]]>([
    ['The "bomb Iraq" crowd was loud again.', ['bomb']],
    ['What do you mean by "log in an email"?', ['log']],
    ['We saw the "check your order" banner twice.', ['check']],
  ])('is an imperative used as a name or modifier: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'The contract obliges them to "work in good faith with us".',
    'If the snake takes pre-killed food, you can "gas it".',
    'It was featured in the "Draft Report on the Environment" last year.',
    'The plan is not as "cast in steel" as the points.',
    'They offer "free as in beer" content.',
  ])('not a quoted verb phrase of the clause, a title or an adjective: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: "have fun" after a comma', () => {
  it('is the courtesy formula, wherever it stands', () => {
    expect(imperatives('Plus the drinks are self service, have fun finding a free table.')).toEqual(
      ['have'],
    );
  });

  it.each([
    'We are here all day, so we just, like, have fun together.',
    'We can have people over, and still have a lot of space.',
  ])('not the verb of a subject before an aside, nor "have a" without a wish: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: "lay" before its object', () => {
  it.each<[string, string[]]>([
    ['Lay the router flat on the desk.', ['Lay']],
    ['Lay a towel under the printer and try again.', ['Lay', 'try']],
  ])('is the transitive verb, not the past of "lie": %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Lay in bed all day waiting for the engineer.', 'Behind the hill lay the old depot.'])(
    'the past of "lie" stays a past: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: a figure joined to a word by a hyphen', () => {
  it.each([
    'Complaints had increased 18-fold since the update.',
    'We offer a 30-day return window on all orders.',
  ])('is one modifier, not a dash before an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('a spaced dash still ends what came before', () => {
    expect(imperatives('Order 1234 - call us if it has not arrived.')).toEqual(['call']);
  });
});

describe('English imperatives in web text: a phrase of aim with a topic before the verb', () => {
  it.each<[string, string[]]>([
    ['For more information on our new plans visit our website.', ['visit']],
    ['For details of the new rates and charges see the attached letter.', ['see']],
    ['For information on opening hours see the website.', ['see']],
  ])('the noun inside "for … on …" is no subject: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a subject after a phrase of time keeps its verb', () => {
    expect(imperatives('For years the companies in this town make a lot of money.')).toEqual([]);
  });
});

describe('English imperatives in web text: a noun, an adverb and an adjective', () => {
  it.each([
    'Service always friendly and fast.',
    'Email usually free if you use a WiFi connection.',
  ])('is a verbless description: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Water regularly during summer.', ['Water']],
    ['Book early to avoid disappointment.', ['Book']],
    ['Book now online.', ['Book']],
  ])('an order goes on to a place, an aim or an end: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: an adverb in -ly before the verb', () => {
  it.each<[string, string[]]>([
    ['Gently remove the cover.', ['remove']],
    ['Usually fill each cup halfway.', ['fill']],
    ['Seriously avoid this place.', ['avoid']],
  ])('opens an order when the verb has its object: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Really love this place.',
    'Recently read a great book.',
    'Usually people go there for lunch.',
  ])('not before the elided "I"\'s verb or a past like its base: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in speech: a word cut off with a hyphen', () => {
  it.each([
    'We could w- send her home tonight.',
    'You could p- take these cans to the recycling bin.',
  ])('is restarted, not a dash before an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('a spaced dash after a whole word still ends what came before', () => {
    expect(imperatives('We are closed on Monday - call us on Tuesday.')).toEqual(['call']);
  });

  it('a hyphen glued to a whole word before a capital is a dash in writing', () => {
    expect(imperatives('On picking them up- Pick up your hamster from the back.')).toEqual([
      'Pick',
    ]);
  });
});

describe('English imperatives in web text: an adverbial clause ending on a bare noun', () => {
  it.each<[string, string[]]>([
    ['If you like sushi try this place.', ['try']],
    ['If you are ever in Seattle check out this place.', ['check']],
    ['When you get to Paris take the metro.', ['take']],
  ])(
    'the verb after a name or a noun without its article opens the order: %s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each([
    'If you think kids like it you should buy two.',
    'If Keeper is close to their hoops they are safe from being hit by bludgers.',
  ])('not the subject of a clause the verb takes, nor a verb in -ing: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a label word alone on its line', () => {
  it.each(['Note', 'Link', 'Update'])('heads a section: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Note.', ['Note']],
    ['Reply', ['Reply']],
    ['Note the new opening hours.', ['Note']],
  ])('with a stop, another verb or an object it is an order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a label word with "to" and its addressee', () => {
  it.each([
    'Note to Wigner: do you think your friend could feed my cat?',
    'NOTE to BEN .',
    'Note to all staff: the office closes early on Friday.',
    'Link to the article: https://example.com/post',
    'Link to video: https://example.com/clip',
  ])('heads what follows: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Reply to Ben.', ['Reply']],
    ['Go to Settings.', ['Go']],
    ['Link to your account before you pay.', ['Link']],
  ])('other verbs before "to" stay orders: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "but" and a bare verb after a clause in the past', () => {
  it.each<[string, string[]]>([
    [
      'I expected to pay for this service, but imagine my surprise when I got the bill.',
      ['imagine'],
    ],
    ['The rooms were nice, but avoid the restaurant.', ['avoid']],
    ['We loved the hotel but skip the breakfast.', ['skip']],
  ])("is an order, not the past subject's second verb: %s", (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each<[string, string[]]>([
    ['It is a little on the spicy side but just ask them what you want.', ['ask']],
    ["It's cheap but avoid the fish.", ['avoid']],
    ['It works now but restart it if it hangs again.', ['restart']],
    ['The food was great, but ask for the sauce on the side.', ['ask']],
  ])('is an order after a third person singular, which it cannot share: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['They work fine but charge a lot.', 'She knows the way but takes the bus.'])(
    'not when the subject can share the verb: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );

  it.each([
    'The rooms are nice, but avoid the restaurant.',
    'I read it but put it down.',
    'Bit of a silly question but do the spines ever go hard?',
  ])('not after a present tense, a past like its base, nor "do" that asks: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: an adverb that joins two main clauses', () => {
  it.each<[string, string[]]>([
    [
      'Some airlines provide these at the airport, however check first that this is the case.',
      ['check'],
    ],
    ['It may work, however make sure you save your work first.', ['make']],
  ])('the bare verb after "however" has no subject to share: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('not an adjective or adverb after "however"', () => {
    expect(imperatives('You can stay, however long it takes.')).toEqual([]);
  });
});

describe('English imperatives in web text: words shouted in capitals', () => {
  it.each<[string, string[]]>([
    ['Please CALL ME BACK.', ['CALL']],
    ['Please RESTART YOUR ROUTER first.', ['RESTART']],
  ])('a shouted order in a sentence that ends like prose is no headline: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['- REDLINE PPA Guaranty.doc', 'MOON LANDING HOAX - Shuttle Carried on Aircraft'])(
    'a heading in capitals stays a heading: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: an order run on after a predicate adjective', () => {
  it.each<[string, string[]]>([
    ['This place is awesome check it out!', ['check']],
    ['He might be sick take him to the vet.', ['take']],
    ['The food was great try the fish.', ['try']],
  ])('opens after "be" and its adjective: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'The problem is people take advantage of it.',
    "I'm gonna take it at ten.",
    'The rule is what make your hair stay.',
  ])('not after a noun, "gonna" or a wh-word: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: "while" and a gerund before the order', () => {
  it.each<[string, string[]]>([
    ['Also, while travelling ask people where they have been.', ['ask']],
    ['While cooking stir the sauce often.', ['stir']],
  ])('the clause of time ends on its gerund: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a noun phrase after the gerund is its subject', () => {
    expect(imperatives('While waiting the staff brought us water.')).toEqual([]);
  });
});

describe('English imperatives in web text: "said never mind"', () => {
  it.each<[string, string[]]>([
    ['The cost was very high so I said never mind, paid the fee and left.', ['mind']],
    ['She said never mind.', ['mind']],
  ])('reports the order "never mind": %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a participle like its base opening a sentence', () => {
  it.each([
    "Put together, it's a new window into the history of the universe.",
    'Set in a quiet street, the hotel is a short walk from the beach.',
    'Set adjacent to the lodge is the scenic reserve.',
  ])('before the clause it modifies is a reduced passive: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Cut into squares and serve.', ['Cut']],
    ['Put together the pieces and glue them.', ['Put', 'glue']],
  ])('with an object or no clause after it, it is an order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "c\'mon"', () => {
  it.each<[string, string[]]>([
    ["Sure, some items are a little pricey, but c'mon... it's Seattle.", ["c'mon"]],
    ['Cmon, it is not that bad.', ['Cmon']],
  ])('is "come on" in the imperative wherever it stands: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a curse before "you" or "off"', () => {
  it.each<[string, string[]]>([
    ['Fuck you.', ['Fuck']],
    ['Those of you who take offense to that, screw off.', ['screw']],
  ])('opening a clause is an order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Fuck.', 'They screw you over every time.', 'I told him to fuck off.'])(
    'alone, after a subject or after "to" it is not: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: "think" and an adverb of manner', () => {
  it.each<[string, string[]]>([
    ['Think creatively.', ['Think']],
    ['Think internally, intuitively, not by words, of the meaning.', ['Think']],
  ])('is an instruction: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a hedge after it is the elided "I think"', () => {
    expect(imperatives('Think probably not.')).toEqual([]);
  });
});

describe('English imperatives in web text: "think" before a noun phrase', () => {
  it.each<[string, string[]]>([
    ['Think similar clothing, minus the buttons.', ['Think']],
    ['Think pink.', ['Think']],
  ])('is "imagine", an instruction: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Think I should do it?',
    "Think it's fine.",
    'Think the kids will like it.',
    'Think so.',
  ])('before a clause or "so" it is the elided "I think": %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: an aside in brackets opening the sentence', () => {
  it.each<[string, string[]]>([
    ['(the younger the easier to tame) Look for clean, smooth feathers.', ['Look']],
    ['(you can take breaks if you need to) and repeat the steps after two hours.', ['repeat']],
    ['Go to the game today; (our boys in orange and blue) Let them hear you shout', ['Go', 'Let']],
  ])('the order starts after it: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['(Reuters) Police said the man fled on foot.', '(in my opinion) Service was slow.'])(
    'a source or a subject after it is no order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: "remember?" and "see?" as a tag', () => {
  it.each<[string, string[]]>([
    ["If they don't like the kennel, it'll only be two days, remember?", ['remember']],
    ['Once the filter is clean the water clears up, see?', ['see']],
  ])('after a comma the tag asks the reader: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Do you remember?', 'What did you see?'])(
    'a question of its own is no order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: "if not" and "if so" without a comma', () => {
  it.each<[string, string[]]>([
    ['Ask them for a cheaper cabin, but if not just say no.', ['Ask', 'say']],
    ['Is the store still open? If not call me.', ['call']],
  ])('the order follows the elided condition: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I clean the litter box once a day if not twice.',
    'There are hotels downtown, but if not then there would be some in nearby towns.',
    'It is hard, if not downright dangerous, on your horse.',
  ])('no verb after it, no order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: "let" before a bare noun and a bare verb', () => {
  it.each<[string, string[]]>([
    ['The boss told his staff, "Let heads roll!"', ['Let']],
    ['Let customers decide what they want to pay.', ['Let']],
  ])('is an order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('the noun "let" of tennis is no order', () => {
    expect(imperatives('The let was called twice.')).toEqual([]);
  });
});

describe('English imperatives in web text: an adverbial inside a quotation', () => {
  it.each<[string, string[]]>([
    ['"If the line is busy, call us again later.', ['call']],
    ['“By all means, complain.', ['complain']],
  ])('the opening quotation mark does not hide the adverbial: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a quoted subject before the comma still takes its verb', () => {
    expect(imperatives('"The parcel, sadly, arrived late.')).toEqual([]);
  });
});

describe('English imperatives in web text: a verb shouted in capitals after a comma', () => {
  it('is an order when the adverbial before the comma licenses it', () => {
    expect(imperatives('If the shop is still closed, then by all means, COMPLAIN.')).toEqual([
      'COMPLAIN',
    ]);
  });

  it('a capitalised word alone at the start is still a heading', () => {
    expect(imperatives('NOTICE')).toEqual([]);
  });
});

describe('English imperatives in web text: set phrases led by a bare verb', () => {
  it.each([
    'Have no idea why the parcel went to Leeds.',
    'Have no clue what they charge for delivery.',
    'Believe it or not, the old charger still works.',
    '(Believe it or not, the refund came in two days.)',
  ])('order nothing: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it('"have no idea" is the writer\'s own', () => {
    const found = detector.detect('Have no idea why the parcel went to Leeds.');
    expect(found.labels.first_sg).toBe(true);
  });

  it.each<[string, string[]]>([
    ['Have no fear, the team is on it.', ['Have']],
    ['Believe me, it works.', ['Believe']],
  ])('the same verbs still order otherwise: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: items labelled by a letter inside a sentence', () => {
  it.each([
    'Attached is the draft of the: (a) Schedule and (b) Paragraph 4 of the agreement.',
    'We have one template for (a) Retail Customers, (b) Trade Partners, (c) Staff.',
  ])('a capitalised item is a name: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['To reset it: (a) unplug the router, (b) Press the button.', ['unplug', 'Press']],
    ['(a) Return the form to us.', ['Return']],
  ])('a listed order keeps its object: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "let" opening the sentence', () => {
  it.each<[string, string[]]>([
    ['Let regular customers know that the shop moves in May.', ['Let']],
    ['Let cool completely before you slice it.', ['Let']],
  ])('orders whatever follows: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a finite verb after it makes "let" a noun or a past', () => {
    expect(imperatives('Let is called when the ball touches the net.')).toEqual([]);
  });
});

describe('English imperatives in web text: "let" and a name after a comma', () => {
  it('orders the reader to let the named one act', () => {
    expect(imperatives('The phone is still under warranty, let Samsung repair it.')).toEqual([
      'let',
    ]);
  });

  it('a subject before it keeps the verb its own', () => {
    expect(imperatives('When it broke, they let Samsung repair it.')).toEqual([]);
  });
});

describe('English imperatives in web text: a site named by its bare domain', () => {
  it.each<[string, string[]]>([
    ['Try CheapFlightsNow.com', ['Try']],
    ['Check BusTimes.co.uk for the timetable.', ['Check']],
  ])('is the object, not a capitalised word of a title: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "kindly" in a verb group after a modal', () => {
  it('is an adverb of manner, no request', () => {
    expect(
      imperatives('If this reached you by mistake, you should delete it and kindly inform us.'),
    ).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Delete the message and kindly inform us.', ['Delete', 'inform']],
    ['Kindly inform us when the parcel arrives.', ['inform']],
  ])('still asks where no modal comes before: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: advice with "you had" elided', () => {
  it.each<[string, string[]]>([
    ['So better ask at the ticket office.', ['ask']],
    ['Best plan on two hours for the whole tour.', ['plan']],
  ])('"better" or "best" before a bare verb advises: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Best answer gets ten points.',
    'Best food in the whole town!',
    'Okay, the hooves need a trim, better call the farrier.',
  ])('not before a noun nor after a comma: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a two-word preposition opening the sentence', () => {
  it.each<[string, string[]]>([
    ['Along with the fish platter get a side of chips.', ['get']],
    ['Apart from the museum visit the old harbour.', ['visit']],
  ])('the verb after its phrase opens the order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Along with a form on the page for members to join the club.',
    'Along with the parcel came a note.',
  ])('an infinitive or a past inside it is no order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a noun-like word before its particle', () => {
  it.each<[string, string[]]>([
    ['Weed out the weaker seedlings first.', ['Weed']],
    ['Branch out and order something new for once.', ['Branch', 'order']],
  ])('is a phrasal verb opening the sentence: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('not inside a sentence, where the noun may head a phrase', () => {
    expect(imperatives('The root branch out the back is rotten.')).toEqual([]);
  });
});

describe('English imperatives in web text: "suppose" before a noun phrase and its verb', () => {
  it.each<[string, string[]]>([
    ['Suppose the courier loses the parcel on the way.', ['Suppose']],
    ['Now assume all three invoices were paid twice.', ['assume']],
    ['Well, suppose your refund had come a week late?', ['suppose']],
  ])('sets up a case, asked or not: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I suppose the parcel was lost.',
    'They assume the refund went through.',
    'Suppose so?',
  ])('not after a subject of its own, nor as an elided "I": %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: an adverb of manner before two coordinated verbs', () => {
  it.each<[string, string[]]>([
    ['Carefully check and sign the delivery form.', ['check', 'sign']],
    ['Clearly describe and report Damage to the courier.', ['describe', 'report']],
  ])('opens an order with both verbs: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Really love and miss this little shop.', 'Finally went and bought the new phone.'])(
    'not before a verb of the elided "I" or a past: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: a headline opened by a noun before its preposition', () => {
  it.each([
    'Interview with our head of customer care',
    'Review of the new Pixel phone',
    'Visit to the Lisbon warehouse',
    'Attack on the payment servers: what we know',
  ])('names a report or an event: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Visit the Lisbon warehouse', ['Visit']],
    ['Attack with the left flank.', ['Attack']],
  ])('the verb takes its object, or the line has its stop: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: a caption\'s "File photo"', () => {
  it.each([
    'File photo of our new service desk in Leeds.',
    'File image of the depot before the fire.',
  ])('is a noun compound: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['File the photo of the damage with your claim.', ['File']],
    ['File photos of the damage with your claim.', ['File']],
  ])('"file" with its own object stays an order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in web text: "till" as "until"', () => {
  it.each<[string, string[]]>([
    ['Till then, keep the receipt somewhere safe.', ['keep']],
    ['Till you hear from us, leave the box unopened.', ['leave']],
    ['Till the soil before you sow the seeds.', ['Till']],
  ])('before a subject or a time word it orders nothing: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a clause of its own after "till" is no order', () => {
    expect(imperatives('Till I saw the invoice, nobody told me the price.')).toEqual([]);
  });
});

describe('English imperatives in web text: "after" or "before" as a preposition of an opening phrase', () => {
  it.each<[string, string[]]>([
    ['In the second line after the date add the order number.', ['add']],
    ['On the form before the signature write your account number.', ['write']],
  ])('the verb after the phrase opens the order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('a clause that "before" opens keeps its own verb', () => {
    expect(imperatives('In July before the rush the hotel cuts its prices.')).toEqual([]);
  });
});

describe('English imperatives in web text: a numeral before the object', () => {
  it.each<[string, string[]]>([
    ['Do three short stretches before you start.', ['Do']],
    ['Do five-minute checks on the printer.', ['Do']],
    ['Place two sheets of paper under the scanner lid.', ['Place']],
  ])('counts the object of an order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Do two people need a ticket', 'Cost two dollars more than I expected.'])(
    'not before the subject of a question, nor with a past like its base: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: "someone" before a bare verb', () => {
  it.each<[string, string[]]>([
    ['Someone call me back about this order, please.', ['call']],
    ['The line is down again, somebody restart the router.', ['restart']],
  ])('names the doer of an order: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Someone calls us every single day.',
    'Someone put my name on the wrong list.',
    'Did someone take my parcel?',
  ])('not before a verb in -s, a past like its base, or in a question: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: the causative "have it" and its state', () => {
  it.each<[string, string[]]>([
    ['Have it ready when the courier arrives.', ['Have']],
    ['If the seal is broken, simply have it replaced at the counter.', ['have']],
  ])('orders the state of the thing: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Have it?', 'Have it in my bag somewhere.', 'We have it ready.'])(
    'not a question, a place of the elided "I", or a subject\'s verb: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: "suppose" before a variable', () => {
  it.each<[string, string[]]>([
    ['Suppose n ≥ 2.', ['Suppose']],
    ['Now assume P and Q each pay half the fee.', ['assume']],
    ['Suppose x, y ∈ Q and z ∉ Q.', ['Suppose']],
  ])('sets up the case of a single letter: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['I suppose x is the total.', 'Suppose a refund.', 'Suppose I do.'])(
    'not after a subject of its own, nor before the article or "I": %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: "stick to", "head to" before a comma', () => {
  it.each<[string, string[]]>([
    ['Stick to the main road.', ['Stick']],
    ['Stick to Rosa’s Deli, a family place since 1990.', ['Stick']],
    ['Head to the depot, then turn right at the lights.', ['Head', 'turn']],
    ['Head to the front desk, where our staff will help.', ['Head']],
  ])('goes on with an apposition or an order after the phrase: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Subject to the terms of this plan, the insurer pays the fee.',
    'Point to point, the route takes an hour.',
    'A stick to beat them with.',
  ])('not a fronted phrase before a clause of its own: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a quoted question after the order', () => {
  it.each<[string, string[]]>([
    ['Ask them, "Is this covered by the warranty?"', ['Ask']],
    ['Before you pay, ask yourself, “do I need the extra cover?”', ['ask']],
  ])('the question mark is the quotation’s: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Want a refund, "or not"?', 'Ask them, "if you like"?'])(
    'not a bare-verb question whose quotation asks nothing: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in web text: an aside inside a listed item', () => {
  it.each<[string, string[]]>([
    [
      'If you have questions, concerns (billing or otherwise), or feedback, contact us.',
      ['contact'],
    ],
    ['If you want soup, a salad (the beet one is great!), and bread, try the lunch deal.', ['try']],
  ])('the list still belongs to the adverbial: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('not after a main clause with a subject of its own', () => {
    expect(imperatives('We had soup, a salad (the beet one), and bread, loved it all.')).toEqual(
      [],
    );
  });
});

describe('English imperatives in web text: a noun-like verb before "a" and its phrase', () => {
  it.each<[string, string[]]>([
    ['Drizzle a little of the sauce over the rice.', ['Drizzle']],
    ['Zest an orange into the batter.', ['Zest']],
  ])('opens an object with a phrase of place or "of" after it: %s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Account a mess.', 'Bed a bit hard.', 'Bed a bit hard on the back.'])(
    'not a verbless description: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "left" after a verb of turning is the direction', () => {
  it.each<[string, string[]]>([
    ['Turn left at the lights and the shop is on your right.', ['Turn']],
    ['Turn left.', ['Turn']],
    ['Swipe left to delete the message.', ['Swipe']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['The turn left me dizzy.', 'My turn left me broke.'])(
    'not a noun and its past tense: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a dated line of an itinerary', () => {
  it.each([
    'Mon. Oct. 2 - Leave Boston after lunch',
    'Fri. March 14 - Drive to Lyon and check in at the hotel',
    'June 3 – Fly home from Rome',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Ticket 42 - Leave it open until the customer replies.', ['Leave']],
    ['On Oct. 2, leave the keys at the front desk.', ['leave']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a numbered label opens a part of a text', () => {
  it.each(['Exhibit 4.1', 'Extract 3 Spoken Welsh (Cardiff)', 'Round 2', 'Track 7: Night Drive'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );

  it.each<[string, string[]]>([
    ['Exercise 30 minutes a day.', ['Exercise']],
    ['Note 2 things before you start.', ['Note']],
    ['Press 1.', ['Press']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a bare verb joined to a past-tense clause narrates', () => {
  it.each([
    'Drove all the way out there and it was shut.',
    'Get to the counter and there was no one serving.',
    'Grab a coffee and we were out of the door by ten.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Ask at the desk and you will be helped.', ['Ask']],
    ['Open the box and there is a manual inside.', ['Open']],
    ['Tell me what you ordered and I was going to check it.', ['Tell']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a fixed pair of verbs names a thing', () => {
  it.each([
    'Hit or miss with the delivery times.',
    'Bait and switch, rude staff and no refund.',
    'Wear and tear is not covered by the warranty.',
    'Pound for pound, this is the better deal.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Meet and greet the guests at the door.', ['Meet', 'greet']],
    ['Hit the button and wait.', ['Hit']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a condition with neither subject nor verb, without its comma', () => {
  it.each<[string, string[]]>([
    ['Any questions let me know.', ['let']],
    ['Any problems just let me know.', ['let']],
    ['Any questions or concerns give me a call.', ['give']],
    ['If any questions call me.', ['call']],
    ['Any questions feel free to call.', ['feel']],
    ['When ready let me know.', ['let']],
    ['Once done send it over.', ['send']],
    ['If possible send it today.', ['send']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Any changes affect all users.',
    'Any customers call us daily.',
    'When ready the file is sent.',
    'If needed we can call you.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: advice announced, an adverb with "just", a free relative', () => {
  it.each<[string, string[]]>([
    ['My advice is get a second opinion.', ['get']],
    ['Best advice I can give is be patient.', ['be']],
    ['My advice would be get a lawyer.', ['get']],
    ['So my advice is that never trust this dealer.', ['trust']],
    ["My advice is don't do it.", ["don't", 'do']],
    ['Honestly just ignore him.', ['ignore']],
    ['Basically just restart it.', ['restart']],
    ["Whatever you do don't buy it.", ["don't", 'buy']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'My advice is to get a second opinion.',
    'My advice is simple.',
    'The tip is free.',
    'His suggestion is that we wait.',
    'Honestly just love this place.',
    'Whatever you decide is fine.',
    'Whoever did this should be fired.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a first name before a verb that no noun spells', () => {
  it.each(['Mark thinks so.', 'Rob wants to go with us.', 'Pat knows the answer.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );

  it.each<[string, string[]]>([
    ['Give Bob hugs from me.', ['Give']],
    ['Check Amazon reviews to see.', ['Check']],
    ['Know this well.', ['Know']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: an opening adverbial clause that ends without its comma', () => {
  it.each<[string, string[]]>([
    ['As soon as you hear from Duke let me know.', ['let']],
    ['In case you need it call me.', ['call']],
    ['Before you sign anything read the fine print', ['read']],
    ['Since they close at 9 get there by 8 at the latest.', ['get']],
    ['If your dog keeps scratching take him to the vet asap', ['take']],
    ['Before you leave tonight make sure the report is posted.', ['make']],
    ['When you arrive ask for Bob.', ['ask']],
    ['If the kitten wont eat try warming the food a bit', ['try']],
    ["If that doesn't work try the other cable.", ['try']],
    ['Since your budget is tight look at used cars first', ['look']],
    ['When the light turns green release the button', ['release']],
    ['If the box is damaged return it to us.', ['return']],
    ['If you still find adult fleas repeat the entire process.', ['repeat']],
    ['If the infestation is bad enough ask your veterinarian for a pill.', ['ask']],
    ['After you plug it in hold the power button for 10 seconds', ['hold']],
    ['It costs a bit more but go for the premium package', ['go']],
    ['It can be a little on the spicy side but just ask them what you want.', ['ask']],
    ['It may work but restart it first.', ['restart']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'If you do add all the entities, does that mean we need a second agreement?',
    'When you come visit us you will see the new office.',
    'If you have been to the aquarium I would not even bother with this.',
    "If they're gonna stretch out that far they have to do it right.",
    'Since they close at 9 we left early.',
    'Before you sign anything the lawyer reads it.',
    'If you keep trying it will work.',
    'I would go but just ask them first.',
    'If you are experiencing lag with the chat feature we can help.',
    "When you see the first green tendrils push up through the soil, it's time to uncover them.",
    'If you let the dogs run they get tired.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a compound subject before a verb of seeming or a figure', () => {
  it.each([
    'Test results look good so far.',
    'Review comments look fine to me.',
    'Call logs show three attempts.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Check the results look good.', ['Check']],
    ['Make sure results look good.', ['Make']],
    ['Call customers three times.', ['Call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a discourse phrase that opens the sentence without its comma', () => {
  it.each<[string, string[]]>([
    ["By the way don't forget Mark's birthday.", ["don't", 'forget']],
    ['In the meantime keep the receipt.', ['keep']],
    ['Having said that feel free to push back on their numbers.', ['feel']],
    ['Just in case print a copy.', ['print']],
    ['When in doubt just ask the front desk', ['ask']],
    ['Bottom line dont buy from them', ['dont', 'buy']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'By the way Mark called.',
    'In the meantime we will review it.',
    'Bottom line is they lied.',
    'Either way works for me.',
    'By the way thanks for the help.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: two first names joined are a plural subject', () => {
  it.each([
    'Bob and Sue send their love.',
    'Grant and Drew run the desk on weekends.',
    'Sue and Frank want to meet on Friday.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Let Bob and Sue know.', ['Let']],
    ['Give Bob and Sue time.', ['Give']],
    ['Call Bob and Sue tomorrow.', ['Call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe("English imperatives: a drive's letter and colon break nothing", () => {
  it.each(['You can find the file on the O: drive.', 'The file is on the P: drive.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );

  it('a colon after a label still opens a clause: Note: drive carefully.', () => {
    expect(imperatives('Note: drive carefully.')).toEqual(['drive']);
  });
});

describe("English imperatives: a review's run-on, a statement then an order", () => {
  it.each<[string, string[]]>([
    ['the guy at the front desk was rude avoid this place', ['avoid']],
    ['The food was good try the fish.', ['try']],
    ['The place was packed expect a wait.', ['expect']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'The people that work there make great food.',
    'It works great love it.',
    'Food was cold will not return.',
    'We did receive a payment for $3,202.61 on 11-20-2000.',
    'I have a conference call this afternoon at 3 pm.',
    'She makes every item fit you perfectly.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: the handles a tweet opens with address the reader', () => {
  it.each<[string, string[]]>([
    ['@united stop picking on us', ['stop']],
    ['@united yes refund my ticket', ['refund']],
    ['@116132 ask if you wish for any help or questions.', ['ask']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['@united lost my bag', '@united love the new seats', '@united check in was slow'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe("English imperatives: agents' replies on Twitter", () => {
  it.each<[string, string[]]>([
    ['To fix this please restart the app.', ['restart']],
    ['If you are unable to make it to the meeting please check the blog.', ['check']],
    ['To do this please check out our help page: https://t.co/wRa3', ['check']],
    ['For more information click here.', ['click']],
    ['For more info about availability click here; https://t.co/3A9', ['click']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['#fail', '#travel 🎉🎉', 'I asked you to please restart.', 'For details we see below.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "complete with" says what an item comes with', () => {
  it('not an order: Complete with original tubes.', () => {
    expect(imperatives('Complete with original tubes.')).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Complete the form.', ['Complete']],
    ['Complete all the fields.', ['Complete']],
    ['Direct all questions to Bob.', ['Direct']],
    ['Please direct message us for order details.', ['direct']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a verb joined to a question with a modal and "you" shares it', () => {
  it.each([
    'Could you try resetting it and let us know?',
    'Just to be safe, could you press and hold the button for 20 seconds so we can reboot it please.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Could you check it, and let us know.', ['let']],
    ['Restart it, and let us know.', ['Restart', 'let']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: the writer\'s elided "I feel"', () => {
  it.each(['Feel much more settled now.', 'Feel like they overcharged me'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );

  it.each<[string, string[]]>([
    ['Feel free to call.', ['Feel']],
    ['Feel better soon!', ['Feel']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: "either" before the order, "give or take"', () => {
  it.each<[string, string[]]>([
    ['Either place a towel or trim the nails.', ['place', 'trim']],
    [
      'so either place a soft barrier between you and the paws or trim the nails.',
      ['place', 'trim'],
    ],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'We leave at 4 AM and arrive about 4 PM (give or take).',
    'Either way works for me.',
    'Either you call or I do.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a series of verb phrases shares its head', () => {
  it.each([
    'At this meeting, we review the past year, have our annual reports, elect new officers, and occasionally welcome new members.',
    "I'm not sure what effect it had, but it didn't make the ants go away, get the sniffles, or die.",
    "The mechanic was friendly enough -- said they'd take a gander at it, and let me know how much it would cost.",
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Restart the router, check the cables and call us back.', ['Restart', 'check', 'call']],
    ['We close at 9, come early!', ['come']],
    ['However, if you can wait til 2:00pm to eat, go ahead and grab something.', ['go', 'grab']],
    ['To find the median, add the two values together and divide by two.', ['add', 'divide']],
    [
      'We are following up with Sue on a couple legal issues, case law and language, and let me know if you have more.',
      ['let'],
    ],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: warnings and "guess what" after "but" or "and"', () => {
  it.each<[string, string[]]>([
    ['Great lunch buffet, but be careful about dinner service.', ['be']],
    ['It was great but be careful with the sauce.', ['be']],
    ['They are nice, but be aware of the fees.', ['be']],
    ['The dentist told us we had 6 months, but guess what!', ['guess']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'We will be careful and be sure to call.',
    'They said they would be there and be ready.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "Simply put" as a manner of speaking', () => {
  it.each([
    'Simply put, it does not work.',
    'Simply put if a warranty costs more than it saves, skip it',
  ])('no order in "Simply put": %s', (sentence) => {
    expect(imperatives(sentence)).not.toContain('put');
  });

  it('Simply put your cursor at the beginning.', () => {
    expect(imperatives('Simply put your cursor at the beginning.')).toEqual(['put']);
  });
});

describe('English imperatives: a verb that belongs to "dare", "don\'t already" or a series with "have"', () => {
  it.each([
    "I didn't dare leave the store.",
    "If you don't already have your starter stored in a jar, this will help.",
    'I straighten and curl my own hair, give myself manicures, and have practiced my way into nicely groomed eyebrows.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ["If you haven't already restart the router.", ['restart']],
    ["If you don't already do so, back up your files.", ['back']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a fronted phrase without its comma before a label of the screen or a pointer', () => {
  it.each<[string, string[]]>([
    // A capitalised label as the object, ending the clause or followed by "to", "and" …
    ['In the settings menu select Reset.', ['select']],
    ['On the next screen click Continue to finish.', ['click']],
    ['From the menu choose Export and save the file.', ['choose', 'save']],
    // A bare noun of aim before a pointer: "For details see below".
    ['For details see below.', ['see']],
    ['For example take the bus.', ['take']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A capitalised word that is not a label but opens a noun phrase: the subject.
    'In a highly significant move Afghan Pashtun tribes warned the Taliban.',
    'For years people have used it.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: an infinitive of purpose without its comma', () => {
  it.each<[string, string[]]>([
    ['To reset it press the button.', ['press']],
    ['To get there take the bus.', ['take']],
    ['To do that go to Settings.', ['go']],
    ['To cancel your order click here.', ['click']],
    ['To save money buy in bulk.', ['buy']],
    ['To avoid this issue use the latest version.', ['use']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'To be honest I liked it.',
    'To make it worse they charged me.',
    'To date the results show that it works.',
    'To sum up the results show a trend.',
    'To make it work they rebooted the server.',
    'To sell or deliver anything in reliance upon a promise.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: an opening adverbial phrase without its comma', () => {
  it.each<[string, string[]]>([
    ['At least try it once.', ['try']],
    ['At worst just return it.', ['return']],
    ['For now just use the web version.', ['use']],
    ['Next time try the pasta.', ['try']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['At least it works now.', 'Next time I will order online.', 'For now we wait.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: after a condition without its comma, a verb of contact or a label', () => {
  it.each<[string, string[]]>([
    ['If the problem persists contact our support team.', ['contact']],
    ['If it still fails email the log to us.', ['email']],
    ['When you are done click Save.', ['click']],
    ['When it opens select Settings.', ['select']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    "Hopefully, if we're still dating come December, you and Chuck can meet him.",
    'When the contact the customer wants is missing, the app fails.',
    'When we went to Paris Anna showed us around.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: an order run on after a statement', () => {
  it.each<[string, string[]]>([
    ['the wifi never works bring your own hotspot', ['bring']],
    ['I hope this helps let me know if you need more.', ['let']],
    ['We sent it check your inbox.', ['check']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I hope this helps clarify your concerns.',
    'He saw them leave the room.',
    'The shoes I ordered fit my feet.',
    'The premises you visited do not belong to the Commission.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: an adjective-verb before a label of the screen', () => {
  it.each<[string, string[]]>([
    ['Please open Settings and tap Privacy.', ['open', 'tap']],
    ['To fix this, open Settings.', ['open']],
    ['Open Settings > Privacy.', ['Open']],
    ['If needed, open Settings.', ['open']],
    ['Please clear Cache.', ['clear']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Free Shipping!', 'Open House.', 'Open Source and Free Software are different.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a pointer to a page run on after a statement', () => {
  it.each<[string, string[]]>([
    ["PS - we have more cats coming in for re-homing see our 'Homes Wanted' page", ['see']],
    ['I posted the photos see the link below.', ['see']],
    ['She has worked for them check out her blog.', ['check']],
    ['Wendi has worked for them have a look at her blog.', ['have']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Users see the page load slowly.',
    'When users see the page they leave.',
    'I can see the link below.',
    'They made us see the page.',
    'We have a look at the page every day.',
    'Visitors who came yesterday see the page differently.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a condition after a comma, then its order', () => {
  it.each<[string, string[]]>([
    ['The staff talk down to you, if you hate your job so much then quit!!', ['quit']],
    ['It is a fine hotel, if you like it then stay longer.', ['stay']],
    ['It broke twice, if it breaks again then send it back.', ['send']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'This body did not evolve to sit at a desk all day, and then lie on a couch.',
    'They said, if it rains then we stay.',
    'It is fine, if you like it then great.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: adjectives that are seldom verbs, and verbs that take a clause', () => {
  it.each([
    '130 - Approximate Number of countries with a US military presence.',
    '50= Approximate number of rules announced on Fridays after 5pm.',
    'Major Awards – Overall dealer of the year.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Approximate the area of the circle.', ['Approximate']],
    ['Decide the colour is wrong and return it.', ['Decide', 'return']],
    ['Pretend the box is empty.', ['Pretend']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: "you" as the object is no order', () => {
  it.each([
    'Staff is super friendly, treat you as a friend.',
    'New places demand you to pay attention.',
    'Request you to wait till the time mentioned.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Treat yourself to a spa day.', ['Treat']],
    ['Push your finger to their feet gently.', ['Push']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: "please" after a clause with its subject and bare verb', () => {
  it.each<[string, string[]]>([
    ['Anything you need please let me know.', ['let']],
    ['Any questions you may have please call us.', ['call']],
    ['When you get this please call.', ['call']],
    ['If you need assistance please DM us your concern.', ['DM']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Could you please call.',
    'Can you get this please.',
    'You may do as you please, we will wait.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: the predicate after an aside between dashes', () => {
  it.each([
    'If Iran and Syria - with their armaments and missiles - decide to engage, we lose.',
    'The staff - all of them - treat you well.',
    'He might never be a cuddly, loving, tame bird, but you can still bond.',
    'It is important that the two institutions - Parliament and Commission - cooperate.',
    "Cecchetti of the Bank – the central banks' central bank – go further.",
    'The crash in London, the crash in Norway and the storm - all within a month - remind us.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['If so - and I hope not - call us.', ['call']],
    ['If it fails - and it will - call us.', ['call']],
    ['The results - see below - were poor.', ['see']],
    ['Call us - any time - ask for Bob.', ['Call', 'ask']],
    ['Step 1 - open the box - close it.', ['open', 'close']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: "think" before an example, inside brackets', () => {
  it.each<[string, string[]]>([
    ['We thought it would be Brazilian food (think lots of meat), but it was vegan!', ['think']],
    ['It was a vegan place (think tofu and beans), sadly.', ['think']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['I think (so far) it works.', 'The staff (I think) stayed.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: advice after "I would say" that opens with its condition', () => {
  it.each<[string, string[]]>([
    ["I'd say when you get there ask for Bob.", ['ask']],
    ['I would say if it fails try a reset.', ['try']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['I would say if it rains we stay.', 'I would say if you can go early.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: the idiom "spot on" and a participle after a noun', () => {
  it.each([
    'spot on',
    'The service was spot on!',
    'You have posted a question about an American movie, set in Mexico, in the wrong category.',
    'It is a lovely hotel, set in a quiet street.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Spot the difference.', ['Spot']],
    ['Cover the dough, set in a warm place.', ['Cover', 'set']],
    ["If you're still curious, read on.", ['read']],
    ['When it is ready, set on a rack to cool.', ['set']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a news subject before its verb of reporting, an abbreviation', () => {
  it.each([
    'Police in the Indian capital Delhi say they have arrested the suspected co-ordinator.',
    'Experts in the field believe that prices will rise.',
    'Damage estimates of more than $25bn suggest it could be the costliest disaster ever.',
    'Crowds chanted slogans in Falluja (pop. 256,000) on Saturday.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Police the area and say nothing.', ['Police', 'say']],
    ['Pop the balloon.', ['Pop']],
    ['Show it to the clerk.', ['Show']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a condition whose subject has a relative clause', () => {
  it.each([
    "If all the controls that you've selected share the same setting, that setting appears.",
    'If the users you added share a folder, it syncs.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['If the file that you downloaded fails open it again.', ['open']],
    ['If the printer you bought is broken call us.', ['call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a first name that is also a verb, before a past tense', () => {
  it.each([
    'Harry nodded and his eyes shone with tears.',
    'Bob called me yesterday.',
    'Harry took Dobby by the hand.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Mark the box.', ['Mark']],
    ['Chase lost dogs.', ['Chase']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe("English imperatives: a quiz's task that keeps its question mark", () => {
  it.each<[string, string[]]>([
    ['Name something you find at a carnival that comes on a stick?', ['Name']],
    ['Explain the difference between RAM and ROM?', ['Explain']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Name of a good Hibachi restaurant in Chicago?', 'Want a burger?', 'Explain?'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "have" and a bare noun kept at hand', () => {
  it.each<[string, string[]]>([
    ['Phoenix is hot in the summer, so always have sunscreen with you!', ['have']],
    ['Please have order numbers ready.', ['have']],
    ['Have receipts ready.', ['Have']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['We have staff on hand.', 'Do you have receipts ready?', 'I have receipts ready.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "pl" for "please", as Indian English writes it', () => {
  it.each<[string, string[]]>([
    ['I have fallen into this trap ... pl ensure you dont!!!', ['ensure']],
    ['Pl share your order number.', ['share']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['We use PL/SQL for this.', 'It runs on the PL server.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe("English imperatives: a file's name is no sentence end", () => {
  it.each([
    "I even tried extracting Characters.zip which you've provided in other bug reports.",
    '[debug.log](https://github.com/ppy/osu/files/3443128/debug.log)',
    'console.log(req.body.message)',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Send us the debug.log file.', ['Send']],
    ['(See attached file: Sanders Letter 4_28_00.doc)', ['See']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe("English imperatives: a subject before its verb and that verb's object", () => {
  it.each(['Restart makes it go away.', 'Update fixes the problem.', 'Reboot solves it.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );

  it.each<[string, string[]]>([
    ['Check emails regularly.', ['Check']],
    ['Read reviews before buying.', ['Read']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a label before its colon, a Markdown heading', () => {
  it.each([
    'Crash log: http://ix.io/8ej',
    'Release version: 1.2',
    '## Debug info',
    '### Bug Description',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Serve with:', ['Serve']],
    ['Note this:', ['Note']],
    ['## Describe the bug', ['Describe']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe("English imperatives: an advertisement's call in a title-case line", () => {
  it.each<[string, string[]]>([
    ['Handcrafted Furry Animals Wholesale, Call for a Catalog NOW!', ['Call']],
    ['Best Deals In Town - Visit Us Today!', ['Visit']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Free Shipping!',
    'Open House Today!',
    'Great Prices, Mark Now!',
    'Great Prices, Call Now.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "do" before a free relative or a clause of manner', () => {
  it.each<[string, string[]]>([
    ['Do what you think is best.', ['Do']],
    ["Do as you're told.", ['Do']],
    ['Just do what you want.', ['do']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Do what?', 'Do what you want?', 'I do what I want.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a subject before "and don\'t", a noun repeated, a plural subject', () => {
  it.each([
    "Many people buy it and don't read the manual.",
    "Most women try it once and don't come back.",
    'Step by step, we fixed it.',
    'Face to face, he is charming.',
    'Pack animals always tear apart the weaklings in their midst.',
    'Air carriers fly 5 days per week.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ["Tell people about it and don't be shy.", ['Tell', "don't", 'be']],
    ['Go step by step.', ['Go']],
    ['Let kids play outside.', ['Let']],
    ['Pack boxes carefully.', ['Pack']],
    ['Wash hands often to stop germs.', ['Wash']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: an order after "Better yet,"', () => {
  it.each<[string, string[]]>([
    ['Better yet, email him directly.', ['email']],
    ['Better still, text her.', ['text']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: classes from web text (forums, reviews, answers)', () => {
  it.each<[string, string[]]>([
    ["We had an hour to kill, let's go and get a nice dinner.", ["let's", 'get']],
    ['It was cheap, but look what it did to my car.', ['look']],
    ['Do it like I said.', ['Do']],
    ["This isn't working out, try someplace else.", ['try']],
    ['Store onions and shallots in the refrigerator.', ['Store']],
    ['Bang the drum.', ['Bang']],
    ['Thank you and enjoy your stay.', ['enjoy']],
    ["Thank you and don't hesitate to call.", ["don't", 'hesitate']],
    ['Thank you very much and have a great day.', ['have']],
    ['1) Watch Good Eats.', ['Watch']],
    ['2. Visit Central Park.', ['Visit']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Travel leaves me with that very same feeling.',
    'When the cat goes to scratch, bang!',
    'Boom!',
    'Do it work?',
    'Thank you and the team will call.',
    "We loved the ships and don't believe the reviews.",
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: classes from a second fresh set of web sentences', () => {
  it.each<[string, string[]]>([
    ["No, vinegar doesn't work, clean it with baking powder!", ['clean']],
    ["It didn't work, try it again.", ['try']],
    ['we just said, screw it.', ['screw']],
    ["you say don't cut Hydrangeas back.", ["don't", 'cut']],
    ['If I am an hour late, guess what?', ['guess']],
    ['They will be fairly informal, just bring whatever you want.', ['bring']],
    ["It's going to rain, so prepare.", ['prepare']],
    ['At the end of the day go with your gut.', ['go']],
    ["If you're in town come to the show.", ['come']],
    ['Call the boss and say you caught a flat.', ['Call', 'say']],
    ['Please *do* call us.', ['do', 'call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    "I didn't eat, drink or sleep.",
    'I do not know, save that it was his hand.',
    'Damn it!',
    'Can you guess what?',
    'After I got home and took a good look at my hair, my bangs were brittle.',
    'It was a good call.',
    "I don't keep wrap (it's a waste) but I *do* keep bags for re-use.",
    'We set a limit, make a plan, buy the gifts, and screw it up.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: classes from a third fresh set of web sentences', () => {
  it.each<[string, string[]]>([
    ['Stop your thoughts and be calm.', ['Stop', 'be']],
    ['Ponder over its meaning and soon your eyes will close.', ['Ponder']],
    ['Spend a few minutes making sure your work can survive you.', ['Spend']],
    ['Determine whether or not the notifications are arriving on time.', ['Determine']],
    ['If you want to join the "gang" send me a note.', ['send']],
    ["I would've told her no lets go.", ['lets']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'In any case, RAIN OR SHINE, we are going to have this work party.',
    'My windows are wide open a night when it rains.',
    'He said he could no longer work with her.',
    'My game will just give me an infinite loading screen.',
    'He lets go of the rope.',
    'Doctor Gonzales and his staff are great.',
    "Don't you think so?",
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: classes from a fourth fresh set of web sentences', () => {
  it.each<[string, string[]]>([
    ['[1] Look for mechanical slop in the mechanism.', ['Look']],
    ['3. Remove the air silencer and use a spray can style fogging oil.', ['Remove', 'use']],
    ['Just think how wonderful it would be.', ['think']],
    ['Guess how much it cost.', ['Guess']],
    ['Soak the foot in the hottest water the horse will tolerate.', ['Soak']],
    ['Imagine my surprise when my response was “what meeting?” in a near panic.', ['Imagine']],
    ['“See what I mean?” the voice shouted.', ['See']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    '[1] Smith (2004) found this.',
    'The trash can be emptied.',
    'I think how wonderful it is.',
    'The handler identifies all the fish in the net and only let’s you touch the safe ones.',
    'After I get started I even sort of enjoy the work.',
    'Suggest you try and determine where the focal plane is.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: classes from a fifth fresh set of web sentences', () => {
  it.each<[string, string[]]>([
    ['It works great, but keep in mind that you must do this early.', ['keep']],
    ['We tried, so put it away.', ['put']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'We moved a fridge, tore out a bar, put in an island and painted the cabinets.',
    'I backed the bike out of the garage, set the choke and waited.',
    'I fixed it and put it back.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: an adverbial clause that ends on its -s verb or its particle', () => {
  it.each<[string, string[]]>([
    // An -s form after "he", "she" or "it" is the clause's verb, though "rains" and "barks"
    // are more often nouns.
    ['If it rains cancel the trip.', ['cancel']],
    ['If he barks try again.', ['try']],
    // A particle after a past or -s verb ends the clause.
    ['If the power went out restart the router.', ['restart']],
    ['When it breaks down call the garage.', ['call']],
    ['If he barks orders at you, leave.', ['leave']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'If it rains the streets flood.',
    'When the power went out the lights died.',
    // "IT" the acronym is no "it".
    'I had the IT guys reschedule my outlook migration.',
  ])('no order in the clause itself: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "even" before the verb, and a series of verb phrases', () => {
  it.each<[string, string[]]>([
    // "even" as a hedge before a suggestion, like "maybe" and "just".
    ['Maybe even try to get your mom to hold it a bit.', ['try']],
    ['Even try a different browser.', ['try']],
    ['Open the box, remove it, plug it in, restart it.', ['Open', 'remove', 'plug', 'restart']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A "to" governs every short verb phrase of its comma series.
    'It would make it illegal to display, sell, profit from, maybe even possess a quantity of works.',
    'It would make it illegal to display, sell, profit from, possess a quantity of works.',
    'We could refund it, maybe even send a new one.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a verb that takes a clause before a gerund subject', () => {
  it.each<[string, string[]]>([
    ['Remember parking is limited.', ['Remember']],
    ['Decide volunteering is not for you and give them back!', ['Decide', 'give']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Parking is limited.', 'Imagine Dragons are playing tonight.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "then" after a main clause with its own subject', () => {
  it.each<[string, string[]]>([
    ['If so, call us today, then send it.', ['call', 'send']],
    ['To fix this open the settings and then restart.', ['open', 'restart']],
    ['3) If he shows no interest in water, then take him back to your vet.', ['take']],
    ['However if you plan on getting one, then get two.', ['get']],
    [
      'However, if you are allowed another option and you want a small town, then head to Edinburgh.',
      ['head'],
    ],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'To take care of this problem we need to put up more posts and then tighten the fence.',
    'As you pointed out, the utilities will come in for a few months and then leave.',
    'As I sat down at the trot I would just flex my calf muscle quickly, then release.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a list of nouns inside the adverbial clause', () => {
  it.each<[string, string[]]>([
    [
      'If you have questions, comments or concerns do not hesitate to let me know.',
      ['do', 'hesitate'],
    ],
    [
      'If you have questions, comments, or concerns do not hesitate to contact us.',
      ['do', 'hesitate'],
    ],
    ['If you have questions, comments, concerns or ideas let me know.', ['let']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['If you have questions, comments or concerns we will answer them.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: words emphasised with underscores or around a slash', () => {
  it.each<[string, string[]]>([['_Do_not_ do this.', ['Do', 'do']]])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['I would be impressed if the drive can *read/write* data at 5 megs a second!'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a word as often a noun before a code with digits', () => {
  it.each<[string, string[]]>([
    ['Visit Route 66 today.', ['Visit']],
    ['Register SN123 now.', ['Register']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(["I'm using a radioshack infrared detector module (model GP1U52X)."])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a mark glued by a dash to the next word', () => {
  it.each<[string, string[]]>([
    ['It broke again!- Call us now.', ['Call']],
    ['What? -call them.', ['call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'After that the grey screen with a floppy and a blinking ?-sign appears.',
    'I immediately hacked together a "running light"-test in MPLAB.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "even" after "never"', () => {
  it.each<[string, string[]]>([['Never even think about it.', ['think']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each(['The waitress never came over, never even came by our table.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a quotation mark that closes after its comma', () => {
  it.each<[string, string[]]>([
    ['I said "no," so call them.', ['call']],
    ['Do not say "never," call them.', ['Do', 'say', 'call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Everyone gets to "unplug," help out, learn new skills, and appreciate the outdoors!'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "Time for", "Ditto"', () => {
  it.each<[string, string[]]>([['Time your run carefully.', ['Time']]])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Time for a change!',
    'Time for Operation GCP: Goat Containment Plan.',
    'Ditto on the instant read thermometer.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "just make sure" run on after a clause', () => {
  it.each<[string, string[]]>([
    ['The bag will absorb the wax just make sure you keep using a clean spot.', ['make']],
    ['It works fine just make sure it is plugged in.', ['make']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I just make sure it is off.',
    'You need to just make sure it is off.',
    'We always just make sure.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "obviously" before the order', () => {
  it.each<[string, string[]]>([['First and foremost, obviously get rid of the fruit.', ['get']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each(['Obviously work is important.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: the verbs of a pseudo-cleft ("All they do is …")', () => {
  it.each([
    'All the clerks do when you bring one in is rip it apart, toss the film into the bin, and throw the battery away.',
    'What I did was open it, clean it and close it.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([['Do what you can, then open it.', ['Do', 'open']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );
});

describe('English imperatives: "e-mail" before the person written to', () => {
  it.each<[string, string[]]>([
    ['E-mail me tomorrow.', ['mail']],
    ['If this does not make sense, e-mail us.', ['mail']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'E-mail sciencem...@upi.com',
    '(b) e-mail comments transmitted to ENA on January 19th.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: the aside "mind you"', () => {
  it.each<[string, string[]]>([
    ['It was cheap, mind you.', ['mind']],
    ["This hasn't been a real problem mind you, but it helps.", ['mind']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it('is a courtesy formula, no command', () => {
    expect(detector.detect('It was cheap, mind you.').imperatives.map((c) => c.kind)).toEqual([
      'courtesy',
    ]);
  });

  it.each(["If you don't mind you can stay.", "I don't mind you, really."])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "I" after an adverbial clause is its subject, no name', () => {
  it.each<[string, string[]]>([['If you need a plumber call Mike.', ['call']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each([
    'When I set the variable to my IP address I get an error.',
    'As soon as I modify text in older files, text I have next to images shifts over.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "Fast forward"', () => {
  it.each<[string, string[]]>([
    ['Fast forward the video.', ['forward']],
    ['Fast forward to the end.', ['forward']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['The fast forward button is broken.', 'Forward to: John Smith'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "once" opening the adverbial before a series of orders', () => {
  it.each<[string, string[]]>([
    [
      'Once she can do it without the saddle, put the saddle back on and work with her.',
      ['put', 'work'],
    ],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Once again we went there, ate and slept.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "make sure" after the comma of a statement', () => {
  it.each<[string, string[]]>([
    ['There is a connection behind the glove box, make sure it is connected.', ['make']],
    ['The box is behind the door, make sure it is closed.', ['make']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['We will check it, make sure it works.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "Do this" before when or how often', () => {
  it.each<[string, string[]]>([
    ['Do this every day.', ['Do']],
    ['Do that until it is as low as possible.', ['Do']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Do these work every day?', 'Do this work?'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "First thing" opening the order', () => {
  it.each<[string, string[]]>([['First thing check your air flow.', ['check']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each(['First thing I did was call.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "either" or an adverb after an aside between dashes', () => {
  it.each<[string, string[]]>([['If so - and I hope not - just call us.', ['call']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each([
    'These big boards—you know, like the ones you see in airports—either don’t exist here or are hidden.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "somehow" inside an infinitive', () => {
  it.each([
    'After waiting for the dumbbells to somehow find their way back to the rack, I went to grab a pair.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a verb as often a noun before its object, inside a series', () => {
  it.each<[string, string[]]>([
    ['Restart it, plop it in the chair and call us.', ['Restart', 'plop', 'call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I show up right on time, pick out my color, plop my butt in the chair, grab a magazine and get ready to relax.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: two capitalised words that fill a bracket', () => {
  it.each<[string, string[]]>([['(Call Mike) if it breaks.', ['Call']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each(['I gave him a can of wet food (Fancy Feast) but he was not excited about it.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "let" as the next past of a story', () => {
  it.each<[string, string[]]>([
    ['I fixed it, let me know if it works.', ['let']],
    ['We tried it, let us know.', ['let']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['I obeyed, let them into my smoke-laden abode, and they went to work.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: "home" is no verb', () => {
  it.each(['After church I went to lunch then home to get the bike out and go for a ride.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a verb of moving the reader "to" a place after a coordinator', () => {
  it.each<[string, string[]]>([
    ['The center point is the fastest, so stick to that if you can.', ['stick']],
    ['Go left and head to the station.', ['Go', 'head']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['I got up and head to work.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "wish me luck" wherever it stands', () => {
  it.each<[string, string[]]>([
    ["I'm trying to convince him to buy a cat tower or make them a catio, wish me luck!", ['wish']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['They wish me luck every time.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a series whose head holds an adverbial and its main clause', () => {
  it.each<[string, string[]]>([
    ['If you want to, restart it, clean it and call us.', ['restart', 'clean', 'call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'And while you have the options open you can go back to the first tab and click clear history, delete cookies and delete temporary files.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "and therefore don\'t" after a clause with its subject', () => {
  it.each<[string, string[]]>([
    ['If you have questions, comment below and do not forget to subscribe.', ['do', 'forget']],
    ['It works and so do not worry.', ['do', 'worry']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'because they are full of moisture (future rain) and therefore do not transmit light like a cloud',
    'They are full of moisture and therefore do not transmit light.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "Wait staff", "live music": a compound or an adjective', () => {
  it.each<[string, string[]]>([
    ['Live life to the fullest.', ['Live']],
    ['Wait a minute.', ['Wait']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Wait staff only barely able to muster up enough customer service.',
    'Wait time awful, service not all that great.',
    'Live music every night.',
    'live lobsters.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a gerund and its particle as the adverbial, without a comma', () => {
  it.each<[string, string[]]>([
    ['after signing in see the Option link in top right corner of the page.', ['see']],
    ['After logging in click Settings.', ['click']],
    ['Before heading out check the weather.', ['check']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'After signing up people get a discount.',
    'He left, and after journeying on foot in several parts of Germany, he enlisted.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "but remember that …"', () => {
  it.each<[string, string[]]>([
    ['It can be difficult for you, but remember that he needs you.', ['remember']],
    ['It is hard, but remember he loves you.', ['remember']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['We can leave early, but remember that day fondly.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "do so" as the order\'s pro-verb', () => {
  it.each<[string, string[]]>([
    ['If you can, do so.', ['do']],
    ['If not, do so now.', ['do']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I will do so.',
    'We asked him to leave and he did so.',
    'They can do so, and do so often.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a sentence adverb and its comma before the adverbial', () => {
  it.each<[string, string[]]>([
    [
      'Probably, if XP allows you to format the drive, then do so and install XP on it.',
      ['do', 'install'],
    ],
    ['Also, if it fails, then call us.', ['call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives: a plural noun heading a series of present verbs', () => {
  it.each<[string, string[]]>([
    ['Close all windows, open the app and sign in.', ['Close', 'open', 'sign']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'In many other countries people walk, walk and walk for several small things.',
    'Many users restart it, clear the cache and sign in again.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: an adverbial clause that ends on "be", a preposition and a plural', () => {
  it.each<[string, string[]]>([
    ["If you're into wings try the sweet baby rays flavor.", ['try']],
    ['If you are into cars visit the museum.', ['visit']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['If you are into cars the museum is worth a visit.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a pronoun before a modal or finite verb is a subject, no object', () => {
  it.each<[string, string[]]>([['Email us if you can.', ['Email']]])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I moved him to a smaller tank, ( plant that was in it had been growing for a couple months).',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "Simply put", "Put another way"', () => {
  it.each<[string, string[]]>([
    ['Simply put your cursor here.', ['put']],
    ['Put it another way.', ['Put']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Simply put ..',
    'Put another way, the question is whether it works.',
    'Put simply, it works.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a courtesy formula after an adverbial clause without a comma', () => {
  it.each<[string, string[]]>([['If you are just starting hang in there.', ['hang']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each(['And when I do have a week to myself, I spend it teaching extra courses.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a pointer before its colon after an adverbial', () => {
  it.each<[string, string[]]>([
    ['For more information, visit:', ['visit']],
    ['For details, see:', ['see']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Update: we fixed it.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a numbered noun before a later predicate', () => {
  it.each<[string, string[]]>([
    ['Call 555-1234 if it breaks.', ['Call']],
    ['Turn 2 screws until they stop.', ['Turn']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Slide 5 in particular should be of help.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a plural subject, an adverb between commas, its verb', () => {
  it.each<[string, string[]]>([
    ['If that fails, however, call us.', ['call']],
    ['Restart it, however, check the cables first.', ['Restart', 'check']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'The drops, however, have a very short focal length.',
    'The cables, though, need to be checked.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a noun with a relative "that" clause before its predicate', () => {
  it.each<[string, string[]]>([['Change that setting now.', ['Change']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each([
    'Therefore, sweat that comes out of the body will not easily evaporate.',
    'Water that stays in the tank will go bad.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: the causative "have" with a name, and "but have" before a virtue', () => {
  it.each<[string, string[]]>([
    ['Please have Matt email the ops reports to me.', ['have']],
    ['Have Anna call me when she is back.', ['Have']],
    ['It can get pretty busy here, but have patience, it is worth the wait.', ['have']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Have Mark checked it?', 'I was tired but had fun.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: names that hold a possessive or the writer', () => {
  it.each<[string, string[]]>([
    ["Check out the website for the Bishop's Lodge in Santa Fe.", ['Check']],
    ['Call Mark and I will explain.', ['Call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Mark and I are going through the tickets this morning.',
    'Don and I will call you later today.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: assurances, elided questions and conditions with "have it"', () => {
  it.each<[string, string[]]>([
    ['It will hurt, trust me.', ['trust']],
    ['Need help, call us.', ['call']],
    ['Want a drink, walk up a flight of stairs and pay cash.', ['walk', 'pay']],
    ['If you have it, just drop it in the mail.', ['drop']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['They like me, trust me, and love me.', 'Need a new phone, it broke.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: record numbers, ellipses and a superlative before a noun', () => {
  it.each<[string, string[]]>([
    ['Call 5551234 now.', ['Call']],
    ['Enter 12345 as the code.', ['Enter']],
    ['I can... Call me later.', ['Call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I changed the price on the released demand from 6.449 to 6.423 (deal 205672).',
    'Deal 763736 was changed yesterday.',
    'She asked whether the board "should...be willing to sacrifice careful review."',
    'Since he was the top graduate from the management program at OU, it would be great to have him there.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "lets" before a bare verb, a run-on "Let me", a phone label', () => {
  it.each<[string, string[]]>([
    ['If you have some concerns lets discuss.', ['lets']],
    ['Tues 2/15 Lunch to 2:30 Let me know the best time for you and your group.', ['Let']],
    ['Call 555-1234 (ask for Bob).', ['Call', 'ask']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'The system lets go of the rope.',
    'Mark Taylor (713)863-7190 (home) (713)853-7459 (work) (713)646-3490 (fax)',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: labels in brackets, record codes, quoted names and "have any of"', () => {
  it.each<[string, string[]]>([
    ['Guess what else?', ['Guess']],
    ['If you have any ideas or can provide some help, please follow-up.', ['follow']],
    ['We agreed on the price, go ahead and book it.', ['go', 'book']],
    ['It works (see 4).', ['see']],
    ['Click "Cancel" and try again.', ['Click', 'try']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'There was a big swim meet that T wanted to see so we drove out for that (yawn).',
    'I am still uncertain about the status of the exemption (Issue 4); I understood it differently.',
    'Deal NN6788.1 with Citibank has been killed.',
    '"Schedule" was added to bolster the scheduling requirements.',
    '"Cancel" does nothing when I click it.',
    'Of the tanks listed on the spreadsheet, have any of the tanks been relocated?',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a series under a modal past a bracketed aside', () => {
  it.each<[string, string[]]>([
    [
      'Arrange for O & M services, supply the fuel (primarily gas), market the power.',
      ['Arrange', 'supply', 'market'],
    ],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'We would arrange for O & M services, supply the fuel (primarily gas), market their excess power, and, for the first 4 years, take 1/2 the offtake.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: after an elided "Hope …" clause, and a pronoun object before the comma', () => {
  it.each<[string, string[]]>([
    ['Hope this helps, call me if you need anything.', ['call']],
    ['I hope this makes sense to you, call me if it does not.', ['call']],
    ['I hope you like it, call me.', ['call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Love the place, go there often.',
    'If you are interested, you can check out the group comp.os.msdos.desqview, or just email me directly.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: run-on orders with "just", compound "Next time", tags and "so"', () => {
  it.each<[string, string[]]>([
    ['The wifi never works just restart the router', ['restart']],
    ['Next time you are in the area try the noodles.', ['try']],
    ['And tell your secret of survival to people will you?', ['tell']],
    ['The place gets busy quickly so arrive early or rely on luck.', ['arrive', 'rely']],
    ['from next time keep it english', ['keep']],
    ['It may work, however make sure you save first.', ['make']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'A mangled end still lets water out, but it impedes the flow.',
    'Inferior planets can, however be at conjunction.',
    'I expect a place that does not look so run down for that price.',
    'What time will you?',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: warnings after a comma, "never" after "but", reflexive objects, tasks', () => {
  it.each<[string, string[]]>([
    ['It is hot, be careful.', ['be']],
    ['It is slow to load, be patient.', ['be']],
    ['Stretching is very good for speed, but *never* stretch to the point of pain.', ['stretch']],
    ['Love yourself and treat others as you would yourself.', ['Love', 'treat']],
    ['Write the chemical equation to explain the answer?', ['Write']],
    ['Lets just say it is big.', ['Lets']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Love it!', 'I tried it but never liked it.', 'Issue 4 :'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a question "will you please" after "If so", names and record numbers', () => {
  it.each<[string, string[]]>([
    ['If so please let me know.', ['let']],
    ['Please check deal no. 137945.', ['check']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'If so will you please let me know what companies they are.',
    'When we arrived at Avis Rent A Car at the Reno airport I asked if it could be upgraded.',
    'Those two deal Nos are EOL deal no 137945 and 149472.',
    'Shame on me.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: misspelt verbs after "please", hedged suggestions, purpose after "Also,"', () => {
  it.each<[string, string[]]>([
    ['If folks have information to discuss, please foward along to me by tomorrow.', ['foward']],
    ['Please bookout the following deals that I entered.', ['bookout']],
    ['Maybe try meeting new people?', ['try']],
    ['perhaps ask him?', ['ask']],
    ['Also, to bring eggs to room temp quickly, submerge them in warm water.', ['submerge']],
    ['Do 2 years at community college.', ['Do']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I was very happy with the service and even more please with the portion size.',
    'Please could you send a DM with your order number so I can look into this for you?',
    'Maybe it works?',
    'Do 2 people need a ticket?',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: an adverb after "not", and "be" held back by an ellipsis', () => {
  it.each<[string, string[]]>([
    ["If you haven't already be sure to give this video a thumbs up.", ['be']],
    ['I was... Call me later.', ['Call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    "If you don't really have a choice, that is fine.",
    "Since I don't really have a choice, I won't complain.",
    'But I am watching the inauguration and I am just... overcome.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: verbs of seeming after a noun, numbered subjects, names that are verbs', () => {
  it.each<[string, string[]]>([
    ['Take two tablets.', ['Take']],
    ['Chuck it in the bin.', ['Chuck']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Demand appears low for such a device right now.',
    'Step one was taken on the trip this year.',
    'Chuck Lampman (chuck.lampman@example.edu)',
    'Chip, I have not received the letter yet.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a negated order after an infinitive of purpose and its object', () => {
  it.each<[string, string[]]>([
    ["To avoid crowds don't go Sunday night.", ["don't", 'go']],
    ["To get the best seats don't arrive late.", ["don't", 'arrive']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(["To be honest people don't care.", "To my surprise the staff don't speak English."])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a signature before its postscript, and a weekday abbreviation', () => {
  it.each<[string, string[]]>([
    ['Mark the box.', ['Mark']],
    ['PS call me.', ['call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Mark P.S.',
    'Sue P.S. I will call.',
    'Rick Buy I am expecting more details from Bill.',
    'We would miss the first day of school, which is a half day (Wed).',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a heading word run on before "I" and its verb', () => {
  it.each(['Transport I have the CES transport split between Wholesale and Retail.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in advice threads: "please do", prefixed verbs and "just"', () => {
  it.each<[string, string[]]>([
    // An emphatic "do" after a "please" inside the sentence.
    ['For this thread please do read the pinned post before replying.', ['do', 'read']],
    // A verb the word lists lack, made with "over-", "under-" or "mis-" from a verb.
    ["Don't overthink it, she was only being polite.", ["Don't", 'overthink']],
    // An adverb in -ly and "just" before a bare verb order whatever follows.
    ['Honestly just move on with your life.', ['move']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // An adverb of habit before "just" tells what the writer's elided "I" does.
    'Usually just sleep in on Sundays.',
    'Could you please do check?',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in advice threads: assurances, oaths and "by all means"', () => {
  it.each<[string, string[]]>([
    // "trust me" or "believe me" closing the sentence without its comma.
    ['Crying is good for you trust me', ['trust']],
    ['You made the right call believe me.', ['believe']],
    // A phrase that urges the order after it, comma or none.
    ['So by all means reply if he reaches out.', ['reply']],
    ["If you're happy with that, then by all means go ahead.", ['go']],
    ["For god's sake stop asking the same question.", ['stop']],
    ['For fucks sake stop asking.', ['stop']],
    ['Just for the love of god recline slowly.', ['recline']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A plural before "trust me" is the verb's subject; so is a subject, a modal or "to".
    'My kids trust me.',
    'None of them believe me',
    'You can trust me.',
    'I want you to trust me.',
    'By all means, they are right.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in advice threads: curses and negated verbs after a coordinator', () => {
  it.each<[string, string[]]>([
    // A curse dismissing what a determiner opens.
    ['Screw my representative.', ['Screw']],
    ['Fuck this job.', ['Fuck']],
    // "don't be" shares no subject: a subject would say "aren't".
    ["I hope it works out and don't be scared to ask for help.", ["don't", 'be']],
    // After "but", a clause whose subject "it" would take "doesn't".
    ["It is cheap but don't expect much.", ["don't", 'expect']],
    ["I think it was near the station but don't quote me on that.", ["don't", 'quote']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A curse after a modal and its adverb is the modal's verb.
    "If you bottle it up, it'll just screw you over later.",
    'The screw the plumber used was loose.',
    // "but don't" shares the present tense and subject of the clause before it.
    "They numb the pain but don't fix the damage.",
    "We love them but don't overfeed them.",
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in advice threads: advice after "I think" and a later "let me"', () => {
  it.each<[string, string[]]>([
    // "I think just …", "I guess just …": the advice, as after "I'd say".
    ['So I guess just tell yourself it will pass.', ['tell']],
    ['i think just leave it alone', ['leave']],
    // A later "let me" in a clause whose subject is "I" turns to the reader.
    ['I used to do that a lot and let me tell you it is not fun.', ['let']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I think just a little.',
    'I guess just got lucky.',
    // The infinitive's subject is the object before "to".
    'I told her to go and let me handle it.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a quotation mentioned, not reported', () => {
  it.each([
    'I always prefer the phrase "move forward" instead of "move on".',
    'We avoid the term "click here" in links.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([['The sign said "keep out".', ['keep']]])(
    'still reports %s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );
});

describe('English imperatives in advice threads: encouragement, errands and reminders after a clause', () => {
  it.each<[string, string[]]>([
    // "stay strong", "be kind", "hang in there": encouragement stands apart as a warning does.
    ['It will be a rough few weeks mate, stay strong.', ['stay']],
    ['This only brings pain, be kind to yourself.', ['be']],
    ["It's hard but hang in there.", ['hang']],
    // "go" or "come" before a bare verb: the serial verb of an errand.
    ["I hope you're doing well, go get the support you need.", ['go']],
    // "just" before a verb of knowing turns it to the reader.
    ["I know it's hard to hear, but just know healing takes time.", ['know']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'They need to stay strong.',
    'We will stay strong, and be safe.',
    'Whenever we visit, we go see my aunt.',
    'I tried, but I just know it works.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in reviews and advice threads: set 51-52 classes', () => {
  it.each<[string, string[]]>([
    // A verb the lists have is no "re-" form of another: "rebound" is not "rebind"'s past.
    ["Please don't rebound as much as your heart wants.", ["don't", 'rebound']],
    // Negated, "hope" orders: the elided "I" would hope that it won't.
    ['Dont hope she will come back.', ['Dont', 'hope']],
    // "is" and its comma introduce advice as a colon would.
    ['All I can say is, put yourself first.', ['put']],
    // The encouragement wherever it stands.
    ["You're not alone brotha just hang in there.", ['hang']],
    // "guess what" before the news with its own subject.
    ['And guess what I definitely love the food.', ['guess']],
    // "your" misspelt for "you're" after the subordinator.
    ['If your in a hurry dont bother filling it here.', ['dont', 'bother']],
    // A discourse phrase after a comma, as at the start.
    ['But seriously, at least say hi.', ['say']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // "keep me" before a gerund keeps the writer doing it; the formula is "keep me posted".
    'The soups are outstanding and affordable and keep me coming back.',
    // "or" joins conditions: the negated verb shares the subordinate clause's subject.
    "Trust is fragile, especially when u are still holding on or don't see enough effort.",
    // A story opened on a simple past: a later "put" is its past.
    "Took the work, put in the time, and now it's paying off.",
    // After a verb in -ing, a word before a preposition is its object.
    "When someone keeps eroding trust on purpose, they can't play victim.",
    // A modal's verb past "at least".
    'If he is going to waste your time you can at least waste his.',
    'The problem is, people forget.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in weblogs: a later question, a past story, "try to" after a condition', () => {
  it.each<[string, string[]]>([
    // The question after ", but" is its own clause; the order before it keeps no "?".
    ["Forgive me if I'm wrong, but wasn't that exactly what he did?", ['Forgive']],
    // "try to" and "remember to" after a condition without its comma.
    ['If you go there try to get a table by the window.', ['try']],
    ['When you arrive remember to check in first.', ['remember']],
    // A recipe's past participle before its noun is no past of the story.
    ['Put the onions and sliced peppers in a pan.', ['Put']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A verb whose past is its base, joined by "and" to a past: the elided "I" narrates.
    'Set it aside for a day or so and calmed down.',
    'Put it in the oven and waited an hour.',
    'If the kids try to open it, they will fail.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in forum answers: sets 53-54 classes', () => {
  it.each<[string, string[]]>([
    // After "but", past an infinitive of the clause before; a verb as often a noun before
    // a preposition and its pronoun.
    ['It takes half the first season to really pick up, but stick with it.', ['stick']],
    // "Alright" opens an order as "OK" does.
    ['Alright pack it up boys, we are done here.', ['pack']],
    // "though" joins the negated order as "but" would.
    ["I'm probably wrong though don't take my word for it.", ["don't", 'take']],
    // A catenative's object "me" after its progressive still orders.
    ['If you want to know how we are going mail me to find out.', ['mail']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A verb taking an infinitive whose "to" is left out has the bare verb.
    'I found it when I was trying fix his computer.',
    'If you need help with your account, we are just a message away!',
    // "let" after "and" shares the subject of the clause before it.
    'My coworkers pick up on it immediately and just let me be.',
    'She called and let me know.',
    // Coordinated inside the condition, past an adverbial phrase.
    "If you're driving home and all of a sudden remember an old friend, it's fine.",
    // A participle like its base before "by" and its agent, after a noun.
    'There was this information center, run by an ex-hooker.',
    // Idioms: "let alone", "spot on", "shout out to", the acronym "RIP".
    'Let alone so many that are also on here!',
    'Spot on chicken deliciousness.',
    'Shout out to their manager Sal, he was a big help!',
    'RIP John.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in web text: a run-on question and a coordinator after an ellipsis', () => {
  it.each<[string, string[]]>([
    // A clause run on after the order owns the question mark.
    [
      'If he does not call you back by friday call him again he could be playing hard to get?',
      ['call'],
    ],
    // A formula before the ellipsis shares no subject.
    ['Thanks...and call me later.', ['call']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // After an ellipsis, "and" goes on with the clause before it and shares its subject.
    'I also never have to wait long for a sticker...and never get the usual excuses.',
    // The adjective's clause is the question's own.
    'Should you and Mark talk it through with the desk to make sure it is clear?',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in reviews: sets 55-56 classes', () => {
  it.each<[string, string[]]>([
    // A recipe's participle before its noun after the verb still orders.
    ['Add chopped onions.', ['Add']],
    // "but don't" after a plural noun advises when the verb is no thing's.
    ["The burgers look great, but don't order the fries.", ["don't", 'order']],
    ["I love this place, but don't go on weekends.", ["don't", 'go']],
    // A causative's verb before its own object is no participle.
    ["If you have any questions just let us know, we're a message away.", ['let']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A headline's passive with its "is" left out.
    'Key Delhi blast suspect arrested',
    // Nouns heading a remark or a regret.
    'Note to anyone with a car: parking sucks.',
    'Shame that the food is overshadowed by the service.',
    'Shout out goes to the cute hostess.',
    // A compound adjective of manner and participle.
    '- stir fried pea shoots in garlic',
    // The first word and a noun as the subject of a verb in -s with its object.
    'Rap music floods the venue from the small DJ booth.',
    // "remember" denied is the writer's elided "I".
    "Some dish: don't remember what it's called but it was nice.",
    // A story opened on a past that is also a participle.
    'Sat at the bar and sampled the brews, put our name in for a table.',
    // The causative's participle like its base.
    'When I got my hair cut here, it turned out great!',
    // A plural noun's verb that a thing does, shared across "but".
    "Their croquettes taste good, but don't really taste home-made.",
    // A name and a possessive's noun before a past verb.
    'Mark and his team prepared an awesome feast for my birthday.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in reviews: "keep in mind" and "be prepared" after a condition', () => {
  it.each<[string, string[]]>([
    // "Keep in mind" takes a clause, whose subject and predicate follow.
    ['Keep in mind the average dinner is about $75 a person.', ['Keep']],
    ['Bear in mind parking is limited.', ['Bear']],
    // A bare "be" before a warning's adjective ends an unpunctuated condition.
    ['So when you place an order be prepared to wait.', ['be']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['If it could be prepared early, that would help.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in advice threads and reviews: sets 57-58 classes', () => {
  it.each<[string, string[]]>([
    // An adjective that is also a verb before its particle.
    ['Open up.', ['Open']],
    ['Clean up the mess.', ['Clean']],
    // "go" and "come" take a bare "be".
    ['Go be the change.', ['Go']],
    // The order's verb left out at the clause's end.
    ["Definitely don't.", ["don't"]],
    // A vocative without its comma.
    ["Dude don't listen to them.", ["don't", 'listen']],
    // "I'd" without its apostrophe before the advice.
    ['id say focus on yourself.', ['focus']],
    // "you" after a verb in -s is its object; the order follows the condition.
    ["If she texts you don't respond.", ["don't", 'respond']],
    // After "but", past a clause whose -s verb follows an adverb; a verb and its adverb of time.
    ['The bar also makes it the perfect stop after work, but arrive early.', ['arrive']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    "I don't.",
    // The bare verb after "but" completes "do" or "help".
    "There isn't much to do but start the grieving process.",
    "I can't help but laugh.",
    // A bare gerund, its object and an -s verb: a subject and its predicate.
    'Message him just opens up old wounds.',
    // A plural noun is the quoted verb's subject.
    'When people "fall out of love", they are not ready.',
    // "like" opens a clause whose "you" is its subject.
    "When you do it that way is like you don't look at the details.",
    // "that" before "are" is a relative, not a determiner.
    'Sex is one of those things that are readily available but require a skill set.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in advice threads: the reader\'s own self, laughter, "remember that"', () => {
  it.each<[string, string[]]>([
    // "yourself" (or "urself") as the object: no earlier subject shares the verb.
    ["I'd take my ex right back, but ask urself.", ['ask']],
    // Laughter run on ends what came before it, before a negated order.
    ["These people are dangerous hahaha don't fall for them.", ["don't", 'fall']],
    // "remember" before its "that" clause after a comma and a coordinator.
    ["He needs serious help, and remember that you're not responsible.", ['remember']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A "you" before the verb may share it; so may an infinitive.
    'Eventually you develop a syndrome and convince yourself that this is your life.',
    'To pan the living clay is to stand in the freezing waters and break yourself on a riddle.',
    'Voters who meet me know that I am sincere, and know that I stand on principle.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in advice threads: sets 59-60 classes', () => {
  it.each<[string, string[]]>([
    // "then don't" closing the sentence.
    ["If you have no intention of getting back, then don't.", ["don't"]],
    // "is" before a negated order introduces it, comma or none.
    ["Only thing I can tell you is don't ignore your feelings.", ["don't", 'ignore']],
    // "think too much" is advice; "ever" after the negation orders.
    ["Don't think too much into it.", ["Don't", 'think']],
    ["Don't ever think you're better.", ["Don't", 'think']],
    // A curse before "em".
    ['Fuck em all.', ['Fuck']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(["Don't think so.", "The problem is don't know where."])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives in Yahoo! Answers: sets 61-62 classes', () => {
  it.each<[string, string[]]>([
    // "Do" before a singular determiner's noun: a question would say "Does".
    ['Do a yahoo search for Tang emperors and you should get lots more info.', ['Do']],
    // A verb toward the writer keeps its question mark: no "Do you" is elided before it.
    ['tell me plz????', ['tell']],
    // "ok" cut to its letter.
    ['k tell me what to add or subtract.', ['tell']],
    // A task set with its question mark.
    ['derive the expression for the complex refractive index?', ['derive']],
    // "remember that" and its clause after a comma alone.
    ['Right, there ya go, remember that you have 3 sig figs.', ['remember']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Do these shoes come in blue?', 'Do this work?', 'We remembered, remember that?'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: an order and its threat after "or"', () => {
  it.each<[string, string[]]>([
    // After "or", an adjective's noun before a modal is the threat's own subject.
    ['Go take your pills or bad things will happen.', ['Go']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Work and school will be hard.'])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: "just" after a condition with no comma', () => {
  it.each<[string, string[]]>([
    ['If you want to cry or scream just let it out.', ['let']],
    ['If it hurts just stop.', ['stop']],
    ["If you don't get it just ask.", ['ask']],
    ['When you feel down just remember that you are loved.', ['remember']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'If the kids just listen, it works.',
    'If you want to just let it out, fine.',
    'If he would rather just stay home, fine.',
    'If it is you just say so.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a short opening phrase with no comma', () => {
  it.each<[string, string[]]>([
    ['In 6 months contact the new girl.', ['contact']],
    ['At that point call the police.', ['call']],
    ['On Monday call the office.', ['call']],
    ['In a few days check your inbox.', ['check']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'At the same time the US remains oblivious of the problems.',
    'In the second room it took 3 tries to get the towels.',
    'In an imperial decree the following month, Norton summoned the Army.',
    'In the US people call the police.',
    'In general people love the place.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a verb of manner before "like", a gerund after "practice"', () => {
  it.each<[string, string[]]>([
    ['Act like it doesn’t bother you.', ['Act']],
    ['Just act like a normal person of society.', ['act']],
    ['just post like us mortals', ['post']],
    ['Practice voicing your comments to yourself.', ['Practice']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Work like a dog is what I do.',
    'Feel like a failure today.',
    'Practice makes perfect.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives after "but": an infinitive, a verbless description', () => {
  it.each<[string, string[]]>([
    ['The food was good but try to avoid the weekends.', ['try']],
    ['The place was fine but plan to wait an hour.', ['plan']],
    ['All in all informative but try to avoid the weekends if you can.', ['try']],
    ['..uuumm but keep the music going during the break...', ['keep']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I like it but try to avoid the weekends.',
    'Basically everything but give you the time to eat.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in Yahoo! Answers: set 63 classes', () => {
  it.each<[string, string[]]>([
    // The reader's own self keeps its question mark: no "Do you" is elided before it.
    ['Ask yourself WHY satan appeared as a serpent in the garden?', ['Ask']],
    // An exam's task of contrast keeps its question mark.
    ['Distinguish between concentrated and distributed winding?', ['Distinguish']],
    // Undoing a tie on a site or a phone.
    ['Unfriend her and unmatch him.', ['Unfriend', 'unmatch']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A modal inverted before a noun phrase: a question however polite.
    'Would the real Rev Trask please stand up?!?',
    'Can the mills berry manager please email me?',
    // A compound's head before an indefinite article that opens the subject.
    'In my dance class a classmate is always standing near my bottle.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives in Yahoo! Answers: set 65 classes', () => {
  it.each<[string, string[]]>([
    // The conditional imperative: "and you will" promises the order's outcome.
    ['Study human evolution and you will better understand where we came from.', ['Study']],
    ['good question, read some of my questions and you will see more evidence.', ['read']],
    // A pointer before the number of what it points to.
    ['See #3.', ['See']],
    // "lay" (not the past of "lie") after an adverbial and its comma, before its object.
    ['Before passing a stool, lay a long strip of paper down the bowl.', ['lay']],
    // The idiom orders even after a clause with a subject.
    ["They say it is wrong, and don't even get me started on the rest.", ["don't", 'get']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // The subject before an aside of a phrase.
    "vegans, in general, don't consume products that came from animals.",
    // A noun phrase's head inside the adverbial clause, the main clause after the comma.
    'When you mix the black paint with the white paint, you have some of the mix.',
    'Pin #: 4115',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe("English imperatives in reviews: a menu's dishes are no orders", () => {
  it.each([
    'Duck entree perfectly cooked and tender.',
    '- roast duck with plum sauce',
    '- spare ribs',
    'Sour cream, chili, onions, mushrooms, and bell peppers.',
    'Very nice room, tap room, restaurant.',
    'Slot machines at 9:30am on a random tuesday.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Roast the chicken for an hour.', ['Roast']],
    ['Spare me the details.', ['Spare']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });
});

describe('English imperatives in Yahoo! Answers and reviews: sets 66-67 classes', () => {
  it.each<[string, string[]]>([
    // A quiz's task, whatever the question mark.
    ['name three cell organelles that are made up of membrane systems?', ['name']],
    // A plural object in a list is no -s verb.
    ['Give me links and stuff.', ['Give']],
    // Laughter before the wish.
    ['Ha have a nice Sunday.', ['have']],
    // "lemme" spelt with one "m".
    ['pls leme know.', ['le']],
    // A stray apostrophe after the contraction.
    ["Dont' get me wrong....I like the cafe.", ['Dont', 'get']],
    // The reader's own self shares no third person's subject.
    ['they go freely, cry a little bit, pick yourself up and go have fun.', ['pick']],
    // A pointer to a verse.
    ['See 2:7 for one such usage.', ['See']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    // A book of the Bible before its chapter and verse.
    'Mark 7:10;',
    // The cheer.
    'Sounds like Heaven for them to me.Woo Hoo!',
    // A result's next step shares the clause's subject.
    'we are more willing to confront threats and as a result, become more self confident.',
    // "let" after "and", past a subject and its adverb, is a past tense.
    'He then elaborated on the origins of the wine and let us enjoy our dinner.',
    // A shouted verb after its negation.
    "He not only DID NOT SHOW UP, but haven't heard from anyone.",
    // A bare verb joined to a clause in the past tells what happened.
    'Go in and they had decent bar.',
    'Walk in and they greeted us warmly.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: a task to show, a verb that takes a clause before its colon', () => {
  it.each<[string, string[]]>([
    ['Show this truth?', ['Show']],
    ['Show that f(x)=2+4x has exactly one real root.', ['Show']],
    ['Remember: The free add/drop period will end on Wednesday at noon.', ['Remember']],
    ['Remember - this is YOUR family.', ['Remember']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['I remember - it was raining.', 'Show times are at 7.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a curse before what it curses', () => {
  it.each<[string, string[]]>([
    ['Fuck that.', ['Fuck']],
    ['Fuck money', ['Fuck']],
    ['Fuck driving to the store.', ['Fuck']],
    ['Damn that friendly ghost for ruining it!', ['Damn']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'Damn it.',
    "Damn that's a good euphemism.",
    'Damn right.',
    'Fuck yeah!',
    'Fuck.',
    'Fuck all.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});

describe('English imperatives: after "and", when a bare verb opens the sentence and nothing has a tense', () => {
  it.each<[string, string[]]>([
    ['cut of all contact and tighten up your PC security.', ['tighten']],
    ['practice deep breathing breath work, eat clean and get into running and the gym.', ['get']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each(['Love and hate the place.', 'Went there and got the soup.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a reflexive closes the condition', () => {
  it.each<[string, string[]]>([['If the snake is burning itself put something over it.', ['put']]])(
    '%s',
    (sentence, verbs) => {
      expect(imperatives(sentence)).toEqual(verbs);
    },
  );

  it.each(['If I’m sad I let myself feel it.', 'If he lets himself feel it, fine.'])(
    'not an order: %s',
    (sentence) => {
      expect(imperatives(sentence)).toEqual([]);
    },
  );
});

describe('English imperatives: a later verb with a tense and no subject shares it', () => {
  it.each<[string, string[]]>([
    ["It is good but don't be late and don't forget your ID.", ["don't", 'be', "don't", 'forget']],
  ])('%s', (sentence, verbs) => {
    expect(imperatives(sentence)).toEqual(verbs);
  });

  it.each([
    'I will probably stay here again, but do not look forward to it and would definitely not recommend this hotel.',
  ])('not an order: %s', (sentence) => {
    expect(imperatives(sentence)).toEqual([]);
  });
});
