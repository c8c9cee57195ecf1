import type { CheckContext, Hit } from '../context';
import { defineRule } from '../define-rule';
import { FIRST_NAMES, isFormOf } from '../first-names';
import { inTextOrder } from '../iterate';
import { isPersonalMailDomain } from '../news-domains';
import { TokenFlag, type Tokens } from '../text/tokens';

/** Words after a capitalised pair that show it is not a person ("Crown Court", "Moss Side"). */
const NOT_SURNAMES = new Set([
  'road', 'street', 'lane', 'court', 'centre', 'center', 'hall', 'house', 'park', 'hospital', 'school', 'college', 'council', 'police', 'station',
  'office', 'team', 'unit', 'trust', 'partnership', 'ltd', 'services', 'service', 'board', 'panel', 'group', 'fund', 'scheme', 'university',
  // Places and bodies named after people or first names: "Eden Valley Rotary", "Grace Church", "Victoria Square".
  'valley', 'rotary', 'club', 'lodge', 'society', 'church', 'chapel', 'academy', 'foundation', 'hub', 'garage', 'motors', 'bank', 'arms', 'inn',
  'hotel', 'farm', 'estate', 'gardens', 'square', 'market', 'buildings', 'building', 'chambers', 'tower', 'mill', 'works', 'exchange', 'quay', 'wharf',
  'theatre', 'theater', 'cinema', 'museum', 'library', 'gallery', 'stadium', 'arena', 'pavilion', 'institute', 'memorial',
]);
const STREET_SUFFIX = new Set([
  'road', 'rd', 'street', 'st', 'lane', 'ln', 'avenue', 'ave', 'grove', 'close', 'court', 'way', 'drive', 'place', 'crescent', 'gardens', 'terrace',
  'view', 'walk', 'hill', 'row', 'square', 'mews', 'park', 'green', 'rise', 'parade',
]);
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;
/**
 * An NI number ("QQ 12 34 56 C"), or in the same search a crime or custody reference: a force's letters, a two-figure
 * year (with its month or not) and a serial, with slashes ("WK/25/004411", "CU/PEN/25/3312", "CU/2404/1187"). Not
 * "FOI/2023/117" nor "CR/2024/0412" (a year in full, "24" no month: a request's or a review's number), nor "PO-24-3317"
 * (a purchase order's hyphens).
 */
const NI_NUMBER = /\b[A-Z]{2}(?:\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]|[A-Z]?(?:\/[A-Z]{2,3})?\/\d{2}(?:0[1-9]|1[0-2])?\/\d{4,7})\b/g;
const DATE = /\b\d{1,2}[/.]\d{1,2}[/.]((?:19|20)\d{2})\b/g;
/** A date of birth in words after its cue: "Born 9 March 1985", "DOB: 3rd June 1979". */
const BIRTH_DATE_IN_WORDS = /\b(?:born|dob|d\.o\.b\.?|birth)\W{0,3}(?:on\s)?\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9}\s(?:19|20)\d{2}\b/gi;
/** A date at least ten years back reads as a date of birth; 14/03/2026 beside a name is an appointment. */
const BIRTH_YEAR_BEFORE = new Date().getFullYear() - 10;
const FIRST_PERSON = new Set(['my', 'i', "i'm", "i've", "i'd", "i'll", 'me', 'mine', 'myself']);
const ROLE_WORDS = new Set([
  'officer', 'manager', 'lead', 'director', 'coordinator', 'co-ordinator', 'inspector', 'clerk', 'adviser', 'advisor', 'chief', 'head',
  'assistant', 'executive', 'analyst', 'consultant', 'solicitor', 'councillor', 'cllr', 'commissioner', 'chair', 'secretary', 'administrator',
]);

/** How far after a name (in characters) its work address may start. */
const WORK_ADDRESS_REACH = 80;

/**
 * Is there a work email address on the name's line, soon after it ("DS Karen Holt, Public Protection Unit –
 * karen.holt@west-midlands.police.uk")? Business contact details, given for someone acting in their role.
 * The "@" is found first, natively: a pattern searching for the address from each character costs thousands of steps a name.
 */
function hasWorkAddressAfter(raw: string, end: number): boolean {
  // Searched in the reach alone: a search on to the end of a long paste, for each name, would grow with its square.
  const near = raw.slice(end, end + WORK_ADDRESS_REACH + 1);
  const offset = near.indexOf('@');
  if (offset < 0 || near.lastIndexOf('\n', offset) >= 0) return false;
  const at = end + offset;
  const domain = /^[\w-]+(?:\.[\w-]+)+/.exec(raw.slice(at + 1, at + 100));
  return /[\w.'-]/.test(raw[at - 1]!) && domain !== null && !isPersonalMailDomain(domain[0].toLowerCase());
}

/**
 * Is the name at [start, end) of `raw` a signature's, alone on its line above a line that gives a role ("Shauna Vickers\n
 * Partnerships and Community Safety Officer\n3 Northgate Street")? Someone signing in their role, with the office's address.
 */
function isSignedWithRole(raw: string, start: number, end: number): boolean {
  const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = raw.indexOf('\n', end);
  if (lineEnd < 0 || raw.slice(lineStart, start).trim() !== '' || raw.slice(end, lineEnd).replace(',', '').trim() !== '') return false;
  const nextEnd = raw.indexOf('\n', lineEnd + 1);
  const nextLine = raw.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd).toLowerCase();
  return nextLine.length <= 80 && nextLine.split(/[^a-z-]+/).some((word) => ROLE_WORDS.has(word));
}

interface Person {
  field: Hit['field'];
  first: number;
  last: number;
  /** The name's folded words, when cut out already (to tell the sender's own name): read again rather than cut out again. */
  words?: readonly string[];
  /** For a pronoun ("she was off … with depression"), the person named before it, whom findings name. */
  referent?: Person;
  /** Known by where they live ("the woman at 3 Fell View"): the address names them, and is no private fact of its own. */
  byAddress?: boolean;
  /** Named by a first name alone ("Amira in the team has been off …"): a fact is theirs only in the same sentence. */
  isFirstNameOnly?: boolean;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'morning', 'afternoon', 'evening']);
const { capitalised: CAPITALISED, upper: UPPER, possessive: POSSESSIVE } = TokenFlag;

/** Is the capitalised pair at `i` followed by an age or "of" an address, or preceded by "27-year-old"? */
function isCourtReportName(tokens: Tokens, i: number): boolean {
  const { starts, ends, flags } = tokens;
  if (i + 2 < tokens.length) {
    // The gap after the pair is read by its characters: most pairs have a space there, and no string is cut for it.
    const gapStart = ends[i + 1]!;
    const gapEnd = starts[i + 2]!;
    const gapFirst = tokens.codeAt(gapStart);
    if (gapFirst === 44 /* , */ || tokens.is(i + 2, 'aged')) {
      // "Wellington House, 40-50 Wellington Street": a building and a range of house numbers, not "Ellis Morgan, 23".
      // Nor "Police and Crime Commissioner, 3 Northgate Street": an office and its address.
      if (tokens.isOneOf(i + 1, NOT_SURNAMES) || tokens.isOneOf(i + 1, ROLE_WORDS) || tokens.codeAt(ends[i + 2]!) === 45 /* - */) return false;
      // Each word looked for below has four letters or fewer ("23", "she", "aged", "born", "of"): the gap and the word
      // after most pairs with a comma ("Hi Rachel, Thanks …") are not cut out.
      if (ends[i + 2]! - starts[i + 2]! - ((flags[i + 2]! & POSSESSIVE) !== 0 ? 2 : 0) <= 4) {
        const gapAfter = tokens.between(gapStart, gapEnd);
        const afterPair = tokens.word(i + 2);
        // "Tootal Buildings, 56 Oxford Street": a number that starts a street address is no age.
        if (/^\d{1,2}$/.test(afterPair) && /^,\s*$/.test(gapAfter)) return !startsStreetAddress(tokens, i + 2);
        // "Halima Begum, she's 64": an age given as a clause.
        if ((afterPair === 'she' || afterPair === 'he') && tokens.has(i + 2, TokenFlag.possessive) && i + 3 < tokens.length && /^\d{1,2}$/.test(tokens.word(i + 3))) return true;
        if (afterPair === 'aged' && /^,?[ \t]+$/.test(gapAfter)) return true;
        // "Shauna Bell, dob 03/07/1991", "Shauna Bell, born 1991": a date of birth given with the name.
        if ((afterPair === 'dob' || afterPair === 'born') && /^,[ \t]+$/.test(gapAfter)) return true;
        if (afterPair === 'of' && /^,[ \t]+$/.test(gapAfter)) return true;
      }
    }
    // "Dean Carrick (34)": an age in brackets after the name, the gap "(" or " (".
    const gap = gapEnd - gapStart;
    const isBracket = gap === 1 ? gapFirst === 40 /* ( */ : gap === 2 && gapFirst === 32 && tokens.codeAt(gapStart + 1) === 40;
    if (isBracket && /^\d{1,2}$/.test(tokens.word(i + 2)) && tokens.codeAt(ends[i + 2]!) === 41 /* ) */) return true;
  }
  return tokens.is(i - 1, 'old') && /year-old\s+$/.test(tokens.between(starts[i - 2] ?? starts[i - 1]!, starts[i]!));
}

/**
 * Is the capitalised pair at `i` someone given with their street address: "Hansaben Patel at 14 Marlborough Road"?
 * A first name no list holds is still a name there.
 */
function isNamedAtAddress(tokens: Tokens, i: number): boolean {
  // Not "Safeguarding Manager, at 10 Colmore Row": a role at an office.
  // "at" and "of" are looked for first: told by the word's length for most pairs, where the sets cut the word out and hash it.
  return (
    isName(tokens, i + 1) &&
    (tokens.is(i + 2, 'at') || tokens.is(i + 2, 'of')) &&
    !tokens.isOneOf(i + 1, NOT_SURNAMES) &&
    !tokens.isOneOf(i + 1, ROLE_WORDS) &&
    startsStreetAddress(tokens, i + 3)
  );
}

/** Letters a to z, numbered from 0; anything else is -1. */
const letterOf = (code: number): number => (code >= 97 && code <= 122 ? code - 97 : -1);

const LONGEST_FIRST_NAME = Math.max(...[...FIRST_NAMES].map((name) => name.length));

/** The slot of FIRST_NAME_SHAPES for a word's first two letters and its length. */
const shapeOf = (first: number, second: number, length: number): number => (first * 26 + second) * (LONGEST_FIRST_NAME + 1) + length;

/**
 * Which first two letters and lengths some first name has, with a bit for each last letter that such a
 * name ends in: most capitalised words ("Tuesday", "Policy", "West", and with the last letter "Chief",
 * "Crime", "Midlands") are ruled out by four characters, without cutting a string to look up in
 * FIRST_NAMES. Every name is two or more letters a to z (a test holds this), so none is ruled out.
 */
