/**
 * Checks the realistic benchmark draft `count` times, for `bench/callgrind.mjs` to count instructions.
 * Usage (bundled): node driver.cjs COUNT [SIZE] [RULES]: RULES is rule ids joined by commas, or `none`.
 */
import { check } from '../src/engine/check';
import { rules } from '../src/engine/rules';
import { getPack } from '../src/policy/packs';
import { resolvePolicy } from '../src/policy/resolve';
import { draftOf, realistic } from './drafts';

const [count = '1', size = '2000', only] = process.argv.slice(2);
const policy = resolvePolicy(getPack('west-midlands')!, { mediaAuthorised: false, politicallyRestricted: true });
const draft = draftOf(realistic(Number(size)));
const chosen = only === undefined ? rules : rules.filter((rule) => only.split(',').includes(rule.id));
for (let i = 0; i < Number(count); i++) check(draft, policy, { rules: chosen });
