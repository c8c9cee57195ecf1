import { NEGATIONS, lexiconFor, type CheckContext, type Hit, type TextField } from '../context';
import type { LexiconTag } from '../lexicons';
import { firstNotBefore, inTextOrder } from '../iterate';
import { withLooseContractions } from '../text/lexicon';
import { Zone } from '../text/zones';
import { defineRule } from '../define-rule';
import { FIRST_NAMES } from '../first-names';
import { TokenFlag, type Tokens } from '../text/tokens';

/** Words that make a party name an ordinary noun: "labour market", "Labour costs". */
const ORDINARY_AFTER: Record<string, readonly string[]> = {
  labour: ['market', 'markets', 'costs', 'cost', 'force', 'shortage', 'shortages', 'supply', 'relations', 'rates', 'intensive', 'ward', 'day', 'law', 'laws', 'exploitation', 'hours'],
  conservative: ['estimate', 'estimates', 'assumption', 'approach', 'view'],
  labours: ['of'],
};

/** Party names that are ordinary words too: they need care ("Reform of", "green spaces"). */
const AMBIGUOUS = new Set(['reform', 'labour', 'labours', 'conservative']);
const UNAMBIGUOUS = new Set(['labour party', 'conservative party', 'tory', 'tories', 'lib dem', 'lib dems', 'libdem', 'libdems', 'liberal democrat', 'liberal democrats', 'ukip', 'snp', 'plaid cymru', 'reform uk', 'green party']);
/** Party names inside hashtags and handles: "#NeverReform", "@CumbriaLibDems", "#GTTO" (get the Tories out). */
const PARTY_IN_TAG = /(labour|tory|tories|conservative|libdem|reform|greenparty|greens|ukip|snp|plaid|gtto)/;

/**
 * A party's campaign slogan in a hashtag: the party "for" or "4" a place ("#LabourForGM", "#LibDems4Kendal"), or the party "out"
 * ("#ToriesOut"). Not "reform" alone before "for", a policy's hashtag as often ("#ReformForVictims").
 */
const PARTY_SLOGAN = /(?:labour|tory|tories|conservatives?|libdems?|reformuk|greenparty|greens|ukip|snp|plaid)(?:for|4)[a-z]|(?:labour|tory|tories|conservatives|libdems|reform|snp)out$/;

/** Read once: inside the loop over every token below, `TokenFlag.tag` is looked up at each token. */
const TAG = TokenFlag.tag;

/**
 * What #hashtags and @handles say, in one pass over the tagged words: party names ("#NeverReform",
 * "@CumbriaLibDems") as `party` hits, and asks for votes for someone ("#VoteTracy", not
 * "#voters") as `vote-ask-direct` hits.
 */
function tagHits(ctx: CheckContext): { parties: Hit[]; asks: Hit[]; politicians: Hit[] } {
  const parties: Hit[] = [];
  const asks: Hit[] = [];
  const politicians: Hit[] = [];
  for (const field of ['subject', 'body'] as const) {
    const { tokens, folded } = ctx.text(field);
    // A word is tagged only straight after a '#' or '@': without either (most drafts' subjects, many
    // bodies) no token is, and two native searches spare a look at each.
    if (!tokens.includes('#') && !tokens.includes('@')) continue;
    const { flags, length } = tokens;
    for (let i = 0; i < length; i++) {
      if ((flags[i]! & TAG) === 0) continue;
      const word = tokens.word(i);
      if (parties.length < 50 && PARTY_IN_TAG.test(word)) {
        parties.push(ctx.tokenHit(field, i, i, 'party', word));
        // "#LabourForGM", "#ToriesOut": a party's campaign slogan asks for support by itself.
        if (asks.length < 10 && PARTY_SLOGAN.test(word)) asks.push(ctx.tokenHit(field, i, i, 'vote-ask-direct', word));
      }
      // "#VoteTracy", "#BackTheMayor": a name after "vote" or "back".
      const ask = word.length >= 7 ? ASK_IN_TAG.find((verb) => word.startsWith(verb)) : undefined;
      if (asks.length < 10 && ask) {
        const next = folded.original.charAt(folded.originAt(tokens.starts[i]! + ask.length));
        if (next !== next.toLowerCase()) asks.push(ctx.tokenHit(field, i, i, 'vote-ask-direct', word));
      }
      // "@JHarperMP", "@CllrAnnWard", "@jamesholt-mp.bsky.social": a politician's own account.
      const isMpHandle = tokens.is(i + 1, 'mp') && tokens.between(tokens.ends[i]!, tokens.starts[i + 1]!) === '-';
      if (politicians.length < 10 && word.length > 4 && (word.endsWith('mp') || word.startsWith('cllr') || isMpHandle)) politicians.push(ctx.tokenHit(field, i, i, 'politician', word));
    }
  }
  return { parties, asks, politicians };
}

/** Hashtags that ask for support for whoever is named next: "#VoteTracy", "#BackTheMayor". */
const ASK_IN_TAG = ['vote', 'back'];

/** Emoji that stand for parties (Labour's rose, the blue and orange dots): parties only with an election in view. */
const PARTY_EMOJI = [
  '\u{1F339}', '\u{1F535}', '\u{1F534}', '\u{1F7E0}', '\u{1F536}', '\u{1F7E2}', '\u{1F7E1}',
  // The orange heart, the Lib Dems' colour: "door-knocking round Kendal tonight #TeamHeslop 🧡".
  '\u{1F9E1}',
];
/**
 * Hearts in the other parties' colours (blue, yellow, green): parties only with an election named, as police and the NHS
 * post blue hearts ("our PCSOs out on the doorstep 💙"), and green and yellow ones stand for causes. Not the red heart, which is love.
 */
const HEART_EMOJI = ['\u{1F499}', '\u{1F49B}', '\u{1F49A}'];

/** Party emoji of `emojis` in the body, as `party-colour` hits. */
function emojiParties(ctx: CheckContext, emojis: readonly string[]): Hit[] {
  const body = ctx.draft.body;
  const found: Hit[] = [];
  for (const emoji of emojis) {
    const at = body.indexOf(emoji);
    if (at < 0) continue;
    // The hit rests on the nearest word before the emoji (an emoji is not a word of its own).
    const { tokens, folded } = ctx.text('body');
    let token = -1;
    for (let i = 0; i < tokens.length && folded.originAt(tokens.starts[i]!) < at; i++) token = i;
    if (token >= 0) found.push({ ...ctx.tokenHit('body', token, token, 'party-colour', emoji), start: at, end: at + emoji.length });
  }
  return found;
}

/** A party's or a campaign's address ("…@derbyshirelabour.org.uk", "hello@sarahforpcc.co.uk"): what is asked of it is for the party. */
const PARTY_IN_ADDRESS = /(conservative|labour|libdem|liberal|tory|tories|reform|greenparty|greens|ukip|snp|plaid|clp|cllr\.?campaign|(?:for|4)-?(?:pcc|mayor|commissioner)|votefor|vote4)/;
/** A councillor's own address ("cllr.s.bennett@…"): campaigning for them is for a politician. */
const COUNCILLOR_ADDRESS = /^(cllr|councillor)[._-]/;

/** Party colours; each is a word of the lexicon (in 'party-colour' phrases), so tokens are tested by id. */
const COLOURS = ['red', 'blue', 'yellow', 'orange', 'green'];
const KEEP_OR_TURN = new Set(['keep', 'keeping', 'turn', 'turning', 'stay', 'stays', 'staying', 'go', 'goes', 'going', 'get', 'make', 'paint']);

/** "keep Amber Valley blue", "the wall only stays blue": a place kept or turned a party's colour, as `party-colour` hits. */
function colourPhrases(ctx: CheckContext): Hit[] {
  const found: Hit[] = [];
  const colours = lexiconFor(ctx.policy.pack).vocabulary.idsOf(COLOURS);
  for (const field of ['subject', 'body'] as const) {
    const { tokens, sentences } = ctx.text(field);
    for (let i = 1; i < tokens.length && found.length < 10; i++) {
      if (!colours.has(tokens.ids[i]!)) continue;
      for (let k = i - 1; k >= Math.max(0, i - 4) && sentences[k] === sentences[i]; k--) {
        if (tokens.isOneOf(k, KEEP_OR_TURN)) {
          found.push(ctx.tokenHit(field, k, i, 'party-colour', tokens.word(i)));
          break;
        }
      }
    }
  }
  return found;
}
/** Offices people stand for: "candidate for Derbyshire Police and Crime Commissioner", "candidate for Park ward". */
const ELECTED_OFFICES = new Set(['commissioner', 'pcc', 'mayor', 'council', 'councillor', 'mp', 'parliament', 'ward', 'division', 'election', 'elections']);

