import type { Rule } from '../define-rule';
import giftOffer from './gift-offer';
import markedOutside from './marked-outside';
import mediaOutletRecipient from './media-outlet-recipient';
import partyPolitical from './party-political';
import personalData from './personal-data';
import pressContact from './press-contact';
import privateMeeting from './private-meeting';
import tenderDisclosure from './tender-disclosure';

/** Every built-in rule, one idea each. */
export const rules: readonly Rule[] = [
  mediaOutletRecipient,
  pressContact,
  markedOutside,
  privateMeeting,
  tenderDisclosure,
  partyPolitical,
  giftOffer,
  personalData,
];
