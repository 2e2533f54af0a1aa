import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_PREFIX = 'thd_';
const PREFIX_LENGTH = API_KEY_PREFIX.length + 10;
const BASE32 = 'abcdefghijkmnpqrstuvwxyz23456789';

export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** 256 bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Public, unambiguous identifier of an API key: `thd_` + 10 characters. */
export function randomKeyPrefix(): string {
  const bytes = randomBytes(10);
  return API_KEY_PREFIX + [...bytes].map((b) => BASE32[b % BASE32.length]).join('');
}

/** `thd_xxxxxxxxxx_<secret>` → parts, or null when the token is not an API key. */
export function parseApiKey(token: string): { keyPrefix: string; secret: string } | null {
  if (!token.startsWith(API_KEY_PREFIX) || token[PREFIX_LENGTH] !== '_') return null;
  const secret = token.slice(PREFIX_LENGTH + 1);
  return secret.length >= 20 ? { keyPrefix: token.slice(0, PREFIX_LENGTH), secret } : null;
}
