import { storage } from '@wxt-dev/storage';
import type { Category, Site } from '../engine/types';

/** "Not an issue" on a finding: what an administrator needs to tune rules. Never the draft's text. */
export interface FalsePositiveReport {
  ruleId: string;
  category: Category;
  site: Site;
  /** ISO date (yyyy-mm-dd). */
  date: string;
}

/** "Send anyway" past a finding: which rules were overridden, and the reason given for a block. */
export interface OverrideRecord {
  ruleIds: string[];
  categories: Category[];
  site: Site;
  date: string;
  reason: string;
}

/** Something inside Nolan that failed and was let through (fail open). */
export interface ErrorLogEntry {
  at: string;
  where: string;
  message: string;
}

const CAP = 200;
const ERROR_CAP = 50;

/** False-positive reports, kept on this computer (storage.local). */
export const falsePositiveReports = storage.defineItem<FalsePositiveReport[]>('local:falsePositives', { fallback: [], version: 1 });

/** Sends that went ahead despite findings, kept on this computer (storage.local). */
export const overrideRecords = storage.defineItem<OverrideRecord[]>('local:overrides', { fallback: [], version: 1 });

/** Nolan's own errors, newest last, capped (storage.local). */
export const errorLog = storage.defineItem<ErrorLogEntry[]>('local:errorLog', { fallback: [], version: 1 });

/** Today's date as yyyy-mm-dd. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Appends an entry to a capped local list, dropping the oldest. */
async function append<T>(item: { getValue(): Promise<T[]>; setValue(value: T[]): Promise<void> }, entry: T, cap: number) {
  const list = await item.getValue();
  await item.setValue([...list, entry].slice(-cap));
}

export function recordFalsePositive(report: FalsePositiveReport): Promise<void> {
  return append(falsePositiveReports, report, CAP);
}

export function recordOverride(record: OverrideRecord): Promise<void> {
  return append(overrideRecords, record, CAP);
}

/**
 * Logs an error locally and never throws: used where Nolan fails open.
 * @example try { … } catch (error) { logError('intercept', error); }
 */
export function logError(where: string, error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.warn(`Nolan (${where}):`, error);
  try {
    append(errorLog, { at: new Date().toISOString(), where, message: message.slice(0, 500) }, ERROR_CAP).catch(() => undefined);
  } catch {
    // Storage itself is unavailable (e.g. the extension was reloaded): nothing more to do.
  }
}
