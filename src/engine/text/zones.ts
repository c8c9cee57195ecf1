import { compileLexicon, forEachHit, type Lexicon } from './lexicon';
import { fold, originalStart, type Folded } from './normalise';
import { tokenise, type Tokens } from './tokens';

/**
 * Splits an email body into zones, so that quoted reply chains and legal disclaimers do
 * not trigger findings by themselves: what the sender wrote, what they are forwarding
 * (which does go to the recipient), what they quote from a reply, and boilerplate.
 */
export const Zone = { own: 0, forwarded: 1, quoted: 2, disclaimer: 3 } as const;
export type Zone = (typeof Zone)[keyof typeof Zone];

/** A zone of the body: [start, end) offsets into the original text. */
export interface ZoneRange {
  zone: Zone;
  start: number;
  end: number;
}

const FORWARD_HEADER = /^\s*(-{2,}\s*forwarded(?: message)?\s*-{2,}|begin forwarded message:)/i;
const REPLY_HEADER = /^\s*(-{3,}\s*original message\s*-{3,}|_{10,}\s*$)/i;
const FROM_HEADER = /^\s*from:\s.{1,300}$/i;
const SENT_HEADER = /^\s*(sent|date|to|subject):\s/i;
/**
 * What a legal disclaimer says of itself, as groups of phrases: a paragraph with phrases of two
 * groups is boilerplate ("This email is intended only for…", "If you have received it in error…").
 * Matched as lexicon phrases (tag `disclaimer-cue`) in the scan every field gets anyway, so no
 * paragraph is read a second time by a regular expression.
 */
export const DISCLAIMER_CUE_GROUPS: readonly (readonly string[])[] = [
  ['this email', 'this e-mail', 'this communication', 'this message'],
  ['is intended', 'are intended', 'is for the exclusive use', 'are for the exclusive use'],
  ['intended solely', 'intended only', 'intended recipient', 'intended for the'],
  ['if you are not', 'if you have received'],
  ['received in error', 'received it in error', 'received this in error', 'received this email in error', 'received this e-mail in error', 'received this message in error'],
  ['views expressed'],
  ['may', 'might'].flatMap((modal) =>
    ['contain', 'be'].flatMap((verb) => ['information', 'confidential', 'confidentiality', 'legally', 'privileged'].map((what) => `${modal} ${verb} ${what}`)),
  ),
  ['strictly prohibited'],
  ['monitored'],
];

/** A disclaimer cue found in a body: where it starts (an offset into the original) and its group in `DISCLAIMER_CUE_GROUPS`. */
export interface DisclaimerCue {
  start: number;
  group: number;
}

/** The group of each cue phrase; a phrase a pack adds to the tag counts as a group of its own. */
const CUE_GROUP = new Map(DISCLAIMER_CUE_GROUPS.flatMap((phrases, group) => phrases.map((phrase) => [phrase, group] as const)));

/** The cue a lexicon hit of `phrase` on token `first` of a folded body is (a check's one scan and `disclaimerCuesOf` alike). */
export const cueOf = (folded: Folded, tokens: Tokens, first: number, phrase: string): DisclaimerCue => ({
  start: originalStart(folded, tokens.starts[first]!),
  group: CUE_GROUP.get(phrase) ?? DISCLAIMER_CUE_GROUPS.length,
});

let cueLexicon: Lexicon | undefined;

/** The disclaimer cues of a body, found on their own (a check finds them in its one scan of the body instead). */
export function disclaimerCuesOf(body: string): DisclaimerCue[] {
  cueLexicon ??= compileLexicon({ 'disclaimer-cue': DISCLAIMER_CUE_GROUPS.flat() });
  const folded = fold(body);
  const tokens = tokenise(folded, cueLexicon.vocabulary);
  const cues: DisclaimerCue[] = [];
  forEachHit(cueLexicon, tokens, (first, _last, { phrase }) => cues.push(cueOf(folded, tokens, first, phrase)));
  tokens.release();
  folded.release();
  return cues;
}


/**
 * Could the line whose first character after any indent is `first`, at `lead`, be a reply or forward header?
 * Every header opens with one of five pairs: "On … wrote:", "From:", "Begin forwarded message:", "--" of
 * "-----Original Message-----" or "---------- Forwarded message", "__" of "______". Looking at two characters
 * turns away the lines that share only the first ("Office of …", "For …", "- a bullet"): each such line let
 * through cost about 1,000 instructions of regular expressions (callgrind). The first is read once a line, by
 * the caller; most lines are turned away by it, and their second character is never read.
 */
function mayBeHeader(body: string, first: number, lead: number, lineEnd: number): boolean {
  const letter = first | 0x20; // lower case for letters
  if ((letter !== 0x6f && letter !== 0x66 && letter !== 0x62 && letter !== 0x2d && letter !== 0x7f) || lead + 1 >= lineEnd) return false;
  const second = body.charCodeAt(lead + 1) | 0x20;
  switch (letter) {
    case 0x6f: // o
      return second === 0x6e; // n
    case 0x66: // f
      return second === 0x72; // r
    case 0x62: // b
      return second === 0x65; // e
    default: // - and _ | 0x20
      return second === letter;
  }
}

/** Is the character white space, as `String.prototype.trim` counts it? */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isReplyAttribution(line: string): boolean {
  // "On Mon, 10 Mar 2025 at 09:12, Jack Moran <jack@example.com> wrote:"
  const trimmed = line.trim();
  return trimmed.length < 300 && /^on\s/i.test(trimmed) && /\swrote:$/i.test(trimmed);
}


/** A paragraph that names itself as boilerplate. */
const NOTICE = /^\s*(disclaimer|confidentiality notice|legal notice)\b/i;

