import { EditOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { CalendarDateText, FormActions, PageHeader, PageLoading, TextOrNone } from '@thidua/web-ui';
import {
  usePerson,
  useUpdatePerson,
  type PersonDetail,
  type PositionItem,
} from '@thidua/web-data-access';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Form,
  Row,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import { PATHS, unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatPeriod } from '../../../shared/dates';
import { blankToNull } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { RecordsHistory } from '../../records/components/RecordsHistory';
import { PersonFields, type PersonValues } from '../components/PersonFields';
import { AddPositionModal, EndPositionModal, TransferModal } from '../components/PositionModals';

export function PersonDetailPage() {
  const { id } = useParams<{ id: string }>();
  const person = usePerson(id);
  useDocumentTitle(person.data?.fullName ?? t.people.detailTitle);

  if (person.isPending) return <PageLoading />;
  if (person.isError) {
    return (
      <>
        <PageHeader title={t.people.detailTitle} breadcrumb={[t.nav.org, t.nav.people]} />
        <QueryError error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  }
  return <PersonDetailContent person={person.data} reload={() => person.refetch()} />;
}

type TransferState = { open: false } | { open: true; from: PositionItem | null };

function PersonDetailContent({
  person,
  reload,
}: {
  person: PersonDetail;
  reload: () => Promise<unknown>;
}) {
  const { can } = useViewer();
  const canManage = can('PERSON_MANAGE');
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<PositionItem | null>(null);
  const [transfer, setTransfer] = useState<TransferState>({ open: false });
  const currentIds = new Set(person.currentPositions.map((p) => p.id));

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: t.nav.org },
          { title: <Link to={PATHS.people}>{t.people.backToList}</Link> },
          { title: person.fullName },
        ]}
      />
      <PageHeader
        title={person.fullName}
        subtitle={
          <Space wrap>
            <Tag>{t.people.sexes[person.sex]}</Tag>
            {person.partyMember && <Tag color="red">{t.people.partyYes}</Tag>}
            {person.currentPositions.length === 0 && <Tag>{t.people.noCurrentPosition}</Tag>}
          </Space>
        }
      />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={10}>
          <Card
            title={t.people.personalInfo}
            extra={
              canManage && (
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t.common.edit}
                </Button>
              )
            }
          >
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'code',
                  label: t.people.code,
                  children: person.code ? (
                    <Typography.Text code>{person.code}</Typography.Text>
                  ) : (
                    <TextOrNone value={null} />
                  ),
                },
                { key: 'sex', label: t.people.sex, children: t.people.sexes[person.sex] },
                {
                  key: 'dob',
                  label: t.people.dateOfBirth,
                  children: <CalendarDateText value={person.dateOfBirth} />,
                },
                {
                  key: 'ethnicity',
                  label: t.people.ethnicity,
                  children: <TextOrNone value={person.ethnicity} />,
                },
                {
                  key: 'religion',
                  label: t.people.religion,
                  children: <TextOrNone value={person.religion} />,
                },
                {
                  key: 'hometown',
                  label: t.people.hometown,
                  children: <TextOrNone value={person.hometown} />,
                },
                {
                  key: 'party',
                  label: t.people.partyMember,
                  children: person.partyMember ? t.common.yes : t.common.no,
                },
                ...(person.partyMember
                  ? [
                      {
                        key: 'partyJoinedOn',
                        label: t.people.partyJoinedOn,
                        children: <CalendarDateText value={person.partyJoinedOn} />,
                      },
                    ]
                  : []),
                { key: 'note', label: t.people.note, children: <TextOrNone value={person.note} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t.people.positions}
            extra={
              canManage && (
                <Space wrap>
                  {person.currentPositions.length > 0 && (
                    <Button
                      icon={<SwapOutlined />}
                      onClick={() => setTransfer({ open: true, from: null })}
                    >
                      {t.people.transfer}
                    </Button>
                  )}
                  <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                    {t.people.addPosition}
                  </Button>
                </Space>
              )
            }
          >
            {person.positions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.people.positionsEmpty} />
            ) : (
              <Timeline
                items={person.positions.map((position) => {
                  const current = currentIds.has(position.id);
                  return {
                    key: position.id,
                    color: current ? 'green' : 'gray',
                    content: (
                      <Flex vertical gap={2}>
                        <Typography.Text strong>
                          {position.title} —{' '}
                          <Link to={unitPath(position.unit.id)}>{position.unit.name}</Link>
                        </Typography.Text>
                        <Space wrap size={[6, 4]}>
                          <Typography.Text type="secondary">
                            {formatPeriod(position.startedOn, position.endedOn)}
                          </Typography.Text>
                          {current && <Tag color="green">{t.people.current}</Tag>}
                          <Tag>{position.isLeader ? t.people.leader : t.people.direct}</Tag>
                          <Tag>{t.people.staffCategories[position.staffCategory]}</Tag>
                          {position.unit.status !== 'ACTIVE' && <Tag>{t.people.unitReadOnly}</Tag>}
                        </Space>
                        {canManage && current && (
                          <Space>
                            <Button
                              size="small"
                              onClick={() => setTransfer({ open: true, from: position })}
                            >
                              {t.people.transfer}
                            </Button>
                            <Button size="small" danger onClick={() => setEnding(position)}>
                              {t.people.endPosition}
                            </Button>
                          </Space>
                        )}
                      </Flex>
                    ),
                  };
                })}
              />
            )}
          </Card>
        </Col>
        {can('RECORDS_READ') && (
          <Col xs={24}>
            <Card title={t.records.pageTitle}>
              <RecordsHistory personId={person.id} />
            </Card>
          </Col>
        )}
      </Row>
      {canManage && (
        <>
          <PersonEditDrawer
            person={person}
            open={editing}
            onClose={() => setEditing(false)}
            onReload={reload}
          />
          <AddPositionModal personId={person.id} open={adding} onClose={() => setAdding(false)} />
          <EndPositionModal position={ending} onClose={() => setEnding(null)} />
          <TransferModal
            personId={person.id}
            current={person.currentPositions}
            from={transfer.open ? transfer.from : null}
            open={transfer.open}
            onClose={() => setTransfer({ open: false })}
          />
        </>
      )}
    </>
  );
}

