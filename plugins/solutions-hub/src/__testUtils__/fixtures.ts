import type {
  HubSources,
  HubToolDetail,
  HubFacetCount,
  HubPublicRating,
  HubRecommendations,
  HubToolSummary,
  HubUsageReport,
} from '@partner-studio/plugin-partner-studio-common';
import type { Entity } from '@backstage/catalog-model';
import type { ToolFacets, WorkspaceArchive } from '../api/contractTypes';

/** The tools' owners as the catalog holds them (catalog/vendor-teams.yaml). */
export const OWNER_GROUPS: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'partner-engineering', namespace: 'default' },
    spec: {
      type: 'product-team',
      profile: { displayName: 'Partner engineering' },
      children: [],
    },
  },
];

/** Both sources answered. */
export const SOURCES_OK: HubSources = { standing: 'ok', lab: 'ok' };

const NO_RATINGS = { count: 0, histogram: [0, 0, 0, 0, 0] };
const UNLOCKED = { locked: false, unlockedBy: [] };

function tool(
  name: string,
  fields: Partial<HubToolSummary> &
    Pick<HubToolSummary, 'title' | 'category' | 'launch'>,
): HubToolSummary {
  return {
    ref: `tool:default/${name}`,
    namespace: 'default',
    name,
    description: `${fields.title}: what it does.`,
    tags: [],
    productArea: 'cloud-infrastructure',
    labStages: [],
    businessModels: ['solution-builder'],
    supportLevel: 'vendor-supported',
    minimumTier: 'community',
    owner: 'group:default/partner-engineering',
    links: {},
    popularity: 0,
    favorite: false,
    rating: NO_RATINGS,
    lock: UNLOCKED,
    ...fields,
  };
}

/** A software template, unlocked. */
export const TEMPLATE_TOOL = tool('typescript-integration-starter', {
  title: 'TypeScript integration starter',
  category: 'software-template',
  tags: ['typescript', 'starter'],
  labStages: ['solution-development/design', 'solution-development/build'],
  launch: {
    type: 'template',
    templateRef: 'template:default/meridian-typescript-integration',
    url: '/create/templates/default/meridian-typescript-integration',
  },
  rating: { count: 3, average: 4.3, histogram: [0, 0, 1, 0, 2] },
  verified: true,
});

/** An SDK launched by URL, with links per environment. */
export const SDK_TOOL = tool('compute-sdk-go', {
  title: 'Compute SDK for Go',
  category: 'sdk',
  tags: ['go', 'compute'],
  launch: { type: 'url', url: 'https://developer.example.com/sdk/go' },
  links: {
    sandbox: 'https://sandbox.example.com/compute',
    production: 'https://api.example.com/compute',
  },
});

/** A sandbox locked by tier. */
export const GPU_SANDBOX = tool('gpu-sandbox', {
  title: 'GPU inference sandbox',
  category: 'sandbox',
  minimumTier: 'principal',
  launch: { type: 'url', url: 'https://sandbox.example.com/gpu' },
  lock: {
    locked: true,
    unlockedBy: [
      {
        kind: 'tier',
        message: 'Reach Principal (you are Advanced, 120 points to go)',
        unknown: false,
        tier: 'principal',
        tierName: 'Principal',
        currentTier: 'advanced',
        currentTierName: 'Advanced',
        pointsToGo: 120,
      },
    ],
  },
});

/** An API locked by a Lab stage. */
export const PRODUCTION_API = tool('production-credentials-api', {
  title: 'Production credentials API',
  category: 'api',
  requiredLabStage: 'solution-development/validate',
  launch: { type: 'url', url: 'https://api.example.com/credentials' },
  lock: {
    locked: true,
    unlockedBy: [
      {
        kind: 'lab-stage',
        message:
          'Pass the validate stage of Solution development in the Solutions Lab',
        unknown: false,
        stageRef: 'solution-development/validate',
        playbookId: 'solution-development',
        stageId: 'validate',
      },
    ],
  },
});

/** A sales play. */
export const PLAY_TOOL = tool('play-zero-trust-security', {
  title: 'Zero trust security play',
  category: 'sales-play',
  play: { playId: 'zero-trust-security' },
  launch: { type: 'url', url: 'https://partners.example.com/plays/zt' },
});

/** An Ignite course. */
export const COURSE_TOOL = tool('ignite-selling-value', {
  title: 'Ignite: selling value',
  category: 'enablement-course',
  course: { courseId: 'ignite-selling-value' },
  launch: { type: 'url', url: 'https://learn.example.com/selling-value' },
});

