/** Anything that can run one parameterised SQL statement and return its rows. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The register's database: PGlite or PostgreSQL behind the same small interface. */
export interface Db extends Queryable {
  /** Which engine is underneath, for messages and durability notes. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Transactions run one at a time (PGlite has one connection; on PostgreSQL each takes an
   * advisory lock first), so audit entries are appended in commit order.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Closes the connection or pool. */
  close(): Promise<void>;
}
