import { describe, expect, it } from 'vitest';
import {
  BLIND_RSA,
  BlindRsaError,
  base64UrlToBytes,
  blindRsaBlind,
  blindRsaFinalize,
  blindRsaPrepare,
  blindRsaVerify,
  blindTokenId,
  bytesToBase64Url,
  decodeBlindToken,
  encodeBlindToken,
  finishBlindToken,
  i2osp,
  importBlindRsaPublicKey,
  os2ip,
  startBlindToken,
  type BlindRsaPublicJwk,
} from './blind-rsa';
import { RFC9474_PSS_RANDOMIZED as V } from './rfc9474-vector';

const fromHex = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

const jwk: BlindRsaPublicJwk = {
  kty: 'RSA',
  n: bytesToBase64Url(fromHex(V.n)),
  e: bytesToBase64Url(fromHex(`0${V.e}`)),
};
const key = importBlindRsaPublicKey(jwk);

/** The signer's side, played with the vector's private exponent (the API does it with node:crypto). */
function rsasp1(blinded: Uint8Array): Uint8Array {
  const n = BigInt(`0x${V.n}`);
  let [result, base, e] = [1n, os2ip(blinded) % n, BigInt(`0x${V.d}`)];
  while (e > 0n) {
    if (e & 1n) result = (result * base) % n;
    base = (base * base) % n;
    e >>= 1n;
  }
  return i2osp(result, key.modulusLength);
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] ^= 0x01;
  return copy;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof BlindRsaError ? error.code : String(error);
  }
  return 'resolved';
}

describe('RFC 9474 Appendix A: RSABSSA-SHA384-PSS-Randomized', () => {
  it('reads the vector key from its JWK', () => {
    expect(key.modulusBits).toBe(4096);
    expect(key.modulusLength).toBe(512);
    expect(key.n).toBe(BigInt(`0x${V.n}`));
    expect(key.e).toBe(65537n);
  });

  it('Prepare puts msg_prefix before the message', () => {
    const prepared = blindRsaPrepare(fromHex(V.msg), { msgPrefix: fromHex(V.msgPrefix) });
    expect(toHex(prepared)).toBe(V.preparedMsg);
  });

  it('Blind with the vector salt and inv gives the vector blinded_msg', async () => {
    const { blindedMessage, inv } = await blindRsaBlind(key, fromHex(V.preparedMsg), {
      salt: fromHex(V.salt),
      inv: fromHex(V.inv),
    });
    expect(toHex(blindedMessage)).toBe(V.blindedMsg);
    expect(toHex(inv)).toBe(V.inv);
  });

  it('the vector blind_sig is RSASP1 of blinded_msg (the signer step, checked independently)', () => {
    expect(toHex(rsasp1(fromHex(V.blindedMsg)))).toBe(V.blindSig);
  });

  it('Finalize unblinds blind_sig into the vector sig, which verifies', async () => {
    const sig = await blindRsaFinalize(
      jwk,
      fromHex(V.preparedMsg),
      fromHex(V.blindSig),
      fromHex(V.inv),
    );
    expect(toHex(sig)).toBe(V.sig);
    expect(await blindRsaVerify(key, fromHex(V.preparedMsg), fromHex(V.sig))).toBe(true);
  });

  it('Verify refuses a changed message, prefix or signature, and a signature of the wrong size', async () => {
    const msg = fromHex(V.preparedMsg);
    const sig = fromHex(V.sig);
    expect(await blindRsaVerify(key, flipped(msg, msg.length - 1), sig)).toBe(false);
    expect(await blindRsaVerify(key, flipped(msg, 0), sig)).toBe(false);
    expect(await blindRsaVerify(key, fromHex(V.msg), sig)).toBe(false);
    expect(await blindRsaVerify(key, msg, flipped(sig, 100))).toBe(false);
    expect(await blindRsaVerify(key, msg, sig.slice(1))).toBe(false);
    expect(await blindRsaVerify(key, msg, i2osp(key.n, key.modulusLength))).toBe(false);
  });

  it('Finalize refuses a tampered blind signature and one of the wrong size', async () => {
    const msg = fromHex(V.preparedMsg);
    const inv = fromHex(V.inv);
    expect(await codeOf(blindRsaFinalize(key, msg, flipped(fromHex(V.blindSig), 7), inv))).toBe(
      'INVALID_SIGNATURE',
    );
    expect(await codeOf(blindRsaFinalize(key, msg, fromHex(V.blindSig).slice(1), inv))).toBe(
      'UNEXPECTED_INPUT_SIZE',
    );
    expect(await codeOf(blindRsaFinalize(key, flipped(msg, 40), fromHex(V.blindSig), inv))).toBe(
      'INVALID_SIGNATURE',
    );
  });
});