const FIRST_NAME_SHAPES = new Uint32Array(26 * 26 * (LONGEST_FIRST_NAME + 1));
for (const name of FIRST_NAMES) {
  if (name !== '') FIRST_NAME_SHAPES[shapeOf(letterOf(name.charCodeAt(0)), letterOf(name.charCodeAt(1)), name.length)]! |= 1 << letterOf(name.charCodeAt(name.length - 1));
}

/** Can the folded word of `length` at `start`, whose first character is `initial`, be in FIRST_NAMES? False only when it surely is not. */
function mayBeFirstName(tokens: Tokens, start: number, length: number, initial: number): boolean {
  if (length < 2 || length > LONGEST_FIRST_NAME) return false;
  const first = letterOf(initial);
  const second = letterOf(tokens.codeAt(start + 1));
  if (first < 0 || second < 0) return false;
  const lastLetters = FIRST_NAME_SHAPES[shapeOf(first, second, length)]!;
  if (lastLetters === 0) return false; // most words: the last character is not read
  const last = letterOf(tokens.codeAt(start + length - 1));
  return last >= 0 && ((lastLetters >>> last) & 1) === 1;
}

/** Is token `k` (a token of the text) "from" or "at"? Its first character turns away most words before `is` compares them. */
function isFromOrAt(tokens: Tokens, k: number): boolean {
  const initial = tokens.codeAt(tokens.starts[k]!);
  return (initial === 102 /* f */ && tokens.is(k, 'from')) || (initial === 97 /* a */ && tokens.is(k, 'at'));
}

/**
 * The next token from `from` on, in the sender's or forwarded text, that may start a person: two
 * capitalised words, or a capitalised word, one space and "from" or "at" (a nickname's: see
 * `isNicknamed`); or -1. One pass over the tokens finds both (nicknames had a pass of their own),
 * in a loop over its arguments only, reading the arrays straight.
 */
function nextCandidate(tokens: Tokens, starts: Int32Array, ends: Int32Array, flags: Int32Array, zones: Int32Array, from: number, length: number): number {
  const last = length - 1;
  for (let i = from; i < last; i++) {
    // Most words are not capitalised: passed over in a loop of their own, with no call in it, which TurboFan
    // compiles to fewer loads and checks a word (callgrind: 16 instructions a word here, 24 in the loop below).
    while (i < last && (flags[i]! & CAPITALISED) === 0) i++;
    if (i === last) break;
    if (zones[i]! > 1) continue;
    if ((flags[i + 1]! & CAPITALISED) !== 0) return i;
    if (mayPrecedeFromOrAt(starts, ends, flags, i) && isFromOrAt(tokens, i + 1)) return i;
  }
  return -1;
}

/**
 * May the capitalised word `i` be a nickname's, followed by "from" or "at" (see `isNicknamed`): not in capitals, then one
 * character and a word of two, four or six characters ("at", "from", "from's")? Lengths are compared before a character is
 * read: most words are neither "from" nor "at".
 */
function mayPrecedeFromOrAt(starts: Int32Array, ends: Int32Array, flags: Int32Array, i: number): boolean {
  const nextLength = ends[i + 1]! - starts[i + 1]!;
  return (flags[i]! & UPPER) === 0 && starts[i + 1]! - ends[i]! === 1 && (nextLength === 2 || nextLength === 4 || nextLength === 6);
}

/** Months that are first names too ("June", "April", "May"); the rest are never taken for names. */
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Is token `k` a day of the month, written in figures ("11", "23rd")? */
function isDayAt(tokens: Tokens, k: number): boolean {
  // At most four characters ("23rd"), six with a possessive: longer words are passed over unread.
  if (k < 0 || tokens.ends[k]! - tokens.starts[k]! > 6) return false;
  const first = tokens.codeAt(tokens.starts[k]!);
  if (first < 48 || first > 57) return false; // not a digit: no string made for most words
  return /^\d{1,2}(st|nd|rd|th)?$/.test(tokens.word(k));
}

/** Is token `i` a month after its day ("on 11 June at Stoneleigh Park"): a date, not someone called June? */
const isDate = (tokens: Tokens, i: number): boolean => isDayAt(tokens, i - 1) && tokens.isOneOf(i, MONTH_NAMES);

/** Is token `i` a name: capitalised, but not in capitals? ("Carrick", not "NHS".) */
const isName = (tokens: Tokens, i: number): boolean => (tokens.flags[i]! & (CAPITALISED | UPPER)) === CAPITALISED;

/**
 * Police style writes surnames in capitals ("John SMITH", "Mr SMITH"): a word in capitals that
 * is none of Nolan's own words (so not OFFICIAL, not SENSITIVE) can be a surname after a name or title.
 */
const isSurnameInCapitals = (tokens: Tokens, i: number): boolean =>
  (tokens.flags[i]! & UPPER) !== 0 && tokens.ids[i] === -1 && !tokens.isOneOf(i, NOT_SURNAMES);

/** Is token `k` an initial ("K")? */
const isInitial = (tokens: Tokens, k: number): boolean =>
  k < tokens.length && tokens.ends[k]! - tokens.starts[k]! === 1 && (tokens.flags[k]! & CAPITALISED) !== 0;

/** Can token `k` carry on a name: a name not naming a place or body, or a surname in capitals? */
const continues = (tokens: Tokens, k: number): boolean => (isName(tokens, k) && !tokens.isOneOf(k, NOT_SURNAMES)) || isSurnameInCapitals(tokens, k);

/** Do tokens k and k + 1 sit one space apart, or an initial's ". " ("K. Lord")? */
function isJoin(tokens: Tokens, k: number): boolean {
  const { starts, ends } = tokens;
  const gap = starts[k + 1]! - ends[k]!;
  // A space, or the underscore of a file name ("Khalid_Saleh").
  if (gap === 1) return tokens.codeAt(ends[k]!) === 32 || tokens.codeAt(ends[k]!) === 95;
  return gap === 2 && tokens.codeAt(ends[k]!) === 46 /* . */ && tokens.codeAt(ends[k]! + 1) === 32 && isInitial(tokens, k);
}

/**
 * The last token a person's identifiers and addresses are looked for to: not past the sender's own name (`senderNames`, where
 * `findPeople` found it, in order), whose signature's they are.
 */
function beforeSignature(person: Person, to: number, senderNames: readonly number[]): number {
  for (const at of senderNames) if (at > person.last) return Math.min(to, at - 1);
  return to;
}

/**
 * Finds people: "Mr Dean Carrick", "Name: Kyle Mendes", "Jordan Shaw", "Ellis Morgan, 23", and
 * people known by one name ("Tommo from the Kings Arms"), in order of their first token. Where the sender's own
 * name stands (up to 20 times) is written to `senderNames`, emptied first.
 */
/** "the late", "my late" ("the late Mrs Winifred Shaw", "my late husband Alan"): "late" said of the dead, not of time ("Sorry it's late."). */
const isTheLate = (tokens: Tokens, k: number): boolean => tokens.is(k, 'late') && (tokens.is(k - 1, 'the') || tokens.isOneOf(k - 1, POSSESSORS));

function findPeople(
  tokens: Tokens,
  zones: Int32Array,
  field: Hit['field'],
  isSender: IsSender,
  deceased: Set<string>,
  isPublic: boolean,
  senderNames: number[],
): Person[] {
  const { starts, ends, flags } = tokens;
  senderNames.length = 0;
  const people: Person[] = [];
  const nicknamed: Person[] = [];
  // Every pattern below starts with a capitalised word, and a second, or a "from" or "at" after it: found from the arrays alone.
  for (let i = nextCandidate(tokens, starts, ends, flags, zones, 0, tokens.length); i >= 0; i = nextCandidate(tokens, starts, ends, flags, zones, i + 1, tokens.length)) {
    // The tokens a person found below steps over (after `i`, to its last) each follow a capitalised word, as no nickname does: none is missed.
    // Asked only where a "from" or "at" may follow, as it must: most pairs are turned away from the arrays, with no call.
    if (mayPrecedeFromOrAt(starts, ends, flags, i) && isNicknamed(tokens, i) && !isDate(tokens, i)) nicknamed.push({ field, first: i, last: i });
    if ((flags[i + 1]! & CAPITALISED) === 0) continue;
    // Most pairs start with none of a title, "Name" or a first name: told so from the characters, no word is cut.
    const length = ends[i]! - starts[i]! - ((flags[i]! & POSSESSIVE) !== 0 ? 2 : 0);
    const initial = tokens.codeAt(starts[i]!);
    const mayBeTitleOrLabel = length <= 4 && (initial === 109 /* m */ || initial === 100 /* d */ || initial === 110 /* n */);
    const word = mayBeTitleOrLabel || (isName(tokens, i) && mayBeFirstName(tokens, starts[i]!, length, initial)) ? tokens.word(i) : undefined;
    const isTitle = word !== undefined && TITLES.has(word) && (!tokens.has(i + 1, UPPER) || isSurnameInCapitals(tokens, i + 1));
    const isLabel = word === 'name' && tokens.between(ends[i]!, starts[i + 1]!).includes(':');
    const isNamePair = word !== undefined && isName(tokens, i) && FIRST_NAMES.has(word) && !tokens.isOneOf(i + 1, NOT_SURNAMES);
    // Court-report style: "Abigail Sylvester, aged 32", "Ellis Morgan, 23,", "Leah Hodgetts, of Orchard Grove", "27-year-old Akeem Trowers".
    const isAged = !isTitle && !isLabel && !isNamePair && isName(tokens, i) && (isCourtReportName(tokens, i) || isNamedAtAddress(tokens, i));
    if (!isTitle && !isLabel && !isNamePair && !isAged) continue;
    // Asked only here, of the few pairs that would start someone: most words before a capital are short, and read for a day.
    if (isDate(tokens, i)) continue;
    // "Mrs K. Lord": a title, an initial and a surname.
    if (length < 2 || (ends[i + 1]! - starts[i + 1]! < 2 && !(isTitle && isInitial(tokens, i + 1) && isName(tokens, i + 2)))) continue;
    const first = isTitle || isLabel ? i + 1 : i;
    let last = first;
    // The gap is read before the word after it, which `continues` may cut out to look up.
    while (last + 1 < tokens.length && last - first < 2 && isJoin(tokens, last) && continues(tokens, last + 1)) last++;
    if (isNamePair && last === first) continue;
    // "the Lawrence Batley Theatre": a place named after someone, not them (but "Mrs Denise Hall" is a person).
    if (isNamePair && isName(tokens, last + 1) && tokens.isOneOf(last + 1, NOT_SURNAMES) && isJoin(tokens, last)) continue;
    // "the late Mrs Winifred Shaw": not a living person, here or named again ("Mrs Shaw left me £2,000").
    // "Sorry it's late. Nicola Frost worked for us …": a sentence's last word, not the dead.
    if (isTheLate(tokens, first - 1) || isTheLate(tokens, first - 2)) {
      deceased.add(tokens.word(first)).add(tokens.word(last));
      continue;
    }
    // "Dear Dr Obi": the person the draft is written to (not "Hi,\n\nTasha Kelly is…", where the greeting ends first).
    // In a public post the person greeted is one more person whose details are made public ("Hi Tracey Blunt - sorry to hear about the break-in").
    if (!isPublic && tokens.isOneOf(i - 1, GREETINGS) && /^[ \t]+$/.test(tokens.between(ends[i - 1]!, starts[i]!))) continue;
    // "@Sarah Kirk": an account tagged on the site, the person the post speaks to.
    if (tokens.codeAt(starts[i]! - 1) === 64 /* @ */) continue;
    i = last; // on past the name: not "Anne Hollis" again, inside the sender's own "Margaret Anne Hollis"
    const words = wordsOf(tokens, first, last);
    if (!isSender(words)) people.push({ field, first, last, words });
    else if (senderNames.length < 20) senderNames.push(first);
  }
  // People are found in order, as nicknames are.
  return inTextOrder(people, nicknamed);
}

