import { ChangeEvent, FormEvent, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import DeleteIcon from '@material-ui/icons/Delete';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  EVENT_TYPES,
  EVENT_TYPE_DOCS,
  EventType,
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
} from '@partner-studio/plugin-partner-studio-react';
import { partnerPointsApiRef } from '../../api';
import {
  attributeFields,
  emptyForm,
  EventFormErrors,
  EventFormValues,
  eventFromForm,
  formFromEvent,
} from './eventForm';

const useStyles = makeStyles(theme => ({
  form: {
    marginBottom: theme.spacing(2),
  },
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
    parts.push(`${name}: ${value}`);
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
  const api = useApi(partnerPointsApiRef);
  const defaultModel = partner.businessModels[0] ?? '';
  const [actionId, setActionId] = useState('');
  const [form, setForm] = useState<EventFormValues>(() =>
    standing.actions[0]
      ? formFromEvent(standing.actions[0].exampleEvent)
      : emptyForm('deal_won', defaultModel),
  );
  const [errors, setErrors] = useState<EventFormErrors>({});
  const [scenario, setScenario] = useState<PerformanceEvent[]>([]);
  const [counter, setCounter] = useState(1);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<SimulationResult | undefined>();
  const [error, setError] = useState<Error | undefined>();

  const doc = EVENT_TYPE_DOCS[form.type];
  const attributes = attributeFields(form.type);

  const update = (patch: Partial<EventFormValues>) => {
    setForm(previous => ({ ...previous, ...patch }));
    setErrors({});
  };

  const onActionChange = (e: ChangeEvent<HTMLInputElement>) => {
    const id = e.target.value;
    setActionId(id);
    const action = standing.actions.find(a => a.id === id);
    if (action) {
      setForm(formFromEvent(action.exampleEvent));
      setErrors({});
    }
  };

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    // The form validates a complete event; id, partner and date are the
    // backend's to give (see onSimulate).
    const built = eventFromForm(form, {
      id: `what-if-${counter}`,
      partnerId: standing.partnerId,
      occurredAt: standing.asOf,
    });
    if (!built.success) {
      setErrors(built.errors);
      return;
    }
    setCounter(c => c + 1);
    setScenario(previous => [...previous, built.event]);
    setResult(undefined);
  };

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

  const fieldError = (field: string) =>
    errors[field] ? { error: true, helperText: errors[field] } : {};
  const metricName = (metricId: string) =>
    standing.metrics.find(m => m.id === metricId)?.name ?? metricId;

  return (
    <Box>
      <form
        className={classes.form}
        onSubmit={onAdd}
        aria-label="Hypothetical event"
        noValidate
      >
        <Grid container spacing={2}>
          {standing.actions.length > 0 && (
            <Grid item xs={12}>
              <TextField
                id="what-if-action"
                select
                fullWidth
                label="Start from a recommended action"
                value={actionId}
                onChange={onActionChange}
                SelectProps={{ native: true }}
                helperText="Fills in the event the action would produce; adjust it below."
              >
                <option value="">Choose an action…</option>
                {standing.actions.map(action => (
                  <option key={action.id} value={action.id}>
                    {action.title} (+{formatPoints(action.estimatedPoints)} pts)
                  </option>
                ))}
              </TextField>
            </Grid>
          )}
          <Grid item xs={12} sm={6}>
            <TextField
              id="what-if-type"
              select
              fullWidth
              label="Event type"
              value={form.type}
              onChange={e =>
                update({
                  ...emptyForm(e.target.value as EventType, form.businessModel),
                })
              }
              SelectProps={{ native: true }}
              helperText={doc.description}
            >
              {EVENT_TYPES.map(type => (
                <option key={type} value={type}>
                  {humanize(type)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              id="what-if-business-model"
              select
              fullWidth
              label="Business model"
              value={form.businessModel}
              onChange={e => update({ businessModel: e.target.value })}
              SelectProps={{ native: true }}
              {...fieldError('businessModel')}
            >
              <option value="">Not specified (primary model)</option>
              {partner.businessModels.map(model => (
                <option key={model} value={model}>
                  {names.businessModel(model)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              id="what-if-quantity"
              fullWidth
              label={`Quantity${
                doc.requiredFields.includes('quantity') ? ' (required)' : ''
              }`}
              value={form.quantity}
              onChange={e => update({ quantity: e.target.value })}
              inputProps={{ inputMode: 'decimal' }}
              helperText={errors.quantity ?? doc.quantity}
              error={!!errors.quantity}
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              id="what-if-amount"
              fullWidth
              label={`Amount in USD${
                doc.requiredFields.includes('amount') ? ' (required)' : ''
              }`}
              value={form.amount}
              onChange={e => update({ amount: e.target.value })}
              inputProps={{ inputMode: 'decimal' }}
              helperText={errors.amount ?? doc.amount}
              error={!!errors.amount}
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              id="what-if-customer"
              fullWidth
              label={`Customer id${
                doc.requiredFields.includes('customerId') ? ' (required)' : ''
              }`}
              value={form.customerId}
              onChange={e => update({ customerId: e.target.value })}
              helperText={
                errors.customerId ??
                'A customer you do not have yet counts as a new customer.'
              }
              error={!!errors.customerId}
            />
          </Grid>
          {attributes.map(({ name, allowed, required }) => {
            const key = `attributes.${name}`;
            const label = `${humanize(name)}${required ? ' (required)' : ''}`;
            const value = form.attributes[name] ?? '';
            const onChange = (e: ChangeEvent<HTMLInputElement>) =>
              update({
                attributes: { ...form.attributes, [name]: e.target.value },
              });
            return (
              <Grid item xs={12} sm={6} key={key}>
                {allowed ? (
                  <TextField
                    id={`what-if-attribute-${name}`}
                    select
                    fullWidth
                    label={label}
                    value={value}
                    onChange={onChange}
                    SelectProps={{ native: true }}
                    {...fieldError(key)}
                  >
                    <option value="">{required ? 'Choose…' : 'None'}</option>
                    {allowed.map(option => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </TextField>
                ) : (
                  <TextField
                    id={`what-if-attribute-${name}`}
                    fullWidth
                    label={label}
                    value={value}
                    onChange={onChange}
                    {...fieldError(key)}
                  />
                )}
              </Grid>
            );
          })}
          {Object.entries(errors)
            .filter(
              ([field]) =>
                ![
                  'quantity',
                  'amount',
                  'customerId',
                  'businessModel',
                  ...attributes.map(a => `attributes.${a.name}`),
                ].includes(field),
            )
            .map(([field, message]) => (
              <Grid item xs={12} key={field}>
                <Alert severity="error">{message}</Alert>
              </Grid>
            ))}
          <Grid item xs={12}>
            <Button type="submit" variant="outlined" color="primary">
              Add event to scenario
            </Button>
          </Grid>
        </Grid>
      </form>

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
            <Table size="small" aria-label="Change per metric">
              <TableHead>
                <TableRow>
                  <TableCell>Metric</TableCell>
                  <TableCell>Business model</TableCell>
                  <TableCell align="right">Before</TableCell>
                  <TableCell align="right">After</TableCell>
                  <TableCell align="right">Change</TableCell>
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
                    <TableCell align="right">
                      {formatPoints(delta.before)}
                    </TableCell>
                    <TableCell align="right">
                      {formatPoints(delta.after)}
                    </TableCell>
                    <TableCell align="right">
                      {formatPointsDelta(delta.delta)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      )}
    </Box>
  );
}
