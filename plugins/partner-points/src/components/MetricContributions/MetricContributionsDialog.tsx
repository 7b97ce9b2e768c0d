import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MetricStanding } from '@partner-studio/scoring';
import type { MetricContributionsPage } from '@partner-studio/plugin-partner-studio-common';
import { partnerPointsApiRef } from '../../api';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  ProgramNames,
  formatPoints,
  formatShortDate,
  formatValue,
  humanize,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';

const useStyles = makeStyles({
  // An event id is not a word: it may break anywhere rather than widen the table.
  eventId: {
    overflowWrap: 'anywhere',
  },
});

/** Props of {@link MetricContributionsDialog}. */
export interface MetricContributionsDialogProps {
  partnerRef: string;
  /** The metric to explain; the dialog is closed while undefined. */
  metric?: MetricStanding;
  /** Names of business models, from the program. */
  names: ProgramNames;
  onClose(): void;
}

type Items = MetricContributionsPage['items'];

/** The events that produced a metric's points, highest first. */
export function MetricContributionsDialog(
  props: MetricContributionsDialogProps,
) {
  const { partnerRef, metric, names, onClose } = props;
  const classes = useStyles();
  const api = useApi(partnerPointsApiRef);
  const [items, setItems] = useState<Items>([]);
  const [nextCursor, setNextCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const metricId = metric?.id;
  const request = useRef(0);

  const load = useCallback(
    async (cursor?: string) => {
      if (!metricId) return;
      const current = ++request.current;
      setLoading(true);
      setError(undefined);
      try {
        const page: MetricContributionsPage = await api.getMetricContributions(
          partnerRef,
          metricId,
          { cursor },
        );
        if (current !== request.current) return;
        setItems(previous =>
          cursor ? [...previous, ...page.items] : page.items,
        );
        setNextCursor(page.nextCursor);
      } catch (e) {
        if (current !== request.current) return;
        setError(e as Error);
      } finally {
        if (current === request.current) setLoading(false);
      }
    },
    [api, partnerRef, metricId],
  );

  useEffect(() => {
    setItems([]);
    setNextCursor(undefined);
    load();
  }, [load]);

  const title = metric
    ? `Events behind ${metric.name}${
        metric.businessModel
          ? ` (${names.businessModel(metric.businessModel)})`
          : ''
      }`
    : '';
  // A per-business-model metric is listed once per model, while its events
  // endpoint covers every model: keep the events this row's standing credits.
  const credited = metric?.businessModel
    ? new Map(metric.contributions.map(c => [c.eventId, c.points]))
    : undefined;
  const shown = credited
    ? items
        .filter(item => credited.has(item.event.id))
        .map(item => ({ ...item, points: credited.get(item.event.id)! }))
    : items;

  return (
    <Dialog
      open={!!metric}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="partner-points-contributions-title"
    >
      <DialogTitle id="partner-points-contributions-title">{title}</DialogTitle>
      <DialogContent>
        {metric && (
          <Typography variant="body2" color="textSecondary" gutterBottom>
            {formatPoints(metric.points)} of {formatPoints(metric.maxPoints)}{' '}
            points from a value of {formatValue(metric.value, metric.unit)}{' '}
            (target {formatValue(metric.target, metric.unit)}) over the last{' '}
            {metric.windowDays} days.
          </Typography>
        )}
        {error && (
          <ErrorState
            error={error}
            title="The events could not be loaded"
            onRetry={() => load(items.length > 0 ? nextCursor : undefined)}
          />
        )}
        {!error && !loading && shown.length === 0 && (
          <EmptyState
            compact
            title="No events count for this metric yet"
            description={`None of the partner’s events of the last ${metric?.windowDays} days earns points for this metric.`}
            nextStep="The ranked actions under “What to do next” show how to earn its points."
          />
        )}
        {shown.length > 0 && (
          <WholeWordTable size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>Date</TableCell>
                <TableCell>Event</TableCell>
                <TableCell>Customer</TableCell>
                <TableCell align="right">Quantity</TableCell>
                <TableCell align="right">Amount (USD)</TableCell>
                <TableCell align="right">Points</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map(({ event, points }) => (
                <TableRow key={event.id}>
                  <TableCell>{formatShortDate(event.occurredAt)}</TableCell>
                  <TableCell>
                    {humanize(event.type)}
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="div"
                      className={classes.eventId}
                    >
                      {event.id}
                    </Typography>
                  </TableCell>
                  <TableCell>{event.customerId ?? '—'}</TableCell>
                  <TableCell align="right">
                    {event.quantity === undefined
                      ? '—'
                      : formatValue(event.quantity)}
                  </TableCell>
                  <TableCell align="right">
                    {event.amount === undefined
                      ? '—'
                      : formatValue(event.amount)}
                  </TableCell>
                  <TableCell align="right">{formatPoints(points)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </WholeWordTable>
        )}
        {loading && <LoadingState label="Loading the events" />}
      </DialogContent>
      <DialogActions>
        {nextCursor && !loading && (
          <Button onClick={() => load(nextCursor)}>Load more events</Button>
        )}
        <Button onClick={onClose} color="primary">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
