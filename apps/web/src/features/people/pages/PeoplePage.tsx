import { PlusOutlined } from '@ant-design/icons';
import {
  CalendarDateText,
  DataTable,
  FilterBar,
  PageHeader,
  SearchInput,
  TextOrNone,
} from '@thidua/web-ui';
import {
  exportPath,
  usePeople,
  type PersonItem,
  type Sex,
  type StaffCategory,
  connectionTable,
} from '@thidua/web-data-access';
import { Button, Card, Checkbox, Flex, Select, Tag } from 'antd';
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
  const people = usePeople(list.variables);
  const [creating, setCreating] = useState(false);
  const { unitId, sex, partyMember, staffCategory } = list.filters;

  return (
    <>
      <PageHeader
        title={t.people.pageTitle}
        subtitle={t.people.subtitle}
        breadcrumb={[t.nav.org]}
        extra={
          <>
            <ExportButton path={exportPath('people', list.query)} fallbackName="can-bo.xlsx" />
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
          <SearchInput
            label={t.people.searchLabel}
            placeholder={t.people.searchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '2 1 260px' }}
          />
          <UnitSelect
            allowClear
            aria-label={t.people.unitFilter}
            placeholder={t.people.unitFilter}
            value={unitId}
            onChange={(value) => list.setFilters({ unitId: value })}
            style={{ flex: '2 1 260px' }}
          />
          <Checkbox
            checked={list.includeDescendants}
            disabled={!unitId}
            onChange={(e) => list.setIncludeDescendants(e.target.checked)}
          >
            {t.people.includeDescendants}
          </Checkbox>
        </Flex>
        <FilterBar
          activeCount={
            [sex, partyMember !== undefined, staffCategory, list.includeFormer].filter(Boolean)
              .length
          }
        >
          <Select<Sex>
            allowClear
            aria-label={t.people.sexFilter}
            placeholder={t.people.anySex}
            value={sex}
            onChange={(value) => list.setFilters({ sex: value })}
            options={SEXES.map((s) => ({ value: s, label: t.people.sexes[s] }))}
            style={{ flex: '1 1 140px' }}
          />
          <Select<PartyFilter>
            allowClear
            aria-label={t.people.partyFilter}
            placeholder={t.people.anyParty}
            value={partyMember === undefined ? undefined : partyMember ? 'yes' : 'no'}
            onChange={(value) =>
              list.setFilters({ partyMember: value === undefined ? undefined : value === 'yes' })
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
            value={staffCategory}
            onChange={(value) => list.setFilters({ staffCategory: value })}
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
          {...list.tableProps(t.people.emptyFiltered)}
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
        defaultUnitId={unitId}
        onCreated={(id) => navigate(personPath(id))}
      />
    </>
  );
}
