import type { Permission } from '@thidua/shared-domain';
import { Actor, type Grant } from './actor';

const grant = (unitPath: string | null, ...permissions: Permission[]): Grant => ({
  roleCode: 'R',
  unitId: unitPath,
  unitPath,
  permissions: new Set(permissions),
});

describe('Actor scopes', () => {
  it('a grant on a unit covers it and its subtree, not its siblings', () => {
    const actor = new Actor('USER', 'u', 'A', null, [grant('p.snv', 'USER_READ')]);
    expect(actor.canAt('USER_READ', 'p.snv')).toBe(true);
    expect(actor.canAt('USER_READ', 'p.snv.phong1')).toBe(true);
    expect(actor.canAt('USER_READ', 'p.snvx')).toBe(false);
    expect(actor.canAt('USER_READ', 'p')).toBe(false);
    expect(actor.canAt('USER_MANAGE', 'p.snv')).toBe(false);
    expect(actor.canAt('USER_READ', null)).toBe(false);
  });

  it('computes the scope of each permission once (field resolvers of a list ask it per row and field)', () => {
    const actor = new Actor('USER', 'u', 'A', null, [grant('p.snv', 'UNIT_READ', 'USER_READ')]);
    const first = actor.scope('UNIT_READ');
    expect(actor.scope('UNIT_READ')).toBe(first);
    expect(first).toEqual({ kind: 'units', paths: ['p.snv'] });
    expect(actor.scope('USER_READ')).not.toBe(first);
    expect(actor.scope('USER_READ')).toEqual(first);
  });

  it('merges overlapping grants into minimal paths and global beats all', () => {
    const actor = new Actor('USER', 'u', 'A', null, [
      grant('p.snv.phong1', 'USER_READ'),
      grant('p.snv', 'USER_READ'),
      grant('p.stc', 'USER_READ'),
    ]);
    expect(actor.scope('USER_READ')).toEqual({ kind: 'units', paths: ['p.snv', 'p.stc'] });
    expect(actor.scope('AUDIT_READ')).toEqual({ kind: 'none' });
    const admin = new Actor('USER', 'u', 'A', null, [grant(null, 'AUDIT_READ')]);
    expect(admin.scope('AUDIT_READ')).toEqual({ kind: 'all' });
    expect(admin.canAt('AUDIT_READ', null)).toBe(true);
  });

  it('lists permissions held at a unit', () => {
    const actor = new Actor('USER', 'u', 'A', null, [
      grant('p', 'UNIT_READ'),
      grant('p.snv', 'USER_MANAGE'),
    ]);
    expect([...actor.permissionsAt('p.snv.x')].sort()).toEqual(['UNIT_READ', 'USER_MANAGE']);
    expect([...actor.permissionsAt('p.stc')]).toEqual(['UNIT_READ']);
  });
});
