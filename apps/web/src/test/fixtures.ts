import type { Permission } from '@thidua/shared-domain';
import type { UnitDetail, UnitNode, Viewer, ViewerUser } from '@thidua/web-data-access';

const soNoiVu = { id: 'u-snv', code: 'SNV', name: 'Sở Nội vụ', shortName: 'SNV' };

export function makeUser(overrides: Partial<ViewerUser> = {}): ViewerUser {
  return {
    id: 'user-1',
    username: 'tdkt.sonoivu',
    fullName: 'Nguyễn Thị Hoa',
    email: 'hoa@snv.gov.vn',
    status: 'ACTIVE',
    mustChangePassword: false,
    lastLoginAt: '2025-03-05T07:07:00.000Z',
    createdAt: '2025-01-02T03:00:00.000Z',
    updatedAt: '2025-01-02T03:00:00.000Z',
    version: 1,
    unit: soNoiVu,
    roleAssignments: [
      {
        id: 'ra-1',
        createdAt: '2025-01-02T03:00:00.000Z',
        role: { id: 'r-tdkt', code: 'TDKT_OFFICER', name: 'Cán bộ TĐKT', isSystem: true },
        unit: soNoiVu,
      },
    ],
    ...overrides,
  };
}

export function makeViewer(permissions: Permission[], user: Partial<ViewerUser> = {}): Viewer {
  return {
    actorType: 'USER',
    permissions,
    sessionExpiresAt: '2030-01-01T00:00:00.000Z',
    previousLoginAt: '2025-03-04T01:30:00.000Z',
    user: makeUser(user),
  };
}

export function makeUnitNode(overrides: Partial<UnitNode> = {}): UnitNode {
  return {
    id: 'u-vlg',
    code: 'VLG',
    name: 'Ủy ban nhân dân tỉnh Vĩnh Long',
    shortName: 'UBND',
    tree: 'GOVERNMENT',
    depth: 0,
    parentId: null,
    validFrom: '2025-07-01',
    validTo: null,
    status: 'ACTIVE',
    readOnly: false,
    childCount: 0,
    kind: { id: 'k-province', code: 'PROVINCE', name: 'Tỉnh, thành phố trực thuộc trung ương' },
    ...overrides,
  };
}

export function makeUnitDetail(overrides: Partial<UnitDetail> = {}): UnitDetail {
  return {
    ...makeUnitNode(),
    legalPerson: true,
    address: null,
    phone: null,
    email: null,
    peopleCount: 0,
    version: 1,
    parent: null,
    ancestors: [],
    ...overrides,
  };
}