/**
 * First names that are everyday words too ("mark the", "summer holiday", "dawn raid", "pat down"): written
 * in lower case, they are read as the word. Capitalised, they are names as any other.
 */
const WORD_NAMES = new Set([
  'amber', 'aston', 'bill', 'bob', 'bonnie', 'carol', 'chase', 'crystal', 'dale', 'dawn', 'dean', 'deep', 'dev', 'earl', 'eden', 'frank', 'glen',
  'grace', 'hazel', 'heather', 'holly', 'hope', 'iris', 'ivy', 'jack', 'jade', 'jan', 'jay', 'jean', 'josh', 'joy', 'june', 'ken', 'kez', 'les',
  'liv', 'may', 'mark', 'max', 'nick', 'olive', 'pat', 'piper', 'precious', 'ray', 'rob', 'robin', 'rose', 'ruby', 'sally', 'sandy', 'summer',
  'teddy', 'violet', 'will', 'willow', 'august', 'april', 'lee', 'sage', 'gene', 'guy', 'miles', 'grant', 'rich', 'sonny', 'nav', 'jas', 'ami', 'sue',
]);
/** Words that never start a surname, so a first name before them stands alone ("karen rang", "connor from the youth club"). */
const NOT_LOWER_SURNAMES = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'if', 'as', 'at', 'in', 'on', 'to', 'of', 'for', 'from', 'with', 'about', 'by', 'into', 're', 'via',
  'is', "isn't", 'was', "wasn't", 'are', 'were', 'be', 'been', 'has', "hasn't", 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'must',
  'did', 'does', 'do', "didn't", "doesn't", "won't", "can't", "'s", 'who', 'which', 'that', 'this', 'what', 'when', 'where', 'why', 'how', 'not',
  'said', 'says', 'rang', 'rung', 'called', 'emailed', 'messaged', 'texted', 'asked', 'told', 'wants', 'wanted', 'thinks', 'reckons', 'knows',
  'needs', 'got', 'gets', 'came', 'comes', 'went', 'goes', 'left', 'sent', 'mentioned', 'also', 'too', 'again', 'here', 'there',
  'please', 'thanks', 'ta', 'cheers', 'x', 'xx', 'lol', 'pls', 'plz', 'tho', 'though', 'just', 'still', 'now', 'then', 'today', 'tomorrow',
  'yesterday', 'tonight', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'her', 'them', 'us', 'me', 'my', 'your', 'his', 'their', 'our',
  'mate', 'love', 'hun', 'babe', 'all', 'everyone', 'yes', 'no', 'yeah', 'ok', 'okay', 'hi', 'hiya', 'hey',
]);
/** Words after a name that make it what a note's first sentence is about, not whom it is to: "sarah harker from finance is off …". */
const SUBJECT_AFTER = new Set(['from', 'at', 'in', 'is', 'was', 'has', 'had', 'got', 'been']);
/** Titles written in lower case in a hurried draft: "mrs j ahmed", "mr t crossley". */
const LOWER_TITLES = new Set(['mr', 'mrs', 'ms']);

/**
 * Is the field written all in lower case, as a hurried note from a phone is ("hi tariq, it was from darren hughes")?
 * Then names are written in lower case too. At most one word in forty of the sender's own is capitalised.
 */
function isWrittenInLowerCase(tokens: Tokens, zones: Int32Array): boolean {
  const { flags, starts, ends, length } = tokens;
  // A draft written with capitals shows it within its first few words: stop at the first capital past the most allowed.
  const mostAllowed = Math.max(1, length / 40);
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < length && capitalised <= mostAllowed; i++) {
    if (zones[i]! > 1) continue;
    words++;
    // A capitalised word of two letters or more, not in capitals ("ASB", "B21" and "I" are no sign).
    if ((flags[i]! & (CAPITALISED | UPPER)) === CAPITALISED && ends[i]! - starts[i]! > 1) capitalised++;
  }
  return words >= 8 && capitalised <= Math.max(1, words / 40);
}

/** A household named by its surname: "The Okafor family, 7 Linden Close", "the Lakatos children". Found from the lexicon's hits of "family": no pass over the text. */
function findFamilies(ctx: CheckContext, field: Hit['field']): Person[] {
  const { tokens } = ctx.text(field);
  const families: Person[] = [];
  for (const hit of ctx.hits('household', [field])) {
    const i = hit.first;
    if (isName(tokens, i - 1) && !tokens.isOneOf(i - 1, FIRST_NAMES) && tokens.is(i - 2, 'the')) families.push({ field, first: i - 1, last: i });
    if (families.length >= 20) break;
  }
  return families;
}

/** Does token `k` follow "the" or "that" ("the woman", "that lad")? */
const isAfterThe = (tokens: Tokens, k: number): boolean => tokens.is(k - 1, 'the') || tokens.is(k - 1, 'that');

/** Words between someone and their address that say they live there: "the woman who lives at", "the man living at". */
const LIVING = new Set(['lives', 'living']);

/**
 * Someone known by where they live: "the woman at 3 Fell View", "the bloke at number 12", "the family who live in 4 Orchard
 * Grove", "the Benson lad from number 7". Found from the lexicon's hits of such words: no pass over the text. The address is how they are known, not
 * something private about them: `byAddress`.
 */
function findResidents(ctx: CheckContext, field: Hit['field']): Person[] {
  const { tokens, zones } = ctx.text(field);
  const residents: Person[] = [];
  for (const hit of ctx.hits('resident', [field])) {
    let k = hit.last + 1;
    // "the Benson lad from number 7": a household's surname before the word, which names them the more.
    const surname = !isAfterThe(tokens, hit.first) && isName(tokens, hit.first - 1) && !tokens.isOneOf(hit.first - 1, FIRST_NAMES) ? hit.first - 1 : hit.first;
    if (zones[hit.first]! > 1 || !isAfterThe(tokens, surname)) continue;
    // "the woman who lives at", "the man living at".
    if (tokens.is(k, 'who') && (tokens.is(k + 1, 'lives') || tokens.is(k + 1, 'live'))) k += 2;
    else if (tokens.isOneOf(k, LIVING)) k++;
    if (!(tokens.is(k, 'at') || tokens.is(k, 'in') || tokens.is(k, 'from'))) continue;
    k++;
    // "at number 12", "at no. 4": the house by its number; else a street address, "at 3 Fell View".
    const end = (tokens.is(k, 'number') || tokens.is(k, 'no')) && k + 1 < tokens.length && HOUSE_NUMBER.test(tokens.word(k + 1)) ? k + 1 : streetAddressEnd(tokens, k);
    if (end < 0) continue;
    residents.push({ field, first: surname - 1, last: end, byAddress: true });
    if (residents.length >= 20) break;
  }
  return residents;
}

/** Words of a role or name before "'s home" that name its owner with it: "the Deputy Mayor's", "Dave Marsh's". */
const OWNER_REACH = 3;

/**
 * People known as the owner of a home whose street address follows: "the Deputy Mayor's home, 14 Beech Grove", "Dave's house
 * at 3 Kiln Lane". Found from the lexicon's hits of "home" and "house": no pass over the text. Not "St Mary's House, 14 …", a
 * building's name, nor "my home" (the sender's). The address is then the private fact.
 */
function findHouseholders(ctx: CheckContext, field: Hit['field']): Person[] {
  const { tokens, zones } = ctx.text(field);
  const owners: Person[] = [];
  for (const hit of ctx.hits('dwelling', [field])) {
    const owner = hit.first - 1;
    if (zones[hit.first]! > 1 || !tokens.has(owner, POSSESSIVE) || tokens.has(hit.first, CAPITALISED) || !isJoin(tokens, owner)) continue;
    // ", 14 Beech Grove", ": 14 …", " at 14 …", " on 14 …", " address: 14 …".
    const home = tokens.is(hit.first + 1, 'address') && isJoin(tokens, hit.first) ? hit.first + 1 : hit.first;
    const gap = tokens.between(tokens.ends[home]!, tokens.starts[home + 1] ?? tokens.ends[home]!);
    const at = gap.trim() === '' && (tokens.is(home + 1, 'at') || tokens.is(home + 1, 'on')) ? home + 2 : home + 1;
    if (at === home + 1 && !/^[,:]?\s+$/.test(gap)) continue;
    if (!startsStreetAddress(tokens, at)) continue;
    // The owner's whole role or name, as far back as it is capitalised: "the Deputy Mayor's".
    let first = owner;
    while (first > owner - OWNER_REACH && first > 0 && tokens.has(first - 1, CAPITALISED) && isJoin(tokens, first - 1)) first--;
    owners.push({ field, first, last: owner });
    if (owners.length >= 20) break;
  }
  return owners;
}

/** The body alone, as fields to look in. */
const BODY = ['body'] as const;

/** The fields people are looked for in. */
const PEOPLE_FIELDS = ['subject', 'body', 'attachments'] as const;
/** No people: what a field with no relation in it gives. */
const NO_PEOPLE: readonly Person[] = [];

/** Words that make a relation someone's: "her husband", "my neighbour" ("Marsh's lad" is told by its possessive). */
const POSSESSORS = new Set(['my', 'her', 'his', 'their', 'our', 'your']);

/**
 * People known by who they are to someone and a first name: "her husband Steve", "my neighbour Gary", "Dave Marsh's
 * lad Connor", "your mum, Margaret, …"; in a field written in lower case, "cllr fletcher's son ben". Found from the
 * lexicon's hits of relations: no pass over the text. A first name with a surname after it ("my mate Shaun Teasdale")
 * is found by `findPeople`.
 */
function findRelatives(ctx: CheckContext, field: Hit['field'], isLowerCase: boolean): Person[] {
  const { tokens, zones } = ctx.text(field);
  const relatives: Person[] = [];
  for (const hit of ctx.hits('relation', [field])) {
    const i = hit.last + 1;
    if (i >= tokens.length || zones[i]! > 1) continue;
    // Capitalised, or in a field written in lower case a first name that is no everyday word ("son ben", not "mate will").
    const isLowerName = isLowerCase && (tokens.flags[i]! & CAPITALISED) === 0;
    if (!isName(tokens, i) && !isLowerName) continue;
    if (!isJoin(tokens, hit.last) && !isApposition(tokens, hit.last)) continue;
    if (!tokens.isOneOf(hit.first - 1, POSSESSORS) && !tokens.has(hit.first - 1, POSSESSIVE)) continue;
    if (isLowerName ? isLowerJoin(tokens, i) && mayBeLowerSurname(tokens, i + 1, false) : isJoin(tokens, i) && continues(tokens, i + 1)) continue;
    const word = tokens.word(i);
    if (!FIRST_NAMES.has(word) || (isLowerName && WORD_NAMES.has(word))) continue;
    relatives.push({ field, first: i, last: i });
    if (relatives.length >= 20) break;
  }
  return relatives;
}