/** `election` words that name a seat or a contest someone may stand for: "standing for our ward", "stands for election". */
const SEATS = new Set(['ward', 'councillor', 'mp', 'election', 'elections', 'by-election', 'mayoral']);

/** Is someone said to stand for the seat or contest of `hit`, "standing for" up to three words before it ("who's standing for our ward in May")? Not "standing in for", which covers. */
function isStoodFor(tokens: Tokens, sentences: Int32Array, hit: Hit): boolean {
  for (let k = hit.first - 1; k >= Math.max(1, hit.first - 4) && sentences[k] === sentences[hit.first]; k--) {
    if (tokens.is(k, 'for')) return tokens.isOneOf(k - 1, STANDING);
  }
  return false;
}

/**
 * "Candidate for <an elected office>" or "candidate for <a place> in May's elections", the office or election within five words,
 * and "standing for <a seat>" ("Sunita, who's standing for our ward in May"), as `candidacy` hits.
 */
function candidatesForOffice(ctx: CheckContext): Hit[] {
  const found: Hit[] = [];
  for (const hit of ctx.hits('election', ['subject', 'body'])) {
    if (hit.phrase !== 'candidate' && !SEATS.has(hit.phrase)) continue;
    const { tokens, sentences } = ctx.text(hit.field);
    if (hit.phrase !== 'candidate' && isStoodFor(tokens, sentences, hit)) {
      found.push(ctx.tokenHit(hit.field, hit.first, hit.last, 'candidacy', 'standing for'));
      if (found.length >= 10) break;
      continue;
    }
    if (hit.phrase !== 'candidate') continue;
    if (!tokens.is(hit.last + 1, 'for')) continue;
    for (let i = hit.last + 2; i <= hit.last + 6 && sentences[i] === sentences[hit.first]; i++) {
      if (tokens.isOneOf(i, ELECTED_OFFICES)) {
        found.push(ctx.tokenHit(hit.field, hit.first, i, 'candidacy', 'candidate for'));
        break;
      }
    }
    if (found.length >= 10) break;
  }
  return found;
}

/** A person's name at token `i`: a first name, then a capitalised word ("Jo Dacre", "Gary Benton"). */
const isPersonNameAt = (tokens: Tokens, i: number): boolean => tokens.isOneOf(i, FIRST_NAMES) && tokens.has(i + 1, TokenFlag.capitalised);

/** Is the hit written as a name: each word capitalised, but for "uk" ("Reform UK") or a "party" after the first ("Reform party")? */
function isWrittenAsName(tokens: Tokens, hit: Hit): boolean {
  for (let i = hit.first; i <= hit.last; i++) {
    if (!tokens.has(i, TokenFlag.capitalised) && !tokens.is(i, 'uk') && !(i > hit.first && tokens.is(i, 'party'))) return false;
  }
  return true;
}

/** Whose relation or friend is voted for: "vote for my son", "vote for our neighbour". */
const OWN = new Set(['my', 'our']);
/** People the sender knows, who may stand for election: "vote for my son Luke". */
const RELATIONS = new Set([
  'son', 'daughter', 'husband', 'wife', 'partner', 'mum', 'mam', 'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'friend', 'mate', 'pal',
  'neighbour', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'auntie', 'grandson', 'granddaughter', 'lad', 'boy', 'girl', 'colleague', 'fiancee', 'fiance',
]);
/** Words between campaigning and "the party" it is for: "donation to the party", "fundraising for the party". */
const FOR_OR_TO = new Set(['for', 'to', 'towards']);

/** Is the campaigning hit followed by "the party", straight after it or after "for" or "to" ("getting behind the party")? */
function isTheParty(tokens: Tokens, sentences: Int32Array, hit: Hit): boolean {
  const the = tokens.isOneOf(hit.last + 1, FOR_OR_TO) ? hit.last + 2 : hit.last + 1;
  return tokens.is(the, 'the') && tokens.is(the + 1, 'party') && sentences[the + 1] === sentences[hit.first];
}

/** How many words before campaigning "the party" doing it may be: "The party's running half-price membership". */
const PARTY_BEFORE_REACH = 5;

/** Is "the party" the subject of the campaigning hit, a few words before it in its sentence ("the party's running half-price membership")? */
function isThePartyBefore(tokens: Tokens, sentences: Int32Array, hit: Hit): boolean {
  for (let k = hit.first - 1; k >= Math.max(1, hit.first - PARTY_BEFORE_REACH) && sentences[k] === sentences[hit.first]; k--) {
    if (tokens.is(k, 'party') && tokens.is(k - 1, 'the')) return true;
  }
  return false;
}

/** "There's never been a better time to join": a "never" that urges, not negates, in the four words before the hit. */
function isNeverBetterTime(tokens: Tokens, hit: Hit): boolean {
  for (let k = hit.first - 3; k <= hit.first - 2; k++) if (tokens.is(k, 'better') && tokens.is(k + 1, 'time')) return true;
  return false;
}

/** "Can't wait to see the back of them": a "can't" that longs for what follows, not one that denies it. */
const isEager = (tokens: Tokens, hit: Hit): boolean => tokens.is(hit.first - 1, 'to') && tokens.is(hit.first - 2, 'wait');

/** Words after "elected" that end a campaign's aim: "get Mark elected in May", "getting Priya elected as our councillor", "get him elected!". */
const AFTER_ELECTED = new Set(['in', 'as', 'on', 'at', 'this', 'next', 'for', 'again', 'and', 'then', 'by']);
/** Verbs of getting someone elected. */
const GETTING = new Set(['get', 'getting', 'gets']);

/**
 * "We have to get Mark elected in May", "anything to help get our Reform candidates elected": someone got elected, named
 * between "get" and "elected" (not "how did he get elected", nor "get elected members' views", where "elected" describes).
 */
function isGettingElected(tokens: Tokens, sentences: Int32Array, hit: Hit): boolean {
  const next = hit.last + 1;
  const isEnd = next >= tokens.length || sentences[next] !== sentences[hit.first];
  if (!isEnd && !tokens.isOneOf(next, AFTER_ELECTED)) return false;
  for (let k = hit.first - 2; k >= Math.max(0, hit.first - 4) && sentences[k] === sentences[hit.first]; k--) {
    if (tokens.isOneOf(k, GETTING)) return true;
  }
  return false;
}

/** Verbs that put a party or those in power out of office, before it and "out": "get the Tories out", "vote Reform out". */
const OUSTING = new Set(['get', 'getting', 'kick', 'kicking', 'boot', 'booting', 'turf', 'turfing', 'vote', 'voting', 'chuck', 'chucking', 'throw', 'throwing']);
/** The same, said of them after "be" or "are": "until this shower in Westminster are kicked out", "this lot need to be voted out". */
const OUSTED = new Set(['kicked', 'booted', 'turfed', 'voted', 'chucked', 'thrown']);
/** Forms of "be" and "get" before an ousting participle; not "was" or "were", which tell of one past. */
const TO_BE = new Set(['be', 'are', 'is', 'get', 'gets', 'getting']);
/** Words between an ousting verb and the party: "get the Tories out", "kick this government out". */
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
/** Words that end the prohibition before them: "nothing will change until they're kicked out" rules nothing out. */
const UNTIL = new Set(['until', 'till', 'unless']);

/**
 * "I'll be voting to get the Tories out", "until this shower in Westminster are kicked out": a party or those in power
 * put out of office, from the verb (or the party) to "out", as a `vote-ask` hit. Someone got out of a place is not:
 * "get the minister out to the estate" (for those in power, "get … out" must end its sentence).
 */
