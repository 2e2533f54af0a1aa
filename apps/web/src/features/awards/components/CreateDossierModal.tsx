import { AWARD_DOSSIER_LIMITS as L } from '@thidua/shared-domain';
import { useDebouncedValue } from '@thidua/web-ui';
import {
  useAwardRounds,
  useCreateAwardDossier,
  type AwardRoundItem,
} from '@thidua/web-data-access';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';

import { awardDossierPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { blankToNull, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { awardsMessages as m } from '../messages';

interface Values {
  roundId?: string;
  unitId?: string;
  note?: string;
}

/**
 * Lập hồ sơ: a round open for dossiers (preset when opened from the rounds list) and the proposing
 * unit, the viewer's own by default. The API refuses a second dossier of a unit in a round, a unit
 * the round's plan does not reach, and the receiving unit proposing to itself; its message shows
 * under the field it names.
 */
export function CreateDossierModal({
  round,
  onClose,
}: {
  round?: AwardRoundItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  const create = useCreateAwardDossier();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useViewer();
  return (
    <Modal
      open
      title={m.createDossierTitle}
      okText={m.createDossier}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ roundId: round?.id, unitId: user.unit?.id }}
        onFinish={(values) =>
          create.mutate(
            {
              roundId: values.roundId ?? '',
              unitId: values.unitId ?? '',
              note: blankToNull(values.note),
            },
            {
              onSuccess: (dossier) => {
                void message.success(m.dossierCreated);
                onClose();
                navigate(awardDossierPath(dossier.id));
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="roundId"
          label={m.roundOf}
          extra={m.roundHelp}
          rules={[requiredChoice(m.roundWhat)]}
        >
          <OpenRoundSelect initial={round ?? null} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={m.proposingUnit}
          extra={m.unitHelp}
          rules={[requiredChoice(m.unitWhat)]}
        >
          <UnitSelect initialUnit={user.unit ?? null} />
        </Form.Item>
        <Form.Item name="note" label={m.dossierNote}>
          <Input.TextArea rows={2} maxLength={L.note} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Rounds open for dossiers, found by the server's search on their title. */
export function OpenRoundSelect({
  id,
  value,
  onChange,
  initial,
  status = 'OPEN',
  placeholder = m.roundPlaceholder,
  allowClear,
  'aria-label': ariaLabel,
  style,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  initial?: Pick<AwardRoundItem, 'id' | 'title'> | null;
  /** null: every round (a list's filter) */
  status?: 'OPEN' | null;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const rounds = useAwardRounds({
    first: 20,
    search: debounced || undefined,
    status: status ?? undefined,
  });
  const options = (rounds.data?.nodes ?? []).map((r) => ({
    value: r.id,
    label: `${r.title} (${r.year})`,
  }));
  if (initial && !options.some((o) => o.value === initial.id))
    options.unshift({ value: initial.id, label: initial.title });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={allowClear}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={placeholder}
      aria-label={ariaLabel}
      loading={rounds.isFetching}
      options={options}
      style={style}
    />
  );
}
