import { fieldValue } from '../context';
import { defineRule, excerptOf } from '../define-rule';

/**
 * A protective marking or confidentiality designation (OFFICIAL-SENSITIVE, NOT FOR
 * PUBLICATION, exempt Part 2, COMMERCIAL IN CONFIDENCE, EMBARGOED, …) on a draft going
 * outside the organisation.
 */
export default defineRule({
  id: 'marked-outside',
  category: 'confidential',
  messages: {
    markedOutside: 'Marked "{marking}" and going outside {org}. Send it only to people inside, or check with the {monitoring} first.',
  },
  check({ ctx, report }) {
    if (!ctx.audience.hasOutside) return;
    const markings = [
      ...ctx.scan('marking'),
      // RESTRICTED, SECRET, CONFIDENTIAL, PROTECT count only when written as a marking: in capitals.
      ...ctx.scan('marking-caps').filter((hit) => ctx.tokensOf(hit).every((token) => token.isUpper)),
      // A file's name is its label: "PCP Part B minutes (exempt).pdf".
      ...ctx.scan('marking-file', ['attachments']),
      ...ctx.scan('marking-file-caps', ['attachments']).filter((hit) => ctx.tokensOf(hit).every((token) => token.isUpper)),
    ];
    for (const hit of markings) {
      if (ctx.isNegated(hit) || ctx.near(hit, 'marking-cleared', 10, { sameSentence: true })) continue;
      report(hit, 'markedOutside', { marking: excerptOf(fieldValue(ctx.draft, hit.field), hit.start, hit.end).toUpperCase() });
    }
  },
});