function ousting(ctx: CheckContext, target: Hit, isPartyTarget: boolean): Hit | undefined {
  const { tokens, sentences } = ctx.text(target.field);
  const sentence = sentences[target.first];
  const out = target.last + 1;
  if (tokens.is(out, 'out') && sentences[out] === sentence) {
    const verb = tokens.isOneOf(target.first - 1, DETERMINERS) ? target.first - 2 : target.first - 1;
    const isOutOfOffice = isPartyTarget || !tokens.isOneOf(verb, GETTING) || out + 1 >= tokens.length || sentences[out + 1] !== sentence;
    if (verb >= 0 && sentences[verb] === sentence && tokens.isOneOf(verb, OUSTING) && isOutOfOffice) return ctx.tokenHit(target.field, verb, out, 'vote-ask', 'out of office');
  }
  for (let k = target.last + 1; k <= target.last + 3 && sentences[k + 2] === sentence; k++) {
    if (tokens.isOneOf(k, TO_BE) && tokens.isOneOf(k + 1, OUSTED) && tokens.is(k + 2, 'out')) return ctx.tokenHit(target.field, target.first, k + 2, 'vote-ask', 'out of office');
    // "The sooner this Conservative lot are out and Labour's back in": one party out and another in.
    if (isPartyTarget && tokens.isOneOf(k, ARE) && tokens.is(k + 1, 'out') && tokens.is(k + 2, 'and')) {
      const after = ctx.within(target.field, 'party', k + 3, k + 4);
      if (after.some((party) => sentences[party.first] === sentence)) return ctx.tokenHit(target.field, target.first, k + 1, 'vote-ask', 'out of office');
    }
  }
  return undefined;
}

/** "Are" and "is" of a party out of office: "this lot are out and Labour's back in". */
const ARE = new Set(['are', 'is']);
/** Contests at which those in power are put out: "make sure they're out on polling day", "out at the next general election". */
const OUSTING_CONTESTS = new Set(['polling day', 'election', 'elections', 'general election', 'next election', 'by-election']);
/** Words between "out" and the contest: "out at the next general election". */
const BEFORE_CONTEST = new Set(['on', 'at', 'in', 'the', 'next', 'this', 'general', 'come']);
/** Prepositions of time, one of which must stand between "out" and the contest. */
const AT_OR_ON = new Set(['on', 'at', 'in', 'come']);
/** Words before "out" that say who is out, not who goes out: "they're out", "the Tories are finally out", "get them out". */
const OUT_OF_OFFICE = withLooseContractions(["they're", 'are', 'is', 'them', 'him', 'her', 'finally']);
/** How many words before "out" the party or those in power may be named: "the Conservatives who've squeezed … make sure they're out". */
const OUSTED_REACH = 30;

/**
 * "Make sure they're out on polling day", "once the Tories are finally out at the next general election": someone put out
 * at a contest, a party or those in power named before in the sentence, from "out" to the contest, as a `vote-ask` hit.
 * Not "our staff are out on polling day" (no party), nor "the Tories were out on polling day" (one past told of).
 */
function outAtContest(ctx: CheckContext, contest: Hit, isTarget: (hit: Hit) => boolean): Hit | undefined {
  if (!OUSTING_CONTESTS.has(contest.phrase)) return undefined;
  const { tokens, sentences } = ctx.text(contest.field);
  const sentence = sentences[contest.first];
  let k = contest.first - 1;
  let hasPreposition = false;
  for (; k >= Math.max(1, contest.first - 4) && sentences[k] === sentence && tokens.isOneOf(k, BEFORE_CONTEST); k--) hasPreposition ||= tokens.isOneOf(k, AT_OR_ON);
  if (!hasPreposition || !tokens.is(k, 'out') || sentences[k - 1] !== sentence || !tokens.isOneOf(k - 1, OUT_OF_OFFICE)) return undefined;
  const named = (tag: LexiconTag) => ctx.within(contest.field, tag, k - OUSTED_REACH, k - 1).some((hit) => sentences[hit.first] === sentence && isTarget(hit));
  return named('party') || named('politician') ? ctx.tokenHit(contest.field, k - 1, contest.last, 'vote-ask', 'out of office') : undefined;
}

/** Verbs of helping a party, before it: "happy to help the Conservatives", "supporting Labour in May", "make sure you back Labour". */
const HELPING = new Set(['help', 'helping', 'support', 'supporting', 'back', 'backing', 'backs']);
/** Words after a party that make it the party's body, not the party: "support the Labour group with the budget paper". */
const PARTY_BODIES = new Set([
  'group', 'groups', 'council', 'councils', 'councillor', 'councillors', 'administration', 'government', 'governments', 'minister', 'ministers', 'member', 'members', 'mp', 'mps',
  'leader', 'leadership', 'cabinet', 'motion', 'amendment', 'policy', 'policies', 'plan', 'plans', 'manifesto', 'position', 'proposal', 'proposals', 'bill', 'review',
]);

/**
 * "Happy to help the Conservatives on this one", "we're supporting the Greens in May": a party itself helped or supported,
 * from the verb to the party, as a `campaigning` hit. Not a party's body or policy ("help the Labour group with the paper",
 * "support the Conservative amendment"), nor the party's own ("support Labour's plan").
 */
function helpedParty(ctx: CheckContext, party: Hit): Hit | undefined {
  const { tokens, sentences } = ctx.text(party.field);
  const verb = tokens.is(party.first - 1, 'the') ? party.first - 2 : party.first - 1;
  if (verb < 0 || !tokens.isOneOf(verb, HELPING) || sentences[verb] !== sentences[party.first]) return undefined;
  if (tokens.has(party.last, TokenFlag.possessive) || (sentences[party.last + 1] === sentences[party.first] && tokens.isOneOf(party.last + 1, PARTY_BODIES))) return undefined;
  return ctx.tokenHit(party.field, verb, party.last, 'campaigning', 'helping a party');
}

/** Verbs before a party kept out of office or let back in: "keep the Tories out", "don't let Reform back in". */
const KEEPING = new Set(['keep', 'keeping', 'let', 'letting']);
/** What a party is given that is a vote for it: "give the Greens a go", "give Labour a chance this time". */
const GO_OR_CHANCE = new Set(['go', 'chance', 'shot', 'try', 'punt', 'look-in']);
/** What is handed to a party that is the reader's vote: "give Labour your vote", "lend the Lib Dems your support". */
const VOTE_OR_CROSS = new Set(['vote', 'votes', 'cross', 'x', 'support']);
/** Words after "a go" or "a chance" that make it a turn at something, not a vote: "give Labour a chance to respond", "a go at the questions". */
const TURN_AFTER = new Set(['to', 'at', 'of', 'with', 'on']);

/**
 * "Whatever you do, don't let the Tories back in", "keep Reform out": a party kept from office; "please give the Greens a go
 * this time", "give Labour your vote": a party handed a vote; "send the Tories a message": a vote as a rebuke. From the verb to the end of the phrase, as a `vote-ask` hit.
 * Not "keep the Labour group out of the loop", nor "give the Conservatives a chance to respond" (a turn, not a vote).
 */
function keptOutOrGiven(ctx: CheckContext, party: Hit): Hit | undefined {
  const { tokens, sentences } = ctx.text(party.field);
  const verb = tokens.is(party.first - 1, 'the') ? party.first - 2 : party.first - 1;
  if (verb < 0 || sentences[verb] !== sentences[party.first] || tokens.has(party.last, TokenFlag.possessive)) return undefined;
  const sentence = sentences[party.first];
  const next = party.last + 1;
  const isEndAt = (i: number) => i >= tokens.length || sentences[i] !== sentence || !tokens.has(i, TokenFlag.joined);
  if (tokens.isOneOf(verb, KEEPING)) {
    // "let … back in", "keep … out" (ending its clause: not "out of the loop"); "keep … away from the council" is not asked.
    const end = tokens.is(verb, 'let') || tokens.is(verb, 'letting')
      ? tokens.is(next, 'back') && tokens.is(next + 1, 'in') && sentences[next + 1] === sentence ? next + 1 : -1
      : tokens.is(next, 'out') && sentences[next] === sentence && !tokens.is(next + 1, 'of') ? next : -1;
    return end > 0 ? ctx.tokenHit(party.field, verb, end, 'vote-ask', 'kept out of office') : undefined;
  }
  // "Thursday's our chance to send the Tories a message": a vote as a rebuke, the message ending its clause (not "send Labour a message about the agenda").
  if (tokens.is(verb, 'send') && tokens.is(next, 'a') && tokens.is(next + 1, 'message') && isEndAt(next + 2)) return ctx.tokenHit(party.field, verb, next + 1, 'vote-ask', 'a message');
  if (!tokens.isOneOf(verb, LENDING)) return undefined;
  if (tokens.is(next, 'your') && tokens.isOneOf(next + 1, VOTE_OR_CROSS) && sentences[next + 1] === sentence) return ctx.tokenHit(party.field, verb, next + 1, 'vote-ask', 'your vote');
  const isTurn = !tokens.is(next, 'a') || !tokens.isOneOf(next + 1, GO_OR_CHANCE) || sentences[next + 1] !== sentence || (!isEndAt(next + 2) && tokens.isOneOf(next + 2, TURN_AFTER));
  return isTurn ? undefined : ctx.tokenHit(party.field, verb, next + 1, 'vote-ask', 'a go');
}

