import { check } from '../engine/check';
import { DraftSchema, ProfileSchema, type Draft, type Finding, type Profile } from '../engine/types';
import { getPack, PACK_IDS } from '../policy/packs';
import { resolvePolicy } from '../policy/resolve';
import { describeIssues } from '../policy/schema';

/** Defaults from the command line; a line's own `org` and `profile` win. */
export interface LineDefaults {
  org?: string;
  profile: Partial<Profile>;
}

export type LineResult =
  | { id: Draft['id'] | null; findings: Finding[]; draft: Draft; raw: Record<string, unknown> }
  | { id: Draft['id'] | null; error: string };

/** Parses one JSON line as a draft (the schema in LABELS.md) and checks it. Never throws. */
export function checkLine(line: string, defaults: LineDefaults): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { id: null, error: 'expected a JSON object (one draft per line)' };
  const record = raw as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  const parsed = DraftSchema.safeParse(record);
  if (!parsed.success) return { id, error: `invalid draft: ${describeIssues(parsed.error)}` };
  const draft = parsed.data;
  const org = draft.org ?? defaults.org;
  if (!org) return { id, error: `no organisation: give the line an "org" or pass --org (one of ${PACK_IDS.join(', ')})` };
  const pack = getPack(org);
  if (!pack) return { id, error: `unknown organisation "${org}" (known: ${PACK_IDS.join(', ')})` };
  const profile = ProfileSchema.parse({ ...defaults.profile, ...draft.profile });
  try {
    return { id, findings: check(draft, resolvePolicy(pack, profile)), draft, raw: record };
  } catch (error) {
    return { id, error: `the check failed: ${(error as Error).message}` };
  }
}
