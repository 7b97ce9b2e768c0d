import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  hubCuratePermission,
  hubToolLaunchPermission,
  hubToolRatePermission,
  hubToolVerifyPermission,
  hubUsageReadPermission,
  type HubFavoritesPage,
  type HubLaunchResponse,
  type HubPublicRating,
  type HubRatingRequest,
  type HubRatingsPage,
  type HubRecommendations,
  type HubSources,
  type HubToolDetail,
  type HubToolSearchPage,
  type HubToolSearchQuery,
  type HubToolSummary,
  type HubUsageReport,
  type HubVerification,
  type SolutionsHubApiOperations,
} from '@partner-studio/plugin-partner-studio-common';
import type { PartnerUserCaller } from '@partner-studio/plugin-partner-studio-node';
import { TOOL_KIND } from '@partner-studio/plugin-partner-studio-common';
import type {
  CallerContext,
  CallerContextService,
} from '../context/CallerContextService';
import type { ToolSearchHit, IndexedTool } from '../search/types';
import type { HubService, ToolIndexSource } from './HubService';
import { courseDetailOf, playDetailOf } from './hubItemDetails';
import { recommend } from './recommendations';
import { ToolAccess, type ToolReadFilter } from './ToolAccess';
import { isApiStageRef, toToolSummary } from './toolViews';

/** The one answer for a tool that does not exist and one the caller may not see. */
export const TOOL_NOT_FOUND_MESSAGE = 'Tool not found';

type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;
type UsageQuery = NonNullable<
  SolutionsHubApiOperations['GetUsage']['parameters']['query']
>;

/** A tool the caller may read, with who the caller is and what it may read. */
interface Readable {
  caller: PartnerUserCaller;
  filter: ToolReadFilter;
  tool: IndexedTool;
}

/**
 * The Solutions Hub API's answers for a caller: who it is and what it may
 * see ({@link ToolAccess}: the Hub's own scoping and the permission policy),
 * what partner points and the Lab say of it ({@link CallerContextService}),
 * the Hub's logic ({@link HubService}), and the shapes of the OpenAPI
 * document. The router only validates and sends.
 */
export class HubApiService {
  readonly #hub: HubService;
  readonly #index: ToolIndexSource;
  readonly #access: ToolAccess;
  readonly #context: CallerContextService;

  static create(options: {
    hub: HubService;
    index: ToolIndexSource;
    access: ToolAccess;
    context: CallerContextService;
  }): HubApiService {
    return new HubApiService(options);
  }

  private constructor(options: {
    hub: HubService;
    index: ToolIndexSource;
    access: ToolAccess;
    context: CallerContextService;
  }) {
    this.#hub = options.hub;
    this.#index = options.index;
    this.#access = options.access;
    this.#context = options.context;
  }

  // Tools

