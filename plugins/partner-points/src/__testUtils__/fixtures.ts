import { defaultProgram } from '@partner-studio/scoring';
import type {
  Program,
  SimulationResult,
  Standing,
} from '@partner-studio/scoring';
import type {
  AdjustmentPage,
  CohortBenchmark,
  ExemptionPage,
  MetricContributionsPage,
  OverviewPartner,
  ProgramOverview,
  PartnerListPage,
  PartnerStandingResponse,
  StandingHistoryPage,
} from '@partner-studio/plugin-partner-studio-common';

/** The partner's id in the scoring engine's events and standing. */
export const PARTNER_ID = 'northwind-cloud';
/** The partner's identity in the API and the routes. */
export const PARTNER_REF = `group:default/${PARTNER_ID}`;

const principalBenefits: Standing['benefits'] = [
  {
    id: 'discount',
    name: 'Partner discount',
    description: 'Discount on vendor list prices.',
    category: 'discount',
    value: 25,
    unit: '%',
  },
  {
    id: 'mdf',
    name: 'Market development funds',
    description: 'Co-marketing funds per year.',
    category: 'funds',
    value: 20000,
    unit: 'USD',
  },
];

/** Northwind Cloud: Principal with 640 points, 210 short of Pinnacle. */
export const standing: Standing = {
  partnerId: PARTNER_ID,
  asOf: '2026-11-20T00:00:00.000Z',
  programVersion: '2023.1',
  tier: 'principal',
  tierName: 'Principal',
  totalPoints: 640,
  pointsByBusinessModel: {
    'solution-services': 0,
    'solution-builder': 150,
    'cloud-solution-provider': 210,
    'solution-reseller': 0,
  },
  pointsByPillar: {
    sales: 200,
    'post-sales': 160,
    capabilities: 190,
    enablement: 30,
    'gtm-plays': 60,
  },
  pooling: {
    sharedPoints: 280,
    earnedByBusinessModel: {
      'solution-services': 0,
      'solution-builder': 150,
      'cloud-solution-provider': 210,
      'solution-reseller': 0,
    },
    sharedAdjustmentPoints: 0,
    adjustmentPointsByBusinessModel: {
      'solution-services': 0,
      'solution-builder': 0,
      'cloud-solution-provider': 0,
      'solution-reseller': 0,
    },
    beforeTotalCap: 640,
  },
  metrics: [
    {
      id: 'bookings',
      name: 'Bookings',
      pillar: 'sales',
      pillarKind: 'performance',
      businessModel: 'solution-builder',
      aggregation: 'sum',
      windowDays: 365,
      value: 150000,
      target: 200000,
      unit: 'USD',
      progress: 0.75,
      points: 150,
      maxPoints: 200,
      contributions: [
        { eventId: 'ev-1', points: 90 },
        { eventId: 'ev-2', points: 60 },
      ],
    },
    {
      id: 'bookings',
      name: 'Bookings',
      pillar: 'sales',
      pillarKind: 'performance',
      businessModel: 'cloud-solution-provider',
      aggregation: 'sum',
      windowDays: 365,
      value: 50000,
      target: 200000,
      unit: 'USD',
      progress: 0.25,
      points: 50,
      maxPoints: 200,
      contributions: [{ eventId: 'ev-3', points: 50 }],
    },
    {
      id: 'consumption',
      name: 'Cloud consumption',
      pillar: 'post-sales',
      pillarKind: 'performance',
      businessModel: 'cloud-solution-provider',
      aggregation: 'sum',
      windowDays: 180,
      value: 40000,
      target: 50000,
      unit: 'USD',
      progress: 0.8,
      points: 160,
      maxPoints: 200,
      contributions: [{ eventId: 'ev-4', points: 160 }],
    },
    {
      id: 'certifications',
      name: 'Certified people',
      pillar: 'capabilities',
      pillarKind: 'capability',
      aggregation: 'sum',
      windowDays: 730,
      value: 9,
      target: 10,
      unit: 'people',
      progress: 0.9,
      points: 90,
      maxPoints: 100,
      contributions: [{ eventId: 'ev-5', points: 90 }],
    },
    {
      id: 'competencies',
      name: 'Competencies',
      pillar: 'capabilities',
      pillarKind: 'capability',
      aggregation: 'distinct',
      windowDays: 730,
      value: 2,
      target: 2,
      unit: 'competencies',
      progress: 1,
      points: 100,
      maxPoints: 100,
      contributions: [
        { eventId: 'ev-6', points: 50 },
        { eventId: 'ev-7', points: 50 },
      ],
    },
    {
      id: 'ignite-courses',
      name: 'Ignite courses completed',
      pillar: 'enablement',
      pillarKind: 'capability',
      aggregation: 'count',
      windowDays: 365,
      value: 3,
      target: 5,
      unit: 'courses',
      progress: 0.6,
      points: 30,
      maxPoints: 50,
      contributions: [],
    },
    {
      id: 'strategy-plays',
      name: 'Strategy plays executed',
      pillar: 'gtm-plays',
      pillarKind: 'performance',
      aggregation: 'count',
      windowDays: 365,
      value: 3,
      target: 5,
      unit: 'plays',
      progress: 0.6,
      points: 60,
      maxPoints: 100,
      contributions: [],
    },
  ],
  nextTier: {
    tier: 'pinnacle',
    tierName: 'Pinnacle',
    threshold: 850,
    pointsNeeded: 210,
    unmetRequirements: [
      {
        id: 'pinnacle-invitation',
        type: 'invitation',
        description: 'An invitation from the vendor to the Pinnacle tier',
      },
    ],
  },
  actions: [
    {
      id: 'win-new-customer:solution-builder',
      actionId: 'win-new-customer',
      metricId: 'bookings',
      businessModel: 'solution-builder',
      title: 'Close a deal with a new customer',
      description: 'Partner-led bookings count for the Sales pillar.',
      link: { kind: 'hub', ref: 'category:sales-tools', label: 'Sales tools' },
      estimatedPoints: 40,
      exampleEvent: {
        id: 'example-win-new-customer',
        partnerId: PARTNER_ID,
        type: 'deal_won',
        occurredAt: '2026-11-20T00:00:00.000Z',
        businessModel: 'solution-builder',
        customerId: 'example-new-customer',
        amount: 40000,
      },
      resultingTotalPoints: 680,
      resultingTier: 'principal',
      resultingTierName: 'Principal',
      metrics: [
        {
          metricId: 'bookings',
          businessModel: 'solution-builder',
          before: 150,
          after: 190,
          delta: 40,
        },
      ],
      requirements: [],
    },
    {
      id: 'run-strategy-play',
      actionId: 'run-strategy-play',
      metricId: 'strategy-plays',
      title: 'Execute a strategy play',
      description: 'Business transformation plays with unified incentives.',
      link: {
        kind: 'play',
        ref: 'play:multi-cloud-transformation',
        label: 'Multi-cloud transformation play',
      },
      estimatedPoints: 20,
      exampleEvent: {
        id: 'example-run-strategy-play',
        partnerId: PARTNER_ID,
        type: 'play_executed',
        occurredAt: '2026-11-20T00:00:00.000Z',
        attributes: { play: 'strategy', playId: 'multi-cloud-transformation' },
      },
      resultingTotalPoints: 660,
      resultingTier: 'principal',
      resultingTierName: 'Principal',
      metrics: [
        {
          metricId: 'strategy-plays',
          before: 60,
          after: 80,
          delta: 20,
        },
      ],
      requirements: [],
    },
    {
      id: 'complete-ignite-course',
      actionId: 'complete-ignite-course',
      metricId: 'ignite-courses',
      title: 'Complete an Ignite course',
      description: 'Technical, commercial and marketing enablement.',
      link: {
        kind: 'ignite',
        ref: 'course:ignite-kubernetes-operations',
        label: 'Kubernetes operations course',
      },
      estimatedPoints: 10,
      exampleEvent: {
        id: 'example-complete-ignite-course',
        partnerId: PARTNER_ID,
        type: 'ignite_course_completed',
        occurredAt: '2026-11-20T00:00:00.000Z',
        attributes: { courseId: 'ignite-kubernetes-operations' },
      },
      resultingTotalPoints: 650,
      resultingTier: 'principal',
      resultingTierName: 'Principal',
      metrics: [
        {
          metricId: 'ignite-courses',
          before: 30,
          after: 40,
          delta: 10,
        },
      ],
      requirements: [],
    },
    {
      id: 'complete-lab-stage',
      actionId: 'complete-lab-stage',
      metricId: 'strategy-plays',
      title: 'Complete a Solutions Lab stage',
      description: 'Move your solution to its next stage with an expert.',
      link: {
        kind: 'lab',
        ref: 'playbook:commercialization',
        label: 'Commercialization playbook',
      },
      estimatedPoints: 5,
      exampleEvent: {
        id: 'example-complete-lab-stage',
        partnerId: PARTNER_ID,
        type: 'lab_stage_completed',
        occurredAt: '2026-11-20T00:00:00.000Z',
        attributes: { stage: 'validation' },
      },
      resultingTotalPoints: 645,
      resultingTier: 'principal',
      resultingTierName: 'Principal',
      metrics: [
        {
          metricId: 'strategy-plays',
          before: 60,
          after: 65,
          delta: 5,
        },
      ],
      requirements: [],
    },
  ],
  expiring: [
    {
      date: '2027-01-12',
      points: 60,
      metricIds: ['bookings'],
      resultingTotalPoints: 580,
      resultingTier: 'advanced',
      resultingTierName: 'Advanced',
      causes: [{ type: 'window', id: 'ev-2' }],
    },
  ],
  benefits: principalBenefits,
  adjustments: [],
  exemptions: [],
};

