import type { CheckContext, Hit } from '../context';
import { defineRule, excerptOf } from '../define-rule';
import { chain } from '../iterate';
import { isUnder } from '../recipients';
import { TokenFlag } from '../text/tokens';
import { Zone } from '../text/zones';

/** Words before "under embargo" or "embargoed" that tell of the embargo as past: "the report was under embargo until 00:01 this morning". */
const PAST = new Set(['was', 'were']);

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
/** Words before "marked" that make the marking a kind of paper spoken of, not this one's: "anything marked", "papers that are marked". */
const ANY = new Set(['anything', 'everything', 'nothing', 'whatever']);
const RELATIVE = new Set(['that', 'which']);

/**
 * Is the marking a kind of paper spoken of ("not passing on papers that are marked as not for publication", "anything
 * marked SECRET"), rather than this draft's ("the attached papers are marked OFFICIAL-SENSITIVE")?
 */
function isKindOfMarked(ctx: CheckContext, hit: Hit): boolean {
  const { tokens } = ctx.text(hit.field);
  const marked = tokens.is(hit.first - 1, 'as') ? hit.first - 2 : hit.first - 1;
  if (!tokens.is(marked, 'marked')) return false;
  if (tokens.isOneOf(marked - 1, ANY)) return true;
  return (tokens.is(marked - 1, 'are') || tokens.is(marked - 1, 'is')) && tokens.isOneOf(marked - 2, RELATIVE);
}

/** Words naming the rules that say how marked papers are handled: "our code of conduct says", "our handling guidance is clear". */
const RULES = new Set(['code', 'guidance', 'policy', 'procedure', 'procedures', 'rules']);
/** Words that point at this draft's own papers: "the attached report is marked …". */
const THESE = new Set(['attached', 'enclosed', 'below', 'this', 'these', 'here']);
/** How far before "marked", and after the marking, the rules may be named in its sentence. */
const RULES_BEFORE = 25;
const RULES_AFTER = 8;

/**
 * Is the marking what the rules say papers of a kind should be marked, quoted or told ("Our code of conduct says concerns
 * should be raised with me, marked private and confidential"; "a report the panel has marked "not for publication", our code
 * says…"), rather than this draft's own ("the attached report is marked OFFICIAL-SENSITIVE under our policy")?
 */
function isMarkedByRules(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  const marked = tokens.is(hit.first - 1, 'as') ? hit.first - 2 : hit.first - 1;
  if (!tokens.is(marked, 'marked')) return false;
  let isRules = false;
  for (let k = marked - 1; k >= Math.max(0, marked - RULES_BEFORE) && sentences[k] === sentences[hit.first]; k--) {
    if (tokens.isOneOf(k, THESE)) return false;
    if (tokens.isOneOf(k, RULES)) isRules = true;
  }
  for (let k = hit.last + 1; !isRules && k <= hit.last + RULES_AFTER && k < tokens.length && sentences[k] === sentences[hit.first]; k++) {
    if (tokens.isOneOf(k, RULES)) isRules = true;
  }
  return isRules;
}

/** The quoted chain of the body, where a marked message passed on stands (made once, not at every check). */
const BODY = ['body'] as const;
const QUOTED = { zones: [Zone.quoted] };

/** How far before a quoted marking its message's "From:" header is looked for (a long header and a few lines of text). */
const HEADER_REACH = 2000;
/** A "From:" header line in a quoted chain, and its address: "From: Rachel Hirst <r.hirst@westyorkshire.police.uk>". */
const FROM_LINE = /^[ \t>]*from:[^\n]*$/gim;
const ADDRESS = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * Is the quoted message that carries the marking at `offset` of the body one written inside the organisation and never sent
 * to the recipients ("-----Original Message----- From: analysis@cumbria.police.uk … Classification: RESTRICTED", passed on
 * to a charity), rather than the recipient's own message quoted back to them? Its "From:" header says who wrote it; the
 * header's lines after it say whom it went to. (Asked only of a marking in a quoted chain going outside: few drafts have one.)
 */
function isInsideMessagePassedOn(ctx: CheckContext, offset: number): boolean {
  const body = ctx.draft.body;
  const from = Math.max(0, offset - HEADER_REACH);
  const before = body.slice(from, offset);
  let header: RegExpExecArray | undefined;
  FROM_LINE.lastIndex = 0;
  for (let match = FROM_LINE.exec(before); match !== null; match = FROM_LINE.exec(before)) header = match;
  const author = header === undefined ? undefined : ADDRESS.exec(header[0])?.[0].toLowerCase();
  if (author === undefined || !isUnder(author.slice(author.indexOf('@') + 1), ctx.policy.trustedDomains)) return false;
  // The quoted header's own lines ("To:", "Cc:"): a recipient named there had the message already.
  const headerLines = before.slice(header!.index).toLowerCase();
  return !ctx.audience.recipients.some((recipient) => !recipient.isInside && headerLines.includes(recipient.address));
}

export default defineRule({
  id: 'marked-outside',
  category: 'confidential',
  messages: {
    markedOutside: 'Marked "{marking}" and going outside {org}. Send it only to people inside, or check with the {monitoring} first.',
    // "Until the embargo lifts", "under embargo": an embargo spoken of, not a marking to quote back ("Marked "EMBARGO LIFTS"").
    underEmbargo: 'Under an embargo that has not yet lifted, and going outside {org}. Hold it until the embargo lifts, or check with the {monitoring} first.',
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
      // "The report was under embargo until 00:01 this morning": an embargo told of as past. ("Under embargo until Tuesday" still holds.)
      if (hit.phrase.includes('embargo') && ctx.text(hit.field).tokens.isOneOf(hit.first - 1, PAST)) continue;
      if (ctx.isNegated(hit) || ctx.near(hit, 'marking-cleared', 10, { sameSentence: true })) continue;
      if (isKindOfMarked(ctx, hit) || isMarkedByRules(ctx, hit)) continue;
      if (hit.phrase.includes('embargo') && hit.phrase !== 'embargoed') report(hit, 'underEmbargo');
      else report(hit, 'markedOutside', { marking: excerptOf(ctx.value(hit.field), hit.start, hit.end).toUpperCase() });
    }
    if (ctx.audience.isPublic) return;
    // A marked message quoted below the reply goes with it: one written inside and passed on outside is sent as much as forwarded text.
    const isQuotedMarking = (hit: Hit) =>
      (hit.tag === 'marking' || ctx.tokensHave(hit, TokenFlag.upper)) &&
      !ctx.isNegated(hit) &&
      !ctx.near(hit, 'marking-cleared', 10, { sameSentence: true }) &&
      !isKindOfMarked(ctx, hit) &&
      isInsideMessagePassedOn(ctx, hit.start);
    const passedOn = ctx.find('marking', BODY, isQuotedMarking, QUOTED) ?? ctx.find('marking-caps', BODY, isQuotedMarking, QUOTED);
    if (passedOn && !isFull()) report(passedOn, 'markedOutside', { marking: excerptOf(ctx.value('body'), passedOn.start, passedOn.end).toUpperCase() });
  },
});