/** A party's own money: "the local Lib Dem pot", "into Tory coffers", "Labour's war chest". */
const PARTY_MONEY = new Set(['pot', 'coffers', 'kitty', 'funds', 'chest']);
/** Words after a pot or funds that make them a government's scheme, not the party's purse: "the Labour pot for neighbourhood policing". */
const SCHEME_AFTER = new Set(['for', 'of', 'to']);

/**
 * "That saves the local Lib Dem pot a fortune", "a few quid into the Tory coffers": a party's own money, from the party
 * to the money, as a `campaigning` hit. Not a scheme the party set up ("the Labour pot for neighbourhood policing").
 */
function partyMoney(ctx: CheckContext, party: Hit): Hit | undefined {
  const { tokens, sentences } = ctx.text(party.field);
  const money = tokens.is(party.last + 1, 'war') ? party.last + 2 : party.last + 1;
  if (!tokens.isOneOf(money, PARTY_MONEY) || sentences[money] !== sentences[party.first] || (tokens.is(money, 'chest') && money === party.last + 1)) return undefined;
  const isScheme = (tokens.is(money, 'pot') || tokens.is(money, 'funds')) && tokens.isOneOf(money + 1, SCHEME_AFTER) && sentences[money + 1] === sentences[money];
  if (isScheme) return undefined;
  return ctx.tokenHit(party.field, party.first, money, 'campaigning', 'party money');
}

/** Verbs of urging readers, a few words before "to vote for": "I urge every reader to vote for change". */
const URGING = new Set(['urge', 'urging', 'implore', 'beg', 'encourage', 'encouraging', 'ask', 'asking', 'call', 'calling']);
/** Words after "vote for" that leave the choice to the reader: "to vote for the candidate of their choice", "for whoever". */
const ANY_CHOICE = new Set(['their', 'your', 'whoever', 'whichever', 'whomever', 'who', 'the', 'any', 'anyone', 'someone', 'one']);

/** Is "vote for" urged on readers ("I'd urge all of you to vote for change"), with a side after it, not the reader's choice? */
function isUrgedToVoteFor(tokens: Tokens, sentences: Int32Array, ask: Hit): boolean {
  if (ask.phrase !== 'vote for' || !tokens.is(ask.first - 1, 'to') || tokens.isOneOf(ask.last + 1, ANY_CHOICE) || sentences[ask.last + 1] !== sentences[ask.first]) return false;
  for (let k = ask.first - 2; k >= Math.max(0, ask.first - 6) && sentences[k] === sentences[ask.first]; k--) if (tokens.isOneOf(k, URGING)) return true;
  return false;
}

/** The fields read with and without the attachment names. */
const WITH_FILES = ['subject', 'body', 'attachments'] as const;
const WITHOUT_FILES = ['subject', 'body'] as const;
const FILES = ['attachments'] as const;
/** Tags whose hits in an attachment name make it worth reading: "Green_Party_donation_details.pdf", "Re-elect leaflet final.pdf". */
const FILE_TAGS: readonly LexiconTag[] = ['party', 'party-ref', 'campaigning', 'campaigning-strong', 'vote-ask-election', 'vote-ask-direct', 'candidacy'];

/** Pronouns after "vote for" that stand for a candidate. */
const CANDIDATE_PRONOUNS = new Set(['him', 'her', 'them']);

/** Hits in order of field name and first token. */
const inOrder = (hits: readonly Hit[]): Hit[] => [...hits].sort((a, b) => a.field.localeCompare(b.field) || a.first - b.first);

/** The hits of `sorted` (see `inOrder`) in `field` whose first token is within [from, to], found by binary search. */
function hitsBetween(sorted: readonly Hit[], field: Hit['field'], from: number, to: number): Hit[] {
  const isBefore = (k: number) => sorted[k]!.field < field || (sorted[k]!.field === field && sorted[k]!.first < from);
  const found: Hit[] = [];
  for (let k = firstNotBefore(sorted.length, isBefore); k < sorted.length && sorted[k]!.field === field && sorted[k]!.first <= to; k++) found.push(sorted[k]!);
  return found;
}

/** Verbs after "only the <party>" that claim it alone will do right: "Only Labour can", "only the Greens care". */
const ONLY_CLAIMS = new Set(['will', 'can', 'would', 'could', 'cares', 'care', 'listens', 'listen', 'delivers', 'deliver', 'understands', 'understand', 'gets', 'get', 'has', 'have', 'offers', 'offer', 'stands', 'stand', 'speaks', 'speak']);

/** Is the party said to be the only one that will do right ("Only the Conservatives will keep Cumbria safe")? */
function isOnlyClaim(tokens: Tokens, party: Hit): boolean {
  const before = tokens.is(party.first - 1, 'the') ? party.first - 2 : party.first - 1;
  return tokens.is(before, 'only') && tokens.isOneOf(party.last + 1, ONLY_CLAIMS) && tokens.has(party.last + 1, TokenFlag.joined);
}

/** What someone is of a party, said of one person: "a Labour member", "a Reform UK supporter". */
const ADHERENTS = new Set(['member', 'supporter', 'voter', 'activist', 'campaigner']);
/** Words before "a" that make the adherent the writer or the one speaking: "as a", "I'm a", "I've been a". */
const AS_OR_AM = withLooseContractions(['as', "i'm", 'am', "i've", 'been']);

/**
 * "I'd be speaking as a Reform UK supporter", "as a lifelong Labour member, I think …", "Proud Labour member": the writer's own
 * side declared (up to two words such as "paid-up" between "a" and the party). Not "a Labour member of the panel", a seat on a
 * body, nor "three Labour members", a count.
 */
function isSideDeclared(tokens: Tokens, sentences: Int32Array, party: Hit): boolean {
  const next = party.last + 1;
  if (!tokens.isOneOf(next, ADHERENTS) || sentences[next] !== sentences[party.first] || tokens.is(next + 1, 'of')) return false;
  if (tokens.is(party.first - 1, 'proud')) return true;
  for (let k = party.first - 1; k >= Math.max(1, party.first - 3) && sentences[k] === sentences[party.first]; k--) {
    if (tokens.is(k, 'a') || tokens.is(k, 'an')) return tokens.isOneOf(k - 1, AS_OR_AM);
  }
  return false;
}

/** Police doing street work: "our PCSOs will be delivering leaflets across Park ward", "officers knocked on doors". */
const POLICE_DOERS = new Set(['pcso', 'pcsos', 'officer', 'officers', 'police', 'neighbourhood', 'snt', 'specials', 'cadets', 'constable', 'constables', 'sergeant']);

/** How far (in words) from an ask for signatures, membership or money the party it is for may be named, in the sentence before or after. */
const ASK_REACH = 30;
/** What "join the" may ask readers to join, besides a party named after it: "join the fight", "join the party". */
const JOINED_CAUSES = new Set(['party', 'campaign', 'fight', 'movement', 'cause', 'branch', 'revolution', 'membership', 'members', 'team']);
/** Asks for signatures, membership or money (`vote-ask` phrases), which a party named in the sentence before or after is behind. */
const SUPPORT_ASKS = new Set(['petition', 'sign the', 'collecting signatures', 'add your name', 'join the', 'become a member', 'membership is', 'donate to']);
/** Campaigning that, in a draft about someone standing in an election, is support for them. */
const CANDIDATE_SUPPORT = new Set(['nomination papers', 'get behind', 'crowdfunder', 'fundraiser', 'fundraising', 'leaflets', 'leaflet', 'donation', 'raffle', 'campaigning', 'campaigning for', 'campaign for', 'campaign', 'backing', 'proceeds']);
/** Numbers that count party members: "six Labour, three Conservative". */
const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen']);
/** Words before "members" that make them a body's members, not a party's: "independent co-opted members", "panel members", "Dear Members". */
const BODY_MEMBERS = new Set(['dear', 'co-opted', 'coopted', 'opted', 'independent', 'panel', 'committee', 'board', 'council', 'staff', 'team', 'forum', 'lay', 'elected', 'community', 'public', 'other', 'new', 'its', 'all']);

/** Words that forbid what follows them in the sentence. */
const PROHIBITIONS = withLooseContractions(["don't", "can't", 'cannot', "mustn't", "shouldn't", 'never', 'no', 'nothing']);
/** A subject and its verb in one word, which open a clause of their own: "Can't do Saturday though – I'm out canvassing". */
const CLAUSE_SUBJECTS = withLooseContractions(["i'm", "i'll", "i've", "we're", "we'll", "we've"]);