function PersonEditDrawer({
  person,
  open,
  onClose,
  onReload,
}: {
  person: PersonDetail;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  return (
    <Drawer open={open} onClose={onClose} title={t.people.personalInfo} size={640} destroyOnHidden>
      {open && (
        <PersonEditForm key={person.version} person={person} onDone={onClose} onReload={onReload} />
      )}
    </Drawer>
  );
}

function PersonEditForm({
  person,
  onDone,
  onReload,
}: {
  person: PersonDetail;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<PersonValues>();
  const update = useUpdatePerson();
  const save = useVersionedForm(form, onReload);
  const { message } = App.useApp();

  const submit = (values: PersonValues) => {
    save.reset();
    update.mutate(
      {
        id: person.id,
        version: person.version,
        code: blankToNull(values.code),
        fullName: values.fullName.trim(),
        sex: values.sex ?? person.sex,
        dateOfBirth: values.dateOfBirth ?? null,
        ethnicity: blankToNull(values.ethnicity),
        religion: blankToNull(values.religion),
        hometown: blankToNull(values.hometown),
        partyMember: values.partyMember ?? false,
        partyJoinedOn: values.partyMember ? (values.partyJoinedOn ?? null) : null,
        note: blankToNull(values.note),
      },
      {
        onSuccess: () => {
          void message.success(t.people.updated);
          onDone();
        },
        onError: save.onError,
      },
    );
  };

  return (
    <Form<PersonValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={update.isPending}
      initialValues={{
        code: person.code ?? '',
        fullName: person.fullName,
        sex: person.sex,
        dateOfBirth: person.dateOfBirth ?? null,
        ethnicity: person.ethnicity ?? '',
        religion: person.religion ?? '',
        hometown: person.hometown ?? '',
        partyMember: person.partyMember,
        partyJoinedOn: person.partyJoinedOn ?? null,
        note: person.note ?? '',
      }}
    >
      {save.alert}
      <PersonFields />
      <FormActions>
        <Button onClick={onDone}>{t.common.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t.common.saveChanges}
        </Button>
      </FormActions>
    </Form>
  );
}
