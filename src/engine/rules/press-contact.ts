import type { CheckContext, Hit } from '../context';
import { defineRule } from '../define-rule';
import { LEXICONS, PRESS_CONFIDENCES } from '../lexicons';
import { isNewsOnlyByFm } from '../news-domains';
import type { Recipient } from '../recipients';
import { TokenFlag } from '../text/tokens';
import { Zone } from '../text/zones';

/** "@MENnewsdesk", "@DerbyTelegraph": handles that read like news outlets. */
const NEWS_HANDLE = /(news|telegraph|observer|courier|advertiser|mercury|examiner|sentinel|guardian|gazette|gaz$|herald|echo|times|post|mail|mirror|express|star|chronicle|argus|bbc|itv|sky|radio|press|journal|journo|report|reuters|standard|live|lbc|gbnews|talk|fm$|tv$)/i;

const RECORD = new Set(['off the record', 'on the record']);
/** Words just before "on the record" that tell of what was said there, not offer to say it: "where questions get asked on the record", "put their views on the record". */
const TOLD_ON_RECORD = new Set(['asked', 'views', 'view', 'answered', 'put', 'placed', 'raised', 'said', 'stated', 'given', 'made', 'minuted', 'noted', 'recorded']);

/** Words after "quote me" that ask for a price, not for words to print ("quote me properly", "quote me a price"). */
const PRICING = new Set(['a', 'an', 'for', 'properly', 'the', 'your', 'price', 'prices', 'fairly', 'something', 'up']);

/**
 * Words before "your questions" that invite the public to bring them ("bring your questions", "come and ask your
 * questions", "send us your questions"): an event's promise, not answers to a journalist's enquiry ("in answer to your questions").
 */
const INVITING = new Set(['bring', 'ask', 'send', 'us', 'in', 'put', 'pose', 'raise']);

/** Handles of people who write for a living ("@hannahwrites"): press when the post offers them something, not by being tagged. */
const WRITER_HANDLE = /writes|journo|reporter/i;

/** Outlets the lexicon names, as handles write them: "cumbria crack" is @CumbriaCrack. */
const OUTLET_HANDLES = LEXICONS['news-outlet'].filter((name) => name.length > 4).map((name) => name.replace(/[^a-z]/g, ''));

/** A newspaper's name as a page is tagged on Facebook or LinkedIn, words with spaces: "@Matlock Mercury", "@Derby Evening Telegraph". */
const PAGE_NAME = /^(?: [A-Z][\w&'-]*){1,3}/;
/** The words that end a newspaper's name: "Mercury", "Gazette" (not NEWS_HANDLE's "live" or "talk", which end ordinary words after a tag). */
const NEWSPAPER_WORD = / (?:News|Telegraph|Observer|Courier|Advertiser|Mercury|Examiner|Sentinel|Guardian|Gazette|Herald|Echo|Times|Post|Mail|Mirror|Express|Star|Chronicle|Argus|Journal|Standard|Recorder|Citizen|Bulletin)$/;

/** The tags ("@…") of a post, in order: where each starts and ends, and its handle read without a Bluesky domain. */
function* tagsIn(text: string): Generator<{ start: number; end: number; handle: string }> {
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    if (i > 0 && /[\w.]/.test(text[i - 1]!)) continue; // an email address, not a handle
    let end = i + 1;
    while (end < text.length && end - i < 40 && /[\w.-]/.test(text[end]!)) end++; // Bluesky handles have hyphens: @kat-reports.bsky.social
    // A Bluesky handle is read without its domain: every "….bsky.social" holds "sky".
    const dot = text.indexOf('.', i + 1);
    yield { start: i, end, handle: text.slice(i + 1, dot >= 0 && dot < end ? dot : end) };
  }
}

/** Handles of news outlets in a post: tags that read as one, or (where tags are page names, `isPageTagged`) a newspaper's name. */
function newsHandles(text: string, isPageTagged: boolean): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const { start, end, handle } of tagsIn(text)) {
    const lower = handle.toLowerCase();
    const isOutlet = NEWS_HANDLE.test(handle) || OUTLET_HANDLES.some((name) => lower.includes(name));
    if (end - start > 2 && isOutlet) {
      found.push({ start, end });
    } else {
      // "@Matlock Mercury": the page's name goes on past the tag's first word.
      const name = isPageTagged ? PAGE_NAME.exec(text.slice(end, end + 60))?.[0] : undefined;
      const newspaper = name === undefined ? undefined : NEWSPAPER_WORD.exec(name);
      if (newspaper) found.push({ start, end: end + newspaper.index + newspaper[0].length });
    }
    if (found.length >= 50) break;
  }
  return found;
}

