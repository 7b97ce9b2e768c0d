import type {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type {
  PartnerProgressResponse,
  PartnerStandingResponse,
} from '@partner-studio/plugin-partner-studio-common';
import {
  parseProgram,
  TIER_IDS,
  type Program,
  type TierId,
} from '@partner-studio/scoring';
import { z } from 'zod';
import {
  AnswerCache,
  type PluginAnswer,
  type PluginRequester,
} from './pluginRequest';

const PLUGIN_ID = 'partner-points';

type StandingBody = PartnerStandingResponse['standing'];
type ActionBody = StandingBody['actions'][number];
type ProgressBody = PartnerProgressResponse;

/**
 * What the Hub reads of `GET /standing`: a subset of partner points'
 * contract, derived from its generated types (so a change there that
 * breaks what the Hub reads fails to compile) and checked at run time
 * (another plugin's answer is input).
 */
interface StandingSubset {
  partner: Pick<PartnerStandingResponse['partner'], 'entityRef'>;
  standing: Pick<StandingBody, 'tier' | 'totalPoints'> & {
    actions: Array<
      Pick<ActionBody, 'actionId' | 'title' | 'estimatedPoints'> & {
        link: Pick<ActionBody['link'], 'ref'>;
      }
    >;
  };
}

const standingSchema: z.ZodType<StandingSubset> = z.object({
  partner: z.object({ entityRef: z.string() }),
  standing: z.object({
    tier: z.enum(TIER_IDS),
    totalPoints: z.number(),
    actions: z.array(
      z.object({
        actionId: z.string(),
        title: z.string(),
        estimatedPoints: z.number(),
        link: z.object({ ref: z.string() }),
      }),
    ),
  }),
});

/** What the Hub reads of a partner's standing. */
export interface CallerStanding {
  partnerRef: string;
  tier: TierId;
  totalPoints: number;
  /**
   * The next-best actions, ranked as partner points ranks them; each
   * link's ref is `category:<id>`, `play:<id>`, `course:<id>` or
   * `playbook:<id>`.
   */
  actions: StandingSubset['standing']['actions'];
}

/** What the Hub reads of a partner's progress on plays and courses (`GET /progress`). */
export interface CallerProgress {
  plays: Array<
    Pick<
      ProgressBody['plays'][number],
      'playId' | 'executions' | 'lastExecutedAt'
    >
  >;
  courses: Array<
    Pick<
      ProgressBody['courses'][number],
      'courseId' | 'completions' | 'lastCompletedAt'
    >
  >;
}

const progressSchema: z.ZodType<CallerProgress> = z.object({
  plays: z.array(
    z.object({
      playId: z.string(),
      executions: z.number(),
      lastExecutedAt: z.string().optional(),
    }),
  ),
  courses: z.array(
    z.object({
      courseId: z.string(),
      completions: z.number(),
      lastCompletedAt: z.string().optional(),
    }),
  ),
});

/**
 * Partner points, as the Hub asks it: the caller's standing (`/standing`)
 * and progress (`/progress`) on behalf of the user, and the program in
 * force (`/program`) with the Hub's own credentials. Answers are kept
 * briefly; a failure is an answer saying why, never an exception.
 */
export class PartnerPointsClient {
  readonly #requester: PluginRequester;
  readonly #auth: AuthService;
  readonly #standing: AnswerCache<CallerStanding>;
  readonly #progress: AnswerCache<CallerProgress>;
  readonly #program: AnswerCache<Program>;

  static create(options: {
    requester: PluginRequester;
    auth: AuthService;
    /** How long a caller's standing and progress are reused. */
    cacheTtlMs: number;
    /** How long the program is reused. */
    programCacheTtlMs: number;
    /** How long a failure is remembered. */
    failureTtlMs: number;
  }): PartnerPointsClient {
    return new PartnerPointsClient(options);
  }

  private constructor(options: {
    requester: PluginRequester;
    auth: AuthService;
    cacheTtlMs: number;
    programCacheTtlMs: number;
    failureTtlMs: number;
  }) {
    this.#requester = options.requester;
    this.#auth = options.auth;
    const failureTtlMs = options.failureTtlMs;
    this.#standing = new AnswerCache({
      ttlMs: options.cacheTtlMs,
      failureTtlMs,
    });
    this.#progress = new AnswerCache({
      ttlMs: options.cacheTtlMs,
      failureTtlMs,
    });
    this.#program = new AnswerCache({
      ttlMs: options.programCacheTtlMs,
      failureTtlMs,
      max: 1,
    });
  }

  /** The standing of the caller's own partner. */
  standing(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<PluginAnswer<CallerStanding>> {
    return this.#standing.get(credentials.principal.userEntityRef, async () => {
      const answer = await this.#requester.get({
        pluginId: PLUGIN_ID,
        path: '/standing',
        credentials,
        schema: standingSchema,
      });
      if (!answer.ok) return answer;
      const { partner, standing } = answer.value;
      return {
        ok: true,
        value: {
          partnerRef: partner.entityRef,
          tier: standing.tier,
          totalPoints: standing.totalPoints,
          actions: standing.actions,
        },
      };
    });
  }

  /** The caller's own partner's progress on GTM plays and Ignite courses. */
  progress(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<PluginAnswer<CallerProgress>> {
    return this.#progress.get(credentials.principal.userEntityRef, () =>
      this.#requester.get({
        pluginId: PLUGIN_ID,
        path: '/progress',
        credentials,
        schema: progressSchema,
      }),
    );
  }

  /** The program in force, validated by the scoring package. */
  program(): Promise<PluginAnswer<Program>> {
    return this.#program.get('program', async () => {
      const answer = await this.#requester.get({
        pluginId: PLUGIN_ID,
        path: '/program',
        credentials: await this.#auth.getOwnServiceCredentials(),
        schema: z.unknown(),
      });
      if (!answer.ok) return answer;
      try {
        return { ok: true, value: parseProgram(answer.value) };
      } catch (error) {
        return {
          ok: false,
          reason: `partner points sent a program the scoring package refuses (${error})`,
        };
      }
    });
  }
}