/** Is token `k` followed by a name set off in commas: "your mum, Margaret, has been through …"? */
function isApposition(tokens: Tokens, k: number): boolean {
  const { starts, ends } = tokens;
  return (
    k + 1 < tokens.length &&
    starts[k + 1]! - ends[k]! === 2 &&
    tokens.codeAt(ends[k]!) === 44 /* , */ &&
    tokens.codeAt(ends[k]! + 1) === 32 &&
    tokens.codeAt(ends[k + 1]!) === 44 /* , */
  );
}

/** Who someone tagged in a post is to the sender, said before the tag: "my mate @dan_kendal", "our neighbour @sue.h". */
const RELATIONS = new Set(['mate', 'friend', 'pal', 'colleague', 'neighbour', 'brother', 'sister', 'son', 'daughter', 'cousin', 'nephew', 'niece', 'uncle', 'auntie', 'aunt', 'grandson', 'granddaughter']);

/** What joins the words of a handle: '_', '.', '-'. */
const HANDLE_JOINS = new Set([95, 46, 45]);

/**
 * People tagged in a post and spoken about, not to: "send my mate @dan_kendal some love - he's been off work with depression".
 * (A tag on its own is the account a post speaks to: see `findPeople`.) Read from the token flags: most tokens are no tag.
 */
function findTaggedPeople(tokens: Tokens, field: Hit['field']): Person[] {
  const people: Person[] = [];
  for (let i = 1; i < tokens.length && people.length < 20; i++) {
    if ((tokens.flags[i]! & TokenFlag.tag) === 0 || tokens.codeAt(tokens.starts[i]! - 1) !== 64 /* @ */ || !tokens.isOneOf(i - 1, RELATIONS)) continue;
    // The whole handle: "dan_kendal" is two words to the tokeniser, joined by one '_', '.' or '-'.
    let last = i;
    while (last + 1 < tokens.length && tokens.starts[last + 1]! - tokens.ends[last]! === 1 && HANDLE_JOINS.has(tokens.codeAt(tokens.ends[last]!))) last++;
    people.push({ field, first: i, last });
    i = last;
  }
  return people;
}

/** Can token `k`, written in lower case, be a surname: a word of letters that is neither a common word nor one of Nolan's own? */
function mayBeLowerSurname(tokens: Tokens, k: number, isAfterTitle: boolean): boolean {
  if (k >= tokens.length || (tokens.flags[k]! & CAPITALISED) !== 0 || tokens.ids[k]! >= 0) return false;
  const word = tokens.word(k);
  // After a first name, another first name is a list ("karen ben and jo"); after a title, a surname ("mrs j ahmed").
  return word.length >= 2 && /^[a-z][a-z'-]*$/.test(word) && !NOT_LOWER_SURNAMES.has(word) && (isAfterTitle || !FIRST_NAMES.has(word));
}

/**
 * People in order, each naming found once: "my neighbour Gary at no. 18" is a relative and a nickname's, and "Mr Kemp's
 * home, 3 Kiln Lane" a title's and a home owner's (the one that starts first is kept).
 */
function withoutRepeats(people: Person[]): Person[] {
  let last = -1;
  return people.filter((person) => {
    if (person.first <= last) return false;
    last = person.last;
    return true;
  });
}

/** Do tokens k and k + 1 sit one space or one line break apart (a hurried note breaks its lines anywhere: "karen\nlister")? */
function isLowerJoin(tokens: Tokens, k: number): boolean {
  const gap = tokens.starts[k + 1]! - tokens.ends[k]!;
  const code = tokens.codeAt(tokens.ends[k]!);
  return gap === 1 && (code === 32 || code === 10);
}

/**
 * People named in lower case, in a field written in lower case: a first name and a surname ("connor walsh",
 * "kyle brennan"), or a title, an initial and a surname ("mrs j ahmed"). A first name that is an everyday
 * word ("mark", "summer") is not read as one, nor a surname that is a common word ("karen rang").
 */
function findLowerCasePeople(tokens: Tokens, zones: Int32Array, field: Hit['field'], isSender: IsSender): Person[] {
  const people: Person[] = [];
  // The first word is whom the note is to ("maureen guess who was in…"), as after a greeting, unless the name is what the
  // sentence is about ("sarah harker from finance is off …"), as the word after it shows.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (zones[i]! > 1 || (tokens.flags[i]! & CAPITALISED) !== 0) continue;
    const word = tokens.word(i);
    let first = -1;
    let last = -1;
    if (LOWER_TITLES.has(word)) {
      // An initial is optional: "mrs j ahmed", "mr crossley".
      const surname = tokens.ends[i + 1]! - tokens.starts[i + 1]! === 1 && isLowerJoin(tokens, i + 1) ? i + 2 : i + 1;
      if (isLowerJoin(tokens, i) && mayBeLowerSurname(tokens, surname, true)) [first, last] = [i + 1, surname];
    } else if (FIRST_NAMES.has(word) && !WORD_NAMES.has(word) && isLowerJoin(tokens, i) && mayBeLowerSurname(tokens, i + 1, false)) {
      [first, last] = [i, i + 1];
    } else if (tokens.is(i + 1, 'from') && isLowerJoin(tokens, i) && isKnownFirstName(word)) {
      // One name and where they are from: "deano from the 3rd floor got a caution", "naz from work".
      [first, last] = [i, i];
    }
    if (first < 0 || tokens.isOneOf(i - 1, GREETINGS) || (i === 0 && !tokens.isOneOf(last + 1, SUBJECT_AFTER))) continue;
    const words = wordsOf(tokens, first, last);
    if (!isSender(words)) people.push({ field, first, last, words });
    i = last;
  }
  return people;
}

/**
 * Is the fact the sender's own: "my date of birth", "I was attacked"? Not "told me about the attack at his
 * shop": "me" two words back is whom it was told to.
 */
function isSendersOwn(tokens: Tokens, fact: Hit): boolean {
  return tokens.isOneOf(fact.first - 1, FIRST_PERSON) || (tokens.isOneOf(fact.first - 2, FIRST_PERSON) && !tokens.is(fact.first - 2, 'me'));
}

/** Words before "signed off" that make it sick leave: "she's been signed off", "he was signed off". */
const SIGNED_OFF_SICK_BEFORE = new Set(['been', 'is', 'was', 'got', 'get', 'being', "she's", "he's", 'shes', 'hes', 'now', 'still']);
/** Words after "signed off" that make it sick leave: "signed off sick", "signed off with stress", "signed off until May". */
const SIGNED_OFF_SICK_AFTER = new Set(['sick', 'with', 'for', 'until', 'till', 'til', 'again', 'work', 'long-term', 'by', 'on']);

/** Things, not people, that are signed off: "I'll need to get it signed off by our Chief Executive". */
const SIGNED_OFF_THINGS = new Set(['it', 'this', 'that', 'them', 'these', 'those']);

/** Is "signed off" an approval ("once Ruth has signed off", "she signed off the budget", "get it signed off by"), not sick leave? */
function isApproval(tokens: Tokens, hit: Hit): boolean {
  if (hit.phrase !== 'signed off') return false;
  if (tokens.isOneOf(hit.first - 1, SIGNED_OFF_THINGS)) return true;
  return !tokens.isOneOf(hit.first - 1, SIGNED_OFF_SICK_BEFORE) && !tokens.isOneOf(hit.last + 1, SIGNED_OFF_SICK_AFTER);
}

/** Is "dealing" work, not drugs: "he's been dealing with the council", "she's dealing directly with the insurer"? */
function isDealingWith(tokens: Tokens, hit: Hit): boolean {
  return tokens.is(hit.last, 'dealing') && (tokens.is(hit.last + 1, 'with') || tokens.is(hit.last + 1, 'directly'));
}

/** Cues of a date of birth that a year may follow: "born on 5 Feb 1788", "DOB 1901". */
const BIRTH_CUES = new Set(['born on', 'dob', 'date of birth']);
/** A birth year before this is no living person's: "Sir Robert Peel was born on 5 Feb 1788". */
const LIVING_BORN_AFTER = new Date().getFullYear() - 115;

/** Is the fact a birth date so long ago that whoever it is about is no longer living? */
function isBornLongAgo(tokens: Tokens, hit: Hit): boolean {
  if (!BIRTH_CUES.has(hit.phrase)) return false;
  for (let k = hit.last + 1; k <= hit.last + 5 && k < tokens.length; k++) {
    if (tokens.ends[k]! - tokens.starts[k]! !== 4 || !/^\d{4}$/.test(tokens.word(k))) continue;
    return Number(tokens.word(k)) < LIVING_BORN_AFTER;
  }
  return false;
}

/**
 * Is the hit one word that starts a sentence or a line ("Charged are …"), capitalised for that alone? Not the first word
 * of a name in capitals ("Abuse Prevention Lead"), which the next word's capital shows.
 */
const isSentenceStartWord = (tokens: Tokens, sentences: Int32Array, hit: Hit): boolean =>
  hit.first === hit.last &&
  !tokens.has(hit.last + 1, CAPITALISED) &&
  (hit.first === 0 || sentences[hit.first - 1] !== sentences[hit.first] || tokens.between(tokens.ends[hit.first - 1]!, tokens.starts[hit.first]!).includes('\n'));

/** Verbs that make what follows a topic raised, not a fact about anyone: "Cllr Bayliss raised shoplifting". */
const TOPIC_VERBS = new Set(['raised', 'raising', 'discussed', 'discussing', 'highlighted', 'highlighting', 'questioned']);

/** How far before and after a name its facts are looked for (see the rule's window). */
const NEAR_BEFORE = 12;
const NEAR_AFTER = 30;

/** Names of at least this many letters are looked for again on their own ("Graham", "Thwaite"); "Jo" would find too much. */
const SHORTEST_MENTION = 3;

/** Adds to `into` the words of `people`'s names that may name them again on their own (first and last, not titles). */
function mentionWordsOf(tokens: Tokens, people: readonly Person[], into: Set<string>): void {
  for (const person of people) {
    if (person.byAddress) continue; // "the woman at 3 Fell View": no name to be known by again
    for (const k of [person.first, person.last]) {
      const word = wordOf(tokens, person, k);
      if (word.length >= SHORTEST_MENTION && !TITLES.has(word)) into.add(word);
    }
  }
}

/** Each name's first letter and length: most capitalised words are ruled out by these, with no word cut. */
function shapesOf(names: ReadonlySet<string>): Set<number> {
  const shapes = new Set<number>();
  for (const name of names) shapes.add(name.charCodeAt(0) * 64 + Math.min(name.length, 63));
  return shapes;
}

