// *******************************************************************
// * Generated from plugins/solutions-lab-backend/src/schema/openapi.yaml by scripts/generate-openapi.mjs.
// * Do not edit: change the OpenAPI document and run yarn generate:openapi.
// *******************************************************************
/* eslint-disable */
export interface paths {
  '/playbooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The playbooks of this installation, with their stages, exit
     *     criteria, SLAs, recommended Hub categories and tools, and the points
     *     each stage's completion earns as the scoring program in force
     *     defines them. Any signed-in user.
     */
    get: operations['ListPlaybooks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/engagements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The engagements the caller may see, filtered and paginated in SQL
     *     (a conditional decision of the permission policy included). Newest
     *     first by default; `sort=sla` puts the nearest SLA deadline first
     *     (the expert's queue), engagements without a running clock (on hold,
     *     finished) last. Permission: `solutions-lab.engagement.read`.
     */
    get: operations['ListEngagements'];
    put?: never;
    /**
     * @description A partner member requests an engagement for its partner (a program
     *     admin may request one on behalf of a partner, naming `partnerRef`).
     *     It starts in the playbook's first stage, unassigned; the vendor
     *     experts are notified. A playbook with paths (Partner-Led Customer
     *     Success) needs `path`. Permission: `solutions-lab.engagement.create`.
     */
    post: operations['RequestEngagement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/engagements/{engagementId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description One engagement: its stages with their checklists and evidence, the
     *     gate of the current stage, notes, the most recent 500 timeline
     *     entries and the SLA clock. Internal notes and the SLA watch's
     *     entries are left out for partner members. Permission:
     *     `solutions-lab.engagement.read`.
     */
    get: operations['GetEngagement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/engagements/{engagementId}/checklist/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Checks or unchecks an exit criterion of the current stage. The
     *     partner's members check the items they deliver; items
     *     `confirmedBy: expert` are checked by the assigned expert or a
     *     program admin, who may check any item. Checking an item whose
     *     `evidence` is not `none` needs `evidence.url`, an http(s) link.
     *     Unchecking drops the evidence. Bumps the engagement's version.
     *     Permission: `solutions-lab.engagement.checklist.update`.
     */
    post: operations['SetChecklistItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/engagements/{engagementId}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description A gate decision, by the assigned expert or a program admin:
     *
     *     - `advance`: the current stage's required criteria (on the
     *       engagement's path) are met; on to the next stage. The stage's
     *       points events are queued.
     *     - `complete`: the same on the last stage; the engagement is completed.
     *     - `hold` / `resume`: stops / restarts the SLA clock (`reason`
     *       optional: `awaiting-partner`, `awaiting-vendor`, `partner-request`,
     *       `other`).
     *     - `send-back`: back to an earlier stage (`toStageId`, default the
     *       previous one), reopening the stages from it on; `reason` required:
     *       `evidence-insufficient`, `criteria-not-met`, `quality-issues`,
     *       `scope-changed`, `other`.
     *     - `close`: ends the engagement; `reason` required:
     *       `partner-withdrew`, `not-viable`, `duplicate`, `no-response`,
     *       `out-of-program-scope`, `other`.
     *
     *     `other` needs a `comment`. A decision the engagement's state does not
     *     allow is a `400` saying why; a stale `expectedVersion` is a `409`.
     *     Either way nothing changes. The partner's members are notified.
     *     Permission: `solutions-lab.engagement.decide`.
     */
    post: operations['DecideEngagement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/engagements/{engagementId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description A note on the engagement. `shared` notes are seen by the partner's
     *     members; `internal` ones only by experts and program admins (partner
     *     members may only write shared ones). Permission:
     *     `solutions-lab.engagement.note.create`.
     */
    post: operations['AddNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/engagements/{engagementId}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * @description Program admins assign an open engagement to a vendor expert, or
     *     unassign it (`expertRef: null`). An expert may take an unassigned
     *     engagement (`expertRef` = itself); if another expert took it first,
     *     `409`. The expert assigned is notified. Bumps the engagement's
     *     version. Permission: `solutions-lab.engagement.assign`.
     */
    put: operations['AssignEngagement'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The funnel of one playbook over a date range, per stage: entries,
     *     forward exits, engagements in the stage now, median days in the
     *     stage (holds excluded), drop-offs (closed in the stage), send-backs
     *     and SLA breaches. Experts and program admins, over all engagements.
     *     Permission: `solutions-lab.funnel.read`.
     */
    get: operations['GetFunnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partner-stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Where partners' engagements stand, for other plugins (the Solutions
     *     Hub unlocks stage-gated tools and marks verified-outcome ratings with
     *     it). For a signed-in partner member: its partners' engagements
     *     (`partnerRef` not allowed). For a service principal: the partners
     *     named by `partnerRef` (required). Uses the Lab's own scoping only,
     *     never the permission framework, since the permission policy calls
     *     it.
     */
    get: operations['ListPartnerStages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assignments/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description For a signed-in vendor expert: the partners of the open (active or
     *     on hold) engagements assigned to it. The access model uses it so
     *     that an assigned expert may read that partner's program standing.
     *     Lab scoping only, never the permission framework. Other callers get
     *     `403`.
     */
    get: operations['ListAssignedPartners'];
    put?: never;
    post?: never;
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
    Id: string;
    /** @example group:default/contoso-solutions */
    PartnerRef: string;
    /** @example user:default/erin.expert */
    UserRef: string;
    /** Format: date-time */
    Timestamp: string;
    /** @description The engagement's `version` the change was based on. */
    Version: number;
    /** @enum {string} */
    EngagementStatus: 'active' | 'on-hold' | 'completed' | 'closed';
    /** @enum {string} */
    Decision:
      | 'advance'
      | 'hold'
      | 'resume'
      | 'send-back'
      | 'close'
      | 'complete';
    /**
     * @description Which codes a decision takes is listed with the decisions.
     * @enum {string}
     */
    ReasonCode:
      | 'evidence-insufficient'
      | 'criteria-not-met'
      | 'quality-issues'
      | 'scope-changed'
      | 'partner-withdrew'
      | 'not-viable'
      | 'duplicate'
      | 'no-response'
      | 'out-of-program-scope'
      | 'awaiting-partner'
      | 'awaiting-vendor'
      | 'partner-request'
      | 'other';
    /**
     * @default shared
     * @enum {string}
     */
    Visibility: 'shared' | 'internal';
    /** @enum {string} */
    StagePhase: 'development' | 'commercialization' | 'specialization';
    /**
     * @description What a checked item must carry: nothing; an http(s) link to the
     *     deliverable; a link to a validation report; a link to a run of the
     *     Hub validation tool named by `tool`.
     * @enum {string}
     */
    EvidenceKind: 'none' | 'link' | 'validation-report' | 'tool-run';
    Recommends: {
      /** @description Hub category ids. */
      categories: (
        | 'sdk'
        | 'api'
        | 'sandbox'
        | 'software-template'
        | 'validation-tool'
        | 'reference-architecture'
        | 'enablement-course'
        | 'sales-play'
      )[];
      /** @description Hub tool entity refs. */
      tools: string[];
    };
    Criterion: {
      id: components['schemas']['Id'];
      title: string;
      description?: string;
      required: boolean;
      evidence: components['schemas']['EvidenceKind'];
      /** @description The Hub validation tool (with `evidence: tool-run`). */
      tool?: string;
      /** @enum {string} */
      confirmedBy: 'partner' | 'expert';
      /** @description The paths it applies to; empty for every path. */
      paths: components['schemas']['Id'][];
    };
    /** @description A points event the stage's completion emits, and the program metrics it feeds. */
    StagePoints: {
      /** @enum {string} */
      eventType: 'lab_stage_completed' | 'specialization_earned';
      metrics: {
        metricId: string;
        name: string;
        maxPoints: number;
        target: number;
        unit: string;
        windowDays: number;
        /** @description A per-business-model metric earns only for these. */
        businessModels?: string[];
        /** @description What one more event adds below the target (count and distinct metrics). */
        pointsPerEvent?: number;
        /** @description When only some paths feed the metric. */
        paths?: string[];
      }[];
    };
    Playbook: {
      id: components['schemas']['Id'];
      name: string;
      summary: string;
      description?: string;
      businessModels: string[];
      paths: {
        id: components['schemas']['Id'];
        name: string;
        description?: string;
      }[];
      /** @description The scoring program version the points come from. */
      programVersion: string;
      stages: {
        id: components['schemas']['Id'];
        name: string;
        phase: components['schemas']['StagePhase'];
        description: string;
        slaDays: number;
        criteria: components['schemas']['Criterion'][];
        recommends: components['schemas']['Recommends'];
        points: components['schemas']['StagePoints'][];
      }[];
    };
    SlaClock: {
      /** @enum {string} */
      state: 'on-track' | 'at-risk' | 'breached' | 'paused' | 'finished';
      slaDays: number;
      /** @description Holds excluded, one decimal. */
      daysInStage: number;
      dueAt?: components['schemas']['Timestamp'];
      atRiskAt?: components['schemas']['Timestamp'];
    };
    EngagementSummary: {
      id: string;
      partnerRef: components['schemas']['PartnerRef'];
      playbookId: components['schemas']['Id'];
      path?: components['schemas']['Id'];
      solutionName: string;
      status: components['schemas']['EngagementStatus'];
      currentStageId: components['schemas']['Id'];
      /** @description In the playbook's order; a send-back reopens stages. */
      completedStageIds: components['schemas']['Id'][];
      assignedExpertRef?: components['schemas']['UserRef'];
      requestedBy: components['schemas']['UserRef'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      stageEnteredAt: components['schemas']['Timestamp'];
      finishedAt?: components['schemas']['Timestamp'];
      closeReason?: components['schemas']['ReasonCode'];
      /** @description Send it back as `expectedVersion`. */
      version: number;
      sla: components['schemas']['SlaClock'];
    };
    ChecklistItem: {
      id: components['schemas']['Id'];
      title: string;
      description?: string;
      required: boolean;
      evidence: components['schemas']['EvidenceKind'];
      tool?: string;
      /** @enum {string} */
      confirmedBy: 'partner' | 'expert';
      checked: boolean;
      evidenceUrl?: string;
      evidenceLabel?: string;
      updatedBy?: components['schemas']['UserRef'];
      updatedAt?: components['schemas']['Timestamp'];
    };
    Note: {
      id: number;
      authorRef: components['schemas']['UserRef'];
      visibility: components['schemas']['Visibility'];
      body: string;
      createdAt: components['schemas']['Timestamp'];
    };
    TimelineEntry: {
      id: number;
      /** @enum {string} */
      kind:
        | 'requested'
        | 'assigned'
        | 'unassigned'
        | 'checklist-checked'
        | 'checklist-unchecked'
        | 'note-added'
        | 'decision'
        | 'sla-at-risk'
        | 'sla-breached';
      stageId: components['schemas']['Id'];
      toStageId?: components['schemas']['Id'];
      decision?: components['schemas']['Decision'];
      reason?: components['schemas']['ReasonCode'];
      /** @description A user ref, or `system` for the SLA watch. */
      actorRef: string;
      visibility: components['schemas']['Visibility'];
      occurredAt: components['schemas']['Timestamp'];
      /** @description For a decision leaving a stage. */
      daysInStage?: number;
      slaBreached?: boolean;
      /**
       * @description By kind: `itemId`, `evidenceUrl` (checklist); `noteId` (note);
       *     `expertRef`, `previousExpertRef` (assignment); `comment`
       *     (decision); `path` (request).
       */
      details?: {
        [key: string]: (string | null) | number | boolean;
      };
    };
    EngagementDetail: {
      id: string;
      partnerRef: components['schemas']['PartnerRef'];
      playbookId: components['schemas']['Id'];
      path?: components['schemas']['Id'];
      solutionName: string;
      status: components['schemas']['EngagementStatus'];
      currentStageId: components['schemas']['Id'];
      /** @description In the playbook's order; a send-back reopens stages. */
      completedStageIds: components['schemas']['Id'][];
      assignedExpertRef?: components['schemas']['UserRef'];
      requestedBy: components['schemas']['UserRef'];
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      stageEnteredAt: components['schemas']['Timestamp'];
      finishedAt?: components['schemas']['Timestamp'];
      closeReason?: components['schemas']['ReasonCode'];
      /** @description Send it back as `expectedVersion`. */
      version: number;
      sla: components['schemas']['SlaClock'];
      description: string;
      stages: {
        id: components['schemas']['Id'];
        name: string;
        phase: components['schemas']['StagePhase'];
        slaDays: number;
        /** @enum {string} */
        state: 'completed' | 'current' | 'upcoming';
        completedAt?: components['schemas']['Timestamp'];
        /** @description The criteria on the engagement's path. */
        checklist: components['schemas']['ChecklistItem'][];
        recommends: components['schemas']['Recommends'];
      }[];
      /** @description Whether the current stage's required criteria are met, and the ids of those that are not. */
      gate: {
        ready: boolean;
        missing: components['schemas']['Id'][];
      };
      /** @description The most recent 200, oldest first. */
      notes: components['schemas']['Note'][];
      /** @description The most recent 500 entries, oldest first. */
      timeline: components['schemas']['TimelineEntry'][];
    };
    Funnel: {
      playbookId: components['schemas']['Id'];
      from: components['schemas']['Timestamp'];
      to: components['schemas']['Timestamp'];
      /** @description New engagements in the range. */
      requested: number;
      /** @description Engagements that completed the playbook in the range. */
      completed: number;
      stages: {
        stageId: components['schemas']['Id'];
        name: string;
        phase: components['schemas']['StagePhase'];
        /** @description Entries in the range (requests, advances, send-backs). */
        entered: number;
        /** @description Forward exits (advance, complete) in the range. */
        completed: number;
        /** @description Open engagements in the stage now. */
        inStage: number;
        /** @description Over the exits in the range, holds excluded. */
        medianDaysInStage?: number;
        /** @description Closed in the stage. */
        dropOffs: number;
        sendBacks: number;
        /** @description Exits in the range after the stage's SLA. */
        slaBreaches: number;
        /** @description Active engagements past the stage's SLA now. */
        breachedNow: number;
      }[];
    };
    PartnerStage: {
      partnerRef: components['schemas']['PartnerRef'];
      id: string;
      playbookId: components['schemas']['Id'];
      path?: components['schemas']['Id'];
      currentStageId: components['schemas']['Id'];
      status: components['schemas']['EngagementStatus'];
      completedStageIds: components['schemas']['Id'][];
    };
    Error: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method?: string;
        url?: string;
      };
      response?: {
        statusCode?: number;
      };
    };
  };
  responses: {
    /** @description Bad input, named in the message; nothing was written. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No or an invalid Backstage token. */
    Unauthenticated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The caller may see the engagement but not do this. */
    NotAllowed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such engagement, or not one the caller may see (the same answer). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The engagement changed since `expectedVersion` (or while the change was applied); nothing changed. Reload and try again. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    engagementId: string;
    /** @description The `nextCursor` of the previous page, for the same filters and sort. */
    cursor: string;
    /** @description Page size. */
    limit: number;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListPlaybooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The playbooks, shipped ones first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Playbook'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
    };
  };
  ListEngagements: {
    parameters: {
      query?: {
        /** @description Only these statuses (repeat the parameter for several). */
        status?: components['schemas']['EngagementStatus'][];
        /** @description Only engagements of this playbook. */
        playbookId?: components['schemas']['Id'];
        /** @description Only engagements whose current stage is this one. */
        stageId?: components['schemas']['Id'];
        /** @description Only these partners (full entity refs; repeat for several, at most 100). */
        partnerRef?: components['schemas']['PartnerRef'][];
        /**
         * @description `me`: assigned to the caller; `unassigned`: the queue. Experts and
         *     program admins only (400 for a partner member).
         */
        assigned?: 'me' | 'unassigned';
        /**
         * @description Only active engagements whose current stage is `on-track`,
         *     `at-risk` (past the configured fraction of its SLA) or `breached`
         *     (past its SLA). Repeat for several.
         */
        slaRisk?: ('on-track' | 'at-risk' | 'breached')[];
        sort?: 'newest' | 'sla';
        /** @description The `nextCursor` of the previous page, for the same filters and sort. */
        cursor?: components['parameters']['cursor'];
        /** @description Page size. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page; `nextCursor` is absent on the last. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EngagementSummary'][];
            nextCursor?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
  RequestEngagement: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "playbookId": "partner-led-customer-success",
         *       "path": "resell",
         *       "solutionName": "Contoso Success Services",
         *       "description": "Attach the vendor's success package to our platform deals."
         *     }
         */
        'application/json': {
          /** @description Required for program admins, and for members of several partners. */
          partnerRef?: components['schemas']['PartnerRef'];
          playbookId: components['schemas']['Id'];
          path?: components['schemas']['Id'];
          solutionName: string;
          description?: string;
        };
      };
    };
    responses: {
      /** @description The new engagement. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
  GetEngagement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        engagementId: components['parameters']['engagementId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The engagement. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
    };
  };
  SetChecklistItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        engagementId: components['parameters']['engagementId'];
        /** @description The criterion's id in the current stage. */
        itemId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "checked": true,
         *       "evidence": {
         *         "url": "https://docs.contoso.example/solution-brief.pdf",
         *         "label": "Solution brief v2"
         *       }
         *     }
         */
        'application/json': {
          checked: boolean;
          evidence?: {
            /** @description An absolute http(s) URL without credentials. */
            url: string;
            label?: string;
          };
          expectedVersion?: components['schemas']['Version'];
        };
      };
    };
    responses: {
      /** @description The engagement after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  DecideEngagement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        engagementId: components['parameters']['engagementId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "decision": "send-back",
         *       "expectedVersion": 7,
         *       "reason": "evidence-insufficient",
         *       "comment": "The performance report does not cover the 500-tenant target."
         *     }
         */
        'application/json': {
          decision: components['schemas']['Decision'];
          expectedVersion: components['schemas']['Version'];
          reason?: components['schemas']['ReasonCode'];
          comment?: string;
          toStageId?: components['schemas']['Id'];
        };
      };
    };
    responses: {
      /** @description The engagement after the decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  AddNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        engagementId: components['parameters']['engagementId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          body: string;
          visibility?: components['schemas']['Visibility'];
        };
      };
    };
    responses: {
      /** @description The note. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Note'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  AssignEngagement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        engagementId: components['parameters']['engagementId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example user:default/erin.expert */
          expertRef: string | null;
          expectedVersion?: components['schemas']['Version'];
        };
      };
    };
    responses: {
      /** @description The engagement after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  GetFunnel: {
    parameters: {
      query: {
        playbookId: components['schemas']['Id'];
        /** @description Start of the range, inclusive (date or date-time with timezone). Default one year before `to`. */
        from?: string;
        /** @description End of the range, exclusive. Default now. The range spans at most 1098 days. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The funnel. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Funnel'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
  ListPartnerStages: {
    parameters: {
      query?: {
        /** @description Partners' full entity refs (repeat for several, at most 100). Service principals only, and required for them. */
        partnerRef?: components['schemas']['PartnerRef'][];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every engagement of these partners, whatever its status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PartnerStage'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
  ListAssignedPartners: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The partners' full entity refs, sorted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            partnerRefs: components['schemas']['PartnerRef'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
}
