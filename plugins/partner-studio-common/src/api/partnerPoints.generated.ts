// *******************************************************************
// * Generated from plugins/partner-points-backend/src/schema/openapi.yaml by scripts/generate-openapi.mjs.
// * Do not edit: change the OpenAPI document and run yarn generate:openapi.
// *******************************************************************
/* eslint-disable */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The plugin is up. `standingCache.warm` turns true once a replica
     *     has warmed its standing cache after start (every catalog partner
     *     evaluated once, in the background), from when its first reads are
     *     as fast as warm ones: a load balancer may wait for it.
     */
    get: operations['Health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/program': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The program definition in force today (the scoring package's
     *     `Program`): tiers with thresholds, requirements and benefits,
     *     business models, pillars, metrics (windows, targets, points),
     *     actions, GTM plays, Ignite courses and specializations. Users and
     *     services.
     */
    get: operations['GetProgram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/standing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The standing of the caller's own partner (the partner group the
     *     signed-in user belongs to). Users only. 404 when the caller belongs
     *     to no partner (program admins, experts, other users).
     */
    get: operations['GetMyStanding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The caller's own partner's progress on GTM plays and Ignite courses,
     *     from the ledger: executions of each play, and how many of the
     *     partner's people completed each course. The Solutions Hub shows it
     *     on play and course pages. Users only; 404 as for `/standing`.
     */
    get: operations['GetMyProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The partners the caller may read, sorted by title then entity ref:
     *     every partner for a program admin, the caller's own partner(s) for a
     *     partner member, the partners of its assigned Solutions Lab
     *     engagements for a vendor expert, none for anybody else. The
     *     permission policy's decision on `partner-studio.partner.standing.read`
     *     is applied to every page (a conditional decision filters the list).
     *     Users only.
     */
    get: operations['ListPartners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/standing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The standing of one partner: its members, the vendor experts
     *     assigned to one of its Solutions Lab engagements, and program admins.
     */
    get: operations['GetPartnerStanding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One partner's progress on plays and courses (see `/progress`). */
    get: operations['GetPartnerProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Snapshots of the partner's standing over time for the trend: one per
     *     scheduled run (daily by default) and one whenever the tier changes.
     *     Pages go back in time (the first page holds the newest snapshots);
     *     within a page the items are oldest first, ready to plot.
     */
    get: operations['GetPartnerHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/metrics/{metricId}/contributions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The ledger events that earned a metric's points, highest first (for
     *     per-business-model metrics, an event's points across models are
     *     added up). 404 for a metric the program does not define.
     */
    get: operations['GetMetricContributions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description What-if: the standing as if the hypothetical events had happened,
     *     next to the real one, and the difference. Nothing is stored. Each
     *     hypothetical event may omit `id`, `partnerId` (must be the partner's
     *     entity ref if given) and `occurredAt` (defaults to now). A
     *     hypothetical event whose id is already in the partner's ledger is
     *     ignored (it would count twice), and listed in `ignoredEventIds`. At
     *     most 1,000 events.
     */
    post: operations['SimulatePartnerStanding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The partner's points adjustments, newest first (by when they count
     *     from), with their status now: `active`, `scheduled` (counts from
     *     later), `expired` or `revoked`. Readable by whoever may read the
     *     partner's standing (its members see their own, with the reasons);
     *     `grantedBy` and `revokedBy` (the audit's "who") only for callers who
     *     may grant adjustments on the partner.
     */
    get: operations['ListAdjustments'];
    put?: never;
    /**
     * @description Grants the partner a points adjustment, counting from now: positive
     *     adds points, negative withdraws them (neither a model's points nor
     *     the total go below 0). With `businessModel` (one the partner runs)
     *     it adds to that model's points before the per-model cap; without,
     *     to the pooled total before the total cap. It belongs to no pillar,
     *     so it never meets a tier requirement: waive one with an exemption.
     *     `expiresAt` (after now) ends it; without, it counts until revoked.
     *     Recorded with who granted it and when; the standing is re-evaluated
     *     and signalled to the partner's members. Program admins only (the
     *     policy's decision on `partner-studio.partner.adjustments.create`).
     */
    post: operations['GrantAdjustment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/adjustments/{adjustmentId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Revokes an adjustment from now, with a reason: it stops counting,
     *     stays listed (status `revoked`, with who, when and why) and nothing
     *     is deleted. 409 when it is already revoked or has expired. Program
     *     admins only (`partner-studio.partner.adjustments.revoke`).
     */
    post: operations['RevokeAdjustment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/exemptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The partner's exemptions, newest first, with what each waives in
     *     words and its status now (as for adjustments). Access as for
     *     `GET …/adjustments`.
     */
    get: operations['ListExemptions'];
    put?: never;
    /**
     * @description Waives a requirement of one tier (`{ kind: tier-requirement,
     *     tierId, requirementId }`: it counts as met) or a metric (`{ kind:
     *     metric, metricId }`: for every tier requirement it counts as at its
     *     target, while its points in the total stay what it earned), from
     *     now until `until` (after now) or until revoked, with a
     *     justification. The target must exist in the program in force; an
     *     invitation cannot be waived. Program admins only
     *     (`partner-studio.partner.adjustments.create`).
     */
    post: operations['GrantExemption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/exemptions/{exemptionId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Revokes an exemption from now, with a reason (see
     *     `…/adjustments/{adjustmentId}/revoke`).
     */
    post: operations['RevokeExemption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partners/{namespace}/{name}/cohort': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Where the partner stands among the partners with the same primary
     *     business model (its cohort): its percentile overall and per pillar
     *     — the share of the rest of the cohort it is ahead of, ties counted
     *     half — from the latest scheduled snapshots (ranked after each
     *     scheduled run, never by evaluating partners on request). Never
     *     another partner's name or figures. A cohort smaller than
     *     `partnerPoints.cohorts.minimumSize` (default 5) is not shown:
     *     `available: false`, reason `cohort-too-small`. Access as for the
     *     standing.
     */
    get: operations['GetPartnerCohort'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The program overview, for program admins
     *     (`partner-studio.program.overview.read`): how many partners are at
     *     each tier, how many are at risk of dropping a tier within the
     *     forecast's 90 days and how many are within reach of the next tier (a
     *     plan of at most `withinReachSteps` actions reaches it), and the
     *     movement between tiers in each of the last `quarters` calendar
     *     quarters (the current one to date), from the snapshots. Counted in
     *     SQL over the partners whose standing the caller may read (the
     *     policy's conditional decisions included), narrowed by the filters.
     */
    get: operations['GetProgramOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/overview/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description One page of the overview's partners with their standing in brief:
     *     `segment=all` by title, `at-risk` (a lower tier within 90 days) by
     *     the day of the drop, `within-reach` by the points still needed.
     *     Filtered in SQL like `GET /overview`; access is checked again on
     *     every page.
     */
    get: operations['ListOverviewPartners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Batch ingestion into the ledger, up to 10,000 events. Program admins
     *     and service principals only.
     *
     *     - `partnerId` is the partner group's full entity ref
     *       (`group:default/contoso-solutions`); a bare name is refused.
     *       `occurredAt` may be at most one day ahead of now and not before the
     *       program's first version; amounts, quantities and attributes have
     *       the maxima the scoring package documents (`EVENT_LIMITS`). The
     *       ledger is immutable, so a typo could never be corrected.
     *     - **All or nothing**: one invalid event (or an unknown partner) and
     *       the batch is refused with 400, listing every problem by index and
     *       field (`events[3].occurredAt: …`), in the message and as
     *       `error.cause.issues[]`; nothing is written.
     *     - **Idempotent** by event id: an id already in the ledger with the
     *       same content is reported in `duplicates` and changes nothing; the
     *       same id with different content is a 409 and nothing of the batch
     *       is written.
     *     - Each affected partner's standing is re-evaluated after the commit
     *       and published on the signal channel `partner-points:standing` to
     *       the partner's members (and program admins).
     */
    post: operations['IngestEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description The same ingestion from a CSV file (a spreadsheet export): a header
     *     row, then one event per row. Columns, in any order:
     *     `id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes`
     *     (`attributes` is a JSON object; empty cells are absent fields; the
     *     first four are required). Problems are reported by row number (the
     *     header is row 1): `row 5.amount: …`. Up to 10,000 rows.
     */
    post: operations['ImportEventsCsv'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error?: {
        name?: string;
        message?: string;
        cause?: {
          name?: string;
          message?: string;
          issues?: {
            /** @example events[3].occurredAt */
            path?: string;
            message?: string;
          }[];
        };
      };
      request?: Record<string, never>;
      response?: {
        statusCode?: number;
      };
    };
    PartnerSummary: {
      /**
       * @description The partner's identity, its group's entity ref in lower case.
       * @example group:default/contoso-solutions
       */
      entityRef: string;
      title: string;
      businessModels: string[];
      admittedAt?: string;
      pinnacleInvited: boolean;
    };
    PartnerStandingResponse: {
      partner: components['schemas']['PartnerSummary'];
      standing: components['schemas']['Standing'];
    };
    PartnerProgressResponse: {
      partnerRef: string;
      /** @description Every play the program defines, with the partner's executions. */
      plays: {
        playId: string;
        executions: number;
        /** Format: date-time */
        lastExecutedAt?: string;
      }[];
      /** @description Every Ignite course, with how many of the partner's people completed it. */
      courses: {
        courseId: string;
        completions: number;
        /** Format: date-time */
        lastCompletedAt?: string;
      }[];
    };
    StandingSnapshot: {
      /** Format: date-time */
      takenAt: string;
      totalPoints: number;
      tier: components['schemas']['TierId'];
      /** @enum {string} */
      reason: 'scheduled' | 'tier-change';
    };
    IngestEventsResponse: {
      /** @description Events newly written to the ledger. */
      accepted: number;
      /** @description Ids already in the ledger with the same content; nothing changed for them. */
      duplicates: string[];
      /** @description Entity refs of the partners whose ledger changed. */
      partnersAffected: string[];
    };
    SimulateResponse: components['schemas']['SimulationResult'] & {
      /** @description Hypothetical events left out because their id is already in the ledger. */
      ignoredEventIds: string[];
    };
    /**
     * @description Now: `active` (counts), `scheduled` (counts from later), `expired`
     *     (its end has passed), `revoked`.
     * @enum {string}
     */
    DecisionStatus: 'active' | 'scheduled' | 'expired' | 'revoked';
    Adjustment: {
      id: string;
      partnerRef: string;
      /** @description Points added (positive) or withdrawn (negative). */
      points: number;
      businessModel?: components['schemas']['BusinessModelId'];
      reason: string;
      /**
       * Format: date-time
       * @description It counts from then.
       */
      grantedAt: string;
      /**
       * Format: date-time
       * @description It counts until then (exclusive); absent, until revoked.
       */
      expiresAt?: string;
      status: components['schemas']['DecisionStatus'];
      /** Format: date-time */
      revokedAt?: string;
      revocationReason?: string;
      /** @description Who granted it (a user entity ref); only for callers who may grant adjustments. */
      grantedBy?: string;
      /** @description Who revoked it; only for callers who may grant adjustments. */
      revokedBy?: string;
    };
    Exemption: {
      id: string;
      partnerRef: string;
      target: components['schemas']['ExemptionTarget'];
      /** @description What it waives, in words (from the program in force). */
      description: string;
      reason: string;
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      until?: string;
      status: components['schemas']['DecisionStatus'];
      /** Format: date-time */
      revokedAt?: string;
      revocationReason?: string;
      grantedBy?: string;
      revokedBy?: string;
    };
    GrantAdjustmentRequest: {
      /** @description Non-zero; counted to the hundredth of a point. */
      points: number;
      /** @description Why, in words the partner reads. */
      reason: string;
      /** Format: date-time */
      expiresAt?: string;
      businessModel?: components['schemas']['BusinessModelId'];
    };
    GrantExemptionRequest: {
      /**
       * @description `tier-requirement` with `tierId` and `requirementId`, or `metric`
       *     with `metricId`.
       */
      target: {
        /** @enum {string} */
        kind: 'tier-requirement' | 'metric';
        tierId?: components['schemas']['TierId'];
        requirementId?: string;
        metricId?: string;
      };
      reason: string;
      /** Format: date-time */
      until?: string;
    };
    RevokeRequest: {
      reason: string;
    };
    CohortBenchmark: {
      partnerRef: string;
      /** @description False when the partner is not ranked yet or its cohort is too small to be shown. */
      available: boolean;
      /** @enum {string} */
      reason?: 'not-ranked-yet' | 'cohort-too-small';
      /** @description The smallest cohort that is shown. */
      minimumSize: number;
      businessModel?: components['schemas']['BusinessModelId'];
      /** @description Partners in the cohort, the partner included. */
      cohortSize?: number;
      /** Format: date-time */
      snapshotTakenAt?: string;
      /** Format: date-time */
      rankedAt?: string;
      overall?: {
        percentile: number;
      };
      pillars?: {
        pillarId: string;
        percentile: number;
      }[];
    };
    ProgramOverview: {
      /** Format: date-time */
      asOf: string;
      /** @description Partners in the overview (after access and filters). */
      partners: number;
      /** @description Every tier of the program, lowest first, with its partners. */
      tiers: {
        tier: components['schemas']['TierId'];
        partners: number;
      }[];
      /** @description Partners whose forecast shows a lower tier within `horizonDays`. */
      atRisk: number;
      /** @description Partners a plan of at most `withinReachSteps` actions takes to the next tier. */
      withinReach: number;
      withinReachSteps: number;
      horizonDays: number;
      /** @description Oldest first. */
      quarters: {
        /** @example 2026-Q4 */
        quarter: string;
        /** Format: date-time */
        start: string;
        /**
         * Format: date-time
         * @description The quarter's end, or now for the current quarter.
         */
        end: string;
        promoted: number;
        demoted: number;
        unchanged: number;
        /**
         * @description Partners by tier at the start and at the end (their latest
         *     snapshot at or before each); `from` is absent for partners
         *     with no snapshot at the start.
         */
        transitions: {
          from?: components['schemas']['TierId'];
          to: components['schemas']['TierId'];
          partners: number;
        }[];
      }[];
    };
    OverviewPartner: {
      partner: {
        entityRef: string;
        title: string;
        businessModels: string[];
      };
      tier: components['schemas']['TierId'];
      totalPoints: number;
      nextTier?: components['schemas']['TierId'];
      pointsToNextTier?: number;
      /** @description Steps of the plan to the next tier, when it is within reach. */
      planSteps?: number;
      /**
       * Format: date
       * @description The first day the forecast shows a lower tier.
       */
      dropsOn?: string;
      dropsToTier?: components['schemas']['TierId'];
      /** Format: date-time */
      evaluatedAt: string;
    };
    /** @description Generated from the TypeScript type @partner-studio/scoring#Standing. */
    Standing: {
      partnerId: string;
      asOf: string;
      programVersion: string;
      tier: components['schemas']['TierId'];
      tierName: string;
      totalPoints: number;
      pointsByBusinessModel: {
        'solution-services': number;
        'solution-builder': number;
        'cloud-solution-provider': number;
        'solution-reseller': number;
      };
      pointsByPillar: {
        [key: string]: number;
      };
      pooling: components['schemas']['PoolingBreakdown'];
      metrics: components['schemas']['MetricStanding'][];
      nextTier: components['schemas']['NextTier'] | null;
      actions: components['schemas']['NextBestAction'][];
      expiring: components['schemas']['ExpiringPoints'][];
      benefits: components['schemas']['TierBenefit'][];
      adjustments: components['schemas']['StandingAdjustment'][];
      exemptions: components['schemas']['StandingExemption'][];
    };
    /** @description Generated from the TypeScript type @partner-studio/scoring#SimulationResult. */
    SimulationResult: {
      standing: components['schemas']['Standing'];
      baseline: components['schemas']['Standing'];
      delta: components['schemas']['StandingDelta'];
    };
    /** @description Generated from the TypeScript type @partner-studio/scoring#Program. */
    Program: {
      version: string;
      name: string;
      effectiveFrom: string;
      description?: string;
      pooling: components['schemas']['PoolingRule'];
      businessModels: components['schemas']['BusinessModelDefinition'][];
      pillars: components['schemas']['PillarDefinition'][];
      metrics: components['schemas']['MetricDefinition'][];
      tiers: components['schemas']['TierDefinition'][];
      actions: components['schemas']['ActionDefinition'][];
      plays: components['schemas']['PlayDefinition'][];
      igniteCourses: components['schemas']['IgniteCourseDefinition'][];
      specializations: components['schemas']['SpecializationDefinition'][];
      competencies: components['schemas']['CompetencyDefinition'][];
    };
    /** @description Generated from the TypeScript type @partner-studio/scoring#PerformanceEvent. */
    PerformanceEvent: {
      id: string;
      partnerId: string;
      type: components['schemas']['EventType'];
      occurredAt: string;
      businessModel?: components['schemas']['BusinessModelId'];
      customerId?: string;
      quantity?: number;
      amount?: number;
      attributes?: components['schemas']['EventAttributes'];
    };
    /**
     * @description Generated from the TypeScript type @partner-studio/scoring#TierId.
     * @enum {string}
     */
    TierId: 'community' | 'select' | 'advanced' | 'principal' | 'pinnacle';
    /**
     * @description Generated from the TypeScript type @partner-studio/scoring#BusinessModelId.
     * @enum {string}
     */
    BusinessModelId:
      | 'solution-services'
      | 'solution-builder'
      | 'cloud-solution-provider'
      | 'solution-reseller';
    /** @description Generated from the TypeScript type @partner-studio/scoring#ExemptionTarget. */
    ExemptionTarget:
      | {
          /** @enum {string} */
          kind: 'tier-requirement';
          tierId: components['schemas']['TierId'];
          requirementId: string;
        }
      | {
          /** @enum {string} */
          kind: 'metric';
          metricId: string;
        };
    PoolingBreakdown: {
      sharedPoints: number;
      earnedByBusinessModel: {
        'solution-services': number;
        'solution-builder': number;
        'cloud-solution-provider': number;
        'solution-reseller': number;
      };
      perBusinessModelCap?: number;
      totalCap?: number;
      sharedAdjustmentPoints: number;
      adjustmentPointsByBusinessModel: {
        'solution-services': number;
        'solution-builder': number;
        'cloud-solution-provider': number;
        'solution-reseller': number;
      };
      beforeTotalCap: number;
    };
    MetricStanding: {
      id: string;
      name: string;
      description?: string;
      pillar: string;
      pillarKind: components['schemas']['PillarKind'];
      businessModel?: components['schemas']['BusinessModelId'];
      aggregation: components['schemas']['Aggregation'];
      windowDays: number;
      value: number;
      target: number;
      unit: string;
      progress: number;
      points: number;
      maxPoints: number;
      contributions: components['schemas']['EventContribution'][];
      waivedBy?: string;
    };
    /** @enum {string} */
    PillarKind: 'performance' | 'capability';
    /** @enum {string} */
    Aggregation: 'sum' | 'count' | 'distinct' | 'ratio' | 'growth';
    EventContribution: {
      eventId: string;
      points: number;
    };
    NextTier: {
      tier: components['schemas']['TierId'];
      tierName: string;
      threshold: number;
      pointsNeeded: number;
      unmetRequirements: components['schemas']['UnmetRequirement'][];
    };
    UnmetRequirement: {
      id: string;
      /** @enum {string} */
      type:
        | 'pillar-kind-points'
        | 'pillar-points'
        | 'metric-points'
        | 'invitation';
      description: string;
      current?: number;
      required?: number;
    };
    NextBestAction: {
      id: string;
      actionId: string;
      metricId: string;
      businessModel?: components['schemas']['BusinessModelId'];
      title: string;
      description: string;
      link: components['schemas']['ActionLink'];
      estimatedPoints: number;
      exampleEvent: components['schemas']['PerformanceEvent'];
      resultingTotalPoints: number;
      resultingTier: components['schemas']['TierId'];
      resultingTierName: string;
      metrics: components['schemas']['MetricDelta'][];
      requirements: components['schemas']['RequirementProgress'][];
      catalogEntry?: {
        id: string;
        name: string;
      };
    };
    ActionLink: {
      kind: components['schemas']['ActionLinkKind'];
      ref: string;
      label: string;
    };
    /** @enum {string} */
    ActionLinkKind: 'hub' | 'lab' | 'ignite' | 'play';
    /** @enum {string} */
    EventType:
      | 'opportunity_registered'
      | 'deal_won'
      | 'deal_influenced'
      | 'renewal_booked'
      | 'upsell_booked'
      | 'licenses_purchased'
      | 'licenses_deployed'
      | 'consumption_reported'
      | 'service_days_delivered'
      | 'managed_service_month'
      | 'certification_earned'
      | 'competency_earned'
      | 'specialization_earned'
      | 'ignite_course_completed'
      | 'play_executed'
      | 'lab_stage_completed'
      | 'event_reversed';
    EventAttributes: {
      [key: string]: string | number | boolean;
    };
    MetricDelta: {
      metricId: string;
      businessModel?: components['schemas']['BusinessModelId'];
      before: number;
      after: number;
      delta: number;
    };
    RequirementProgress: {
      tier: components['schemas']['TierId'];
      requirementId: string;
      /** @enum {string} */
      type:
        | 'pillar-kind-points'
        | 'pillar-points'
        | 'metric-points'
        | 'invitation';
      description: string;
      before: number;
      after: number;
      required: number;
    };
    ExpiringPoints: {
      date: string;
      points: number;
      metricIds: string[];
      resultingTotalPoints: number;
      resultingTier: components['schemas']['TierId'];
      resultingTierName: string;
      causes: components['schemas']['ForecastCause'][];
    };
    ForecastCause: {
      /** @enum {string} */
      type:
        | 'window'
        | 'dated-event'
        | 'reversed'
        | 'adjustment-starts'
        | 'adjustment-ends'
        | 'exemption-starts'
        | 'exemption-ends'
        | 'program-version';
      id: string;
    };
    TierBenefit: {
      id: string;
      name: string;
      description: string;
      category: components['schemas']['BenefitCategory'];
      value?: number;
      unit?: string;
    };
    /** @enum {string} */
    BenefitCategory:
      | 'discount'
      | 'funds'
      | 'credits'
      | 'expert-hours'
      | 'support'
      | 'enablement'
      | 'access'
      | 'recognition';
    StandingAdjustment: {
      id: string;
      points: number;
      reason: string;
      grantedAt: string;
      expiresAt?: string;
      businessModel?: components['schemas']['BusinessModelId'];
      counted: boolean;
    };
    StandingExemption: {
      id: string;
      target: components['schemas']['ExemptionTarget'];
      reason: string;
      from: string;
      until?: string;
      description: string;
      applied: boolean;
    };
    StandingDelta: {
      totalPoints: number;
      tierChanged: boolean;
      tierBefore: components['schemas']['TierId'];
      tierAfter: components['schemas']['TierId'];
      metrics: components['schemas']['MetricDelta'][];
    };
    PoolingRule: {
      perBusinessModelCap?: number;
      totalCap?: number;
    };
    BusinessModelDefinition: {
      id: components['schemas']['BusinessModelId'];
      name: string;
      description?: string;
    };
    PillarDefinition: {
      id: string;
      name: string;
      kind: components['schemas']['PillarKind'];
      description?: string;
    };
    MetricDefinition:
      | components['schemas']['SumMetricDefinition']
      | components['schemas']['CountMetricDefinition']
      | components['schemas']['DistinctMetricDefinition']
      | components['schemas']['RatioMetricDefinition']
      | components['schemas']['GrowthMetricDefinition'];
    SumMetricDefinition: {
      id: string;
      name: string;
      description?: string;
      pillar: string;
      unit: string;
      windowDays: number;
      target: number;
      maxPoints: number;
      perBusinessModel: boolean;
      businessModels?: components['schemas']['BusinessModelId'][];
      filter?: components['schemas']['MetricFilter'];
      catalog?: components['schemas']['MetricCatalog'];
      /** @enum {string} */
      aggregation: 'sum';
      events: components['schemas']['EventType'][];
      field: components['schemas']['ValueField'];
      perEventCap?: number;
    };
    MetricFilter: {
      attributes: {
        [key: string]: string | string[];
      };
    };
    MetricCatalog: {
      list: components['schemas']['CatalogList'];
      /** @enum {string} */
      kind?: 'strategy' | 'velocity';
      /** @enum {string} */
      track?: 'technical' | 'commercial' | 'marketing';
      except?: string[];
    };
    /** @enum {string} */
    CatalogList: 'plays' | 'igniteCourses' | 'specializations' | 'competencies';
    /** @enum {string} */
    ValueField: 'amount' | 'quantity';
    CountMetricDefinition: {
      id: string;
      name: string;
      description?: string;
      pillar: string;
      unit: string;
      windowDays: number;
      target: number;
      maxPoints: number;
      perBusinessModel: boolean;
      businessModels?: components['schemas']['BusinessModelId'][];
      filter?: components['schemas']['MetricFilter'];
      catalog?: components['schemas']['MetricCatalog'];
      /** @enum {string} */
      aggregation: 'count';
      events: components['schemas']['EventType'][];
    };
    DistinctMetricDefinition: {
      id: string;
      name: string;
      description?: string;
      pillar: string;
      unit: string;
      windowDays: number;
      target: number;
      maxPoints: number;
      perBusinessModel: boolean;
      businessModels?: components['schemas']['BusinessModelId'][];
      filter?: components['schemas']['MetricFilter'];
      catalog?: components['schemas']['MetricCatalog'];
      /** @enum {string} */
      aggregation: 'distinct';
      events: components['schemas']['EventType'][];
      distinctBy: string;
    };
    RatioMetricDefinition: {
      id: string;
      name: string;
      description?: string;
      pillar: string;
      unit: string;
      windowDays: number;
      target: number;
      maxPoints: number;
      perBusinessModel: boolean;
      businessModels?: components['schemas']['BusinessModelId'][];
      filter?: components['schemas']['MetricFilter'];
      catalog?: components['schemas']['MetricCatalog'];
      /** @enum {string} */
      aggregation: 'ratio';
      numerator: components['schemas']['RatioTerm'];
      denominator: components['schemas']['RatioTerm'];
      perCustomer: boolean;
    };
    RatioTerm: {
      events: components['schemas']['EventType'][];
      field: components['schemas']['ValueField'];
    };
    GrowthMetricDefinition: {
      id: string;
      name: string;
      description?: string;
      pillar: string;
      unit: string;
      windowDays: number;
      target: number;
      maxPoints: number;
      perBusinessModel: boolean;
      businessModels?: components['schemas']['BusinessModelId'][];
      filter?: components['schemas']['MetricFilter'];
      catalog?: components['schemas']['MetricCatalog'];
      /** @enum {string} */
      aggregation: 'growth';
      events: components['schemas']['EventType'][];
      field: components['schemas']['ValueField'];
    };
    TierDefinition: {
      id: components['schemas']['TierId'];
      name: string;
      threshold: number;
      description?: string;
      requirements: components['schemas']['TierRequirement'][];
      benefits: components['schemas']['TierBenefit'][];
    };
    TierRequirement:
      | {
          /** @enum {string} */
          type: 'pillar-kind-points';
          id: string;
          pillarKind: components['schemas']['PillarKind'];
          minPoints: number;
          description?: string;
        }
      | {
          /** @enum {string} */
          type: 'pillar-points';
          id: string;
          pillar: string;
          minPoints: number;
          description?: string;
        }
      | {
          /** @enum {string} */
          type: 'metric-points';
          id: string;
          metric: string;
          minPoints: number;
          description?: string;
        }
      | {
          /** @enum {string} */
          type: 'invitation';
          id: string;
          description?: string;
        };
    ActionDefinition: {
      id: string;
      metric: string;
      title: string;
      description: string;
      link: components['schemas']['ActionLink'];
      example: components['schemas']['ActionExample'];
    };
    ActionExample: {
      type: components['schemas']['EventType'];
      quantity?: number;
      amount?: number;
      attributes?: {
        [key: string]: string | number | boolean;
      };
      /** @enum {string} */
      customer: 'new' | 'none' | 'existing';
      /** @enum {string} */
      catalogEntry?: 'next';
    };
    PlayDefinition: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'strategy' | 'velocity';
      description?: string;
    };
    IgniteCourseDefinition: {
      id: string;
      name: string;
      /** @enum {string} */
      track: 'technical' | 'commercial' | 'marketing';
      description?: string;
    };
    SpecializationDefinition: {
      id: string;
      name: string;
      description?: string;
      options?: components['schemas']['SpecializationOption'][];
    };
    SpecializationOption: {
      id: string;
      name: string;
      description?: string;
      requires?: components['schemas']['OptionRequirement'];
    };
    OptionRequirement: {
      description: string;
      events: components['schemas']['EventType'][];
      filter?: components['schemas']['MetricFilter'];
      /** @enum {string} */
      aggregation: 'count' | 'sum';
      field?: components['schemas']['ValueField'];
      min: number;
      windowDays: number;
    };
    CompetencyDefinition: {
      id: string;
      name: string;
      description?: string;
    };
  };
  responses: {
    /**
     * @description The partner and its standing. Served gzip-encoded to clients that
     *     accept it.
     */
    Standing: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['PartnerStandingResponse'];
      };
    };
    /** @description The partner's progress on plays and courses. */
    Progress: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['PartnerProgressResponse'];
      };
    };
    /** @description The batch was committed (or was entirely a replay). */
    Ingested: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "accepted": 2,
         *       "duplicates": [],
         *       "partnersAffected": [
         *         "group:default/contoso-solutions"
         *       ]
         *     }
         */
        'application/json': components['schemas']['IngestEventsResponse'];
      };
    };
    /** @description Invalid input, described with the path of every problem; nothing was written. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body is larger than the route's limit; nothing was read or written. */
    TooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No or invalid credentials. */
    Unauthenticated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Refused by the permission policy, or not a program admin / service (ingestion). */
    NotAllowed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The change conflicts with the current state (e.g. already revoked); nothing changed. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /**
     * @description `Partner not found` — for a partner that does not exist and for one
     *     the caller may not see alike.
     */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description The namespace of the partner's group (`default` for most). */
    namespace: string;
    /** @description The name of the partner's group, e.g. `contoso-solutions`. */
    name: string;
    limit: number;
    /** @description The `nextCursor` of the previous page. */
    cursor: string;
    decisionLimit: number;
    /** @description Only partners running this business model. */
    businessModel: components['schemas']['BusinessModelId'];
    /** @description Only partners at this tier now. */
    tier: components['schemas']['TierId'];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plugin is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            standingCache: {
              warm: boolean;
            };
          };
        };
      };
    };
  };
  GetProgram: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The program. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Program'];
        };
      };
      401: components['responses']['Unauthenticated'];
    };
  };
  GetMyStanding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Standing'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GetMyProgress: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Progress'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  ListPartners: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of readable partners. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PartnerSummary'][];
            /** @description Absent on the last page. */
            nextCursor?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
    };
  };
  GetPartnerStanding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Standing'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GetPartnerProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Progress'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GetPartnerHistory: {
    parameters: {
      query?: {
        limit?: components['parameters']['limit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
        /** @description Only snapshots taken at or after this ISO 8601 date-time. */
        since?: string;
      };
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of snapshots. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['StandingSnapshot'][];
            /** @description Absent on the last page. */
            nextCursor?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GetMetricContributions: {
    parameters: {
      query?: {
        limit?: components['parameters']['limit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
        metricId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of contributions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            metricId: string;
            items: {
              event: components['schemas']['PerformanceEvent'];
              points: number;
            }[];
            nextCursor?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  SimulatePartnerStanding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "events": [
         *         {
         *           "type": "deal_won",
         *           "amount": 250000,
         *           "customerId": "new-logo",
         *           "businessModel": "solution-services"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          events: {
            [key: string]: unknown;
          }[];
        };
      };
    };
    responses: {
      /** @description The simulation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimulateResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      413: components['responses']['TooLarge'];
    };
  };
  ListAdjustments: {
    parameters: {
      query?: {
        limit?: components['parameters']['decisionLimit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of adjustments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Adjustment'][];
            nextCursor?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GrantAdjustment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "points": 20,
         *       "reason": "Migration credit",
         *       "expiresAt": "2027-03-31T00:00:00Z"
         *     }
         */
        'application/json': components['schemas']['GrantAdjustmentRequest'];
      };
    };
    responses: {
      /** @description The adjustment, as recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Adjustment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      413: components['responses']['TooLarge'];
    };
  };
  RevokeAdjustment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
        adjustmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeRequest'];
      };
    };
    responses: {
      /** @description The adjustment, revoked. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Adjustment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
    };
  };
  ListExemptions: {
    parameters: {
      query?: {
        limit?: components['parameters']['decisionLimit'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of exemptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Exemption'][];
            nextCursor?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GrantExemption: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target": {
         *         "kind": "tier-requirement",
         *         "tierId": "select",
         *         "requirementId": "capability-floor"
         *       },
         *       "reason": "New partner, certifications in progress",
         *       "until": "2027-06-01T00:00:00Z"
         *     }
         */
        'application/json': components['schemas']['GrantExemptionRequest'];
      };
    };
    responses: {
      /** @description The exemption, as recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Exemption'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      413: components['responses']['TooLarge'];
    };
  };
  RevokeExemption: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
        exemptionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeRequest'];
      };
    };
    responses: {
      /** @description The exemption, revoked. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Exemption'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
    };
  };
  GetPartnerCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The namespace of the partner's group (`default` for most). */
        namespace: components['parameters']['namespace'];
        /** @description The name of the partner's group, e.g. `contoso-solutions`. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The partner's cohort benchmark. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortBenchmark'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GetProgramOverview: {
    parameters: {
      query?: {
        /** @description Only partners running this business model. */
        businessModel?: components['parameters']['businessModel'];
        /** @description Only partners at this tier now. */
        tier?: components['parameters']['tier'];
        quarters?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The overview. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramOverview'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
  ListOverviewPartners: {
    parameters: {
      query?: {
        /** @description Only partners running this business model. */
        businessModel?: components['parameters']['businessModel'];
        /** @description Only partners at this tier now. */
        tier?: components['parameters']['tier'];
        segment?: 'all' | 'at-risk' | 'within-reach';
        limit?: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of partners. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OverviewPartner'][];
            nextCursor?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
  IngestEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Performance events (schema `PerformanceEvent`). Each is
           *     checked by the scoring package's `parseEvent`, which says
           *     what is wrong with it field by field.
           */
          events: {
            [key: string]: unknown;
          }[];
        };
      };
    };
    responses: {
      200: components['responses']['Ingested'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      /** @description An event id is already in the ledger with different content; nothing was written. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ImportEventsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes
         *     crm-1001,group:default/contoso-solutions,deal_won,2026-11-20T10:00:00Z,solution-services,acme,,120000,
         *     crm-1002,group:default/contoso-solutions,play_executed,2026-11-21,,,,,"{""play"":""velocity"",""playId"":""vdi-refresh""}"
         */
        'text/csv': string;
      };
    };
    responses: {
      200: components['responses']['Ingested'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      /** @description An event id is already in the ledger with different content; nothing was written. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