/** Does a post tag someone who writes for a living ("@hannahwrites.bsky.social")? */
function hasWriterHandle(text: string): boolean {
  for (const { handle } of tagsIn(text)) if (WRITER_HANDLE.test(handle)) return true;
  return false;
}

/** Words that tie an outlet to the person it is said of: "your piece for the Guardian", "your colleague at ITV". */
const WORKS_FOR = new Set(['for', 'at']);
/** The reader: "your investigation … for Channel 4 News". */
const READER = new Set(['you', 'your']);

/**
 * Is the outlet the reader's, named as whom they work for: "for"/"at" (and "the") just before it and "you" or
 * "your" a few words before that ("your investigation into refuge provision for Channel 4 News")? A paper the
 * letter only mentions ("the story on BBC News", "your letter in the Derby Telegraph") is no one's employer.
 */
function isReadersOutlet(ctx: CheckContext, hit: Hit): boolean {
  const { tokens } = ctx.text(hit.field);
  const before = tokens.is(hit.first - 1, 'the') ? hit.first - 2 : hit.first - 1;
  return tokens.isOneOf(before, WORKS_FOR) && ctx.hasWordBefore(hit, READER, 8);
}

/** What the press call the people they employ. */
const PRESS_ROLES = new Set(['correspondent', 'reporter', 'journalist', 'editor', 'producer', 'presenter', 'columnist']);

/**
 * Is the reader addressed as the outlet's own: "As the Guardian's north of England correspondent, you…", "as Sky
 * News's producer"? ("as" before the outlet, its possessive, a press role a few words on, and the outlet written as
 * a name: capitalised but for a leading "the", as in "the Telegraph's".)
 */
function isAddressedAsRole(ctx: CheckContext, hit: Hit): boolean {
  const { tokens } = ctx.text(hit.field);
  const before = tokens.is(hit.first - 1, 'the') ? hit.first - 2 : hit.first - 1;
  if (!tokens.is(before, 'as') || !tokens.has(hit.last, TokenFlag.possessive) || !ctx.hasWordAfter(hit, PRESS_ROLES, 5)) return false;
  return ctx.tokensOf(hit).every((token, k) => token.isCapitalised || /^\d+$/.test(token.text) || (k === 0 && token.text === 'the'));
}

/**
 * Offering comment, quotes, briefings, interviews or leaks for publication, or writing to
 * someone as a journalist, without media authorisation.
 */
