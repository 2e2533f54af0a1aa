import { UserOutlined } from '@ant-design/icons';
import type { Permission } from '@thidua/shared-domain';
import { Card, Col, Row } from 'antd';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { useViewer } from '../../auth/hooks/useViewer';
import { allowedEntries, type NavEntry } from '../../shell/navigation';
import { ShortcutCard } from '../components/ShortcutCard';

/**
 * What a shortcut says the screen is for, told for this viewer: someone who may only read users is
 * not promised "create accounts, reset passwords".
 */
export function shortcutDescription(
  entry: Pick<NavEntry, 'path' | 'description'>,
  can: (...anyOf: Permission[]) => boolean,
): string {
  const readOnly = t.home.readOnlyShortcuts;
  switch (entry.path) {
    case PATHS.users:
      if (can('USER_MANAGE')) return entry.description;
      return can('ROLE_ASSIGN') ? readOnly.usersAssign : readOnly.users;
    case PATHS.roles:
      return can('ROLE_MANAGE') ? entry.description : readOnly.roles;
    case PATHS.clusters:
      return can('CLUSTER_MANAGE') ? entry.description : readOnly.clusters;
    case PATHS.legalDocuments:
      return can('LEGAL_MANAGE') ? entry.description : readOnly.legalDocuments;
    case PATHS.campaignPlans:
      return can('CAMPAIGN_MANAGE') ? entry.description : readOnly.campaignPlans;
    default:
      return entry.description;
  }
}

/** The screens the viewer may open, each with what it is for. */
export function ShortcutsWidget() {
  const { can } = useViewer();
  return (
    <Card title={t.home.shortcutsTitle} style={{ height: '100%' }}>
      <Row gutter={[16, 16]}>
        {allowedEntries(can).map((entry) => (
          <Col xs={24} md={12} key={entry.path}>
            <ShortcutCard
              to={entry.path}
              icon={entry.icon}
              title={entry.label}
              description={shortcutDescription(entry, can)}
            />
          </Col>
        ))}
        <Col xs={24} md={12}>
          <ShortcutCard
            to={PATHS.profile}
            icon={<UserOutlined />}
            title={t.nav.profile}
            description={t.shortcuts.profile}
          />
        </Col>
      </Row>
    </Card>
  );
}
