import type { Entity, EntityMeta } from '@backstage/catalog-model';
import {
  BUSINESS_MODEL_IDS,
  TIER_IDS,
  defaultProgram,
} from '@partner-studio/scoring';
import { z } from 'zod';
import { LAB_STAGE_REFS } from '../solutionsLab/stages';
import {
  PRODUCT_AREA_IDS,
  SUPPORT_LEVEL_IDS,
  TOOL_CATEGORY_IDS,
} from './vocabulary';

/**
 * The Solutions Hub's tool kind: a catalog entity of our own, one per SDK,
 * API, sandbox, software template, validation tool, reference architecture,
 * Ignite course or GTM sales play a partner developer can find and launch.
 *
 * ```yaml
 * apiVersion: partner-studio.io/v1alpha1
 * kind: Tool
 * metadata: { name, title, description, tags }
 * spec:
 *   category: sdk
 *   productArea: kubernetes-platform
 *   labStages: [solution-development/build]
 *   businessModels: [solution-builder]
 *   supportLevel: vendor-supported
 *   minimumTier: select                               # default community
 *   requiredLabStage: solution-development/validate   # optional
 *   owner: group:default/platform-engineering
 *   links: { sandbox: https://…, production: https://… }
 *   launch: { type: url, url: https://… }             # or { type: template, templateRef: template:default/<name> }
 *   play: { playId: kubernetes-quickstart }           # sales plays only
 *   course: { courseId: ignite-selling-value }        # enablement courses only
 *   publishedAt: '2026-03-02'                         # optional; the "newest" sort
 * ```
 */
export const TOOL_API_VERSION = 'partner-studio.io/v1alpha1';

/** The kind of a Hub tool entity. */
export const TOOL_KIND = 'Tool';

/** Relation from a tool to the software template it launches. */
export const RELATION_LAUNCHES = 'launches';

/** Relation from a software template to the tools that launch it. */
export const RELATION_LAUNCHED_BY = 'launchedBy';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTITY_NAME = '[A-Za-z0-9][A-Za-z0-9._-]*';

function list(values: readonly string[]): string {
  return values.join(', ');
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** A string from a fixed list, with a message that names the list. */
function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    errorMap: (issue, ctx) => {
      if (issue.code === 'invalid_type' && issue.received === 'undefined') {
        return { message: `is missing; expected one of ${list(values)}` };
      }
      if (
        issue.code === 'invalid_enum_value' ||
        issue.code === 'invalid_type'
      ) {
        return {
          message: `is ${describeValue(ctx.data)}; expected one of ${list(
            values,
          )}`,
        };
      }
      return { message: ctx.defaultError };
    },
  });
}

/** A full entity ref of one kind, `<kind>:<namespace>/<name>`. */
function fullEntityRef(kind: string, example: string) {
  const pattern = new RegExp(`^${kind}:${ENTITY_NAME}/${ENTITY_NAME}$`);
  return z
    .string({ required_error: `is missing; expected a ref such as ${example}` })
    .refine(
      value => pattern.test(value),
      value => ({
        message: `is ${describeValue(
          value,
        )}; expected a full ${kind} ref such as ${example}`,
      }),
    );
}

const httpUrl = z
  .string({ required_error: 'is missing; expected an http(s) URL' })
  .refine(
    value => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    value => ({
      message: `is ${describeValue(value)}; expected an http(s) URL`,
    }),
  );

const labStageRef = z.string().refine(
  value => LAB_STAGE_REFS.includes(value),
  value => ({
    message: `is ${describeValue(
      value,
    )}; expected a Solutions Lab stage ref: one of ${list(LAB_STAGE_REFS)}`,
  }),
);

/** A real calendar day: `2026-02-31` is refused, not rolled over. */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
  );
}

const isoDate = z.string().refine(
  value => isCalendarDate(value),
  value => ({
    message: `is ${describeValue(value)}; expected a date such as 2026-03-02`,
  }),
);

const launchSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('url'), url: httpUrl }).strict(),
    z
      .object({
        type: z.literal('template'),
        templateRef: fullEntityRef('template', 'template:default/my-template'),
      })
      .strict(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union_discriminator'
        ? {
            message: `is ${describeValue(
              typeof ctx.data === 'object' && ctx.data !== null
                ? ctx.data.type
                : ctx.data,
            )}; expected 'url' (with url) or 'template' (with templateRef)`,
          }
        : { message: ctx.defaultError },
  },
);

const playIds = () => defaultProgram.plays.map(p => p.id);
const courseIds = () => defaultProgram.igniteCourses.map(c => c.id);

/**
 * The tool entity's `spec`, validated. Parsing fills the defaults
 * (`minimumTier: community`, empty `labStages` and `links`).
 */
