import type { CheckContext, Hit } from '../context';
import { fieldValue } from '../context';
import { defineRule } from '../define-rule';
import type { GiftPrefill } from '../types';

/** Items that make an offer hospitality rather than a gift. */
const HOSPITALITY = new Set([
  'hospitality', 'hospitality suite', 'dinner', 'lunch', 'meal', 'breakfast', 'drinks', 'a drink', 'tickets', 'ticket', 'seats', 'box', 'villa',
  'cottage', 'holiday', 'gala dinner', 'awards', 'ball', 'as your guest', "as itv's guest", 'guest', 'hosting me', 'spa day', 'upgrade',
]);

/** Organisation-like name endings, for who made the offer. */
const ORG_SUFFIX = /\b([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}\s+(?:Ltd|Limited|plc|PLC|Security|Solutions|Events|Partnership|Software|Group|Trust|Bank|Services|Consulting|Foundation|Council|Club|Association|Catering|Construction))\b/;

function organisationFromDomain(domain: string): string {
  const name = domain.split('.')[0] ?? '';
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function prefillFor(ctx: CheckContext, hit: Hit, item: Hit): GiftPrefill {
  const text = fieldValue(ctx.draft, hit.field);
  const text_ = ctx.text(hit.field);
  const sentence = text_.sentences[hit.first];
  let from = hit.first;
  let to = hit.last;
  while (from > 0 && text_.sentences[from - 1] === sentence) from--;
  while (to < text_.tokens.length - 1 && text_.sentences[to + 1] === sentence) to++;
  const start = text_.folded.origin[text_.tokens[from]!.start]!;
  const end = text_.folded.origin[text_.tokens[to]!.end - 1]! + 1;
  const description = text.slice(start, end).replace(/\s+/g, ' ').trim().slice(0, 300);
  const pounds = /£\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)/.exec(description);
  const outside = ctx.audience.recipients.find((recipient) => !recipient.isInside && !recipient.isPersonalMail);
  const organisation = ORG_SUFFIX.exec(description)?.[1] ?? (outside ? organisationFromDomain(outside.domain) : undefined);
  return {
    kind: HOSPITALITY.has(item.phrase) ? 'hospitality' : 'gift',
    description,
    ...(organisation ? { offeredBy: { organisation } } : {}),
    ...(pounds ? { estimatedValue: Number(pounds[1]!.replace(/,/g, '')) } : {}),
    ...(ctx.scan('gift-respond').some((r) => /decline|not able|unable|cannot|can't|allowed|back|return|collect/.test(r.phrase)) ? { accepted: false } : {}),
  };
}

/**
 * An offer of a gift or hospitality made to the sender because of their work: thanking for
 * it, accepting, declining, returning or asking for it. Every offer is declared, accepted
 * or not (Elected Local Policing Bodies (Specified Information) Order 2011, para 2(e)).
 */
export default defineRule({
  id: 'gift-offer',
  category: 'gifts',
  messages: {
    offered: 'A gift or hospitality offer: declare it in the {register} within {days} days, even if you decline it.',
    solicited: 'Asking for a gift, discount or favour from someone you deal with at work is not allowed. Any offer must be declared in the {register}.',
  },
  check({ ctx, report }) {
    if (ctx.scan('private-life', ['subject', 'body']).length > 0) return; // family and friends, outside work
    // A public post needs something tying it to work; an email from work is work.
    if (ctx.audience.isPublic && ctx.scan('work-context', ['body']).length === 0 && !/@\w/.test(ctx.draft.body)) return;
    const itemNear = (hit: Hit, window: number, sameSentence: boolean) => {
      const item = ctx.near(hit, 'gift-item', window, { sameSentence });
      if (!item || ctx.near(item, 'procurement', 8, { sameSentence: true })) return undefined;
      return item;
    };
    for (const hit of [...ctx.scan('gift-thanks', ['subject', 'body']), ...ctx.scan('gift-respond', ['subject', 'body'])]) {
      if (ctx.isNegated(hit) && hit.tag === 'gift-thanks') continue;
      if (ctx.near(hit, 'gift-policy', 12, { sameSentence: true }) && hit.tag === 'gift-respond' && !ctx.near(hit, 'gift-thanks', 20)) continue;
      const item = itemNear(hit, 20, true);
      if (item) {
        const span = { field: hit.field, start: Math.min(hit.start, item.start), end: Math.max(hit.end, item.end) };
        report(span, 'offered', {}, { prefill: prefillFor(ctx, hit, item) });
        return;
      }
    }
    // "Our project team was taken to lunch", "a gift basket ... courtesy of a local printer".
    for (const hit of ctx.scan('gift-receive', ['subject', 'body'])) {
      if (ctx.isNegated(hit) || ctx.near(hit, 'gift-policy', 20, { sameSentence: true })) continue;
      const item = itemNear(hit, 12, false);
      if (item && !ctx.near(item, 'gift-policy', 12, { sameSentence: true })) {
        const span = { field: hit.field, start: Math.min(hit.start, item.start), end: Math.max(hit.end, item.end) };
        report(span, 'offered', {}, { prefill: prefillFor(ctx, hit, item) });
        return;
      }
    }
    for (const hit of ctx.scan('gift-solicit', ['body'])) {
      const item = itemNear(hit, 25, false) ?? (hit.phrase.includes('free') ? hit : undefined);
      if (item) {
        report(hit, 'solicited', {}, { prefill: prefillFor(ctx, hit, item) });
        return;
      }
    }
  },
});
