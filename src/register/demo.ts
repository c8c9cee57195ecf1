import type { Db } from './db';
import { ensureUser } from './users';

/** The demo organisation's fixed users for `npm start`: never use these tokens on a real register. */
export const DEMO_USERS = [
  {
    email: 'sam.staff@demo.invalid',
    name: 'Sam Staff',
    role: 'staff',
    jobTitle: 'Policy Officer',
    token: 'demo-staff-token-not-for-real-use',
  },
  {
    email: 'rita.reviewer@demo.invalid',
    name: 'Rita Reviewer',
    role: 'reviewer',
    jobTitle: 'Monitoring Officer',
    token: 'demo-reviewer-token-not-for-real-use',
  },
] as const;

/** Creates the demo staff and reviewer users with their fixed tokens, unless they already exist. */
export async function seedDemoUsers(db: Db, org: string): Promise<void> {
  for (const { token, ...user } of DEMO_USERS) await ensureUser(db, org, user, token);
}
