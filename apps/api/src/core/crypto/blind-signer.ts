/**
 * RSA blind signatures, RFC 9474 RSABSSA-SHA384-PSS-Randomized: the server half (issue 12, "Remote";
 * domain reference §12). Each voting round has its own key pair: the round row keeps the private key
 * (PKCS#8 PEM) until the round closes and publishes the public key as a JWK; a member who signed in
 * sends a blinded message, gets `blindSign` back once per round, and later votes anonymously with
 * { message, signature }, which `verifyBlindToken` checks. The client half is in
 * libs/shared/domain/src/crypto/blind-rsa.ts.
 *
 * RSASP1 is OpenSSL's (`privateDecrypt` with RSA_NO_PADDING: the raw private-key operation, with
 * OpenSSL's own RSA blinding against timing attacks, RFC 9474 §7.1), so the private key never meets
 * BigInt arithmetic.
 */
import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  privateDecrypt,
  publicEncrypt,
  verify,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';
import { BLIND_RSA, type BlindRsaPublicJwk } from '@thidua/shared-domain';
import { AppError } from '../errors/app-error';

/**
 * 3072 bits (≈128-bit security, NIST SP 800-57) because it is cheap enough: measured on this 2-core
 * Xeon VM, blindSign from the stored PEM (parse, RSASP1, the RSAVP1 check) takes 2.7 ms at 3072 bits
 * (1.0 ms at 2048); 1.6 ms with the key already parsed. Generating the pair takes about 1 s (random,
 * sometimes several), hence the asynchronous generator below.
 */
export const BLIND_SIGNING_MODULUS_BITS = 3072;

export interface BlindSigningKeys {
  /** published to the members' devices (RFC 7517: n and e base64url) */
  readonly publicJwk: BlindRsaPublicJwk;
  /** kept in the round row until the round closes (PKCS#8 PEM, unencrypted) */
  readonly privatePem: string;
}

/** A blinded message the API must refuse: the wrong size, or not below the modulus (RSASP1's range). */
export class BlindSignInputError extends AppError {
  constructor(readonly reason: 'LENGTH' | 'OUT_OF_RANGE') {
    const message =
      reason === 'LENGTH'
        ? 'Yêu cầu ký mù có độ dài không đúng với khoá của phiên bỏ phiếu.'
        : 'Yêu cầu ký mù không hợp lệ với khoá của phiên bỏ phiếu.';
    super('BAD_USER_INPUT', message, { blindedMessage: [message] }, { reason });
    this.name = 'BlindSignInputError';
  }
}

const generateKeyPairAsync = promisify(generateKeyPair);

/**
 * A fresh key pair for one round. Off the event loop: a 3072-bit generation blocks for a second or more,
 * which `generateKeyPairSync` would impose on every request in flight.
 */
export async function generateBlindSigningKeys(
  modulusLength: number = BLIND_SIGNING_MODULUS_BITS,
): Promise<BlindSigningKeys> {
  const { privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength,
    publicExponent: 0x10001,
  });
  return {
    publicJwk: blindSigningPublicJwk(privateKey),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** The public half of a stored private key, as published to the devices. */
export function blindSigningPublicJwk(privateKey: string | KeyObject): BlindRsaPublicJwk {
  return jwkOf(createPublicKey(toPrivateKey(privateKey)));
}

/**
 * BlindSign (RFC 9474 §4.3): RSASP1 of the blinded message, then RSAVP1 of the result must give it
 * back (step 3: a faulty private-key operation would otherwise leak the key, §7.1). Throws
 * BlindSignInputError for a message that is not kLen bytes or not below n; a failed self-check is an
 * internal error (nothing the client sent can cause it).
 */
export function blindSign(privateKey: string | KeyObject, blindedMessage: Uint8Array): Uint8Array {
  const key = toPrivateKey(privateKey);
  const publicKey = createPublicKey(key);
  const n = Buffer.from(jwkOf(publicKey).n, 'base64url');
  const m = Buffer.from(blindedMessage);
  if (m.length !== n.length) throw new BlindSignInputError('LENGTH');
  // same length, big-endian: byte order is numeric order
  if (Buffer.compare(m, n) >= 0) throw new BlindSignInputError('OUT_OF_RANGE');

  const s = leftPad(privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, m), n.length);
  const check = publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, s);
  if (!leftPad(check, n.length).equals(m))
    throw new Error('RSA blind signing failed its self-check');
  return new Uint8Array(s);
}

/**
 * The API's check of a ballot's token: RSASSA-PSS-VERIFY with SHA-384, MGF1-SHA-384 and a 48-byte salt
 * over the prepared message (32-byte prefix + the device's message), under this round's key only.
 */
export function verifyBlindToken(
  publicJwk: BlindRsaPublicJwk,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  const key = createPublicKey({
    key: { kty: publicJwk.kty, n: publicJwk.n, e: publicJwk.e },
    format: 'jwk',
  });
  const modulusLength = Math.ceil((key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
  if (signature.length !== modulusLength || message.length < BLIND_RSA.prefixLength) return false;
  return verify(
    'sha384',
    message,
    { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: BLIND_RSA.saltLength },
    signature,
  );
}

function toPrivateKey(privateKey: string | KeyObject): KeyObject {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  if (key.type !== 'private' || key.asymmetricKeyType !== 'rsa') {
    throw new Error('Blind-signing key is not an RSA private key');
  }
  return key;
}

function jwkOf(publicKey: KeyObject): BlindRsaPublicJwk {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) throw new Error('Blind-signing key is not an RSA key');
  return { kty: 'RSA', n: jwk.n, e: jwk.e };
}

function leftPad(bytes: Buffer, length: number): Buffer {
  return bytes.length >= length
    ? bytes
    : Buffer.concat([Buffer.alloc(length - bytes.length), bytes]);
}
