import { useState } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { usePermission } from '@backstage/plugin-permission-react';
import { Select, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import TrendingDownIcon from '@material-ui/icons/TrendingDown';
import TrendingFlatIcon from '@material-ui/icons/TrendingFlat';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import {
  hubUsageReadPermission,
  type HubUsageReport,
} from '@partner-studio/plugin-partner-studio-common';
import type { ToolUsage } from '../../api/contractTypes';
import {
  AsyncContent,
  EmptyState,
  LoadingState,
  formatDate,
  formatShortDate,
  type StateMessage,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { solutionsHubApiRef } from '../../api';
import { useHubSearchHref, useToolHref } from '../../hooks/useHubLinks';
import { WeeklyBarChart } from './WeeklyBarChart';
import { reportWeeks, toolWeeks, totalWeeks, trendText } from './usageWeeks';

const PERIODS = [4, 12, 26, 52] as const;

const useStyles = makeStyles(theme => ({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  period: { width: 220, flex: '0 0 auto' },
  chart: { maxWidth: 960, margin: theme.spacing(1, 0, 4) },
  table: {
    '& th, & td': { padding: theme.spacing(1, 1.5) },
    '& thead th': { whiteSpace: 'nowrap' },
  },
  numeric: { whiteSpace: 'nowrap' },
  // On a narrow page the trend's words wrap ("No recent / launches") so
  // that a tool's name keeps room for two lines rather than four.
  tool: { minWidth: '10em' },
  trend: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  details: {
    marginTop: theme.spacing(3),
    '& summary': { cursor: 'pointer', ...theme.typography.body1 },
  },
}));

function TrendIcon(props: { tool: ToolUsage }) {
  switch (props.tool.trend) {
    case 'up':
    case 'new':
      return <TrendingUpIcon fontSize="small" aria-hidden />;
    case 'down':
      return <TrendingDownIcon fontSize="small" aria-hidden />;
    default:
      return <TrendingFlatIcon fontSize="small" aria-hidden />;
  }
}

function ToolTitle(props: { tool: ToolUsage }) {
  const { tool } = props;
  const toolHref = useToolHref();
  const ref = parseEntityRef(tool.toolRef);
  return <Link to={toolHref(ref)}>{tool.title ?? ref.name}</Link>;
}

/**
 * The last day the summary names: the period's last day (it ends, exclusive,
 * at the end of the current week), or today while that week is running —
 * no launch can come from a day still ahead.
 */
function lastDayShown(to: string): number {
  return Math.min(Date.parse(to) - 1, Date.now());
}

function UsageReportView(props: { report: HubUsageReport }) {
  const { report } = props;
  const classes = useStyles();
  const weeks = reportWeeks(report);
  const launches = report.tools.reduce((sum, t) => sum + t.launches, 0);
  return (
    <>
      <Typography variant="body1" paragraph>
        {launches} {launches === 1 ? 'launch' : 'launches'} by{' '}
        {report.distinctPartners}{' '}
        {report.distinctPartners === 1 ? 'partner' : 'partners'} from{' '}
        {formatDate(report.from)} to{' '}
        {formatDate(new Date(lastDayShown(report.to)).toISOString())}.
      </Typography>
      <Box className={classes.chart}>
        <WeeklyBarChart
          weeks={totalWeeks(report)}
          title="Launches per week, all tools"
        />
      </Box>

      <Text as="h3" variant="title-x-small">
        Launches per tool
      </Text>
      <WholeWordTable
        size="small"
        className={classes.table}
        aria-label="Launches per tool"
      >
        <TableHead>
          <TableRow>
            <TableCell className={classes.tool}>Tool</TableCell>
            <TableCell align="right">Launches</TableCell>
            <TableCell align="right">Partners</TableCell>
            <TableCell align="right">People</TableCell>
            <TableCell>Trend (4 weeks)</TableCell>
            <TableCell>Last launch</TableCell>
            <TableCell>Per week</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.tools.map(tool => (
            <TableRow key={tool.toolRef}>
              <TableCell>
                <ToolTitle tool={tool} />
              </TableCell>
              <TableCell align="right">{tool.launches}</TableCell>
              <TableCell align="right">{tool.distinctPartners}</TableCell>
              <TableCell align="right">{tool.distinctUsers}</TableCell>
              <TableCell>
                <span className={classes.trend}>
                  <TrendIcon tool={tool} />
                  {trendText(tool)}
                </span>
              </TableCell>
              <TableCell className={classes.numeric}>
                {tool.lastLaunchedAt
                  ? formatShortDate(tool.lastLaunchedAt)
                  : '—'}
              </TableCell>
              <TableCell>
                <WeeklyBarChart
                  compact
                  weeks={toolWeeks(tool, weeks)}
                  title={`Launches per week of ${tool.title ?? tool.toolRef}`}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </WholeWordTable>

      <details className={classes.details}>
        <summary>Launches per tool per week, as a table</summary>
        <WholeWordTable
          size="small"
          className={classes.table}
          aria-label="Launches per tool per week"
        >
          <TableHead>
            <TableRow>
              <TableCell>Tool</TableCell>
              {weeks.map(week => (
                <TableCell key={week} align="right" className={classes.numeric}>
                  {formatShortDate(week)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {report.tools.map(tool => (
              <TableRow key={tool.toolRef}>
                <TableCell component="th" scope="row">
                  {tool.title ?? tool.toolRef}
                </TableCell>
                {toolWeeks(tool, weeks).map(week => (
                  <TableCell key={week.weekStart} align="right">
                    {week.launches}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </WholeWordTable>
      </details>
    </>
  );
}

/** What anybody the usage view is not for reads instead. */
function useNotForYou(): StateMessage {
  const searchHref = useHubSearchHref();
  return {
    title: 'Usage is for vendor experts and program admins',
    description:
      'The usage of the Hub across partners is shown to the vendor’s experts and program admins only.',
    nextStep: <Link to={searchHref()}>Back to the Solutions Hub</Link>,
  };
}

function UsageHeading() {
  return (
    <Text as="h2" variant="title-medium" id="solutions-hub-usage-heading">
      Usage of the Hub
    </Text>
  );
}

/** The heading, the period picker and the report for the period picked. */
function UsageReport() {
  const classes = useStyles();
  const api = useApi(solutionsHubApiRef);
  const notForYou = useNotForYou();
  const [weeks, setWeeks] = useState<number>(12);
  const report = useAsyncRetry(() => api.getUsage({ weeks }), [api, weeks]);
  // The backend decides too: if it refuses anyway, a period is no use.
  const refused =
    ResponseError.is(report.error) && report.error.statusCode === 403;

  return (
    <>
      <Box className={classes.controls}>
        <UsageHeading />
        {!refused && (
          <Box className={classes.period}>
            <Select
              label="Period"
              options={PERIODS.map(n => ({
                id: String(n),
                label: `Last ${n} weeks`,
              }))}
              value={String(weeks)}
              onChange={key => {
                const n = Number(key);
                if (PERIODS.some(p => p === n)) setWeeks(n);
              }}
            />
          </Box>
        )}
      </Box>
      <AsyncContent
        state={report}
        loadingLabel="Loading usage"
        isEmpty={value => value.tools.length === 0}
        empty={{
          title: 'No launches in this period',
          description: 'No tool was launched in the weeks chosen.',
          nextStep: 'Choose a longer period.',
        }}
        errorProps={{
          title: 'Usage could not be loaded',
          onRetry: report.retry,
          statusMessages: { 403: notForYou },
        }}
      >
        {value => <UsageReportView report={value} />}
      </AsyncContent>
    </>
  );
}

/**
 * `usage`: launches per tool per week, distinct partners and people, and
 * each tool's trend, for vendor experts and program admins (the permission
 * policy's `solutions-hub.usage.read`). Anybody else reads whom it is for,
 * without a period to pick. Which partners launched is never shown.
 */
export function UsagePage() {
  const classes = useStyles();
  const notForYou = useNotForYou();
  const permission = usePermission({ permission: hubUsageReadPermission });

  if (permission.loading) {
    return <LoadingState label="Loading usage" />;
  }
  return (
    <section aria-labelledby="solutions-hub-usage-heading">
      {permission.allowed ? (
        <UsageReport />
      ) : (
        <>
          <Box className={classes.controls}>
            <UsageHeading />
          </Box>
          <EmptyState {...notForYou} missing="info" />
        </>
      )}
    </section>
  );
}