export const standingResponse: PartnerStandingResponse = {
  partner: {
    entityRef: PARTNER_REF,
    title: 'Northwind Cloud',
    businessModels: ['solution-builder', 'cloud-solution-provider'],
    admittedAt: '2022-03-01',
    pinnacleInvited: false,
  },
  standing,
};

/** `GET /partners` for a program admin: every partner, sorted by title. */
export const allPartners: PartnerListPage = {
  items: [
    {
      entityRef: 'group:default/contoso-solutions',
      title: 'Contoso Solutions',
      businessModels: ['solution-services'],
      pinnacleInvited: false,
    },
    {
      entityRef: 'group:default/fabrikam-software',
      title: 'Fabrikam Software',
      businessModels: ['solution-builder'],
      pinnacleInvited: false,
    },
    standingResponse.partner,
  ],
};

/** The shipped program with tiers whose thresholds and benefits the tests know. */
export const program: Program = {
  ...defaultProgram,
  tiers: [
    {
      id: 'community',
      name: 'Community',
      threshold: 0,
      requirements: [],
      benefits: [],
    },
    {
      id: 'select',
      name: 'Select',
      threshold: 100,
      requirements: [],
      benefits: [],
    },
    {
      id: 'advanced',
      name: 'Advanced',
      threshold: 300,
      requirements: [],
      benefits: [],
    },
    {
      id: 'principal',
      name: 'Principal',
      threshold: 600,
      requirements: [],
      benefits: principalBenefits,
    },
    {
      id: 'pinnacle',
      name: 'Pinnacle',
      threshold: 850,
      requirements: [{ type: 'invitation', id: 'pinnacle-invitation' }],
      benefits: [
        { ...principalBenefits[0], value: 30 },
        principalBenefits[1],
        {
          id: 'executive-sponsor',
          name: 'Executive sponsor',
          description: 'A named vendor executive for joint planning.',
          category: 'access',
        },
      ],
    },
  ],
};