/**
 * People named again by one word of their name, far from where they were named in full ("Reference –
 * Graham Thwaite" in the subject, then "Graham … stood down after a bipolar relapse"), in the sender's own
 * text: the private fact near such a mention is about them. Looked for only near `facts` (those no one named in full
 * is near); mentions inside or near a person already found are not added.
 */
function mentionsOf(
  tokens: Tokens,
  zones: Int32Array,
  field: Hit['field'],
  names: ReadonlySet<string>,
  people: readonly Person[],
  facts: readonly Hit[],
): Person[] {
  const shapes = shapesOf(names);
  const { starts, ends, flags } = tokens;
  const mentions: Person[] = [];
  let next = 0; // people are in order: the first that may still hold or follow token i
  // Only around the facts (in order of their first token), as far as a person's window reaches: each token read once.
  let i = 0;
  for (const fact of facts) {
    const to = Math.min(tokens.length, fact.first + NEAR_BEFORE + 1);
    for (i = Math.max(i, fact.first - NEAR_AFTER); i < to && mentions.length < 20; i++) {
      // Words that are not names (most) are passed over by their flags alone, in a loop with no call in it, as in `nextCandidate`.
      while (i < to && (flags[i]! & (CAPITALISED | UPPER)) !== CAPITALISED) i++;
      if (i === to) break; // `i` stays at `to`, where the next fact's window may start
      if (zones[i]! > 1) continue;
      const length = ends[i]! - starts[i]! - ((flags[i]! & POSSESSIVE) !== 0 ? 2 : 0);
      if (length < SHORTEST_MENTION || !shapes.has(tokens.codeAt(starts[i]!) * 64 + Math.min(length, 63))) continue;
      while (next < people.length && people[next]!.last < i) next++;
      // Inside or near a full naming, whose own window already reads the facts around it.
      if (next < people.length && people[next]!.first - NEAR_BEFORE <= i) continue;
      if (next > 0 && i - people[next - 1]!.last <= NEAR_AFTER) continue;
      if (tokens.isOneOf(i - 1, GREETINGS) || !names.has(tokens.word(i))) continue; // "Hi Graham": the addressee
      mentions.push({ field, first: i, last: i });
    }
  }
  return mentions;
}

/** How many tokens before its fact, at most, a first name alone is looked for (a long paste has thousands of tokens). */
const FIRST_NAME_REACH = 400;

/**
 * People named by a first name alone before `facts` (those no one named in full is near): "about Carl. … he has previous",
 * "Amira in the team has been off since October with depression". Where someone is named in full (`people`), only in a
 * fact's own sentence: a first name alone then stands for no pronoun (see the rule). A first name that is an everyday word,
 * part of a full name, the person greeted or the sender's own is none; nor a name already found. Names already given in
 * full count too ("Reference – Daniel Ferris", then "Daniel").
 */
function firstNamesBefore(
  tokens: Tokens,
  sentences: Int32Array,
  zones: Int32Array,
  field: Hit['field'],
  names: ReadonlySet<string>,
  people: readonly Person[],
  facts: readonly Hit[],
  isOwn: IsNamedAlone,
): Person[] {
  const singles: Person[] = [];
  if (people.length === 0) {
    const to = facts[facts.length - 1]!.first;
    firstNamesIn(tokens, zones, field, names, people, Math.max(0, to - FIRST_NAME_REACH), to, isOwn, singles);
    return singles;
  }
  let from = 0;
  for (const fact of facts) {
    firstNamesIn(tokens, zones, field, names, people, sentenceStartBefore(sentences, fact, from), fact.first, isOwn, singles);
    from = fact.first;
  }
  return singles;
}

/** The first token of the fact's sentence, as far back as a window reaches (`NEAR_AFTER` tokens) and not before `from`. */
function sentenceStartBefore(sentences: Int32Array, fact: Hit, from: number): number {
  // The fact's token, its sentence and the bound read once: TurboFan read them again at every step (callgrind: 34
  // instructions a step).
  const first = fact.first;
  const sentence = sentences[first];
  const bound = Math.max(from, first - NEAR_AFTER);
  let start = first;
  while (start > bound && sentences[start - 1] === sentence) start--;
  return start;
}

/** Tells whether a first name alone (its folded word) is the sender's own or the name the draft is signed with. */
type IsNamedAlone = (word: string) => boolean;

/** Adds to `singles` the first names alone among tokens [from, to) (see `firstNamesBefore`). */
function firstNamesIn(
  tokens: Tokens,
  zones: Int32Array,
  field: Hit['field'],
  names: ReadonlySet<string>,
  people: readonly Person[],
  from: number,
  to: number,
  isOwn: IsNamedAlone,
  singles: Person[],
): void {
  const { starts, ends, flags } = tokens;
  let next = 0; // people are in order: the first that may still hold token i
  for (let i = from; i < to && singles.length < 20; i++) {
    // Words that are not names (most) are passed over by their flags alone, as in `nextCandidate`.
    while (i < to && (flags[i]! & (CAPITALISED | UPPER)) !== CAPITALISED) i++;
    if (i === to) break;
    // Told by its characters first, as in `findPeople`: most capitalised words are neither a first name nor a name given.
    const length = ends[i]! - starts[i]! - ((flags[i]! & POSSESSIVE) !== 0 ? 2 : 0);
    if (!mayBeFirstName(tokens, starts[i]!, length, tokens.codeAt(starts[i]!)) && (names.size === 0 || length < SHORTEST_MENTION)) continue;
    // Part of a full name ("Mrs Kaur", "Carl Dobson"), not a name at a sentence's end before the next ("about Carl. To put …").
    if (zones[i]! > 1 || (isName(tokens, i + 1) && isJoin(tokens, i)) || (i > 0 && isName(tokens, i - 1) && isJoin(tokens, i - 1) && !startsSentence(tokens, i - 1))) continue;
    const word = tokens.word(i);
    // A first name that is an everyday word, or a place's or month's ("Sue the council", "Aston", "since June"), is no
    // one's, unless it starts a sentence whose subject the next word makes it ("Sue has been signed off").
    const isWord = WORD_NAMES.has(word) && !(startsSentence(tokens, i) && tokens.isOneOf(i + 1, SUBJECT_AFTER));
    if (!(FIRST_NAMES.has(word) && !isWord) && !names.has(word)) continue;
    while (next < people.length && people[next]!.last < i) next++;
    if (next < people.length && people[next]!.first <= i) continue;
    // "Dear Lynn", "Hi Kate,", and "Lynn," or "Bev - " at the start of a line: the person written to.
    if (tokens.isOneOf(i - 1, GREETINGS) || (startsLine(tokens, i) && !(i + 1 < tokens.length && starts[i + 1]! - ends[i]! === 1 && tokens.codeAt(ends[i]!) === 32))) continue;
    if (isOwn(word)) continue;
    singles.push({ field, first: i, last: i, words: [word], isFirstNameOnly: true });
  }
}

/** Is there a pronoun among tokens [from, to)? */
function hasPronounBetween(tokens: Tokens, from: number, to: number, pronouns: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (tokens.isOneOf(k, pronouns)) return true;
  return false;
}

/** Is token `k` the first of its line? */
const startsLine = (tokens: Tokens, k: number): boolean => k === 0 || tokens.between(tokens.ends[k - 1]!, tokens.starts[k]!).includes('\n');

/** The first names alone (`singles`, in order) with a fact of `facts` (in order) after them in their sentence. */
function singlesBeside(sentences: Int32Array, singles: readonly Person[], facts: readonly Hit[]): Person[] {
  const beside: Person[] = [];
  let k = 0;
  for (const single of singles) {
    while (k < facts.length && facts[k]!.first <= single.last) k++;
    if (k < facts.length && sentences[facts[k]!.first] === sentences[single.first]) beside.push(single);
  }
  return beside;
}

/** Pronouns that make a person the subject or owner of what follows: "she was off with depression", "her heart again". */
const PRONOUNS = new Set(['she', 'he', "she's", "he's", 'her', 'his', 'him']);
/**
 * The same in a public post, which may speak to the person it is about: "bit rich coming from you Darren, given your caution for
 * common assault" tells everyone. (An email to Darren about his own caution tells only him.)
 */
const PRONOUNS_IN_PUBLIC = new Set([...PRONOUNS, 'your']);
/** Verbs that make what follows someone's words rather than a fact about them: "she said the victim…". */
const REPORTING = new Set(['said', 'says', 'told', 'mentioned', 'explained', 'asked', 'reported', 'raised', 'discussed', 'spoke', 'talked', 'thinks', 'thought', 'wrote']);
/** Both of those sets: one look-up turns away the words that are in neither (most). */
const PRONOUNS_AND_REPORTING = new Set([...PRONOUNS, ...REPORTING]);
/** How far before a private fact a pronoun may stand and still be who the fact is about ("most of her absence … following a miscarriage"). */
const PRONOUN_REACH = 12;
/**
 * Nouns after a fact word that make it the name of a service or topic: "detainee welfare", "victim support", "witness care",
 * "a fraud awareness course".
 */
const SERVICE_NOUNS = new Set([
  'welfare', 'support', 'services', 'service', 'care', 'unit', 'units', 'team', 'teams', 'champion', 'code', 'hub', 'scheme', 'panel', 'rights', 'strategy', 'policy', 'training',
  'awareness', 'course', 'courses', 'workshop', 'seminar', 'webinar',
]);
/** Words that make a fact written with a capital someone's own: "his Parkinson's", "her Crohn's". */
const OWNERS = new Set(['his', 'her', 'their']);

/**
 * People referred to by a pronoun before a private fact that no naming is near ("I can give a reference for Ayesha
 * Rahman … In fairness, she was off for four months with depression"): the fact is about the one person named
 * before it, if only one is (with two, "she" could be either). Not across a reporting verb ("she said the victim…").
 */
function pronounMentionsOf(tokens: Tokens, sentences: Int32Array, field: Hit['field'], people: readonly Person[], facts: readonly Hit[]): Person[] {
  const mentions: Person[] = [];
  let before = 0; // people named before the fact, counted as the facts go in order
  let isSeveral = false; // whether two of them are different people: then "she" could be either, from there on
  for (const fact of facts) {
    for (; before < people.length && people[before]!.last < fact.first; before++) {
      if (before > 0 && !isSamePerson(tokens, people[before]!, people[before - 1]!)) isSeveral = true;
    }
    const referent = people[before - 1];
    if (referent === undefined || isSeveral) continue;
    for (let i = fact.first - 1; i >= Math.max(referent.last + 1, fact.first - PRONOUN_REACH) && sentences[i] === sentences[fact.first]; i--) {
      if (!tokens.isOneOf(i, PRONOUNS_AND_REPORTING)) continue;
      if (tokens.isOneOf(i, REPORTING)) break;
      if (tokens.isOneOf(i, PRONOUNS)) {
        mentions.push({ field, first: i, last: i, referent });
        break;
      }
    }
  }
  return mentions;
}

