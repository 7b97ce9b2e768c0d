import { z } from 'zod';
import { BUSINESS_MODEL_IDS, EVENT_TYPES, TIER_IDS } from '../ids';
import { parseIsoStrict } from '../time';
import type { Program } from './types';

const SLUG_RE = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

const slug = z
  .string({
    required_error: 'required',
    invalid_type_error: 'must be a string',
  })
  .regex(
    SLUG_RE,
    'must be a lower-case id of letters, digits and single - _ . separators',
  );

const text = z
  .string({
    required_error: 'required',
    invalid_type_error: 'must be a string',
  })
  .min(1, 'must not be empty');

const positive = z
  .number({
    required_error: 'required',
    invalid_type_error: 'must be a number',
  })
  .finite('must be finite')
  .positive('must be greater than 0');

const nonNegative = z
  .number({
    required_error: 'required',
    invalid_type_error: 'must be a number',
  })
  .finite('must be finite')
  .nonnegative('must be 0 or more');

const eventType = z.enum(EVENT_TYPES, {
  errorMap: (_issue, ctx) => ({
    message: `unknown event type ${JSON.stringify(
      ctx.data,
    )}; expected one of: ${EVENT_TYPES.join(', ')}`,
  }),
});

const businessModel = z.enum(BUSINESS_MODEL_IDS, {
  errorMap: (_issue, ctx) => ({
    message: `unknown business model ${JSON.stringify(
      ctx.data,
    )}; expected one of: ${BUSINESS_MODEL_IDS.join(', ')}`,
  }),
});

const eventList = z
  .array(eventType, { invalid_type_error: 'must be a list of event types' })
  .min(1, 'must list at least one event type');

const valueField = z.enum(['amount', 'quantity'], {
  errorMap: () => ({ message: 'must be amount or quantity' }),
});

const catalogList = z.enum(
  ['plays', 'igniteCourses', 'specializations', 'competencies'],
  {
    errorMap: () => ({
      message:
        'must be one of: plays, igniteCourses, specializations, competencies',
    }),
  },
);

const attributeFilter = z
  .object({
    attributes: z.record(
      z.string(),
      z.union([text, z.array(text).min(1)], {
        errorMap: () => ({
          message: 'must be a string or a non-empty list of strings',
        }),
      }),
    ),
  })
  .strict();

const metricBase = {
  id: slug,
  name: text,
  description: text.optional(),
  pillar: slug,
  unit: text,
  windowDays: z
    .number({
      required_error: 'required',
      invalid_type_error: 'must be a number',
    })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(3660, 'must be at most 3660 days'),
  target: positive,
  maxPoints: positive,
  perBusinessModel: z.boolean().default(false),
  businessModels: z.array(businessModel).min(1).optional(),
  filter: attributeFilter.optional(),
  catalog: z
    .object({
      list: catalogList,
      kind: z
        .enum(['strategy', 'velocity'], {
          errorMap: () => ({ message: 'must be strategy or velocity' }),
        })
        .optional(),
      track: z
        .enum(['technical', 'commercial', 'marketing'], {
          errorMap: () => ({
            message: 'must be technical, commercial or marketing',
          }),
        })
        .optional(),
      except: z.array(slug).min(1).optional(),
    })
    .strict()
    .optional(),
};

const ratioTerm = z.object({ events: eventList, field: valueField }).strict();

const metric = z.discriminatedUnion(
  'aggregation',
  [
    z
      .object({
        ...metricBase,
        aggregation: z.literal('sum'),
        events: eventList,
        field: valueField,
        perEventCap: positive.optional(),
      })
      .strict(),
    z
      .object({
        ...metricBase,
        aggregation: z.literal('count'),
        events: eventList,
      })
      .strict(),
    z
      .object({
        ...metricBase,
        aggregation: z.literal('distinct'),
        events: eventList,
        distinctBy: z
          .string()
          .regex(
            /^(customerId|attributes\.[A-Za-z][\w-]*)$/,
            'must be customerId or attributes.<name>',
          ),
      })
      .strict(),
    z
      .object({
        ...metricBase,
        aggregation: z.literal('ratio'),
        numerator: ratioTerm,
        denominator: ratioTerm,
        perCustomer: z.boolean().default(false),
      })
      .strict(),
    z
      .object({
        ...metricBase,
        aggregation: z.literal('growth'),
        events: eventList,
        field: valueField,
      })
      .strict(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union_discriminator'
        ? {
            message:
              'aggregation must be one of: sum, count, distinct, ratio, growth',
          }
        : { message: ctx.defaultError },
  },
);

const pillarKind = z.enum(['performance', 'capability'], {
  errorMap: () => ({ message: 'must be performance or capability' }),
});

const requirement = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('pillar-kind-points'),
        id: slug,
        pillarKind,
        minPoints: positive,
        description: text.optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('pillar-points'),
        id: slug,
        pillar: slug,
        minPoints: positive,
        description: text.optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('metric-points'),
        id: slug,
        metric: slug,
        minPoints: positive,
        description: text.optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('invitation'),
        id: slug,
        description: text.optional(),
      })
      .strict(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union_discriminator'
        ? {
            message:
              'type must be one of: pillar-kind-points, pillar-points, metric-points, invitation',
          }
        : { message: ctx.defaultError },
  },
);

