import { PageLoading, TextOrNone, useConfirm } from '@thidua/web-ui';
import {
  useLegalDocument,
  useMarkLegalDocumentReplaced,
  type LegalDocumentDetail,
} from '@thidua/web-data-access';
import { App, Button, Descriptions, Drawer, Flex, Space, Typography } from 'antd';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { UnitRefLink } from '../../clusters/components/UnitRefLink';
import { LegalStatusTag } from './LegalStatusTag';

/** "01/07/2025 – nay", "… – 30/06/2025", "chưa rõ" */
export function validityText(doc: { effectiveFrom: string | null; effectiveTo: string | null }) {
  return t.legal.period(
    doc.effectiveFrom ? formatIsoDate(doc.effectiveFrom) : null,
    doc.effectiveTo ? formatIsoDate(doc.effectiveTo) : null,
  );
}

/** A document of the registry, linked to what replaced it and what it replaced (`onOpen` follows a link). */
export function LegalDocumentDetailDrawer({
  id,
  onClose,
  onOpen,
  onEdit,
  onReplace,
}: {
  id: string | undefined;
  onClose: () => void;
  onOpen: (id: string) => void;
  onEdit: (doc: LegalDocumentDetail) => void;
  onReplace: (doc: LegalDocumentDetail) => void;
}) {
  const query = useLegalDocument(id);
  const doc = query.data;
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      title={doc ? doc.name : t.legal.details}
      size={640}
      destroyOnHidden
      extra={doc && <LegalStatusTag status={doc.status} />}
    >
      {query.isPending && <PageLoading />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {doc && (
        <LegalDocumentDetails doc={doc} onOpen={onOpen} onEdit={onEdit} onReplace={onReplace} />
      )}
    </Drawer>
  );
}

function LegalDocumentDetails({
  doc,
  onOpen,
  onEdit,
  onReplace,
}: {
  doc: LegalDocumentDetail;
  onOpen: (id: string) => void;
  onEdit: (doc: LegalDocumentDetail) => void;
  onReplace: (doc: LegalDocumentDetail) => void;
}) {
  const mark = useMarkLegalDocumentReplaced();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const link = (target: { id: string; name: string }) => (
    <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(target.id)}>
      {target.name}
    </Button>
  );

  const withdraw = async () => {
    const ok = await confirm({
      title: t.legal.withdrawConfirmTitle(doc.name),
      content: t.legal.withdrawConfirmText,
      okText: t.legal.withdrawReplacement,
    });
    if (!ok) return;
    mark.mutate(
      { id: doc.id, version: doc.version, replacedById: null },
      {
        onSuccess: () => void message.success(t.legal.withdrawn),
        onError: (error) => onError(error),
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'kind', label: t.legal.kind, children: t.legal.kinds[doc.kind] },
          { key: 'number', label: t.legal.number, children: doc.number },
          {
            key: 'title',
            label: t.legal.title,
            children: doc.title ?? (
              <Typography.Text type="secondary">{t.legal.noTitle}</Typography.Text>
            ),
          },
          { key: 'issuingBody', label: t.legal.issuingBody, children: doc.issuingBody },
          {
            key: 'issuer',
            label: t.legal.issuerUnit,
            children: doc.issuerUnit ? <UnitRefLink unit={doc.issuerUnit} /> : t.legal.national,
          },
          {
            key: 'issuedOn',
            label: t.legal.issuedOn,
            children: doc.issuedOn ? formatIsoDate(doc.issuedOn) : t.legal.unknownDate,
          },
          { key: 'validity', label: t.legal.validity, children: validityText(doc) },
          {
            key: 'replacedBy',
            label: t.legal.replacedBy,
            children: doc.replacedBy ? link(doc.replacedBy) : <TextOrNone value={null} />,
          },
          {
            key: 'replaces',
            label: t.legal.replaces,
            children: doc.replaces.length ? (
              <Space orientation="vertical" size={4}>
                {doc.replaces.map((replaced) => (
                  <span key={replaced.id}>{link(replaced)}</span>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t.legal.replacesNone}</Typography.Text>
            ),
          },
          { key: 'note', label: t.legal.note, children: <TextOrNone value={doc.note} /> },
        ]}
      />
      {doc.canManage && (
        <Flex gap={8} wrap>
          <Button type="primary" onClick={() => onEdit(doc)}>
            {t.legal.edit}
          </Button>
          <Button onClick={() => onReplace(doc)}>{t.legal.markReplaced}</Button>
          {doc.replacedBy && (
            <Button danger loading={mark.isPending} onClick={() => void withdraw()}>
              {t.legal.withdrawReplacement}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
