import type { Entity } from '@backstage/catalog-model';
import type {
  ChecklistItem,
  EngagementDetail,
  EngagementSummary,
  LabCriterion,
  LabFunnel,
  LabPlaybook,
  LabPlaybookStage,
  ProgramSummaryResponse,
} from '@partner-studio/plugin-partner-studio-common';
import { defaultProgram } from '@partner-studio/scoring';

/*
 * What the Lab backend answers, shaped by its OpenAPI document (the types
 * are generated from it): the two shipped playbooks, trimmed to a few
 * criteria per stage, and engagements of the demo partners.
 */

export const CONTOSO = 'group:default/contoso-solutions';
export const NORTHWIND = 'group:default/northwind-cloud';
export const ERIN = 'user:default/erin.expert';
export const ETHAN = 'user:default/ethan.expert';
export const CARLA = 'user:default/carla.dev';
export const PAUL = 'user:default/paul.admin';

/** The program in force, from the scoring package, as partner points serves it. */
export const program: ProgramSummaryResponse = defaultProgram;

function criterion(
  id: string,
  title: string,
  more: Partial<LabCriterion> = {},
): LabCriterion {
  return {
    id,
    title,
    required: true,
    evidence: 'none',
    confirmedBy: 'partner',
    paths: [],
    ...more,
  };
}

const stagePoints: LabPlaybookStage['points'] = [
  {
    eventType: 'lab_stage_completed',
    metrics: [
      {
        metricId: 'solution-development',
        name: 'Solutions Lab stages',
        maxPoints: 100,
        target: 6,
        unit: 'stages',
        windowDays: 730,
        businessModels: ['solution-builder'],
        pointsPerEvent: 16.67,
      },
    ],
  },
];

function stage(
  id: string,
  name: string,
  phase: LabPlaybookStage['phase'],
  slaDays: number,
  criteria: LabCriterion[],
  recommends: LabPlaybookStage['recommends'] = { categories: [], tools: [] },
): LabPlaybookStage {
  return {
    id,
    name,
    phase,
    description: `What ${name} is about.`,
    slaDays,
    criteria,
    recommends,
    points: stagePoints,
  };
}

export const solutionDevelopment: LabPlaybook = {
  id: 'solution-development',
  name: 'Solution development and commercialization',
  summary:
    'Expert-guided path for a partner solution from qualification to growth in market.',
  businessModels: ['solution-builder', 'cloud-solution-provider'],
  paths: [],
  programVersion: defaultProgram.version,
  stages: [
    stage('qualify', 'Qualify', 'development', 10, [
      criterion('solution-brief', 'Solution brief submitted', {
        evidence: 'link',
      }),
      criterion('qualification-call', 'Qualification call held', {
        confirmedBy: 'expert',
      }),
    ]),
    stage('design', 'Design', 'development', 15, [
      criterion('architecture-document', 'Architecture documented', {
        evidence: 'link',
      }),
    ]),
    stage(
      'build',
      'Build',
      'development',
      30,
      [
        criterion('pipeline', 'Automated pipeline in place'),
        criterion('conformance-run', 'API conformance suite passes', {
          evidence: 'tool-run',
          tool: 'tool:default/api-conformance-suite',
        }),
        criterion('demo', 'Demo recorded', { required: false }),
      ],
      {
        categories: ['sdk', 'validation-tool'],
        tools: [
          'tool:default/api-conformance-suite',
          'tool:default/partner-cloud-sandbox',
        ],
      },
    ),
    stage('validate', 'Validate', 'development', 20, [
      criterion('validation-report', 'Validation report', {
        evidence: 'validation-report',
      }),
    ]),
    stage('certify', 'Certify', 'development', 20, [
      criterion('certified', 'Listed in the compatibility guide', {
        confirmedBy: 'expert',
      }),
    ]),
    stage('launch', 'Launch', 'commercialization', 30, [
      criterion('listing', 'Marketplace listing live', { evidence: 'link' }),
    ]),
    stage('grow', 'Grow', 'commercialization', 90, [
      criterion('first-customers', 'Three paying customers'),
    ]),
  ],
};

