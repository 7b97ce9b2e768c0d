// *******************************************************************
// * Generated from plugins/solutions-hub-backend/src/schema/openapi.yaml by scripts/generate-openapi.mjs.
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
    get: operations['Health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Ranked full-text search over title, tags, name and description
     *     (prefix and typo tolerant), filtered by facets, with a count for every
     *     value of every facet, each counted under all the *other* facets'
     *     filters (what choosing that value would give). Within a facet, values
     *     combine with OR (`category=sdk&category=api`), across facets with AND.
     *     Locked tools are listed with what unlocks them. Keyset cursor
     *     pagination: pass `nextCursor` back with the same `q`, filters and
     *     `sort` (another search's cursor is a 400).
     */
    get: operations['SearchTools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    /**
     * @description One tool: everything of the search item, plus its rating summary,
     *     its expert verification, the Lab stages it serves, and for a sales
     *     play its enablement, incentive (the points it earns, read from the
     *     program in force) and the caller's partner's progress on it; for an
     *     enablement course how many of the partner's people completed it.
     */
    get: operations['GetTool'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools/{namespace}/{name}/launches': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Records a launch (tool, user, partner, time) and answers where to go:
     *     the tool's URL, or for a software template the scaffolder page of the
     *     template in the portal. A tool locked for the caller is refused with
     *     403 whose message lists what unlocks it; nothing is recorded. No
     *     request body.
     */
    post: operations['LaunchTool'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools/{namespace}/{name}/favorite': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    get?: never;
    /** @description Marks the tool as a favourite of the caller. Idempotent. No request body. */
    put: operations['AddFavorite'];
    post?: never;
    /** @description Removes the tool from the caller's favourites. Idempotent (also for a tool gone from the catalog). */
    delete: operations['RemoveFavorite'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/favorites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The caller's favourites, the most recently added first. A favourite whose tool left the catalog comes with its ref only. */
    get: operations['ListFavorites'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Tools for the caller's current Lab stages (the stages its partner's
     *     open engagements are in), and the Hub items behind the top
     *     next-best actions of the partner's standing (partner points' "what
     *     to do next" links land on these). Each item says why it is
     *     recommended. Without a partner, or while the Lab and partner points
     *     cannot be reached, the list may be empty; `sources` says so.
     */
    get: operations['GetRecommendations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools/{namespace}/{name}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    /**
     * @description The tool's ratings, most recently updated first, with the summary.
     *     Raters and their partners are never named; the caller's own rating
     *     is marked `mine`. A rating from a partner whose engagement later
     *     completed a Lab stage the tool helps with is a `verifiedOutcome`.
     */
    get: operations['ListRatings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools/{namespace}/{name}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    get?: never;
    /** @description The caller rates the tool (one rating per person per tool; a second replaces the first). Partner members only. */
    put: operations['RateTool'];
    post?: never;
    /** @description Withdraws the caller's rating of the tool. Idempotent. */
    delete: operations['RemoveRating'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools/{namespace}/{name}/ratings/{ratingId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
        /** @description The rating's `id` (from the ratings list). */
        ratingId: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * @description Curation: a program admin removes someone's rating of the tool (an
     *     abusive or misleading comment). Others get 403. A rating that does
     *     not exist, or is not of this tool, is a 404.
     */
    delete: operations['ModerateRating'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tools/{namespace}/{name}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    get?: never;
    /** @description A vendor expert or program admin marks the tool verified (replacing an earlier mark). Others get 403. */
    put: operations['VerifyTool'];
    post?: never;
    /** @description A vendor expert or program admin removes the mark. Idempotent. Others get 403. */
    delete: operations['UnverifyTool'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Launches per tool per week over the last `weeks` weeks (weeks start
     *     Monday 00:00 UTC; the current week included), distinct partners and
     *     users, and each tool's trend (the last 4 weeks against the 4 before).
     *     Vendor experts and program admins only (others get 403). Which
     *     partners launched is never listed.
     */
    get: operations['GetUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partner-studio/archives/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The scaffolder task id. */
        taskId: components['parameters']['TaskId'];
      };
      cookie?: never;
    };
    /**
     * @description Served by the scaffolder module, not this plugin. What a software
     *     template's task packed for download (`partner-studio:workspace:archive`).
     *     The user who ran the task and program admins only; anybody else gets
     *     the same 404 as for a task without an archive; services get 403.
     *     The Hub's page `/solutions-hub/downloads/{taskId}` shows it.
     */
    get: operations['GetWorkspaceArchive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partner-studio/archives/{taskId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The scaffolder task id. */
        taskId: components['parameters']['TaskId'];
      };
      cookie?: never;
    };
    /** @description Served by the scaffolder module. The zip, as an attachment named by the archive's `fileName`; same access as above. */
    get: operations['DownloadWorkspaceArchive'];
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
    EntityName: string;
    /**
     * @description A tool's entity ref.
     * @example tool:default/compute-sdk-go
     */
    ToolRef: string;
    /** @enum {string} */
    Category:
      | 'sdk'
      | 'api'
      | 'sandbox'
      | 'software-template'
      | 'validation-tool'
      | 'reference-architecture'
      | 'enablement-course'
      | 'sales-play';
    /** @enum {string} */
    ProductArea:
      | 'cloud-infrastructure'
      | 'kubernetes-platform'
      | 'networking-security'
      | 'end-user-computing'
      | 'multi-cloud-management'
      | 'data-protection'
      | 'edge-computing';
    /**
     * @description A Solutions Lab stage, `<playbookId>/<stageId>`.
     * @enum {string}
     */
    LabStageRef:
      | 'solution-development/qualify'
      | 'solution-development/design'
      | 'solution-development/build'
      | 'solution-development/validate'
      | 'solution-development/certify'
      | 'solution-development/launch'
      | 'solution-development/grow'
      | 'partner-led-customer-success/prepare'
      | 'partner-led-customer-success/path-requirements'
      | 'partner-led-customer-success/customer-proof'
      | 'partner-led-customer-success/specialization-review';
    /** @enum {string} */
    BusinessModel:
      | 'solution-services'
      | 'solution-builder'
      | 'cloud-solution-provider'
      | 'solution-reseller';
    /** @enum {string} */
    SupportLevel: 'vendor-supported' | 'community' | 'preview';
    /** @enum {string} */
    Tier: 'community' | 'select' | 'advanced' | 'principal' | 'pinnacle';
    /**
     * @description What the answer knows of the caller from the other plugins it
     *     depends on, and whether they could be read. `unavailable` ones left
     *     conditions unchecked (the tools they gate stay locked, saying why)
     *     and say why in `standingReason` / `labReason`.
     */
    Sources: {
      /**
       * @description Partner points (the caller's tier). `not-applicable` for callers without a partner.
       * @enum {string}
       */
      standing: 'ok' | 'unavailable' | 'not-applicable';
      /**
       * @description The Solutions Lab (the caller's partner's stages).
       * @enum {string}
       */
      lab: 'ok' | 'unavailable' | 'not-applicable';
      /** @description The caller's partner's tier, when partner points answered. */
      tier?: components['schemas']['Tier'];
      /**
       * @description Why partner points could not be read (with `standing` `unavailable`).
       * @example partner points did not answer (HTTP 503)
       */
      standingReason?: string;
      /** @description Why the Solutions Lab could not be read (with `lab` `unavailable`). */
      labReason?: string;
      /**
       * @description On plays and courses only — whether the program (names, incentives) could be read from partner points.
       * @enum {string}
       */
      program?: 'ok' | 'unavailable';
    };
    LaunchTarget:
      | {
          /** @enum {string} */
          type: 'url';
          /** Format: uri */
          url: string;
        }
      | {
          /** @enum {string} */
          type: 'template';
          /** @example template:default/kubernetes-operator-helm-starter */
          templateRef: string;
          /**
           * @description The template's page in the portal's scaffolder.
           * @example /create/templates/default/kubernetes-operator-helm-starter
           */
          url: string;
        };
    UnlockCondition: {
      /** @enum {string} */
      kind: 'tier' | 'lab-stage';
      /** @example Reach Principal (you are Advanced, 12 points to go) */
      message: string;
      /** @description The condition could not be checked (partner points or the Lab unavailable). */
      unknown: boolean;
      tier?: components['schemas']['Tier'];
      tierName?: string;
      currentTier?: components['schemas']['Tier'];
      currentTierName?: string;
      pointsToGo?: number;
      byInvitation?: boolean;
      stageRef?: components['schemas']['LabStageRef'];
      playbookId?: string;
      stageId?: string;
    };
    Lock: {
      locked: boolean;
      /** @description Every condition still to meet; all of them unlock the tool. Empty when unlocked. */
      unlockedBy: components['schemas']['UnlockCondition'][];
    };
    RatingSummary: {
      count: number;
      /** @description One decimal; absent without ratings. */
      average?: number;
      /** @description Ratings per number of stars; the first is one star. */
      histogram: number[];
    };
    Verification: {
      /** @description The expert's user entity ref (vendor staff are named). */
      verifiedBy: string;
      /** Format: date-time */
      verifiedAt: string;
      note?: string;
    };
    ToolSummary: {
      ref: components['schemas']['ToolRef'];
      namespace: string;
      name: string;
      title: string;
      description: string;
      tags: string[];
      category: components['schemas']['Category'];
      productArea: components['schemas']['ProductArea'];
      labStages: components['schemas']['LabStageRef'][];
      businessModels: components['schemas']['BusinessModel'][];
      supportLevel: components['schemas']['SupportLevel'];
      minimumTier: components['schemas']['Tier'];
      requiredLabStage?: components['schemas']['LabStageRef'];
      /** @example group:default/kubernetes-engine */
      owner: string;
      links: {
        /** Format: uri */
        sandbox?: string;
        /** Format: uri */
        staging?: string;
        /** Format: uri */
        production?: string;
      };
      launch: components['schemas']['LaunchTarget'];
      play?: {
        playId: string;
      };
      course?: {
        courseId: string;
      };
      /** Format: date */
      publishedAt?: string;
      /** @description Text relevance; with `q` only. */
      score?: number;
      popularity: number;
      /** @description A favourite of the caller. */
      favorite: boolean;
      /** @description An expert marked the tool verified. */
      verified?: boolean;
      rating: components['schemas']['RatingSummary'];
      lock: components['schemas']['Lock'];
    };
    FacetCount: {
      value: string;
      count: number;
    };
    ToolSearchPage: {
      items: components['schemas']['ToolSummary'][];
      /** @description Tools matching the text and every filter. */
      totalCount: number;
      /** @description Every value of the fixed facets (zeros included) and the tags that occur (plus the selected ones), each counted under the other facets' filters. */
      facets: {
        category: components['schemas']['FacetCount'][];
        productArea: components['schemas']['FacetCount'][];
        stage: components['schemas']['FacetCount'][];
        businessModel: components['schemas']['FacetCount'][];
        supportLevel: components['schemas']['FacetCount'][];
        tag: components['schemas']['FacetCount'][];
      };
      /** @description Absent on the last page. */
      nextCursor?: string;
      sources: components['schemas']['Sources'];
    };
    PlayDetail: {
      playId: string;
      name: string;
      /** @enum {string} */
      kind: 'strategy' | 'velocity';
      description?: string;
      /** @description What one execution of the play earns a partner with nothing else in these metrics, computed by the scoring engine under the program in force (the sum of `incentives[].points`). */
      pointsPerExecution?: number;
      /**
       * @description The program's metrics an execution of this play earns points in,
       *     with the points one execution earns a partner starting from zero
       *     (the scoring engine's answer under the program read from
       *     partner points, not restated here), and — for a partner member
       *     whose standing lists it — the action's estimate for its own
       *     partner.
       */
      incentives: {
        metricId: string;
        metricName: string;
        /** @description The title of the program's action that points at this play for the metric, else the metric's name. */
        title: string;
        /** @description The program's action that points at this play, when there is one. */
        actionId?: string;
        points: number;
        /** @description The caller's partner's estimate from its standing's next-best actions, when listed there. */
        pointsForPartner?: number;
      }[];
      /** @description The caller's partner's progress on the play, from the points ledger; absent without a partner or when partner points is unavailable. */
      progress?: {
        executions: number;
        /** Format: date-time */
        lastExecutedAt?: string;
        points?: number;
      };
    };
    CourseDetail: {
      courseId: string;
      name: string;
      /** @enum {string} */
      track: 'technical' | 'commercial' | 'marketing';
      description?: string;
      /** @description How many of the caller's partner's people completed it (from ingested completions; a partner cannot mark itself); absent without a partner or when partner points is unavailable. */
      completions?: number;
    };
    ToolDetail: components['schemas']['ToolSummary'] & {
      verification?: components['schemas']['Verification'];
      /** @description The caller's own rating of the tool, if any (to edit it). */
      myRating?: components['schemas']['PublicRating'];
      playDetail?: components['schemas']['PlayDetail'];
      courseDetail?: components['schemas']['CourseDetail'];
      sources: components['schemas']['Sources'];
    };
    LaunchResponse: {
      launchId: string;
      target: components['schemas']['LaunchTarget'];
    };
    FavoritesPage: {
      items: {
        toolRef: components['schemas']['ToolRef'];
        /** Format: date-time */
        addedAt: string;
        tool?: components['schemas']['ToolSummary'];
      }[];
      nextCursor?: string;
    };
    Recommendations: {
      /** @description The Lab stages the caller's partner's open engagements are in. */
      currentStages?: components['schemas']['LabStageRef'][];
      items: {
        tool: components['schemas']['ToolSummary'];
        reason:
          | {
              /** @enum {string} */
              kind: 'stage';
              stageRef: components['schemas']['LabStageRef'];
            }
          | {
              /** @enum {string} */
              kind: 'action';
              actionId: string;
              title: string;
              /** @description What the action would earn the partner (its standing's estimate). */
              points?: number;
              /**
               * @description The action's link, `category:<id>`, `play:<id>` or `course:<id>`.
               * @example play:kubernetes-quickstart
               */
              linkRef: string;
            };
      }[];
      sources: components['schemas']['Sources'];
    };
    RatingRequest: {
      stars: number;
      comment?: string;
    };
    /** @description A rating without who rated or their partner. */
    PublicRating: {
      id: string;
      stars: number;
      comment?: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      mine: boolean;
      verifiedOutcome: boolean;
    };
    RatingResponse: {
      rating: components['schemas']['PublicRating'];
    };
    RatingsPage: {
      summary: components['schemas']['RatingSummary'];
      items: components['schemas']['PublicRating'][];
      nextCursor?: string;
    };
    UsageReport: {
      /**
       * Format: date-time
       * @description Monday of the first week.
       */
      from: string;
      /**
       * Format: date-time
       * @description Monday after the last week (exclusive).
       */
      to: string;
      distinctPartners: number;
      /** @description Tools with launches in the period, most launched first. */
      tools: {
        toolRef: components['schemas']['ToolRef'];
        title?: string;
        launches: number;
        distinctPartners: number;
        distinctUsers: number;
        /** Format: date-time */
        lastLaunchedAt?: string;
        weeks: {
          /** Format: date-time */
          weekStart: string;
          launches: number;
          distinctPartners: number;
        }[];
        /** @enum {string} */
        trend: 'up' | 'down' | 'flat' | 'new' | 'none';
        trendPercent?: number;
      }[];
    };
    WorkspaceArchive: {
      taskId: string;
      /** @example acme-connector.zip */
      fileName: string;
      /** @example user:default/carla.dev */
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      templateRef?: string;
      sizeBytes: number;
      sha256: string;
    };
  };
  responses: {
    /** @description A parameter or the body is malformed; the message names it. Nothing changed. */
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
    /** @description The caller may not do this. */
    NotAllowed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The tool is locked for the caller. The message says what unlocks it, e.g. `GPU sandbox is locked: Reach Principal (you are Advanced, 12 points to go)`. */
    Locked: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such tool (or archive) for the caller; the same answer whether it does not exist or the caller may not see it. */
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
    /** @description The tool's catalog namespace, e.g. `default`. */
    Namespace: components['schemas']['EntityName'];
    /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
    Name: components['schemas']['EntityName'];
    /** @description The scaffolder task id. */
    TaskId: string;
    /** @description The `nextCursor` of the previous page. Opaque; at most 1024 characters. */
    Cursor: string;
    /** @description Page size, 1 to 100. */
    Limit: number;
    /** @description Tool categories (repeatable; any of them). */
    Category: components['schemas']['Category'][];
    /** @description Product areas (repeatable; any of them). */
    ProductArea: components['schemas']['ProductArea'][];
    /** @description Solutions Lab stage refs the tool helps with (repeatable; any of them). The `/` may be sent as it is or as `%2F`. */
    Stage: components['schemas']['LabStageRef'][];
    /** @description Business models the tool serves (repeatable; any of them). */
    BusinessModel: components['schemas']['BusinessModel'][];
    /** @description Support levels (repeatable; any of them). */
    SupportLevel: components['schemas']['SupportLevel'][];
    /** @description Catalog tags (repeatable, at most 20; any of them). An unknown tag matches nothing. */
    Tag: string[];
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
          };
        };
      };
    };
  };
  SearchTools: {
    parameters: {
      query?: {
        /** @description Free text, at most 200 characters; every word must match, each may be a prefix, and words of 4 letters or more tolerate typos. */
        q?: string;
        /** @description Tool categories (repeatable; any of them). */
        category?: components['parameters']['Category'];
        /** @description Product areas (repeatable; any of them). */
        productArea?: components['parameters']['ProductArea'];
        /** @description Solutions Lab stage refs the tool helps with (repeatable; any of them). The `/` may be sent as it is or as `%2F`. */
        stage?: components['parameters']['Stage'];
        /** @description Business models the tool serves (repeatable; any of them). */
        businessModel?: components['parameters']['BusinessModel'];
        /** @description Support levels (repeatable; any of them). */
        supportLevel?: components['parameters']['SupportLevel'];
        /** @description Catalog tags (repeatable, at most 20; any of them). An unknown tag matches nothing. */
        tag?: components['parameters']['Tag'];
        /**
         * @description `relevance` (default; without `q`, the most popular first),
         *     `name` (title A–Z), `newest` (`publishedAt`, undated last),
         *     `popularity` (recent launches, halving in weight every two weeks).
         */
        sort?: 'relevance' | 'name' | 'newest' | 'popularity';
        /** @description The `nextCursor` of the previous page. Opaque; at most 1024 characters. */
        cursor?: components['parameters']['Cursor'];
        /** @description Page size, 1 to 100. */
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of tools and the facet counts of the whole search. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ToolSearchPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
    };
  };
  GetTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tool. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ToolDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
    };
  };
  LaunchTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The launch was recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LaunchResponse'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Locked'];
      404: components['responses']['NotFound'];
    };
  };
  AddFavorite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tool is a favourite. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
    };
  };
  RemoveFavorite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tool is not a favourite. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
    };
  };
  ListFavorites: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page. Opaque; at most 1024 characters. */
        cursor?: components['parameters']['Cursor'];
        /** @description Page size, 1 to 100. */
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of favourites. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FavoritesPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
    };
  };
  GetRecommendations: {
    parameters: {
      query?: {
        /** @description Most items returned, 1 to 50. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The recommendations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Recommendations'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
    };
  };
  ListRatings: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page. Opaque; at most 1024 characters. */
        cursor?: components['parameters']['Cursor'];
        /** @description Page size, 1 to 100. */
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of ratings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingsPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
    };
  };
  RateTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingRequest'];
      };
    };
    responses: {
      /** @description The caller's rating replaced the earlier one. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingResponse'];
        };
      };
      /** @description The caller's first rating of the tool. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  RemoveRating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller has no rating of the tool. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
    };
  };
  ModerateRating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
        /** @description The rating's `id` (from the ratings list). */
        ratingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rating was removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  VerifyTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description What was verified. */
          note?: string;
        };
      };
    };
    responses: {
      /** @description The mark. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verification'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  UnverifyTool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tool's catalog namespace, e.g. `default`. */
        namespace: components['parameters']['Namespace'];
        /** @description The tool's catalog name, e.g. `compute-sdk-go`. */
        name: components['parameters']['Name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tool has no mark. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  GetUsage: {
    parameters: {
      query?: {
        /** @description Weeks covered, 1 to 52. */
        weeks?: number;
        /** @description Only these tools (entity refs, repeatable, at most 100). */
        tool?: components['schemas']['ToolRef'][];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The usage report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UsageReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
    };
  };
  GetWorkspaceArchive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The scaffolder task id. */
        taskId: components['parameters']['TaskId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archive. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceArchive'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
  DownloadWorkspaceArchive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The scaffolder task id. */
        taskId: components['parameters']['TaskId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The zip. */
      200: {
        headers: {
          /** @description `attachment; filename="<fileName>"` */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['NotAllowed'];
      404: components['responses']['NotFound'];
    };
  };
}
