import { createHash, createPrivateKey } from 'node:crypto';
import {
  blindTokenId,
  decodeBlindToken,
  finishBlindToken,
  startBlindToken,
} from '@thidua/shared-domain';
import {
  BLIND_SIGNING_MODULUS_BITS,
  BlindSignInputError,
  blindSign,
  blindSigningPublicJwk,
  generateBlindSigningKeys,
  verifyBlindToken,
  type BlindSigningKeys,
} from './blind-signer';

/**
 * RFC 9474 Appendix A.3 (RSABSSA-SHA384-PSS-Randomized), the values the server side touches; the whole
 * vector is exercised on the client side in libs/shared/domain/src/crypto/blind-rsa.spec.ts.
 */
const hex = (wrapped: string): string => wrapped.replace(/\s+/g, '');
const A3 = {
  p: hex(`e1f4d7a34802e27c7392a3cea32a262a34dc3691bd87f3f310dc756734889305
59c120fd0410194fb8a0da55bd0b81227e843fdca6692ae80e5a5d414116d4803fca
7d8c30eaaae57e44a1816ebb5c5b0606c536246c7f11985d731684150b63c9a3ad9e
41b04c0b5b27cb188a692c84696b742a80d3cd00ab891f2457443dadfeba6d6daf10
8602be26d7071803c67105a5426838e6889d77e8474b29244cefaf418e381b312048
b457d73419213063c60ee7b0d81820165864fef93523c9635c22210956e53a8d9632
2493ffc58d845368e2416e078e5bcb5d2fd68ae6acfa54f9627c42e84a9d3f277401
7e32ebca06308a12ecc290c7cd1156dcccfb2311`),
  q: hex(`c601a9caea66dc3835827b539db9df6f6f5ae77244692780cd334a006ab353c8
06426b60718c05245650821d39445d3ab591ed10a7339f15d83fe13f6a3dfb20b945
2c6a9b42eaa62a68c970df3cadb2139f804ad8223d56108dfde30ba7d367e9b0a7a8
0c4fdba2fd9dde6661fc73fc2947569d2029f2870fc02d8325acf28c9afa19ecf962
daa7916e21afad09eb62fe9f1cf91b77dc879b7974b490d3ebd2e95426057f35d0a3
c9f45f79ac727ab81a519a8b9285932d9b2e5ccd347e59f3f32ad9ca359115e7da00
8ab7406707bd0e8e185a5ed8758b5ba266e8828f8d863ae133846304a2936ad7bc7c
9803879d2fc4a28e69291d73dbd799f8bc238385`),
  d: hex(`d43242aefe1fb2c13fbc66e20b678c4336d20b1808c558b6e62ad16a28707718
0b177e1f01b12f9c6cd6c52630257ccef26a45135a990928773f3bd2fc01a313f1da
c97a51cec71cb1fd7efc7adffdeb05f1fb04812c924ed7f4a8269925dad88bd7dcfb
c4ef01020ebfc60cb3e04c54f981fdbd273e69a8a58b8ceb7c2d83fbcbd6f784d052
201b88a9848186f2a45c0d2826870733e6fd9aa46983e0a6e82e35ca20a439c5ee7b
502a9062e1066493bdadf8b49eb30d9558ed85abc7afb29b3c9bc644199654a46766
81af4babcea4e6f71fe4565c9c1b85d9985b84ec1abf1a820a9bbebee0df1398aae2
c85ab580a9f13e7743afd3108eb32100b870648fa6bc17e8abac4d3c99246b1f0ea9
f7f93a5dd5458c56d9f3f81ff2216b3c3680a13591673c43194d8e6fc93fc1e37ce2
986bd628ac48088bc723d8fbe293861ca7a9f4a73e9fa63b1b6d0074f5dea2a624c5
249ff3ad811b6255b299d6bc5451ba7477f19c5a0db690c3e6476398b1483d10314a
fd38bbaf6e2fbdbcd62c3ca9797a420ca6034ec0a83360a3ee2adf4b9d4ba29731d1
31b099a38d6a23cc463db754603211260e99d19affc902c915d7854554aabf608e3a
c52c19b8aa26ae042249b17b2d29669b5c859103ee53ef9bdc73ba3c6b537d5c34b6
d8f034671d7f3a8a6966cc4543df223565343154140fd7391c7e7be03e241f4ecfeb
877a051`),
  msg: '8f3dc6fb8c4a02f4d6352edf0907822c1210a9b32f9bdda4c45a698c80023aa6b59f8cfec5fdbb36331372ebefedae7d',
  msgPrefix: '8417e699b219d583fb6216ae0c53ca0e9723442d02f1d1a34295527e7d929e8b',
  blindedMsg: hex(`aa3ee045138d874669685ffaef962c7694a9450aa9b4fd6465db9b3b75a522bb
921c4c0fdcdfae9667593255099cff51f5d3fd65e8ffb9d3b3036252a6b51b6e
dfb3f40382b2bbf34c0055e4cbcc422850e586d84f190cd449af11dc65545f5f
e26fd89796eb87da4bda0c545f397cddfeeb56f06e28135ec74fd477949e7677
f6f36cfae8fd5c1c5898b03b9c244cf6d1a4fb7ad1cb43aff5e80cb462fac541
e72f67f0a50f1843d1759edfaae92d1a916d3f0efaf4d650db416c3bf8abdb54
14a78cebc97de676723cb119e77aea489f2bbf530c440ebc5a75dccd3ebf5a41
2a5f346badd61bee588e5917bdcce9dc33c882e39826951b0b8276c620397194
7072b726e935816056ff5cb11a71ca2946478584126bb877acdf87255f26e6cc
a4e0878801307485d3b7bb89b289551a8b65a7a6b93db010423d1406e149c877
31910306e5e410b41d4da3234624e74f92845183e323cf7eb244f212a695f885
6c675fbc3a021ce649e22c6f0d053a9d238841cf3afdc2739f99672a419ae13c
17f1f8a3bc302ec2e7b98e8c353898b7150ad8877ec841ea6e4b288064c254fe
fd0d049c3ad196bf7ffa535e74585d0120ce728036ed500942fbd5e6332c298f
1ffebe9ff60c1e117b274cf0cb9d70c36ee4891528996ec1ed0b178e9f3c0c0e
6120885f39e8ccaadbb20f3196378c07b1ff22d10049d3039a7a92fe7efdd95d`),
  blindSig: hex(`3f4a79eacd4445fca628a310d41e12fcd813c4d43aa4ef2b81226953248d6d00
adfee6b79cb88bfa1f99270369fd063c023e5ed546719b0b2d143dd1bca46b0e
0e615fe5c63d95c5a6b873b8b50bc52487354e69c3dfbf416e7aca18d5842c89
b676efdd38087008fa5a810161fcdec26f20ccf2f1e6ab0f9d2bb93e051cb9e8
6a9b28c5bb62fd5f5391379f887c0f706a08bcc3b9e7506aaf02485d688198f5
e22eefdf837b2dd919320b17482c5cc54271b4ccb41d267629b3f844fd63750b
01f5276c79e33718bb561a152acb2eb36d8be75bce05c9d1b94eb609106f3822
6fb2e0f5cd5c5c39c59dda166862de498b8d92f6bcb41af433d65a2ac23da87f
39764cb64e79e74a8f4ce4dd567480d967cefac46b6e9c06434c371563583435
7edd2ce6f105eea854ac126ccfa3de2aac5607565a4e5efaac5eed491c335f6f
c97e6eb7e9cea3e12de38dfb315220c0a3f84536abb2fdd722813e083feda010
391ac3d8fd1cd9212b5d94e634e69ebcc800c4d5c4c1091c64afc37acf563c7f
c0a6e4c082bc55544f50a7971f3fb97d5853d72c3af34ffd5ce123998be5360d
1059820c66a81e1ee6d9c1803b5b62af6bc877526df255b6d1d835d8c840bebb
cd6cc0ee910f17da37caf8488afbc08397a1941fcc79e76a5888a95b3d5405e1
3f737bea5c78d716a48eb9dc0aec8de39c4b45c6914ad4a8185969f70b1adf46`),
  sig: hex(`191e941c57510e22d29afad257de5ca436d2316221fe870c7cb75205a6c071c2
735aed0bc24c37f3d5bd960ab97a829a508f966bbaed7a82645e65eadaf24ab5
e6d9421392c5b15b7f9b640d34fec512846a3100b80f75ef51064602118c1a77
d28d938f6efc22041d60159a518d3de7c4d840c9c68109672d743d299d8d2577
ef60c19ab463c716b3fa75fa56f5735349d414a44df12bf0dd44aa3e10822a65
1ed4cb0eb6f47c9bd0ef14a034a7ac2451e30434d513eb22e68b7587a8de9b4e
63a059d05c8b22c7c51e2cfee2d8bef511412e93c859a13726d87c57d1bc4c2e
68ab121562f839c3a3d233e87ed63c69b7e57525367753fbebcc2a9805a28026
59f5888b2c69115bf865559f10d906c09d048a0d71bfee4b33857393ec2b69e4
51433496d02c9a7910abb954317720bbde9e69108eafc3e90bad3d5ca4066d7b
1e49013fa04e948104a1dd82b12509ecb146e948c54bd8bfb5e6d18127cd1f7a
93c3cf9f2d869d5a78878c03fe808a0d799e910be6f26d18db61c485b303631d
3568368fc41986d08a95ea6ac0592240c19d7b22416b9c82ae6241e211dd5610
d0baaa9823158f9c32b66318f5529491b7eeadcaa71898a63bac9d95f4aa548d
5e97568d744fc429104e32edd9c87519892a198a30d333d427739ffb9607b092
e910ae37771abf2adb9f63bc058bf58062ad456cb934679795bbdfcdfad5e0f2`),
};

