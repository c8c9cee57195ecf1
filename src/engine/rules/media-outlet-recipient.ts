import { defineRule } from '../define-rule';
import { chain, isEmpty } from '../iterate';

/** A recipient at a news organisation: contact with the media needs authorisation. */
export default defineRule({
  id: 'media-outlet-recipient',
  category: 'media',
  messages: {
    newsRecipient: '{address} is at a news organisation. Only staff authorised by the {media} may contact the media: ask them before you send.',
  },
  check({ ctx, report }) {
    const pressCues = !isEmpty(chain(ctx.hits('press-address'), ctx.hits('press-offer'), ctx.hits('press-offer-strong')));
    for (const recipient of ctx.audience.recipients) {
      // A masthead-like domain ("hexhamcourant.co.uk") counts when the draft itself speaks to the press.
      if (recipient.isNews || (recipient.isMaybeNews && pressCues)) {
        report({ field: recipient.field, start: recipient.start, end: recipient.end }, 'newsRecipient', { address: recipient.address });
      }
    }
  },
});