/** Jobs that one person may be the only one to hold in a team or office: "our only admin officer", "the only caseworker in Buxton". */
const UNIQUE_ROLES = new Set([...ROLE_WORDS, 'admin', 'caseworker', 'receptionist', 'cleaner', 'driver', 'apprentice', 'trainee', 'worker']);
/** "our only", "the only": a job held by one person names them. */
const ONLY_BEFORE = new Set(['our', 'the', 'their', 'your']);
/** How many words may stand between "only" and the job: "our only Welsh-speaking admin officer". */
const ONLY_REACH = 3;

/**
 * People known by a job they alone hold, before a fact in its sentence that no one named is near ("H., our only admin
 * officer in the Kendal office, is off with her nerves again"): named as a first name alone is (a health fact, or a fact a
 * pronoun gives them), not "the only officer on duty dealt with the assault", a topic of their work.
 */
function uniqueRolesBefore(tokens: Tokens, sentences: Int32Array, field: Hit['field'], facts: readonly Hit[]): Person[] {
  const roles: Person[] = [];
  let from = 0;
  for (const fact of facts) {
    // Only in the fact's sentence is a job "only" one holds looked for.
    for (let k = sentenceStartBefore(sentences, fact, from); k < fact.first; k++) {
      if (!tokens.is(k, 'only') || !tokens.isOneOf(k - 1, ONLY_BEFORE)) continue;
      for (let j = k + 1; j <= k + ONLY_REACH && j < fact.first; j++) {
        if (!tokens.isOneOf(j, UNIQUE_ROLES)) continue;
        // "admin officer": the job's last word.
        const last = tokens.isOneOf(j + 1, UNIQUE_ROLES) && j + 1 < fact.first ? j + 1 : j;
        roles.push({ field, first: k - 1, last, isFirstNameOnly: true });
        break;
      }
    }
    from = fact.first;
  }
  return roles;
}

/** Do two namings name one person (the same words, or one's last word the other's)? */
function isSamePerson(tokens: Tokens, a: Person, b: Person): boolean {
  return wordOf(tokens, a, a.last) === wordOf(tokens, b, b.last) || wordOf(tokens, a, a.first) === wordOf(tokens, b, b.first);
}

/**
 * The private facts of a field, in order, that no one named in full is near: those a person named again by
 * one word may own. People and facts are both in order, so one pass over each (a long paste has thousands).
 */
function orphanFacts(ctx: CheckContext, field: Hit['field'], people: readonly Person[]): Hit[] {
  const privateFacts = ctx.scan('private-fact', [field]);
  const healthFacts = ctx.scan('health-fact', [field]);
  const facts = inTextOrder(privateFacts, healthFacts); // each tag's hits come in order already
  const orphans: Hit[] = [];
  let next = 0; // the first person whose window does not end before the fact
  for (const fact of facts) {
    if (fact.zone > 1) continue;
    while (next < people.length && people[next]!.last + NEAR_AFTER < fact.first) next++;
    // Windows end in order of their people's last tokens: any that still reaches the fact starts at or after `next`.
    let isNear = false;
    for (let k = next; k < people.length && people[k]!.first - NEAR_BEFORE <= fact.first && !isNear; k++) isNear = fact.first <= people[k]!.last + NEAR_AFTER;
    if (!isNear) orphans.push(fact);
  }
  return orphans;
}

/** Tells whether a name (its folded words) is the sender's own. */
type IsSender = (words: readonly string[]) => boolean;

/** The folded words of the name at tokens [first, last], to judge by `IsSender`. */
function wordsOf(tokens: Tokens, first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(tokens.word(k));
  return words;
}

/** The folded word of token `k` of `person`'s name: the one cut out when they were found, if it was. */
const wordOf = (tokens: Tokens, person: Person, k: number): string => person.words?.[k - person.first] ?? tokens.word(k);

/**
 * Judges names by the sender's address or display name, read once per check: "Jo Kettle" or "Kettle" from
 * jo.kettle@…, and any first name with the surname of j.kettle@… or samlovatt@… (a name run together starts
 * or ends with its parts); but not "Alfie Kettle" from jo.kettle@…, who shares only a surname.
 */
function senderMatcher(from: string): IsSender {
  // A profile's address is read by its last part: facebook.com/chloe.fairhurst.salford is chloe, fairhurst, salford.
  const parts = from.toLowerCase().split('@')[0]!.split('/').pop()!.split(/[\s._\d-]+/).filter((word) => word.length > 1);
  const hasFirstName = parts.some((part) => FIRST_NAMES.has(part));
  const isPartOfAddress = (word: string) =>
    parts.includes(word) || (word.length >= 3 && parts.some((part) => part.length > word.length + 1 && (part.startsWith(word) || part.endsWith(word))));
  // "Margaret Anne Hollis" from margaret.hollis@…: a middle name between the address's own first name and surname.
  const isMiddleName = (words: readonly string[], k: number) =>
    k > 0 && k < words.length - 1 && FIRST_NAMES.has(words[k]!) && isPartOfAddress(words[0]!) && isPartOfAddress(words[words.length - 1]!);
  // "Jennifer Marsh" from jenny.marsh@…: the long form of the address's first name (its first three letters, or SHORT_FORMS: "Thomas" of tom.evans@…), with its surname.
  const isLongForm = (words: readonly string[], k: number) =>
    k === 0 &&
    words.length > 1 &&
    FIRST_NAMES.has(words[0]!) &&
    parts.some((part) => FIRST_NAMES.has(part) && (part.slice(0, 3) === words[0]!.slice(0, 3) || isFormOf(part, words[0]!)));
  return (words) =>
    words.some(isPartOfAddress) &&
    words.every((word, k) => isPartOfAddress(word) || (!hasFirstName && FIRST_NAMES.has(word)) || isMiddleName(words, k) || isLongForm(words, k));
}

/** The sender last judged by, with its matcher: a draft is checked at every pause in typing, from the same address. */
let lastSender: { from: string; isSender: IsSender } | undefined;

/** `senderMatcher(from)`, made again only when the sender changes. */
function senderMatcherFor(from: string): IsSender {
  if (lastSender?.from !== from) lastSender = { from, isSender: senderMatcher(from) };
  return lastSender.isSender;
}

/** Does token `k` start a sentence or a line: the first token, or after a full stop, "!", "?" or a line break? */
function startsSentence(tokens: Tokens, k: number): boolean {
  return k === 0 || /[.!?\n]/.test(tokens.between(tokens.ends[k - 1]!, tokens.starts[k]!));
}

/**
 * Bodies whose people a draft meets in their work: "Karen from the council", "Paul from the safer roads team", "Amir at
 * Victim Support". What such a person tells of is a topic, not their own (but "Bev from the office" is a colleague).
 */
const AGENCIES = new Set([
  'council', 'police', 'force', 'constabulary', 'charity', 'trust', 'hospital', 'probation', 'nhs', 'cps',
  'court', 'panel', 'partnership', 'department', 'authority', 'agency', 'association', 'service', 'services', 'support', 'unit', 'commission', 'board',
]);
/** How many words after "from" or "at" the body's noun may stand: "from the safer roads team". */
const AGENCY_REACH = 4;

/**
 * Is the person whose name ends at token `last` one from a body met at work ("Karen from the council")? Not someone
 * known from one ("Tyler from my old school", "Gary from our darts team"), nor a body's relative ("Mrs Hollis from the
 * parish council's son"). (Schools and teams are where people are known from, as often as where they work.)
 */
function isFromAgency(tokens: Tokens, sentences: Int32Array, last: number): boolean {
  if (last + 2 >= tokens.length || !isFromOrAt(tokens, last + 1) || tokens.isOneOf(last + 2, POSSESSORS)) return false;
  for (let k = last + 2; k <= last + 1 + AGENCY_REACH && k < tokens.length && sentences[k] === sentences[last]; k++) {
    if (tokens.has(k, TokenFlag.possessive)) return false;
    if (tokens.isOneOf(k, AGENCIES)) return true;
  }
  return false;
}

/**
 * Is the word a first name that is no everyday word ("naz"), or a nickname made of one ("deano", "tommo", "robbo", "gazza")?
 * Not "early" (of "earl") or "sally": only "-o" and "-za" make nicknames no word is.
 */
function isKnownFirstName(word: string): boolean {
  if (FIRST_NAMES.has(word)) return !WORD_NAMES.has(word);
  const end = word.endsWith('o') ? 1 : word.endsWith('za') ? 2 : 0;
  if (end === 0 || word.length < end + 3) return false;
  const stem = word.slice(0, -end);
  // "tommo", "robbo": the name's last letter doubled.
  return FIRST_NAMES.has(stem) || (stem.at(-1) === stem.at(-2) && FIRST_NAMES.has(stem.slice(0, -1)));
}

/** Nicknames: "Tommo", "Gazza", "Smithy". */
const NICKNAME = /^[a-z]{3,}(o|y|ie|za|zza)$/;

/**
 * Is token `i` someone known by one name, with where they are found: "Tommo from the Kings Arms",
 * "Jade at the Co-op", "Tariq at number 12"? One capitalised first name or nickname, then "from" or "at"
 * and a capitalised place or a house by its number.
 */
function isNicknamed(tokens: Tokens, i: number): boolean {
  const { starts, ends, flags, length } = tokens;
  if (i + 2 >= length || (flags[i]! & (CAPITALISED | UPPER)) !== CAPITALISED) return false;
  // One space, then "from" or "at": "Kez – at the …" is the addressee, then the news.
  if (starts[i + 1]! - ends[i]! !== 1 || !isFromOrAt(tokens, i + 1) || tokens.codeAt(ends[i]!) !== 32) return false;
  const place = tokens.is(i + 2, 'the') ? i + 3 : i + 2;
  // "at number 12", "from no. 4": the house, not a place with a name.
  const isHouse = (tokens.is(i + 2, 'number') || tokens.is(i + 2, 'no')) && i + 3 < length && HOUSE_NUMBER.test(tokens.word(i + 3));
  // A known first name may be found at a place said in lower case, after "from": "Naz from work", "Terry from the chippy",
  // "Bev from the 3rd floor" (not after "at": "ask Priya at the meeting" is where, not who; nor "Mark from the start", a word).
  if (!isHouse && !tokens.has(place, CAPITALISED) && !(tokens.codeAt(starts[i + 1]!) === 102 /* f */ && isKnownFirstName(tokens.word(i)))) return false;
  // One name, not the end of "Dean Carrick"; but "That's Tariq at number 12" is one name after a sentence's first word
  // (not a greeting's: "Hi Jade at the Co-op" is written to her).
  const isAfterCapital = (flags[i - 1]! & CAPITALISED) !== 0;
  if (isAfterCapital && (!startsSentence(tokens, i - 1) || tokens.isOneOf(i - 1, FIRST_NAMES) || tokens.isOneOf(i - 1, TITLES) || tokens.isOneOf(i - 1, GREETINGS))) return false;
  const word = tokens.word(i);
  return FIRST_NAMES.has(word) || NICKNAME.test(word);
}

