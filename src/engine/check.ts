import type { Policy } from '../policy/resolve';
import { CheckContext, fieldOrder } from './context';
import { excerptOf, format, type Rule, type Span } from './define-rule';
import { rules as builtInRules } from './rules';
import type { Category, Draft, Finding, GiftPrefill } from './types';

/** At most this many findings per rule and draft: a huge paste gets a readable list, not thousands. */
const MAX_FINDINGS_PER_RULE = 20;

/** Does one of `spans` cover `span`? A loop rather than `spans.some`, which made a closure per report. */
function isCovered(spans: readonly Span[], span: Span): boolean {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.field === span.field && s.start <= span.start && span.end <= s.end) return true;
  }
  return false;
}

/** Does finding `a` come after `b` as the draft reads: in a later field, or later in the same one? */
const isAfter = (a: Finding, b: Finding): boolean => fieldOrder(a.field) - fieldOrder(b.field) > 0 || (a.field === b.field && a.start > b.start);

/**
 * The findings in the order the draft reads, equal ones kept in the order reported, as a stable `sort` by field and
 * start would leave them. By insertion: a draft has a handful of findings (160 at most), and `Array.prototype.sort`
 * with a comparator cost about 1,800 instructions for the 2 KB draft's four (callgrind), most of it setting up.
 */
function sortByPlace(findings: Finding[]): Finding[] {
  for (let i = 1; i < findings.length; i++) {
    const finding = findings[i]!;
    let j = i;
    for (; j > 0 && isAfter(findings[j - 1]!, finding); j--) findings[j] = findings[j - 1]!;
    findings[j] = finding;
  }
  return findings;
}

/**
 * A record's entry for a category (the policy's severity, the pack's clause), read by name: `record[category]`, by a key
 * that varies from rule to rule, is a megamorphic keyed load, which cost about 100 instructions a rule (callgrind).
 */
function byCategory<T>(record: Record<Category, T>, category: Category): T {
  switch (category) {
    case 'media':
      return record.media;
    case 'confidential':
      return record.confidential;
    case 'political':
      return record.political;
    case 'gifts':
      return record.gifts;
    case 'personal':
      return record.personal;
  }
}

export interface CheckOptions {
  /** Rules to run (default: all built-in rules). */
  rules?: readonly Rule[];
  /** Called when a rule throws; the other rules still run. Without it, the error is rethrown. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/**
 * Checks a draft against a resolved policy and returns what to warn about, in the order
 * the text reads. Pure: no browser API, no I/O.
 * @example
 * const findings = check(draft, resolvePolicy(getPack('cumbria')!, draft.profile));
 */
export function check(draft: Draft, policy: Policy, options: CheckOptions = {}): Finding[] {
  const ctx = new CheckContext(draft, policy);
  const { pack } = policy;
  const shared = {
    media: pack.officers.media,
    register: pack.officers.registerName,
    registerOfficer: pack.officers.register,
    monitoring: pack.officers.monitoring,
    days: pack.gifts.declareWithinDays,
    org: pack.name,
  };
  const findings: Finding[] = [];
  try {
    for (const rule of options.rules ?? builtInRules) runRule(rule);
  } finally {
    ctx.dispose(); // the token buffers go back to the pool, even when a rule throws
  }
  return sortByPlace(findings);

  function runRule(rule: Rule): void {
    const severity = byCategory(policy.severity, rule.category);
    if (severity === 'off') return;
    const spans: Span[] = [];
    const isFull = () => spans.length >= MAX_FINDINGS_PER_RULE;
    const report = (span: Span, messageId: string, data: Record<string, string | number> = {}, extra: { prefill?: GiftPrefill } = {}) => {
      // "CONFIDENTIAL" inside "PRIVATE AND CONFIDENTIAL" is the same finding, not a second one.
      if (isCovered(spans, span) || isFull()) return;
      spans.push(span);
      const template = rule.messages[messageId];
      if (template === undefined) throw new Error(`Rule ${rule.id} has no message ${messageId}`);
      const clause = byCategory(pack.clauses, rule.category);
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity,
        field: span.field,
        start: span.start,
        end: span.end,
        excerpt: excerptOf(ctx.value(span.field), span.start, span.end),
        message: format(template, data, shared),
        clause: { org: pack.name, section: clause.section, text: clause.text },
      };
      // Set after the rest rather than spread in, which made two objects per finding; the keys keep their order.
      if (rule.category === 'gifts') {
        finding.action = 'declare-gift';
        finding.prefill = extra.prefill;
      }
      findings.push(finding);
    };
    try {
      rule.check({ ctx, report, isFull });
    } catch (error) {
      if (!options.onRuleError) throw error;
      options.onRuleError(rule.id, error);
    }
  }
}