export const toolSpecSchema = z
  .object({
    category: oneOf(TOOL_CATEGORY_IDS),
    productArea: oneOf(PRODUCT_AREA_IDS),
    labStages: z.array(labStageRef).default([]),
    businessModels: z
      .array(oneOf(BUSINESS_MODEL_IDS), {
        required_error: `is missing; expected a list of ${list(
          BUSINESS_MODEL_IDS,
        )}`,
      })
      .min(
        1,
        `is empty; a tool serves at least one of ${list(BUSINESS_MODEL_IDS)}`,
      ),
    supportLevel: oneOf(SUPPORT_LEVEL_IDS),
    minimumTier: oneOf(TIER_IDS).default('community'),
    requiredLabStage: labStageRef.optional(),
    owner: fullEntityRef('group', 'group:default/platform-engineering'),
    links: z
      .object({
        sandbox: httpUrl.optional(),
        staging: httpUrl.optional(),
        production: httpUrl.optional(),
      })
      .strict()
      .default({}),
    launch: launchSchema,
    play: z
      .object({
        playId: z.string().refine(
          value => playIds().includes(value),
          value => ({
            message: `is ${describeValue(value)}; expected a play of program ${
              defaultProgram.version
            }: ${list(playIds())}`,
          }),
        ),
      })
      .strict()
      .optional(),
    course: z
      .object({
        courseId: z.string().refine(
          value => courseIds().includes(value),
          value => ({
            message: `is ${describeValue(
              value,
            )}; expected an Ignite course of program ${
              defaultProgram.version
            }: ${list(courseIds())}`,
          }),
        ),
      })
      .strict()
      .optional(),
    publishedAt: isoDate.optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const requireDetail = (
      field: 'play' | 'course',
      category: string,
      example: string,
    ) => {
      if (spec.category === category && spec[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is missing; a ${category} names its ${example}`,
        });
      }
      if (spec.category !== category && spec[field] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is only meaningful on a tool of category ${category}`,
        });
      }
    };
    requireDetail('play', 'sales-play', 'program play (play.playId)');
    requireDetail(
      'course',
      'enablement-course',
      'Ignite course (course.courseId)',
    );
  });

/** The validated spec of a tool, defaults filled in. */
export type ToolSpec = z.output<typeof toolSpecSchema>;

/** A tool's launch target. */
export type ToolLaunchTarget = ToolSpec['launch'];

const requiredText = z
  .string({ required_error: 'is missing', invalid_type_error: 'must be text' })
  .trim()
  .min(1, 'is empty');

const toolMetadataSchema = z
  .object({ title: requiredText, description: requiredText })
  .passthrough();

/** A validated tool entity. */
export interface ToolEntity extends Entity {
  apiVersion: typeof TOOL_API_VERSION;
  kind: typeof TOOL_KIND;
  metadata: EntityMeta & { title: string; description: string };
  spec: ToolSpec;
}

/** Is the entity of the tool kind (whether or not it is well-formed)? */
export function isToolEntityKind(entity: Entity): boolean {
  return entity.apiVersion === TOOL_API_VERSION && entity.kind === TOOL_KIND;
}

function formatPath(path: Array<string | number>): string {
  let formatted = '';
  for (const part of path) {
    if (typeof part === 'number') formatted += `[${part}]`;
    else formatted += formatted ? `.${part}` : part;
  }
  return formatted;
}

function formatIssue(root: string, issue: z.ZodIssue): string {
  const path = formatPath([root, ...issue.path]);
  if (issue.code === 'unrecognized_keys') {
    return `${path} has unknown field${
      issue.keys.length > 1 ? 's' : ''
    } ${issue.keys.map(k => `'${k}'`).join(', ')}`;
  }
  if (issue.code === 'invalid_type') {
    return issue.received === 'undefined'
      ? `${path} ${issue.message === 'Required' ? 'is missing' : issue.message}`
      : `${path} must be ${
          issue.expected === 'array' ? 'a list' : `a ${issue.expected}`
        }, not ${issue.received}`;
  }
  return `${path} ${issue.message}`;
}

/** The result of {@link parseToolEntity}. */
export type ParseToolEntityResult =
  | { ok: true; tool: ToolEntity }
  | { ok: false; problems: string[] };

/**
 * Validates a tool entity. Each problem names the field and what is expected
 * (`spec.category is 'sdks'; expected one of sdk, api, …`); the parsed tool
 * has its defaults filled in.
 */
export function parseToolEntity(entity: Entity): ParseToolEntityResult {
  if (!isToolEntityKind(entity)) {
    return {
      ok: false,
      problems: [
        `apiVersion and kind are ${entity.apiVersion} ${entity.kind}; expected ${TOOL_API_VERSION} ${TOOL_KIND}`,
      ],
    };
  }
  const metadata = toolMetadataSchema.safeParse(entity.metadata);
  const spec = toolSpecSchema.safeParse(entity.spec);
  const problems = [
    ...(metadata.success
      ? []
      : metadata.error.issues.map(i => formatIssue('metadata', i))),
    ...(spec.success ? [] : spec.error.issues.map(i => formatIssue('spec', i))),
  ];
  if (!metadata.success || !spec.success) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    tool: {
      ...entity,
      apiVersion: TOOL_API_VERSION,
      kind: TOOL_KIND,
      metadata: {
        ...entity.metadata,
        title: metadata.data.title,
        description: metadata.data.description,
      },
      spec: spec.data,
    },
  };
}

/** The problems of a tool entity, one message per problem; empty when it is fine. */
export function findToolEntityProblems(entity: Entity): string[] {
  const result = parseToolEntity(entity);
  return result.ok ? [] : result.problems;
}
