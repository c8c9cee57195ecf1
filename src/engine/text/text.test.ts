import { describe, expect, it } from 'vitest';
import { CHUNK, ChunkedText } from './chunked-text';
import { compileLexicon, scanTokens, withLooseContractions, withoutApostrophe } from './lexicon';
import { fold, toOriginal, type Folded } from './normalise';
import { TokenFlag, tokenise } from './tokens';
import { IntList } from './int-list';
import { Vocabulary } from './vocabulary';
import { Zone, findZones } from './zones';

/** The origin of each folded character. */
const originsOf = (folded: Folded) => Array.from({ length: folded.text.length }, (_, i) => folded.originAt(i));

/** The original text behind each folded character, by the origin map. */
const originalsOf = (text: string) => {
  const folded = fold(text);
  return [...folded.text].map((_, i) => text[folded.originAt(i)]);
};

describe('fold', () => {
  it('lower-cases and keeps a one-to-one map for plain ASCII', () => {
    const folded = fold('Vote LABOUR');
    expect(folded.text).toBe('vote labour');
    expect([...folded.text].map((_, i) => folded.originAt(i))).toEqual([...Array(11).keys()]);
    expect(folded.original).toBe('Vote LABOUR');
  });

  it('maps every folded character back to the character it came from', () => {
    const text = 'Caf\u00e9 \u201cOFFICIAL\u2013SENSITIVE\u201d';
    const folded = fold(text);
    expect(folded.text).toBe('cafe "official-sensitive"');
    expect(folded.originAt(folded.text.length - 1)).toBeLessThan(text.length);
    expect(originalsOf(text).join('')).toBe('Caf\u00e9 \u201cOFFICIAL\u2013SENSITIVE\u201d');
  });

  it('finds a single non-ASCII character wherever it sits, a lone surrogate included', () => {
    expect(fold('OFFICIAL SENSITIV\u0415').text).toBe('official sensitive'); // Cyrillic Е, last
    expect(fold('\u0415 then plain ASCII').text).toBe('e then plain ascii'); // first
    const lone = fold('a\ud800b');
    expect(lone.text).toHaveLength(3);
    expect(lone.originAt(2)).toBe(2);
    // Tabs, carriage returns and backticks in otherwise plain text.
    expect(fold('A\tB\rC`D').text).toBe("a b c'd");
  });

  it('maps Cyrillic and Greek look-alikes to Latin', () => {
    expect(fold('OFFICIAL-S\u0415NSITIVE').text).toBe('official-sensitive'); // Cyrillic Е
    expect(fold('N\u041eT F\u039fR PUBLICATI\u043eN').text).toBe('not for publication'); // Cyrillic О, Greek Ο, Cyrillic о
    expect(fold('\u0440\u0430\u0441\u0435').text).toBe('pace');
  });

  it('drops zero-width and soft-hyphen characters but remembers where the rest came from', () => {
    const text = 'OFF\u200bICIAL\u00ad-\ufeffSEN\u2060SITIVE';
    const folded = fold(text);
    expect(folded.text).toBe('official-sensitive');
    expect(folded.originAt(3)).toBe(4); // the "i" after the zero-width space
    expect(text.slice(folded.originAt(0), folded.originAt(folded.text.length - 1) + 1)).toBe(text);
  });

  it('makes typographic quotes, dashes and spaces plain', () => {
    expect(fold('didn\u2019t \u2018x\u2019 \u2014 a\u00a0b\u2011c\r\n\td`').text).toBe("didn't 'x' - a b-c \n d'");
  });

  it('folds full-width letters, ligatures and accents; one original character may give several', () => {
    expect(fold('\uff2f\uff26\uff26\uff29\uff23\uff29\uff21\uff2c').text).toBe('official');
    const ligature = fold('\ufb01le');
    expect(ligature.text).toBe('file');
    expect(originsOf(ligature)).toEqual([0, 0, 1, 2]);
    expect(fold('Se\u0301ance').text).toBe('seance'); // a combining accent
  });

  it('keeps surrogate pairs whole and maps them back', () => {
    const text = 'a\u{1F600}b';
    const folded = fold(text);
    expect(folded.text).toBe(text);
    expect(originsOf(folded)).toEqual([0, 1, 1, 3]);
    expect(toOriginal(folded, 1, 3)).toEqual([1, 3]);
  });

  it('folds empty and huge text', () => {
    expect(fold('').text).toBe('');
    expect(toOriginal(fold(''), 0, 0)).toEqual([0, 0]);
    expect(fold('A'.repeat(100_000)).text).toBe('a'.repeat(100_000));
  });
});