export const customerSuccess: LabPlaybook = {
  id: 'partner-led-customer-success',
  name: 'Partner-Led Customer Success specialization',
  summary: 'Earn the specialization on one of its three paths.',
  businessModels: ['solution-services'],
  paths: [
    { id: 'build', name: 'Build your own package' },
    { id: 'resell', name: 'Resell the vendor’s success package' },
    { id: 'collaborate', name: 'Collaborate with the vendor' },
  ],
  programVersion: defaultProgram.version,
  stages: [
    stage('prepare', 'Prepare', 'specialization', 10, [
      criterion('csm-certified', 'Two certified customer success managers', {
        evidence: 'link',
      }),
      criterion('rationale', 'Path rationale agreed', {
        confirmedBy: 'expert',
      }),
    ]),
    stage('path-requirements', 'Path requirements', 'specialization', 30, [
      criterion('resale-agreement', 'Resale agreement signed', {
        paths: ['resell'],
      }),
    ]),
    stage('customer-proof', 'Customer proof', 'specialization', 60, [
      criterion('references', 'Two customer references', { evidence: 'link' }),
    ]),
    stage(
      'specialization-review',
      'Specialization review',
      'specialization',
      15,
      [criterion('review', 'Review passed', { confirmedBy: 'expert' })],
    ),
  ],
};

export const playbooks = { items: [solutionDevelopment, customerSuccess] };

function checklistOf(
  playbookStage: LabPlaybookStage,
  checked: Record<string, Partial<ChecklistItem>> = {},
): ChecklistItem[] {
  return playbookStage.criteria.map(c => ({
    id: c.id,
    title: c.title,
    description: c.description,
    required: c.required,
    evidence: c.evidence,
    tool: c.tool,
    confirmedBy: c.confirmedBy,
    checked: false,
    ...checked[c.id],
  }));
}

/** An engagement detail at `currentIndex` of the playbook, earlier stages completed. */
export function detailOf(options: {
  id: string;
  playbook: LabPlaybook;
  partnerRef: string;
  solutionName: string;
  currentIndex: number;
  version: number;
  path?: string;
  assignedExpertRef?: string;
  status?: EngagementDetail['status'];
  checked?: Record<string, Partial<ChecklistItem>>;
}): EngagementDetail {
  const { playbook, currentIndex, checked } = options;
  const status = options.status ?? 'active';
  const stages: EngagementDetail['stages'] = playbook.stages.map((s, i) => {
    let state: 'completed' | 'current' | 'upcoming' = 'upcoming';
    if (i < currentIndex) state = 'completed';
    if (i === currentIndex) state = 'current';
    return {
      id: s.id,
      name: s.name,
      phase: s.phase,
      slaDays: s.slaDays,
      state,
      checklist: checklistOf(
        s,
        i < currentIndex
          ? Object.fromEntries(s.criteria.map(c => [c.id, { checked: true }]))
          : checked,
      ),
      recommends: s.recommends,
      ...(state === 'completed' ? { completedAt: '2026-11-20T10:00:00Z' } : {}),
    };
  });
  const current = stages[currentIndex];
  const missing = current.checklist
    .filter(c => c.required && !c.checked)
    .map(c => c.id);
  return {
    id: options.id,
    partnerRef: options.partnerRef,
    playbookId: playbook.id,
    ...(options.path ? { path: options.path } : {}),
    solutionName: options.solutionName,
    description: `${options.solutionName}, described.`,
    status,
    currentStageId: current.id,
    completedStageIds: stages
      .filter(s => s.state === 'completed')
      .map(s => s.id),
    ...(options.assignedExpertRef
      ? { assignedExpertRef: options.assignedExpertRef }
      : {}),
    requestedBy: CARLA,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-28T09:00:00Z',
    stageEnteredAt: '2026-11-25T09:00:00Z',
    version: options.version,
    sla: {
      state: status === 'on-hold' ? 'paused' : 'on-track',
      slaDays: current.slaDays,
      daysInStage: 3.2,
      dueAt: '2026-12-05T09:00:00Z',
      atRiskAt: '2026-12-02T09:00:00Z',
    },
    stages,
    gate: { ready: missing.length === 0, missing },
    notes: [
      {
        id: 1,
        authorRef: CARLA,
        visibility: 'shared',
        body: 'Our two CSM certifications are booked for next week.',
        createdAt: '2026-11-26T09:00:00Z',
      },
    ],
    timeline: [
      {
        id: 1,
        kind: 'requested',
        stageId: playbook.stages[0].id,
        actorRef: CARLA,
        visibility: 'shared',
        occurredAt: '2026-11-20T09:00:00Z',
      },
      ...(options.assignedExpertRef
        ? [
            {
              id: 2,
              kind: 'assigned' as const,
              stageId: playbook.stages[0].id,
              actorRef: options.assignedExpertRef,
              visibility: 'shared' as const,
              occurredAt: '2026-11-21T09:00:00Z',
              details: { expertRef: options.assignedExpertRef },
            },
          ]
        : []),
    ],
  };
}

