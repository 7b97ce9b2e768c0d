import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type { HubSources } from '@partner-studio/plugin-partner-studio-common';
import type { PartnerUserCaller } from '@partner-studio/plugin-partner-studio-node';
import type { ToolLockContext } from '../service/toolLocks';
import type {
  CallerStanding,
  PartnerPointsClient,
} from './PartnerPointsClient';
import type {
  LabEngagementStage,
  SolutionsLabClient,
} from './SolutionsLabClient';

/** Engagements in these states are under way: their stage is "current". */
const OPEN_STATUSES: ReadonlySet<LabEngagementStage['status']> = new Set([
  'active',
  'on-hold',
]);

/** What the Hub knows of a signed-in caller beyond its identity. */
export interface CallerContext {
  caller: PartnerUserCaller;
  /** What lock evaluation needs (conservative where something is unknown). */
  lock: ToolLockContext;
  /**
   * Stage refs (`<playbookId>/<stageId>`) the caller's partners' open
   * engagements are in; empty when unknown or not applicable.
   */
  currentStageRefs: string[];
  /** The caller's partner's standing, when partner points answered. */
  standing?: CallerStanding;
  /** Whether partner points and the Lab could be read, and why not. */
  sources: HubSources;
}

function stageRef(playbookId: string, stageId: string): string {
  return `${playbookId}/${stageId}`;
}

/** The stage refs the engagements completed. */
export function completedStageRefsOf(
  engagements: readonly LabEngagementStage[],
): Set<string> {
  return new Set(
    engagements.flatMap(e =>
      e.completedStageIds.map(id => stageRef(e.playbookId, id)),
    ),
  );
}

/**
 * The caller's tier (partner points) and Lab stages (the Solutions Lab), for
 * locks, recommendations and play and course pages. Both are optional
 * dependencies: when one is absent or failing, the context says so
 * (`sources`), and the conditions it would have checked stay unmet.
 */
export class CallerContextService {
  readonly #points: PartnerPointsClient;
  readonly #lab: SolutionsLabClient;

  static create(options: {
    points: PartnerPointsClient;
    lab: SolutionsLabClient;
  }): CallerContextService {
    return new CallerContextService(options);
  }

  private constructor(options: {
    points: PartnerPointsClient;
    lab: SolutionsLabClient;
  }) {
    this.#points = options.points;
    this.#lab = options.lab;
  }

  /** The context of a signed-in caller. */
  async of(
    caller: PartnerUserCaller,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<CallerContext> {
    const unrestricted = caller.isExpert || caller.isProgramAdmin;
    if (!caller.partner) {
      return {
        caller,
        lock: unrestricted ? { unrestricted } : { noPartner: true },
        currentStageRefs: [],
        sources: { standing: 'not-applicable', lab: 'not-applicable' },
      };
    }
    const [standing, stages] = await Promise.all([
      this.#points.standing(credentials),
      this.#lab.callerStages(credentials),
    ]);
    const engagements = stages.ok ? stages.value : [];
    return {
      caller,
      lock: {
        unrestricted,
        ...(standing.ok
          ? {
              standing: {
                tier: standing.value.tier,
                totalPoints: standing.value.totalPoints,
              },
            }
          : {}),
        ...(stages.ok
          ? { completedStageRefs: [...completedStageRefsOf(engagements)] }
          : {}),
      },
      currentStageRefs: [
        ...new Set(
          engagements
            .filter(e => OPEN_STATUSES.has(e.status))
            .map(e => stageRef(e.playbookId, e.currentStageId)),
        ),
      ],
      ...(standing.ok ? { standing: standing.value } : {}),
      sources: {
        standing: standing.ok ? 'ok' : 'unavailable',
        ...(standing.ok
          ? { tier: standing.value.tier }
          : { standingReason: standing.reason }),
        lab: stages.ok ? 'ok' : 'unavailable',
        ...(stages.ok ? {} : { labReason: stages.reason }),
      },
    };
  }

  /**
   * The stages each of these partners has completed now (for verified
   * outcomes); partners the Lab could not be read for are left out, so
   * their ratings are not marked.
   */
  async completedStagesOf(
    partnerRefs: readonly string[],
  ): Promise<Map<string, Set<string>>> {
    const byPartner = await this.#lab.partnerStages(partnerRefs);
    return new Map(
      [...byPartner].map(([ref, engagements]) => [
        ref,
        completedStageRefsOf(engagements),
      ]),
    );
  }

  /** The caller's partner's progress on plays and courses. */
  progress(credentials: BackstageCredentials<BackstageUserPrincipal>) {
    return this.#points.progress(credentials);
  }

  /** The program in force, from partner points. */
  program() {
    return this.#points.program();
  }
}
