import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@thidua/shared-domain';
import { Workbook } from 'exceljs';
import { Actor } from '../../core/auth/actor';
import { PERMISSIONS_KEY } from '../../core/auth/decorators';
import type { RequestContext } from '../../core/context/request-context';
import { defineColumns } from '../../core/excel/excel-columns';
import {
  ExcelRegistry,
  type ExportDefinition,
  type ImportHandler,
} from '../../core/excel/excel-registry';
import { ExcelKindGuard, ExcelRoute } from './excel-access';
import { ExportsService } from './exports.service';

/**
 * The seam of issue 9 B4: a kind the imports module has never heard of (a campaigns module's, say) is
 * served by the same machinery once registered: its template, its problems file, its export, and the
 * access checks of its routes.
 */
const COLUMNS = defineColumns([
  { key: 'code', header: 'Mã phong trào', type: 'text', required: true, example: 'PT-01' },
  { key: 'unitCode', header: 'Mã đơn vị', type: 'text', example: 'TINH' },
  { key: 'startsOn', header: 'Ngày bắt đầu', type: 'date', example: '01/07/2025' },
]);

const campaignImport: ImportHandler = {
  kind: 'SPEC_CAMPAIGNS',
  slug: 'phong-trao',
  label: 'Phong trào thi đua',
  noun: { ascii: 'phong-trao', name: 'phong trào' },
  permission: 'CLUSTER_MANAGE',
  columns: COLUMNS,
  templateExamples: () => Promise.resolve({ unitCode: 'SNV' }),
  plan: () => Promise.resolve({ verdicts: [], apply: () => Promise.resolve('') }),
};

class CampaignQuery {
  search?: string;
}

const campaignExport: ExportDefinition<CampaignQuery, typeof COLUMNS> = {
  slug: 'phong-trao',
  permission: 'AUDIT_READ',
  query: CampaignQuery,
  fileName: { ascii: 'phong-trao', name: 'Phong trào' },
  sheetName: 'Phong trào',
  title: 'DANH SÁCH PHONG TRÀO',
  columns: COLUMNS,
  async *rows(_ctx, filter) {
    yield { code: `PT-${filter.search ?? ''}`, unitCode: 'SNV', startsOn: '2025-09-02' };
  },
};

function actor(...permissions: Permission[]): Actor {
  return new Actor('USER', 'u1', 'Cán bộ', null, [
    { roleCode: 'R', unitId: null, unitPath: null, permissions: new Set(permissions) },
  ]);
}

const ctx: RequestContext = {
  actor: actor('CLUSTER_MANAGE'),
  requestId: null,
  ipAddress: null,
  userAgent: null,
};

async function rowsOf(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the Excel machinery serves whatever kind is registered', () => {
  const exports = new ExportsService();

  it('writes the template of an import with the examples its handler gives this caller', async () => {
    const file = await exports.template(ctx, campaignImport);
    expect(file).toMatchObject({
      asciiName: 'mau-nhap-phong-trao.xlsx',
      name: 'Mẫu nhập phong trào.xlsx',
    });
    const [header, example] = await rowsOf(file.buffer);
    expect(header).toEqual(['Mã phong trào (*)', 'Mã đơn vị', 'Ngày bắt đầu']);
    expect(example).toEqual(['PT-01', 'SNV', '01/07/2025']);
  });

  it('writes the problems file of a batch in the import’s columns', async () => {
    const file = await exports.problemsFile({ fileName: 'Phong trào.xlsx' }, campaignImport, () =>
      Promise.resolve({
        edges: [
          {
            cursor: 'c',
            node: {
              rowNumber: 7,
              cells: ['PT 01', 'SNV', '31/02/2025'],
              problems: ['Dòng 7, cột "Ngày bắt đầu": "31/02/2025" không phải ngày hợp lệ.'],
            } as never,
          },
        ],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'c', endCursor: 'c' },
        totalCount: 1,
        totalCountCapped: false,
      }),
    );
    expect(file.asciiName).toMatch(/^loi-nhap-phong-trao-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await rowsOf(file.buffer);
    expect(rows[1]).toEqual([
      'Dòng trong tệp',
      'Mã phong trào',
      'Mã đơn vị',
      'Ngày bắt đầu',
      'Lỗi cần sửa',
    ]);
    expect(rows[2]).toEqual([
      7,
      'PT 01',
      'SNV',
      '31/02/2025',
      'Dòng 7, cột "Ngày bắt đầu": "31/02/2025" không phải ngày hợp lệ.',
    ]);
  });

  it('writes an export from the definition’s rows, filter and names', async () => {
    const file = await exports.listFile(ctx, campaignExport, { search: 'X' });
    expect(file.name).toMatch(/^Phong trào \d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await rowsOf(file.buffer);
    expect(rows[0]?.[0]).toBe('DANH SÁCH PHONG TRÀO');
    expect(rows[1]).toEqual(['Mã phong trào', 'Mã đơn vị', 'Ngày bắt đầu']);
    expect(rows[2]?.slice(0, 2)).toEqual(['PT-X', 'SNV']);
  });

  describe('route access', () => {
    class Routes {
      @ExcelRoute('import')
      upload(): string {
        return 'upload';
      }

      @ExcelRoute('export')
      list(): string {
        return 'list';
      }
    }
    const registry = new ExcelRegistry();
    registry.addImport(campaignImport);
    registry.addExport(campaignExport);
    const guard = new ExcelKindGuard(new Reflector(), registry);
    const call = (handler: () => string, kind: string, who: Actor) =>
      ({
        getType: () => 'http',
        getHandler: () => handler,
        switchToHttp: () => ({ getRequest: () => ({ params: { kind }, thidua: { actor: who } }) }),
      }) as unknown as ExecutionContext;

    it('lets the global guard admit any registered permission, the new kind’s included', () => {
      const upload = Reflect.getMetadata(PERMISSIONS_KEY, Routes.prototype.upload) as Permission[];
      const list = Reflect.getMetadata(PERMISSIONS_KEY, Routes.prototype.list) as Permission[];
      expect(upload).toContain('CLUSTER_MANAGE');
      expect(list).toContain('AUDIT_READ');
    });

    it('then asks for the kind’s own permission, and NOT_FOUND for a kind nobody registered', () => {
      const { upload, list } = Routes.prototype;
      expect(guard.canActivate(call(upload, 'phong-trao', actor('CLUSTER_MANAGE')))).toBe(true);
      expect(() => guard.canActivate(call(upload, 'phong-trao', actor('AUDIT_READ')))).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN' }),
      );
      expect(guard.canActivate(call(list, 'phong-trao', actor('AUDIT_READ')))).toBe(true);
      expect(() => guard.canActivate(call(list, 'phong-trao', actor('CLUSTER_MANAGE')))).toThrow(
        expect.objectContaining({
          code: 'FORBIDDEN',
          message: 'Bạn không có quyền xuất danh sách này.',
        }),
      );
      expect(() => guard.canActivate(call(list, 'khong-co', actor('AUDIT_READ')))).toThrow(
        expect.objectContaining({ code: 'NOT_FOUND' }),
      );
    });
  });
});