/** Contoso Success Services: Prepare, with Erin; one required item open. */
export const contosoSuccess = detailOf({
  id: 'demo-20261201-contoso-success',
  playbook: customerSuccess,
  partnerRef: CONTOSO,
  solutionName: 'Contoso Success Services',
  path: 'resell',
  currentIndex: 0,
  version: 7,
  assignedExpertRef: ERIN,
  checked: {
    rationale: {
      checked: true,
      updatedBy: ERIN,
      updatedAt: '2026-11-27T09:00:00Z',
    },
  },
});

/** Contoso's landing zone: Build, with Ethan. */
export const contosoLandingZone = detailOf({
  id: 'demo-20261201-contoso-landing-zone',
  playbook: solutionDevelopment,
  partnerRef: CONTOSO,
  solutionName: 'Contoso Managed Kubernetes Landing Zone',
  currentIndex: 2,
  version: 12,
  assignedExpertRef: ETHAN,
});

/** Tailspin's request, waiting in the unassigned queue. */
export const tailspinQueue = detailOf({
  id: 'demo-20261201-tailspin-joint-success',
  playbook: customerSuccess,
  partnerRef: 'group:default/tailspin-resellers',
  solutionName: 'Tailspin Joint Success',
  path: 'collaborate',
  currentIndex: 0,
  version: 1,
});

/** Northwind's disaster recovery, at SLA risk in Validate, with Erin. */
export const northwindDr: EngagementDetail = {
  ...detailOf({
    id: 'demo-20261201-northwind-dr',
    playbook: solutionDevelopment,
    partnerRef: NORTHWIND,
    solutionName: 'Northwind Cloud Disaster Recovery',
    currentIndex: 3,
    version: 9,
    assignedExpertRef: ERIN,
  }),
  sla: {
    state: 'at-risk',
    slaDays: 20,
    daysInStage: 17,
    dueAt: '2026-12-04T09:00:00Z',
    atRiskAt: '2026-11-30T09:00:00Z',
  },
};

/** The list form of an engagement. */
export function summaryOf(detail: EngagementDetail): EngagementSummary {
  const {
    description: _description,
    stages: _stages,
    gate: _gate,
    notes: _notes,
    timeline: _timeline,
    ...summary
  } = detail;
  return summary;
}

export const funnel: LabFunnel = {
  playbookId: 'solution-development',
  from: '2025-12-01T00:00:00Z',
  to: '2026-12-01T00:00:00Z',
  requested: 14,
  completed: 3,
  stages: solutionDevelopment.stages.map((s, i) => ({
    stageId: s.id,
    name: s.name,
    phase: s.phase,
    entered: 14 - i * 2,
    completed: 12 - i * 2,
    inStage: 1,
    ...(i < 6 ? { medianDaysInStage: 8 + i * 1.25 } : {}),
    dropOffs: i === 3 ? 1 : 0,
    sendBacks: i === 3 ? 2 : 0,
    slaBreaches: i === 2 ? 1 : 0,
    breachedNow: 0,
  })),
};

function group(name: string, type: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', title: name },
    spec: { type, children: [], ...(parent ? { parent } : {}) },
  };
}

function user(name: string, displayName: string, memberOf: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName }, memberOf: [memberOf] },
    relations: [{ type: 'memberOf', targetRef: `group:default/${memberOf}` }],
  };
}

function tool(name: string, title: string): Entity {
  return {
    apiVersion: 'partner-studio.io/v1alpha1',
    kind: 'Tool',
    metadata: {
      name,
      namespace: 'default',
      title,
      description: `${title}, described.`,
    },
    spec: {},
  };
}

/** The demo organisation and Hub tools, as the catalog serves them. */
export const catalogEntities: Entity[] = [
  group('vendor-experts', 'vendor-experts', 'vendor'),
  group('program-admins', 'program-admins', 'vendor'),
  group('contoso-solutions', 'partner'),
  group('contoso-platform', 'team', 'contoso-solutions'),
  user('erin.expert', 'Erin Kowalski', 'vendor-experts'),
  user('ethan.expert', 'Ethan Okafor', 'vendor-experts'),
  user('paul.admin', 'Paul Reyes', 'program-admins'),
  user('carla.dev', 'Carla Mendes', 'contoso-platform'),
  tool('api-conformance-suite', 'API conformance suite'),
  tool('partner-cloud-sandbox', 'Partner cloud sandbox'),
];
