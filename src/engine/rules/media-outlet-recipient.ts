import { defineRule } from '../define-rule';
import { Zone } from '../text/zones';

/** A recipient at a news organisation: contact with the media needs authorisation. */
export default defineRule({
  id: 'media-outlet-recipient',
  category: 'media',
  messages: {
    newsRecipient: '{address} is at a news organisation. Only staff authorised by the {media} may contact the media: ask them before you send.',
  },
  check({ ctx, report }) {
    // The recipient's own words in the quoted chain count here ("Chris from Belper News Online here … for a story"), and so
    // does turning them away ("not able to comment: speak to our press office"): both say the recipient is press.
    const everywhere = { zones: [Zone.own, Zone.forwarded, Zone.quoted] };
    const pressCues =
      ctx.has('press-address', undefined, everywhere) ||
      ctx.has('press-self', undefined, everywhere) ||
      ctx.has('press-address-direct', undefined, everywhere) ||
      ctx.has('press-offer') ||
      ctx.has('press-offer-strong', undefined, everywhere) ||
      ctx.has('press-deflect');
    for (const recipient of ctx.audience.recipients) {
      // A masthead-like domain ("hexhamcourant.co.uk") counts when the draft itself speaks to the press.
      if (recipient.isNews || (recipient.isMaybeNews && pressCues)) {
        report({ field: recipient.field, start: recipient.start, end: recipient.end }, 'newsRecipient', { address: recipient.address });
      }
    }
  },
});
