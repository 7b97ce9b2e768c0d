import { FormEvent, Key, useState } from 'react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { BgProvider, Select, TextField } from '@backstage/ui';
import {
  EVENT_TYPES,
  EVENT_TYPE_DOCS,
  EventType,
  PerformanceEvent,
  Standing,
} from '@partner-studio/scoring';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  ProgramNames,
  formatPoints,
  humanize,
} from '@partner-studio/plugin-partner-studio-react';
import {
  attributeFields,
  emptyForm,
  EventFormErrors,
  EventFormValues,
  eventFromForm,
  formFromEvent,
} from './eventForm';

/** Select option standing for "no value" (Backstage UI options need an id). */
const NONE = '__none__';

const useStyles = makeStyles(theme => ({
  form: {
    marginBottom: theme.spacing(2),
  },
}));

/** Props of {@link HypotheticalEventForm}. */
export interface HypotheticalEventFormProps {
  partner: PartnerSummary;
  standing: Standing;
  names: ProgramNames;
  /** Called with each valid event the person adds to the scenario. */
  onAdd(event: PerformanceEvent): void;
}

/**
 * One hypothetical event, started from a recommended action or written by
 * hand, validated with the scoring package's event schema before it joins
 * the scenario. Backstage UI fields: labels sit above their inputs, so a
 * label never covers a value or a placeholder.
 */
export function HypotheticalEventForm(props: HypotheticalEventFormProps) {
  const { partner, standing, names, onAdd } = props;
  const classes = useStyles();
  const [actionId, setActionId] = useState<string | null>(null);
  const [form, setForm] = useState<EventFormValues>(() =>
    standing.actions[0]
      ? formFromEvent(standing.actions[0].exampleEvent)
      : emptyForm('deal_won', partner.businessModels[0] ?? ''),
  );
  const [errors, setErrors] = useState<EventFormErrors>({});
  const [counter, setCounter] = useState(1);

  const doc = EVENT_TYPE_DOCS[form.type];
  const attributes = attributeFields(form.type);
  const required = (field: 'quantity' | 'amount' | 'customerId') =>
    doc.requiredFields.includes(field);

  const update = (patch: Partial<EventFormValues>) => {
    setForm(previous => ({ ...previous, ...patch }));
    setErrors({});
  };

  const onActionChange = (key: Key | null) => {
    const id = key === null ? null : String(key);
    setActionId(id);
    const action = standing.actions.find(a => a.id === id);
    if (action) {
      setForm(formFromEvent(action.exampleEvent));
      setErrors({});
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // The form validates a complete event; id, partner and date are the
    // backend's to give when it simulates.
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
    onAdd(built.event);
  };

  /** A field's problem replaces its help text and marks it invalid. */
  const validation = (field: string, help?: string) => ({
    description: errors[field] ?? help,
    isInvalid: errors[field] !== undefined,
  });
  const fieldsWithPlace = [
    'quantity',
    'amount',
    'customerId',
    'businessModel',
    ...attributes.map(a => `attributes.${a.name}`),
  ];

  return (
    <form
      className={classes.form}
      onSubmit={onSubmit}
      aria-label="Hypothetical event"
      noValidate
    >
      {/* The card is Backstage UI's first surface: fields stand out on it. */}
      <BgProvider bg="neutral-1">
        <Grid container spacing={2} alignItems="flex-end">
          {standing.actions.length > 0 && (
            <Grid item xs={12}>
              <Select
                label="Start from a recommended action"
                description="Fills in the event the action would produce; adjust it below."
                placeholder="Choose an action…"
                selectedKey={actionId}
                onSelectionChange={onActionChange}
                options={standing.actions.map(action => ({
                  id: action.id,
                  label: `${action.title} (+${formatPoints(
                    action.estimatedPoints,
                  )} pts)`,
                }))}
              />
            </Grid>
          )}
          <Grid item xs={12} sm={6}>
            <Select
              label="Event type"
              description={doc.description}
              selectedKey={form.type}
              onSelectionChange={key =>
                key !== null &&
                update(emptyForm(String(key) as EventType, form.businessModel))
              }
              options={EVENT_TYPES.map(type => ({
                id: type,
                label: humanize(type),
              }))}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <Select
              label="Business model"
              {...validation('businessModel')}
              selectedKey={form.businessModel || NONE}
              onSelectionChange={key =>
                update({
                  businessModel:
                    key === null || key === NONE ? '' : String(key),
                })
              }
              options={[
                { id: NONE, label: 'Not specified (primary model)' },
                ...partner.businessModels.map(model => ({
                  id: model,
                  label: names.businessModel(model),
                })),
              ]}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              label="Quantity"
              isRequired={required('quantity')}
              validationBehavior="aria"
              inputMode="decimal"
              value={form.quantity}
              onChange={quantity => update({ quantity })}
              {...validation('quantity', doc.quantity)}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              label="Amount in USD"
              isRequired={required('amount')}
              validationBehavior="aria"
              inputMode="decimal"
              value={form.amount}
              onChange={amount => update({ amount })}
              {...validation('amount', doc.amount)}
            />
          </Grid>
          <Grid item xs={12}>
            <TextField
              label="Customer id"
              isRequired={required('customerId')}
              validationBehavior="aria"
              value={form.customerId}
              onChange={customerId => update({ customerId })}
              {...validation(
                'customerId',
                'A customer you do not have yet counts as a new customer.',
              )}
            />
          </Grid>
          {attributes.map(attribute => {
            const key = `attributes.${attribute.name}`;
            const value = form.attributes[attribute.name] ?? '';
            const set = (next: string) =>
              update({
                attributes: { ...form.attributes, [attribute.name]: next },
              });
            return (
              <Grid item xs={12} sm={6} key={key}>
                {attribute.allowed ? (
                  <Select
                    label={humanize(attribute.name)}
                    isRequired={attribute.required}
                    validationBehavior="aria"
                    {...validation(key)}
                    placeholder="Choose…"
                    selectedKey={value || (attribute.required ? null : NONE)}
                    onSelectionChange={next =>
                      set(next === null || next === NONE ? '' : String(next))
                    }
                    options={[
                      ...(attribute.required
                        ? []
                        : [{ id: NONE, label: 'None' }]),
                      ...attribute.allowed.map(option => ({
                        id: option,
                        label: option,
                      })),
                    ]}
                  />
                ) : (
                  <TextField
                    label={humanize(attribute.name)}
                    isRequired={attribute.required}
                    validationBehavior="aria"
                    value={value}
                    onChange={set}
                    {...validation(key)}
                  />
                )}
              </Grid>
            );
          })}
          {Object.entries(errors)
            .filter(([field]) => !fieldsWithPlace.includes(field))
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
      </BgProvider>
    </form>
  );
}
