import { diffFields } from './diff';

interface Sample {
  name: string;
  email: string | null;
  roles: string[];
  at: Date;
  secret: string;
}

describe('diffFields', () => {
  const base: Sample = {
    name: 'Nguyễn Văn A',
    email: null,
    roles: ['A'],
    at: new Date('2025-01-01T00:00:00Z'),
    secret: 'x',
  };

  it('records only changed, listed fields', () => {
    const after = { ...base, name: 'Nguyễn Văn B', secret: 'y' };
    expect(diffFields(base, after, ['name', 'email', 'roles', 'at'])).toEqual([
      { field: 'name', before: 'Nguyễn Văn A', after: 'Nguyễn Văn B' },
    ]);
  });

  it('compares arrays and dates by value', () => {
    const after = { ...base, roles: ['A'], at: new Date('2025-01-01T00:00:00Z') };
    expect(diffFields(base, after, ['roles', 'at'])).toEqual([]);
    expect(diffFields(base, { ...base, roles: ['A', 'B'] }, ['roles'])).toEqual([
      { field: 'roles', before: ['A'], after: ['A', 'B'] },
    ]);
  });

  it('describes creation and deletion without empty fields', () => {
    expect(diffFields(null, base, ['name', 'email'])).toEqual([
      { field: 'name', after: 'Nguyễn Văn A' },
    ]);
    expect(diffFields(base, null, ['name', 'email'])).toEqual([
      { field: 'name', before: 'Nguyễn Văn A' },
    ]);
  });
});
