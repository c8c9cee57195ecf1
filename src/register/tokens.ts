import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new bearer token: 32 random bytes, base64url, with a recognisable prefix. */
export function generateToken(): string {
  return `nolan_${randomBytes(32).toString('base64url')}`;
}

/** How a token is stored: only its sha256, so a copy of the database gives no working tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new user id. */
export function generateUserId(): string {
  return randomUUID();
}

const REF_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new declaration reference such as `D-7K3Q9XJ2MA`: random, short and easy to read aloud. */
export function generateRef(): string {
  const bytes = randomBytes(10);
  let ref = 'D-';
  for (const byte of bytes) ref += REF_ALPHABET[byte % 32];
  return ref;
}