  /** `GET /tools`: the policy's conditions run inside the index query. */
  async search(
    credentials: UserCredentials,
    query: HubToolSearchQuery,
  ): Promise<HubToolSearchPage> {
    const caller = await this.#access.caller(credentials);
    const [filter, context] = await Promise.all([
      this.#access.readFilter(caller, credentials),
      this.#context.of(caller, credentials),
    ]);
    const result = this.#index.current().search({
      q: query.q,
      filters: {
        category: query.category,
        productArea: query.productArea,
        stage: query.stage,
        businessModel: query.businessModel,
        supportLevel: query.supportLevel,
        tag: query.tag,
      },
      sort: query.sort,
      limit: query.limit,
      cursor: query.cursor,
      access: filter.all ? undefined : filter.criteria,
    });
    return {
      items: await this.#summaries(context, result.items),
      totalCount: result.totalCount,
      facets: result.facets,
      ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}),
      sources: context.sources,
    };
  }

  /** `GET /tools/{namespace}/{name}`. */
  async getTool(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<HubToolDetail> {
    const { caller, tool } = await this.#readable(credentials, namespace, name);
    const context = await this.#context.of(caller, credentials);
    const [[summary], verifications, myRating, details] = await Promise.all([
      this.#summaries(context, [this.#hitOf(tool)]),
      this.#hub.verificationsOf([tool.ref]),
      this.#hub.ratingOf(tool.ref, caller.userEntityRef),
      this.#itemDetails(tool, context, credentials),
    ]);
    const verification = verifications.get(tool.ref);
    return {
      ...summary,
      ...(verification ? { verification } : {}),
      ...(myRating ? { myRating } : {}),
      ...details.detail,
      sources: { ...context.sources, ...details.sources },
    };
  }

  /**
   * `POST …/launches`: partner members (and program admins) launch what
   * the policy lets them; a locked tool is refused with what unlocks it.
   */
  async launch(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<HubLaunchResponse> {
    const { caller, tool } = await this.#readable(credentials, namespace, name);
    if (!caller.partner && !caller.isProgramAdmin) {
      throw new NotAllowedError(
        'Launching tools is for the members of a partner organisation',
      );
    }
    await this.#requireTool(credentials, hubToolLaunchPermission, tool);
    const context = await this.#context.of(caller, credentials);
    const { launchId, target } = await this.#hub.launch({
      toolRef: tool.ref,
      userRef: caller.userEntityRef,
      partnerRef: caller.partner?.entityRef,
      context: context.lock,
    });
    return { launchId: String(launchId), target };
  }

  // Favourites

  /** `PUT …/favorite`. */
  async addFavorite(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<void> {
    const { caller, tool } = await this.#readable(credentials, namespace, name);
    await this.#hub.addFavorite(caller.userEntityRef, tool.ref);
  }

  /** `DELETE …/favorite`: idempotent, also for tools gone from the catalog. */
  async removeFavorite(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<void> {
    const caller = await this.#access.caller(credentials);
    await this.#hub.removeFavorite(
      caller.userEntityRef,
      toolRefOf(namespace, name),
    );
  }

  /**
   * `GET /favorites`: the caller's own. A favourite whose tool left the
   * catalog, or that the caller may no longer see, comes with its ref only.
   */
  async listFavorites(
    credentials: UserCredentials,
    page: { cursor?: string; limit?: number },
  ): Promise<HubFavoritesPage> {
    const caller = await this.#access.caller(credentials);
    const [filter, context] = await Promise.all([
      this.#access.readFilter(caller, credentials),
      this.#context.of(caller, credentials),
    ]);
    const favorites = await this.#hub.listFavorites(caller.userEntityRef, page);
    const visible = favorites.items.flatMap(f =>
      f.tool && ToolAccess.accepts(filter, f.tool) ? [f.tool] : [],
    );
    const summaries = new Map(
      (
        await this.#summaries(
          context,
          visible.map(t => this.#hitOf(t)),
        )
      ).map(s => [s.ref, s]),
    );
    return {
      items: favorites.items.map(f => {
        const tool = summaries.get(f.toolRef);
        return {
          toolRef: f.toolRef,
          addedAt: f.addedAt,
          ...(tool ? { tool } : {}),
        };
      }),
      ...(favorites.nextCursor ? { nextCursor: favorites.nextCursor } : {}),
    };
  }

  // Recommendations

  /** `GET /recommendations`. */
  async recommendations(
    credentials: UserCredentials,
    options: { limit: number },
  ): Promise<HubRecommendations> {
    const caller = await this.#access.caller(credentials);
    const [filter, context] = await Promise.all([
      this.#access.readFilter(caller, credentials),
      this.#context.of(caller, credentials),
    ]);
    const picked = recommend({
      index: this.#index.current(),
      access: filter.all ? undefined : filter.criteria,
      currentStageRefs: context.currentStageRefs,
      standing: context.standing,
      limit: options.limit,
    });
    const summaries = await this.#summaries(
      context,
      picked.map(p => p.hit),
    );
    return {
      ...(context.sources.lab === 'ok'
        ? { currentStages: context.currentStageRefs.filter(isApiStageRef) }
        : {}),
      items: picked.flatMap(({ reason }, i): HubRecommendations['items'] => {
        const tool = summaries[i];
        if (reason.kind === 'action') return [{ tool, reason }];
        const { stageRef } = reason;
        return isApiStageRef(stageRef)
          ? [{ tool, reason: { kind: 'stage' as const, stageRef } }]
          : [];
      }),
      sources: context.sources,
    };
  }

  // Ratings

  /** `GET …/ratings`: without raters or their partners. */
  async ratings(
    credentials: UserCredentials,
    namespace: string,
    name: string,
    page: { cursor?: string; limit?: number },
  ): Promise<HubRatingsPage> {
    const { caller, tool } = await this.#readable(credentials, namespace, name);
    return this.#hub.ratingsOf(tool.ref, {
      viewerRef: caller.userEntityRef,
      ...page,
      completedStages: partnerRefs =>
        this.#context.completedStagesOf(partnerRefs),
    });
  }

  /** `PUT …/rating`: partner members (and program admins) rate what they may. */
  async rate(
    credentials: UserCredentials,
    namespace: string,
    name: string,
    body: HubRatingRequest,
  ): Promise<{ rating: HubPublicRating; created: boolean }> {
    const { caller, tool } = await this.#readable(credentials, namespace, name);
    if (!caller.partner && !caller.isProgramAdmin) {
      throw new NotAllowedError(
        'Rating tools is for the members of a partner organisation',
      );
    }
    await this.#requireTool(credentials, hubToolRatePermission, tool);
    const partnerRef = caller.partner?.entityRef;
    const completed = partnerRef
      ? (await this.#context.completedStagesOf([partnerRef])).get(partnerRef)
      : undefined;
    return this.#hub.rate({
      toolRef: tool.ref,
      userRef: caller.userEntityRef,
      partnerRef,
      stars: body.stars,
      comment: body.comment,
      ...(completed ? { stagesAtRating: [...completed].sort() } : {}),
    });
  }

  /** `DELETE …/rating`: the caller's own; idempotent. */
  async removeRating(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<void> {
    const { caller, tool } = await this.#readable(credentials, namespace, name);
    await this.#hub.removeRating(caller.userEntityRef, tool.ref);
  }

  /** `DELETE …/ratings/{ratingId}`: curation, program admins only. */
  async moderateRating(
    credentials: UserCredentials,
    namespace: string,
    name: string,
    ratingId: number,
  ): Promise<void> {
    const caller = await this.#access.caller(credentials);
    if (!caller.isProgramAdmin) {
      throw new NotAllowedError('Removing ratings is for program admins');
    }
    await this.#access.authorizeBasic(credentials, hubCuratePermission);
    const { tool } = await this.#readable(credentials, namespace, name);
    await this.#hub.moderateRating(tool.ref, ratingId);
  }

  // Verification marks

  /** `PUT …/verification`: vendor experts and program admins. */
  async verify(
    credentials: UserCredentials,
    namespace: string,
    name: string,
    note: string | undefined,
  ): Promise<HubVerification> {
    const tool = await this.#verifiable(credentials, namespace, name);
    return this.#hub.setVerified(
      tool.ref,
      credentials.principal.userEntityRef,
      note,
    );
  }

  /** `DELETE …/verification`. */
  async unverify(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<void> {
    const tool = await this.#verifiable(credentials, namespace, name);
    await this.#hub.clearVerified(tool.ref);
  }

  // Usage

  /**
   * `GET /usage`: vendor experts and program admins; the tools the caller
   * may read only (a conditional decision restricts the SQL's tool list).
   */
  async usage(
    credentials: UserCredentials,
    query: UsageQuery,
  ): Promise<HubUsageReport> {
    const caller = await this.#access.caller(credentials);
    if (!caller.isExpert && !caller.isProgramAdmin) {
      throw new NotAllowedError(
        'Usage analytics are for vendor experts and program admins',
      );
    }
    await this.#access.authorizeBasic(credentials, hubUsageReadPermission);
    const filter = await this.#access.readFilter(caller, credentials);
    const index = this.#index.current();
    let toolRefs: readonly string[] | undefined = query.tool;
    if (!filter.all) {
      const visible = index
        .tools()
        .filter(t => ToolAccess.accepts(filter, t))
        .map(t => t.ref);
      const asked = query.tool ? new Set(query.tool) : undefined;
      toolRefs = asked ? visible.filter(ref => asked.has(ref)) : visible;
    }
    const report = await this.#hub.usage({ weeks: query.weeks, toolRefs });
    return {
      ...report,
      tools: report.tools.map(usage => {
        const title = index.get(usage.toolRef)?.title;
        return title ? { ...usage, title } : usage;
      }),
    };
  }

  // Helpers

  /** The tool if the caller may read it; one 404 for missing and not yours. */
  async #readable(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<Readable> {
    const caller = await this.#access.caller(credentials);
    const filter = await this.#access.readFilter(caller, credentials);
    const tool = this.#index.current().get(toolRefOf(namespace, name));
    if (!tool || !ToolAccess.accepts(filter, tool)) {
      throw new NotFoundError(TOOL_NOT_FOUND_MESSAGE);
    }
    return { caller, filter, tool };
  }

  async #verifiable(
    credentials: UserCredentials,
    namespace: string,
    name: string,
  ): Promise<IndexedTool> {
    const caller = await this.#access.caller(credentials);
    if (!caller.isExpert && !caller.isProgramAdmin) {
      throw new NotAllowedError(
        'Verifying tools is for vendor experts and program admins',
      );
    }
    const { tool } = await this.#readable(credentials, namespace, name);
    await this.#requireTool(credentials, hubToolVerifyPermission, tool);
    return tool;
  }

  async #requireTool(
    credentials: UserCredentials,
    permission:
      | typeof hubToolLaunchPermission
      | typeof hubToolRatePermission
      | typeof hubToolVerifyPermission,
    tool: IndexedTool,
  ): Promise<void> {
    if (!(await this.#access.allows(credentials, permission, tool))) {
      throw new NotAllowedError(
        `Not allowed by the permission policy: ${permission.name}`,
      );
    }
  }

  #hitOf(tool: IndexedTool): ToolSearchHit {
    return { tool, popularity: this.#index.current().popularityOf(tool.ref) };
  }

  /** Result-list items: the caller's favourites, ratings, marks and locks, three queries a page. */
  async #summaries(
    context: CallerContext,
    hits: readonly ToolSearchHit[],
  ): Promise<HubToolSummary[]> {
    if (hits.length === 0) return [];
    const refs = hits.map(h => h.tool.ref);
    const [favorites, ratings, verifications] = await Promise.all([
      this.#hub.favoritesAmong(context.caller.userEntityRef, refs),
      this.#hub.ratingSummaries(refs),
      this.#hub.verificationsOf(refs),
    ]);
    return hits.map(hit =>
      toToolSummary(hit, {
        favorite: favorites.has(hit.tool.ref),
        verified: verifications.has(hit.tool.ref),
        rating: ratings.get(hit.tool.ref) ?? {
          count: 0,
          histogram: [0, 0, 0, 0, 0],
        },
        lock: this.#hub.lockOf(hit.tool, context.lock),
      }),
    );
  }

  /** A play's or course's page: from the program and the partner's progress. */
  async #itemDetails(
    tool: IndexedTool,
    context: CallerContext,
    credentials: UserCredentials,
  ): Promise<{
    detail: Pick<HubToolDetail, 'playDetail' | 'courseDetail'>;
    sources: Partial<HubSources>;
  }> {
    const { play, course } = tool.spec;
    if (!play && !course) return { detail: {}, sources: {} };
    const [program, progress] = await Promise.all([
      this.#context.program(),
      context.caller.partner ? this.#context.progress(credentials) : undefined,
    ]);
    if (!program.ok) {
      return { detail: {}, sources: { program: 'unavailable' } };
    }
    const partnerProgress = progress?.ok ? progress.value : undefined;
    const playDetail = play
      ? playDetailOf({
          playId: play.playId,
          program: program.value,
          standing: context.standing,
          progress: partnerProgress,
        })
      : undefined;
    const courseDetail = course
      ? courseDetailOf({
          courseId: course.courseId,
          program: program.value,
          progress: partnerProgress,
        })
      : undefined;
    return {
      detail: {
        ...(playDetail ? { playDetail } : {}),
        ...(courseDetail ? { courseDetail } : {}),
      },
      sources: { program: 'ok' },
    };
  }
}

/** A tool's entity ref from the API's path (`/tools/{namespace}/{name}`). */
export function toolRefOf(namespace: string, name: string): string {
  return stringifyEntityRef({ kind: TOOL_KIND, namespace, name });
}
