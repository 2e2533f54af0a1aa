import { PlusOutlined } from '@ant-design/icons';
import { formatNumber } from '@thidua/shared-domain';
import { ItemList, PageHeader, SearchInput, useDebouncedValue } from '@thidua/web-ui';
import {
  exportPath,
  useUnitEndedMatches,
  useUnitSearch,
  type UnitSearchResult,
} from '@thidua/web-data-access';
import { Alert, Button, Card, Empty, Flex, Spin, Switch, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, formatPeriod } from '../../../shared/dates';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { CreateUnitDrawer } from '../components/CreateUnitDrawer';
import { UnitStatusTag } from '../components/UnitStatusTag';
import { UnitTreeBrowser } from '../components/UnitTreeBrowser';
import { UNIT_TREES, useUnitBrowserState } from '../hooks/useUnitBrowserState';

export function UnitsPage() {
  useDocumentTitle(t.units.pageTitle);
  const { can } = useViewer();
  const navigate = useNavigate();
  const state = useUnitBrowserState();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const debounced = useDebouncedValue(search.trim());

  return (
    <>
      <PageHeader
        title={t.units.pageTitle}
        subtitle={t.units.subtitle}
        breadcrumb={[t.nav.org]}
        extra={
          <>
            <ExportButton
              path={exportPath('units', {
                tree: state.tree,
                search: debounced,
                includeEnded: state.includeEnded || undefined,
              })}
              fallbackName="don-vi.xlsx"
            />
            {can('UNIT_MANAGE') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t.units.create}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Tabs
          activeKey={state.tree}
          onChange={(key) => state.setTree(UNIT_TREES.find((tree) => tree === key) ?? 'GOVERNMENT')}
          items={UNIT_TREES.map((tree) => ({ key: tree, label: t.units.trees[tree] }))}
        />
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchInput
            label={t.units.searchLabel}
            placeholder={t.units.searchPlaceholder}
            value={search}
            onChange={setSearch}
            style={{ flex: '2 1 320px' }}
          />
          <Tooltip title={t.units.asOfHelp}>
            <div style={{ flex: '0 1 200px' }}>
              <IsoDatePicker
                allowClear
                aria-label={t.units.asOf}
                placeholder={t.units.asOf}
                value={state.asOf ?? null}
                onChange={state.setAsOf}
              />
            </div>
          </Tooltip>
          <Flex gap={8} align="center">
            <Switch
              id="units-show-ended"
              checked={state.includeEnded}
              onChange={state.setIncludeEnded}
            />
            <label htmlFor="units-show-ended">{t.units.showEnded}</label>
          </Flex>
        </Flex>
        {state.asOf && (
          <Alert
            type="info"
            showIcon
            title={t.units.asOfBanner(formatIsoDate(state.asOf))}
            action={
              <Button size="small" onClick={() => state.setAsOf(null)}>
                {t.units.backToToday}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        {debounced ? (
          <UnitSearchResults
            search={debounced}
            tree={state.tree}
            asOf={state.asOf}
            includeEnded={state.includeEnded}
            onShowEnded={() => state.setIncludeEnded(true)}
            onClear={() => setSearch('')}
          />
        ) : (
          <UnitTreeBrowser
            key={`${state.tree}|${state.asOf ?? ''}|${state.includeEnded}`}
            tree={state.tree}
            asOf={state.asOf}
            includeEnded={state.includeEnded}
          />
        )}
      </Card>
      <CreateUnitDrawer
        open={creating}
        onClose={() => setCreating(false)}
        tree={state.tree}
        onCreated={(id) => navigate(unitPath(id))}
      />
    </>
  );
}

function UnitSearchResults({
  search,
  tree,
  asOf,
  includeEnded,
  onShowEnded,
  onClear,
}: {
  search: string;
  tree: UnitSearchResult['tree'];
  asOf?: string;
  includeEnded: boolean;
  onShowEnded: () => void;
  onClear: () => void;
}) {
  const results = useUnitSearch({ first: 20, search, tree, asOf, includeEnded });
  // "3 đơn vị đã kết thúc cũng khớp": only while the list leaves ended units out
  const ended = useUnitEndedMatches({ search, tree }, !includeEnded && !asOf);
  const endedCount = !includeEnded && !asOf ? (ended.data ?? 0) : 0;

  if (results.isPending) {
    return (
      <Flex justify="center" style={{ padding: 24 }} role="status">
        <Spin />
      </Flex>
    );
  }
  if (results.isError) {
    return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  }
  const { nodes, totalCount, totalCountCapped, hasNextPage } = results.data;
  return (
    <section aria-label={t.units.searchLabel}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>
          {t.units.searchResults(formatNumber(totalCount), totalCountCapped)}
        </Typography.Text>
        <Button type="link" onClick={onClear}>
          {t.units.clearSearch}
        </Button>
      </Flex>
      {endedCount > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="ended-matches"
          title={t.units.endedMatches(formatNumber(endedCount))}
          action={
            <Button size="small" onClick={onShowEnded}>
              {t.units.showEndedMatches}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      )}
      {nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.units.noSearchResults} />
      ) : (
        <ItemList
          bordered
          items={nodes.map((unit) => ({
            key: unit.id,
            content: (
              <>
                <Link
                  to={unitPath(unit.id)}
                  style={unit.status !== 'ACTIVE' ? { color: '#8c8c8c' } : undefined}
                >
                  {unit.name}
                </Link>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {unit.code} · {unit.kind.name}
                </Typography.Text>
                {unit.parent && (
                  <>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t.units.parentLine(unit.parent.name)}
                    </Typography.Text>
                  </>
                )}
              </>
            ),
            actions:
              unit.status !== 'ACTIVE' ? (
                <>
                  <UnitStatusTag status={unit.status} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatPeriod(unit.validFrom, unit.validTo)}
                  </Typography.Text>
                </>
              ) : undefined,
          }))}
        />
      )}
      {hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button loading={results.isFetchingNextPage} onClick={() => void results.fetchNextPage()}>
            {t.ui.loadMore}
          </Button>
        </Flex>
      )}
    </section>
  );
}
