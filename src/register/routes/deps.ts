import type { Db } from '../db';

/** What every route module needs: the database and the organisation this server serves. */
export interface RouteDeps {
  db: Db;
  org: string;
}
