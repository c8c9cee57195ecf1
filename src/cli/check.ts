import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Finding } from '../engine/types';
import { checkLine } from './drafts';

/** Renders one result for people: each finding with its excerpt and clause. */
function formatText(id: unknown, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${String(id)}: no issues\n`;
  const lines = [`${String(id)}: ${findings.length} issue${findings.length === 1 ? '' : 's'}`];
  for (const finding of findings) {
    lines.push(`  [${finding.severity}] ${finding.category} (${finding.ruleId}) in ${finding.field} ${finding.start}-${finding.end}: "${finding.excerpt}"`);
    lines.push(`    ${finding.message}`);
    lines.push(`    ${finding.clause.org}, ${finding.clause.section}: "${finding.clause.text}"`);
  }
  return `${lines.join('\n')}\n`;
}

/** `nolan check`: JSON lines in, one result line per draft out, in order. Exit 0 unless stdin fails. */
export async function runCheck(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      org: { type: 'string' },
      'media-authorised': { type: 'boolean', default: false },
      'politically-restricted': { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
    },
    strict: true,
  });
  const defaults = {
    org: values.org,
    profile: { mediaAuthorised: values['media-authorised'], politicallyRestricted: values['politically-restricted'] },
  };
  const isText = values.format === 'text';
  // A reader that stops early (`| head`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const result = checkLine(line, defaults);
      const out = 'error' in result
        ? (isText ? `${String(result.id)}: error: ${result.error}\n` : `${JSON.stringify({ id: result.id, error: result.error })}\n`)
        : (isText ? formatText(result.id, result.findings) : `${JSON.stringify({ id: result.id, findings: result.findings })}\n`);
      if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  } catch (error) {
    process.stderr.write(`nolan check: could not read stdin: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}