describe('toOriginal', () => {
  it('maps a folded span back to the original, across dropped characters', () => {
    const text = 'x OFF\u200bICIAL y';
    const folded = fold(text);
    const start = folded.text.indexOf('official');
    const [from, to] = toOriginal(folded, start, start + 'official'.length);
    expect(text.slice(from, to)).toBe('OFF\u200bICIAL');
  });

  it('maps a span of an expanded character to that one character', () => {
    const folded = fold('a\ufb01b');
    expect(toOriginal(folded, 1, 3)).toEqual([1, 2]);
  });
});

describe('tokenise', () => {
  const words = (text: string) => tokenise(fold(text)).toArray().map((token) => token.text);

  it('splits on anything but letters, digits and inner apostrophes', () => {
    expect(words("Don't send it, 'please'.")).toEqual(["don't", 'send', 'it', 'please']);
    expect(words('OFFICIAL-SENSITIVE/PERSONAL')).toEqual(['official', 'sensitive', 'personal']);
    expect(words('ref 20/12345/26')).toEqual(['ref', '20', '12345', '26']);
    expect(words('  \n\n ')).toEqual([]);
  });

  it("matches possessives to their noun, with straight or curly apostrophes", () => {
    expect(words("Kinetica's bid")).toEqual(['kinetica', 'bid']);
    expect(words('Kinetica\u2019s bid')).toEqual(['kinetica', 'bid']);
  });

  it('keeps look-alike and zero-width words whole', () => {
    expect(words('S\u0415NSITIVE Lab\u200bour')).toEqual(['sensitive', 'labour']);
  });

  it('gives offsets into the folded text', () => {
    const folded = fold('  Vote\u200b Labour');
    for (const token of tokenise(folded).toArray()) expect(folded.text.slice(token.start, token.end)).toBe(token.text);
  });

  it('records capitals from the original', () => {
    const tokens = tokenise(fold('OFFICIAL Sensitive data A \u0415XAMPLE \u0435xample')).toArray();
    expect(tokens.map((t) => [t.text, t.isCapitalised, t.isUpper])).toEqual([
      ['official', true, true],
      ['sensitive', true, false],
      ['data', false, false],
      ['a', true, false], // one capital letter is not a word in capitals
      ['example', true, true],
      ['example', false, false],
    ]);
  });

  it('reads plain ASCII from the original as the folded text would be read', () => {
    // A non-ASCII character at the end sends the same words through the folded text and its offset map.
    // Everything a rule reads of each token: its columns (but `unfolded` and `backtick`, which only the original needs),
    // its word, and its gap to the next token, character by character and as a string.
    const columns = (text: string, count: number) => {
      const tokens = tokenise(fold(text));
      return [...tokens.starts].slice(0, count).map((start, i) => {
        const end = tokens.ends[i]!;
        const next = i + 1 < count ? tokens.starts[i + 1]! : end;
        const gapCodes = Array.from({ length: next - end }, (_, k) => tokens.codeAt(end + k));
        const word = tokens.word(i);
        return [start, end, tokens.flags[i]! & ~(TokenFlag.unfolded | TokenFlag.backtick), tokens.sentences[i], word, tokens.is(i, word), tokens.codeAt(start), gapCodes, tokens.between(start, next)];
      });
    };
    for (const text of ["KINETICA'S bid", 'Kinetica`s BID', "It's O'NEILL's", 'A\tB\r\nC\r\n\r\nd', '#Tag @HANDLE x.Y', "'quoted' don`t", 'MR. Smith! ok? no; |a']) {
      const count = tokenise(fold(text)).length;
      expect(columns(text, count)).toEqual(columns(`${text} \u00e9`, count));
    }
  });

  it('reads a long folded text in pieces as it reads a short one', () => {
    // Look-alike letters and a curly apostrophe make a folded copy; past CHUNK characters it is kept in pieces.
    const sentence = 'Please keep the OFFICIAL-S\u0415NSITIVE brief, Kinetica\u2019s bid, away from \u{1F600} Tom\u2019s desk. ';
    const text = sentence.repeat(Math.ceil((2.5 * CHUNK) / sentence.length));
    const folded = fold(text);
    expect(folded.source).toBeInstanceOf(ChunkedText);
    const tokens = tokenise(folded);
    const whole = folded.text; // joined, for comparison only
    expect(tokens.length).toBe(Math.ceil((2.5 * CHUNK) / sentence.length) * 13); // the emoji is a word of its own
    for (let i = 0; i < tokens.length; i++) {
      const start = tokens.starts[i]!;
      const end = tokens.ends[i]!;
      const word = whole.slice(start, tokens.flags[i]! & TokenFlag.possessive ? end - 2 : end);
      expect(tokens.word(i)).toBe(word);
      expect(tokens.is(i, word)).toBe(true);
      expect(tokens.codeAt(end)).toBe(whole.charCodeAt(end));
      expect(tokens.between(start, end + 2)).toBe(whole.slice(start, end + 2));
    }
    expect(tokens.includes('\u{1F600}')).toBe(true);
    expect(tokens.includes('#')).toBe(false);
  });

  it('reads the same columns from a buffer handed back and lent again, and nothing past the last token', () => {
    const columnsOf = (text: string) => {
      const tokens = tokenise(fold(text));
      const read = [tokens.starts, tokens.ends, tokens.flags, tokens.ids, tokens.sentences, tokens.zones].map((column) => [...column, column[tokens.length]]);
      tokens.release();
      return read;
    };
    // The same text again (its buffer's views are reused), then one as long with a word fewer, and one a word longer.
    for (const text of ['Send it to Rachel.', 'Send it to Rachel.', 'Send it  Rachel...', 'Send it to Rachel Ann.', 'Send it to Rachel.']) {
      const tokens = tokenise(fold(text));
      const fresh = [tokens.starts, tokens.ends, tokens.flags, tokens.ids, tokens.sentences, tokens.zones].map((column) => [...column, undefined]);
      tokens.release();
      expect(columnsOf(text)).toEqual(fresh);
      expect(fresh[0]!.length).toBe(tokenise(fold(text)).length + 1);
    }
  });
});

