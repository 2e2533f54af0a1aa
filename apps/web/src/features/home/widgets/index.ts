import { MyJobsWidget } from './MyJobsWidget';
import { MyUnitsWidget } from './MyUnitsWidget';
import { RecentRestructuringsWidget } from './RecentRestructuringsWidget';
import type { HomeWidget } from './registry';
import { RolesWidget } from './RolesWidget';
import { ShortcutsWidget } from './ShortcutsWidget';

export { visibleWidgets, type HomeWidget } from './registry';

/**
 * The home page's cards. A module adds its own here (e.g. "Phong trào thi đua đang diễn ra" with
 * `anyOf: ['CAMPAIGN_READ']`); the order leaves room between the existing ones.
 */
export const HOME_WIDGETS: readonly HomeWidget[] = [
  { key: 'my-units', order: 10, anyOf: ['UNIT_READ'], Card: MyUnitsWidget },
  { key: 'roles', order: 20, Card: RolesWidget },
  { key: 'restructurings', order: 30, anyOf: ['UNIT_READ'], Card: RecentRestructuringsWidget },
  // today only an import starts a job, and only those who manage units or people import
  { key: 'my-jobs', order: 40, anyOf: ['UNIT_MANAGE', 'PERSON_MANAGE'], Card: MyJobsWidget },
  { key: 'shortcuts', order: 100, wide: true, Card: ShortcutsWidget },
];
