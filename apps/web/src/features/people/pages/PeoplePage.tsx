import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { CalendarDateText, DataTable, FilterBar, PageHeader, TextOrNone } from '@thidua/web-ui';
import {
  exportPath,
  usePeople,
  type PersonItem,
  type Sex,
  type StaffCategory,
  connectionTable,
} from '@thidua/web-data-access';
import { Button, Card, Checkbox, Flex, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { personPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { UnitSelect } from '../../units/components/UnitSelect';
import { CreatePersonDrawer } from '../components/CreatePersonDrawer';
import { CurrentPositions } from '../components/CurrentPositions';
import { SEXES } from '../components/PersonFields';
import { STAFF_CATEGORIES } from '../components/PositionFields';
import { usePeopleListState } from '../hooks/usePeopleListState';

type PartyFilter = 'yes' | 'no';

export function PeoplePage() {
  useDocumentTitle(t.people.pageTitle);
  const { can } = useViewer();
  const navigate = useNavigate();
  const list = usePeopleListState();
  const people = usePeople(list.filters);
  const [creating, setCreating] = useState(false);
  const { first: _first, ...exportFilters } = list.filters;

  return (
    <>
      <PageHeader
        title={t.people.pageTitle}
        subtitle={t.people.subtitle}
        breadcrumb={[t.nav.org]}
        extra={
          <>
            <ExportButton
              path={exportPath('people', { ...exportFilters })}
              fallbackName="can-bo.xlsx"
            />
            {can('PERSON_MANAGE') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t.people.add}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t.people.searchPlaceholder}
            aria-label={t.people.searchLabel}
            value={list.search}
            onChange={(e) => list.setSearch(e.target.value)}
            style={{ flex: '2 1 260px' }}
          />
          <UnitSelect
            allowClear
            aria-label={t.people.unitFilter}
            placeholder={t.people.unitFilter}
            value={list.unitId}
            onChange={list.setUnitId}
            style={{ flex: '2 1 260px' }}
          />
          <Checkbox
            checked={list.includeDescendants}
            disabled={!list.unitId}
            onChange={(e) => list.setIncludeDescendants(e.target.checked)}
          >
            {t.people.includeDescendants}
          </Checkbox>
        </Flex>
        <FilterBar
          activeCount={
            [
              list.sex,
              list.partyMember !== undefined,
              list.staffCategory,
              list.includeFormer,
            ].filter(Boolean).length
          }
        >
          <Select<Sex>
            allowClear
            aria-label={t.people.sexFilter}
            placeholder={t.people.anySex}
            value={list.sex}
            onChange={list.setSex}
            options={SEXES.map((s) => ({ value: s, label: t.people.sexes[s] }))}
            style={{ flex: '1 1 140px' }}
          />
          <Select<PartyFilter>
            allowClear
            aria-label={t.people.partyFilter}
            placeholder={t.people.anyParty}
            value={list.partyMember === undefined ? undefined : list.partyMember ? 'yes' : 'no'}
            onChange={(value) =>
              list.setPartyMember(value === undefined ? undefined : value === 'yes')
            }
            options={[
              { value: 'yes', label: t.people.partyYes },
              { value: 'no', label: t.people.partyNo },
            ]}
            style={{ flex: '1 1 180px' }}
          />
          <Select<StaffCategory>
            allowClear
            aria-label={t.people.categoryFilter}
            placeholder={t.people.anyCategory}
            value={list.staffCategory}
            onChange={list.setStaffCategory}
            options={STAFF_CATEGORIES.map((c) => ({
              value: c,
              label: t.people.staffCategories[c],
            }))}
            style={{ flex: '1 1 200px' }}
          />
          <Checkbox
            checked={list.includeFormer}
            onChange={(e) => list.setIncludeFormer(e.target.checked)}
          >
            {t.people.includeFormer}
          </Checkbox>
        </FilterBar>
        {people.isError && (
          <QueryError error={people.error} onRetry={() => void people.refetch()} />
        )}
        <DataTable<PersonItem>
          rowKey="id"
          {...connectionTable(people)}
          pageSize={list.pageSize}
          onPageSizeChange={list.setPageSize}
          emptyText={list.isFiltered ? t.people.emptyFiltered : undefined}
          onRow={(person) => ({ onDoubleClick: () => navigate(personPath(person.id)) })}
          columns={[
            {
              key: 'fullName',
              title: t.people.fullName,
              render: (_, person) => <Link to={personPath(person.id)}>{person.fullName}</Link>,
            },
            {
              key: 'code',
              title: t.people.code,
              width: 130,
              render: (_, person) => <TextOrNone value={person.code} />,
            },
            {
              key: 'sex',
              title: t.people.sex,
              width: 90,
              render: (_, person) => t.people.sexes[person.sex],
            },
            {
              key: 'dateOfBirth',
              title: t.people.dateOfBirth,
              width: 120,
              render: (_, person) => <CalendarDateText value={person.dateOfBirth} />,
            },
            {
              key: 'position',
              title: t.people.currentPosition,
              render: (_, person) => <CurrentPositions person={person} />,
            },
            {
              key: 'party',
              title: t.people.partyMember,
              width: 110,
              render: (_, person) =>
                person.partyMember ? <Tag color="red">{t.people.partyYes}</Tag> : null,
            },
          ]}
        />
      </Card>
      <CreatePersonDrawer
        open={creating}
        onClose={() => setCreating(false)}
        defaultUnitId={list.unitId}
        onCreated={(id) => navigate(personPath(id))}
      />
    </>
  );
}
