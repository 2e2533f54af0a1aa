import { base64UrlToBytes, bytesToBase64Url, i2osp, os2ip } from '@thidua/shared-domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { findButton, getButton } from '../../../test/antd';
import { makeViewer } from '../../../test/fixtures';
import { gqlError, mockGraphql } from '../../../test/mockGraphql';
import { renderApp } from '../../../test/renderApp';

const PAGE = '/hoi-dong/phien/session-1/vong/round-1/bo-phieu';

/**
 * The round's blind-signing key (Web Crypto, as the browser has it) and the API's half of RFC 9474
 * done the way apps/api/src/core/crypto/blind-signer.ts does it: RSASP1, the raw private-key power
 * of the blinded message, no padding. 2048 bits rather than the API's 3072: the same protocol, a
 * faster test. The cast token is then checked by Web Crypto's own RSA-PSS (SHA-384, 48-byte salt),
 * independently of the blind-rsa code the page uses.
 */
let jwk: JsonWebKey;
let publicKey: CryptoKey;

beforeAll(async () => {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSA-PSS',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-384',
    },
    true,
    ['sign', 'verify'],
  );
  jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  publicKey = pair.publicKey;
});

const big = (b64url: string | undefined) => os2ip(base64UrlToBytes(String(b64url)));

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

/** RSASP1: s = m^d mod n, as kLen bytes. */
function blindSign(blindedMessage: string): string {
  const n = big(jwk.n);
  const length = base64UrlToBytes(String(jwk.n)).length;
  return bytesToBase64Url(i2osp(modPow(big(blindedMessage), big(jwk.d), n), length));
}

function verifies(token: { message: string; signature: string }): Promise<boolean> {
  return crypto.subtle.verify(
    { name: 'RSA-PSS', saltLength: 48 },
    publicKey,
    base64UrlToBytes(token.signature),
    base64UrlToBytes(token.message),
  );
}

const round = (overrides: Record<string, unknown> = {}) => ({
  data: {
    councilVotingRound: {
      id: 'round-1',
      sessionId: 'session-1',
      number: 1,
      title: 'Phiên họp xét khen thưởng năm 2025 — bỏ phiếu vòng 1',
      mode: 'REMOTE',
      status: 'OPEN',
      threshold: null,
      members: 5,
      blindKey: { kty: 'RSA', n: String(jwk.n), e: String(jwk.e) },
      candidates: [
        { id: 'a-1', candidateName: 'Nguyễn Văn An', awardName: 'Chiến sĩ thi đua cơ sở' },
        { id: 'a-2', candidateName: 'Trần Thị Bình', awardName: 'Lao động tiên tiến' },
      ],
      ...overrides,
    },
  },
});

function initOf(operationName: string): RequestInit | undefined {
  const calls = vi.mocked(fetch).mock.calls as [unknown, RequestInit | undefined][];
  return calls.find(
    ([, init]) =>
      (JSON.parse(String(init?.body)) as { operationName?: string }).operationName ===
      operationName,
  )?.[1];
}

const choose = (candidate: RegExp, choice: 'Đồng ý' | 'Không đồng ý') =>
  fireEvent.click(
    within(screen.getByRole('group', { name: candidate })).getByRole('radio', { name: choice }),
  );

describe('Bỏ phiếu từ xa — a blind-signed ballot cast without the session', () => {
  it('blinds a fresh token, has it signed, unblinds it and casts it credential-less with a token that verifies', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer([]) } },
      MemberVotingRound: round(),
      IssueCouncilVotingToken: (v) => ({
        data: {
          issueCouncilVotingToken: {
            blindSignature: blindSign((v.input as { blindedMessage: string }).blindedMessage),
          },
        },
      }),
      CastCouncilBallot: { data: { castCouncilBallot: { choices: 2 } } },
    });
    renderApp(PAGE);

    expect(
      await screen.findByText(
        'Phiên họp xét khen thưởng năm 2025 — bỏ phiếu vòng 1',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Được thông qua khi quá nửa số thành viên biểu quyết đồng ý.'),
    ).toBeTruthy();
    fireEvent.click(getButton('Nhận phiếu bầu'));
    expect(
      await screen.findByText(
        'Đã nhận phiếu bầu hợp lệ (chữ ký đã được kiểm tra trên thiết bị này).',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    const issued = api.callsOf('IssueCouncilVotingToken');
    expect(issued).toHaveLength(1);
    const { roundId, blindedMessage } = issued[0]?.variables['input'] as {
      roundId: string;
      blindedMessage: string;
    };
    expect(roundId).toBe('round-1');
    // the issuance is the signed-in request: with the session cookie
    expect(initOf('IssueCouncilVotingToken')?.credentials).toBe('same-origin');

    choose(/Nguyễn Văn An/, 'Đồng ý');
    choose(/Trần Thị Bình/, 'Không đồng ý');
    fireEvent.click(getButton('Tiếp tục'));
    fireEvent.click(await findButton('Xác nhận bỏ phiếu'));
    expect(await screen.findByText('Đã ghi nhận phiếu')).toBeTruthy();

    const cast = api.callsOf('CastCouncilBallot');
    expect(cast).toHaveLength(1);
    const input = cast[0]?.variables['input'] as {
      roundId: string;
      credential: { code?: string; token: { message: string; signature: string } };
      choices: unknown[];
    };
    expect(input.roundId).toBe('round-1');
    expect(input.choices).toEqual([
      { agendaItemId: 'a-1', choice: 'AGREE' },
      { agendaItemId: 'a-2', choice: 'DISAGREE' },
    ]);
    expect(Object.keys(input.credential)).toEqual(['token']);
    // a 32-byte prefix and a 32-byte random message; the signature verifies under the round's key
    expect(base64UrlToBytes(input.credential.token.message)).toHaveLength(64);
    expect(await verifies(input.credential.token)).toBe(true);
    // the server signed a blinded value: neither the token nor its signature is what it saw
    expect(blindedMessage).not.toBe(input.credential.token.message);
    expect(blindSign(blindedMessage)).not.toBe(input.credential.token.signature);
    // ADR 0023: the cast goes without the session cookie
    expect(initOf('CastCouncilBallot')?.credentials).toBe('omit');
  }, 60_000);

  it('says so when the member already received a ballot, and casts nothing', async () => {
    const api = mockGraphql({
      Me: { data: { me: makeViewer([]) } },
      MemberVotingRound: round(),
      IssueCouncilVotingToken: gqlError(
        'BAD_USER_INPUT',
        'Bạn đã nhận phiếu bầu của vòng bỏ phiếu này.',
        { fields: { roundId: ['Bạn đã nhận phiếu bầu của vòng bỏ phiếu này.'] } },
      ),
    });
    renderApp(PAGE);

    fireEvent.click(await findButton('Nhận phiếu bầu'));
    expect(
      await screen.findByText(
        'Bạn đã nhận phiếu bầu của vòng bỏ phiếu này.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(screen.getByText('Chưa nhận được phiếu bầu')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Nguyễn Văn An/ })).toBeNull();
    expect(api.callsOf('CastCouncilBallot')).toHaveLength(0);
  }, 60_000);

  it('refuses a round that is not remote or no longer open', async () => {
    mockGraphql({
      Me: { data: { me: makeViewer([]) } },
      MemberVotingRound: round({ status: 'CLOSED' }),
    });
    renderApp(PAGE);
    expect(
      await screen.findByText(
        'Vòng bỏ phiếu đã đóng: không bỏ phiếu được.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nhận phiếu bầu' })).toBeNull();
  }, 60_000);
});
