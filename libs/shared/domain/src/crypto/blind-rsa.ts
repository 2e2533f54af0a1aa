/**
 * RSA blind signatures, RFC 9474 variant RSABSSA-SHA384-PSS-Randomized: the client half (issue 12,
 * "Remote"; domain reference §12). The member's device prepares and blinds a voting token, the API
 * blind-signs it without seeing it (apps/api/src/core/crypto/blind-signer.ts), the device unblinds
 * and checks the signature, and later sends { message, signature } with its ballot, anonymously.
 *
 * Runs in the browser and in Node 20 alike: BigInt for the modular arithmetic, Web Crypto for SHA-384
 * and randomness (`crypto.subtle` exists in a browser only on a secure context: HTTPS or localhost).
 * No Buffer, no node:crypto: the SPA imports this lib. BigInt arithmetic is not constant-time; it only
 * ever handles the device's own blinding factor and public values, never the server's private key.
 */

export const BLIND_RSA = {
  variant: 'RSABSSA-SHA384-PSS-Randomized',
  /** SHA-384 output, also the PSS salt length of this variant (RFC 9474 §5) */
  hashLength: 48,
  saltLength: 48,
  /** PrepareRandomize's msg_prefix (RFC 9474 §4.1) */
  prefixLength: 32,
  /** below 2048 bits RSA is no longer accepted for signatures (NIST SP 800-131A) */
  minModulusBits: 2048,
  maxModulusBits: 8192,
} as const;

/** What can go wrong, named after the RFC's errors; the message is what the voting screen shows. */
export const BLIND_RSA_ERRORS = {
  INVALID_KEY: 'Khoá công khai của phiên bỏ phiếu không hợp lệ.',
  ENCODING_ERROR: 'Không mã hoá được phiếu để ký mù với khoá của phiên bỏ phiếu này.',
  INVALID_INPUT: 'Phiếu không ký mù được với khoá này; vui lòng thử lại.',
  INVALID_BLIND: 'Không tạo được hệ số làm mù; vui lòng thử lại.',
  UNEXPECTED_INPUT_SIZE: 'Chữ ký nhận từ máy chủ có độ dài không đúng.',
  INVALID_SIGNATURE: 'Chữ ký nhận từ máy chủ không hợp lệ với khoá công khai của phiên bỏ phiếu.',
  INVALID_ENCODING: 'Dữ liệu của thẻ bỏ phiếu không đúng định dạng base64url.',
  NO_WEB_CRYPTO:
    'Trình duyệt không cung cấp chức năng mã hoá cần cho bỏ phiếu từ xa (cần truy cập qua HTTPS).',
} as const satisfies Record<string, string>;
export type BlindRsaErrorCode = keyof typeof BLIND_RSA_ERRORS;

export class BlindRsaError extends Error {
  constructor(readonly code: BlindRsaErrorCode) {
    super(BLIND_RSA_ERRORS[code]);
    this.name = 'BlindRsaError';
  }
}

/** The public key as the API publishes it (RFC 7517 RSA JWK; n and e base64url, big-endian). */
export interface BlindRsaPublicJwk {
  readonly kty: 'RSA';
  readonly n: string;
  readonly e: string;
}

export interface BlindRsaPublicKey {
  readonly n: bigint;
  readonly e: bigint;
  readonly modulusBits: number;
  /** kLen of the RFC: every blinded message, blind signature and signature has this many bytes */
  readonly modulusLength: number;
}

type Bytes = Uint8Array<ArrayBuffer>;

// ---------------------------------------------------------------------------------------------------
// Encodings: I2OSP / OS2IP (RFC 8017 §4), base64url (RFC 4648 §5, no padding, as JWK uses it)

