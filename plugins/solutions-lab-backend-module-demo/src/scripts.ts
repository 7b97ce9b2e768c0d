/*
 * The demo story: engagements of the demo partners (catalog/org.yaml) at
 * different stages of both playbooks. Each script is a sequence of steps
 * over days; the seeder plays them through the Lab's own service on a clock
 * that ends yesterday, so the timeline, SLA clocks and outbox are real.
 */

/** The demo personas (catalog/people.yaml) who act in the story. */
export const PEOPLE = {
  carla: {
    userRef: 'user:default/carla.dev',
    partnerRef: 'group:default/contoso-solutions',
    domain: 'contoso.example',
  },
  cody: {
    userRef: 'user:default/cody.admin',
    partnerRef: 'group:default/contoso-solutions',
    domain: 'contoso.example',
  },
  nora: {
    userRef: 'user:default/nora.dev',
    partnerRef: 'group:default/northwind-cloud',
    domain: 'northwind.example',
  },
  niko: {
    userRef: 'user:default/niko.admin',
    partnerRef: 'group:default/northwind-cloud',
    domain: 'northwind.example',
  },
  felix: {
    userRef: 'user:default/felix.dev',
    partnerRef: 'group:default/fabrikam-software',
    domain: 'fabrikam.example',
  },
  tara: {
    userRef: 'user:default/tara.dev',
    partnerRef: 'group:default/tailspin-resellers',
    domain: 'tailspin.example',
  },
  ada: {
    userRef: 'user:default/ada.dev',
    partnerRef: 'group:default/adatum-systems',
    domain: 'adatum.example',
  },
} as const;

export type PartnerPerson = keyof typeof PEOPLE;

/** The demo experts. */
export const EXPERTS = {
  erin: 'user:default/erin.expert',
  ethan: 'user:default/ethan.expert',
} as const;

export type Expert = keyof typeof EXPERTS;

/** One step of a script; `days` is the time spent before it happens. */
export type DemoStep =
  | { do: 'take'; days: number }
  | { do: 'pass'; days: number }
  | { do: 'progress'; days: number; share: number }
  | {
      do: 'send-back';
      days: number;
      reason: 'evidence-insufficient' | 'criteria-not-met' | 'quality-issues';
      comment: string;
    }
  | {
      do: 'close';
      days: number;
      reason: 'partner-withdrew' | 'not-viable' | 'no-response';
      comment: string;
    }
  | {
      do: 'hold';
      days: number;
      reason: 'awaiting-partner' | 'awaiting-vendor' | 'partner-request';
      comment: string;
    }
  | {
      do: 'note';
      days: number;
      by: PartnerPerson | Expert;
      body: string;
      internal?: boolean;
    }
  | { do: 'wait'; days: number };

export interface DemoScript {
  /** Part of the engagement's id. */
  key: string;
  requestedBy: PartnerPerson;
  playbookId: 'solution-development' | 'partner-led-customer-success';
  path?: 'build' | 'resell' | 'collaborate';
  solutionName: string;
  description: string;
  /** Who takes it from the queue (none: it waits there). */
  expert?: Expert;
  steps: DemoStep[];
}

