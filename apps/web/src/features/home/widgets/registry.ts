import type { Permission } from '@thidua/shared-domain';
import type { ComponentType } from 'react';

import { DossierDutiesWidget } from '../../awards/widgets/DossierDutiesWidget';
import { DutiesWidget } from '../../campaigns/widgets/DutiesWidget';
import { MyPlansWidget } from '../../campaigns/widgets/MyPlansWidget';
import { MyCouncilSessionsWidget } from '../../councils/widgets/MyCouncilSessionsWidget';
import { MyJobsWidget } from './MyJobsWidget';
import { MyUnitsWidget } from './MyUnitsWidget';
import { RecentRestructuringsWidget } from './RecentRestructuringsWidget';
import { RolesWidget } from './RolesWidget';
import { ShortcutsWidget } from './ShortcutsWidget';

/**
 * A card of the home page. Each feature contributes its own (campaigns, dossiers and councils will add
 * theirs here): the page shows the cards the viewer's permissions allow, in `order`, and knows
 * nothing else about them.
 */
export interface HomeWidget {
  key: string;
  /** lower first */
  order: number;
  /** the viewer needs at least one of these; none = every signed-in user */
  anyOf?: readonly Permission[];
  /** a full row on a wide screen, or half of one */
  wide?: boolean;
  Card: ComponentType;
}

/** The cards a viewer sees, in order. */
export function visibleWidgets(
  widgets: readonly HomeWidget[],
  can: (...anyOf: Permission[]) => boolean,
): HomeWidget[] {
  return widgets
    .filter((widget) => !widget.anyOf || can(...widget.anyOf))
    .sort((a, b) => a.order - b.order);
}

/**
 * The home page's cards. A module adds its own here (e.g. "Phong trào thi đua đang diễn ra" with
 * `anyOf: ['CAMPAIGN_READ']`); the order leaves room between the existing ones.
 */
export const HOME_WIDGETS: readonly HomeWidget[] = [
  // a council member's sessions and the remote rounds open to it (no permission: the account's own
  // seats; the card renders nothing for someone on no council, and takes a whole row when it shows)
  { key: 'council-sessions', order: 4, wide: true, Card: MyCouncilSessionsWidget },
  // what the officer owes comes first: it is what they open the application for
  { key: 'campaign-duties', order: 5, anyOf: ['CAMPAIGN_READ'], Card: DutiesWidget },
  { key: 'campaign-plans', order: 6, anyOf: ['CAMPAIGN_READ'], Card: MyPlansWidget },
  // dossiers to receive, appraise, fix or send: the proposing and the receiving officers' queue
  {
    key: 'dossier-duties',
    order: 7,
    anyOf: ['DOSSIER_MANAGE', 'DOSSIER_RECEIVE'],
    Card: DossierDutiesWidget,
  },
  { key: 'my-units', order: 10, anyOf: ['UNIT_READ'], Card: MyUnitsWidget },
  { key: 'roles', order: 20, Card: RolesWidget },
  { key: 'restructurings', order: 30, anyOf: ['UNIT_READ'], Card: RecentRestructuringsWidget },
  // today only an import starts a job, and only those who manage units or people import
  { key: 'my-jobs', order: 40, anyOf: ['UNIT_MANAGE', 'PERSON_MANAGE'], Card: MyJobsWidget },
  { key: 'shortcuts', order: 100, wide: true, Card: ShortcutsWidget },
];
