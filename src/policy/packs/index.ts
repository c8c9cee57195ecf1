import type { PolicyPack } from '../schema';
import combinedAuthority from './combined-authority';
import cumbria from './cumbria';
import derbyshire from './derbyshire';
import warwickshire from './warwickshire';
import westMidlands from './west-midlands';

/** The built-in policy packs, keyed by pack id (as in LABELS.md). */
export const packs: Record<string, PolicyPack> = Object.fromEntries(
  [westMidlands, warwickshire, combinedAuthority, derbyshire, cumbria].map((pack) => [pack.id, pack]),
);

/** The ids of the built-in packs, in the order LABELS.md lists them. */
export const PACK_IDS = ['west-midlands', 'warwickshire', 'combined-authority', 'derbyshire', 'cumbria'] as const;

/** Looks up a built-in pack by id; undefined for an unknown id. */
export function getPack(id: string): PolicyPack | undefined {
  return Object.hasOwn(packs, id) ? packs[id] : undefined;
}
