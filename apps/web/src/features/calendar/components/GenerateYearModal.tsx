import { isoToVn, lunarDateProblems, statutoryCalendarDays } from '@thidua/shared-domain';
import { useGenerateCalendarYear } from '@thidua/web-data-access';
import { App, Form, Input, Modal, Typography } from 'antd';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';

interface GenerateValues {
  lunarNewYear: string | null;
  hungKings: string | null;
  note: string;
}

/**
 * "Tạo lịch năm": the year's statutory days from the rules, with a preview computed here by the same
 * function the API runs (statutoryCalendarDays), so what is shown is what is created.
 */
export function GenerateYearModal({
  year,
  open,
  onClose,
}: {
  year: number;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<GenerateValues>();
  const generate = useGenerateCalendarYear();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const lunarNewYear = Form.useWatch('lunarNewYear', form) ?? null;
  const hungKings = Form.useWatch('hungKings', form) ?? null;
  const lunar = { lunarNewYear, hungKings };
  const preview = lunarDateProblems(year, lunar).length ? null : statutoryCalendarDays(year, lunar);

  const submit = (values: GenerateValues) =>
    generate.mutate(
      {
        year,
        lunarNewYear: values.lunarNewYear,
        hungKings: values.hungKings,
        note: values.note.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t.calendar.generated(year));
          onClose();
        },
        onError: (error) => onError(error, form),
      },
    );

  const lunarRule = (field: 'lunarNewYear' | 'hungKings') => ({
    validator: (_: unknown, value: string | null) => {
      const problem = lunarDateProblems(year, { [field]: value })[0];
      return problem ? Promise.reject(new Error(problem.message)) : Promise.resolve();
    },
  });

  return (
    <Modal
      open={open}
      title={t.calendar.generateTitle(year)}
      okText={t.calendar.generate}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={generate.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">{t.calendar.generateIntro}</Typography.Paragraph>
      <Form<GenerateValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ lunarNewYear: null, hungKings: null, note: '' }}
      >
        <Form.Item
          name="lunarNewYear"
          label={t.calendar.lunarNewYear}
          extra={t.calendar.lunarNewYearHelp}
          rules={[lunarRule('lunarNewYear')]}
        >
          <IsoDatePicker aria-label={t.calendar.lunarNewYear} />
        </Form.Item>
        <Form.Item name="hungKings" label={t.calendar.hungKings} rules={[lunarRule('hungKings')]}>
          <IsoDatePicker aria-label={t.calendar.hungKings} />
        </Form.Item>
        <Form.Item name="note" label={t.calendar.yearNote}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {preview && (
        <>
          <Typography.Text strong>{t.calendar.preview(preview.length)}</Typography.Text>
          <ul aria-label={t.calendar.preview(preview.length)} style={{ marginTop: 4 }}>
            {preview.map((d) => (
              <li key={d.date}>
                {isoToVn(d.date)} – {d.name}
                {d.provisional && (
                  <Typography.Text type="warning"> ({t.calendar.provisional})</Typography.Text>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}