describe('the joined flag: does a phrase run across the gap between two words?', () => {
  const gap = (between: string) => tokenise(fold(`a${between}b`)).has(1, TokenFlag.joined);

  it('allows spaces, punctuation inside a phrase and one line break', () => {
    expect(gap(' ')).toBe(true);
    expect(gap(' - ')).toBe(true);
    expect(gap(', ')).toBe(true);
    expect(gap('\n')).toBe(true);
  });

  it('stops at a sentence end, a blank line, a semicolon or a long gap', () => {
    expect(gap('. ')).toBe(false);
    expect(gap('! ')).toBe(false);
    expect(gap('? ')).toBe(false);
    expect(gap('; ')).toBe(false);
    expect(gap(' | ')).toBe(false);
    expect(gap('\n\n')).toBe(false);
    expect(gap(' '.repeat(13))).toBe(false);
  });
});

describe('the tag flag: is the word a #hashtag or @handle?', () => {
  const tagged = (text: string) => tokenise(fold(text)).toArray().map((token) => token.isTag);

  it('flags the word straight after a # or @', () => {
    expect(tagged('#VoteTracy and @BrumLibrary')).toEqual([true, false, true]);
    expect(tagged('see (#GTTO)')).toEqual([false, true]);
  });

  it('does not flag the first word of a text, which has nothing before it', () => {
    // It once was: "Reform of licensing …" then read as "#Reform" in any draft with an email address in it.
    expect(tagged('Reform of licensing, ask me at a@b.com')).toEqual([false, false, false, false, false, false, false, true, false]);
  });

  it('does not flag a word with a # or @ earlier in the gap', () => {
    expect(tagged('a # b')).toEqual([false, false]);
    expect(tagged('a @ (b')).toEqual([false, false]);
  });
});

