import { PlusOutlined } from '@ant-design/icons';
import { CAMPAIGN_PLAN_LIMITS as L } from '@thidua/shared-domain';
import { useDebouncedValue } from '@thidua/web-ui';
import { useLegalDocuments, type LegalDocumentItem } from '@thidua/web-data-access';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { requiredChoice } from '../../../shared/forms/rules';
import type { OutlineLegalBasis } from '../preview/plan-outline';
import { RowActions } from './fields';

export type KnownLegalDocument = OutlineLegalBasis & { id: string; name: string };

/**
 * Picks one document of the legal registry by what the user types (the API's accent-insensitive
 * search), replaced ones included: a plan may cite a text that has since been replaced. The chosen
 * document is reported whole, so the preview can cite it without asking the API again.
 */
function LegalBasisSelect({
  value,
  onChange,
  known,
  onPick,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  known: ReadonlyMap<string, KnownLegalDocument>;
  onPick: (doc: LegalDocumentItem) => void;
  'aria-label': string;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const documents = useLegalDocuments({ first: 20, search: debounced, includeReplaced: true });
  const found = documents.data?.nodes ?? [];
  const label = (doc: { name: string; title?: string | null }) =>
    doc.title ? `${doc.name} — ${doc.title}` : doc.name;
  const chosen = value ? known.get(value) : undefined;
  const options = [
    ...(chosen && !found.some((d) => d.id === chosen.id)
      ? [{ value: chosen.id, label: label(chosen), title: chosen.name }]
      : []),
    ...found.map((doc) => ({ value: doc.id, label: label(doc), title: doc.name })),
  ];
  return (
    <Select
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(next: string | undefined) => {
        const doc = found.find((d) => d.id === next);
        if (doc) onPick(doc);
        onChange?.(next);
      }}
      placeholder={t.campaigns.legalBasisPlaceholder}
      loading={documents.isFetching}
      options={options}
      notFoundContent={documents.isFetching ? t.ui.loading : t.campaigns.noLegalDocument}
      style={{ width: '100%' }}
    />
  );
}

/** Căn cứ: the cited documents, in the order the plan cites them. */
export function LegalBasesField({
  known,
  onPick,
}: {
  known: ReadonlyMap<string, KnownLegalDocument>;
  onPick: (doc: LegalDocumentItem) => void;
}) {
  const c = t.campaigns;
  return (
    <div role="group" aria-label={c.legalBases} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{c.legalBases}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4, fontSize: 13 }}>
        {c.legalBasesHelp}
      </Typography.Paragraph>
      <Form.List name="legalDocumentIds">
        {(rows, { add, remove, move }) => (
          <Flex vertical gap={6}>
            {rows.map((row, index) => {
              const what = `${c.legalBases} ${index + 1}`;
              return (
                <Flex key={row.key} gap={6} align="start">
                  <Form.Item
                    name={row.name}
                    style={{ flex: 1, marginBottom: 0 }}
                    rules={[
                      requiredChoice(c.legalBasisWhat),
                      ({ getFieldValue }) => ({
                        validator: async (_rule, value: unknown) => {
                          const ids: unknown = getFieldValue('legalDocumentIds');
                          if (value && Array.isArray(ids) && ids.slice(0, index).includes(value)) {
                            throw new Error(c.legalBasisDuplicate);
                          }
                        },
                      }),
                    ]}
                  >
                    <LegalBasisSelect aria-label={what} known={known} onPick={onPick} />
                  </Form.Item>
                  <RowActions
                    what={what}
                    index={index}
                    count={rows.length}
                    move={rows.length > 1 ? move : undefined}
                    remove={remove}
                  />
                </Flex>
              );
            })}
            {rows.length < L.legalBases && (
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add()}
                style={{ alignSelf: 'flex-start' }}
              >
                {c.addLegalBasis}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </div>
  );
}