/**
 * Is a prohibition among the twelve words before the hit, in its sentence and its clause ("please don't knock on doors,
 * deliver leaflets or canvass")? A clause of the sender's own between ends it: "can't do Saturday, I'm out canvassing".
 */
function isProhibitedBefore({ tokens, sentences }: { tokens: Tokens; sentences: Int32Array }, hit: Hit): boolean {
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 12) && sentences[k] === sentences[hit.first]; k--) {
    if (tokens.isOneOf(k, PROHIBITIONS)) return true;
    if (tokens.isOneOf(k, CLAUSE_SUBJECTS)) return false;
  }
  return false;
}

/** Words that open a clause of its own after a warning: "we'd look like amateurs, so wear your rosettes". */
const SO_OR_BUT = new Set(['so', 'but']);
/** Modals before "look like" that warn of how something would appear: "anything that could look like campaigning". */
const COULD = new Set(['could', 'might', 'would', 'may']);

/**
 * Is the hit what a warning about appearances is about, in the twelve words before it in its sentence: "nothing that could look
 * like it promotes the Commissioner's re-election", "remember how it looks if you're pictured with a rosette"? (Not "it looks
 * like the Greens need canvassers", which tells how things are.)
 */
function isAppearanceWarned({ tokens, sentences }: { tokens: Tokens; sentences: Int32Array }, hit: Hit): boolean {
  for (let k = hit.first - 1; k >= Math.max(2, hit.first - 12) && sentences[k] === sentences[hit.first] && !tokens.isOneOf(k, SO_OR_BUT); k--) {
    if (tokens.is(k, 'like') && tokens.is(k - 1, 'look') && tokens.isOneOf(k - 2, COULD)) return true;
    if (tokens.is(k, 'looks') && tokens.is(k - 1, 'it') && tokens.is(k - 2, 'how')) return true;
  }
  return false;
}