/** Every fixture tool. */
export const TOOLS: HubToolSummary[] = [
  TEMPLATE_TOOL,
  SDK_TOOL,
  GPU_SANDBOX,
  PRODUCTION_API,
  PLAY_TOOL,
  COURSE_TOOL,
];

function counts(values: string[], of: (t: HubToolSummary) => string[]) {
  return values.map<HubFacetCount>(value => ({
    value,
    count: TOOLS.filter(t => of(t).includes(value)).length,
  }));
}

/** Facet counts over every fixture tool. */
export const FACETS: ToolFacets = {
  category: counts(
    [
      'sdk',
      'api',
      'sandbox',
      'software-template',
      'validation-tool',
      'reference-architecture',
      'enablement-course',
      'sales-play',
    ],
    t => [t.category],
  ),
  productArea: counts(['cloud-infrastructure', 'edge-computing'], t => [
    t.productArea,
  ]),
  stage: counts(
    ['solution-development/design', 'solution-development/build'],
    t => t.labStages,
  ),
  businessModel: counts(
    ['solution-builder', 'solution-reseller'],
    t => t.businessModels,
  ),
  supportLevel: counts(['vendor-supported', 'community', 'preview'], t => [
    t.supportLevel,
  ]),
  tag: counts(['typescript', 'starter', 'go', 'compute'], t => t.tags),
};

/** The tool page of a summary. */
export function detailOf(
  summary: HubToolSummary,
  extra: Partial<HubToolDetail> = {},
): HubToolDetail {
  return { ...summary, sources: SOURCES_OK, ...extra };
}

/** Recommendations for Contoso, in the build stage. */
export const RECOMMENDATIONS: HubRecommendations = {
  currentStages: ['solution-development/build'],
  items: [
    {
      tool: TEMPLATE_TOOL,
      reason: { kind: 'stage', stageRef: 'solution-development/build' },
    },
    {
      tool: PLAY_TOOL,
      reason: {
        kind: 'action',
        actionId: 'run-zero-trust-play',
        title: 'Run the zero trust play',
        points: 40,
        linkRef: 'play:zero-trust-security',
      },
    },
  ],
  sources: SOURCES_OK,
};

/** Ratings of the template: one of them the caller's. */
export const RATINGS: HubPublicRating[] = [
  {
    id: 'r1',
    stars: 5,
    comment: 'Saved us a week.',
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    mine: false,
    verifiedOutcome: true,
  },
  {
    id: 'r2',
    stars: 3,
    comment: 'Good start, the retries need tuning.',
    createdAt: '2026-10-01T10:00:00Z',
    updatedAt: '2026-10-05T10:00:00Z',
    mine: true,
    verifiedOutcome: false,
  },
];

/** A finished template task's archive. */
export const ARCHIVE: WorkspaceArchive = {
  taskId: 'task-1',
  fileName: 'acme-connector.zip',
  createdBy: 'user:default/carla.dev',
  createdAt: '2026-11-30T09:00:00Z',
  templateRef: 'template:default/meridian-typescript-integration',
  sizeBytes: 12_800,
  sha256: 'ab'.repeat(32),
};

/** Usage over four weeks. */
export const USAGE: HubUsageReport = {
  from: '2026-11-02T00:00:00.000Z',
  to: '2026-11-30T00:00:00.000Z',
  distinctPartners: 3,
  tools: [
    {
      toolRef: TEMPLATE_TOOL.ref,
      title: TEMPLATE_TOOL.title,
      launches: 9,
      distinctPartners: 3,
      distinctUsers: 5,
      lastLaunchedAt: '2026-11-27T12:00:00Z',
      weeks: [
        {
          weekStart: '2026-11-02T00:00:00.000Z',
          launches: 1,
          distinctPartners: 1,
        },
        {
          weekStart: '2026-11-16T00:00:00.000Z',
          launches: 3,
          distinctPartners: 2,
        },
        {
          weekStart: '2026-11-23T00:00:00.000Z',
          launches: 5,
          distinctPartners: 3,
        },
      ],
      trend: 'up',
      trendPercent: 50,
    },
    {
      toolRef: SDK_TOOL.ref,
      title: SDK_TOOL.title,
      launches: 2,
      distinctPartners: 1,
      distinctUsers: 1,
      weeks: [
        {
          weekStart: '2026-11-09T00:00:00.000Z',
          launches: 2,
          distinctPartners: 1,
        },
      ],
      trend: 'down',
      trendPercent: -100,
    },
  ],
};
