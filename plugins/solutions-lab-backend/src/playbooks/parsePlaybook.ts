import {
  BUSINESS_MODEL_IDS,
  safeParseEvent,
  type Program,
} from '@partner-studio/scoring';
import { z } from 'zod';
import { completionEventsOf } from './completionEvents';
import type { Playbook } from '@partner-studio/plugin-solutions-lab-node';

/**
 * The Hub's tool categories a stage may recommend. The Solutions Hub owns
 * them; they are listed here so that a typo in a playbook fails start-up.
 *
 * @public
 */
export const HUB_CATEGORY_IDS = [
  'sdk',
  'api',
  'sandbox',
  'software-template',
  'validation-tool',
  'reference-architecture',
  'enablement-course',
  'sales-play',
] as const;

/** One problem of a playbook: where (`stages[2].slaDays`) and what. */
export interface PlaybookIssue {
  path: string;
  message: string;
}

/** A playbook that does not validate, with every problem. */
export class PlaybookValidationError extends Error {
  readonly issues: PlaybookIssue[];

  constructor(source: string, issues: PlaybookIssue[]) {
    super(
      `Playbook ${source} is invalid:\n${issues
        .map(i => `  ${i.path || '(root)'}: ${i.message}`)
        .join('\n')}`,
    );
    this.name = 'PlaybookValidationError';
    this.issues = issues;
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `kind:namespace/name`, all explicit: a tool ref must not depend on defaults. */
const ENTITY_REF =
  /^[a-z0-9][a-z0-9-]*:[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._-]*$/i;

const slug = (what: string) =>
  z
    .string({ required_error: `${what} is required` })
    .max(64, `${what} must be at most 64 characters`)
    .regex(SLUG, `${what} must be lower-case words joined by hyphens`);

const text = (what: string, max: number) =>
  z
    .string({
      required_error: `${what} is required`,
      invalid_type_error: `${what} must be a string`,
    })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

const toolRef = z
  .string()
  .regex(
    ENTITY_REF,
    'must be a full entity ref of a Hub tool, e.g. tool:default/compute-compatibility-suite',
  );

const criterionSchema = z
  .object({
    id: slug('id'),
    title: text('title', 200),
    description: text('description', 2000).optional(),
    required: z.boolean().default(true),
    evidence: z
      .enum(['none', 'link', 'validation-report', 'tool-run'], {
        errorMap: () => ({
          message:
            'evidence must be one of: none, link, validation-report, tool-run',
        }),
      })
      .default('none'),
    tool: toolRef.optional(),
    confirmedBy: z
      .enum(['partner', 'expert'], {
        errorMap: () => ({ message: 'confirmedBy must be partner or expert' }),
      })
      .default('partner'),
    paths: z.array(slug('path')).default([]),
  })
  .strict();

const completionEventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('lab_stage_completed') }).strict(),
    z
      .object({
        type: z.literal('specialization_earned'),
        specialization: slug('specialization'),
      })
      .strict(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union_discriminator'
        ? {
            message:
              'type must be lab_stage_completed or specialization_earned (the events a Lab stage can earn)',
          }
        : { message: ctx.defaultError },
  },
);

const stageSchema = z
  .object({
    id: slug('id'),
    name: text('name', 100),
    phase: z.enum(['development', 'commercialization', 'specialization'], {
      errorMap: () => ({
        message:
          'phase must be one of: development, commercialization, specialization',
      }),
    }),
    description: text('description', 2000),
    slaDays: z
      .number({ required_error: 'slaDays is required' })
      .int('slaDays must be a whole number of days')
      .min(1, 'slaDays must be at least 1')
      .max(365, 'slaDays must be at most 365'),
    criteria: z
      .array(criterionSchema)
      .min(1, 'a stage needs at least one exit criterion')
      .max(50, 'at most 50 criteria per stage'),
    recommends: z
      .object({
        categories: z
          .array(
            z.enum(HUB_CATEGORY_IDS, {
              errorMap: () => ({
                message: `must be a Hub category: ${HUB_CATEGORY_IDS.join(
                  ', ',
                )}`,
              }),
            }),
          )
          .default([]),
        tools: z.array(toolRef).default([]),
      })
      .strict()
      .default({}),
    emits: z
      .array(completionEventSchema)
      .min(1, 'name the points event the stage completion emits'),
  })
  .strict();

const playbookSchema = z
  .object({
    id: slug('id'),
    name: text('name', 100),
    summary: text('summary', 300),
    description: text('description', 4000).optional(),
    businessModels: z
      .array(
        z.enum(BUSINESS_MODEL_IDS, {
          errorMap: () => ({
            message: `must be a business model: ${BUSINESS_MODEL_IDS.join(
              ', ',
            )}`,
          }),
        }),
      )
      .default([]),
    paths: z
      .array(
        z
          .object({
            id: slug('id'),
            name: text('name', 100),
            description: text('description', 2000).optional(),
          })
          .strict(),
      )
      .default([]),
    stages: z
      .array(stageSchema)
      .min(1, 'a playbook needs at least one stage')
      .max(30, 'at most 30 stages'),
  })
  .strict();

type ParsedPlaybook = z.infer<typeof playbookSchema>;

function zodPath(path: (string | number)[]): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      return i === 0 ? part : `.${part}`;
    })
    .join('');
}

/** Duplicates in a list of ids, each reported at its second occurrence. */
function duplicates(ids: string[]): Array<{ index: number; id: string }> {
  const seen = new Set<string>();
  const found: Array<{ index: number; id: string }> = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) found.push({ index, id });
    seen.add(id);
  });
  return found;
}