const big = (h: string): bigint => BigInt(`0x${h}`);
const b64u = (x: bigint): string => {
  const h = x.toString(16);
  return Buffer.from(h.length % 2 ? `0${h}` : h, 'hex').toString('base64url');
};
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));
const hexOf = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** The vector's private key as PKCS#8 PEM, the form the API stores (CRT parameters derived here). */
function vectorPrivatePem(): string {
  const [p, q, d] = [big(A3.p), big(A3.q), big(A3.d)];
  const modInverse = (a: bigint, m: bigint): bigint => {
    let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
    while (r1 !== 0n) {
      const k = r0 / r1;
      [r0, r1, s0, s1] = [r1, r0 - k * r1, s1, s0 - k * s1];
    }
    return ((s0 % m) + m) % m;
  };
  const key = createPrivateKey({
    key: {
      kty: 'RSA',
      n: b64u(p * q),
      e: b64u(65537n),
      d: b64u(d),
      p: b64u(p),
      q: b64u(q),
      dp: b64u(d % (p - 1n)),
      dq: b64u(d % (q - 1n)),
      qi: b64u(modInverse(q, p)),
    },
    format: 'jwk',
  });
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function refusal(fn: () => unknown): BlindSignInputError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof BlindSignInputError) return error;
    throw error;
  }
  return undefined;
}

