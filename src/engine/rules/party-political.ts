import type { Hit } from '../context';
import { defineRule } from '../define-rule';
import type { Token } from '../text/tokens';

/** Words that make a party name an ordinary noun: "labour market", "Labour costs". */
const ORDINARY_AFTER: Record<string, readonly string[]> = {
  labour: ['market', 'markets', 'costs', 'cost', 'force', 'shortage', 'shortages', 'supply', 'relations', 'rates', 'intensive', 'ward', 'day', 'law', 'laws', 'exploitation', 'hours'],
  conservative: ['estimate', 'estimates', 'assumption', 'approach', 'view'],
};

/** Campaign words strong enough with any election, party or party-address context. */
const STRONG_CAMPAIGNING = new Set([
  'canvassing', 'canvass', 'on the doorstep', 'door knocking', 'door-knocking', 'doorknocking', 'leafleting', 'phone bank', 'phonebank',
  'telling at the polling', 'get out the vote', 'gotv', 'stand as a paper candidate', 'paper candidate', 'get her elected', 'get him elected',
  'get them elected', 're-election fund', 'campaign leaflets', 'campaign hard', 'canvassed', 'leafletting', 'deliver leaflets', 'delivered leaflets',
  'phonebanks', 'phone banks', 'our candidate', 'our excellent candidate', 'our candidates',
]);

/** Direct asks that need nothing else: "vote Labour", "has my vote", "vote the lot of them out". */
const DIRECT_ASKS = new Set([
  'vote labour', 'vote conservative', 'vote tory', 'vote green', 'vote lib dem', 'vote reform', 'vote snp', 'vote plaid', 'vote them out',
  'vote the lot of them out', 'vote out', 'vote for literally anyone else', 'has my vote', 'got my vote', 'gets my vote',
  'urge every one of you to vote', 'urge you to vote', 'votelabour', 'voteconservative', 'votetory', 'votegreen', 'votelibdem', 'votereform', 'votesnp', 'remember this at the ballot box',
]);

const ELECTION_WORDS = new Set(['election', 'elections', 'by-election', 'mp', 'candidate', 'candidates', 'polling', 'ballot', 'mayoral', 'elected', 'ward', 'councillor', 'hustings']);
const PARTY_IN_ADDRESS = /(conservative|labour|libdem|liberal|tory|tories|reform|greenparty|greens|ukip|snp|plaid|clp|cllr\.?campaign)/;
const NOT_A_NAME = new Set(['i', 'on', 'in', 'at', 'the', 'this', 'that', 'by', 'for', 'to', 'and', 'a', 'an', 'of', 'from', 'with', 'yes', 'no']);

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
    const isPartyName = (hit: Hit): boolean => {
      const tokens = ctx.tokensOf(hit);
      if (!tokens.every((token) => token.isCapitalised || token.text === 'uk')) return false;
      const next = ctx.text(hit.field).tokens[hit.last + 1];
      return !(next && ORDINARY_AFTER[tokens[tokens.length - 1]!.text]?.includes(next.text));
    };
    const parties = ctx.scan('party', ['subject', 'body']).filter(isPartyName);
    const partyAddress = ctx.audience.recipients.find((recipient) => PARTY_IN_ADDRESS.test(recipient.address));
    const hasElection =
      parties.length > 0 || (['subject', 'body'] as const).some((field) => ctx.text(field).tokens.some((token: Token) => ELECTION_WORDS.has(token.text)));
    const campaigning = ctx.scan('campaigning', ['subject', 'body']).filter((hit) => !ctx.isNegated(hit));
    const sameSentence = (a: Hit, b: Hit) => a.field === b.field && ctx.text(a.field).sentences[a.first] === ctx.text(b.field).sentences[b.first];
    const partiesAround = (hit: Hit, window: number) => ctx.within(hit.field, 'party', hit.first - window, hit.first + window).filter(isPartyName);
    const partyNear = (hit: Hit) => partiesAround(hit, 60).find((party) => sameSentence(party, hit) || Math.abs(party.first - hit.first) <= 6);

    const findings: Hit[] = [];
    // Asking for votes, membership, signatures or money for a party or a named candidate.
    for (const ask of ctx.scan('vote-ask', ['subject', 'body'])) {
      if (DIRECT_ASKS.has(ask.phrase)) findings.push(ask);
      else if (ask.phrase === 'vote for') {
        const next = ctx.text(ask.field).tokens[ask.last + 1];
        if (next && next.isCapitalised && !NOT_A_NAME.has(next.text)) findings.push(ask);
      } else if (partyNear(ask)) findings.push(ask);
    }
    // "Vote Greaves on 2 May": vote followed by a name.
    for (const field of ['subject', 'body'] as const) {
      const { tokens, sentences, folded, zones } = ctx.text(field);
      for (let i = 0; i + 1 < tokens.length; i++) {
        const token = tokens[i]!;
        const next = tokens[i + 1]!;
        if ((token.text === 'vote' || token.text === 'voting') && next.isCapitalised && !NOT_A_NAME.has(next.text) && sentences[i + 1] === sentences[i]) {
          const [start, end] = [folded.origin[token.start]!, folded.origin[next.end - 1]! + 1];
          findings.push({ field, tag: 'vote-ask', phrase: 'vote', first: i, last: i + 1, start, end, zone: zones[i] as Hit['zone'] });
        }
      }
    }
    for (const hit of campaigning) {
      if (STRONG_CAMPAIGNING.has(hit.phrase) && (hasElection || partyAddress)) findings.push(hit);
      else if (partyNear(hit) || partyAddress) findings.push(hit);
    }
    // Attacks or praise on party lines, in the same sentence as the party.
    for (const attack of ctx.scan('party-attack', ['subject', 'body'])) {
      const party = partiesAround(attack, 25)[0];
      if (party && (ctx.audience.isPublic || ctx.audience.hasOutside)) findings.push(party);
    }
    const zoneOk = findings.filter((hit) => hit.zone <= 1);
    const first = zoneOk.sort((a, b) => a.start - b.start)[0];
    if (first) report(first, 'political');
  },
});
