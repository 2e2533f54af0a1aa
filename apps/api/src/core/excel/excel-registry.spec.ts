import { AppError } from '../errors/app-error';
import { defineColumns } from './excel-columns';
import {
  EXCEL_DECLARED,
  ExcelRegistry,
  type ExportDefinition,
  type ImportHandler,
} from './excel-registry';

const COLUMNS = defineColumns([{ key: 'code', header: 'Mã', type: 'text', required: true }]);

function importOf(kind: string, slug: string): ImportHandler {
  return {
    kind,
    slug,
    label: `Nhãn ${kind}`,
    noun: { ascii: slug, name: slug },
    permission: 'CLUSTER_MANAGE',
    columns: COLUMNS,
    plan: () => Promise.resolve({ verdicts: [], apply: () => Promise.resolve('') }),
  };
}

function exportOf(slug: string): ExportDefinition<object, typeof COLUMNS> {
  return {
    slug,
    permission: 'AUDIT_READ',
    query: class {},
    fileName: { ascii: slug, name: slug },
    sheetName: slug,
    title: slug.toUpperCase(),
    columns: COLUMNS,
    async *rows() {
      yield { code: 'A' };
    },
  };
}

describe('ExcelRegistry', () => {
  it('finds an import by the kind of a stored batch and by the slug of a URL', () => {
    const registry = new ExcelRegistry();
    const handler = importOf('REG_NOTES', 'ghi-chu');
    registry.addImport(handler);
    expect(registry.importOf('REG_NOTES')).toBe(handler);
    expect(registry.importAt('ghi-chu')).toBe(handler);
    expect(registry.imports()).toEqual([handler]);
    // a URL naming nothing registered is NOT_FOUND; a stored kind without a handler is a deployment mistake
    expect(() => registry.importAt('REG_NOTES')).toThrow(AppError);
    expect(() => registry.importOf('ghi-chu')).toThrow(/No Excel import/);
  });

  it('declares the kind for the GraphQL enum and its permission for the access decisions, once', () => {
    const registry = new ExcelRegistry();
    registry.addImport(importOf('REG_ENUM', 'enum-a'));
    registry.addImport(importOf('REG_ENUM_B', 'enum-b'));
    expect(EXCEL_DECLARED.importKinds).toMatchObject({
      REG_ENUM: 'REG_ENUM',
      REG_ENUM_B: 'REG_ENUM_B',
    });
    expect(EXCEL_DECLARED.importKindLabels['REG_ENUM']).toEqual({ description: 'Nhãn REG_ENUM' });
    expect(EXCEL_DECLARED.importPermissions.filter((p) => p === 'CLUSTER_MANAGE')).toHaveLength(1);
  });

  it('refuses a second import with the same kind or slug', () => {
    const registry = new ExcelRegistry();
    registry.addImport(importOf('REG_TWICE', 'twice'));
    expect(() => registry.addImport(importOf('REG_TWICE', 'other'))).toThrow(/clashes/);
    expect(() => registry.addImport(importOf('REG_OTHER', 'twice'))).toThrow(/clashes/);
    expect(registry.imports()).toHaveLength(1);
  });

  it('tells a listener of every import, registered before it listens or after', () => {
    const registry = new ExcelRegistry();
    registry.addImport(importOf('REG_EARLY', 'early'));
    const heard: string[] = [];
    registry.onImport((handler) => heard.push(handler.kind));
    registry.addImport(importOf('REG_LATE', 'late'));
    expect(heard).toEqual(['REG_EARLY', 'REG_LATE']);
  });

  it('finds an export by its slug, refuses it twice, and declares its permission', () => {
    const registry = new ExcelRegistry();
    const definition = exportOf('notes');
    registry.addExport(definition);
    expect(registry.exportAt('notes')).toBe(definition);
    expect(registry.exports()).toEqual([definition]);
    expect(EXCEL_DECLARED.exportPermissions).toContain('AUDIT_READ');
    expect(() => registry.addExport(exportOf('notes'))).toThrow(/twice/);
    let refusal: unknown;
    try {
      registry.exportAt('nothing');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'NOT_FOUND' });
  });
});