export const history: StandingHistoryPage = {
  items: [
    {
      takenAt: '2026-08-01T00:00:00.000Z',
      totalPoints: 420,
      tier: 'advanced',
      reason: 'scheduled',
    },
    {
      takenAt: '2026-09-15T00:00:00.000Z',
      totalPoints: 610,
      tier: 'principal',
      reason: 'tier-change',
    },
    {
      takenAt: '2026-11-01T00:00:00.000Z',
      totalPoints: 640,
      tier: 'principal',
      reason: 'scheduled',
    },
  ],
};

export const bookingsContributions: MetricContributionsPage = {
  metricId: 'bookings',
  items: [
    {
      event: {
        id: 'ev-1',
        partnerId: PARTNER_ID,
        type: 'deal_won',
        occurredAt: '2026-10-02T00:00:00.000Z',
        businessModel: 'solution-builder',
        customerId: 'contoso',
        amount: 90000,
      },
      points: 90,
    },
    {
      event: {
        id: 'ev-2',
        partnerId: PARTNER_ID,
        type: 'deal_won',
        occurredAt: '2026-06-12T00:00:00.000Z',
        businessModel: 'solution-builder',
        customerId: 'fabrikam',
        amount: 60000,
      },
      points: 60,
    },
    {
      event: {
        id: 'ev-3',
        partnerId: PARTNER_ID,
        type: 'deal_won',
        occurredAt: '2026-09-01T00:00:00.000Z',
        businessModel: 'cloud-solution-provider',
        customerId: 'tailspin',
        amount: 50000,
      },
      points: 50,
    },
  ],
};

/** Simulating the first action's example event: +40, Principal stays. */
export const simulation: SimulationResult = {
  baseline: standing,
  standing: {
    ...standing,
    totalPoints: 680,
    nextTier: { ...standing.nextTier!, pointsNeeded: 170 },
  },
  delta: {
    totalPoints: 40,
    tierChanged: false,
    tierBefore: 'principal',
    tierAfter: 'principal',
    metrics: [
      {
        metricId: 'bookings',
        businessModel: 'solution-builder',
        before: 150,
        after: 190,
        delta: 40,
      },
    ],
  },
};

