import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { CATEGORIES, type Category } from '../engine/types';
import { checkLine } from './drafts';

/** Per-category counts over a labelled set. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** One draft the engine got wrong. */
export interface Wrong {
  id: unknown;
  expected: Category[];
  got: Category[];
}

/** The result of scoring the engine on labelled drafts. */
export interface Evaluation {
  drafts: number;
  errors: Array<{ id: unknown; error: string }>;
  scores: Record<Category, Score>;
  wrong: Wrong[];
}

/** Scores the engine on labelled JSON lines (LABELS.md): flagged = a warn or block finding. */
export function evaluate(text: string, defaults: { org?: string } = {}): Evaluation {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const errors: Evaluation['errors'] = [];
  const wrong: Wrong[] = [];
  let drafts = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    drafts++;
    const result = checkLine(line, { org: defaults.org, profile: {} });
    if ('error' in result) {
      errors.push({ id: result.id, error: result.error });
      continue;
    }
    const expected = (Array.isArray(result.raw.expect) ? result.raw.expect : []).filter((c): c is Category => CATEGORIES.includes(c as Category));
    const got = CATEGORIES.filter((c) => result.findings.some((f) => f.category === c && f.severity !== 'info'));
    for (const category of CATEGORIES) {
      const isExpected = expected.includes(category);
      const isGot = got.includes(category);
      if (isExpected && isGot) counts[category].tp++;
      else if (isGot) counts[category].fp++;
      else if (isExpected) counts[category].fn++;
    }
    if (expected.length !== got.length || expected.some((c) => !got.includes(c))) wrong.push({ id: result.id, expected, got });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const { tp, fp, fn } = counts[c];
      return [c, { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }];
    }),
  ) as Record<Category, Score>;
  return { drafts, errors, scores, wrong };
}

/** `nolan eval FILE.jsonl`: wrong drafts first, then precision and recall per category. */
export async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { org: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('Usage: nolan eval FILE.jsonl [--org ID] [--json]\n');
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`nolan eval: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = evaluate(text, { org: values.org });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const out: string[] = [];
  for (const error of result.errors) out.push(`- error ${String(error.id)}: ${error.error}`);
  for (const w of result.wrong) out.push(`wrong ${String(w.id)}: expected [${w.expected.join(', ')}] got [${w.got.join(', ')}]`);
  out.push('', `${result.drafts} drafts, ${result.wrong.length} wrong, ${result.errors.length} errors`);
  out.push(`${'category'.padEnd(14)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}`);
  for (const category of CATEGORIES) {
    const s = result.scores[category];
    out.push(`${category.padEnd(14)}${s.precision.toFixed(3).padStart(10)}${s.recall.toFixed(3).padStart(8)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
