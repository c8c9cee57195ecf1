import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../engine/types';
import { definePack } from '../define-pack';
import { PolicyPackSchema, type PolicyPackInput } from '../schema';
import { PACK_IDS, getPack, packs } from './index';

/** The five codes live beside the project (../shared/codes); a fresh clone has no such folder. */
const CODES_DIR = fileURLToPath(new URL('../../../../shared/codes/', import.meta.url));
const hasCodes = existsSync(CODES_DIR);

/** Folds what differs between a PDF's text and a typed quote: spacing, curly quotes, dashes, bold marks. */
function normalise(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when every part of a quote (split at an ellipsis, "…") appears in the code, in order. */
function isQuotedFrom(code: string, quote: string): boolean {
  let from = 0;
  for (const part of quote.split(/…|\.\.\./).map(normalise).filter(Boolean)) {
    const at = code.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe('built-in packs', () => {
  it('has one pack for each id, under its own id', () => {
    expect(Object.keys(packs).sort()).toEqual([...PACK_IDS].sort());
    for (const id of PACK_IDS) expect(getPack(id)?.id).toBe(id);
    expect(getPack('nowhere')).toBeUndefined();
    expect(getPack('toString')).toBeUndefined();
  });

  it.each(PACK_IDS)('%s validates against PolicyPackSchema and covers every category', (id) => {
    const pack = getPack(id)!;
    expect(PolicyPackSchema.safeParse(pack).success).toBe(true);
    for (const category of CATEGORIES) {
      expect(pack.severity[category], `severity.${category}`).toBeDefined();
      expect(pack.clauses[category]?.text, `clauses.${category}`).toBeTruthy();
    }
    expect(pack.domains.some((d) => /gmail|hotmail|outlook|btinternet/.test(d))).toBe(false);
  });
});

describe.skipIf(!hasCodes)(`clauses quote their own code (skipped: no codes folder at ${CODES_DIR})`, () => {
  it('rejects a quote with a word changed, or with its parts out of order', () => {
    const code = normalise(readFileSync(`${CODES_DIR}derbyshire.txt`, 'utf8'));
    expect(isQuotedFrom(code, 'Staff should only speak to the media if they are authorised to do so.')).toBe(true);
    expect(isQuotedFrom(code, 'Staff may speak to the media if they are authorised to do so.')).toBe(false);
    expect(isQuotedFrom(code, 'DEALING WITH THE MEDIA … STAFF CODE OF CONDUCT')).toBe(false);
  });

  it.each(PACK_IDS)('%s quotes its code verbatim', (id) => {
    const code = normalise(readFileSync(`${CODES_DIR}${id}.txt`, 'utf8'));
    for (const category of CATEGORIES) {
      const clause = getPack(id)!.clauses[category]!;
      expect(isQuotedFrom(code, clause.text), `${id} clauses.${category}: "${clause.text}"`).toBe(true);
    }
  });
});

describe('definePack', () => {
  const valid = (): PolicyPackInput => structuredClone(packs['cumbria']!) as PolicyPackInput;

  it('accepts a valid pack', () => {
    expect(definePack(valid()).id).toBe('cumbria');
  });

  it('names the field when a domain is not a domain', () => {
    expect(() => definePack({ ...valid(), domains: ['not a domain'] })).toThrow(/domains\.0: must be a domain name/);
  });

  it('names the field when a clause is missing', () => {
    const { personal: _personal, ...clauses } = valid().clauses;
    expect(() => definePack({ ...valid(), clauses: clauses as PolicyPackInput['clauses'] })).toThrow(/clauses\.personal/);
  });

  it('names the field when an officer is empty', () => {
    expect(() => definePack({ ...valid(), officers: { ...valid().officers, media: '' } })).toThrow(/officers\.media/);
  });
});
