import type { Template } from '../templates/schema';

/**
 * The reply templates of the built-in English pack: common customer-service situations,
 * written in the pack's own house style ("we", requests rather than orders, active voice,
 * greeting, thanks and closing). The validator runs them through the pack's checks and
 * their `suggestFor` messages through the ranking; a unit test keeps both clean. Ids are
 * shared with the Finnish templates: they are language variants.
 */
export const TEMPLATES_EN: Template[] = [
  {
    id: 'delivery-delay',
    title: 'Delivery delayed',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message, and we are sorry that your order is late. We checked order {{input:Order number | required}} with the carrier, and they expect to deliver it by {{input:Expected delivery date}}.{{cursor}}\n\nWe will let you know if anything changes.\n\nKind regards\n{{agent.name}}',
    tags: ['delivery', 'order'],
    triggers: [
      'late',
      'delay',
      'delayed',
      'not arrived',
      'not yet arrived',
      "hasn't arrived",
      'still waiting',
      'parcel',
      'package',
      'tracking',
      { regex: 'where.{0,20}(?:order|parcel|package|delivery)' },
    ],
    shortcut: 'delay',
    examples: {
      suggestFor: [
        'My order still has not arrived and it has been two weeks.',
        'Where is my parcel? The tracking page shows nothing.',
      ],
    },
  },
  {
    id: 'return',
    title: 'Returning a product',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. You can return the product within 30 days of delivery:\n\n1. Fill in the returns form at {{input:Returns form address | "example.com/returns"}}.\n2. Pack the product in its original packaging.\n3. Take the parcel to your nearest drop-off point.\n\nWe refund the payment to the same card within a week of receiving the return.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['return'],
    triggers: [
      'return',
      'send back',
      'exchange',
      'swap',
      { regex: '\\bsen[dt]\\b.{1,30}\\bback\\b' },
    ],
    shortcut: 'return',
    examples: {
      suggestFor: [
        'I would like to return the shoes, they are too small.',
        'How do I send the jacket back?',
      ],
    },
  },
  {
    id: 'refund',
    title: 'Refund issued',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. We have refunded {{input:Amount | required}} to your original payment method. Your bank usually shows the refund within 3–5 working days.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['refund', 'payment'],
    triggers: ['refund', 'money back', 'reimburse', 'credit', 'my money'],
    shortcut: 'refund',
    examples: {
      suggestFor: [
        'When will I get my money back for the return?',
        'The refund still has not appeared in my account.',
      ],
    },
  },
  {
    id: 'faulty-product',
    title: 'Faulty product',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message, and we are sorry that the product is faulty. We will put it right as quickly as we can.\n\nCould you send us a photo of the fault and your order number? We will then send you a replacement or refund the purchase, whichever you prefer.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['complaint', 'fault'],
    triggers: [
      'broken',
      'faulty',
      'defective',
      'damaged',
      "doesn't work",
      'does not work',
      'stopped working',
      'not working',
      'warranty',
      'fault',
    ],
    shortcut: 'faulty',
    examples: {
      suggestFor: [
        'The coffee maker I received does not work at all.',
        'The vase was broken when I opened the box.',
      ],
    },
  },
  {
    id: 'cancel-order',
    title: 'Cancelling an order',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. We have cancelled order {{input:Order number | required}} as you asked. If you have already paid, we will refund the payment to the same method within a few days.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['order', 'cancellation'],
    triggers: [
      'cancel',
      'cancellation',
      "don't want the order",
      'changed my mind',
      'ordered by mistake',
    ],
    shortcut: 'cancel',
    examples: {
      suggestFor: [
        'I would like to cancel my order, I chose the wrong size by mistake.',
        "Can I still cancel yesterday's order?",
      ],
    },
  },
  {
    id: 'invoice',
    title: 'Question about an invoice',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. We have checked invoice {{input:Invoice number}}.{{cursor}} {{choice:Outcome | "It had an error, and we are sending you a corrected invoice by email." | "It is correct: the total includes the products and the delivery charge."}}\n\nWe are happy to help if you have any other questions about it.\n\nKind regards\n{{agent.name}}',
    tags: ['invoice', 'payment'],
    triggers: [
      'invoice',
      'bill',
      'billed',
      'charge',
      'charged',
      'overcharged',
      'due date',
      'reminder',
    ],
    shortcut: 'invoice',
    examples: {
      suggestFor: [
        'The amount on my invoice is wrong, could you check it?',
        'I have been charged twice for the same order.',
      ],
    },
  },
  {
    id: 'password-reset',
    title: 'Signing in and passwords',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. You can reset your password yourself:\n\n1. Choose "Forgotten password" on the sign-in page.\n2. Enter your email address {{customer.email | ""}}.\n3. Open the email we send you and choose a new password.\n\nIf the email has not arrived within 15 minutes, please check your spam folder.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['account', 'sign-in'],
    triggers: [
      'password',
      'log in',
      'login',
      'sign in',
      'locked out',
      "can't access",
      'cannot access',
    ],
    shortcut: 'password',
    examples: {
      suggestFor: [
        'I cannot log in to my account, the password is not accepted.',
        'I have forgotten my password.',
      ],
    },
  },
  {
    id: 'more-information',
    title: 'Asking for more information',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. We are happy to look into this, but we need a little more information first.\n\nCould you tell us {{input:What we need | "your order number and the email address you used for the order"}}? We will continue as soon as we hear from you.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['information'],
    triggers: ['problem', 'issue', 'help', 'something wrong', "don't understand"],
    shortcut: 'info',
    examples: {
      suggestFor: ['I have a problem with my order, can you help?', 'I need some help.'],
    },
  },
  {
    id: 'feedback-thanks',
    title: 'Thanks for feedback',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your feedback! It made our day, and we will pass your message on to the team.{{cursor}}\n\nWe look forward to serving you again.\n\nKind regards\n{{agent.name}}',
    tags: ['feedback'],
    triggers: [
      'feedback',
      'thank you for',
      'excellent',
      'great service',
      'happy with',
      'love',
      'amazing',
      'compliment',
    ],
    shortcut: 'thanks',
    examples: {
      suggestFor: [
        'I just wanted to say thank you for the excellent service!',
        'I am really happy with my new sofa.',
      ],
    },
  },
  {
    id: 'address-change',
    title: 'Changing the delivery address',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. We have changed the delivery address of order {{input:Order number | required}} to {{input:New address | required}}. The parcel will go to the new address on the original schedule.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['delivery', 'address'],
    triggers: ['address', 'wrong address', 'moved', 'change the delivery'],
    shortcut: 'address',
    examples: {
      suggestFor: [
        'Can I still change the delivery address of my order?',
        'I typed the wrong address in my order.',
      ],
    },
  },
  {
    id: 'payment-failed',
    title: 'Payment failed',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message, and we are sorry for the trouble. We checked the payment: it did not go through, so we have not charged your account.\n\nYou can place the order again with another payment method. If the problem continues, we are happy to help.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['payment'],
    triggers: [
      'payment failed',
      'payment declined',
      'card',
      'declined',
      'checkout',
      "payment didn't",
      { regex: "payment.{0,20}(?:fail|declin|didn't go|did not go)" },
    ],
    shortcut: 'payment',
    examples: {
      suggestFor: [
        'My payment failed at checkout, but the money left my account.',
        'My card keeps getting declined.',
      ],
    },
  },
  {
    id: 'delete-account',
    title: 'Deleting an account and data',
    body: 'Hello {{customer.firstName | "there"}},\n\nThank you for your message. We have deleted your customer account and the personal data linked to it, as you asked. The law requires us to keep the receipts of purchases for six years.{{cursor}}\n\nKind regards\n{{agent.name}}',
    tags: ['account', 'privacy'],
    triggers: [
      'delete',
      'deletion',
      'remove my',
      'gdpr',
      'personal data',
      'privacy',
      'close my account',
    ],
    shortcut: 'delete',
    examples: {
      suggestFor: [
        'Please delete my account and all my data.',
        'I request the removal of my personal data under the GDPR.',
      ],
    },
  },
];