/** OS2IP: big-endian bytes to a non-negative integer. */
export function os2ip(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${toHex(bytes)}`);
}

/** I2OSP: a non-negative integer to exactly `length` big-endian bytes ("integer too large" if it does not fit). */
export function i2osp(value: bigint, length: number): Bytes {
  if (value < 0n) throw new RangeError('I2OSP: negative integer');
  const hex = value.toString(16);
  if (hex.length > length * 2) throw new RangeError('I2OSP: integer too large');
  const padded = hex.padStart(length * 2, '0');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(padded.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64URL_INDEX = new Map([...B64URL].map((c, i) => [c, i]));

export function bytesToBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const chunk = (b0 << 16) | (b1 << 8) | b2;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += B64URL[(chunk >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Strict: only the base64url alphabet, no padding, no trailing bits (one text per byte string). */
export function base64UrlToBytes(text: string): Bytes {
  if (text.length % 4 === 1) throw new BlindRsaError('INVALID_ENCODING');
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = B64URL_INDEX.get(c);
    if (v === undefined) throw new BlindRsaError('INVALID_ENCODING');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new BlindRsaError('INVALID_ENCODING');
  return out;
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

// ---------------------------------------------------------------------------------------------------
// Arithmetic

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** inverse_mod(a, n), or null when a and n share a factor. */
function modInverse(a: bigint, n: bigint): bigint | null {
  let [r0, r1] = [a % n, n];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % n) + n) % n;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

// ---------------------------------------------------------------------------------------------------
// Web Crypto

// typed from globalThis, not the DOM `Crypto`: the API compiles this lib without the DOM lib (Node types only)
function webCrypto(): typeof globalThis.crypto {
  const c = globalThis.crypto;
  if (!c?.subtle) throw new BlindRsaError('NO_WEB_CRYPTO');
  return c;
}

function randomBytes(length: number): Bytes {
  return webCrypto().getRandomValues(new Uint8Array(length));
}

async function sha384(data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await webCrypto().subtle.digest('SHA-384', new Uint8Array(data)));
}

function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** MGF1 with SHA-384 (RFC 8017 §B.2.1). */
async function mgf1(seed: Uint8Array, length: number): Promise<Bytes> {
  const blocks = Math.ceil(length / BLIND_RSA.hashLength);
  const hashes = await Promise.all(
    Array.from({ length: blocks }, (_, i) => sha384(concat(seed, i2osp(BigInt(i), 4)))),
  );
  return concat(...hashes).slice(0, length);
}

// ---------------------------------------------------------------------------------------------------
// EMSA-PSS (RFC 8017 §9.1), SHA-384, MGF1-SHA-384, 48-byte salt

async function emsaPssEncode(
  message: Uint8Array,
  emBits: number,
  salt: Uint8Array,
): Promise<Bytes> {
  const hLen = BLIND_RSA.hashLength;
  const emLen = Math.ceil(emBits / 8);
  if (emLen < hLen + salt.length + 2) throw new BlindRsaError('ENCODING_ERROR');
  const mHash = await sha384(message);
  const h = await sha384(concat(new Uint8Array(8), mHash, salt));
  const db = concat(new Uint8Array(emLen - salt.length - hLen - 2), Uint8Array.of(0x01), salt);
  const mask = await mgf1(h, emLen - hLen - 1);
  for (let i = 0; i < db.length; i++) db[i] ^= mask[i];
  db[0] &= 0xff >> (8 * emLen - emBits);
  return concat(db, h, Uint8Array.of(0xbc));
}

async function emsaPssVerify(
  message: Uint8Array,
  em: Uint8Array,
  emBits: number,
): Promise<boolean> {
  const hLen = BLIND_RSA.hashLength;
  const sLen = BLIND_RSA.saltLength;
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || emLen < hLen + sLen + 2) return false;
  if (em[emLen - 1] !== 0xbc) return false;
  const topMask = 0xff >> (8 * emLen - emBits);
  const maskedDb = em.slice(0, emLen - hLen - 1);
  const h = em.slice(emLen - hLen - 1, emLen - 1);
  if ((maskedDb[0] & ~topMask) !== 0) return false;
  const mask = await mgf1(h, emLen - hLen - 1);
  const db = maskedDb.map((b, i) => b ^ mask[i]);
  db[0] &= topMask;
  const psLen = emLen - hLen - sLen - 2;
  for (let i = 0; i < psLen; i++) if (db[i] !== 0) return false;
  if (db[psLen] !== 0x01) return false;
  const salt = db.slice(db.length - sLen);
  const mHash = await sha384(message);
  const expected = await sha384(concat(new Uint8Array(8), mHash, salt));
  return expected.every((b, i) => b === h[i]);
}

// ---------------------------------------------------------------------------------------------------
// Keys

export function importBlindRsaPublicKey(jwk: BlindRsaPublicJwk): BlindRsaPublicKey {
  if (jwk.kty !== 'RSA') throw new BlindRsaError('INVALID_KEY');
  const n = os2ip(base64UrlToBytes(jwk.n));
  const e = os2ip(base64UrlToBytes(jwk.e));
  const modulusBits = bitLength(n);
  if (
    modulusBits < BLIND_RSA.minModulusBits ||
    modulusBits > BLIND_RSA.maxModulusBits ||
    n % 2n === 0n ||
    e < 3n ||
    e % 2n === 0n ||
    e >= n
  ) {
    throw new BlindRsaError('INVALID_KEY');
  }
  return { n, e, modulusBits, modulusLength: Math.ceil(modulusBits / 8) };
}

function keyOf(key: BlindRsaPublicKey | BlindRsaPublicJwk): BlindRsaPublicKey {
  return typeof key.n === 'bigint'
    ? (key as BlindRsaPublicKey)
    : importBlindRsaPublicKey(key as BlindRsaPublicJwk);
}

// ---------------------------------------------------------------------------------------------------
// The protocol (RFC 9474 §4). The optional `random` arguments exist for the RFC's test vectors; in use
// they are left out and every random value comes from crypto.getRandomValues.

/** PrepareRandomize (§4.1): a fresh 32-byte prefix, then the message. The result is what gets signed. */
export function blindRsaPrepare(message: Uint8Array, random?: { msgPrefix?: Uint8Array }): Bytes {
  const prefix = random?.msgPrefix ?? randomBytes(BLIND_RSA.prefixLength);
  if (prefix.length !== BLIND_RSA.prefixLength) throw new RangeError('msg_prefix must be 32 bytes');
  return concat(prefix, message);
}

export interface BlindingResult {
  /** sent to the API to be signed: kLen bytes */
  readonly blindedMessage: Bytes;
  /** kept on the device until the blind signature comes back (I2OSP of inv, kLen bytes) */
  readonly inv: Bytes;
}

/** Blind (§4.2): EMSA-PSS-ENCODE the prepared message, multiply by r^e mod n. */
export async function blindRsaBlind(
  key: BlindRsaPublicKey | BlindRsaPublicJwk,
  preparedMessage: Uint8Array,
  random?: { salt?: Uint8Array; inv?: Uint8Array },
): Promise<BlindingResult> {
  const pk = keyOf(key);
  const salt = random?.salt ?? randomBytes(BLIND_RSA.saltLength);
  if (salt.length !== BLIND_RSA.saltLength) throw new RangeError('salt must be 48 bytes');
  // emBits = modBits − 1, as RSASSA-PSS-SIGN passes it (RFC 8017 §8.1.1): Finalize verifies with
  // RSASSA-PSS-VERIFY, which decodes with the same, so nothing else would verify.
  const encoded = await emsaPssEncode(preparedMessage, pk.modulusBits - 1, salt);
  const m = os2ip(encoded);
  if (gcd(m, pk.n) !== 1n) throw new BlindRsaError('INVALID_INPUT');

  let r: bigint;
  let inv: bigint;
  if (random?.inv) {
    inv = os2ip(random.inv);
    const fromInv = modInverse(inv, pk.n);
    if (fromInv === null) throw new BlindRsaError('INVALID_BLIND');
    r = fromInv;
  } else {
    r = randomBelow(pk);
    const found = modInverse(r, pk.n);
    if (found === null) throw new BlindRsaError('INVALID_BLIND');
    inv = found;
  }
  const z = (m * modPow(r, pk.e, pk.n)) % pk.n;
  return { blindedMessage: i2osp(z, pk.modulusLength), inv: i2osp(inv, pk.modulusLength) };
}

/** random_integer_uniform(1, n) by rejection sampling on modBits random bits: under two draws on average. */
function randomBelow(pk: BlindRsaPublicKey): bigint {
  const topMask = 0xff >> (8 * pk.modulusLength - pk.modulusBits);
  for (;;) {
    const bytes = randomBytes(pk.modulusLength);
    bytes[0] &= topMask;
    const r = os2ip(bytes);
    if (r >= 1n && r < pk.n) return r;
  }
}

/** Finalize (§4.4): unblind with inv, then RSASSA-PSS-VERIFY; a signature that does not verify is refused. */
export async function blindRsaFinalize(
  key: BlindRsaPublicKey | BlindRsaPublicJwk,
  preparedMessage: Uint8Array,
  blindSignature: Uint8Array,
  inv: Uint8Array,
): Promise<Bytes> {
  const pk = keyOf(key);
  if (blindSignature.length !== pk.modulusLength) throw new BlindRsaError('UNEXPECTED_INPUT_SIZE');
  const s = (os2ip(blindSignature) * os2ip(inv)) % pk.n;
  const signature = i2osp(s, pk.modulusLength);
  if (!(await blindRsaVerify(pk, preparedMessage, signature))) {
    throw new BlindRsaError('INVALID_SIGNATURE');
  }
  return signature;
}

/** RSASSA-PSS-VERIFY (RFC 8017 §8.1.2) of a finalized signature over the prepared message. */
export async function blindRsaVerify(
  key: BlindRsaPublicKey | BlindRsaPublicJwk,
  preparedMessage: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const pk = keyOf(key);
  if (signature.length !== pk.modulusLength) return false;
  const s = os2ip(signature);
  if (s >= pk.n) return false;
  const m = modPow(s, pk.e, pk.n);
  const emBits = pk.modulusBits - 1;
  const emLen = Math.ceil(emBits / 8);
  if (bitLength(m) > emLen * 8) return false;
  return emsaPssVerify(preparedMessage, i2osp(m, emLen), emBits);
}

// ---------------------------------------------------------------------------------------------------
// The voting token: what the device keeps between the two steps, and what it sends with its ballot

/** Sent with a ballot, anonymously: the prepared message (32-byte prefix + the message) and its signature. */
export interface BlindToken {
  readonly message: string;
  readonly signature: string;
}

/** Kept on the device between asking for the signature and receiving it (never sent as such). */
export interface PendingBlindToken {
  readonly preparedMessage: Bytes;
  readonly blindedMessage: Bytes;
  readonly inv: Bytes;
}

/** Bytes of the token message chosen by the device: 32 random bytes, so the signer cannot guess it. */
export const BLIND_TOKEN_MESSAGE_LENGTH = 32;

/** Step 1 on the device: a fresh random token, prepared and blinded; send `blindedMessage` (base64url). */
export async function startBlindToken(
  key: BlindRsaPublicKey | BlindRsaPublicJwk,
  message: Uint8Array = randomBytes(BLIND_TOKEN_MESSAGE_LENGTH),
): Promise<PendingBlindToken> {
  const preparedMessage = blindRsaPrepare(message);
  const { blindedMessage, inv } = await blindRsaBlind(key, preparedMessage);
  return { preparedMessage, blindedMessage, inv };
}

/** Step 2 on the device: unblind the API's blind signature, check it, and give the token to vote with. */
export async function finishBlindToken(
  key: BlindRsaPublicKey | BlindRsaPublicJwk,
  pending: PendingBlindToken,
  blindSignature: Uint8Array,
): Promise<BlindToken> {
  const signature = await blindRsaFinalize(
    key,
    pending.preparedMessage,
    blindSignature,
    pending.inv,
  );
  return encodeBlindToken(pending.preparedMessage, signature);
}

export function encodeBlindToken(preparedMessage: Uint8Array, signature: Uint8Array): BlindToken {
  return { message: bytesToBase64Url(preparedMessage), signature: bytesToBase64Url(signature) };
}

/** Throws BlindRsaError('INVALID_ENCODING') on anything but base64url, or a message shorter than its prefix. */
export function decodeBlindToken(token: BlindToken): { message: Bytes; signature: Bytes } {
  const message = base64UrlToBytes(token.message);
  if (message.length < BLIND_RSA.prefixLength) throw new BlindRsaError('INVALID_ENCODING');
  return { message, signature: base64UrlToBytes(token.signature) };
}

/**
 * The token's stable id: hex SHA-256 of the prepared message. The API stores only this, under a unique
 * index, so a token is spent once; the signature stays out of it, so one issued token is one ballot
 * whatever signature bytes come with it.
 */
export async function blindTokenId(preparedMessage: Uint8Array): Promise<string> {
  const digest = await webCrypto().subtle.digest('SHA-256', new Uint8Array(preparedMessage));
  return toHex(new Uint8Array(digest));
}
