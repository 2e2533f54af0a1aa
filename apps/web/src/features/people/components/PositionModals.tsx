import {
  useAddPosition,
  useEndPosition,
  useTransferPerson,
  type PositionItem,
} from '@thidua/web-data-access';
import { Alert, App, Form, Modal, Select } from 'antd';

import { t } from '../../../i18n';
import { EndOnDateModal } from '../../../shared/components/EndOnDateModal';
import { formatIsoDate, today } from '../../../shared/dates';
import { requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { PositionFields, toPositionInput, type PositionValues } from './PositionFields';

const NEW_POSITION: PositionValues = {
  startedOn: today(),
  isLeader: false,
  staffCategory: 'CIVIL_SERVANT',
};

/** Adds a position (a second post, a new post after a break). */
export function AddPositionModal({
  personId,
  open,
  onClose,
}: {
  personId: string;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ position?: PositionValues }>();
  const add = useAddPosition();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <Modal
      open={open}
      title={t.people.addPositionTitle}
      okText={t.people.addPosition}
      cancelText={t.common.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ position: NEW_POSITION }}
        onFinish={(values) =>
          add.mutate(
            { personId, position: toPositionInput(values.position) },
            {
              onSuccess: () => {
                void message.success(t.people.positionAdded);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <PositionFields />
      </Form>
    </Modal>
  );
}

/** Ends a position on a date, after a confirmation. */
export function EndPositionModal({
  position,
  onClose,
}: {
  position: PositionItem | null;
  onClose: () => void;
}) {
  const end = useEndPosition();
  return (
    <EndOnDateModal
      open={position !== null}
      title={position ? t.people.endPositionTitle(position.title, position.unit.name) : undefined}
      okText={t.people.endPosition}
      field="endedOn"
      label={t.people.endedOn}
      requiredWhat={t.people.endedOnWhat}
      min={position?.startedOn}
      pending={end.isPending}
      confirmation={(endedOn) => ({
        title: t.people.endPositionConfirm(
          position?.title ?? '',
          position?.unit.name ?? '',
          formatIsoDate(endedOn),
        ),
        content: t.people.endPositionText,
        okText: t.people.endPosition,
      })}
      end={(endedOn) => end.mutateAsync({ positionId: position?.id ?? '', endedOn })}
      done={t.people.positionEnded}
      onClose={onClose}
    />
  );
}

/** Transfers a person: one current position ends, a new one starts at another unit. */
export function TransferModal({
  personId,
  current,
  from,
  open,
  onClose,
}: {
  personId: string;
  current: readonly PositionItem[];
  from: PositionItem | null;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ fromPositionId?: string; position?: PositionValues }>();
  const transfer = useTransferPerson();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  return (
    <Modal
      open={open}
      title={t.people.transferTitle}
      okText={t.people.transfer}
      cancelText={t.common.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={transfer.isPending}
      width={640}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t.people.transferHelp} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          fromPositionId: from?.id ?? current[0]?.id,
          position: { ...NEW_POSITION, staffCategory: from?.staffCategory ?? 'CIVIL_SERVANT' },
        }}
        onFinish={(values) =>
          transfer.mutate(
            {
              personId,
              fromPositionId: values.fromPositionId ?? '',
              position: toPositionInput(values.position),
            },
            {
              onSuccess: () => {
                void message.success(t.people.transferred);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="fromPositionId"
          label={t.people.transferFrom}
          rules={[requiredChoice(t.people.transferFromWhat)]}
        >
          <Select
            options={current.map((p) => ({ value: p.id, label: `${p.title} — ${p.unit.name}` }))}
          />
        </Form.Item>
        <PositionFields />
      </Form>
    </Modal>
  );
}
