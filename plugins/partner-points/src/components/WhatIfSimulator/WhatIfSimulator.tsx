import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import DeleteIcon from '@material-ui/icons/Delete';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type {
  PerformanceEvent,
  SimulationResult,
  Standing,
} from '@partner-studio/scoring';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  ProgramNames,
  errorReason,
  formatPoints,
  formatPointsDelta,
  formatValue,
  hasStatus,
  humanize,
  WholeWordTable,
} from '@partner-studio/plugin-partner-studio-react';
import { partnerPointsApiRef } from '../../api';
import { useCompactTableStyles } from '../CompactTable';
import { HypotheticalEventForm } from './HypotheticalEventForm';

const useStyles = makeStyles(theme => ({
  scenario: {
    listStyle: 'none',
    margin: theme.spacing(1, 0),
    padding: 0,
    '& > li': {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      borderBottom: `1px solid ${theme.palette.divider}`,
    },
  },
  result: {
    marginTop: theme.spacing(2),
  },
  headline: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

function describeEvent(event: PerformanceEvent, names: ProgramNames): string {
  const parts = [humanize(event.type)];
  if (event.quantity !== undefined)
    parts.push(`quantity ${formatValue(event.quantity)}`);
  if (event.amount !== undefined)
    parts.push(`${formatValue(event.amount, 'USD')}`);
  if (event.businessModel) parts.push(names.businessModel(event.businessModel));
  for (const [name, value] of Object.entries(event.attributes ?? {})) {
    parts.push(`${humanize(name)}: ${value}`);
  }
  return parts.join(' · ');
}

/** Props of {@link WhatIfSimulator}. */
export interface WhatIfSimulatorProps {
  partner: PartnerSummary;
  standing: Standing;
  /** Names of business models, from the program. */
  names: ProgramNames;
}

/**
 * What-if: add hypothetical events (from a recommended action or by hand),
 * and see the projected points, tier and per-metric changes. Nothing is
 * stored.
 */
export function WhatIfSimulator(props: WhatIfSimulatorProps) {
  const { partner, standing, names } = props;
  const classes = useStyles();
  const tableClasses = useCompactTableStyles();
  const api = useApi(partnerPointsApiRef);
  const [scenario, setScenario] = useState<PerformanceEvent[]>([]);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<SimulationResult | undefined>();
  const [error, setError] = useState<Error | undefined>();

  const onRemove = (index: number) => {
    setScenario(previous => previous.filter((_, i) => i !== index));
    setResult(undefined);
  };

  const onSimulate = async () => {
    setRunning(true);
    setError(undefined);
    try {
      // The backend gives hypothetical events their ids, its own "now" and
      // the partner of the path.
      const events = scenario.map(
        ({ id: _id, occurredAt: _at, partnerId: _partner, ...event }) => event,
      );
      setResult(await api.simulate(partner.entityRef, events));
    } catch (e) {
      setResult(undefined);
      setError(e as Error);
    } finally {
      setRunning(false);
    }
  };

  const metricName = (metricId: string) =>
    standing.metrics.find(m => m.id === metricId)?.name ?? metricId;

  return (
    <Box>
      <HypotheticalEventForm
        partner={partner}
        standing={standing}
        names={names}
        onAdd={event => {
          setScenario(previous => [...previous, event]);
          setResult(undefined);
        }}
      />

      <Typography variant="h6" component="h3">
        Scenario
      </Typography>
      {scenario.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Add one or more hypothetical events, then simulate to see how they
          would change your points and tier. Nothing is stored.
        </Typography>
      ) : (
        <ol className={classes.scenario} aria-label="Scenario events">
          {scenario.map((event, index) => (
            <li key={event.id}>
              <Typography variant="body2">
                {describeEvent(event, names)}
              </Typography>
              <IconButton
                aria-label={`Remove event ${index + 1}: ${humanize(
                  event.type,
                )}`}
                onClick={() => onRemove(index)}
                size="small"
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </li>
          ))}
        </ol>
      )}
      <Box display="flex" gridGap={8} mt={1}>
        <Button
          variant="contained"
          color="primary"
          onClick={onSimulate}
          disabled={scenario.length === 0 || running}
        >
          {running ? 'Simulating…' : 'Simulate'}
        </Button>
        {scenario.length > 0 && (
          <Button
            onClick={() => {
              setScenario([]);
              setResult(undefined);
              setError(undefined);
            }}
          >
            Clear scenario
          </Button>
        )}
      </Box>

      {error && (
        <Box className={classes.result}>
          <Alert severity="error" role="alert">
            <AlertTitle>
              {hasStatus(error, 400)
                ? 'The scenario was rejected'
                : 'The simulation failed'}
            </AlertTitle>
            {errorReason(error)}
          </Alert>
        </Box>
      )}

      {result && (
        <Box className={classes.result} aria-live="polite">
          <Typography variant="h6" component="h3">
            Projected standing
          </Typography>
          <Typography variant="body1" className={classes.headline}>
            {formatPoints(result.standing.totalPoints)} points (
            {formatPointsDelta(result.delta.totalPoints)})
          </Typography>
          <Typography variant="body1">
            {result.delta.tierChanged
              ? `Tier: ${result.baseline.tierName} → ${result.standing.tierName}`
              : `Tier stays ${result.standing.tierName}`}
          </Typography>
          {result.standing.nextTier && (
            <Typography variant="body2" color="textSecondary">
              Then {formatPoints(result.standing.nextTier.pointsNeeded)} points
              to {result.standing.nextTier.tierName}.
            </Typography>
          )}
          {result.delta.metrics.length === 0 ? (
            <Typography variant="body2">
              No metric changes: these events would not earn points (the metrics
              may already be at their maximum).
            </Typography>
          ) : (
            <WholeWordTable
              size="small"
              className={tableClasses.table}
              aria-label="Change per metric"
            >
              <TableHead>
                <TableRow>
                  <TableCell>Metric</TableCell>
                  <TableCell>Business model</TableCell>
                  <TableCell align="right" className={tableClasses.oneLine}>
                    Before
                  </TableCell>
                  <TableCell align="right" className={tableClasses.oneLine}>
                    After
                  </TableCell>
                  <TableCell align="right" className={tableClasses.oneLine}>
                    Change
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.delta.metrics.map(delta => (
                  <TableRow
                    key={`${delta.metricId}:${delta.businessModel ?? ''}`}
                  >
                    <TableCell component="th" scope="row">
                      {metricName(delta.metricId)}
                    </TableCell>
                    <TableCell>
                      {delta.businessModel
                        ? names.businessModel(delta.businessModel)
                        : 'All'}
                    </TableCell>
                    <TableCell align="right" className={tableClasses.oneLine}>
                      {formatPoints(delta.before)}
                    </TableCell>
                    <TableCell align="right" className={tableClasses.oneLine}>
                      {formatPoints(delta.after)}
                    </TableCell>
                    <TableCell align="right" className={tableClasses.oneLine}>
                      {formatPointsDelta(delta.delta)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </WholeWordTable>
          )}
        </Box>
      )}
    </Box>
  );
}
