import { defineRule } from '../define-rule';
import { PRESS_CONFIDENCES } from '../lexicons';
import { isNewsOnlyByFm } from '../news-domains';
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
    const hasOtherCues =
      ctx.has('press-address', undefined, everywhere) ||
      ctx.has('press-self', undefined, everywhere) ||
      ctx.has('press-address-direct', undefined, everywhere) ||
      ctx.has('press-offer-strong', undefined, everywhere) ||
      ctx.has('press-deflect');
    const pressCues = hasOtherCues || ctx.has('press-offer');
    // "Off the record" to "kestrelfm.co.uk" is a confidence to a facilities firm as likely as a leak to a station: an "fm"
    // name needs a cue that speaks to the press, not only a confidence. (Asked only of such a recipient: few drafts have one.)
    const hasPlainCues = () => hasOtherCues || ctx.scan('press-offer').some((hit) => !PRESS_CONFIDENCES.has(hit.phrase));
    for (const recipient of ctx.audience.recipients) {
      // A masthead-like domain ("hexhamcourant.co.uk") counts when the draft itself speaks to the press.
      const isPressByCues = recipient.isMaybeNews && pressCues && (!isNewsOnlyByFm(recipient.localPart, recipient.domain) || hasPlainCues());
      if (recipient.isNews || isPressByCues) {
        report({ field: recipient.field, start: recipient.start, end: recipient.end }, 'newsRecipient', { address: recipient.address });
      }
    }
  },
});
