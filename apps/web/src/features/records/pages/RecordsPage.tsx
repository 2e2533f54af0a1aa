import { PageHeader } from '@thidua/web-ui';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';

import { t } from '../../../i18n';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { AwardRecordsTab } from '../components/AwardRecordsTab';
import { EvaluationsTab } from '../components/EvaluationsTab';
import { HoldsTab } from '../components/HoldsTab';
import { InitiativesTab } from '../components/InitiativesTab';

/** The tab in the address (`?muc=`, as the unit and plan pages), so a link opens the right list. */
export const RECORDS_TAB_PARAM = 'muc';
const TABS = ['danh-gia', 'khen-thuong', 'sang-kien', 'tam-hoan'] as const;
type TabKey = (typeof TABS)[number];

/**
 * Hồ sơ thành tích: the four lists the eligibility checks read (issue 11), each in the reader's scope
 * (RECORDS_READ); adding, editing and deleting with RECORDS_MANAGE at the record's unit (`canEdit`).
 */
export function RecordsPage() {
  useDocumentTitle(t.records.pageTitle);
  const [params, setParams] = useSearchParams();
  const requested = params.get(RECORDS_TAB_PARAM) as TabKey | null;
  const active: TabKey = requested && TABS.includes(requested) ? requested : 'danh-gia';
  return (
    <>
      <PageHeader
        title={t.records.pageTitle}
        subtitle={t.records.subtitle}
        breadcrumb={[t.nav.emulation]}
      />
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set(RECORDS_TAB_PARAM, key);
                return next;
              },
              { replace: true },
            )
          }
          destroyOnHidden
          items={[
            { key: 'danh-gia', label: t.records.tabs.evaluations, children: <EvaluationsTab /> },
            { key: 'khen-thuong', label: t.records.tabs.awards, children: <AwardRecordsTab /> },
            { key: 'sang-kien', label: t.records.tabs.initiatives, children: <InitiativesTab /> },
            { key: 'tam-hoan', label: t.records.tabs.holds, children: <HoldsTab /> },
          ]}
        />
      </Card>
    </>
  );
}