describe('blind signer: RFC 9474 Appendix A.3 vector', () => {
  const pem = vectorPrivatePem();
  const publicJwk = blindSigningPublicJwk(pem);

  it('BlindSign of the vector blinded_msg gives the vector blind_sig', () => {
    expect(hexOf(blindSign(pem, bytes(A3.blindedMsg)))).toBe(A3.blindSig);
  });

  it('verifies the vector sig over the prepared message, and not over msg alone', () => {
    const prepared = bytes(A3.msgPrefix + A3.msg);
    expect(verifyBlindToken(publicJwk, prepared, bytes(A3.sig))).toBe(true);
    expect(verifyBlindToken(publicJwk, bytes(A3.msg), bytes(A3.sig))).toBe(false);
  });

  it('refuses a blinded message not below n, or of the wrong size, as bad input', () => {
    const n = Buffer.from(publicJwk.n, 'base64url');
    const atN = refusal(() => blindSign(pem, n));
    expect(atN?.reason).toBe('OUT_OF_RANGE');
    expect(atN?.code).toBe('BAD_USER_INPUT');
    expect(refusal(() => blindSign(pem, new Uint8Array(n.length).fill(0xff)))?.reason).toBe(
      'OUT_OF_RANGE',
    );
    expect(refusal(() => blindSign(pem, bytes(A3.blindedMsg).slice(1)))?.reason).toBe('LENGTH');
    expect(refusal(() => blindSign(pem, new Uint8Array(n.length + 1)))?.reason).toBe('LENGTH');
    const belowN = Buffer.from(n);
    belowN[belowN.length - 1] -= 1;
    expect(refusal(() => blindSign(pem, belowN))).toBeUndefined();
  });
});