describe('sentences', () => {
  const sentenceOf = (text: string, word: string) => {
    const tokens = tokenise(fold(text));
    return tokens.sentences[tokens.toArray().findIndex((token) => token.text === word)];
  };

  it('ends a sentence at a full stop, an exclamation or question mark, or a blank line', () => {
    expect(sentenceOf('Thanks. The crate arrived', 'crate')).toBe(1);
    expect(sentenceOf('Thanks! The crate arrived', 'crate')).toBe(1);
    expect(sentenceOf('Thanks\n\nThe crate arrived', 'crate')).toBe(1);
    expect(sentenceOf('Thanks\nthe crate arrived', 'crate')).toBe(0);
  });

  it('does not end one at a full stop inside a handle, an address or a number', () => {
    expect(sentenceOf('Cheers to @brewery.bsky.social for the crate', 'crate')).toBe(0);
    expect(sentenceOf('See www.bbc.co.uk for the crate', 'crate')).toBe(0);
    expect(sentenceOf('This £1.2m buys a crate', 'crate')).toBe(0);
    expect(sentenceOf('It ends here.The crate', 'crate')).toBe(0); // a missing space reads as one sentence: rare, and harmless
  });

  it("does not end one at a company's abbreviation before a small letter", () => {
    expect(sentenceOf('Thanks to Lakeland Outdoor Co. for the crate', 'crate')).toBe(0);
    expect(sentenceOf('Thanks to Fell Brewing Ltd. for the crate 🍺', 'crate')).toBe(0);
    expect(sentenceOf('Cheers to Smith Bros. for the crate', 'crate')).toBe(0);
    // A capital after it starts a sentence; so does a small letter after any other word, or after a blank line.
    expect(sentenceOf('We ordered from Lakeland Outdoor Co. The crate arrived', 'crate')).toBe(1);
    expect(sentenceOf('they had their chance. not getting the crate', 'crate')).toBe(1);
    expect(sentenceOf('We buy from the Co.\n\nthe crate arrived', 'crate')).toBe(1);
    expect(sentenceOf('Ask the disco. the crate is there', 'crate')).toBe(1);
  });
});