/**
 * Is the paragraph body[start, end), whose first character after any indent is `first`, a legal disclaimer?
 * `cueGroups` is the set of cue groups found in it, a bit each. A notice's heading starts with 'd', 'c' or 'l':
 * one look at that letter spares most paragraphs a call to NOTICE.
 */
function isDisclaimer(body: string, start: number, first: number, end: number, cueGroups: number): boolean {
  if ((cueGroups & (cueGroups - 1)) !== 0) return true; // two groups or more
  const letter = first | 0x20; // lower case for letters
  const mayBeNotice = letter === 0x64 /* d */ || letter === 0x63 /* c */ || letter === 0x6c; /* l */
  return mayBeNotice && NOTICE.test(body.slice(start, end));
}

/**
 * Finds the zones of a body. `isForward` (subject starts "FW:") makes an "Original
 * Message" block count as forwarded rather than quoted. A reply that quotes someone who
 * is not among `recipients` ("On …, Oliver <oliver@…> wrote:") passes their words on:
 * that block counts as forwarded too. Either may be given as a function, called only when
 * a header needs it: most bodies have none, and a check need not work them out.
 */
export function findZones(
  body: string,
  isForward: boolean | (() => boolean),
  recipients: readonly string[] | (() => readonly string[]) = [],
  /** The body's disclaimer cues in text order (found here when not given). */
  cues: readonly DisclaimerCue[] = disclaimerCuesOf(body),
): ZoneRange[] {
  let known: Set<string> | undefined;
  let isForwardMail: boolean | undefined;
  const isForwarding = () => (isForwardMail ??= typeof isForward === 'function' ? isForward() : isForward);
  const knownRecipients = () => (known ??= new Set((typeof recipients === 'function' ? recipients() : recipients).map((address) => address.toLowerCase())));
  const zones: ZoneRange[] = [];
  let mode: Zone = Zone.own;
  let paragraphStart = 0;
  let paragraphZone: Zone = Zone.own;
  // The first character of the paragraph's first line that is not blank, and where it is (-1 while all its lines are blank):
  // noted as the lines are read, so closing a paragraph reads none of its characters again.
  let paragraphLead = -1;
  let paragraphFirst = 0;
  let hasOwnText = false;
  let nextCue = 0; // paragraphs close in text order: the cues before one are never read again
  /** The cue groups in body[start, end), a bit each. */
  const cueGroupsIn = (start: number, end: number): number => {
    while (nextCue < cues.length && cues[nextCue]!.start < start) nextCue++;
    let groups = 0;
    for (let k = nextCue; k < cues.length && cues[k]!.start < end; k++) groups |= 1 << cues[k]!.group;
    return groups;
  };
  const closeParagraph = (end: number) => {
    if (end <= paragraphStart) return;
    const isEmpty = paragraphLead < 0;
    // Boilerplate sits at the foot: the opening paragraph is what the sender wrote, even if it reads like a notice.
    const zone =
      paragraphZone === Zone.own && hasOwnText && !isEmpty && isDisclaimer(body, paragraphStart, paragraphFirst, end, cueGroupsIn(paragraphStart, end))
        ? Zone.disclaimer
        : paragraphZone;
    if (zone === Zone.own && !isEmpty) hasOwnText = true;
    zones.push({ zone, start: paragraphStart, end });
  };
  const lineEndAfter = (lineStart: number) => {
    const newline = body.indexOf('\n', lineStart);
    return newline < 0 ? body.length : newline;
  };
  // Line by line, by offsets, reading each line's characters up to its first that is not white space (most lines:
  // one): no string is made for a line unless it may be a header.
  for (let lineStart = 0; lineStart <= body.length; ) {
    const lineEnd = lineEndAfter(lineStart);
    let lead = lineStart;
    let first = -1; // none: the line is blank
    for (; lead < lineEnd; lead++) {
      const code = body.charCodeAt(lead);
      if (!isSpace(code)) {
        first = code;
        break;
      }
    }
    const isBlank = first < 0;
    // Headers start with a letter, a dash or an underscore after any indent: most lines are turned away by that one character.
    if (mode !== Zone.quoted && mode !== Zone.forwarded && !isBlank && mayBeHeader(body, first, lead, lineEnd)) {
      const line = body.slice(lineStart, lineEnd);
      if (FORWARD_HEADER.test(line)) mode = Zone.forwarded;
      else if (isReplyAttribution(line)) {
        const author = /<([^<>\s]+@[^<>\s]+)>/.exec(line)?.[1]?.toLowerCase();
        mode = author && knownRecipients().size > 0 && !knownRecipients().has(author) ? Zone.forwarded : Zone.quoted;
      } else if (REPLY_HEADER.test(line) || (FROM_HEADER.test(line) && lineEnd < body.length && SENT_HEADER.test(body.slice(lineEnd + 1, lineEndAfter(lineEnd + 1))))) {
        mode = isForwarding() ? Zone.forwarded : Zone.quoted;
      }
    }
    // "> " lines of a mail sent on ("FW: …") are what it forwards, which goes to the recipient; in a reply, what it quotes.
    const lineZone: Zone = mode === Zone.own && first === 62 /* > */ ? (isForwarding() ? Zone.forwarded : Zone.quoted) : mode;
    if (lineZone !== paragraphZone || isBlank) {
      closeParagraph(lineStart);
      paragraphStart = lineStart;
      paragraphZone = lineZone;
      paragraphLead = -1;
    }
    // A blank line always opens a paragraph, so the lines before the first that is not blank are white space, as are the
    // line breaks between them: its first character is the paragraph's first after white space.
    if (!isBlank && paragraphLead < 0) {
      paragraphLead = lead;
      paragraphFirst = first;
    }
    lineStart = lineEnd + 1;
  }
  closeParagraph(body.length);
  return zones;
}