/** Northwind's adjustments: one active with an expiry, one revoked. */
export const adjustments: AdjustmentPage = {
  items: [
    {
      id: 'adj-2',
      partnerRef: PARTNER_REF,
      points: 20,
      reason: 'Migration credit',
      grantedAt: '2026-11-03T00:00:00.000Z',
      expiresAt: '2027-03-31T00:00:00.000Z',
      status: 'active',
    },
    {
      id: 'adj-1',
      partnerRef: PARTNER_REF,
      points: -15,
      reason: 'Duplicate deal registration',
      grantedAt: '2026-09-10T00:00:00.000Z',
      status: 'revoked',
      revokedAt: '2026-09-12T00:00:00.000Z',
      revocationReason: 'The registration was not a duplicate',
    },
  ],
};

/** Northwind's one exemption, in force. */
export const exemptions: ExemptionPage = {
  items: [
    {
      id: 'exm-1',
      partnerRef: PARTNER_REF,
      target: {
        kind: 'tier-requirement',
        tierId: 'principal',
        requirementId: 'capability-floor',
      },
      description: 'Principal: at least 150 capability points — waived',
      reason: 'New partner, certifications in progress',
      from: '2026-11-01T00:00:00.000Z',
      until: '2027-06-01T00:00:00.000Z',
      status: 'active',
    },
  ],
};

/** What a program admin reads of the same adjustments: who granted, who revoked. */
export const adjustmentsForAdmins: AdjustmentPage = {
  items: [
    { ...adjustments.items[0], grantedBy: 'user:default/paul.admin' },
    {
      ...adjustments.items[1],
      grantedBy: 'user:default/paul.admin',
      revokedBy: 'user:default/paul.admin',
    },
  ],
};

/** Northwind among 12 Solution Builder partners. */
export const cohort: CohortBenchmark = {
  partnerRef: PARTNER_REF,
  available: true,
  minimumSize: 5,
  businessModel: 'solution-builder',
  cohortSize: 12,
  snapshotTakenAt: '2026-11-19T00:00:00.000Z',
  rankedAt: '2026-11-19T01:00:00.000Z',
  overall: { percentile: 73 },
  pillars: [
    { pillarId: 'sales', percentile: 82 },
    { pillarId: 'capabilities', percentile: 41 },
  ],
};

/** A cohort of 3: too small to show. */
export const smallCohort: CohortBenchmark = {
  partnerRef: PARTNER_REF,
  available: false,
  reason: 'cohort-too-small',
  minimumSize: 5,
  businessModel: 'solution-builder',
};

/** The program overview of the demo's six partners. */
export const overview: ProgramOverview = {
  asOf: '2026-11-20T00:00:00.000Z',
  partners: 6,
  tiers: [
    { tier: 'community', partners: 1 },
    { tier: 'select', partners: 1 },
    { tier: 'advanced', partners: 2 },
    { tier: 'principal', partners: 2 },
    { tier: 'pinnacle', partners: 0 },
  ],
  atRisk: 1,
  withinReach: 2,
  withinReachSteps: 3,
  horizonDays: 90,
  quarters: [
    {
      quarter: '2026-Q3',
      start: '2026-07-01T00:00:00.000Z',
      end: '2026-10-01T00:00:00.000Z',
      promoted: 2,
      demoted: 0,
      unchanged: 4,
      transitions: [
        { from: 'advanced', to: 'principal', partners: 1 },
        { from: 'select', to: 'advanced', partners: 1 },
        { from: 'community', to: 'community', partners: 4 },
      ],
    },
    {
      quarter: '2026-Q4',
      start: '2026-10-01T00:00:00.000Z',
      end: '2026-11-20T00:00:00.000Z',
      promoted: 0,
      demoted: 1,
      unchanged: 5,
      transitions: [
        { from: 'principal', to: 'advanced', partners: 1 },
        { from: 'advanced', to: 'advanced', partners: 5 },
      ],
    },
  ],
};

/** Northwind, at risk: Principal until 12 January 2027. */
export const northwindAtRisk: OverviewPartner = {
  partner: {
    entityRef: PARTNER_REF,
    title: 'Northwind Cloud',
    businessModels: ['solution-builder', 'cloud-solution-provider'],
  },
  tier: 'principal',
  totalPoints: 640,
  nextTier: 'pinnacle',
  pointsToNextTier: 210,
  dropsOn: '2027-01-12',
  dropsToTier: 'advanced',
  evaluatedAt: '2026-11-20T00:00:00.000Z',
};

/** Fabrikam, two actions from Advanced. */
export const fabrikamWithinReach: OverviewPartner = {
  partner: {
    entityRef: 'group:default/fabrikam-software',
    title: 'Fabrikam Software',
    businessModels: ['solution-builder'],
  },
  tier: 'select',
  totalPoints: 260,
  nextTier: 'advanced',
  pointsToNextTier: 40,
  planSteps: 2,
  evaluatedAt: '2026-11-20T00:00:00.000Z',
};
