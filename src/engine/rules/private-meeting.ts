import { defineRule } from '../define-rule';

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
      if (ctx.isNegated(hit)) continue;
      if (ctx.near(hit, 'disclosure-verb', 30)) report(hit, 'privateMeeting');
    }
  },
});