export const DEMO_SCRIPTS: DemoScript[] = [
  {
    // The one Erin takes to completion in the portal: fresh, partly prepared.
    key: 'contoso-success',
    requestedBy: 'carla',
    playbookId: 'partner-led-customer-success',
    path: 'resell',
    solutionName: 'Contoso Success Services',
    description:
      "Attach the vendor's customer success package to every platform deal above $50k and hand customers over to the vendor's success team after go-live.",
    expert: 'erin',
    steps: [
      { do: 'take', days: 1 },
      { do: 'progress', days: 2, share: 0.5 },
      {
        do: 'note',
        days: 1,
        by: 'carla',
        body: 'Our two CSM certifications are booked for next week; the rationale is in the shared folder.',
      },
      { do: 'wait', days: 2 },
    ],
  },
  {
    key: 'contoso-landing-zone',
    requestedBy: 'cody',
    playbookId: 'solution-development',
    solutionName: 'Contoso Managed Kubernetes Landing Zone',
    description:
      "A managed landing zone for regulated customers on the vendor's Kubernetes platform: policy-as-code, backup and day-2 operations as a service.",
    expert: 'ethan',
    steps: [
      { do: 'take', days: 1 },
      { do: 'pass', days: 6 },
      { do: 'pass', days: 12 },
      { do: 'progress', days: 7, share: 0.6 },
      {
        do: 'note',
        days: 1,
        by: 'ethan',
        body: 'Conformance suite fails two storage-class tests on 8.0; the fix is in the 8.0.2 SDK.',
      },
      { do: 'wait', days: 4 },
    ],
  },
  {
    // At SLA risk: 17 of validate's 20 days gone, criteria still open.
    key: 'northwind-dr',
    requestedBy: 'nora',
    playbookId: 'solution-development',
    solutionName: 'Northwind Cloud Disaster Recovery',
    description:
      'Disaster recovery as a service between customer data centres and Northwind Cloud, built on the vendor replication APIs.',
    expert: 'erin',
    steps: [
      { do: 'take', days: 2 },
      { do: 'pass', days: 7 },
      { do: 'pass', days: 13 },
      { do: 'pass', days: 24 },
      { do: 'progress', days: 9, share: 0.4 },
      {
        do: 'note',
        days: 2,
        by: 'nora',
        body: 'The scale test environment is only free from the 20th; the performance report will be late.',
      },
      {
        do: 'note',
        days: 1,
        by: 'erin',
        body: 'Asked the performance lab for an earlier slot.',
        internal: true,
      },
      { do: 'wait', days: 5 },
    ],
  },
  {
    key: 'northwind-success',
    requestedBy: 'niko',
    playbookId: 'partner-led-customer-success',
    path: 'build',
    solutionName: 'Northwind Managed Success',
    description:
      'Our own customer success offering for managed-platform customers: onboarding, quarterly adoption reviews and health monitoring.',
    expert: 'ethan',
    steps: [
      { do: 'take', days: 1 },
      { do: 'pass', days: 9 },
      { do: 'progress', days: 8, share: 0.3 },
      {
        do: 'hold',
        days: 2,
        reason: 'partner-request',
        comment:
          'Northwind is hiring its customer success managers; resume when they start.',
      },
      { do: 'wait', days: 5 },
    ],
  },
  {
    // Completed: its seven points events go through the outbox to the ledger.
    key: 'fabrikam-backup',
    requestedBy: 'felix',
    playbookId: 'solution-development',
    solutionName: 'Fabrikam Backup for Kubernetes',
    description:
      'Application-consistent backup and restore of Kubernetes workloads on the vendor platform, sold through the vendor marketplace.',
    expert: 'erin',
    steps: [
      { do: 'take', days: 1 },
      { do: 'pass', days: 8 },
      { do: 'pass', days: 11 },
      { do: 'pass', days: 26 },
      { do: 'pass', days: 23 }, // validate breached its 20 days
      { do: 'pass', days: 12 },
      { do: 'pass', days: 25 },
      { do: 'pass', days: 70 },
      { do: 'wait', days: 9 },
    ],
  },
  {
    key: 'fabrikam-edge',
    requestedBy: 'felix',
    playbookId: 'solution-development',
    solutionName: 'Fabrikam Edge Vault',
    description:
      'Encrypted backup appliance for edge sites, managed from the vendor cloud console.',
    expert: 'ethan',
    steps: [
      { do: 'take', days: 3 },
      { do: 'pass', days: 6 },
      { do: 'pass', days: 14 },
      {
        do: 'send-back',
        days: 20,
        reason: 'quality-issues',
        comment:
          'The build runs on a single platform version; design must state the supported matrix first.',
      },
      { do: 'pass', days: 4 },
      { do: 'pass', days: 22 },
      { do: 'pass', days: 18 },
      { do: 'pass', days: 13 },
      { do: 'progress', days: 12, share: 0.5 },
      { do: 'wait', days: 8 },
    ],
  },
  {
    // The unassigned queue.
    key: 'tailspin-success',
    requestedBy: 'tara',
    playbookId: 'partner-led-customer-success',
    path: 'collaborate',
    solutionName: 'Tailspin Joint Success',
    description:
      "Joint customer success with the vendor's team for our mid-market accounts: shared success plans and a monthly cadence.",
    steps: [{ do: 'wait', days: 2 }],
  },
  {
    key: 'tailspin-vdi',
    requestedBy: 'tara',
    playbookId: 'solution-development',
    solutionName: 'Tailspin VDI Bundle',
    description:
      'A packaged virtual desktop offer for mid-market customers, with fixed-price deployment services.',
    expert: 'ethan',
    steps: [
      { do: 'take', days: 2 },
      { do: 'pass', days: 8 },
      { do: 'progress', days: 6, share: 0.2 },
      {
        do: 'close',
        days: 9,
        reason: 'partner-withdrew',
        comment:
          'Tailspin will resell the vendor VDI offer instead of building its own bundle.',
      },
      { do: 'wait', days: 30 },
    ],
  },
  {
    key: 'adatum-observability',
    requestedBy: 'ada',
    playbookId: 'solution-development',
    solutionName: 'Adatum Observability Cloud',
    description:
      'Hosted observability for workloads on the vendor platform, billed on consumption.',
    expert: 'erin',
    steps: [
      { do: 'take', days: 1 },
      { do: 'pass', days: 8 },
      {
        do: 'send-back',
        days: 10,
        reason: 'evidence-insufficient',
        comment:
          'The business case has no pricing model; consumption billing needs the metering design first.',
      },
      { do: 'pass', days: 4 },
      { do: 'progress', days: 5, share: 0.5 },
      { do: 'wait', days: 4 },
    ],
  },
];