describe('blind signatures with fresh randomness', () => {
  it('prepares with a new 32-byte prefix each time', () => {
    const msg = new TextEncoder().encode('phiếu');
    const a = blindRsaPrepare(msg);
    const b = blindRsaPrepare(msg);
    expect(a.length).toBe(BLIND_RSA.prefixLength + msg.length);
    expect(toHex(a.slice(32))).toBe(toHex(msg));
    expect(toHex(a.slice(0, 32))).not.toBe(toHex(b.slice(0, 32)));
  });

  it('blinds the same message differently each time, and both unblind to valid signatures', async () => {
    const prepared = blindRsaPrepare(new TextEncoder().encode('token'));
    const one = await blindRsaBlind(key, prepared);
    const two = await blindRsaBlind(key, prepared);
    expect(toHex(one.blindedMessage)).not.toBe(toHex(two.blindedMessage));
    expect(one.blindedMessage.length).toBe(key.modulusLength);
    for (const { blindedMessage, inv } of [one, two]) {
      const sig = await blindRsaFinalize(key, prepared, rsasp1(blindedMessage), inv);
      expect(await blindRsaVerify(key, prepared, sig)).toBe(true);
    }
  });

  it('runs the device flow: start, signer, finish, then the token decodes and verifies', async () => {
    const pending = await startBlindToken(jwk);
    expect(pending.preparedMessage.length).toBe(32 + 32);
    const token = await finishBlindToken(jwk, pending, rsasp1(pending.blindedMessage));
    const { message, signature } = decodeBlindToken(token);
    expect(toHex(message)).toBe(toHex(pending.preparedMessage));
    expect(await blindRsaVerify(key, message, signature)).toBe(true);
  });

  it('refuses a blind signature made for another blinded message', async () => {
    const a = await startBlindToken(key);
    const b = await startBlindToken(key);
    expect(await codeOf(finishBlindToken(key, a, rsasp1(b.blindedMessage)))).toBe(
      'INVALID_SIGNATURE',
    );
  });
});

describe('keys', () => {
  it('refuses a key that is not RSA, too small, or with an even exponent', () => {
    const code = (k: BlindRsaPublicJwk): string => {
      try {
        importBlindRsaPublicKey(k);
        return 'accepted';
      } catch (error) {
        return error instanceof BlindRsaError ? error.code : String(error);
      }
    };
    expect(code({ ...jwk, kty: 'EC' as 'RSA' })).toBe('INVALID_KEY');
    expect(code({ ...jwk, n: bytesToBase64Url(fromHex(V.n).slice(0, 128)) })).toBe('INVALID_KEY');
    expect(code({ ...jwk, e: bytesToBase64Url(Uint8Array.of(1, 0, 0)) })).toBe('INVALID_KEY');
    expect(code({ ...jwk, n: `${jwk.n}+` })).toBe('INVALID_ENCODING');
  });
});

describe('encodings', () => {
  it('I2OSP keeps leading zeros and refuses an integer that does not fit; OS2IP reads them back', () => {
    expect(toHex(i2osp(0x0102n, 4))).toBe('00000102');
    expect(os2ip(Uint8Array.of(0, 0, 1, 2))).toBe(0x0102n);
    expect(os2ip(new Uint8Array(0))).toBe(0n);
    expect(() => i2osp(0x010000n, 2)).toThrow(RangeError);
  });

  it('base64url matches RFC 4648 §10 and reads back every length', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    expect(
      ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => bytesToBase64Url(ascii(s))),
    ).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(bytesToBase64Url(Uint8Array.of(0xfb, 0xff, 0xbf))).toBe('-_-_');
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let len = 0; len <= 7; len++) {
      expect(toHex(base64UrlToBytes(bytesToBase64Url(all.slice(250 - len, 250))))).toBe(
        toHex(all.slice(250 - len, 250)),
      );
    }
  });

  it('base64url refuses padding, the standard alphabet, a lone character and stray trailing bits', () => {
    for (const bad of ['Zg==', '+/+/', 'Z', 'Zh', 'Zm9']) {
      expect(() => base64UrlToBytes(bad), bad).toThrow(BlindRsaError);
    }
  });
});

describe('voting token', () => {
  it('encodes and decodes { message, signature } as base64url', () => {
    const message = Uint8Array.from({ length: 64 }, (_, i) => i);
    const signature = Uint8Array.from({ length: 384 }, (_, i) => 255 - (i % 256));
    const token = encodeBlindToken(message, signature);
    expect(token.message).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodeBlindToken(token);
    expect(toHex(decoded.message)).toBe(toHex(message));
    expect(toHex(decoded.signature)).toBe(toHex(signature));
  });

  it('refuses a token whose message is shorter than its 32-byte prefix', () => {
    const token = encodeBlindToken(new Uint8Array(31), new Uint8Array(384));
    expect(() => decodeBlindToken(token)).toThrow(BlindRsaError);
  });

  it('identifies a token by the hex SHA-256 of its prepared message', async () => {
    // FIPS 180-2 example: SHA-256("abc")
    expect(await blindTokenId(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