describe('blind signer: a round, client and server', () => {
  let round: BlindSigningKeys;
  let otherRound: BlindSigningKeys;

  // key generation is random work (about 1 s at 3072 bits here, sometimes several): not a timing test
  beforeAll(async () => {
    // both 3072 bits, so the wrong-key check runs PSS verification rather than stopping at the size
    [round, otherRound] = await Promise.all([
      generateBlindSigningKeys(),
      generateBlindSigningKeys(),
    ]);
  }, 60_000);

  it('generates a 3072-bit key whose stored PEM gives back the published JWK', () => {
    expect(BLIND_SIGNING_MODULUS_BITS).toBe(3072);
    expect(Buffer.from(round.publicJwk.n, 'base64url')).toHaveLength(384);
    expect(round.publicJwk.e).toBe('AQAB');
    expect(round.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(blindSigningPublicJwk(round.privatePem)).toEqual(round.publicJwk);
  });

  it('a member blinds on the device, the API signs blind, the ballot token verifies', async () => {
    const pending = await startBlindToken(round.publicJwk);
    const token = await finishBlindToken(
      round.publicJwk,
      pending,
      blindSign(round.privatePem, pending.blindedMessage),
    );
    const { message, signature } = decodeBlindToken(token);
    expect(hexOf(message)).toBe(hexOf(pending.preparedMessage));
    expect(verifyBlindToken(round.publicJwk, message, signature)).toBe(true);
    expect(await blindTokenId(message)).toBe(createHash('sha256').update(message).digest('hex'));
  });

  it('refuses a tampered message or signature', async () => {
    const pending = await startBlindToken(round.publicJwk);
    const token = await finishBlindToken(
      round.publicJwk,
      pending,
      blindSign(round.privatePem, pending.blindedMessage),
    );
    const { message, signature } = decodeBlindToken(token);
    const changedMessage = Uint8Array.from(message);
    changedMessage[40] ^= 0x01;
    const changedSignature = Uint8Array.from(signature);
    changedSignature[10] ^= 0x80;
    expect(verifyBlindToken(round.publicJwk, changedMessage, signature)).toBe(false);
    expect(verifyBlindToken(round.publicJwk, message, changedSignature)).toBe(false);
    expect(verifyBlindToken(round.publicJwk, message, signature.slice(1))).toBe(false);
    expect(verifyBlindToken(round.publicJwk, message.slice(32), signature)).toBe(false);
  });

  it("refuses a token signed with another round's key", async () => {
    const pending = await startBlindToken(otherRound.publicJwk);
    const token = await finishBlindToken(
      otherRound.publicJwk,
      pending,
      blindSign(otherRound.privatePem, pending.blindedMessage),
    );
    const { message, signature } = decodeBlindToken(token);
    expect(verifyBlindToken(otherRound.publicJwk, message, signature)).toBe(true);
    expect(verifyBlindToken(round.publicJwk, message, signature)).toBe(false);
  });
});
