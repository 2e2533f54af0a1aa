import { describe, expect, it } from 'vitest';

import { PATHS } from '../../app/paths';
import { requiredPermissions, SCREEN_PERMISSIONS } from './access';
import { NAV_GROUPS } from './navigation';

describe('screen permissions', () => {
  it('guards only screens the menu shows, so a holder of the permission can find each of them', () => {
    const menuPaths = new Set(NAV_GROUPS.flatMap((group) => group.entries.map((e) => e.path)));
    expect(Object.keys(SCREEN_PERMISSIONS).filter((path) => !menuPaths.has(path))).toEqual([]);
  });

  it("gives a detail page its list's permission", () => {
    expect(requiredPermissions('/to-chuc/nhan-su/abc')).toEqual(['PERSON_READ']);
    expect(requiredPermissions('/thi-dua/hoi-dong/phien-hop/abc')).toEqual(['COUNCIL_READ']);
    // "/thi-dua/ke-hoach-gui-den" is a screen of its own, not a page under "/thi-dua/ke-hoach"
    expect(requiredPermissions(PATHS.campaignInbox)).toEqual(['CAMPAIGN_READ']);
  });

  it('leaves public documents and published rules open to every signed-in user', () => {
    expect(requiredPermissions(PATHS.legalDocuments)).toEqual([]);
    expect(requiredPermissions(`${PATHS.awardRules}/x`)).toEqual([]);
    expect(requiredPermissions(PATHS.profile)).toEqual([]);
  });
});