export default defineRule({
  id: 'press-contact',
  category: 'media',
  messages: {
    offer: 'This reads as comment or information for publication. Only staff authorised by the {media} may speak to the media: pass it to them instead.',
    addressed: 'This addresses a journalist or news outlet. Only staff authorised by the {media} may contact the media: ask them first.',
  },
  check({ ctx, report }) {
    const { audience } = ctx;
    if (!audience.hasOutside) return; // internal mail about the press is fine
    // "So you can quote for the alarm works": a price asked for, as "quote me a price" is.
    const isPriceAsked = (hit: Hit) =>
      (hit.phrase === 'quote me' && ctx.text(hit.field).tokens.isOneOf(hit.last + 1, PRICING)) || (hit.phrase.endsWith(' quote') && ctx.text(hit.field).tokens.is(hit.last + 1, 'for'));
    const isInvitation = (hit: Hit) => hit.phrase === 'your questions' && ctx.text(hit.field).tokens.isOneOf(hit.first - 1, INVITING);
    const offers = ctx.scan('press-offer').filter((hit) => !ctx.isNegated(hit) && !isInvitation(hit));
    // "Off the record" to a bidder is a confidence; offered in a public post, it can only be for the press.
    const strong = [
      ...ctx.scan('press-offer-strong').filter((hit) => !ctx.isNegated(hit) && !isPriceAsked(hit)),
      ...(audience.isPublic ? offers.filter((hit) => RECORD.has(hit.phrase) && !ctx.hasWordBefore(hit, TOLD_ON_RECORD, 3)) : []),
    ].sort((a, b) => a.start - b.start);
    const addresses = ctx.scan('press-address');
    // A reply to an enquiry whose writer says they are press ("freelance news reporter" in the quoted message).
    const isReplyToPress = ctx.has('press-self', undefined, { zones: [Zone.own, Zone.forwarded, Zone.quoted] });
    const isPageTagged = ctx.draft.site === 'facebook' || ctx.draft.site === 'linkedin';
    const handles = audience.isPublic ? newsHandles(ctx.draft.body, isPageTagged) : [];
    const isWriterTagged = audience.isPublic && hasWriterHandle(ctx.draft.body);
    // Written as a name: every word capitalised, or a number ("Channel 5", "Radio 4").
    const isOutletName = (hit: Hit) => ctx.tokensOf(hit).every((token) => token.isCapitalised || /^\d+$/.test(token.text));
    // In a post, any outlet named is spoken to; in an email, only one named as the reader's (read only when the draft offers something).
    const outlets = audience.isPublic
      ? ctx.scan('news-outlet', ['body']).filter(isOutletName)
      : offers.length > 0
        ? ctx.scan('news-outlet', ['body']).filter((hit) => isOutletName(hit) && isReadersOutlet(ctx, hit))
        : [];
    // A recipient named like a station only by "fm" ("kestrelfm.co.uk", a facilities firm as often) is press only if the draft offers more than a confidence.
    const isPlainOffer = (hit: Hit) => !PRESS_CONFIDENCES.has(hit.phrase);
    const isMaybePress = (r: Recipient) => r.isMaybeNews && (!isNewsOnlyByFm(r.localPart, r.domain) || offers.some(isPlainOffer));
    // "Thursday 2pm works for the interview … I'll meet your crew in reception": an interview filmed by the reader's crew is a broadcaster's.
    // (A crew alone is a contractor's as often: "I can confirm your crew can start on Monday".)
    const isCrewInterview = offers.some((hit) => hit.phrase.includes('interview')) && ctx.has('press-crew', ['body']);
    const isAddressingPress = isReplyToPress || isCrewInterview || addresses.length > 0 || handles.length > 0 || isWriterTagged || outlets.length > 0 || audience.recipients.some(isMaybePress);
    const first = (hits: Hit[]) => hits[0];
    // "Dear Editor": written to the press, whatever it offers.
    const direct = ctx.scan('press-address-direct')[0];
    if (direct) {
      report(direct, 'addressed');
      return;
    }
    // "As the Guardian's correspondent you'll want to see this": written to the press, whatever it offers.
    const asRole = ctx.find('news-outlet', ['body'], (hit) => isAddressedAsRole(ctx, hit));
    if (asRole) {
      report(asRole, 'addressed');
      return;
    }
    const strongHit = first(strong);
    if (strongHit) {
      report(strongHit, 'offer');
      return;
    }
    // A post that opens by addressing an outlet ("@DerbyTelegraph here's the report") speaks to it directly.
    const opensWithOutlet = handles.some((handle) => ctx.draft.body.slice(0, handle.start).trim() === '');
    // (Not to pass the outlet on: "@JoLindenNews best person for that is the press office … I'm not able to comment".)
    if (opensWithOutlet && !ctx.has('press-passive', ['body']) && !ctx.has('press-deflect', ['body'])) {
      report({ field: 'body', ...handles[0]! }, 'addressed');
      return;
    }
    // A post that opens by tagging someone and offers them, off the platform, what the public has not been told ("@jo… happy
    // to give you the real numbers behind this, the press release only tells half the story. DMs open") leaks it to whoever
    // writes it up: the account can only be press. (An offer of help to a resident tells nothing beyond the public record.)
    if (!isAddressingPress && audience.isPublic && offers.length > 0 && /^\s*@/.test(ctx.draft.body.slice(0, 40)) && !ctx.has('press-deflect', ['body'])) {
      const leak = ctx.scan('press-leak', ['body']).find((hit) => !ctx.isNegated(hit));
      if (leak) {
        report(leak, 'offer');
        return;
      }
    }
    if (!isAddressingPress || offers.length === 0) return;
    const anchor = first(addresses) ?? first(outlets);
    if (anchor) report(anchor, 'addressed');
    else if (handles[0]) report({ field: 'body', ...handles[0] }, 'addressed');
    else report(offers[0]!, 'offer');
  },
});
