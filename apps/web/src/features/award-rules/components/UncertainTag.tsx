import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';

import { t } from '../../../i18n';

/** Beside an [L] fact: the reference inferred it; an administrator checks it against the text. */
export function UncertainTag({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <Tooltip title={t.awardRules.uncertainHelp}>
      <Tag color="orange" icon={<ExclamationCircleOutlined aria-hidden />}>
        {t.awardRules.uncertain}
      </Tag>
    </Tooltip>
  );
}
