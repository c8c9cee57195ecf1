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
    if (ctx.scan('tender', ['subject', 'body']).length === 0) return;
    const detail = ctx.scan('tender-detail', ['body']).find((hit) => !ctx.isNegated(hit));
    if (detail) report(detail, 'tender');
  },
});
