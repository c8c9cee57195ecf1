import { fold } from '../src/engine/text/normalise';
import { tokenise } from '../src/engine/text/tokens';
import { tokenise as tokenise2 } from './_exp/tokens';
import { fold as fold2 } from './_exp/normalise';
import { lexiconFor } from '../src/engine/context';
import { compileLexicon } from '../src/engine/text/lexicon';
import { LEXICONS } from '../src/engine/lexicons';
import { Vocabulary } from './_exp/vocabulary';
import { getPack } from '../src/policy/packs';
import { readFileSync } from 'node:fs';
const src = readFileSync('bench/engine.bench.ts', 'utf8');
const PARAGRAPHS = eval(src.slice(src.indexOf('const PARAGRAPHS = ') + 19, src.indexOf('];', src.indexOf('const PARAGRAPHS')) + 1));
const bytes = Number(process.argv[2] ?? 100000);
let body = ''; for (let i = 0; body.length < bytes; i++) body += PARAGRAPHS[i % PARAGRAPHS.length] + '\n\n';
body = body.slice(0, bytes);
const lex = lexiconFor(getPack('west-midlands')!);
const v2 = new Vocabulary(); for (const w of lex.vocabulary.words) v2.addWord(w); v2.seal();
void compileLexicon; void LEXICONS;
const f1 = fold(body), f2 = fold2(body);
const n = Math.max(50, Math.round(3e7 / bytes));
const r1: number[] = [], r2: number[] = [];
for (let round = 0; round < 15; round++) {
  let t0 = performance.now(); for (let i = 0; i < n / 10; i++) tokenise(f1, lex.vocabulary); r1.push((performance.now() - t0) / (n / 10));
  t0 = performance.now(); for (let i = 0; i < n / 10; i++) tokenise2(f2, v2); r2.push((performance.now() - t0) / (n / 10));
}
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]! * 1000;
console.log('current', med(r1).toFixed(1), 'µs  variant', med(r2).toFixed(1), 'µs', tokenise(f1, lex.vocabulary).length, tokenise2(f2, v2).length);
