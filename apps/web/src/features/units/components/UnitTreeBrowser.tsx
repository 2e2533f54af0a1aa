import { CaretDownOutlined, CaretRightOutlined } from '@ant-design/icons';
import { formatNumber } from '@thidua/shared-domain';
import { ErrorAlert } from '@thidua/web-ui';
import {
  useUnitChildren,
  type UnitChildrenFilters,
  type UnitNode,
  type UnitTree,
} from '@thidua/web-data-access';
import { Button, Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { errorMessage, isRetryable } from '../../../shared/errors';
import { formatPeriod } from '../../../shared/dates';
import { UnitStatusTag } from './UnitStatusTag';

export interface UnitTreeBrowserProps {
  tree: UnitTree;
  /** "YYYY-MM-DD": the organisation as it stood that day; today when undefined */
  asOf?: string;
  /** also ended units (greyed, with their dates) */
  includeEnded: boolean;
}

/**
 * One hierarchy as an expandable tree. Each level is fetched when first opened
 * (`unitChildren(tree, parentId, asOf)`), so a province with thousands of units opens instantly.
 * Mount with a `key` of the filters: a new date or filter starts again from the roots.
 */
export function UnitTreeBrowser({ tree, asOf, includeEnded }: UnitTreeBrowserProps) {
  return (
    <ul
      role="tree"
      aria-label={t.units.trees[tree]}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      <UnitTreeLevel filters={{ tree, parentId: null, asOf, includeEnded }} level={1} />
    </ul>
  );
}

function UnitTreeLevel({ filters, level }: { filters: UnitChildrenFilters; level: number }) {
  const children = useUnitChildren(filters);
  const indent = { paddingInlineStart: (level - 1) * 24 };

  if (children.isPending) {
    return (
      <li role="none" style={{ ...indent, padding: '6px 0' }}>
        <Flex gap={8} align="center" role="status">
          <Spin size="small" />
          <Typography.Text type="secondary">{t.units.loadingChildren}</Typography.Text>
        </Flex>
      </li>
    );
  }
  if (children.isError) {
    return (
      <li role="none" style={indent}>
        <ErrorAlert
          message={errorMessage(children.error)}
          onRetry={isRetryable(children.error) ? () => void children.refetch() : undefined}
        />
      </li>
    );
  }
  if (children.data.length === 0) {
    return (
      <li role="none" style={{ ...indent, padding: '4px 0 4px 28px' }}>
        {level === 1 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filters.asOf ? t.units.emptyTreeAsOf : t.units.emptyTree}
          />
        ) : (
          <Typography.Text type="secondary">{t.units.noChildren}</Typography.Text>
        )}
      </li>
    );
  }
  return (
    <>
      {children.data.map((unit) => (
        <UnitTreeItem key={unit.id} unit={unit} filters={filters} level={level} />
      ))}
    </>
  );
}

function UnitTreeItem({
  unit,
  filters,
  level,
}: {
  unit: UnitNode;
  filters: UnitChildrenFilters;
  level: number;
}) {
  const [expanded, setExpanded] = useState(false);
  // childCount counts the active children (as of the chosen day, if any): ended ones are not in it
  const expandable = unit.childCount > 0 || filters.includeEnded;
  const ended = unit.status !== 'ACTIVE';

  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={expandable ? expanded : undefined}
      aria-label={unit.name}
      style={{ listStyle: 'none' }}
    >
      <Flex
        align="center"
        gap={6}
        wrap
        style={{ paddingInlineStart: (level - 1) * 24, minHeight: 32 }}
        data-testid={`unit-node-${unit.code}`}
      >
        {expandable ? (
          <Button
            type="text"
            size="small"
            aria-label={expanded ? t.units.collapse(unit.name) : t.units.expand(unit.name)}
            // aria-hidden: antd names icons in English ("caret-right"), which joined the item's text
            icon={expanded ? <CaretDownOutlined aria-hidden /> : <CaretRightOutlined aria-hidden />}
            onClick={() => setExpanded((open) => !open)}
          />
        ) : (
          <span style={{ display: 'inline-block', width: 24 }} aria-hidden />
        )}
        <Link
          to={unitPath(unit.id)}
          style={ended ? { color: '#8c8c8c', textDecoration: 'line-through' } : undefined}
        >
          {unit.name}
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.kind.name}
        </Typography.Text>
        {unit.childCount > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            · {t.units.childCount(formatNumber(unit.childCount))}
          </Typography.Text>
        )}
        {ended && (
          <>
            <UnitStatusTag status={unit.status} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatPeriod(unit.validFrom, unit.validTo)}
            </Typography.Text>
          </>
        )}
      </Flex>
      {expanded && (
        <ul role="group" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          <UnitTreeLevel filters={{ ...filters, parentId: unit.id }} level={level + 1} />
        </ul>
      )}
    </li>
  );
}
