import type { Policy } from '../policy/resolve';
import type { Draft, Finding } from './types';

/** Checks a draft against a resolved policy. Pure: no browser API, no I/O. */
export function check(_draft: Draft, _policy: Policy): Finding[] {
  return []; // TODO [2026-11-29]: rules land with the engine (issue 3).
}
