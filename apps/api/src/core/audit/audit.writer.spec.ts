import { AuditTrail, type AuditRecord, type AuditTarget } from './audit.writer';

describe('AuditTrail', () => {
  const target: AuditTarget = {
    entityType: 'User',
    entityId: 'u1',
    label: 'nguyen.a',
    scopeUnitId: 'unit-1',
  };
  const written: AuditRecord[] = [];
  const trail = new AuditTrail(async (record) => {
    written.push(record);
  });
  beforeEach(() => {
    written.length = 0;
  });

  it('created, changed and deleted record only the listed fields, with the target', async () => {
    const before = { username: 'nguyen.a', fullName: 'Nguyễn A', passwordHash: 'secret' };
    const after = { ...before, fullName: 'Nguyễn Văn A', passwordHash: 'other' };
    await trail.created('user.create', target, before, ['username', 'fullName']);
    await trail.changed(
      'user.update',
      target,
      before,
      after,
      ['username', 'fullName'],
      [{ field: 'password' }],
    );
    await trail.deleted(
      'role.delete',
      { ...target, entityType: 'Role', scopeUnitId: null },
      before,
      ['username'],
    );
    expect(written).toEqual([
      {
        operation: 'user.create',
        ...target,
        changes: [
          { field: 'username', after: 'nguyen.a' },
          { field: 'fullName', after: 'Nguyễn A' },
        ],
      },
      {
        operation: 'user.update',
        ...target,
        changes: [
          { field: 'fullName', before: 'Nguyễn A', after: 'Nguyễn Văn A' },
          { field: 'password' },
        ],
      },
      {
        operation: 'role.delete',
        ...target,
        entityType: 'Role',
        scopeUnitId: null,
        changes: [{ field: 'username', before: 'nguyen.a' }],
      },
    ]);
    expect(JSON.stringify(written)).not.toContain('secret');
  });

  it('event keeps the given changes; bulk names no single record', async () => {
    await trail.event('auth.logout', target);
    await trail.bulk(
      'person.import',
      { entityType: 'Person', label: '3 cán bộ', scopeUnitId: 'unit-2' },
      [{ field: 'created', after: [1, 2, 3] }],
    );
    expect(written).toEqual([
      { operation: 'auth.logout', ...target, changes: [] },
      {
        operation: 'person.import',
        entityType: 'Person',
        entityId: null,
        label: '3 cán bộ',
        scopeUnitId: 'unit-2',
        changes: [{ field: 'created', after: [1, 2, 3] }],
      },
    ]);
  });
});
