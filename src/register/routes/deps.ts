import type { Db } from '../db';
import type { RegisterLimits } from '../limits';

/** What every route module needs: the database, the organisation this server serves and its limits. */
export interface RouteDeps {
  db: Db;
  org: string;
  limits: RegisterLimits;
}
