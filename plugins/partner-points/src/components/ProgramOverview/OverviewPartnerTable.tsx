import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type {
  OverviewPartner,
  OverviewPartnerPage,
} from '@partner-studio/plugin-partner-studio-common';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  ProgramNames,
  StateMessage,
  formatDate,
  formatPoints,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';
import { useAnyStandingSignal } from '../../hooks';
import { partnerRouteRef } from '../../routes';
import { useCompactTableStyles } from '../CompactTable';
import { partnerRouteParams } from '../StandingPageLink';

/** A column of the table: its header and what a partner's cell shows. */
interface Column {
  header: string;
  align?: 'right';
  cell(partner: OverviewPartner, names: ProgramNames): string;
}

/** The columns of each segment, after the partner's name. */
export const SEGMENT_COLUMNS: Record<
  'all' | 'at-risk' | 'within-reach',
  Column[]
> = {
  all: [
    { header: 'Tier', cell: (p, names) => names.tier(p.tier) },
    {
      header: 'Points',
      align: 'right',
      cell: p => formatPoints(p.totalPoints),
    },
    {
      header: 'Business models',
      cell: (p, names) =>
        p.partner.businessModels.map(m => names.businessModel(m)).join(', '),
    },
  ],
  'at-risk': [
    { header: 'Tier now', cell: (p, names) => names.tier(p.tier) },
    {
      header: 'Drops to',
      cell: (p, names) => (p.dropsToTier ? names.tier(p.dropsToTier) : '—'),
    },
    {
      header: 'On',
      cell: p => (p.dropsOn ? formatDate(p.dropsOn) : '—'),
    },
    {
      header: 'Points',
      align: 'right',
      cell: p => formatPoints(p.totalPoints),
    },
  ],
  'within-reach': [
    { header: 'Tier now', cell: (p, names) => names.tier(p.tier) },
    {
      header: 'Next tier',
      cell: (p, names) => (p.nextTier ? names.tier(p.nextTier) : '—'),
    },
    {
      header: 'Points to go',
      align: 'right',
      cell: p =>
        p.pointsToNextTier === undefined
          ? '—'
          : formatPoints(p.pointsToNextTier),
    },
    {
      header: 'Actions',
      align: 'right',
      cell: p => (p.planSteps === undefined ? '—' : String(p.planSteps)),
    },
  ],
};

interface Pages {
  items: OverviewPartner[];
  nextCursor?: string;
  loading: boolean;
  error?: Error;
}

/**
 * Pages through a segment's partners: the first page again whenever the
 * loader changes (new filters) or a standing change is signalled, the next
 * page on "Show more".
 */
function useOverviewPages(
  load: (cursor?: string) => Promise<OverviewPartnerPage>,
) {
  const [pages, setPages] = useState<Pages>({ items: [], loading: true });
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setPages(previous => ({ ...previous, loading: true, error: undefined }));
    load().then(
      page =>
        mine === generation.current &&
        setPages({
          items: page.items,
          nextCursor: page.nextCursor,
          loading: false,
        }),
      error =>
        mine === generation.current &&
        setPages(previous => ({ ...previous, loading: false, error })),
    );
  }, [load]);

  const loadMore = useCallback(
    (cursor: string) => {
      const mine = generation.current;
      setPages(previous => ({ ...previous, loading: true }));
      load(cursor).then(
        page =>
          mine === generation.current &&
          setPages(previous => ({
            items: [...previous.items, ...page.items],
            nextCursor: page.nextCursor,
            loading: false,
          })),
        error =>
          mine === generation.current &&
          setPages(previous => ({ ...previous, loading: false, error })),
      );
    },
    [load],
  );

  useEffect(reload, [reload]);
  useAnyStandingSignal(reload);
  return { pages, reload, loadMore };
}

/** Props of {@link OverviewPartnerTable}. */
export interface OverviewPartnerTableProps {
  /** Accessible name of the table. */
  label: string;
  segment: 'all' | 'at-risk' | 'within-reach';
  load: (cursor?: string) => Promise<OverviewPartnerPage>;
  names: ProgramNames;
  empty: StateMessage;
}

/** One segment's partners, each linking to its standing page. */
export function OverviewPartnerTable(props: OverviewPartnerTableProps) {
  const { label, segment, load, names, empty } = props;
  const compact = useCompactTableStyles();
  const partnerRoute = useRouteRef(partnerRouteRef);
  const { pages, reload, loadMore } = useOverviewPages(load);
  const columns = SEGMENT_COLUMNS[segment];

  if (pages.error && pages.items.length === 0) {
    return (
      <ErrorState
        error={pages.error}
        title={`${label} could not be loaded`}
        onRetry={reload}
      />
    );
  }
  if (pages.items.length === 0) {
    return pages.loading ? (
      <LoadingState label={`Loading ${label.toLocaleLowerCase('en-GB')}`} />
    ) : (
      <EmptyState {...empty} compact />
    );
  }
  return (
    <Box>
      <WholeWordTable size="small" aria-label={label} className={compact.table}>
        <TableHead>
          <TableRow>
            <TableCell>Partner</TableCell>
            {columns.map(column => (
              <TableCell key={column.header} align={column.align}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {pages.items.map(item => (
            <TableRow key={item.partner.entityRef}>
              <TableCell>
                <Link
                  to={partnerRoute(partnerRouteParams(item.partner.entityRef))}
                >
                  {item.partner.title}
                </Link>
              </TableCell>
              {columns.map(column => (
                <TableCell
                  key={column.header}
                  align={column.align}
                  className={compact.oneLine}
                >
                  {column.cell(item, names)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </WholeWordTable>
      {pages.error && (
        <ErrorState
          error={pages.error}
          title="The next page could not be loaded"
        />
      )}
      {pages.nextCursor && (
        <Box mt={1}>
          <Button
            variant="outlined"
            color="primary"
            disabled={pages.loading}
            onClick={() => pages.nextCursor && loadMore(pages.nextCursor)}
          >
            Show more
          </Button>
        </Box>
      )}
    </Box>
  );
}