/** Rules that span fields, over a structurally valid playbook. */
function crossCheck(
  playbook: ParsedPlaybook,
  programs: readonly Program[],
): PlaybookIssue[] {
  const issues: PlaybookIssue[] = [];
  const pathIds = playbook.paths.map(p => p.id);
  for (const { index, id } of duplicates(pathIds)) {
    issues.push({
      path: `paths[${index}].id`,
      message: `duplicate path "${id}"`,
    });
  }
  for (const { index, id } of duplicates(playbook.stages.map(s => s.id))) {
    issues.push({
      path: `stages[${index}].id`,
      message: `duplicate stage "${id}"`,
    });
  }
  const specializations = new Map(
    programs.flatMap(p => p.specializations.map(s => [s.id, s] as const)),
  );
  const lastStage = playbook.stages.length - 1;

  playbook.stages.forEach((stage, s) => {
    const at = `stages[${s}]`;
    for (const { index, id } of duplicates(stage.criteria.map(c => c.id))) {
      issues.push({
        path: `${at}.criteria[${index}].id`,
        message: `duplicate criterion "${id}" in stage "${stage.id}"`,
      });
    }
    stage.criteria.forEach((criterion, c) => {
      const cat = `${at}.criteria[${c}]`;
      if (criterion.evidence === 'tool-run' && !criterion.tool) {
        issues.push({
          path: `${cat}.tool`,
          message:
            'evidence: tool-run needs the Hub validation tool whose run is the evidence',
        });
      }
      if (criterion.evidence !== 'tool-run' && criterion.tool) {
        issues.push({
          path: `${cat}.tool`,
          message: 'tool is only for evidence: tool-run',
        });
      }
      criterion.paths.forEach((path, p) => {
        if (!pathIds.includes(path)) {
          issues.push({
            path: `${cat}.paths[${p}]`,
            message:
              pathIds.length === 0
                ? 'the playbook has no paths'
                : `unknown path "${path}"; the playbook's paths are ${pathIds.join(
                    ', ',
                  )}`,
          });
        }
      });
    });
    // A gate that checks nothing on some path is a mistake, not a shortcut.
    for (const path of pathIds.length > 0 ? new Set(pathIds) : [undefined]) {
      const gated = stage.criteria.some(
        c =>
          c.required &&
          (path === undefined ||
            c.paths.length === 0 ||
            c.paths.includes(path)),
      );
      if (!gated) {
        issues.push({
          path: `${at}.criteria`,
          message: `stage "${stage.id}" needs at least one required criterion${
            path ? ` on path "${path}"` : ''
          }`,
        });
      }
    }

    for (const { index, id } of duplicates(stage.emits.map(e => e.type))) {
      issues.push({
        path: `${at}.emits[${index}].type`,
        message: `${id} is emitted twice by stage "${stage.id}"`,
      });
    }
    stage.emits.forEach((event, e) => {
      const eat = `${at}.emits[${e}]`;
      if (event.type !== 'specialization_earned') return;
      if (s !== lastStage) {
        issues.push({
          path: `${eat}.type`,
          message:
            'a specialization is earned by completing the playbook: only the last stage may emit specialization_earned',
        });
      }
      const known = specializations.get(event.specialization);
      if (!known) {
        issues.push({
          path: `${eat}.specialization`,
          message: `the scoring program defines no specialization "${
            event.specialization
          }"; known: ${[...specializations.keys()].join(', ')}`,
        });
        return;
      }
      const options = known.options?.map(o => o.id) ?? [];
      for (const path of pathIds) {
        if (options.length > 0 && !options.includes(path)) {
          issues.push({
            path: `${eat}.specialization`,
            message: `path "${path}" is not an option of the specialization "${
              event.specialization
            }" (options: ${options.join(', ')})`,
          });
        }
      }
    });
  });
  if (issues.length > 0) return issues;

  // Finally, the events must be ones the scoring package accepts.
  const samplePaths = pathIds.length > 0 ? pathIds : [undefined];
  playbook.stages.forEach((stage, s) => {
    for (const path of samplePaths) {
      const events = completionEventsOf(playbook, stage, {
        engagementId: '00000000-0000-4000-8000-000000000000',
        partnerRef: 'group:default/sample-partner',
        path,
        occurredAt: '2026-01-01T00:00:00.000Z',
      });
      events.forEach((event, e) => {
        const parsed = safeParseEvent(event);
        if (!parsed.success) {
          for (const issue of parsed.issues) {
            issues.push({
              path: `stages[${s}].emits[${e}]`,
              message: `the scoring package refuses the event: ${issue.path}: ${issue.message}`,
            });
          }
        }
      });
    }
  });
  return issues;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates a playbook (e.g. parsed YAML) and returns it deeply frozen.
 * Throws {@link PlaybookValidationError} naming the source and listing every
 * problem with its field path.
 *
 * @param input - the parsed document
 * @param options.source - what to name in errors (the file)
 * @param options.programs - the scoring program versions; a specialization
 *   must be one of theirs
 */
export function parsePlaybook(
  input: unknown,
  options: { source: string; programs: readonly Program[] },
): Playbook {
  const result = playbookSchema.safeParse(input);
  if (!result.success) {
    throw new PlaybookValidationError(
      options.source,
      result.error.issues.map(issue => ({
        path: zodPath(issue.path),
        message: issue.message,
      })),
    );
  }
  const issues = crossCheck(result.data, options.programs);
  if (issues.length > 0) {
    throw new PlaybookValidationError(options.source, issues);
  }
  const playbook: Playbook = {
    ...result.data,
    stages: result.data.stages.map(stage => ({
      ...stage,
      recommends: {
        categories: [...stage.recommends.categories],
        tools: [...stage.recommends.tools],
      },
    })),
  };
  return deepFreeze(playbook);
}