describe('compileLexicon and scanTokens', () => {
  const scan = (groups: Record<string, readonly string[]>, text: string) => {
    const folded = fold(text);
    const lexicon = compileLexicon(groups);
    const tokens = tokenise(folded, lexicon.vocabulary);
    return scanTokens(lexicon, tokens).map((hit) => ({
      tag: hit.tag,
      phrase: hit.phrase,
      text: folded.text.slice(tokens.starts[hit.first], tokens.ends[hit.last]),
    }));
  };

  it('counts phrases and the longest phrase in words', () => {
    const lexicon = compileLexicon({ a: ['one', 'two words'], b: ['three words here', ''] });
    expect(lexicon.size).toBe(3);
    expect(lexicon.depth).toBe(3);
  });

  it('matches whole words, ignoring case, accents, look-alikes and punctuation between words', () => {
    const groups = { marking: ['official sensitive'] };
    expect(scan(groups, 'OFFICIAL-SENSITIVE')).toEqual([{ tag: 'marking', phrase: 'official sensitive', text: 'official-sensitive' }]);
    expect(scan(groups, 'Official\u2013S\u0435nsitive')).toHaveLength(1);
    expect(scan(groups, 'official\nsensitive')).toHaveLength(1);
    expect(scan(groups, 'unofficial sensitivities')).toEqual([]);
  });

  it('folds the phrases as it folds the text', () => {
    expect(scan({ marking: ['OFFICIAL\u2013SENSITIVE'] }, 'official sensitive')).toHaveLength(1);
    expect(scan({ tender: ["rival's price"] }, 'the rival\u2019s price')).toHaveLength(1);
  });

  it('matches contractions without their apostrophes, and "you" as "u", as a phone types them', () => {
    const groups = { respond: ["can't accept", 'thank you for'] };
    expect(scan(groups, 'i cant accept it')).toEqual([{ tag: 'respond', phrase: "can't accept", text: 'cant accept' }]);
    expect(scan(groups, 'massive thank u for the hamper')).toEqual([{ tag: 'respond', phrase: 'thank you for', text: 'thank u for' }]);
    // A contraction that would make another word without its apostrophe is not read without it: "well" is no "we'll".
    expect(scan({ promise: ["we'll be there"] }, 'as well be there')).toEqual([]);
    expect(withoutApostrophe("didn't")).toBe('didnt');
    expect(withoutApostrophe("we'll")).toBe("we'll");
    expect(withoutApostrophe("rival's")).toBe("rival's");
    expect([...withLooseContractions(["can't", "we'll", 'never'])]).toEqual(["can't", 'cant', "we'll", 'never']);
  });

  it('matches a word ending in * as a prefix', () => {
    const groups = { press: ['journalist*', 'press office*'] };
    expect(scan(groups, 'Journalists and a journalist').map((h) => h.text)).toEqual(['journalists', 'journalist']);
    expect(scan(groups, 'the press officer')).toEqual([{ tag: 'press', phrase: 'press office*', text: 'press officer' }]);
    expect(scan(groups, 'journal')).toEqual([]);
  });

  it('keeps the longest phrase of each tag at a start, and every tag', () => {
    expect(scan({ detail: ['bids', 'bids came in'] }, 'the bids came in')).toEqual([{ tag: 'detail', phrase: 'bids came in', text: 'bids came in' }]);
    expect(scan({ context: ['bids'], detail: ['bids came in'] }, 'the bids came in')).toEqual([
      { tag: 'context', phrase: 'bids', text: 'bids' },
      { tag: 'detail', phrase: 'bids came in', text: 'bids came in' },
    ]);
  });

  it('falls back to a shorter phrase when the longer one breaks off', () => {
    expect(scan({ detail: ['bids', 'bids came in'] }, 'the bids came late')).toEqual([{ tag: 'detail', phrase: 'bids', text: 'bids' }]);
  });

  it('never matches across a sentence end or a blank line', () => {
    const groups = { marking: ['not for publication'] };
    expect(scan(groups, 'Not. For publication')).toEqual([]);
    expect(scan(groups, 'not for\n\npublication')).toEqual([]);
    expect(scan(groups, 'not for; publication')).toEqual([]);
  });

  it('finds nothing in empty text', () => {
    expect(scan({ a: ['x'] }, '')).toEqual([]);
  });

  it('finds the same phrases whether or not the lexicon has prefixes (which take a path of their own)', () => {
    const groups = { context: ['bids', 'the bids'], detail: ['bids', 'bids came in', 'came in late'], other: ['late'] };
    const text = 'The bids came in late. Bids came late; the bids came in';
    const hits = scan(groups, text);
    expect(hits.map((hit) => `${hit.tag}:${hit.text}`)).toEqual([
      'context:the bids', 'context:bids', 'detail:bids came in', 'detail:came in late', 'other:late',
      'context:bids', 'detail:bids', 'other:late', 'context:the bids', 'context:bids', 'detail:bids came in',
    ]);
    expect(scan({ ...groups, unused: ['zebra*'] }, text)).toEqual(hits);
  });
});

