import type {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type { LabPartnerStage } from '@partner-studio/plugin-partner-studio-common';
import { normalizeEntityRef } from '@partner-studio/plugin-partner-studio-node';
import { z } from 'zod';
import {
  AnswerCache,
  type PluginAnswer,
  type PluginRequester,
} from './pluginRequest';

const PLUGIN_ID = 'solutions-lab';

/** `GET /partner-stages` answers at most this many partners at once. */
const MAX_PARTNERS_PER_REQUEST = 100;

/**
 * What the Hub reads of one engagement in the Lab's `GET /partner-stages`:
 * a subset of that contract's `PartnerStage`, checked at run time, so a Lab
 * that answers something else is reported as unavailable rather than
 * misread.
 */
export type LabEngagementStage = Pick<
  LabPartnerStage,
  | 'partnerRef'
  | 'playbookId'
  | 'currentStageId'
  | 'status'
  | 'completedStageIds'
>;

const partnerStagesSchema: z.ZodType<{ items: LabEngagementStage[] }> =
  z.object({
    items: z.array(
      z.object({
        partnerRef: z.string(),
        playbookId: z.string(),
        currentStageId: z.string(),
        status: z.enum(['active', 'on-hold', 'completed', 'closed']),
        completedStageIds: z.array(z.string()),
      }),
    ),
  });

/**
 * The Solutions Lab, as the Hub asks it (`GET /api/solutions-lab/partner-stages`):
 * the caller's partners' engagements on behalf of the user, or named
 * partners' engagements with the Hub's own credentials. Answers are kept
 * briefly; a failure is an answer saying why, never an exception.
 */
export class SolutionsLabClient {
  readonly #requester: PluginRequester;
  readonly #auth: AuthService;
  readonly #callers: AnswerCache<LabEngagementStage[]>;
  readonly #partners: AnswerCache<LabEngagementStage[]>;

  static create(options: {
    requester: PluginRequester;
    auth: AuthService;
    cacheTtlMs: number;
    failureTtlMs: number;
  }): SolutionsLabClient {
    return new SolutionsLabClient(options);
  }

  private constructor(options: {
    requester: PluginRequester;
    auth: AuthService;
    cacheTtlMs: number;
    failureTtlMs: number;
  }) {
    this.#requester = options.requester;
    this.#auth = options.auth;
    const ttl = {
      ttlMs: options.cacheTtlMs,
      failureTtlMs: options.failureTtlMs,
    };
    this.#callers = new AnswerCache(ttl);
    this.#partners = new AnswerCache(ttl);
  }

  /** The engagements of the caller's own partners. */
  callerStages(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<PluginAnswer<LabEngagementStage[]>> {
    return this.#callers.get(credentials.principal.userEntityRef, async () => {
      const answer = await this.#requester.get({
        pluginId: PLUGIN_ID,
        path: '/partner-stages',
        credentials,
        schema: partnerStagesSchema,
      });
      return answer.ok ? { ok: true, value: answer.value.items } : answer;
    });
  }

  /**
   * The engagements of these partners, by partner ref (the Hub's own
   * credentials, the Lab's service form). Partners the Lab could not be read
   * for are left out.
   */
  async partnerStages(
    partnerRefs: readonly string[],
  ): Promise<Map<string, LabEngagementStage[]>> {
    const result = new Map<string, LabEngagementStage[]>();
    const missing: string[] = [];
    for (const ref of [
      ...new Set(partnerRefs.map(normalizeEntityRef)),
    ].sort()) {
      const kept = this.#partners.peek(ref);
      if (!kept) {
        missing.push(ref);
        continue;
      }
      const answer = await kept;
      if (answer.ok) result.set(ref, answer.value);
    }
    for (let i = 0; i < missing.length; i += MAX_PARTNERS_PER_REQUEST) {
      const batch = missing.slice(i, i + MAX_PARTNERS_PER_REQUEST);
      const answer = await this.#askFor(batch);
      for (const ref of batch) {
        const own: PluginAnswer<LabEngagementStage[]> = answer.ok
          ? {
              ok: true,
              value: answer.value.filter(
                e => normalizeEntityRef(e.partnerRef) === ref,
              ),
            }
          : answer;
        this.#partners.set(ref, own);
        if (own.ok) result.set(ref, own.value);
      }
    }
    return result;
  }

  async #askFor(
    partnerRefs: string[],
  ): Promise<PluginAnswer<LabEngagementStage[]>> {
    const query = partnerRefs
      .map(ref => `partnerRef=${encodeURIComponent(ref)}`)
      .join('&');
    const answer = await this.#requester.get({
      pluginId: PLUGIN_ID,
      path: `/partner-stages?${query}`,
      credentials: await this.#auth.getOwnServiceCredentials(),
      schema: partnerStagesSchema,
    });
    return answer.ok ? { ok: true, value: answer.value.items } : answer;
  }
}
