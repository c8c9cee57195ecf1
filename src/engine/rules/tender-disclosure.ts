import { defineRule } from '../define-rule';

/** Confidential tender information (scores, rivals' prices) going outside before award. */
export default defineRule({
  id: 'tender-disclosure',
  category: 'confidential',
  messages: {
    tender: 'This gives away confidential tender information (scores or prices) before the award. Keep it inside the evaluation team.',
  },
  check({ ctx, report }) {
    if (!ctx.audience.hasOutside) return;
    const other = ctx.scan('tender-other', ['subject', 'body']);
    if (other.some((hit) => hit.phrase.includes('award'))) return; // after award, scores may be shared
    // "bid farewell" is no bid: ignore tender words that start another phrase.
    const tenders = ctx.scan('tender', ['subject', 'body']).filter((hit) => !other.some((o) => o.field === hit.field && o.first === hit.first));
    const detail = ctx
      .scan('tender-detail', ['body'])
      .find((hit) => !ctx.isNegated(hit) && tenders.some((t) => t.field === 'subject' || (t.field === hit.field && Math.abs(t.first - hit.first) <= 25 && ctx.text(hit.field).sentences[t.first] === ctx.text(hit.field).sentences[hit.first])));
    if (detail) report(detail, 'tender');
  },
});