describe('findZones', () => {
  /** Zones with their text, leaving out blank-line ranges. */
  const zonesOf = (body: string, isForward = false, recipients: readonly string[] = []) =>
    findZones(body, isForward, recipients)
      .map((range) => [range.zone, body.slice(range.start, range.end).trim()] as const)
      .filter(([, text]) => text !== '');

  it('covers the body with contiguous ranges', () => {
    const body = 'Hello\n\nOn Mon, 2 Mar 2026 at 09:15, A <a@example.com> wrote:\n> hi\n\nThis email is intended only for the addressee. If you have received it in error, delete it.';
    const ranges = findZones(body, false);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(body.length);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.start).toBe(ranges[i - 1]!.end);
  });

  it('is all own text without headers', () => {
    expect(zonesOf('Hello,\nthe minutes are attached.')).toEqual([[Zone.own, 'Hello,\nthe minutes are attached.']]);
    expect(findZones('', false)).toEqual([]);
  });

  it('quotes everything from a reply attribution on', () => {
    const body = 'Thanks, noted.\n\nOn Mon, 2 Mar 2026 at 09:15, Amir Patel <amir@example.co.uk> wrote:\n> OFFICIAL-SENSITIVE\n> Here is the draft.\nunquoted tail';
    const zones = zonesOf(body);
    expect(zones[0]).toEqual([Zone.own, 'Thanks, noted.']);
    expect(zones.slice(1).every(([zone]) => zone === Zone.quoted)).toBe(true);
    expect(zones.map(([, text]) => text).join('\n')).toContain('unquoted tail');
  });

  it('quotes ">" lines without an attribution, and only those', () => {
    expect(zonesOf('> earlier\n> text\nmy answer')).toEqual([
      [Zone.quoted, '> earlier\n> text'],
      [Zone.own, 'my answer'],
    ]);
  });

  it('forwards ">" lines when the subject starts FW:', () => {
    expect(zonesOf('for later\n\n> From: Kim\n> her DOB is below', true).at(-1)).toEqual([Zone.forwarded, '> From: Kim\n> her DOB is below']);
    expect(zonesOf('for later\n\n> From: Kim\n> her DOB is below').at(-1)![0]).toBe(Zone.quoted);
  });

  it('quotes an Original Message block, or forwards it when the subject starts FW:', () => {
    const body = 'See below.\n\n-----Original Message-----\nFrom: Kim\nNOT FOR PUBLICATION';
    expect(zonesOf(body).at(-1)![0]).toBe(Zone.quoted);
    expect(zonesOf(body, true).at(-1)![0]).toBe(Zone.forwarded);
  });

  it('quotes an Outlook From:/Sent: header block', () => {
    const body = 'Agreed.\n\nFrom: Kim Lee <kim@example.org>\nSent: 04 March 2026 14:20\nTo: me\nSubject: budget\n\nThe old text';
    const zones = zonesOf(body);
    expect(zones[0]).toEqual([Zone.own, 'Agreed.']);
    expect(zones.slice(1).every(([zone]) => zone === Zone.quoted)).toBe(true);
  });

  it('does not take a "From:" line in the sender\'s own text for a header', () => {
    expect(zonesOf('From: the Commissioner\nPlease read this.').every(([zone]) => zone === Zone.own)).toBe(true);
  });

  it('marks a forwarded message as forwarded: it does go to the recipient', () => {
    const body = 'FYI\n\n---------- Forwarded message ---------\nFrom: Kim\nOFFICIAL-SENSITIVE';
    expect(zonesOf(body).at(-1)![0]).toBe(Zone.forwarded);
    expect(zonesOf('FYI\n\nBegin forwarded message:\n\nhello').at(-1)).toEqual([Zone.forwarded, 'hello']);
  });

  it('marks disclaimer paragraphs by their wording, and only whole paragraphs', () => {
    const disclaimer =
      'This email and any attachments are intended solely for the addressee. If you have received this email in error, please delete it.';
    expect(zonesOf(`Minutes attached.\n\n${disclaimer}`)).toEqual([
      [Zone.own, 'Minutes attached.'],
      [Zone.disclaimer, disclaimer],
    ]);
    expect(zonesOf('Minutes attached.\n\nDISCLAIMER: views are my own.').at(-1)![0]).toBe(Zone.disclaimer);
    expect(zonesOf('Minutes attached.\n\nConfidentiality notice - read me.').at(-1)![0]).toBe(Zone.disclaimer);
    // Two cues make a disclaimer; one cue alone is ordinary prose.
    const cues = "Any views expressed are the author's own. This email is monitored.";
    expect(zonesOf(`Minutes attached.\n\n${cues}`).at(-1)).toEqual([Zone.disclaimer, cues]);
    expect(zonesOf("Minutes attached.\n\nThis message is about Friday's panel.").at(-1)![0]).toBe(Zone.own);
  });

  it('counts cue groups, not phrases, and reads a cue across a line break or in capitals', () => {
    // Two phrases of one group ("this email", "this message") are one cue.
    expect(zonesOf('Minutes attached.\n\nThis email follows this message from Kim.').at(-1)![0]).toBe(Zone.own);
    expect(zonesOf('Minutes attached.\n\nTHIS E-MAIL IS\nINTENDED ONLY for the addressee.').at(-1)![0]).toBe(Zone.disclaimer);
  });

  it('takes the cues it is given (a check passes those of its one scan of the body)', () => {
    const body = 'Minutes attached.\n\nPlease note the usual terms.';
    const terms = body.indexOf('Please');
    expect(findZones(body, false, [], []).at(-1)!.zone).toBe(Zone.own);
    expect(findZones(body, false, [], [{ start: terms, group: 0 }, { start: terms + 7, group: 5 }]).at(-1)!.zone).toBe(Zone.disclaimer);
    // Cues in another paragraph do not count for this one.
    const three = 'Minutes attached.\n\nSee you Friday.\n\nPlease note the usual terms.';
    const see = three.indexOf('See');
    expect(findZones(three, false, [], [{ start: see, group: 0 }, { start: see + 4, group: 5 }]).filter((range) => range.zone === Zone.disclaimer)).toEqual([
      { zone: Zone.disclaimer, start: see - 1, end: three.indexOf('\nPlease') },
    ]);
  });

  it('finds a notice heading whatever its case and indent (the look at its first letter before NOTICE)', () => {
    for (const notice of ['disclaimer: mine', '  Legal Notice: read me', '\u00a0\tCONFIDENTIALITY NOTICE', '\u3000Disclaimer'])
      expect(zonesOf(`Minutes attached.\n\n${notice}`).at(-1)![0]).toBe(Zone.disclaimer);
    // Other first letters, and a heading word that is not first, are own text.
    for (const prose of ['- disclaimer: mine', 'A disclaimer follows', 'Disclaimers are dull', '"Legal notice" is a film'])
      expect(zonesOf(`Minutes attached.\n\n${prose}`).at(-1)![0]).toBe(Zone.own);
  });

  it('takes a disclaimer only at the foot: the same words as the opening paragraph are own text', () => {
    const cues = "Any views expressed are the author's own. This email is monitored.";
    expect(zonesOf(cues)).toEqual([[Zone.own, cues]]);
    expect(zonesOf(`${cues}\n\nMinutes attached.`)).toEqual([
      [Zone.own, cues],
      [Zone.own, 'Minutes attached.'],
    ]);
    // Leading blank lines do not make the opening paragraph a foot.
    expect(zonesOf(`\n\n${cues}`)).toEqual([[Zone.own, cues]]);
  });

  it("quotes a reply chain whose author is a recipient; forwards one whose author is not", () => {
    const body = 'See below.\n\nOn Mon, 2 Mar 2026 at 09:15, Kim Lee <Kim.Lee@westmidlands-pcc.gov.uk> wrote:\n> OFFICIAL-SENSITIVE';
    expect(zonesOf(body, false, ['kim.lee@westmidlands-pcc.gov.uk']).at(-1)![0]).toBe(Zone.quoted);
    expect(zonesOf(body, false, ['amir@example.co.uk']).at(-1)![0]).toBe(Zone.forwarded);
    expect(zonesOf(body, false, ['amir@example.co.uk', 'kim.lee@westmidlands-pcc.gov.uk']).at(-1)![0]).toBe(Zone.quoted);
    // An attribution without an address stays quoted.
    const bare = 'See below.\n\nOn Mon, 2 Mar 2026 at 09:15, Kim Lee wrote:\n> OFFICIAL-SENSITIVE';
    expect(zonesOf(bare, false, ['amir@example.co.uk']).at(-1)![0]).toBe(Zone.quoted);
  });

  it('finds each kind of header whatever its case and indent (the look at its first two characters)', () => {
    const headers = [
      ' oN Mon, 2 Mar 2026, Kim Lee wrote:',
      '\u00a0FROM: Kim Lee <kim@example.org>\nSENT: 04 March 2026',
      'BEGIN FORWARDED MESSAGE:',
      '---------- Forwarded message ---------',
      '\t-----Original Message-----',
      '__________',
    ];
    for (const header of headers) expect(zonesOf(`Agreed.\n\n${header}\nThe old text`).at(-1)![0]).not.toBe(Zone.own);
    // Lines that share only the first character, or are too short to be a header, are own text.
    for (const line of ['Office of the Commissioner', 'For the record:', 'Best wishes', '- budget agreed', '-', '_', 'o', 'Only one wrote:'])
      expect(zonesOf(`Agreed.\n${line}\nThe old text`).every(([zone]) => zone === Zone.own)).toBe(true);
  });

  it('does not take a long line starting "On" for an attribution', () => {
    expect(zonesOf(`On ${'x'.repeat(400)} wrote:\nhello`).every(([zone]) => zone === Zone.own)).toBe(true);
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary();
  for (const word of ['a', 'an', 'and', "don't", 'kinetica', 'x1', 'press']) vocabulary.addWord(word);
  const journ = vocabulary.addPrefix('journ');
  const journalist = vocabulary.addPrefix('journalist');
  vocabulary.seal();
  const read = (text: string) => {
    const tokens = tokenise(fold(text), vocabulary);
    return Array.from({ length: tokens.length }, (_, i) => [tokens.word(i), tokens.ids[i] === -1 ? null : vocabulary.words[tokens.ids[i]!], tokens.prefixOf(i)]);
  };

  it('numbers each known word as the tokeniser reads it, and no other', () => {
    expect(read("A and ANd andy Don't Kinetica's x1 x12 caf\u00e9 pr\u00e9ss")).toEqual([
      ['a', 'a', -1],
      ['and', 'and', -1],
      ['and', 'and', -1],
      ['andy', null, -1],
      ["don't", "don't", -1],
      ['kinetica', 'kinetica', -1],
      ['x1', 'x1', -1],
      ['x12', null, -1],
      ['cafe', null, -1],
      ['press', 'press', -1],
    ]);
  });

  it('gives the longest prefix a word starts with, and links the shorter', () => {
    expect(read('journalists journey journ jour')).toEqual([
      ['journalists', null, journalist],
      ['journey', null, journ],
      ['journ', null, journ],
      ['jour', null, -1],
    ]);
    expect(vocabulary.shorterPrefix[journalist]).toBe(journ);
    expect(vocabulary.shorterPrefix[journ]).toBe(-1);
  });

  it('tells whether a token is one of a set of words as the set itself would, by id or by word', () => {
    // Words in the vocabulary, words outside it (some as long as one inside), and one no token can be.
    const sets = [new Set(['a', 'and', "don't"]), new Set(['andy', 'kinetica', 'cafe', 'x12']), new Set(['e-mail', 'press', 'and']), new Set<string>()];
    for (const text of ["A and ANd andy Don`t DON'T Kinetica's x1 x12 caf\u00e9 pr\u00e9ss e-mail", 'andy press cafe AND']) {
      const tokens = tokenise(fold(text), vocabulary);
      for (const words of sets) {
        for (let i = -1; i <= tokens.length; i++) expect(tokens.isOneOf(i, words)).toBe(i >= 0 && i < tokens.length && words.has(tokens.word(i)));
      }
    }
  });

  it('cannot grow once sealed', () => {
    expect(() => vocabulary.addWord('more')).toThrow(/sealed/);
  });
});

describe('IntList', () => {
  it('keeps every number in order as it grows from short to long', () => {
    const list = new IntList();
    for (let i = 0; i < 10_000; i++) expect(list.push(i * 3 - 7)).toBe(i);
    expect(list.length).toBe(10_000);
    for (const i of [0, 1, 2047, 2048, 2049, 4095, 4096, 9_999]) expect(list.at(i)).toBe(i * 3 - 7);
  });
});
