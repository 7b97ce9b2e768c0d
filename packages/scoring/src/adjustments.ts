/**
 * Points adjustments and exemptions: decisions of program admins that the
 * engine takes as plain inputs (partner points stores, audits and revokes
 * them). Both show in the standing with their reasons.
 */
import { z } from 'zod';
import { BUSINESS_MODEL_IDS, BusinessModelId, TIER_IDS, TierId } from './ids';
import { ValidationIssue, fromZodIssues } from './issues';
import { isWellFormedText } from './limits';
import { parseIsoStrict, toIso } from './time';

/**
 * Points granted (positive) or withdrawn (negative) by a program admin. It
 * counts while `grantedAt ≤ asOf < expiresAt` (no `expiresAt`: until
 * revoked). With a `businessModel`, it adds to what that model earned before
 * the per-model cap (a model the partner does not run: it counts for
 * nothing); without one, to the pooled total before the total cap. Neither a
 * model's points nor the total go below 0. Adjustments belong to no pillar,
 * so they never meet a tier requirement — waive one with an
 * {@link Exemption}.
 *
 * @public
 */
export interface PointsAdjustment {
  id: string;
  /** Points added or removed; counted to the hundredth of a point. */
  points: number;
  /** Why, in words the partner reads. */
  reason: string;
  grantedAt: string | Date;
  expiresAt?: string | Date;
  businessModel?: BusinessModelId;
}

/**
 * What an exemption waives: one requirement of one tier, or a metric.
 *
 * @public
 */
export type ExemptionTarget =
  | { kind: 'tier-requirement'; tierId: TierId; requirementId: string }
  | { kind: 'metric'; metricId: string };

/**
 * A requirement or metric waived for a period (`from ≤ asOf < until`; no
 * `until`: until revoked). A waived tier requirement counts as met (an
 * invitation cannot be waived: invite the partner instead). A waived metric
 * counts as at its target for every tier requirement — its pillar, its
 * pillar kind and requirements on the metric itself — while its points in
 * the total stay what it earned; an exemption thus protects a tier from a
 * metric's dip without inventing points.
 *
 * @public
 */
export interface Exemption {
  id: string;
  target: ExemptionTarget;
  reason: string;
  from: string | Date;
  until?: string | Date;
}

const text = (field: string, max: number) =>
  z
    .string({
      required_error: `${field} is required`,
      invalid_type_error: `${field} must be a string`,
    })
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)
    .refine(isWellFormedText, `${field} must be well-formed text`);

const instant = (field: string) =>
  z
    .custom<string | Date>(
      v => typeof v === 'string' || v instanceof Date,
      `${field} is required: an ISO 8601 date-time with timezone or a date`,
    )
    .refine(
      v =>
        v instanceof Date
          ? Number.isFinite(v.getTime())
          : parseIsoStrict(v) !== undefined,
      `${field} must be an ISO 8601 date-time with timezone (e.g. 2024-03-01T00:00:00Z) or a date`,
    );

/** The largest adjustment, in points: more than any program's total. */
export const MAX_ADJUSTMENT_POINTS = 100_000;

/**
 * The zod schema of a {@link PointsAdjustment}.
 *
 * @public
 */
export const pointsAdjustmentSchema: z.ZodType<
  PointsAdjustment,
  z.ZodTypeDef,
  unknown
> = z
  .object({
    id: text('id', 256),
    points: z
      .number({
        required_error: 'points is required',
        invalid_type_error: 'points must be a number',
      })
      .finite('points must be a finite number')
      .min(
        -MAX_ADJUSTMENT_POINTS,
        `points must be at least -${MAX_ADJUSTMENT_POINTS}`,
      )
      .max(
        MAX_ADJUSTMENT_POINTS,
        `points must be at most ${MAX_ADJUSTMENT_POINTS}`,
      ),
    reason: text('reason', 2000),
    grantedAt: instant('grantedAt'),
    expiresAt: instant('expiresAt').optional(),
    businessModel: z
      .enum(BUSINESS_MODEL_IDS, {
        errorMap: () => ({
          message: `businessModel must be one of: ${BUSINESS_MODEL_IDS.join(
            ', ',
          )}`,
        }),
      })
      .optional(),
  })
  .strict();

/**
 * The zod schema of an {@link Exemption}.
 *
 * @public
 */
export const exemptionSchema: z.ZodType<Exemption, z.ZodTypeDef, unknown> = z
  .object({
    id: text('id', 256),
    target: z.discriminatedUnion(
      'kind',
      [
        z
          .object({
            kind: z.literal('tier-requirement'),
            tierId: z.enum(TIER_IDS, {
              errorMap: () => ({
                message: `tierId must be one of: ${TIER_IDS.join(', ')}`,
              }),
            }),
            requirementId: text('requirementId', 256),
          })
          .strict(),
        z
          .object({
            kind: z.literal('metric'),
            metricId: text('metricId', 256),
          })
          .strict(),
      ],
      {
        errorMap: (issue, ctx) =>
          issue.code === 'invalid_union_discriminator'
            ? { message: 'target.kind must be tier-requirement or metric' }
            : { message: ctx.defaultError },
      },
    ),
    reason: text('reason', 2000),
    from: instant('from'),
    until: instant('until').optional(),
  })
  .strict();

function ms(value: string | Date): number {
  return value instanceof Date ? value.getTime() : parseIsoStrict(value)!;
}

/** An adjustment as the engine uses it. */
export interface ReadAdjustment {
  input: PointsAdjustment;
  cents: number;
  fromMs: number;
  untilMs: number;
  grantedAt: string;
  expiresAt?: string;
}

/** An exemption as the engine uses it. */
export interface ReadExemption {
  input: Exemption;
  fromMs: number;
  untilMs: number;
  from: string;
  until?: string;
}

function invalid(what: string, index: number, issues: ValidationIssue[]) {
  return new RangeError(
    `${what}[${index}] is invalid: ${issues
      .map(i => `${i.path ? `${i.path}: ` : ''}${i.message}`)
      .join('; ')}`,
  );
}

/** Validates adjustments; throws a RangeError naming the first bad one. */
export function readAdjustments(
  adjustments: readonly PointsAdjustment[] | undefined,
): ReadAdjustment[] {
  return (adjustments ?? []).map((raw, index) => {
    const result = pointsAdjustmentSchema.safeParse(raw);
    if (!result.success) {
      throw invalid('adjustments', index, fromZodIssues(result.error.issues));
    }
    const a = result.data;
    const fromMs = ms(a.grantedAt);
    const untilMs = a.expiresAt === undefined ? Infinity : ms(a.expiresAt);
    const read: ReadAdjustment = {
      input: a,
      cents: Math.round(a.points * 100),
      fromMs,
      untilMs,
      grantedAt: toIso(fromMs),
    };
    if (a.expiresAt !== undefined) {
      read.expiresAt = toIso(untilMs);
    }
    return read;
  });
}

/** Validates exemptions; throws a RangeError naming the first bad one. */
export function readExemptions(
  exemptions: readonly Exemption[] | undefined,
): ReadExemption[] {
  return (exemptions ?? []).map((raw, index) => {
    const result = exemptionSchema.safeParse(raw);
    if (!result.success) {
      throw invalid('exemptions', index, fromZodIssues(result.error.issues));
    }
    const x = result.data;
    const fromMs = ms(x.from);
    const untilMs = x.until === undefined ? Infinity : ms(x.until);
    const read: ReadExemption = {
      input: x,
      fromMs,
      untilMs,
      from: toIso(fromMs),
    };
    if (x.until !== undefined) {
      read.until = toIso(untilMs);
    }
    return read;
  });
}
