import { z } from 'zod';
import {
  BUSINESS_MODEL_IDS,
  BusinessModelId,
  EVENT_TYPE_DOCS,
  EVENT_TYPES,
  EventType,
} from './ids';
import { EventValidationError, ValidationIssue, fromZodIssues } from './issues';
import { EVENT_LIMITS, isWellFormedText, WELL_FORMED_TEXT } from './limits';
import { parseIsoStrict, toIso } from './time';

/**
 * Attribute values of an event: strings, finite numbers or booleans.
 *
 * @public
 */
export type EventAttributes = Readonly<
  Record<string, string | number | boolean>
>;

/**
 * A performance event: one fact of the partner ledger.
 *
 * Events are append-only and identified by `id`. The scoring functions expect
 * events as returned by {@link parseEvent} (canonical UTC `occurredAt`).
 *
 * @public
 */
export interface PerformanceEvent {
  /** Unique id of the event (ingestion is idempotent by id). */
  id: string;
  /**
   * The partner the event belongs to: an opaque id (the points backend
   * stores the partner's catalog entity ref, e.g.
   * `group:default/contoso-solutions`); the engine only compares it with
   * `PartnerProfile.id`.
   */
  partnerId: string;
  type: EventType;
  /** When it happened, canonical UTC ISO 8601 (`2023-03-01T12:00:00.000Z`). */
  occurredAt: string;
  /**
   * Which of the partner's business models earned it. Optional: without it a
   * per-business-model metric credits the partner's first business model the
   * metric applies to.
   */
  businessModel?: BusinessModelId;
  /** The end customer, for customer-facing events. */
  customerId?: string;
  /** A count (licences, days, people); 0 to `EVENT_LIMITS.maxQuantity`. */
  quantity?: number;
  /** A value in USD; 0 to `EVENT_LIMITS.maxAmount`. */
  amount?: number;
  /** Type-specific details, see `EVENT_TYPE_DOCS`. */
  attributes?: EventAttributes;
}

const EVENT_TYPE_LIST = EVENT_TYPES.join(', ');
const MODEL_LIST = BUSINESS_MODEL_IDS.join(', ');

/** `1000000000000` → `1,000,000,000,000`, for messages. */
function formatLimit(value: number): string {
  return value.toLocaleString('en-US');
}

const LONE_SURROGATE =
  'must be well-formed text (it contains a lone UTF-16 surrogate, which cannot be stored or sent as UTF-8)';

const idString = (field: string) =>
  z
    .string({
      required_error: `${field} is required`,
      invalid_type_error: `${field} must be a string`,
    })
    .min(1, `${field} must not be empty`)
    .max(
      EVENT_LIMITS.maxIdLength,
      `${field} must be at most ${EVENT_LIMITS.maxIdLength} characters`,
    )
    .regex(WELL_FORMED_TEXT, `${field} ${LONE_SURROGATE}`);

const boundedNumber = (field: string, max: number) =>
  z
    .number({ invalid_type_error: `${field} must be a number` })
    .finite(`${field} must be a finite number`)
    .nonnegative(`${field} must be zero or positive`)
    .max(max, `${field} must be at most ${formatLimit(max)}`);

const eventTypeSchema = z.enum(EVENT_TYPES, {
  errorMap: (issue, ctx) => {
    if (ctx.data === undefined) {
      return { message: `type is required; one of: ${EVENT_TYPE_LIST}` };
    }
    if (issue.code === 'invalid_enum_value' || issue.code === 'invalid_type') {
      return {
        message: `unknown event type ${JSON.stringify(
          ctx.data,
        )}; expected one of: ${EVENT_TYPE_LIST}`,
      };
    }
    return { message: ctx.defaultError };
  },
});

const businessModelSchema = z.enum(BUSINESS_MODEL_IDS, {
  errorMap: (_issue, ctx) => ({
    message: `unknown business model ${JSON.stringify(
      ctx.data,
    )}; expected one of: ${MODEL_LIST}`,
  }),
});

const occurredAtSchema = z
  .custom<string | Date>(
    v => typeof v === 'string' || v instanceof Date,
    'occurredAt is required: an ISO 8601 date-time with timezone, e.g. 2023-03-01T12:00:00Z',
  )
  .transform((value, ctx) => {
    const ms =
      value instanceof Date ? value.getTime() : parseIsoStrict(String(value));
    if (
      ms === undefined ||
      !Number.isFinite(ms) ||
      ms < -62_167_219_200_000 || // 0000-01-01
      ms > 253_402_300_799_999 // 9999-12-31
    ) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `occurredAt ${JSON.stringify(
          value,
        )} is not a valid ISO 8601 date-time with timezone (e.g. 2023-03-01T12:00:00Z) or date (2023-03-01)`,
      });
      return z.NEVER;
    }
    return toIso(ms);
  });