/**
 * Personal data about someone else going outside or posted publicly: a named individual
 * together with a date of birth, NI number, home address, health, criminal allegation,
 * victim or witness status, or a crime or custody reference.
 */
export default defineRule({
  id: 'personal-data',
  category: 'personal',
  messages: {
    personal: 'Personal data about {who} is going outside {org}. Share it only with people inside, or check with the {monitoring} (data protection).',
    bulk: 'This sends names with dates of birth, addresses or crime references outside {org}. Check there is a data-sharing agreement and ask the {monitoring}.',
  },
  check({ ctx, report, isFull }) {
    if (!ctx.audience.hasOutside) return;
    const isSender = senderMatcherFor(ctx.draft.from);
    // The name the draft is signed with is the sender's: "my details are: Priya Nair, DOB …  Thanks, Priya".
    const signedAs = signOffName(ctx.draft.body);
    const isNamedAlone = (word: string) => isSender([word]) || (signedAs !== undefined && isFormOf(signedAs, word));
    // Names given in the subject or the body, which the body may use again on their own; names of the dead.
    const names = new Set<string>();
    const deceased = new Set<string>();
    // Asked once, of the whole draft: most drafts name no relation, and no field's hits are then walked for one.
    const hasRelation = ctx.has('relation', PEOPLE_FIELDS);
    // Likewise anyone known by where they live ("the woman at 3 Fell View"): most drafts have no "woman" or "lad" at all.
    const hasResident = ctx.has('resident', PEOPLE_FIELDS);
    // And anyone whose home is given with its address ("the Deputy Mayor's home, 14 Beech Grove").
    const hasDwelling = ctx.has('dwelling', PEOPLE_FIELDS);
    // Where the field's own sender's name stands: a signature's address after it is the office's, no one else's.
    const senderNames: number[] = [];
    // Attachments too: a file named "Victim_Statement_Khalid_Saleh_DOB_04-09-1998.pdf" carries what it names.
    for (const field of PEOPLE_FIELDS) {
      const text = ctx.text(field);
      const raw = text.folded.original;
      const found = findPeople(text.tokens, text.zones, field, isSender, deceased, ctx.audience.isPublic, senderNames);
      const isLowerCase = field === 'body' && isWrittenInLowerCase(text.tokens, text.zones);
      const families = findFamilies(ctx, field);
      const relatives = hasRelation ? findRelatives(ctx, field, isLowerCase) : NO_PEOPLE;
      const tagged = ctx.audience.isPublic && field === 'body' ? findTaggedPeople(text.tokens, field) : [];
      const residents = hasResident ? findResidents(ctx, field) : NO_PEOPLE;
      const householders = hasDwelling ? findHouseholders(ctx, field) : NO_PEOPLE;
      const named =
        isLowerCase || families.length > 0 || relatives.length > 0 || tagged.length > 0 || residents.length > 0 || householders.length > 0
          ? withoutRepeats(
              [
                ...found,
                ...(isLowerCase ? findLowerCasePeople(text.tokens, text.zones, field, isSender) : []),
                ...families,
                ...relatives,
                ...tagged,
                ...residents,
                ...householders,
              ].sort(
                (a, b) => a.first - b.first,
              ),
            )
          : found;
      mentionWordsOf(text.tokens, named, names);
      // Looked for only where a private fact lies near no one named in full: most drafts that name people say
      // nothing private, or say it beside the name (callgrind: 18k of a 2 KB check's 595k instructions when always looked for).
      // With no one named in full, a fact may still be someone's named by a first name alone ("Amira in the team has been off with depression").
      const orphans = field === 'body' && (names.size > 0 || ctx.has('private-fact', BODY) || ctx.has('health-fact', BODY)) ? orphanFacts(ctx, field, named) : [];
      // People named by a first name alone before a fact no one named in full is near: in its sentence, or the one person a pronoun before it stands for.
      const singles = orphans.length > 0 ? firstNamesBefore(text.tokens, text.sentences, text.zones, field, names, named, orphans, isNamedAlone) : NO_PEOPLE;
      // A first name alone stands for a pronoun only where no one is named in full: a place or a month taken for one
      // ("Chelsea", "since June") would otherwise make two people of one, and leave "she" standing for neither.
      const referents = named.length > 0 ? named : singles;
      const mentions =
        orphans.length > 0
          ? [
              ...mentionsOf(text.tokens, text.zones, field, names, named, orphans),
              ...singlesBeside(text.sentences, singles, orphans),
              ...pronounMentionsOf(text.tokens, text.sentences, field, referents, orphans),
              ...uniqueRolesBefore(text.tokens, text.sentences, field, orphans),
            ]
          : [];
      const people = mentions.length === 0 ? named : withoutRepeats(inTextOrder(named, mentions));
      if (people.length === 0) continue;
      // Found only once some person's window holds four digits: most windows hold none, and a search of the whole field for
      // them cost 6k of a 2 KB check's 317k instructions with personal-data alone (callgrind), where the windows are a fraction.
      const digits = new FourDigits(raw);
      let identifiers: Identifiers | undefined;
      const addresses = new StreetAddresses(text.tokens, isLowerCase);
      // "Sexual Assault Referral Centre" names a service, not a fact about someone; "raised shoplifting", a topic.
      // A capitalised fact is someone's only when it is said to be theirs: "his Parkinson's"; or when one word starts a
      // sentence, capitalised as any first word is ("Charged are 27-year-old Akeem Trowers …").
      const isFact = (hit: Hit) =>
        hit.zone <= 1 &&
        !ctx.isNegated(hit) &&
        (!ctx.tokensHave(hit, CAPITALISED, UPPER) || text.tokens.isOneOf(hit.first - 1, OWNERS) || isSentenceStartWord(text.tokens, text.sentences, hit)) &&
        !text.tokens.isOneOf(hit.first - 1, TOPIC_VERBS) &&
        !text.tokens.isOneOf(hit.last + 1, SERVICE_NOUNS) &&
        // "a second stroke of luck": not an illness.
        !(text.tokens.is(hit.last, 'stroke') && text.tokens.is(hit.last + 1, 'of')) &&
        !isApproval(text.tokens, hit) &&
        !isDealingWith(text.tokens, hit) &&
        !isBornLongAgo(text.tokens, hit);
      const ownerPronouns = ctx.audience.isPublic ? PRONOUNS_IN_PUBLIC : PRONOUNS;
      for (const person of people) {
        if (isFull()) break;
        // A pronoun's findings name the person it stands for, whose role and sign-off count.
        const who = person.referent ?? person;
        if (signedAs !== undefined && isFormOf(signedAs, wordOf(text.tokens, who, who.first))) continue;
        if (deceased.size > 0 && deceased.has(wordOf(text.tokens, who, who.last))) continue;
        const from = person.first;
        const to = Math.min(text.tokens.length - 1, person.last + NEAR_AFTER);
        const sentence = text.sentences[from];
        const privateNear = ctx.within(field, 'private-fact', from - 40, to);
        const healthNear = ctx.within(field, 'health-fact', from - 40, to);
        // Most people have no fact near: nothing is then merged, sorted and searched.
        const fact =
          privateNear.length + healthNear.length === 0
            ? undefined
            : [...privateNear, ...healthNear]
                // The longer first: "sickness absence" (health) over "sickness"; health first of two alike ("depression" is both).
                .sort((a, b) => a.first - b.first || b.last - a.last || Number(b.tag === 'health-fact') - Number(a.tag === 'health-fact'))
                // Someone known by their address: "lives at" in "the man who lives at 12 Elm Grove" is how they are known.
                .find(
                  (hit) =>
                    isFact(hit) &&
                    (who.isFirstNameOnly ? text.sentences[hit.first] === sentence : hit.first >= from - NEAR_BEFORE || text.sentences[hit.first] === sentence) &&
                    // A first name alone owns a health fact, or a fact a pronoun gives them ("about Aman, including his date of birth"),
                    // not a topic beside them ("ask Sarah about the witness statements").
                    (!person.isFirstNameOnly || hit.tag === 'health-fact' || hasPronounBetween(text.tokens, person.last + 1, hit.first, ownerPronouns)) &&
                    !(who.byAddress && hit.first <= who.last),
                );
        const windowFrom = Math.max(0, from - NEAR_BEFORE);
        // "my deputy, Ravinder Gill, can give you instructions … Yours sincerely, Helen Marchbank … 3 Northgate Street": the sender's office.
        const patternTo = senderNames.length === 0 ? to : beforeSignature(person, to, senderNames);
        const around = ctx.spanOf(field, windowFrom, patternTo);
        if (identifiers === undefined && digits.within(around.start, around.end)) identifiers = findIdentifiers(raw);
        const [found, references] = identifiers ?? NO_IDENTIFIERS;
        const hasIdentifier = anyWithin(found, around.start, around.end);
        // A crime reference beside a name is private (a victim's, a suspect's), but not a professional's: the case is not theirs.
        // The address of someone known by it is no more than their name.
        // A first name alone is tied to a fact only in words (above): a date or an address near it may be anyone's.
        const hasPattern =
          person.isFirstNameOnly !== true &&
          (hasIdentifier || (references.length > 0 && anyWithin(references, around.start, around.end)) || (!who.byAddress && addresses.within(windowFrom, patternTo)));
        if (!fact && !hasPattern) continue;
        if (fact && !hasPattern && isSendersOwn(text.tokens, fact)) continue;
        // "Lucy Dane, Office Manager, at 10 Colmore Row", "Dr Rachel Obi, consultant": a professional in their
        // role, with business details, unless a personal identifier (NI number, date of birth) is given.
        // A role word in someone else's possessive ("the Chief Inspector's son") is not this person's role.
        let role = false;
        for (let i = who.last + 1; i < who.last + 5; i++) {
          if (text.tokens.has(i, TokenFlag.possessive)) {
            role = false;
            break;
          }
          role ||= text.tokens.isOneOf(i, ROLE_WORDS);
        }
        role ||= isFromAgency(text.tokens, text.sentences, who.last);
        const span = ctx.spanOf(field, who.first, who.last);
        role ||= hasWorkAddressAfter(raw, span.end) || isSignedWithRole(raw, span.start, span.end);
        if (role && !hasIdentifier && fact?.tag !== 'health-fact') continue;
        report(span, 'personal', { who: raw.slice(span.start, span.end) });
      }
    }
    let reported: Hit | undefined;
    for (const hit of ctx.scan('bulk-personal', ['body', 'attachments'])) {
      // "names, home addresses and dates of birth" holds two phrases of the lexicon: one finding.
      if (reported && reported.field === hit.field && hit.start < reported.end) continue;
      if (ctx.isNegated(hit) || ctx.near(hit, 'data-safe', 12, { sameSentence: true })) continue;
      if (isDescribedData(ctx, hit) || isIdentifiersWithoutFile(ctx, hit)) continue;
      report(hit, 'bulk');
      reported = hit;
    }
  },
});

/** Past verbs that say what a dataset held, not what this draft sends: "the extra columns included the names and dates of birth". */
const HELD = new Set(['included', 'contained', 'held', 'exposed', 'showed', 'listed', 'disclosed', 'revealed']);

