import { defineRule } from '../define-rule';
import { TokenFlag } from '../text/tokens';

/** What was said at a meeting held in private, going outside. */
export default defineRule({
  id: 'private-meeting',
  category: 'confidential',
  messages: {
    privateMeeting: 'This discloses what was said at a meeting held in private. It must not go outside {org}: check with the {monitoring}.',
  },
  check({ ctx, report }) {
    if (!ctx.audience.hasOutside) return;
    for (const hit of ctx.scan('private-meeting', ['subject', 'body'])) {
      // "Our Behind Closed Doors campaign": a title, not a meeting.
      if (ctx.isNegated(hit) || ctx.tokensHave(hit, TokenFlag.capitalised, TokenFlag.upper)) continue;
      // What was said or decided there: in the same sentence as the private meeting.
      if (ctx.near(hit, 'disclosure-verb', 30, { sameSentence: true })) report(hit, 'privateMeeting');
    }
  },
});