const attributeValueSchema = z.union(
  [
    z
      .string()
      .max(
        EVENT_LIMITS.maxAttributeValueLength,
        `attribute values must be at most ${EVENT_LIMITS.maxAttributeValueLength} characters`,
      )
      .regex(WELL_FORMED_TEXT, `attribute values ${LONE_SURROGATE}`),
    z.number().finite(),
    z.boolean(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union'
        ? {
            message:
              'attribute values must be strings, finite numbers or booleans',
          }
        : { message: ctx.defaultError },
  },
);

const attributesSchema = z
  .record(z.string(), attributeValueSchema, {
    invalid_type_error: 'attributes must be an object',
  })
  .superRefine((attributes, ctx) => {
    const names = Object.keys(attributes);
    if (names.length > EVENT_LIMITS.maxAttributes) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `attributes must have at most ${EVENT_LIMITS.maxAttributes} entries, got ${names.length}`,
      });
    }
    for (const name of names) {
      if (name === '') {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: 'attribute names must not be empty',
        });
      } else if (!isWellFormedText(name)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `attribute name ${JSON.stringify(name)} ${LONE_SURROGATE}`,
        });
      } else if (name.length > EVENT_LIMITS.maxAttributeKeyLength) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `attribute name ${JSON.stringify(
            name.slice(0, 20),
          )}… must be at most ${EVENT_LIMITS.maxAttributeKeyLength} characters`,
        });
      }
    }
  });

const baseEventSchema = z
  .object(
    {
      id: idString('id'),
      partnerId: idString('partnerId'),
      type: eventTypeSchema,
      occurredAt: occurredAtSchema,
      businessModel: businessModelSchema.optional(),
      customerId: idString('customerId').optional(),
      quantity: boundedNumber('quantity', EVENT_LIMITS.maxQuantity).optional(),
      amount: boundedNumber('amount', EVENT_LIMITS.maxAmount).optional(),
      attributes: attributesSchema.optional(),
    },
    { invalid_type_error: 'an event must be an object' },
  )
  .strict();

/**
 * The zod schema of a {@link PerformanceEvent}: structural checks plus the
 * fields and attributes each event type requires (see `EVENT_TYPE_DOCS`).
 * Unknown fields are rejected so that typos (`ammount`) do not pass silently.
 * `occurredAt` accepts an ISO date-time with timezone, a plain date (midnight
 * UTC) or a Date, and is normalised to canonical UTC.
 *
 * @public
 */
export const performanceEventSchema: z.ZodType<
  PerformanceEvent,
  z.ZodTypeDef,
  unknown
> = baseEventSchema.superRefine((event, ctx) => {
  const doc = EVENT_TYPE_DOCS[event.type];
  if (!doc) {
    return;
  }
  for (const field of doc.requiredFields) {
    if (event[field] === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [field],
        message: `${field} is required for ${event.type} events`,
      });
    }
  }
  const attributes = event.attributes ?? {};
  const checkAllowed = (
    name: string,
    allowed: readonly string[] | null,
    required: boolean,
  ) => {
    const value = attributes[name];
    if (value === undefined || value === '') {
      if (required) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['attributes', name],
          message: `attributes.${name} is required for ${event.type} events${
            allowed ? ` (one of: ${allowed.join(', ')})` : ''
          }`,
        });
      }
      return;
    }
    if (allowed && !allowed.includes(String(value))) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['attributes', name],
        message: `attributes.${name} ${JSON.stringify(
          value,
        )} is not allowed for ${
          event.type
        } events; expected one of: ${allowed.join(', ')}`,
      });
    }
  };
  for (const [name, allowed] of Object.entries(doc.requiredAttributes ?? {})) {
    checkAllowed(name, allowed, true);
  }
  for (const [name, allowed] of Object.entries(doc.optionalAttributes ?? {})) {
    checkAllowed(name, allowed, false);
  }
});

/**
 * Result of {@link safeParseEvent}.
 *
 * @public
 */
export type SafeParseEventResult =
  | { success: true; event: PerformanceEvent }
  | { success: false; issues: ValidationIssue[] };

/**
 * Validates an event without throwing; `issues` lists every problem with the
 * field path, so a batch can report each bad event by index and field.
 *
 * @public
 */
export function safeParseEvent(input: unknown): SafeParseEventResult {
  const result = performanceEventSchema.safeParse(input);
  if (result.success) {
    return { success: true, event: result.data };
  }
  return { success: false, issues: fromZodIssues(result.error.issues) };
}

/**
 * Validates and normalises an event; throws {@link EventValidationError}
 * listing every problem.
 *
 * @public
 */
export function parseEvent(input: unknown): PerformanceEvent {
  const result = safeParseEvent(input);
  if (!result.success) {
    throw new EventValidationError(result.issues);
  }
  return result.event;
}
