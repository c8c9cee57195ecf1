import { getPack } from '../policy/packs/index';

/** The gift rules of the user's code that the declaration form says at the moment they matter. */
export interface GiftRules {
  orgName: string | null;
  registerName: string;
  cashAlwaysDeclined: boolean;
  tokenExamples: string[];
  tokenValue: number;
  declareWithinDays: number;
  approvalInAdvanceBy: string | null;
}

/** The rules every one of the five codes shares, used until the user has chosen their organisation. */
export const DEFAULT_GIFT_RULES: GiftRules = {
  orgName: null,
  registerName: 'Gifts and Hospitality Register',
  cashAlwaysDeclined: true,
  tokenExamples: ['pens', 'diaries', 'calendars'],
  tokenValue: 25,
  declareWithinDays: 28,
  approvalInAdvanceBy: null,
};

/** The gift rules for an organisation id, or the shared defaults if it is unknown. */
export function giftRulesFor(org: string | null): GiftRules {
  const pack = org ? getPack(org) : undefined;
  if (!pack) return DEFAULT_GIFT_RULES;
  return {
    orgName: pack.name,
    registerName: pack.officers.registerName,
    cashAlwaysDeclined: pack.gifts.cashAlwaysDeclined,
    tokenExamples: pack.gifts.tokenExamples,
    tokenValue: pack.gifts.tokenValue,
    declareWithinDays: pack.gifts.declareWithinDays,
    approvalInAdvanceBy: pack.gifts.approvalInAdvanceBy ?? null,
  };
}

const CASH_LIKE = /\b(?:cash|money|banknotes?|notes? of £|vouchers?|gift ?cards?|gift ?tokens?|pre-?paid cards?|cheques?|bank transfer|bitcoin|crypto(?:currency)?)\b/i;

/**
 * Does a description speak of cash or something as good as cash?
 * @example isCashLike('A £50 Amazon voucher') // true
 */
export function isCashLike(description: string): boolean {
  return CASH_LIKE.test(description);
}

/**
 * Does a description name one of the pack's token items (pens, diaries, calendars)?
 * @example isTokenItem('A branded pen', ['pens']) // true
 */
export function isTokenItem(description: string, tokenExamples: string[]): boolean {
  return tokenExamples.some((example) => {
    const word = example.trim().toLowerCase();
    const stem = word.endsWith('ies') ? `${word.slice(0, -3)}(?:y|ies)` : word.endsWith('s') ? `${word.slice(0, -1)}s?` : `${word}s?`;
    return new RegExp(`\\b${stem}\\b`, 'i').test(description);
  });
}

/** Whole days from `dateOffered` (YYYY-MM-DD) to `today` (YYYY-MM-DD). */
export function daysSince(dateOffered: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dateOffered}T00:00:00Z`)) / 86_400_000);
}

/** Today as YYYY-MM-DD in the user's own time zone. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
