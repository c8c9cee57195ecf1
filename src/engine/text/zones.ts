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

const FORWARD_HEADER = /^\s*(-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)/i;
const REPLY_HEADER = /^\s*(-{3,}\s*original message\s*-{3,}|_{10,}\s*$)/i;
const FROM_HEADER = /^\s*from:\s.{1,300}$/i;
const SENT_HEADER = /^\s*(sent|date|to|subject):\s/i;
const DISCLAIMER_CUES = [
  /\bthis (e-?mail|communication|message)\b/i,
  /\b(is|are) (intended|for the exclusive use)\b/i,
  /\bintended (solely|only|recipient|for the)\b/i,
  /\bif you (are not|have received)\b/i,
  /\breceived (it|this|this e-?mail|this message)? ?in error\b/i,
  /\bviews expressed\b/i,
  /\b(may|might) (contain|be) (information|confidential|legally|privileged)/i,
  /\bstrictly prohibited\b/i,
  /\bmonitored\b/i,
];

/** Could the line (without its indent) be a reply or forward header? ("On … wrote:", "From:", "-----Original Message-----", "Begin forwarded message:", "____") */
function mayBeHeader(lead: string): boolean {
  const code = lead.charCodeAt(0) | 0x20; // lower case for letters
  return code === 0x6f /* o */ || code === 0x66 /* f */ || code === 0x62 /* b */ || code === 0x2d /* - */ || code === 0x7f /* _ | 0x20 */;
}

function isReplyAttribution(line: string): boolean {
  // "On Mon, 10 Mar 2025 at 09:12, Jack Moran <jack@example.com> wrote:"
  const trimmed = line.trim();
  return trimmed.length < 300 && /^on\s/i.test(trimmed) && /\swrote:$/i.test(trimmed);
}

/** Any one cue: most paragraphs have none, and one scan turns them away. */
const ANY_CUE = new RegExp(DISCLAIMER_CUES.map((cue) => cue.source).join('|'), 'i');

function isDisclaimer(paragraph: string): boolean {
  if (/^\s*(disclaimer|confidentiality notice|legal notice)\b/i.test(paragraph)) return true;
  if (!ANY_CUE.test(paragraph)) return false;
  let cues = 0;
  for (const cue of DISCLAIMER_CUES) if (cue.test(paragraph)) cues++;
  return cues >= 2;
}

/**
 * Finds the zones of a body. `isForward` (subject starts "FW:") makes an "Original
 * Message" block count as forwarded rather than quoted. A reply that quotes someone who
 * is not among `recipients` ("On …, Oliver <oliver@…> wrote:") passes their words on:
 * that block counts as forwarded too.
 */
export function findZones(body: string, isForward: boolean, recipients: readonly string[] = []): ZoneRange[] {
  const known = new Set(recipients.map((address) => address.toLowerCase()));
  const zones: ZoneRange[] = [];
  let offset = 0;
  let mode: Zone = Zone.own;
  let paragraphStart = 0;
  let paragraphZone: Zone = Zone.own;
  let hasOwnText = false;
  const lines = body.split('\n');
  const closeParagraph = (end: number) => {
    if (end <= paragraphStart) return;
    const text = body.slice(paragraphStart, end);
    // Boilerplate sits at the foot: the opening paragraph is what the sender wrote, even if it reads like a notice.
    const zone = paragraphZone === Zone.own && hasOwnText && isDisclaimer(text) ? Zone.disclaimer : paragraphZone;
    if (zone === Zone.own && text.trim() !== '') hasOwnText = true;
    zones.push({ zone, start: paragraphStart, end });
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lineStart = offset;
    offset += line.length + 1;
    const lead = line.trimStart();
    // Headers start with a letter, a dash or an underscore after any indent: most lines are turned away by one look.
    if (mode !== Zone.quoted && mode !== Zone.forwarded && mayBeHeader(lead)) {
      if (FORWARD_HEADER.test(line)) mode = Zone.forwarded;
      else if (isReplyAttribution(line)) {
        const author = /<([^<>\s]+@[^<>\s]+)>/.exec(line)?.[1]?.toLowerCase();
        mode = author && known.size > 0 && !known.has(author) ? Zone.forwarded : Zone.quoted;
      }
      else if (REPLY_HEADER.test(line) || (FROM_HEADER.test(line) && SENT_HEADER.test(lines[index + 1] ?? ''))) {
        mode = isForward ? Zone.forwarded : Zone.quoted;
      }
    }
    const lineZone: Zone = mode === Zone.own && lead.charCodeAt(0) === 62 /* > */ ? Zone.quoted : mode;
    const isBlank = lead.length === 0;
    if (lineZone !== paragraphZone || isBlank) {
      closeParagraph(lineStart);
      paragraphStart = lineStart;
      paragraphZone = lineZone;
    }
  }
  closeParagraph(body.length);
  return zones;
}
