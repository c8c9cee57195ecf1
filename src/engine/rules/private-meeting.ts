import type { CheckContext, Hit } from '../context';
import { defineRule } from '../define-rule';
import { TokenFlag } from '../text/tokens';

/** Who speaks for a meeting in the sentences after it is named. */
const MEETING = new Set(['they', 'them', 'members', 'panel', 'board', 'committee', 'chair', 'chairman', 'councillors', 'everyone', 'we', 'constable', 'chief', 'commissioner', 'mayor']);

/** Phrases that name a private meeting only as where something was said: "at the Deputy Mayor's private briefing", not "can we set up a private briefing?". */
const HELD_AT = new Set(['private briefing', 'private meeting']);
/** "At the Deputy Mayor's private briefing": "at" or "in" a few words before the meeting. */
const AT = new Set(['at', 'in']);

/** Words after "private meeting" that make it a place: "the private meeting room". */
const ROOMS = new Set(['room', 'rooms', 'space', 'area', 'pod', 'pods']);

/** Meetings that "closed" may name with words between: "the Commissioner's closed strategic board", "a closed budget session". */
const MEETINGS = new Set(['board', 'boards', 'session', 'sessions', 'meeting', 'meetings', 'panel', 'committee', 'briefing', 'workshop', 'hearing', 'discussion', 'sitting', 'cabinet']);
/** Words before "closed" that make it a meeting's adjective ("the closed … board"), not a verb ("the chair closed the meeting"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', "today's", "yesterday's", 'our', 'their', 'its', 'his', 'her']);
/** Most words between "closed" and the meeting it names: "closed strategic board", "closed estates sub-committee". */
const MODIFIERS = 2;
/** Words after "private" that make it something other than held in private: "the private sector board", "a private hire panel". */
const NOT_IN_PRIVATE = new Set(['sector', 'hire', 'rented', 'landlord', 'landlords', 'members', "members'", 'security', 'health', 'prosecution', 'prosecutions', 'investigator', 'investigators']);

/**
 * "Closed" or "private" naming a meeting held in private with words between ("At the Commissioner's closed strategic board this
 * morning…", "at the private SLT meeting"), as a hit over both: a determiner or a possessive before it, and the meeting within two words after.
 */
function closedMeetings(ctx: CheckContext, covered: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  for (const hit of ctx.scan('meeting-closed', ['subject', 'body'])) {
    if (covered.some((other) => other.field === hit.field && other.first <= hit.first && hit.first <= other.last)) continue; // "closed session" is named already
    const { tokens, sentences } = ctx.text(hit.field);
    if (!tokens.isOneOf(hit.first - 1, DETERMINERS) && !tokens.has(hit.first - 1, TokenFlag.possessive)) continue;
    if (tokens.isOneOf(hit.last + 1, NOT_IN_PRIVATE)) continue;
    for (let k = hit.last + 1; k <= hit.last + 1 + MODIFIERS && k < tokens.length && sentences[k] === sentences[hit.first]; k++) {
      if (tokens.isOneOf(k, MEETINGS)) {
        found.push(ctx.tokenHit(hit.field, hit.first, k, 'private-meeting', 'closed meeting'));
        break;
      }
    }
  }
  return found;
}

/** What was said at a meeting held in private, going outside. */
export default defineRule({
  id: 'private-meeting',
  category: 'confidential',
  messages: {
    privateMeeting: 'This discloses what was said at a meeting held in private. It must not go outside {org}: check with the {monitoring}.',
  },
  check({ ctx, report }) {
    if (!ctx.audience.hasOutside) return;
    const named = ctx.scan('private-meeting', ['subject', 'body']);
    for (const hit of [...named, ...closedMeetings(ctx, named)]) {
      // "Our Behind Closed Doors campaign": a title, not a meeting.
      if (ctx.isNegated(hit) || ctx.tokensHave(hit, TokenFlag.capitalised, TokenFlag.upper)) continue;
      // What was said or decided there: in the meeting's sentence, or the next two, where the meeting
      // must be who speaks ("The board met in private. They agreed…", not "…the council said bins…").
      const { sentences, tokens } = ctx.text(hit.field);
      if (HELD_AT.has(hit.phrase) && !ctx.hasWordBefore(hit, AT, 4)) continue;
      if (tokens.isOneOf(hit.last + 1, ROOMS)) continue; // "in the private meeting room": a place, not a meeting
      const isSpokenByMeeting = (verb: Hit) => {
        const after = sentences[verb.first]! - sentences[hit.first]!;
        return verb.zone === hit.zone && after > 0 && after <= 2 && (tokens.isOneOf(verb.first - 1, MEETING) || tokens.isOneOf(verb.first - 2, MEETING));
      };
      const told =
        ctx.near(hit, 'disclosure-verb', 30, { sameSentence: true }) ?? ctx.within(hit.field, 'disclosure-verb', hit.last + 1, hit.last + 40).find(isSpokenByMeeting);
      if (told) report(hit, 'privateMeeting');
    }
  },
});
