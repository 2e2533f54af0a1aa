import { PageHeader } from '@thidua/web-ui';
import { Card } from 'antd';

import { t } from '../../../i18n';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { DossierList } from '../components/DossierList';
import { awardsMessages as m } from '../messages';

/** Hồ sơ gửi đến: the dossiers sent to the receiving units in the viewer's scope. */
export function AwardDossierInboxPage() {
  useDocumentTitle(m.inboxTitle);
  return (
    <>
      <PageHeader title={m.inboxTitle} subtitle={m.inboxSubtitle} breadcrumb={[t.nav.emulation]} />
      <Card>
        <DossierList mode="inbox" emptyText={m.inboxEmpty} />
      </Card>
    </>
  );
}