/** Words that make a sentence about what is allowed: "helping with his council campaign in your own time isn't prohibited". */
const RULE_WORDS = new Set(['prohibited', 'allowed', 'permitted', 'forbidden', 'banned']);
/** "standing for the Lib Dems", "to stand for Reform": the words before a party that make its member a candidate. */
const STANDING = new Set(['standing', 'stand', 'stands']);
/** `vote-ask-direct` phrases that are campaign work done for a party: negated, they are work not done. */
const CAMPAIGN_WORK = new Set([
  'door knocking for', 'door-knocking for', 'knocking doors for', 'knocking on doors for', 'canvassing for', 'leafleting for', 'leafletting for',
  'canvass session', 'canvass sessions', 'canvassing session', 'canvassing sessions',
]);
/** `vote-ask-direct` phrases that tell readers how to vote: after a negation ("I won't tell you where to put your cross"), they tell no one. */
const TELLING_HOW = new Set(['who to vote for', 'where to put your cross', 'put your cross', 'you know which box']);
/** `vote-ask` phrases that point readers to polling day: said in public beside a party or those in power, they ask for a vote against or for them. */
const POLLING_ASKS = new Set([
  'next time you vote', 'remember that on', 'remember this on', 'remember that in may', 'remember that next time', 'at the ballot box', 'before you vote', 'when you vote',
  'when they go to the polls', 'when you go to the polls',
]);
/** "vote for" and its forms: a vote ask when a name follows in an election. */
const VOTE_FOR = new Set(['vote for', 'voting for', 'votes for', 'be voting for']);
/** `election` words that name an office rather than a contest. */
const OFFICES = new Set(['mp', 'councillor', 'ward', 'elected', 'mayoral', 'constituency']);
/** Verbs that take a plural subject: "Reform are", "Labour have" (the party), not "Reform is needed" (the noun). */
const PLURAL_VERBS = new Set([
  'are', 'have', 'were', "aren't", "haven't", "weren't", 'want', 'say', 'claim', 'promise', 'think', 'keep',
  // What a party says or did: "Labour said 'more bobbies on the beat'" (not "Reform of the custody process").
  'said', 'promised', 'pledged', 'claimed', 'voted',
]);
/** Modals whose "not" rules something out: "must not", "should not", "may not". */
const MODALS = new Set(['must', 'should', 'may']);
/** "Keep it well away from work, your work email and our logo": work kit kept away from, in a list after "away". */
const AWAY = new Set(['away']);
/** Verbs of handing over a vote: "lend Amina your vote", "give Dave your vote". */
const LENDING = new Set(['lend', 'give', 'giving', 'lending']);
/** Words before "the last lot" that make it a batch of something ("for the last lot", "of the last lot"), not the last government. */
const BATCH_BEFORE = new Set(['for', 'of', 'from', 'with']);
/** Words after "vote" that are no name, however written: "the precept vote Thursday" is a day. */
const NOT_A_NAME = new Set(['i', 'on', 'in', 'at', 'the', 'this', 'that', 'by', 'for', 'to', 'and', 'a', 'an', 'of', 'from', 'with', 'yes', 'no', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * First words of what is voted for that is no seat: an award ("Vote Jen for Volunteer of the Year", "for Best Garden") or
 * an office in a club or union ("Vote Sam for Secretary").
 */
const NOT_A_SEAT = new Set([
  'best', 'volunteer', 'volunteers', 'employee', 'staff', 'officer', 'pcso', 'team', 'star', 'champion', 'hero', 'unsung', 'award', 'awards', 'prize', 'player',
  'young', 'pride', 'photo', 'picture', 'design', 'logo', 'colleague', 'manager', 'leader', 'community', 'outstanding', 'lifetime', 'special', 'innovation',
  'rising', 'most', 'top', 'king', 'queen', 'captain', 'chair', 'president', 'secretary', 'treasurer', 'rep', 'student', 'head', 'sports', 'personality', 'option',
]);

/**
 * What a name after "vote" is voted for ("Vote Jen Carlisle for Penrith North", "Vote Kath Holt for Volunteer of the Year"): 1 for a
 * capitalised place, a seat; -1 for an award or a post that is no seat (or a name that is one: "Vote Team Penrith"); 0 if no "for" follows
 * a name of one to three capitalised words in the sentence of the "vote" at token `i`.
 */
function seatVotedFor(tokens: Tokens, sentences: Int32Array, i: number): number {
  for (let k = i + 1; k <= i + 4 && sentences[k] === sentences[i]; k++) {
    if (tokens.is(k, 'for')) {
      if (k === i + 1 || sentences[k + 1] !== sentences[i] || !tokens.has(k + 1, TokenFlag.capitalised) || tokens.isOneOf(k + 1, NOT_A_NAME)) return 0;
      return tokens.isOneOf(k + 1, NOT_A_SEAT) ? -1 : 1;
    }
    if (!tokens.has(k, TokenFlag.capitalised)) return 0;
    if (tokens.isOneOf(k, NOT_A_SEAT)) return -1;
  }
  return 0;
}

/**
 * The first hit of `tag` in `fields` that `map` maps to something, mapped, read through `ctx.find`'s loop over the
 * hit arrays. A hit iterator made for each tag and field, and stepped by a `for … of` that steps arrays too (so
 * megamorphic), cost more than the tests: most tags have no hit in a draft's field.
 */
function firstMappedHit<T>(ctx: CheckContext, tag: LexiconTag, fields: readonly TextField[], map: (hit: Hit) => T | undefined, options?: { zones?: readonly Zone[] }): T | undefined {
  let mapped: T | undefined;
  // The test is false only where `map` gave undefined: when no hit passes, `mapped` is left undefined.
  ctx.find(tag, fields, (hit) => (mapped = map(hit)) !== undefined, options);
  return mapped;
}

/**
 * Party-political content: supporting or opposing a party or candidate, campaigning,
 * canvassing, fundraising or asking for votes, membership or petition signatures on party
 * lines. Neutral work references to elections and politicians in their roles are fine.
 */
export default defineRule({
  id: 'party-political',
  category: 'political',
  messages: {
    political: 'This is party-political. Staff must stay politically impartial and must not use their role or work accounts for party politics.',
  },
  check({ ctx, report }) {
    // The words are read from the token arrays, not as `Token` objects: a draft's every party name is asked about.
    const isPartyName = (hit: Hit): boolean => {
      const { tokens, sentences } = ctx.text(hit.field);
      const next = hit.last + 1;
      const hasNext = next < tokens.length;
      // "six Labour, three Conservative": a panel's make-up, counted, not a party supported.
      if (tokens.isOneOf(hit.first - 1, COUNTS) || (hit.first > 0 && /^\d+$/.test(tokens.word(hit.first - 1)))) return false;
      if (hasNext && ORDINARY_AFTER[tokens.word(hit.last)]?.includes(tokens.word(next))) return false;
      // Unambiguous however written: "tories", "lib dems".
      if (UNAMBIGUOUS.has(hit.phrase)) return true;
      // "Reform UK", "Reform party": a name, capitalised but for "uk" or a following "party".
      // (A file name capitalises every word: "Police_Reform_Act.pdf" is read as if in lower case.)
      if (hit.field === 'attachments' || !isWrittenAsName(tokens, hit)) {
        // "deliver leaflets for the reform lot", "voted by post, reform all the way": lower case counts beside campaigning or a vote.
        const isBeside = (tag: LexiconTag, window: number) =>
          ctx.within(hit.field, tag, hit.first - window, hit.last + window).some((other) => sentences[other.first] === sentences[hit.first]);
        // "reform's mayoral candidate": a party's own candidate or office (but not "reform of the candidate list").
        // "its labours petition": a party's own petition too.
        return isBeside('campaigning-strong', 12) || isBeside('vote-word', 6) || isBeside('vote-ask', 2) || (!tokens.is(next, 'of') && isBeside('election', 3));
      }
      // "Reform", "Green" open sentences as ordinary words ("Reform of the custody process"):
      // there they count only as "Reform's", "Reform UK" or "Green Party".
      // "Reform are a bunch of chancers": a plural verb makes it the party at the start of a sentence too.
      const isSentenceStart = hit.first === 0 || sentences[hit.first - 1] !== sentences[hit.first];
      const isPlural = tokens.isOneOf(next, PLURAL_VERBS) && sentences[next] === sentences[hit.first];
      return !(AMBIGUOUS.has(hit.phrase) && (isSentenceStart || tokens.is(next, 'of')) && !tokens.has(hit.last, TokenFlag.possessive) && !isPlural);
    };
    const partyNames = new Map<Hit, boolean>();
    const isParty = (hit: Hit): boolean => {
      let is = partyNames.get(hit);
      if (is === undefined) partyNames.set(hit, (is = isPartyName(hit)));
      return is;
    };
    // Attachment names are read where one names a party or campaigning ("Kendal_Focus_LibDem_leaflet.pdf"): most drafts' have
    // none, and reading a third field costs every look-up below.
    const fields = FILE_TAGS.some((tag) => ctx.has(tag, FILES)) ? WITH_FILES : WITHOUT_FILES;
    const allZones = [Zone.own, Zone.forwarded, Zone.quoted, Zone.disclaimer];
    const partyAddress = ctx.audience.recipients.find((recipient) => PARTY_IN_ADDRESS.test(recipient.address));
    // Leafleting or canvassing for a councillor is for a politician, whatever their address; anything less is work with them.
    const toCouncillor = ctx.audience.recipients.some((recipient) => COUNCILLOR_ADDRESS.test(recipient.address));
    // "The pre-election period" is the office's own neutral calendar, not a contest in view.
    const isPreElection = (hit: Hit) => ctx.text(hit.field).tokens.is(hit.first - 1, 'pre');
    const hasElectionWord = ctx.find('election', fields, (hit) => !isPreElection(hit), { zones: allZones }) !== undefined;
    // Praise needs a contest in view, not just an office: "our MP was brilliant with the kids" is not support in an election.
    const isContestInView = ctx.find('election', fields, (hit) => !OFFICES.has(hit.phrase) && !isPreElection(hit), { zones: allZones }) !== undefined;
    // Colours name a party only where an election or campaigning is in view: "the red team needs you" before a by-election.
    const isColourInView = hasElectionWord || ctx.has('campaigning-strong', fields) || ctx.has('vote-word', fields);
    // ("The blue lot", "the turquoise lot" are slang for a party only: they need nothing in view.)
    const colourParties = isColourInView
      ? [...ctx.scan('party-colour', fields), ...colourPhrases(ctx), ...emojiParties(ctx, PARTY_EMOJI), ...(hasElectionWord ? emojiParties(ctx, HEART_EMOJI) : [])]
      : ctx.has('party-colour', fields)
        ? ctx.scan('party-colour', fields).filter((hit) => hit.phrase.endsWith(' lot'))
        : [];
    // Parties referred to without a name ("my party membership") count as parties wherever they are.
    const tags = tagHits(ctx);
    // Someone standing in an election is a candidate: campaigning for them is for a candidate ("Dave's standing in the by-election").
    // "Sarah's standing for the Lib Dems": standing for a party is a candidacy, and an election in view, by itself.
    const standing = firstMappedHit(ctx, 'party', fields, (party) => {
      const { tokens } = ctx.text(party.field);
      const at = tokens.is(party.first - 1, 'the') ? party.first - 2 : party.first - 1;
      // "standing for", or "standing again for".
      const verb = tokens.isOneOf(at - 1, STANDING) ? at - 1 : at - 2;
      return tokens.is(at, 'for') && tokens.isOneOf(verb, STANDING) && isParty(party) ? ctx.tokenHit(party.field, verb, party.last, 'candidacy', 'standing for') : undefined;
    });
    const candidacies = hasElectionWord ? [...ctx.scan('candidacy', fields), ...candidatesForOffice(ctx)] : [];
    if (standing) candidacies.push(standing);
    const tagParties = [...tags.parties, ...colourParties, ...ctx.scan('party-ref', fields), ...candidacies];
    // In order of field and first token, so a window's parties are found by binary search, not by reading every one at every hit.
    const partiesInOrder = inOrder(tagParties);
    const politicianHandles = inOrder(tags.politicians);
    let partyNamed: boolean | undefined;
    /** Is a party named anywhere in the draft, quoted text too (asked only where "the party" needs one)? */
    const hasPartyName = () => (partyNamed ??= tags.parties.length > 0 || ctx.find('party', fields, isParty, { zones: allZones }) !== undefined);
    const hasElection = tagParties.length > 0 || ctx.find('party', fields, isParty) !== undefined || hasElectionWord;
    const sameSentence = (a: Hit, b: Hit) => a.field === b.field && ctx.text(a.field).sentences[a.first] === ctx.text(b.field).sentences[b.first];
    const partiesAround = (hit: Hit, window: number) => [
      ...ctx.within(hit.field, 'party', hit.first - window, hit.first + window).filter(isParty),
      ...hitsBetween(partiesInOrder, hit.field, hit.first - window, hit.first + window),
    ];
    // A post, or a letter to a newspaper, is short and public: a party anywhere near the ask is what it is about
    // ("Labour want … Remember that when you vote").
    // Official material (a speech, newsletter copy, lines to take) is for the public too, whoever reviews the draft.
    const isOfficialMaterial = ctx.has('official-material', fields);
    const isForPublication = ctx.audience.isPublic || isOfficialMaterial || ctx.audience.recipients.some((recipient) => recipient.isNews || recipient.isMaybeNews);
    /**
     * Is what "join the" (ending at token `the`) joins a party or its cause: "join the Green Party", "join the campaign",
     * not "Cllr Patel (Labour) will join the panel", a politician joining something in their public role?
     */
    const joinsParty = (hit: Hit, the: number): boolean =>
      ctx.text(hit.field).tokens.isOneOf(the + 1, JOINED_CAUSES) || partiesAround(hit, 4).some((party) => party.first > the);
    const partyNear = (hit: Hit) =>
      partiesAround(hit, 60).find((party) => isForPublication || sameSentence(party, hit) || Math.abs(party.first - hit.first) <= 6);

    /** "It must not be circulated to the campaign team": a modal's "not" in the twelve words before, in the sentence. */
    const isModalNotBefore = (hit: Hit): boolean => {
      const { tokens, sentences } = ctx.text(hit.field);
      for (let k = hit.first - 1; k >= Math.max(1, hit.first - 12) && sentences[k] === sentences[hit.first]; k--) {
        if (tokens.is(k, 'not') && tokens.isOneOf(k - 1, MODALS)) return true;
      }
      return false;
    };
    /**
     * "Please don't knock on doors, deliver leaflets or appear in campaign material": a prohibition up to twelve words ahead
     * in the sentence covers its list. Or a rule talked about after the activity: "… in your own time isn't prohibited".
     */
    const isRuledOut = (hit: Hit): boolean =>
      isProhibitedBefore(ctx.text(hit.field), hit) || ctx.hasWordAfter(hit, RULE_WORDS, 12) || isModalNotBefore(hit) || isAppearanceWarned(ctx.text(hit.field), hit);

    /**
     * "Our PCSOs will be delivering leaflets across Park ward", "officers knocked on doors in the ward": police doing street work,
     * where a ward is only the patch, not a contest, and no party is named anywhere.
     */
    const isPoliceWork = (hit: Hit): boolean => !isContestInView && ctx.hasWordBefore(hit, POLICE_DOERS, 6) && !hasPartyName() && tagParties.length === 0;

    /** "On a tag for the last lot": a batch of something, not the last government. */
    const isBatch = (politician: Hit) => politician.phrase === 'the last lot' && ctx.text(politician.field).tokens.isOneOf(politician.first - 1, BATCH_BEFORE);

    /**
     * The party or politician an opinion is about: in its sentence, within 20 words; anywhere near
     * in a post or a letter for publication, which is short and about one thing ("The mayor's had years … boot him out").
     */
    const targetOf = (opinion: Hit): Hit | undefined => {
      const window = isForPublication ? 60 : 20;
      const isAbout = (other: Hit) => (isForPublication || sameSentence(other, opinion)) && Math.abs(other.first - opinion.first) <= window;
      const politicians = [
        ...ctx.within(opinion.field, 'politician', opinion.first - window, opinion.first + window).filter((politician) => !isBatch(politician)),
        ...hitsBetween(politicianHandles, opinion.field, opinion.first - window, opinion.first + window),
      ];
      // The nearest, if more than one: "This government couldn't run a bath … 🌹" is about the government.
      const distance = (other: Hit) => Math.min(Math.abs(other.first - opinion.first), Math.abs(other.last - opinion.first));
      return [...partiesAround(opinion, window), ...politicians].filter(isAbout).sort((a, b) => distance(a) - distance(b))[0];
    };

    // One finding is reported, the earliest: each kind of evidence stops at its first in each field.
    // A message forwarded outside is passed on; forwarded inside ("for logging"), it is being handled.
    const lastZone = ctx.audience.hasOutside ? Zone.forwarded : Zone.own;
    const findings: Hit[] = [];
    const shownOf = (evidence: Hit | undefined) => (evidence && evidence.zone <= lastZone ? evidence : undefined);
    /** Notes the first evidence among the hits of `tag` in `fields`. */
    const firstOf = (tag: LexiconTag, fields: readonly TextField[], evidence: (hit: Hit) => Hit | undefined, options?: { zones?: readonly Zone[] }) => {
      const found = firstMappedHit(ctx, tag, fields, (hit) => shownOf(evidence(hit)), options);
      if (found) findings.push(found);
    };
    /** Notes the first evidence among `hits`. */
    const firstOfList = (hits: readonly Hit[], evidence: (hit: Hit) => Hit | undefined) => {
      for (const hit of hits) {
        const found = shownOf(evidence(hit));
        if (found) {
          findings.push(found);
          return;
        }
      }
    };
    for (const field of fields) {
      const { tokens, sentences } = ctx.text(field);
      /** Are `a` and `b` in neighbouring sentences of the field? */
      const isSentenceApart = (a: Hit, b: Hit) => a.field === b.field && Math.abs(sentences[a.first]! - sentences[b.first]!) === 1;
      const inField = [field]; // one array for the field's dozen look-ups
      const isFileName = field === 'attachments';
      // Every kind of evidence below is a lexicon hit of the field or a hashtag's ask: a field with neither (an empty field,
      // most subjects) has none, and a dozen look-ups are spared.
      if (!ctx.hasHits(field) && !tags.asks.some((ask) => ask.field === field)) continue;
      // Asking for votes, membership, signatures or money for a party or a named candidate.
      // "Never vote Tory" still argues against a party; "we're not leafleting for Labour this year" campaigns for no one.
      // "Not telling anyone who to vote for": how to vote, pointedly not told, tells no one how.
      firstOf('vote-ask-direct', inField, (ask) =>
        (CAMPAIGN_WORK.has(ask.phrase) && (ctx.isNegated(ask) || isRuledOut(ask))) || (TELLING_HOW.has(ask.phrase) && ctx.hasWordBefore(ask, NEGATIONS, 6)) ? undefined : ask,
      );
      firstOfList(tags.asks.filter((ask) => ask.field === field), (ask) => ask);
      firstOf('vote-ask', inField, (ask) => {
        // "Could you sign Tim's petition? The local party want 10,000 names": the party may be named in the sentence after the ask, or before it.
        // (Asks for a vote stay with their sentence: "The Conservatives have run this county for years. Please think about that
        // when you go to the polls" is comment, not an ask, in mail to an ordinary address.)
        if (!VOTE_FOR.has(ask.phrase)) {
          if (ask.phrase === 'join the' && !joinsParty(ask, ask.last)) return undefined;
          const isForParty =
            partyNear(ask) ??
            (SUPPORT_ASKS.has(ask.phrase) ? partiesAround(ask, ASK_REACH).find((party) => isSentenceApart(party, ask)) : undefined) ??
            // "… cut every year under this Government. Remember that on polling day.": polling day pointed to against those in power, in public.
            (POLLING_ASKS.has(ask.phrase) && isForPublication ? targetOf(ask) : undefined);
          return isForParty ? ask : undefined;
        }
        // "Vote for experience on 7 May." in a public post about the race: told to vote, in a contest, whatever follows
        // (not "whoever you're voting for", which tells no one how).
        const isImperative = ask.phrase === 'vote for' && (ask.first === 0 || sentences[ask.first - 1] !== sentences[ask.first]);
        if (isImperative && ctx.audience.isPublic && isContestInView) return ask;
        // "I urge every reader to vote for change": readers urged, in a post or a letter for publication about the race
        // (not "we encourage everyone to vote for the candidate of their choice", which urges no side).
        if (isForPublication && isContestInView && isUrgedToVoteFor(tokens, sentences, ask)) return ask;
        // "vote for my son Luke", "vote for our friend": someone the sender knows, a candidate in an election
        // (not "vote for my son's photo in the calendar competition", with no election in view).
        if (tokens.isOneOf(ask.last + 1, OWN) && tokens.isOneOf(ask.last + 2, RELATIONS)) return hasElection ? ask : undefined;
        // "vote for Gary Benton" in an election, not "vote for Option B in the staff survey".
        const next = ask.last + 1;
        // "Vote for the Greens on Thursday": a party, after "the" (which is no name).
        if (tokens.is(next, 'the') && ctx.within(field, 'party', next + 1, next + 1).some(isParty)) return isModalNotBefore(ask) ? undefined : ask;
        // (Not in a file name, whose every word is capitalised: "Vote_for_Option_B.pdf".)
        const isName = !isFileName && tokens.has(next, TokenFlag.capitalised) && !tokens.isOneOf(next, NOT_A_NAME);
        // "Get out and vote for Priya": going out to vote is to a polling station, not a phone vote in an awards night.
        const isGoingOut = tokens.is(ask.first - 1, 'and') && tokens.is(ask.first - 2, 'out') && sentences[ask.first - 2] === sentences[ask.first];
        if (isName && isGoingOut) return ask;
        // "a vote for him is a vote for someone who listens": a candidate by pronoun, in an election.
        if (tokens.isOneOf(next, CANDIDATE_PRONOUNS)) return hasElection ? ask : undefined;
        return isName && (isPersonNameAt(tokens, next) || hasElection || partyAddress) ? ask : undefined;
      });
      // "Vote Greaves on 2 May": vote followed by a name, with an election in view; "voting Jo Dacre": a person's full name needs none.
      firstOf(
        'vote-word',
        inField,
        ({ first: i }) => {
          // Not in a file name, whose every word is capitalised: "Register_to_vote_Traditional_Chinese.pdf".
          if (isFileName) return undefined;
          // "Lend Amina your vote": a vote handed to someone named, in an election.
          const isLent = tokens.is(i - 1, 'your') && tokens.has(i - 2, TokenFlag.capitalised) && tokens.isOneOf(i - 3, LENDING) && sentences[i - 3] === sentences[i];
          // (Not a rule against it: "staff must not give Labour your vote in their name".)
          if (isLent) {
            const lent = ctx.tokenHit(field, i - 3, i, 'vote-ask', 'lend your vote');
            return (hasElection || partyAddress) && !isModalNotBefore(lent) ? lent : undefined;
          }
          if (!tokens.has(i + 1, TokenFlag.capitalised) || tokens.isOneOf(i + 1, NOT_A_NAME) || sentences[i + 1] !== sentences[i]) return undefined;
          // "Vote Jen Carlisle for Penrith North": a name for a place is a candidate for a seat, told to the reader ("vote" opening its sentence);
          // "Vote Kath Holt for Volunteer of the Year" names an award, and no election.
          const seat = tokens.is(i, 'vote') ? seatVotedFor(tokens, sentences, i) : 0;
          if (seat < 0) return undefined;
          const isPersonName = (isPersonNameAt(tokens, i + 1) && sentences[i + 2] === sentences[i]) || (seat > 0 && (i === 0 || sentences[i - 1] !== sentences[i]));
          // "I'll be voting Green": "Green" alone is no party name (it is a colour), but capitalised after a vote it is one.
          return hasElection || partyAddress || isPersonName || tokens.is(i + 1, 'green') ? ctx.tokenHit(field, i, i + 1, 'vote-ask', 'vote') : undefined;
        },
        { zones: allZones },
      );
      // Canvassing, leafleting, fundraising: for a party, or with an election in view when strong.
      // Each scan is in text order already (most drafts have one kind or none: nothing to merge).
      const campaigning = inTextOrder(ctx.scan('campaigning-strong', inField), ctx.scan('campaigning', inField));
      // What would make the hit evidence is asked before whether it is negated or ruled out: most campaigning
      // words in a work draft ("dinner", "leaflet") have no party or election about them, and the look-back
      // for a negation or a prohibition reads up to twelve words (the answer is the same either way).
      firstOfList(campaigning, (hit) => {
        // "Joining" is said of calls and teams: it is campaigning only where the party is what is joined ("fancies joining the party").
        if (hit.phrase === 'joining' && !isTheParty(tokens, sentences, hit)) return undefined;
        if ((hit.phrase === 'join' || hit.phrase === 'to join') && tokens.is(hit.last + 1, 'the') && !joinsParty(hit, hit.last + 1)) return undefined;
        // "Ms Stevens (independent co-opted members)", "members of the public": a body's members, not a party's.
        if (hit.phrase === 'members' && (tokens.isOneOf(hit.first - 1, BODY_MEMBERS) || tokens.is(hit.last + 1, 'of'))) return undefined;
        // "Your leaflets for the Belper by-election": leaflets for an election are campaign leaflets.
        const isForElection = (hit.phrase === 'leaflets' || hit.phrase === 'leaflet') && ctx.within(field, 'election', hit.last + 1, hit.last + 5).length > 0;
        // "Help deliver leaflets for Jan Boswell": strong campaigning for someone named is for a candidate.
        const isForPerson = hit.tag === 'campaigning-strong' && tokens.is(hit.last + 1, 'for') && isPersonNameAt(tokens, hit.last + 2);
        // "Good to see local business getting behind the party", "a donation to the party": the party the draft names
        // (not "getting behind the party for Sue's leaving do", where none is).
        // "The party's running half-price membership … help us win Stratford in May": the party doing it, in a contest.
        // "Sunita's standing for our ward … membership forms on the table if anyone fancies joining the party": a candidate's party.
        // "I'd like to join the party as a full member … helping out for the county elections": a party, with a contest in view.
        const isForTheParty = (isTheParty(tokens, sentences, hit) && (hasPartyName() || candidacies.length > 0 || isContestInView)) || (isThePartyBefore(tokens, sentences, hit) && (isContestInView || hasPartyName()));
        const isForParty =
          isForPerson ||
          isForTheParty ||
          ((hit.tag === 'campaigning-strong' || isForElection) && (hasElection || partyAddress !== undefined || toCouncillor) && !isPoliceWork(hit)) ||
          partyNear(hit) !== undefined ||
          partyAddress !== undefined ||
          (candidacies.length > 0 && CANDIDATE_SUPPORT.has(hit.phrase));
        return isForParty && (isNeverBetterTime(tokens, hit) || (!ctx.isNegated(hit) && !isRuledOut(hit))) ? hit : undefined;
      });
      // "We have to get Mark elected in May": campaigning for a candidate, whoever the draft goes to.
      firstOf('election', inField, (hit) => (hit.phrase === 'elected' && isGettingElected(tokens, sentences, hit) && !ctx.isNegated(hit) && !isRuledOut(hit) ? hit : undefined));
      // "She needs your vote on Thursday": asks that are for a candidate when an election is in view.
      // ("Re-elected … for another four years": a term told of, not asked for.)
      if (hasElection) firstOf('vote-ask-election', inField, (ask) => (ctx.isNegated(ask) || (ask.phrase === 'another four years' && tokens.is(ask.first - 1, 'for')) ? undefined : ask));
      // "I'll be voting to get the Tories out", "nothing will change until this shower in Westminster are kicked out": a party or
      // those in power put out of office is opposed on party lines, whoever the draft goes to.
      const isOustingRuledOut = (hit: Hit) =>
        ctx.isNegated(hit) || isModalNotBefore(hit) || (ctx.hasWordBefore(hit, PROHIBITIONS, 12) && !ctx.hasWordBefore(hit, UNTIL, 12));
      const outOfOffice = (hit: Hit | undefined) => (hit && !isOustingRuledOut(hit) ? hit : undefined);
      // "Happy to help the Conservatives on this one", "I'm supporting Labour in May": a party helped, whoever the draft goes to;
      // "saves the local Lib Dem pot a fortune": its money too. (Read in the same pass over the party names.)
      const helped = (party: Hit) => {
        const help = helpedParty(ctx, party) ?? partyMoney(ctx, party);
        return help && !ctx.isNegated(help) && !isRuledOut(help) ? help : undefined;
      };
      // "Don't let the Tories back in", "give the Greens a go": a party kept out or handed a vote (the "don't" is the ask, not its negation).
      const keptOrGiven = (party: Hit) => {
        const ask = keptOutOrGiven(ctx, party);
        return ask && !isModalNotBefore(ask) && !ctx.hasWordAfter(ask, RULE_WORDS, 12) ? ask : undefined;
      };
      firstOf('party', inField, (party) => (isParty(party) ? (outOfOffice(ousting(ctx, party, true)) ?? helped(party) ?? keptOrGiven(party)) : undefined));
      firstOf('politician', inField, (politician) => (isBatch(politician) ? undefined : outOfOffice(ousting(ctx, politician, false))));
      firstOf('election', inField, (contest) => outOfOffice(outAtContest(ctx, contest, (target) => (target.tag === 'party' ? isParty(target) : !isBatch(target)))));
      if (ctx.audience.isPublic || ctx.audience.hasOutside || isOfficialMaterial) {
        // Attacks or praise on party lines, in the same sentence as the party.
        firstOf('party-attack', inField, (attack) => partiesAround(attack, isForPublication ? 60 : 25)[0]);
        // "Only the Conservatives will keep our villages safe": a claim that one party alone will do right by people.
        // "I'd be speaking as a Reform UK supporter": the writer's side declared, in what goes out.
        firstOf('party', inField, (party) => ((isOnlyClaim(tokens, party) || isSideDeclared(tokens, sentences, party)) && isParty(party) ? party : undefined));
        // Strong opinion of a party or politician ("Reform are a bunch of chancers", "the Home Secretary is clueless");
        // praise counts only with an election in view ("she's been brilliant for this town, vote on Thursday").
        firstOf('opinion-against', inField, (opinion) => (ctx.isNegated(opinion) && !isEager(tokens, opinion) ? undefined : targetOf(opinion)));
        if (isContestInView || standing) firstOf('opinion-for', inField, (opinion) => (ctx.isNegated(opinion) && !isEager(tokens, opinion) ? undefined : targetOf(opinion)));
      }
    }
    // The office's own resources used for party work ("did these on the work laptop", "printed on the office printer"):
    // an official channel used for a party-political purpose, whoever the draft goes to.
    // Campaigning that is only ruled out ("no canvassing, no leafleting") makes no party work of the shared drive the slides are on.
    const isCampaigning = ctx.find('campaigning-strong', fields, (hit) => !ctx.isNegated(hit) && !isRuledOut(hit)) !== undefined;
    if (findings.length === 0 && (tagParties.length > 0 || ctx.find('party', fields, isParty) !== undefined || isCampaigning)) {
      // Not a rule against it ("please don't share candidates' posts from work accounts", "keep them well away from work").
      firstOf('work-resource', fields, (resource) =>
        ctx.isNegated(resource) || isRuledOut(resource) || ctx.hasWordBefore(resource, AWAY, 6) ? undefined : resource,
      );
    }
    const first = findings.sort((a, b) => a.start - b.start)[0];
    if (first) report(first, 'political');
  },
});
