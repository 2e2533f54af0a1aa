import { PlusOutlined } from '@ant-design/icons';
import { PageHeader } from '@thidua/web-ui';
import { Button, Card } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { CreateDossierModal } from '../components/CreateDossierModal';
import { DossierList } from '../components/DossierList';
import { awardsMessages as m } from '../messages';

/** Hồ sơ đề nghị khen thưởng of the proposing units in the viewer's scope. */
export function AwardDossiersPage() {
  useDocumentTitle(m.dossiersTitle);
  const { can } = useViewer();
  const canCreate = can('DOSSIER_MANAGE');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={m.dossiersTitle}
        subtitle={m.dossiersSubtitle}
        breadcrumb={[t.nav.emulation]}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {m.addDossier}
            </Button>
          )
        }
      />
      <Card>
        <DossierList
          mode="own"
          emptyText={canCreate ? m.dossiersEmptyCanCreate : m.dossiersEmpty}
        />
      </Card>
      {creating && <CreateDossierModal onClose={() => setCreating(false)} />}
    </>
  );
}
