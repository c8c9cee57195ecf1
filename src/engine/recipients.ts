import type { Policy } from '../policy/resolve';
import { NEWS_DOMAINS, isMastheadDomain, isNewsroomMailbox, isPersonalMailDomain, isPressMailbox, isWriterMailbox } from './news-domains';
import type { Draft, Field } from './types';

/** What Nolan knows about one recipient address. */
export interface Recipient {
  field: Extract<Field, 'to' | 'cc' | 'bcc'>;
  address: string;
  /** Offsets of the address in the field's text (addresses joined by ", "). */
  start: number;
  end: number;
  localPart: string;
  domain: string;
  isInside: boolean;
  /** A news organisation, by list or by a newsroom mailbox at a masthead-like domain. */
  isNews: boolean;
  /** A domain that reads like a masthead: news if the draft itself speaks to the press. */
  isMaybeNews: boolean;
  isPersonalMail: boolean;
}

/** Who a draft goes to: inside or outside the organisation, the press, or the public. */
export interface Audience {
  recipients: Recipient[];
  /** A social post is public: always outside. */
  isPublic: boolean;
  /** At least one recipient outside the organisation (or a public post). */
  hasOutside: boolean;
  /** Every recipient is inside (and there is at least one). */
  isAllInside: boolean;
}

/** Does `domain` equal or sit under one of `domains`? */
export function isUnder(domain: string, domains: readonly string[] | ReadonlySet<string>): boolean {
  if (!(domains instanceof Set)) return (domains as readonly string[]).some((parent) => domain === parent || domain.endsWith(`.${parent}`));
  // Look the domain up, then each parent: "news.bbc.co.uk", "bbc.co.uk", "co.uk", "uk".
  for (let at = -1; ; ) {
    if (domains.has(at < 0 ? domain : domain.slice(at + 1))) return true;
    at = domain.indexOf('.', at + 1);
    if (at < 0) return false;
  }
}

const newsDomainsCache = new WeakMap<Policy['pack'], ReadonlySet<string>>();

/** A title's domain under its other usual ending: a reporter at expressandstar.co.uk writes for expressandstar.com. */
function withSiblings(domain: string): string[] {
  const name = /^([a-z0-9-]+)\.(?:com|co\.uk)$/.exec(domain)?.[1];
  return name === undefined ? [domain] : [`${name}.com`, `${name}.co.uk`];
}

/** The built-in news domains and the pack's own, as a set (made once per pack). */
function newsDomainsOf(pack: Policy['pack']): ReadonlySet<string> {
  let domains = newsDomainsCache.get(pack);
  if (!domains) {
    domains = new Set([...NEWS_DOMAINS, ...pack.newsDomains].map((domain) => domain.toLowerCase()).flatMap(withSiblings));
    newsDomainsCache.set(pack, domains);
  }
  return domains;
}

/** Extracts the address from "Name <address>" or a bare address. */
function addressOf(value: string): string {
  const angle = value.lastIndexOf('<');
  const close = value.lastIndexOf('>');
  const raw = angle >= 0 && close > angle ? value.slice(angle + 1, close) : value;
  return raw.trim().toLowerCase();
}

/** What an address says about its recipient, whichever field it stands in. */
type AddressClass = Omit<Recipient, 'field' | 'start' | 'end'>;

/** Classifies one address (as written: "Name <address>" or bare) against the policy's trusted and news domains. */
function classify(value: string, policy: Policy): AddressClass {
  const address = addressOf(value);
  const at = address.lastIndexOf('@');
  const localPart = at >= 0 ? address.slice(0, at) : '';
  const domain = at >= 0 ? address.slice(at + 1) : '';
  const isMasthead = domain !== '' && isMastheadDomain(domain);
  const isInside = domain !== '' && isUnder(domain, policy.trustedDomains);
  const isPersonal = isPersonalMailDomain(domain);
  return {
    address,
    localPart,
    domain,
    isInside,
    isNews: !isInside && domain !== '' && (isUnder(domain, newsDomainsOf(policy.pack)) || (isMasthead && isNewsroomMailbox(localPart))),
    // Also a newsroom mailbox anywhere (news@ at a student paper), or personal mail named for a writer: news if the draft speaks to the press.
    isMaybeNews: !isInside && (isMasthead || (isPersonal ? isWriterMailbox(localPart) : domain !== '' && isPressMailbox(localPart))),
    isPersonalMail: isPersonal,
  };
}

/**
 * Addresses classified so far, per policy (a resolved policy is never changed): a draft is
 * checked again at every pause in typing, to the same recipients.
 */
const classified = new WeakMap<Policy, Map<string, AddressClass>>();
/** Past this many addresses for one policy, the cache starts again. */
const MAX_CLASSIFIED = 1000;

/** `classify`, remembered for the policy. */
function classifyOnce(value: string, policy: Policy): AddressClass {
  let known = classified.get(policy);
  if (!known) classified.set(policy, (known = new Map()));
  let found = known.get(value);
  if (!found) {
    if (known.size >= MAX_CLASSIFIED) known.clear();
    found = classify(value, policy);
    known.set(value, found);
  }
  return found;
}

/** Classifies the addresses of one recipient field, in order, onto `recipients`. */
function addRecipients(recipients: Recipient[], field: Recipient['field'], values: readonly string[], policy: Policy): void {
  let offset = 0;
  for (const value of values) {
    const { address, localPart, domain, isInside, isNews, isMaybeNews, isPersonalMail } = classifyOnce(value, policy);
    recipients.push({ field, address, start: offset, end: offset + value.length, localPart, domain, isInside, isNews, isMaybeNews, isPersonalMail });
    offset += value.length + 2;
  }
}

/** Classifies a draft's recipients against the policy's trusted and news domains. */
export function findAudience(draft: Draft, policy: Policy): Audience {
  const recipients: Recipient[] = [];
  // Each list read by name: `draft[field]` in a loop over the field names was a megamorphic keyed load, about 100 instructions each (callgrind).
  addRecipients(recipients, 'to', draft.to, policy);
  addRecipients(recipients, 'cc', draft.cc, policy);
  addRecipients(recipients, 'bcc', draft.bcc, policy);
  const isPublic = draft.channel === 'social';
  // A recipient we cannot read (no @) is treated as outside: when in doubt, warn.
  const hasOutside = isPublic || recipients.some((recipient) => !recipient.isInside);
  return { recipients, isPublic, hasOutside, isAllInside: !isPublic && recipients.length > 0 && !hasOutside };
}
