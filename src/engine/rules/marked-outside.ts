import { fieldValue } from '../context';
import { defineRule, excerptOf } from '../define-rule';
import { chain } from '../iterate';
import { TokenFlag } from '../text/tokens';

/** The `marking-cleared` phrases that say an embargo is over, wherever in the draft they stand. */
const EMBARGO_LIFTED = new Set([
  'embargo has lifted', 'embargo lifted', 'the embargo lifted', 'no longer embargoed', 'now live', 'is now live',
  // Not "published today": an embargoed press release says that of itself.
  'out now', 'is out now', 'was published', 'published yesterday',
]);

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
  check({ ctx, report, isFull }) {
    if (!ctx.audience.hasOutside) return;
    const markings = chain(
      ctx.hits('marking'),
      // RESTRICTED, SECRET, CONFIDENTIAL, PROTECT count only when written as a marking: in capitals.
      ctx.hits('marking-caps'),
      // A file's name is its label: "PCP Part B minutes (exempt).pdf".
      ctx.hits('marking-file', ['attachments']),
      ctx.hits('marking-file-caps', ['attachments']),
    );
    // An embargo that has lifted has lifted everywhere: "Re: EMBARGOED until 00:01" above "the embargo lifted this morning".
    const isEmbargoLifted = ctx.find('marking-cleared', ['subject', 'body'], (hit) => EMBARGO_LIFTED.has(hit.phrase)) !== undefined;
    for (const hit of markings) {
      if (isFull()) break;
      if (hit.tag.endsWith('-caps') && !ctx.tokensHave(hit, TokenFlag.upper)) continue;
      if (isEmbargoLifted && hit.phrase.includes('embargo')) continue;
      if (ctx.isNegated(hit) || ctx.near(hit, 'marking-cleared', 10, { sameSentence: true })) continue;
      report(hit, 'markedOutside', { marking: excerptOf(fieldValue(ctx.draft, hit.field), hit.start, hit.end).toUpperCase() });
    }
  },
});
