import {
  EVENT_TYPE_DOCS,
  EventType,
  PerformanceEvent,
  safeParseEvent,
} from '@partner-studio/scoring';

/** The what-if form's raw input; numbers stay strings until validated. */
export interface EventFormValues {
  type: EventType;
  businessModel: string;
  quantity: string;
  amount: string;
  customerId: string;
  attributes: Record<string, string>;
}

/** Field → message; attribute fields are keyed `attributes.<name>`. */
export type EventFormErrors = Record<string, string>;

/** An empty form for an event type. */
export function emptyForm(
  type: EventType,
  businessModel: string = '',
): EventFormValues {
  return {
    type,
    businessModel,
    quantity: '',
    amount: '',
    customerId: '',
    attributes: {},
  };
}

/** The form filled in from an event (e.g. an action's example event). */
export function formFromEvent(event: PerformanceEvent): EventFormValues {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.attributes ?? {})) {
    attributes[name] = String(value);
  }
  return {
    type: event.type,
    businessModel: event.businessModel ?? '',
    quantity: event.quantity === undefined ? '' : String(event.quantity),
    amount: event.amount === undefined ? '' : String(event.amount),
    customerId: event.customerId ?? '',
    attributes,
  };
}

/** Attributes an event type takes, with allowed values (null: any text). */
export function attributeFields(type: EventType): Array<{
  name: string;
  allowed: readonly string[] | null;
  required: boolean;
}> {
  const doc = EVENT_TYPE_DOCS[type];
  return [
    ...Object.entries(doc.requiredAttributes ?? {}).map(([name, allowed]) => ({
      name,
      allowed,
      required: true,
    })),
    ...Object.entries(doc.optionalAttributes ?? {}).map(([name, allowed]) => ({
      name,
      allowed,
      required: false,
    })),
  ];
}

function parseNumber(
  raw: string,
  field: string,
  errors: EventFormErrors,
): number | undefined {
  const text = raw.trim().replace(/,/g, '');
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    errors[field] = `${field} must be a number`;
    return undefined;
  }
  return value;
}

/**
 * Builds a hypothetical event from the form and validates it with the
 * scoring package's event schema, so the form reports the same problems the
 * backend would, next to the fields.
 */
export function eventFromForm(
  values: EventFormValues,
  context: { id: string; partnerId: string; occurredAt: string },
):
  | { success: true; event: PerformanceEvent }
  | { success: false; errors: EventFormErrors } {
  const errors: EventFormErrors = {};
  const quantity = parseNumber(values.quantity, 'quantity', errors);
  const amount = parseNumber(values.amount, 'amount', errors);
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(values.attributes)) {
    if (value.trim() !== '') attributes[name] = value.trim();
  }
  const candidate: Record<string, unknown> = {
    id: context.id,
    partnerId: context.partnerId,
    type: values.type,
    occurredAt: context.occurredAt,
  };
  if (values.businessModel) candidate.businessModel = values.businessModel;
  if (values.customerId.trim()) candidate.customerId = values.customerId.trim();
  if (quantity !== undefined) candidate.quantity = quantity;
  if (amount !== undefined) candidate.amount = amount;
  if (Object.keys(attributes).length > 0) candidate.attributes = attributes;

  const result = safeParseEvent(candidate);
  if (!result.success) {
    for (const issue of result.issues) {
      const field = issue.path || 'form';
      errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) {
    return { success: false, errors };
  }
  return { success: true, event: result.event };
}
