import { parseApiKey, randomKeyPrefix, randomToken, sameHash, sha256 } from './crypto';

describe('API keys', () => {
  it('parse what they generate, secrets containing "_" included', () => {
    const prefix = randomKeyPrefix();
    expect(prefix).toMatch(/^thd_[a-z2-9]{10}$/);
    const secret = `${randomToken()}_x-y`;
    expect(parseApiKey(`${prefix}_${secret}`)).toEqual({ keyPrefix: prefix, secret });
  });

  it('reject anything else', () => {
    expect(parseApiKey('abc')).toBeNull();
    expect(parseApiKey('thd_short_secret')).toBeNull();
    expect(parseApiKey(`${randomKeyPrefix()}_tooshort`)).toBeNull();
  });

  it('compare hashes in constant time and exactly', () => {
    expect(sameHash(sha256('a'), sha256('a'))).toBe(true);
    expect(sameHash(sha256('a'), sha256('b'))).toBe(false);
    expect(sameHash(sha256('a'), 'abcd')).toBe(false);
  });
});
