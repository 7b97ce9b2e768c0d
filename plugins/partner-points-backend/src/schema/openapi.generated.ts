// *******************************************************************
// * Generated from src/schema/openapi.yaml by scripts/generate-openapi.mjs.
// * Do not edit: change the OpenAPI document and run yarn generate:openapi.
// *******************************************************************
import type { OpenApiDocument } from '@partner-studio/plugin-partner-studio-node';

/** The partner-points OpenAPI document (src/schema/openapi.yaml). */
export const spec: OpenApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'partner-points',
    version: '1',
    description:
      'The partner points backend of Partner Studio: an append-only ledger of\npartner performance events and each partner\'s program standing (points,\ntier, breakdown with provenance, next-best actions, expiring points,\ntrend, what-if), computed by `@partner-studio/scoring`.\n\nMounted at `/api/partner-points`. Every endpoint except `/health` needs a\nBackstage token. Partner data is scoped by the caller\'s identity: a\npartner\'s members read their own partner, program admins read every\npartner; anybody else gets the same `404 Partner not found` as for a\npartner that does not exist. The permission framework is consulted as\nwell (`partner-studio.partner.standing.read`,\n`partner-studio.partner.standing.simulate`,\n`partner-studio.partner.adjustments.create` and\n`partner-studio.partner.adjustments.revoke` with the partner group\'s\nentity ref as resource ref; `partner-studio.events.create` and\n`partner-studio.program.overview.read`) and a DENY is a 403.\n\nProgram admins run the program with **adjustments** (points added or\nwithdrawn, with a reason and an optional expiry) and **exemptions** (a\ntier requirement or a metric waived for a period, with a\njustification). Both are append-only and audited: who recorded them,\nwhen and why; revoking one records who, when and why too, and nothing\nis deleted. The partner sees them, with their reasons, in its standing\n(`standing.adjustments`, `standing.exemptions`) and in their lists.\n\nErrors use Backstage\'s error body:\n`{ "error": { "name": "InputError", "message": "…", "cause"?: {…} }, "request": {…}, "response": { "statusCode": 400 } }`.\n',
    license: {
      name: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {
      BackstageToken: [],
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'Health',
        description:
          'The plugin is up. `standingCache.warm` turns true once a replica\nhas warmed its standing cache after start (every catalog partner\nevaluated once, in the background), from when its first reads are\nas fast as warm ones: a load balancer may wait for it.\n',
        security: [],
        responses: {
          '200': {
            description: 'The plugin is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status', 'standingCache'],
                  additionalProperties: false,
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok'],
                    },
                    standingCache: {
                      type: 'object',
                      required: ['warm'],
                      additionalProperties: false,
                      properties: {
                        warm: {
                          type: 'boolean',
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/program': {
      get: {
        operationId: 'GetProgram',
        description:
          "The program definition in force today (the scoring package's\n`Program`): tiers with thresholds, requirements and benefits,\nbusiness models, pillars, metrics (windows, targets, points),\nactions, GTM plays, Ignite courses and specializations. Users and\nservices.\n",
        responses: {
          '200': {
            description: 'The program.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Program',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
        },
      },
    },
    '/standing': {
      get: {
        operationId: 'GetMyStanding',
        description:
          "The standing of the caller's own partner (the partner group the\nsigned-in user belongs to). Users only. 404 when the caller belongs\nto no partner (program admins, experts, other users).\n",
        responses: {
          '200': {
            $ref: '#/components/responses/Standing',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/progress': {
      get: {
        operationId: 'GetMyProgress',
        description:
          "The caller's own partner's progress on GTM plays and Ignite courses,\nfrom the ledger: executions of each play, and how many of the\npartner's people completed each course. The Solutions Hub shows it\non play and course pages. Users only; 404 as for `/standing`.\n",
        responses: {
          '200': {
            $ref: '#/components/responses/Progress',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/partners': {
      get: {
        operationId: 'ListPartners',
        description:
          "The partners the caller may read, sorted by title then entity ref:\nevery partner for a program admin, the caller's own partner(s) for a\npartner member, the partners of its assigned Solutions Lab\nengagements for a vendor expert, none for anybody else. The\npermission policy's decision on `partner-studio.partner.standing.read`\nis applied to every page (a conditional decision filters the list).\nUsers only.\n",
        parameters: [
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 100,
            },
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'One page of readable partners.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  additionalProperties: false,
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/PartnerSummary',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                      description: 'Absent on the last page.',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/standing': {
      get: {
        operationId: 'GetPartnerStanding',
        description:
          'The standing of one partner: its members, the vendor experts\nassigned to one of its Solutions Lab engagements, and program admins.\n',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/Standing',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/progress': {
      get: {
        operationId: 'GetPartnerProgress',
        description:
          "One partner's progress on plays and courses (see `/progress`).",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/Progress',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/history': {
      get: {
        operationId: 'GetPartnerHistory',
        description:
          "Snapshots of the partner's standing over time for the trend: one per\nscheduled run (daily by default) and one whenever the tier changes.\nPages go back in time (the first page holds the newest snapshots);\nwithin a page the items are oldest first, ready to plot.\n",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
          {
            name: 'since',
            in: 'query',
            description:
              'Only snapshots taken at or after this ISO 8601 date-time.',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of snapshots.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  additionalProperties: false,
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/StandingSnapshot',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                      description: 'Absent on the last page.',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/metrics/{metricId}/contributions': {
      get: {
        operationId: 'GetMetricContributions',
        description:
          "The ledger events that earned a metric's points, highest first (for\nper-business-model metrics, an event's points across models are\nadded up). 404 for a metric the program does not define.\n",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'metricId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'One page of contributions.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['metricId', 'items'],
                  additionalProperties: false,
                  properties: {
                    metricId: {
                      type: 'string',
                    },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['event', 'points'],
                        additionalProperties: false,
                        properties: {
                          event: {
                            $ref: '#/components/schemas/PerformanceEvent',
                          },
                          points: {
                            type: 'number',
                          },
                        },
                      },
                    },
                    nextCursor: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/simulate': {
      post: {
        operationId: 'SimulatePartnerStanding',
        description:
          "What-if: the standing as if the hypothetical events had happened,\nnext to the real one, and the difference. Nothing is stored. Each\nhypothetical event may omit `id`, `partnerId` (must be the partner's\nentity ref if given) and `occurredAt` (defaults to now). A\nhypothetical event whose id is already in the partner's ledger is\nignored (it would count twice), and listed in `ignoredEventIds`. At\nmost 1,000 events.\n",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['events'],
                additionalProperties: false,
                properties: {
                  events: {
                    type: 'array',
                    maxItems: 1000,
                    items: {
                      type: 'object',
                      additionalProperties: true,
                    },
                  },
                },
              },
              example: {
                events: [
                  {
                    type: 'deal_won',
                    amount: 250000,
                    customerId: 'new-logo',
                    businessModel: 'solution-services',
                  },
                ],
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The simulation.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SimulateResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '413': {
            $ref: '#/components/responses/TooLarge',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/adjustments': {
      get: {
        operationId: 'ListAdjustments',
        description:
          "The partner's points adjustments, newest first (by when they count\nfrom), with their status now: `active`, `scheduled` (counts from\nlater), `expired` or `revoked`. Readable by whoever may read the\npartner's standing (its members see their own, with the reasons);\n`grantedBy` and `revokedBy` (the audit's \"who\") only for callers who\nmay grant adjustments on the partner.\n",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/decisionLimit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'One page of adjustments.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  additionalProperties: false,
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/Adjustment',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      post: {
        operationId: 'GrantAdjustment',
        description:
          "Grants the partner a points adjustment, counting from now: positive\nadds points, negative withdraws them (neither a model's points nor\nthe total go below 0). With `businessModel` (one the partner runs)\nit adds to that model's points before the per-model cap; without,\nto the pooled total before the total cap. It belongs to no pillar,\nso it never meets a tier requirement: waive one with an exemption.\n`expiresAt` (after now) ends it; without, it counts until revoked.\nRecorded with who granted it and when; the standing is re-evaluated\nand signalled to the partner's members. Program admins only (the\npolicy's decision on `partner-studio.partner.adjustments.create`).\n",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/GrantAdjustmentRequest',
              },
              example: {
                points: 20,
                reason: 'Migration credit',
                expiresAt: '2027-03-31T00:00:00Z',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The adjustment, as recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Adjustment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '413': {
            $ref: '#/components/responses/TooLarge',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/adjustments/{adjustmentId}/revoke': {
      post: {
        operationId: 'RevokeAdjustment',
        description:
          'Revokes an adjustment from now, with a reason: it stops counting,\nstays listed (status `revoked`, with who, when and why) and nothing\nis deleted. 409 when it is already revoked or has expired. Program\nadmins only (`partner-studio.partner.adjustments.revoke`).\n',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'adjustmentId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 64,
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RevokeRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The adjustment, revoked.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Adjustment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/TooLarge',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/exemptions': {
      get: {
        operationId: 'ListExemptions',
        description:
          "The partner's exemptions, newest first, with what each waives in\nwords and its status now (as for adjustments). Access as for\n`GET …/adjustments`.\n",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/decisionLimit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'One page of exemptions.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  additionalProperties: false,
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/Exemption',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      post: {
        operationId: 'GrantExemption',
        description:
          'Waives a requirement of one tier (`{ kind: tier-requirement,\ntierId, requirementId }`: it counts as met) or a metric (`{ kind:\nmetric, metricId }`: for every tier requirement it counts as at its\ntarget, while its points in the total stay what it earned), from\nnow until `until` (after now) or until revoked, with a\njustification. The target must exist in the program in force; an\ninvitation cannot be waived. Program admins only\n(`partner-studio.partner.adjustments.create`).\n',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/GrantExemptionRequest',
              },
              example: {
                target: {
                  kind: 'tier-requirement',
                  tierId: 'select',
                  requirementId: 'capability-floor',
                },
                reason: 'New partner, certifications in progress',
                until: '2027-06-01T00:00:00Z',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The exemption, as recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Exemption',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '413': {
            $ref: '#/components/responses/TooLarge',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/exemptions/{exemptionId}/revoke': {
      post: {
        operationId: 'RevokeExemption',
        description:
          'Revokes an exemption from now, with a reason (see\n`…/adjustments/{adjustmentId}/revoke`).\n',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'exemptionId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 64,
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RevokeRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The exemption, revoked.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Exemption',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/TooLarge',
          },
        },
      },
    },
    '/partners/{namespace}/{name}/cohort': {
      get: {
        operationId: 'GetPartnerCohort',
        description:
          "Where the partner stands among the partners with the same primary\nbusiness model (its cohort): its percentile overall and per pillar\n— the share of the rest of the cohort it is ahead of, ties counted\nhalf — from the latest scheduled snapshots (ranked after each\nscheduled run, never by evaluating partners on request). Never\nanother partner's name or figures. A cohort smaller than\n`partnerPoints.cohorts.minimumSize` (default 5) is not shown:\n`available: false`, reason `cohort-too-small`. Access as for the\nstanding.\n",
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The partner's cohort benchmark.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CohortBenchmark',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/overview': {
      get: {
        operationId: 'GetProgramOverview',
        description:
          "The program overview, for program admins\n(`partner-studio.program.overview.read`): how many partners are at\neach tier, how many are at risk of dropping a tier within the\nforecast's 90 days and how many are within reach of the next tier (a\nplan of at most `withinReachSteps` actions reaches it), and the\nmovement between tiers in each of the last `quarters` calendar\nquarters (the current one to date), from the snapshots. Counted in\nSQL over the partners whose standing the caller may read (the\npolicy's conditional decisions included), narrowed by the filters.\n",
        parameters: [
          {
            $ref: '#/components/parameters/businessModel',
          },
          {
            $ref: '#/components/parameters/tier',
          },
          {
            name: 'quarters',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 8,
              default: 4,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The overview.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ProgramOverview',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
        },
      },
    },
    '/overview/partners': {
      get: {
        operationId: 'ListOverviewPartners',
        description:
          "One page of the overview's partners with their standing in brief:\n`segment=all` by title, `at-risk` (a lower tier within 90 days) by\nthe day of the drop, `within-reach` by the points still needed.\nFiltered in SQL like `GET /overview`; access is checked again on\nevery page.\n",
        parameters: [
          {
            $ref: '#/components/parameters/businessModel',
          },
          {
            $ref: '#/components/parameters/tier',
          },
          {
            name: 'segment',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['all', 'at-risk', 'within-reach'],
              default: 'all',
            },
          },
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 200,
              default: 50,
            },
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'One page of partners.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  additionalProperties: false,
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/OverviewPartner',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
        },
      },
    },
    '/events': {
      post: {
        operationId: 'IngestEvents',
        description:
          "Batch ingestion into the ledger, up to 10,000 events. Program admins\nand service principals only.\n\n- `partnerId` is the partner group's full entity ref\n  (`group:default/contoso-solutions`); a bare name is refused.\n  `occurredAt` may be at most one day ahead of now and not before the\n  program's first version; amounts, quantities and attributes have\n  the maxima the scoring package documents (`EVENT_LIMITS`). The\n  ledger is immutable, so a typo could never be corrected.\n- **All or nothing**: one invalid event (or an unknown partner) and\n  the batch is refused with 400, listing every problem by index and\n  field (`events[3].occurredAt: …`), in the message and as\n  `error.cause.issues[]`; nothing is written.\n- **Idempotent** by event id: an id already in the ledger with the\n  same content is reported in `duplicates` and changes nothing; the\n  same id with different content is a 409 and nothing of the batch\n  is written.\n- Each affected partner's standing is re-evaluated after the commit\n  and published on the signal channel `partner-points:standing` to\n  the partner's members (and program admins).\n",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['events'],
                additionalProperties: false,
                properties: {
                  events: {
                    type: 'array',
                    maxItems: 10000,
                    description:
                      "Performance events (schema `PerformanceEvent`). Each is\nchecked by the scoring package's `parseEvent`, which says\nwhat is wrong with it field by field.\n",
                    items: {
                      type: 'object',
                      additionalProperties: true,
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Ingested',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '409': {
            description:
              'An event id is already in the ledger with different content; nothing was written.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/events/import': {
      post: {
        operationId: 'ImportEventsCsv',
        description:
          'The same ingestion from a CSV file (a spreadsheet export): a header\nrow, then one event per row. Columns, in any order:\n`id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes`\n(`attributes` is a JSON object; empty cells are absent fields; the\nfirst four are required). Problems are reported by row number (the\nheader is row 1): `row 5.amount: …`. Up to 10,000 rows.\n',
        requestBody: {
          required: true,
          content: {
            'text/csv': {
              schema: {
                type: 'string',
              },
              example:
                'id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes\ncrm-1001,group:default/contoso-solutions,deal_won,2026-11-20T10:00:00Z,solution-services,acme,,120000,\ncrm-1002,group:default/contoso-solutions,play_executed,2026-11-21,,,,,"{""play"":""velocity"",""playId"":""vdi-refresh""}"\n',
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Ingested',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/NotAllowed',
          },
          '409': {
            description:
              'An event id is already in the ledger with different content; nothing was written.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      BackstageToken: {
        type: 'http',
        scheme: 'bearer',
      },
    },
    parameters: {
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description:
          "The namespace of the partner's group (`default` for most).",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        description:
          "The name of the partner's group, e.g. `contoso-solutions`.",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 253,
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: 200,
        },
      },
      cursor: {
        name: 'cursor',
        in: 'query',
        description: 'The `nextCursor` of the previous page.',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 1000,
        },
      },
      decisionLimit: {
        name: 'limit',
        in: 'query',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 200,
          default: 50,
        },
      },
      businessModel: {
        name: 'businessModel',
        in: 'query',
        description: 'Only partners running this business model.',
        schema: {
          $ref: '#/components/schemas/BusinessModelId',
        },
      },
      tier: {
        name: 'tier',
        in: 'query',
        description: 'Only partners at this tier now.',
        schema: {
          $ref: '#/components/schemas/TierId',
        },
      },
    },
    responses: {
      Standing: {
        description:
          'The partner and its standing. Served gzip-encoded to clients that\naccept it.\n',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/PartnerStandingResponse',
            },
          },
        },
      },
      Progress: {
        description: "The partner's progress on plays and courses.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/PartnerProgressResponse',
            },
          },
        },
      },
      Ingested: {
        description: 'The batch was committed (or was entirely a replay).',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/IngestEventsResponse',
            },
            example: {
              accepted: 2,
              duplicates: [],
              partnersAffected: ['group:default/contoso-solutions'],
            },
          },
        },
      },
      BadRequest: {
        description:
          'Invalid input, described with the path of every problem; nothing was written.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      TooLarge: {
        description:
          "The body is larger than the route's limit; nothing was read or written.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthenticated: {
        description: 'No or invalid credentials.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotAllowed: {
        description:
          'Refused by the permission policy, or not a program admin / service (ingestion).',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description:
          'The change conflicts with the current state (e.g. already revoked); nothing changed.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description:
          '`Partner not found` — for a partner that does not exist and for one\nthe caller may not see alike.\n',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
              cause: {
                type: 'object',
                properties: {
                  name: {
                    type: 'string',
                  },
                  message: {
                    type: 'string',
                  },
                  issues: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        path: {
                          type: 'string',
                          example: 'events[3].occurredAt',
                        },
                        message: {
                          type: 'string',
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          request: {
            type: 'object',
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      PartnerSummary: {
        type: 'object',
        required: ['entityRef', 'title', 'businessModels', 'pinnacleInvited'],
        additionalProperties: false,
        properties: {
          entityRef: {
            type: 'string',
            description:
              "The partner's identity, its group's entity ref in lower case.",
            example: 'group:default/contoso-solutions',
          },
          title: {
            type: 'string',
          },
          businessModels: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          admittedAt: {
            type: 'string',
          },
          pinnacleInvited: {
            type: 'boolean',
          },
        },
      },
      PartnerStandingResponse: {
        type: 'object',
        required: ['partner', 'standing'],
        additionalProperties: false,
        properties: {
          partner: {
            $ref: '#/components/schemas/PartnerSummary',
          },
          standing: {
            $ref: '#/components/schemas/Standing',
          },
        },
      },
      PartnerProgressResponse: {
        type: 'object',
        required: ['partnerRef', 'plays', 'courses'],
        additionalProperties: false,
        properties: {
          partnerRef: {
            type: 'string',
          },
          plays: {
            type: 'array',
            description:
              "Every play the program defines, with the partner's executions.",
            items: {
              type: 'object',
              required: ['playId', 'executions'],
              additionalProperties: false,
              properties: {
                playId: {
                  type: 'string',
                },
                executions: {
                  type: 'integer',
                },
                lastExecutedAt: {
                  type: 'string',
                  format: 'date-time',
                },
              },
            },
          },
          courses: {
            type: 'array',
            description:
              "Every Ignite course, with how many of the partner's people completed it.",
            items: {
              type: 'object',
              required: ['courseId', 'completions'],
              additionalProperties: false,
              properties: {
                courseId: {
                  type: 'string',
                },
                completions: {
                  type: 'integer',
                },
                lastCompletedAt: {
                  type: 'string',
                  format: 'date-time',
                },
              },
            },
          },
        },
      },
      StandingSnapshot: {
        type: 'object',
        required: ['takenAt', 'totalPoints', 'tier', 'reason'],
        additionalProperties: false,
        properties: {
          takenAt: {
            type: 'string',
            format: 'date-time',
          },
          totalPoints: {
            type: 'number',
          },
          tier: {
            $ref: '#/components/schemas/TierId',
          },
          reason: {
            type: 'string',
            enum: ['scheduled', 'tier-change'],
          },
        },
      },
      IngestEventsResponse: {
        type: 'object',
        required: ['accepted', 'duplicates', 'partnersAffected'],
        additionalProperties: false,
        properties: {
          accepted: {
            type: 'integer',
            description: 'Events newly written to the ledger.',
          },
          duplicates: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Ids already in the ledger with the same content; nothing changed for them.',
          },
          partnersAffected: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Entity refs of the partners whose ledger changed.',
          },
        },
      },
      SimulateResponse: {
        allOf: [
          {
            $ref: '#/components/schemas/SimulationResult',
          },
          {
            type: 'object',
            required: ['ignoredEventIds'],
            properties: {
              ignoredEventIds: {
                type: 'array',
                items: {
                  type: 'string',
                },
                description:
                  'Hypothetical events left out because their id is already in the ledger.',
              },
            },
          },
        ],
      },
      DecisionStatus: {
        type: 'string',
        description:
          'Now: `active` (counts), `scheduled` (counts from later), `expired`\n(its end has passed), `revoked`.\n',
        enum: ['active', 'scheduled', 'expired', 'revoked'],
      },
      Adjustment: {
        type: 'object',
        required: [
          'id',
          'partnerRef',
          'points',
          'reason',
          'grantedAt',
          'status',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          partnerRef: {
            type: 'string',
          },
          points: {
            type: 'number',
            description: 'Points added (positive) or withdrawn (negative).',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          reason: {
            type: 'string',
          },
          grantedAt: {
            type: 'string',
            format: 'date-time',
            description: 'It counts from then.',
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
            description:
              'It counts until then (exclusive); absent, until revoked.',
          },
          status: {
            $ref: '#/components/schemas/DecisionStatus',
          },
          revokedAt: {
            type: 'string',
            format: 'date-time',
          },
          revocationReason: {
            type: 'string',
          },
          grantedBy: {
            type: 'string',
            description:
              'Who granted it (a user entity ref); only for callers who may grant adjustments.',
          },
          revokedBy: {
            type: 'string',
            description:
              'Who revoked it; only for callers who may grant adjustments.',
          },
        },
      },
      Exemption: {
        type: 'object',
        required: [
          'id',
          'partnerRef',
          'target',
          'description',
          'reason',
          'from',
          'status',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          partnerRef: {
            type: 'string',
          },
          target: {
            $ref: '#/components/schemas/ExemptionTarget',
          },
          description: {
            type: 'string',
            description:
              'What it waives, in words (from the program in force).',
          },
          reason: {
            type: 'string',
          },
          from: {
            type: 'string',
            format: 'date-time',
          },
          until: {
            type: 'string',
            format: 'date-time',
          },
          status: {
            $ref: '#/components/schemas/DecisionStatus',
          },
          revokedAt: {
            type: 'string',
            format: 'date-time',
          },
          revocationReason: {
            type: 'string',
          },
          grantedBy: {
            type: 'string',
          },
          revokedBy: {
            type: 'string',
          },
        },
      },
      GrantAdjustmentRequest: {
        type: 'object',
        required: ['points', 'reason'],
        additionalProperties: false,
        properties: {
          points: {
            type: 'number',
            minimum: -100000,
            maximum: 100000,
            description: 'Non-zero; counted to the hundredth of a point.',
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
            description: 'Why, in words the partner reads.',
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
        },
      },
      GrantExemptionRequest: {
        type: 'object',
        required: ['target', 'reason'],
        additionalProperties: false,
        properties: {
          target: {
            type: 'object',
            required: ['kind'],
            additionalProperties: false,
            description:
              '`tier-requirement` with `tierId` and `requirementId`, or `metric`\nwith `metricId`.\n',
            properties: {
              kind: {
                type: 'string',
                enum: ['tier-requirement', 'metric'],
              },
              tierId: {
                $ref: '#/components/schemas/TierId',
              },
              requirementId: {
                type: 'string',
                minLength: 1,
                maxLength: 255,
              },
              metricId: {
                type: 'string',
                minLength: 1,
                maxLength: 255,
              },
            },
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
          until: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      RevokeRequest: {
        type: 'object',
        required: ['reason'],
        additionalProperties: false,
        properties: {
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
        },
      },
      CohortBenchmark: {
        type: 'object',
        required: ['partnerRef', 'available', 'minimumSize'],
        additionalProperties: false,
        properties: {
          partnerRef: {
            type: 'string',
          },
          available: {
            type: 'boolean',
            description:
              'False when the partner is not ranked yet or its cohort is too small to be shown.',
          },
          reason: {
            type: 'string',
            enum: ['not-ranked-yet', 'cohort-too-small'],
          },
          minimumSize: {
            type: 'integer',
            description: 'The smallest cohort that is shown.',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          cohortSize: {
            type: 'integer',
            description: 'Partners in the cohort, the partner included.',
          },
          snapshotTakenAt: {
            type: 'string',
            format: 'date-time',
          },
          rankedAt: {
            type: 'string',
            format: 'date-time',
          },
          overall: {
            type: 'object',
            required: ['percentile'],
            additionalProperties: false,
            properties: {
              percentile: {
                type: 'integer',
                minimum: 0,
                maximum: 100,
              },
            },
          },
          pillars: {
            type: 'array',
            items: {
              type: 'object',
              required: ['pillarId', 'percentile'],
              additionalProperties: false,
              properties: {
                pillarId: {
                  type: 'string',
                },
                percentile: {
                  type: 'integer',
                  minimum: 0,
                  maximum: 100,
                },
              },
            },
          },
        },
      },
      ProgramOverview: {
        type: 'object',
        required: [
          'asOf',
          'partners',
          'tiers',
          'atRisk',
          'withinReach',
          'withinReachSteps',
          'horizonDays',
          'quarters',
        ],
        additionalProperties: false,
        properties: {
          asOf: {
            type: 'string',
            format: 'date-time',
          },
          partners: {
            type: 'integer',
            description: 'Partners in the overview (after access and filters).',
          },
          tiers: {
            type: 'array',
            description:
              'Every tier of the program, lowest first, with its partners.',
            items: {
              type: 'object',
              required: ['tier', 'partners'],
              additionalProperties: false,
              properties: {
                tier: {
                  $ref: '#/components/schemas/TierId',
                },
                partners: {
                  type: 'integer',
                },
              },
            },
          },
          atRisk: {
            type: 'integer',
            description:
              'Partners whose forecast shows a lower tier within `horizonDays`.',
          },
          withinReach: {
            type: 'integer',
            description:
              'Partners a plan of at most `withinReachSteps` actions takes to the next tier.',
          },
          withinReachSteps: {
            type: 'integer',
          },
          horizonDays: {
            type: 'integer',
          },
          quarters: {
            type: 'array',
            description: 'Oldest first.',
            items: {
              type: 'object',
              required: [
                'quarter',
                'start',
                'end',
                'promoted',
                'demoted',
                'unchanged',
                'transitions',
              ],
              additionalProperties: false,
              properties: {
                quarter: {
                  type: 'string',
                  example: '2026-Q4',
                },
                start: {
                  type: 'string',
                  format: 'date-time',
                },
                end: {
                  type: 'string',
                  format: 'date-time',
                  description:
                    "The quarter's end, or now for the current quarter.",
                },
                promoted: {
                  type: 'integer',
                },
                demoted: {
                  type: 'integer',
                },
                unchanged: {
                  type: 'integer',
                },
                transitions: {
                  type: 'array',
                  description:
                    'Partners by tier at the start and at the end (their latest\nsnapshot at or before each); `from` is absent for partners\nwith no snapshot at the start.\n',
                  items: {
                    type: 'object',
                    required: ['to', 'partners'],
                    additionalProperties: false,
                    properties: {
                      from: {
                        $ref: '#/components/schemas/TierId',
                      },
                      to: {
                        $ref: '#/components/schemas/TierId',
                      },
                      partners: {
                        type: 'integer',
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      OverviewPartner: {
        type: 'object',
        required: ['partner', 'tier', 'totalPoints', 'evaluatedAt'],
        additionalProperties: false,
        properties: {
          partner: {
            type: 'object',
            required: ['entityRef', 'title', 'businessModels'],
            additionalProperties: false,
            properties: {
              entityRef: {
                type: 'string',
              },
              title: {
                type: 'string',
              },
              businessModels: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          tier: {
            $ref: '#/components/schemas/TierId',
          },
          totalPoints: {
            type: 'number',
          },
          nextTier: {
            $ref: '#/components/schemas/TierId',
          },
          pointsToNextTier: {
            type: 'number',
          },
          planSteps: {
            type: 'integer',
            description:
              'Steps of the plan to the next tier, when it is within reach.',
          },
          dropsOn: {
            type: 'string',
            format: 'date',
            description: 'The first day the forecast shows a lower tier.',
          },
          dropsToTier: {
            $ref: '#/components/schemas/TierId',
          },
          evaluatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      Standing: {
        type: 'object',
        properties: {
          partnerId: {
            type: 'string',
          },
          asOf: {
            type: 'string',
          },
          programVersion: {
            type: 'string',
          },
          tier: {
            $ref: '#/components/schemas/TierId',
          },
          tierName: {
            type: 'string',
          },
          totalPoints: {
            type: 'number',
          },
          pointsByBusinessModel: {
            type: 'object',
            properties: {
              'solution-services': {
                type: 'number',
              },
              'solution-builder': {
                type: 'number',
              },
              'cloud-solution-provider': {
                type: 'number',
              },
              'solution-reseller': {
                type: 'number',
              },
            },
            required: [
              'solution-services',
              'solution-builder',
              'cloud-solution-provider',
              'solution-reseller',
            ],
            additionalProperties: false,
          },
          pointsByPillar: {
            type: 'object',
            additionalProperties: {
              type: 'number',
            },
          },
          pooling: {
            $ref: '#/components/schemas/PoolingBreakdown',
          },
          metrics: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MetricStanding',
            },
          },
          nextTier: {
            anyOf: [
              {
                $ref: '#/components/schemas/NextTier',
              },
              {
                type: 'null',
              },
            ],
          },
          actions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/NextBestAction',
            },
          },
          expiring: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ExpiringPoints',
            },
          },
          benefits: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TierBenefit',
            },
          },
          adjustments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/StandingAdjustment',
            },
          },
          exemptions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/StandingExemption',
            },
          },
        },
        required: [
          'partnerId',
          'asOf',
          'programVersion',
          'tier',
          'tierName',
          'totalPoints',
          'pointsByBusinessModel',
          'pointsByPillar',
          'pooling',
          'metrics',
          'nextTier',
          'actions',
          'expiring',
          'benefits',
          'adjustments',
          'exemptions',
        ],
        additionalProperties: false,
        description:
          'Generated from the TypeScript type @partner-studio/scoring#Standing.',
      },
      SimulationResult: {
        type: 'object',
        properties: {
          standing: {
            $ref: '#/components/schemas/Standing',
          },
          baseline: {
            $ref: '#/components/schemas/Standing',
          },
          delta: {
            $ref: '#/components/schemas/StandingDelta',
          },
        },
        required: ['standing', 'baseline', 'delta'],
        additionalProperties: false,
        description:
          'Generated from the TypeScript type @partner-studio/scoring#SimulationResult.',
      },
      Program: {
        type: 'object',
        properties: {
          version: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          effectiveFrom: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          pooling: {
            $ref: '#/components/schemas/PoolingRule',
          },
          businessModels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BusinessModelDefinition',
            },
          },
          pillars: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PillarDefinition',
            },
          },
          metrics: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MetricDefinition',
            },
          },
          tiers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TierDefinition',
            },
          },
          actions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ActionDefinition',
            },
          },
          plays: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PlayDefinition',
            },
          },
          igniteCourses: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/IgniteCourseDefinition',
            },
          },
          specializations: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SpecializationDefinition',
            },
          },
          competencies: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CompetencyDefinition',
            },
          },
        },
        required: [
          'version',
          'name',
          'effectiveFrom',
          'pooling',
          'businessModels',
          'pillars',
          'metrics',
          'tiers',
          'actions',
          'plays',
          'igniteCourses',
          'specializations',
          'competencies',
        ],
        additionalProperties: false,
        description:
          'Generated from the TypeScript type @partner-studio/scoring#Program.',
      },
      PerformanceEvent: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          partnerId: {
            type: 'string',
          },
          type: {
            $ref: '#/components/schemas/EventType',
          },
          occurredAt: {
            type: 'string',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          customerId: {
            type: 'string',
          },
          quantity: {
            type: 'number',
          },
          amount: {
            type: 'number',
          },
          attributes: {
            $ref: '#/components/schemas/EventAttributes',
          },
        },
        required: ['id', 'partnerId', 'type', 'occurredAt'],
        additionalProperties: false,
        description:
          'Generated from the TypeScript type @partner-studio/scoring#PerformanceEvent.',
      },
      TierId: {
        type: 'string',
        enum: ['community', 'select', 'advanced', 'principal', 'pinnacle'],
        description:
          'Generated from the TypeScript type @partner-studio/scoring#TierId.',
      },
      BusinessModelId: {
        type: 'string',
        enum: [
          'solution-services',
          'solution-builder',
          'cloud-solution-provider',
          'solution-reseller',
        ],
        description:
          'Generated from the TypeScript type @partner-studio/scoring#BusinessModelId.',
      },
      ExemptionTarget: {
        anyOf: [
          {
            type: 'object',
            properties: {
              kind: {
                type: 'string',
                enum: ['tier-requirement'],
              },
              tierId: {
                $ref: '#/components/schemas/TierId',
              },
              requirementId: {
                type: 'string',
              },
            },
            required: ['kind', 'tierId', 'requirementId'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              kind: {
                type: 'string',
                enum: ['metric'],
              },
              metricId: {
                type: 'string',
              },
            },
            required: ['kind', 'metricId'],
            additionalProperties: false,
          },
        ],
        description:
          'Generated from the TypeScript type @partner-studio/scoring#ExemptionTarget.',
      },
      PoolingBreakdown: {
        type: 'object',
        properties: {
          sharedPoints: {
            type: 'number',
          },
          earnedByBusinessModel: {
            type: 'object',
            properties: {
              'solution-services': {
                type: 'number',
              },
              'solution-builder': {
                type: 'number',
              },
              'cloud-solution-provider': {
                type: 'number',
              },
              'solution-reseller': {
                type: 'number',
              },
            },
            required: [
              'solution-services',
              'solution-builder',
              'cloud-solution-provider',
              'solution-reseller',
            ],
            additionalProperties: false,
          },
          perBusinessModelCap: {
            type: 'number',
          },
          totalCap: {
            type: 'number',
          },
          sharedAdjustmentPoints: {
            type: 'number',
          },
          adjustmentPointsByBusinessModel: {
            type: 'object',
            properties: {
              'solution-services': {
                type: 'number',
              },
              'solution-builder': {
                type: 'number',
              },
              'cloud-solution-provider': {
                type: 'number',
              },
              'solution-reseller': {
                type: 'number',
              },
            },
            required: [
              'solution-services',
              'solution-builder',
              'cloud-solution-provider',
              'solution-reseller',
            ],
            additionalProperties: false,
          },
          beforeTotalCap: {
            type: 'number',
          },
        },
        required: [
          'sharedPoints',
          'earnedByBusinessModel',
          'sharedAdjustmentPoints',
          'adjustmentPointsByBusinessModel',
          'beforeTotalCap',
        ],
        additionalProperties: false,
      },
      MetricStanding: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          pillar: {
            type: 'string',
          },
          pillarKind: {
            $ref: '#/components/schemas/PillarKind',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          aggregation: {
            $ref: '#/components/schemas/Aggregation',
          },
          windowDays: {
            type: 'number',
          },
          value: {
            type: 'number',
          },
          target: {
            type: 'number',
          },
          unit: {
            type: 'string',
          },
          progress: {
            type: 'number',
          },
          points: {
            type: 'number',
          },
          maxPoints: {
            type: 'number',
          },
          contributions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventContribution',
            },
          },
          waivedBy: {
            type: 'string',
          },
        },
        required: [
          'id',
          'name',
          'pillar',
          'pillarKind',
          'aggregation',
          'windowDays',
          'value',
          'target',
          'unit',
          'progress',
          'points',
          'maxPoints',
          'contributions',
        ],
        additionalProperties: false,
      },
      PillarKind: {
        type: 'string',
        enum: ['performance', 'capability'],
      },
      Aggregation: {
        type: 'string',
        enum: ['sum', 'count', 'distinct', 'ratio', 'growth'],
      },
      EventContribution: {
        type: 'object',
        properties: {
          eventId: {
            type: 'string',
          },
          points: {
            type: 'number',
          },
        },
        required: ['eventId', 'points'],
        additionalProperties: false,
      },
      NextTier: {
        type: 'object',
        properties: {
          tier: {
            $ref: '#/components/schemas/TierId',
          },
          tierName: {
            type: 'string',
          },
          threshold: {
            type: 'number',
          },
          pointsNeeded: {
            type: 'number',
          },
          unmetRequirements: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/UnmetRequirement',
            },
          },
        },
        required: [
          'tier',
          'tierName',
          'threshold',
          'pointsNeeded',
          'unmetRequirements',
        ],
        additionalProperties: false,
      },
      UnmetRequirement: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          type: {
            type: 'string',
            enum: [
              'pillar-kind-points',
              'pillar-points',
              'metric-points',
              'invitation',
            ],
          },
          description: {
            type: 'string',
          },
          current: {
            type: 'number',
          },
          required: {
            type: 'number',
          },
        },
        required: ['id', 'type', 'description'],
        additionalProperties: false,
      },
      NextBestAction: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          actionId: {
            type: 'string',
          },
          metricId: {
            type: 'string',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          link: {
            $ref: '#/components/schemas/ActionLink',
          },
          estimatedPoints: {
            type: 'number',
          },
          exampleEvent: {
            $ref: '#/components/schemas/PerformanceEvent',
          },
          resultingTotalPoints: {
            type: 'number',
          },
          resultingTier: {
            $ref: '#/components/schemas/TierId',
          },
          resultingTierName: {
            type: 'string',
          },
          metrics: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MetricDelta',
            },
          },
          requirements: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RequirementProgress',
            },
          },
          catalogEntry: {
            type: 'object',
            properties: {
              id: {
                type: 'string',
              },
              name: {
                type: 'string',
              },
            },
            required: ['id', 'name'],
            additionalProperties: false,
          },
        },
        required: [
          'id',
          'actionId',
          'metricId',
          'title',
          'description',
          'link',
          'estimatedPoints',
          'exampleEvent',
          'resultingTotalPoints',
          'resultingTier',
          'resultingTierName',
          'metrics',
          'requirements',
        ],
        additionalProperties: false,
      },
      ActionLink: {
        type: 'object',
        properties: {
          kind: {
            $ref: '#/components/schemas/ActionLinkKind',
          },
          ref: {
            type: 'string',
          },
          label: {
            type: 'string',
          },
        },
        required: ['kind', 'ref', 'label'],
        additionalProperties: false,
      },
      ActionLinkKind: {
        type: 'string',
        enum: ['hub', 'lab', 'ignite', 'play'],
      },
      EventType: {
        type: 'string',
        enum: [
          'opportunity_registered',
          'deal_won',
          'deal_influenced',
          'renewal_booked',
          'upsell_booked',
          'licenses_purchased',
          'licenses_deployed',
          'consumption_reported',
          'service_days_delivered',
          'managed_service_month',
          'certification_earned',
          'competency_earned',
          'specialization_earned',
          'ignite_course_completed',
          'play_executed',
          'lab_stage_completed',
          'event_reversed',
        ],
      },
      EventAttributes: {
        type: 'object',
        additionalProperties: {
          type: ['string', 'number', 'boolean'],
        },
      },
      MetricDelta: {
        type: 'object',
        properties: {
          metricId: {
            type: 'string',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          before: {
            type: 'number',
          },
          after: {
            type: 'number',
          },
          delta: {
            type: 'number',
          },
        },
        required: ['metricId', 'before', 'after', 'delta'],
        additionalProperties: false,
      },
      RequirementProgress: {
        type: 'object',
        properties: {
          tier: {
            $ref: '#/components/schemas/TierId',
          },
          requirementId: {
            type: 'string',
          },
          type: {
            type: 'string',
            enum: [
              'pillar-kind-points',
              'pillar-points',
              'metric-points',
              'invitation',
            ],
          },
          description: {
            type: 'string',
          },
          before: {
            type: 'number',
          },
          after: {
            type: 'number',
          },
          required: {
            type: 'number',
          },
        },
        required: [
          'tier',
          'requirementId',
          'type',
          'description',
          'before',
          'after',
          'required',
        ],
        additionalProperties: false,
      },
      ExpiringPoints: {
        type: 'object',
        properties: {
          date: {
            type: 'string',
          },
          points: {
            type: 'number',
          },
          metricIds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          resultingTotalPoints: {
            type: 'number',
          },
          resultingTier: {
            $ref: '#/components/schemas/TierId',
          },
          resultingTierName: {
            type: 'string',
          },
          causes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ForecastCause',
            },
          },
        },
        required: [
          'date',
          'points',
          'metricIds',
          'resultingTotalPoints',
          'resultingTier',
          'resultingTierName',
          'causes',
        ],
        additionalProperties: false,
      },
      ForecastCause: {
        type: 'object',
        properties: {
          type: {
            type: 'string',
            enum: [
              'window',
              'dated-event',
              'reversed',
              'adjustment-starts',
              'adjustment-ends',
              'exemption-starts',
              'exemption-ends',
              'program-version',
            ],
          },
          id: {
            type: 'string',
          },
        },
        required: ['type', 'id'],
        additionalProperties: false,
      },
      TierBenefit: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          category: {
            $ref: '#/components/schemas/BenefitCategory',
          },
          value: {
            type: 'number',
          },
          unit: {
            type: 'string',
          },
        },
        required: ['id', 'name', 'description', 'category'],
        additionalProperties: false,
      },
      BenefitCategory: {
        type: 'string',
        enum: [
          'discount',
          'funds',
          'credits',
          'expert-hours',
          'support',
          'enablement',
          'access',
          'recognition',
        ],
      },
      StandingAdjustment: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          points: {
            type: 'number',
          },
          reason: {
            type: 'string',
          },
          grantedAt: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
          },
          businessModel: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          counted: {
            type: 'boolean',
          },
        },
        required: ['id', 'points', 'reason', 'grantedAt', 'counted'],
        additionalProperties: false,
      },
      StandingExemption: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          target: {
            $ref: '#/components/schemas/ExemptionTarget',
          },
          reason: {
            type: 'string',
          },
          from: {
            type: 'string',
          },
          until: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          applied: {
            type: 'boolean',
          },
        },
        required: ['id', 'target', 'reason', 'from', 'description', 'applied'],
        additionalProperties: false,
      },
      StandingDelta: {
        type: 'object',
        properties: {
          totalPoints: {
            type: 'number',
          },
          tierChanged: {
            type: 'boolean',
          },
          tierBefore: {
            $ref: '#/components/schemas/TierId',
          },
          tierAfter: {
            $ref: '#/components/schemas/TierId',
          },
          metrics: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MetricDelta',
            },
          },
        },
        required: [
          'totalPoints',
          'tierChanged',
          'tierBefore',
          'tierAfter',
          'metrics',
        ],
        additionalProperties: false,
      },
      PoolingRule: {
        type: 'object',
        properties: {
          perBusinessModelCap: {
            type: 'number',
          },
          totalCap: {
            type: 'number',
          },
        },
        additionalProperties: false,
      },
      BusinessModelDefinition: {
        type: 'object',
        properties: {
          id: {
            $ref: '#/components/schemas/BusinessModelId',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
        },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      PillarDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          kind: {
            $ref: '#/components/schemas/PillarKind',
          },
          description: {
            type: 'string',
          },
        },
        required: ['id', 'name', 'kind'],
        additionalProperties: false,
      },
      MetricDefinition: {
        anyOf: [
          {
            $ref: '#/components/schemas/SumMetricDefinition',
          },
          {
            $ref: '#/components/schemas/CountMetricDefinition',
          },
          {
            $ref: '#/components/schemas/DistinctMetricDefinition',
          },
          {
            $ref: '#/components/schemas/RatioMetricDefinition',
          },
          {
            $ref: '#/components/schemas/GrowthMetricDefinition',
          },
        ],
      },
      SumMetricDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          pillar: {
            type: 'string',
          },
          unit: {
            type: 'string',
          },
          windowDays: {
            type: 'number',
          },
          target: {
            type: 'number',
          },
          maxPoints: {
            type: 'number',
          },
          perBusinessModel: {
            type: 'boolean',
          },
          businessModels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BusinessModelId',
            },
          },
          filter: {
            $ref: '#/components/schemas/MetricFilter',
          },
          catalog: {
            $ref: '#/components/schemas/MetricCatalog',
          },
          aggregation: {
            type: 'string',
            enum: ['sum'],
          },
          events: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
          field: {
            $ref: '#/components/schemas/ValueField',
          },
          perEventCap: {
            type: 'number',
          },
        },
        required: [
          'aggregation',
          'events',
          'field',
          'id',
          'maxPoints',
          'name',
          'perBusinessModel',
          'pillar',
          'target',
          'unit',
          'windowDays',
        ],
        additionalProperties: false,
      },
      MetricFilter: {
        type: 'object',
        properties: {
          attributes: {
            type: 'object',
            additionalProperties: {
              anyOf: [
                {
                  type: 'string',
                },
                {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
              ],
            },
          },
        },
        required: ['attributes'],
        additionalProperties: false,
      },
      MetricCatalog: {
        type: 'object',
        properties: {
          list: {
            $ref: '#/components/schemas/CatalogList',
          },
          kind: {
            type: 'string',
            enum: ['strategy', 'velocity'],
          },
          track: {
            type: 'string',
            enum: ['technical', 'commercial', 'marketing'],
          },
          except: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        required: ['list'],
        additionalProperties: false,
      },
      CatalogList: {
        type: 'string',
        enum: ['plays', 'igniteCourses', 'specializations', 'competencies'],
      },
      ValueField: {
        type: 'string',
        enum: ['amount', 'quantity'],
      },
      CountMetricDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          pillar: {
            type: 'string',
          },
          unit: {
            type: 'string',
          },
          windowDays: {
            type: 'number',
          },
          target: {
            type: 'number',
          },
          maxPoints: {
            type: 'number',
          },
          perBusinessModel: {
            type: 'boolean',
          },
          businessModels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BusinessModelId',
            },
          },
          filter: {
            $ref: '#/components/schemas/MetricFilter',
          },
          catalog: {
            $ref: '#/components/schemas/MetricCatalog',
          },
          aggregation: {
            type: 'string',
            enum: ['count'],
          },
          events: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
        },
        required: [
          'aggregation',
          'events',
          'id',
          'maxPoints',
          'name',
          'perBusinessModel',
          'pillar',
          'target',
          'unit',
          'windowDays',
        ],
        additionalProperties: false,
      },
      DistinctMetricDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          pillar: {
            type: 'string',
          },
          unit: {
            type: 'string',
          },
          windowDays: {
            type: 'number',
          },
          target: {
            type: 'number',
          },
          maxPoints: {
            type: 'number',
          },
          perBusinessModel: {
            type: 'boolean',
          },
          businessModels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BusinessModelId',
            },
          },
          filter: {
            $ref: '#/components/schemas/MetricFilter',
          },
          catalog: {
            $ref: '#/components/schemas/MetricCatalog',
          },
          aggregation: {
            type: 'string',
            enum: ['distinct'],
          },
          events: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
          distinctBy: {
            type: 'string',
          },
        },
        required: [
          'aggregation',
          'distinctBy',
          'events',
          'id',
          'maxPoints',
          'name',
          'perBusinessModel',
          'pillar',
          'target',
          'unit',
          'windowDays',
        ],
        additionalProperties: false,
      },
      RatioMetricDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          pillar: {
            type: 'string',
          },
          unit: {
            type: 'string',
          },
          windowDays: {
            type: 'number',
          },
          target: {
            type: 'number',
          },
          maxPoints: {
            type: 'number',
          },
          perBusinessModel: {
            type: 'boolean',
          },
          businessModels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BusinessModelId',
            },
          },
          filter: {
            $ref: '#/components/schemas/MetricFilter',
          },
          catalog: {
            $ref: '#/components/schemas/MetricCatalog',
          },
          aggregation: {
            type: 'string',
            enum: ['ratio'],
          },
          numerator: {
            $ref: '#/components/schemas/RatioTerm',
          },
          denominator: {
            $ref: '#/components/schemas/RatioTerm',
          },
          perCustomer: {
            type: 'boolean',
          },
        },
        required: [
          'aggregation',
          'denominator',
          'id',
          'maxPoints',
          'name',
          'numerator',
          'perBusinessModel',
          'perCustomer',
          'pillar',
          'target',
          'unit',
          'windowDays',
        ],
        additionalProperties: false,
      },
      RatioTerm: {
        type: 'object',
        properties: {
          events: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
          field: {
            $ref: '#/components/schemas/ValueField',
          },
        },
        required: ['events', 'field'],
        additionalProperties: false,
      },
      GrowthMetricDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          pillar: {
            type: 'string',
          },
          unit: {
            type: 'string',
          },
          windowDays: {
            type: 'number',
          },
          target: {
            type: 'number',
          },
          maxPoints: {
            type: 'number',
          },
          perBusinessModel: {
            type: 'boolean',
          },
          businessModels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BusinessModelId',
            },
          },
          filter: {
            $ref: '#/components/schemas/MetricFilter',
          },
          catalog: {
            $ref: '#/components/schemas/MetricCatalog',
          },
          aggregation: {
            type: 'string',
            enum: ['growth'],
          },
          events: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
          field: {
            $ref: '#/components/schemas/ValueField',
          },
        },
        required: [
          'aggregation',
          'events',
          'field',
          'id',
          'maxPoints',
          'name',
          'perBusinessModel',
          'pillar',
          'target',
          'unit',
          'windowDays',
        ],
        additionalProperties: false,
      },
      TierDefinition: {
        type: 'object',
        properties: {
          id: {
            $ref: '#/components/schemas/TierId',
          },
          name: {
            type: 'string',
          },
          threshold: {
            type: 'number',
          },
          description: {
            type: 'string',
          },
          requirements: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TierRequirement',
            },
          },
          benefits: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TierBenefit',
            },
          },
        },
        required: ['id', 'name', 'threshold', 'requirements', 'benefits'],
        additionalProperties: false,
      },
      TierRequirement: {
        anyOf: [
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                enum: ['pillar-kind-points'],
              },
              id: {
                type: 'string',
              },
              pillarKind: {
                $ref: '#/components/schemas/PillarKind',
              },
              minPoints: {
                type: 'number',
              },
              description: {
                type: 'string',
              },
            },
            required: ['type', 'id', 'pillarKind', 'minPoints'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                enum: ['pillar-points'],
              },
              id: {
                type: 'string',
              },
              pillar: {
                type: 'string',
              },
              minPoints: {
                type: 'number',
              },
              description: {
                type: 'string',
              },
            },
            required: ['type', 'id', 'pillar', 'minPoints'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                enum: ['metric-points'],
              },
              id: {
                type: 'string',
              },
              metric: {
                type: 'string',
              },
              minPoints: {
                type: 'number',
              },
              description: {
                type: 'string',
              },
            },
            required: ['type', 'id', 'metric', 'minPoints'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                enum: ['invitation'],
              },
              id: {
                type: 'string',
              },
              description: {
                type: 'string',
              },
            },
            required: ['type', 'id'],
            additionalProperties: false,
          },
        ],
      },
      ActionDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          metric: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          link: {
            $ref: '#/components/schemas/ActionLink',
          },
          example: {
            $ref: '#/components/schemas/ActionExample',
          },
        },
        required: ['id', 'metric', 'title', 'description', 'link', 'example'],
        additionalProperties: false,
      },
      ActionExample: {
        type: 'object',
        properties: {
          type: {
            $ref: '#/components/schemas/EventType',
          },
          quantity: {
            type: 'number',
          },
          amount: {
            type: 'number',
          },
          attributes: {
            type: 'object',
            additionalProperties: {
              type: ['string', 'number', 'boolean'],
            },
          },
          customer: {
            type: 'string',
            enum: ['new', 'none', 'existing'],
          },
          catalogEntry: {
            type: 'string',
            enum: ['next'],
          },
        },
        required: ['type', 'customer'],
        additionalProperties: false,
      },
      PlayDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['strategy', 'velocity'],
          },
          description: {
            type: 'string',
          },
        },
        required: ['id', 'name', 'kind'],
        additionalProperties: false,
      },
      IgniteCourseDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          track: {
            type: 'string',
            enum: ['technical', 'commercial', 'marketing'],
          },
          description: {
            type: 'string',
          },
        },
        required: ['id', 'name', 'track'],
        additionalProperties: false,
      },
      SpecializationDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          options: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SpecializationOption',
            },
          },
        },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      SpecializationOption: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          requires: {
            $ref: '#/components/schemas/OptionRequirement',
          },
        },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      OptionRequirement: {
        type: 'object',
        properties: {
          description: {
            type: 'string',
          },
          events: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
          filter: {
            $ref: '#/components/schemas/MetricFilter',
          },
          aggregation: {
            type: 'string',
            enum: ['count', 'sum'],
          },
          field: {
            $ref: '#/components/schemas/ValueField',
          },
          min: {
            type: 'number',
          },
          windowDays: {
            type: 'number',
          },
        },
        required: ['description', 'events', 'aggregation', 'min', 'windowDays'],
        additionalProperties: false,
      },
      CompetencyDefinition: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
        },
        required: ['id', 'name'],
        additionalProperties: false,
      },
    },
  },
};
