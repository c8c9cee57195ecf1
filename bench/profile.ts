/**
 * Checks one benchmark draft over and over, for profiling (see docs/engine-performance.md):
 *   npx esbuild bench/profile.ts --bundle --platform=node --outfile=/tmp/profile.cjs
 *   node --cpu-prof --cpu-prof-dir=/tmp/profile /tmp/profile.cjs adversarial 1000000 20
 */
import { performance } from 'node:perf_hooks';
import { check } from '../src/engine/check';
import { getPack } from '../src/policy/packs';
import { resolvePolicy } from '../src/policy/resolve';
import { adversarial, draftOf, realistic } from './drafts';

const [kind = 'realistic', size = '100000', times = '100'] = process.argv.slice(2);
const policy = resolvePolicy(getPack('west-midlands')!, { mediaAuthorised: false, politicallyRestricted: true });
const draft = draftOf((kind === 'adversarial' ? adversarial : realistic)(Number(size)));
for (let i = 0; i < Math.max(3, Number(times) / 10); i++) check(draft, policy);
const started = performance.now();
for (let i = 0; i < Number(times); i++) check(draft, policy);
console.log(`${kind} ${size} characters: ${((performance.now() - started) / Number(times)).toFixed(3)} ms per check`);