/**
 * Is the bulk data described, as in a breach report ("the spreadsheet contained the names and dates of birth of 40 victims"),
 * rather than sent: told in the past tense, in a body with nothing attached?
 */
function isDescribedData(ctx: CheckContext, hit: Hit): boolean {
  if (hit.field !== 'body' || ctx.draft.attachments.length > 0) return false;
  const { tokens } = ctx.text('body');
  const before = tokens.is(hit.first - 1, 'the') ? hit.first - 2 : hit.first - 1;
  return tokens.isOneOf(before, HELD);
}

/** Identifiers named alone, which are a list of them only in a file sent: "NI numbers are in column D". */
const IDENTIFIER_LISTS = new Set(['ni numbers', 'national insurance numbers']);
/**
 * A file's columns named in the singular ("columns are name, DOB, crime type"): a list only in a file sent, and not a form's
 * blanks for someone's own ("put your name and date of birth on the attached form").
 */
const COLUMN_NAMES = new Set(['name, dob', 'name dob', 'name and dob', 'name, date of birth', 'name date of birth', 'name and date of birth', 'name, address, dob', 'name, address and dob']);
const OWN_BLANKS = new Set(['your', 'their', 'his', 'her', 'my', 'own']);

/**
 * Are NI numbers named in a body with no file attached ("volunteers should bring their NI numbers")? A file named for them, or
 * sent with a body that names them, is the list itself. A column named in the singular is a list only in a body sent with a file,
 * and not after "your" (a form to fill in).
 */
function isIdentifiersWithoutFile(ctx: CheckContext, hit: Hit): boolean {
  if (COLUMN_NAMES.has(hit.phrase)) {
    return hit.field !== 'body' || ctx.draft.attachments.length === 0 || ctx.text('body').tokens.isOneOf(hit.first - 1, OWN_BLANKS);
  }
  return hit.field === 'body' && IDENTIFIER_LISTS.has(hit.phrase) && ctx.draft.attachments.length === 0;
}

/** The first name a draft is signed with: the last word of its last line or sentence, when that is a short sign-off ("Thanks, Priya"). */
function signOffName(body: string): string | undefined {
  // Read back from the end to the last line break or sentence end: no string is made for the rest of the body.
  let end = body.length;
  while (end > 0 && /\s/.test(body[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 60 && !'\n.!?'.includes(body[start - 1]!)) start--;
  const last = body.slice(start, end).trim();
  const words = last.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return undefined;
  const name = words[words.length - 1]!;
  return /^[A-Z][a-z]+$/.test(name) ? name.toLowerCase() : undefined;
}

/**
 * Four digits, a space allowed in the middle: every NI number ("QQ 12 34 56 C") and every year of a
 * date (NI_NUMBER, DATE, BIRTH_DATE_IN_WORDS) holds one. One native search for it finds most drafts
 * have none (figures like "11%" or "section 3") and skips the three patterns that cost several times as much.
 */
const FOUR_DIGITS = /\d\d\s?\d\d/;
/**
 * The furthest an identifier starts before its four digits: "d.o.b.", three separators, "on ", a day
 * with "th", a space, a nine-letter month and a space come before the year of BIRTH_DATE_IN_WORDS
 * (6 + 3 + 3 + 4 + 1 + 9 + 1 = 27); DATE's year comes 6 after its start, NI_NUMBER's digits 3 (a crime reference's at most 11: "WK/NUN/25/0088").
 */
const IDENTIFIER_LEAD = 27;

/** A field's identifiers and its crime references, each as [start, end] offset pairs in order. */
type Identifiers = readonly [identifiers: readonly number[], references: readonly number[]];

/**
 * Personal identifiers in a field's original text, as [start, end] offset pairs in order:
 * NI numbers, and dates at least ten years back (a date of birth, not an appointment); and apart, crime and custody
 * references ("WK/25/004411"), which a professional may be named beside. Found once per field, so each person's
 * window is a binary search, not a fresh scan.
 */
function findIdentifiers(raw: string): Identifiers {
  // No identifier starts before the first four digits less its lead: the patterns start there (or
  // nowhere), which finds just what a search from the start would, as nothing could match before it.
  const digits = raw.search(FOUR_DIGITS);
  if (digits < 0) return NO_IDENTIFIERS;
  const from = Math.max(0, digits - IDENTIFIER_LEAD);
  const found: Array<[number, number]> = [];
  const references: number[] = [];
  for (const match of matchesFrom(raw, NI_NUMBER, from)) {
    // A crime reference has slashes, an NI number none: "WK/25/004411".
    if (match[0].includes('/')) {
      if (!isCouncilReference(raw, match.index, match.index + match[0].length)) references.push(match.index, match.index + match[0].length);
    }
    else found.push([match.index, match.index + match[0].length]);
  }
  for (const match of matchesFrom(raw, DATE, from)) if (Number(match[1]) <= BIRTH_YEAR_BEFORE) found.push([match.index, match.index + match[0].length]);
  for (const match of matchesFrom(raw, BIRTH_DATE_IN_WORDS, from)) found.push([match.index, match.index + match[0].length]);
  return [found.sort((a, b) => a[0] - b[0]).flat(), references];
}

/** Words that make a reference a council's, on the line before it: "planning application DC/24/01234", "licence LN/25/00412". */
const COUNCIL_CUE = /\b(?:planning|application|applications|applicant|licen[cs]e|licensing|appeal|objection|objected|objecting|permit)\b/i;

/**
 * Is the reference at [start, end) a council's (a planning application, a licence) rather than a crime's: shaped alike
 * ("DC/24/01234"), but said to be one on its line, or carrying a planning suffix ("DC/24/01234/FUL")? Asked only of the
 * few references found, reading at most 60 characters before one.
 */
function isCouncilReference(raw: string, start: number, end: number): boolean {
  if (raw.charCodeAt(end) === 47 /* / */ && /^\/[A-Z]{2,4}\b/.test(raw.slice(end, end + 6))) return true;
  const before = raw.slice(Math.max(0, start - 60), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  // "crime ref" on the line makes it a crime's, whatever else is said there.
  return COUNCIL_CUE.test(line) && !/\b(?:crime|custody|incident|occurrence)\b/i.test(line);
}

/**
 * Where four digits (FOUR_DIGITS) lie in a field's original text, looked for as people's windows ask: in each window alone,
 * not on to the field's end, and no character twice while windows overlap in order of their start.
 */
class FourDigits {
  /** No four digits start at an offset in [clearFrom, clearTo). */
  private clearFrom = 0;
  private clearTo = 0;

  constructor(private readonly raw: string) {}

  /** Do four digits lie within offsets [from, to)? */
  within(from: number, to: number): boolean {
    // Four digits that start before `clearTo` would have been found already: only those starting later are looked for.
    const isAfterClear = from >= this.clearFrom && from <= this.clearTo;
    const start = isAfterClear ? this.clearTo : from;
    if (start < to && FOUR_DIGITS.test(this.raw.slice(start, to))) return true;
    // None start in [start, to - 4): four digits (four or five characters) starting there would end by `to`, in the text searched.
    if (!isAfterClear) {
      this.clearFrom = from;
      this.clearTo = from;
    }
    this.clearTo = Math.max(this.clearTo, to - 4);
    return false;
  }
}

/** No identifiers and no references: what a field with no four digits gives. */
const NO_IDENTIFIERS: Identifiers = [[], []];

/** The matches of a global pattern from offset `from` on (a look-behind such as `\b` still sees the text before). */
function matchesFrom(text: string, pattern: RegExp, from: number) {
  // matchAll copies the pattern with its lastIndex: the shared pattern is left as it was.
  pattern.lastIndex = from;
  const matches = text.matchAll(pattern);
  pattern.lastIndex = 0;
  return matches;
}

/**
 * Street addresses ("12 Orchard Grove") near people, looked for as each person's window asks: most of a
 * long draft lies near no name. Windows come in order of their start, so no token is looked at twice.
 */
class StreetAddresses {
  /** [first, last] token pairs found so far, in order. */
  private readonly found: number[] = [];
  /** Tokens before this have been looked at, or lie before every window to come. */
  private next = 0;

  constructor(
    private readonly tokens: Tokens,
    /** Is the field written in lower case, addresses too ("45 carr lane")? */
    private readonly isLowerCase: boolean,
  ) {}

  /** Is there an address within tokens [from, to]? `from` never goes back on an earlier call's. */
  within(from: number, to: number): boolean {
    if (to >= this.next) {
      this.findFrom(Math.max(this.next, from), to);
      this.next = to + 1;
    }
    return anyWithin(this.found, from, to);
  }

  /** Adds the addresses starting at tokens [first, to]. */
  private findFrom(first: number, to: number): void {
    const { tokens, isLowerCase, found } = this;
    const { flags } = tokens;
    for (let i = first; i <= to; i++) {
      // Unless written in lower case, a house number is followed by a capitalised word ("12 Orchard Grove"): the next
      // token's flags turn away most tokens with no character read (callgrind: reading each token's first character
      // cost 9k of a 2 KB check's 369k instructions, a native search for digits in the window 6k), in a loop of their
      // own with no call in it, as in `nextCandidate`.
      if (!isLowerCase) while (i <= to && (flags[i + 1]! & CAPITALISED) === 0) i++;
      if (i > to) break;
      const end = streetAddressEnd(tokens, i, isLowerCase);
      if (end >= 0) found.push(i, end);
    }
  }
}

/**
 * Street words that end an address written in lower case ("45 carr lane"): not "walk", "view", "way" or
 * "drive", which follow a number and a word in everyday English ("a 10 minute walk").
 */
const LOWER_STREET_SUFFIX = new Set(['road', 'rd', 'street', 'lane', 'avenue', 'ave', 'grove', 'crescent', 'terrace', 'mews', 'gardens', 'close']);

/**
 * The last token of a street address starting at token `i` ("12 Orchard Grove"), or -1 if none starts there.
 * In a field written in lower case, its words may be too ("45 carr lane").
 */
function streetAddressEnd(tokens: Tokens, i: number, isLowerCase = false): number {
  if (i + 2 >= tokens.length || tokens.codeAt(tokens.starts[i]!) > 57 || !HOUSE_NUMBER.test(tokens.word(i))) return -1; // starts with a digit
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    if (isLowerCase) {
      if (j > i + 1 && tokens.isOneOf(j, LOWER_STREET_SUFFIX)) return j;
      continue;
    }
    if (!tokens.has(j, TokenFlag.capitalised)) break;
    if (j > i + 1 && tokens.isOneOf(j, STREET_SUFFIX)) return j;
  }
  return -1;
}

const startsStreetAddress = (tokens: Tokens, i: number): boolean => streetAddressEnd(tokens, i) >= 0;

/** Does some [start, end] pair of `pairs` (flattened, in order of start) lie within [from, to]? */
function anyWithin(pairs: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = pairs.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pairs[mid * 2]! < from) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < pairs.length / 2 && pairs[k * 2]! <= to; k++) if (pairs[k * 2 + 1]! <= to) return true;
  return false;
}