const benefit = z
  .object({
    id: slug,
    name: text,
    description: text,
    category: z.enum(
      [
        'discount',
        'funds',
        'credits',
        'expert-hours',
        'support',
        'enablement',
        'access',
        'recognition',
      ],
      {
        errorMap: () => ({
          message:
            'must be one of: discount, funds, credits, expert-hours, support, enablement, access, recognition',
        }),
      },
    ),
    value: nonNegative.optional(),
    unit: text.optional(),
  })
  .strict();

const tier = z
  .object({
    id: z.enum(TIER_IDS, {
      errorMap: (_issue, ctx) => ({
        message: `unknown tier ${JSON.stringify(
          ctx.data,
        )}; expected one of: ${TIER_IDS.join(', ')}`,
      }),
    }),
    name: text,
    threshold: nonNegative,
    description: text.optional(),
    requirements: z.array(requirement).default([]),
    benefits: z.array(benefit).default([]),
  })
  .strict();

const attributeValue = z.union([z.string(), z.number().finite(), z.boolean()], {
  errorMap: () => ({
    message: 'attribute values must be strings, finite numbers or booleans',
  }),
});

const action = z
  .object({
    id: slug,
    metric: slug,
    title: text,
    description: text,
    link: z
      .object({
        kind: z.enum(['hub', 'lab', 'ignite', 'play'], {
          errorMap: () => ({
            message: 'must be one of: hub, lab, ignite, play',
          }),
        }),
        ref: text,
        label: text,
      })
      .strict(),
    example: z
      .object({
        type: eventType,
        quantity: nonNegative.optional(),
        amount: nonNegative.optional(),
        attributes: z.record(z.string(), attributeValue).optional(),
        customer: z
          .enum(['new', 'none', 'existing'], {
            errorMap: () => ({ message: 'must be new, none or existing' }),
          })
          .default('none'),
        catalogEntry: z
          .literal('next', {
            errorMap: () => ({ message: 'must be next' }),
          })
          .optional(),
      })
      .strict(),
  })
  .strict();

const optionRequirement = z
  .object({
    description: text,
    events: eventList,
    filter: attributeFilter.optional(),
    aggregation: z
      .enum(['count', 'sum'], {
        errorMap: () => ({ message: 'must be count or sum' }),
      })
      .default('count'),
    field: valueField.optional(),
    min: positive,
    windowDays: metricBase.windowDays,
  })
  .strict();

const effectiveDate = z
  .string({
    required_error: 'required',
    invalid_type_error: 'must be a date string YYYY-MM-DD',
  })
  .refine(
    v => /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoStrict(v) !== undefined,
    'must be a valid date YYYY-MM-DD',
  );

/** The structural schema of a program definition (cross-references are checked separately). */
export const programSchema: z.ZodType<Program, z.ZodTypeDef, unknown> = z
  .object(
    {
      version: z
        .string({
          required_error: 'required',
          invalid_type_error: 'must be a string',
        })
        .regex(/^\d{4}\.\d+$/, 'must look like <year>.<number>, e.g. 2023.1'),
      name: text,
      effectiveFrom: effectiveDate,
      description: text.optional(),
      pooling: z
        .object({
          perBusinessModelCap: positive.optional(),
          totalCap: positive.optional(),
        })
        .strict()
        .default({}),
      businessModels: z
        .array(
          z
            .object({
              id: businessModel,
              name: text,
              description: text.optional(),
            })
            .strict(),
        )
        .min(1, 'must list at least one business model'),
      pillars: z
        .array(
          z
            .object({
              id: slug,
              name: text,
              kind: pillarKind,
              description: text.optional(),
            })
            .strict(),
        )
        .min(1, 'must list at least one pillar'),
      metrics: z.array(metric).min(1, 'must list at least one metric'),
      tiers: z.array(tier).min(1, 'must list at least the community tier'),
      actions: z.array(action).default([]),
      plays: z
        .array(
          z
            .object({
              id: slug,
              name: text,
              kind: z.enum(['strategy', 'velocity'], {
                errorMap: () => ({ message: 'must be strategy or velocity' }),
              }),
              description: text.optional(),
            })
            .strict(),
        )
        .default([]),
      igniteCourses: z
        .array(
          z
            .object({
              id: slug,
              name: text,
              track: z.enum(['technical', 'commercial', 'marketing'], {
                errorMap: () => ({
                  message: 'must be technical, commercial or marketing',
                }),
              }),
              description: text.optional(),
            })
            .strict(),
        )
        .default([]),
      specializations: z
        .array(
          z
            .object({
              id: slug,
              name: text,
              description: text.optional(),
              options: z
                .array(
                  z
                    .object({
                      id: slug,
                      name: text,
                      description: text.optional(),
                      requires: optionRequirement.optional(),
                    })
                    .strict(),
                )
                .optional(),
            })
            .strict(),
        )
        .default([]),
      competencies: z
        .array(
          z
            .object({
              id: slug,
              name: text,
              description: text.optional(),
            })
            .strict(),
        )
        .default([]),
    },
    { invalid_type_error: 'a program definition must be an object' },
  )
  .strict();
