import {
  base64UrlToBytes,
  bytesToBase64Url,
  finishBlindToken,
  startBlindToken,
  type BlindRsaPublicJwk,
  type BlindToken,
} from '@thidua/shared-domain';

export type TokenPhase = 'prepare' | 'sign' | 'finish';

/**
 * A remote ballot (RFC 9474; ADR 0023): a fresh random token prepared and blinded on this device, the
 * blinded message signed by the API (`sign`, signed in: the API records that the member received a
 * ballot), the signature unblinded and verified here. The token never leaves the device until the
 * anonymous cast; the caller keeps it in memory only.
 */
export async function obtainBlindToken(
  key: BlindRsaPublicJwk,
  sign: (blindedMessage: string) => Promise<string>,
  onPhase: (phase: TokenPhase) => void = () => undefined,
): Promise<BlindToken> {
  onPhase('prepare');
  const pending = await startBlindToken(key);
  onPhase('sign');
  const blindSignature = await sign(bytesToBase64Url(pending.blindedMessage));
  onPhase('finish');
  return finishBlindToken(key, pending, base64UrlToBytes(blindSignature));
}
