import { DUMMY_HASH, PasswordService } from './password.service';

describe('PasswordService', () => {
  const service = new PasswordService();

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await service.hash('thidua2025');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await service.hash('thidua2025')).not.toBe(hash); // salted
    await expect(service.verify(hash, 'thidua2025')).resolves.toBe(true);
    await expect(service.verify(hash, 'thidua2026')).resolves.toBe(false);
  });

  it("verifies an unknown user's attempt against a hash made with the same parameters", async () => {
    const parameters = (hash: string) => hash.split('$').slice(0, 4);
    expect(parameters(DUMMY_HASH)).toEqual(parameters(await service.hash('thidua2025')));
    expect(DUMMY_HASH.split('$')[5]).toHaveLength(43); // 32 bytes, as `hash` makes them
  });

  it('never accepts an unknown user, and tolerates a corrupt hash', async () => {
    await expect(service.verify(null, 'thidua-dummy-password-for-timing')).resolves.toBe(false);
    await expect(service.verify('not-a-hash', 'x')).resolves.toBe(false);
  });

  it('rejects passwords that break the policy on the named field', () => {
    expect(() => service.assertAcceptable('abc', 'newPassword')).toThrow(/ít nhất 8/);
    expect(() => service.assertAcceptable('matkhau2025', 'newPassword')).not.toThrow();
  });
});
