// *******************************************************************
// * Generated from src/schema/openapi.yaml by scripts/generate-openapi.mjs.
// * Do not edit: change the OpenAPI document and run yarn generate:openapi.
// *******************************************************************
import type { OpenApiDocument } from '@partner-studio/plugin-partner-studio-node';

/** The solutions-lab OpenAPI document (src/schema/openapi.yaml). */
export const spec: OpenApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'solutions-lab',
    version: '1.0.0',
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
    description:
      "The Solutions Lab of Partner Studio, mounted at `/api/solutions-lab`:\nexpert-guided engagements that take a partner's solution through the\nstages of a playbook, development and commercialization.\n\n**Who may do what.** Every route needs a Backstage token. A partner's\nmembers see and work on their partner's engagements; vendor experts see\nthe engagements assigned to them and the unassigned queue, and decide on\nthe ones assigned to them; program admins see and do everything,\nincluding assignment. The permission framework is asked first (the\npermissions are in `@partner-studio/plugin-partner-studio-common`; a\npolicy's conditional decisions over the engagement rules `HAS_PARTNER`,\n`IS_ASSIGNED_TO`, `IS_UNASSIGNED` and `HAS_PLAYBOOK` are applied in SQL,\non every page); the Lab's own scoping applies as well. An engagement the\ncaller may not see (`solutions-lab.engagement.read`) answers the same\n`404` as one that does not exist; one it may see but not act on answers\n`403`.\n\n**Input.** Every parameter and body field is validated: an unknown query\nparameter, an unknown body field, a value out of its limits or an\nimpossible date (`2026-02-31`) is a `400` naming it, and nothing is\nwritten. Evidence links are http(s) only.\n\n**Concurrency.** Decisions carry the `version` of the engagement they\nwere taken on (`expectedVersion`); if it has changed since (another\ndecision, a checklist change, an assignment), the decision is refused\nwith `409` and nothing changes. Checklist changes and assignments may\ncarry it too.\n\n**Live.** Every change is published on the signal channel\n`solutions-lab:engagement` (`{ engagementId, version, kind }`) to those\nwho can see the engagement; pages fetch the engagement again.\n\n**Points.** A stage passed emits the points events its playbook names\n(`lab_stage_completed` with id `solutions-lab:<engagementId>:<stageId>`;\ncompleting the Partner-Led Customer Success playbook also\n`specialization_earned` with id\n`solutions-lab:<engagementId>:specialization`), delivered to partner\npoints through an outbox: at least once, counted once.\n",
  },
  servers: [
    {
      url: '/api/solutions-lab',
    },
  ],
  security: [
    {
      BackstageToken: [],
    },
  ],
  paths: {
    '/playbooks': {
      get: {
        operationId: 'ListPlaybooks',
        description:
          "The playbooks of this installation, with their stages, exit\ncriteria, SLAs, recommended Hub categories and tools, and the points\neach stage's completion earns as the scoring program in force\ndefines them. Any signed-in user.\n",
        responses: {
          '200': {
            description: 'The playbooks, shipped ones first.',
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
                        $ref: '#/components/schemas/Playbook',
                      },
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
    '/engagements': {
      get: {
        operationId: 'ListEngagements',
        description:
          "The engagements the caller may see, filtered and paginated in SQL\n(a conditional decision of the permission policy included). Newest\nfirst by default; `sort=sla` puts the nearest SLA deadline first\n(the expert's queue), engagements without a running clock (on hold,\nfinished) last. Permission: `solutions-lab.engagement.read`.\n",
        parameters: [
          {
            name: 'status',
            in: 'query',
            description:
              'Only these statuses (repeat the parameter for several).',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 4,
              uniqueItems: true,
              items: {
                $ref: '#/components/schemas/EngagementStatus',
              },
            },
          },
          {
            name: 'playbookId',
            in: 'query',
            description: 'Only engagements of this playbook.',
            schema: {
              $ref: '#/components/schemas/Id',
            },
          },
          {
            name: 'stageId',
            in: 'query',
            description: 'Only engagements whose current stage is this one.',
            schema: {
              $ref: '#/components/schemas/Id',
            },
          },
          {
            name: 'partnerRef',
            in: 'query',
            description:
              'Only these partners (full entity refs; repeat for several, at most 100).',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 100,
              items: {
                $ref: '#/components/schemas/PartnerRef',
              },
            },
          },
          {
            name: 'assigned',
            in: 'query',
            description:
              '`me`: assigned to the caller; `unassigned`: the queue. Experts and\nprogram admins only (400 for a partner member).\n',
            schema: {
              type: 'string',
              enum: ['me', 'unassigned'],
            },
          },
          {
            name: 'slaRisk',
            in: 'query',
            description:
              'Only active engagements whose current stage is `on-track`,\n`at-risk` (past the configured fraction of its SLA) or `breached`\n(past its SLA). Repeat for several.\n',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 3,
              uniqueItems: true,
              items: {
                type: 'string',
                enum: ['on-track', 'at-risk', 'breached'],
              },
            },
          },
          {
            name: 'sort',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['newest', 'sla'],
              default: 'newest',
            },
          },
          {
            $ref: '#/components/parameters/cursor',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'One page; `nextCursor` is absent on the last.',
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
                        $ref: '#/components/schemas/EngagementSummary',
                      },
                    },
                    nextCursor: {
                      type: 'string',
                      maxLength: 512,
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
      post: {
        operationId: 'RequestEngagement',
        description:
          "A partner member requests an engagement for its partner (a program\nadmin may request one on behalf of a partner, naming `partnerRef`).\nIt starts in the playbook's first stage, unassigned; the vendor\nexperts are notified. A playbook with paths (Partner-Led Customer\nSuccess) needs `path`. Permission: `solutions-lab.engagement.create`.\n",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['playbookId', 'solutionName'],
                additionalProperties: false,
                properties: {
                  partnerRef: {
                    allOf: [
                      {
                        $ref: '#/components/schemas/PartnerRef',
                      },
                    ],
                    description:
                      'Required for program admins, and for members of several partners.',
                  },
                  playbookId: {
                    $ref: '#/components/schemas/Id',
                  },
                  path: {
                    $ref: '#/components/schemas/Id',
                  },
                  solutionName: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 120,
                  },
                  description: {
                    type: 'string',
                    maxLength: 4000,
                  },
                },
              },
              example: {
                playbookId: 'partner-led-customer-success',
                path: 'resell',
                solutionName: 'Contoso Success Services',
                description:
                  "Attach the vendor's success package to our platform deals.",
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The new engagement.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EngagementDetail',
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
    '/engagements/{engagementId}': {
      get: {
        operationId: 'GetEngagement',
        description:
          "One engagement: its stages with their checklists and evidence, the\ngate of the current stage, notes, the most recent 500 timeline\nentries and the SLA clock. Internal notes and the SLA watch's\nentries are left out for partner members. Permission:\n`solutions-lab.engagement.read`.\n",
        parameters: [
          {
            $ref: '#/components/parameters/engagementId',
          },
        ],
        responses: {
          '200': {
            description: 'The engagement.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EngagementDetail',
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
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/engagements/{engagementId}/checklist/{itemId}': {
      post: {
        operationId: 'SetChecklistItem',
        description:
          "Checks or unchecks an exit criterion of the current stage. The\npartner's members check the items they deliver; items\n`confirmedBy: expert` are checked by the assigned expert or a\nprogram admin, who may check any item. Checking an item whose\n`evidence` is not `none` needs `evidence.url`, an http(s) link.\nUnchecking drops the evidence. Bumps the engagement's version.\nPermission: `solutions-lab.engagement.checklist.update`.\n",
        parameters: [
          {
            $ref: '#/components/parameters/engagementId',
          },
          {
            name: 'itemId',
            in: 'path',
            required: true,
            description: "The criterion's id in the current stage.",
            schema: {
              $ref: '#/components/schemas/Id',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['checked'],
                additionalProperties: false,
                properties: {
                  checked: {
                    type: 'boolean',
                  },
                  evidence: {
                    type: 'object',
                    required: ['url'],
                    additionalProperties: false,
                    properties: {
                      url: {
                        type: 'string',
                        maxLength: 2000,
                        pattern: '^[hH][tT][tT][pP][sS]?://',
                        description:
                          'An absolute http(s) URL without credentials.',
                      },
                      label: {
                        type: 'string',
                        maxLength: 200,
                      },
                    },
                  },
                  expectedVersion: {
                    $ref: '#/components/schemas/Version',
                  },
                },
              },
              example: {
                checked: true,
                evidence: {
                  url: 'https://docs.contoso.example/solution-brief.pdf',
                  label: 'Solution brief v2',
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The engagement after the change.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EngagementDetail',
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
        },
      },
    },
    '/engagements/{engagementId}/decisions': {
      post: {
        operationId: 'DecideEngagement',
        description:
          "A gate decision, by the assigned expert or a program admin:\n\n- `advance`: the current stage's required criteria (on the\n  engagement's path) are met; on to the next stage. The stage's\n  points events are queued.\n- `complete`: the same on the last stage; the engagement is completed.\n- `hold` / `resume`: stops / restarts the SLA clock (`reason`\n  optional: `awaiting-partner`, `awaiting-vendor`, `partner-request`,\n  `other`).\n- `send-back`: back to an earlier stage (`toStageId`, default the\n  previous one), reopening the stages from it on; `reason` required:\n  `evidence-insufficient`, `criteria-not-met`, `quality-issues`,\n  `scope-changed`, `other`.\n- `close`: ends the engagement; `reason` required:\n  `partner-withdrew`, `not-viable`, `duplicate`, `no-response`,\n  `out-of-program-scope`, `other`.\n\n`other` needs a `comment`. A decision the engagement's state does not\nallow is a `400` saying why; a stale `expectedVersion` is a `409`.\nEither way nothing changes. The partner's members are notified.\nPermission: `solutions-lab.engagement.decide`.\n",
        parameters: [
          {
            $ref: '#/components/parameters/engagementId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['decision', 'expectedVersion'],
                additionalProperties: false,
                properties: {
                  decision: {
                    $ref: '#/components/schemas/Decision',
                  },
                  expectedVersion: {
                    $ref: '#/components/schemas/Version',
                  },
                  reason: {
                    $ref: '#/components/schemas/ReasonCode',
                  },
                  comment: {
                    type: 'string',
                    maxLength: 2000,
                  },
                  toStageId: {
                    $ref: '#/components/schemas/Id',
                  },
                },
              },
              example: {
                decision: 'send-back',
                expectedVersion: 7,
                reason: 'evidence-insufficient',
                comment:
                  'The performance report does not cover the 500-tenant target.',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The engagement after the decision.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EngagementDetail',
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
        },
      },
    },
    '/engagements/{engagementId}/notes': {
      post: {
        operationId: 'AddNote',
        description:
          "A note on the engagement. `shared` notes are seen by the partner's\nmembers; `internal` ones only by experts and program admins (partner\nmembers may only write shared ones). Permission:\n`solutions-lab.engagement.note.create`.\n",
        parameters: [
          {
            $ref: '#/components/parameters/engagementId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['body'],
                additionalProperties: false,
                properties: {
                  body: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 4000,
                  },
                  visibility: {
                    $ref: '#/components/schemas/Visibility',
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The note.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Note',
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
    '/engagements/{engagementId}/assignment': {
      put: {
        operationId: 'AssignEngagement',
        description:
          "Program admins assign an open engagement to a vendor expert, or\nunassign it (`expertRef: null`). An expert may take an unassigned\nengagement (`expertRef` = itself); if another expert took it first,\n`409`. The expert assigned is notified. Bumps the engagement's\nversion. Permission: `solutions-lab.engagement.assign`.\n",
        parameters: [
          {
            $ref: '#/components/parameters/engagementId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['expertRef'],
                additionalProperties: false,
                properties: {
                  expertRef: {
                    type: 'string',
                    nullable: true,
                    maxLength: 255,
                    pattern:
                      '^user:[a-zA-Z0-9][a-zA-Z0-9-]*/[a-zA-Z0-9][a-zA-Z0-9._-]*$',
                    example: 'user:default/erin.expert',
                  },
                  expectedVersion: {
                    $ref: '#/components/schemas/Version',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The engagement after the change.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EngagementDetail',
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
        },
      },
    },
    '/analytics/funnel': {
      get: {
        operationId: 'GetFunnel',
        description:
          'The funnel of one playbook over a date range, per stage: entries,\nforward exits, engagements in the stage now, median days in the\nstage (holds excluded), drop-offs (closed in the stage), send-backs\nand SLA breaches. Experts and program admins, over all engagements.\nPermission: `solutions-lab.funnel.read`.\n',
        parameters: [
          {
            name: 'playbookId',
            in: 'query',
            required: true,
            schema: {
              $ref: '#/components/schemas/Id',
            },
          },
          {
            name: 'from',
            in: 'query',
            description:
              'Start of the range, inclusive (date or date-time with timezone). Default one year before `to`.',
            schema: {
              type: 'string',
              maxLength: 40,
              example: '2026-01-01',
            },
          },
          {
            name: 'to',
            in: 'query',
            description:
              'End of the range, exclusive. Default now. The range spans at most 1098 days.',
            schema: {
              type: 'string',
              maxLength: 40,
              example: '2026-12-01',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The funnel.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Funnel',
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
    '/partner-stages': {
      get: {
        operationId: 'ListPartnerStages',
        description:
          "Where partners' engagements stand, for other plugins (the Solutions\nHub unlocks stage-gated tools and marks verified-outcome ratings with\nit). For a signed-in partner member: its partners' engagements\n(`partnerRef` not allowed). For a service principal: the partners\nnamed by `partnerRef` (required). Uses the Lab's own scoping only,\nnever the permission framework, since the permission policy calls\nit.\n",
        parameters: [
          {
            name: 'partnerRef',
            in: 'query',
            description:
              "Partners' full entity refs (repeat for several, at most 100). Service principals only, and required for them.",
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              minItems: 1,
              maxItems: 100,
              items: {
                $ref: '#/components/schemas/PartnerRef',
              },
            },
          },
        ],
        responses: {
          '200': {
            description:
              'Every engagement of these partners, whatever its status.',
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
                        $ref: '#/components/schemas/PartnerStage',
                      },
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
    '/assignments/partners': {
      get: {
        operationId: 'ListAssignedPartners',
        description:
          "For a signed-in vendor expert: the partners of the open (active or\non hold) engagements assigned to it. The access model uses it so\nthat an assigned expert may read that partner's program standing.\nLab scoping only, never the permission framework. Other callers get\n`403`.\n",
        responses: {
          '200': {
            description: "The partners' full entity refs, sorted.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['partnerRefs'],
                  additionalProperties: false,
                  properties: {
                    partnerRefs: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/PartnerRef',
                      },
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
  },
  components: {
    securitySchemes: {
      BackstageToken: {
        type: 'http',
        scheme: 'bearer',
      },
    },
    parameters: {
      engagementId: {
        name: 'engagementId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 64,
          pattern: '^[A-Za-z0-9._-]+$',
        },
      },
      cursor: {
        name: 'cursor',
        in: 'query',
        description:
          'The `nextCursor` of the previous page, for the same filters and sort.',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 512,
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        description: 'Page size.',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 200,
          default: 50,
        },
      },
    },
    responses: {
      BadRequest: {
        description: 'Bad input, named in the message; nothing was written.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthenticated: {
        description: 'No or an invalid Backstage token.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotAllowed: {
        description: 'The caller may see the engagement but not do this.',
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
          'No such engagement, or not one the caller may see (the same answer).',
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
          'The engagement changed since `expectedVersion` (or while the change was applied); nothing changed. Reload and try again.',
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
      Id: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      },
      PartnerRef: {
        type: 'string',
        maxLength: 255,
        pattern: '^group:[a-zA-Z0-9][a-zA-Z0-9-]*/[a-zA-Z0-9][a-zA-Z0-9._-]*$',
        example: 'group:default/contoso-solutions',
      },
      UserRef: {
        type: 'string',
        maxLength: 255,
        example: 'user:default/erin.expert',
      },
      Timestamp: {
        type: 'string',
        format: 'date-time',
      },
      Version: {
        type: 'integer',
        minimum: 1,
        maximum: 9007199254740991,
        description: "The engagement's `version` the change was based on.",
      },
      EngagementStatus: {
        type: 'string',
        enum: ['active', 'on-hold', 'completed', 'closed'],
      },
      Decision: {
        type: 'string',
        enum: ['advance', 'hold', 'resume', 'send-back', 'close', 'complete'],
      },
      ReasonCode: {
        type: 'string',
        enum: [
          'evidence-insufficient',
          'criteria-not-met',
          'quality-issues',
          'scope-changed',
          'partner-withdrew',
          'not-viable',
          'duplicate',
          'no-response',
          'out-of-program-scope',
          'awaiting-partner',
          'awaiting-vendor',
          'partner-request',
          'other',
        ],
        description:
          'Which codes a decision takes is listed with the decisions.',
      },
      Visibility: {
        type: 'string',
        enum: ['shared', 'internal'],
        default: 'shared',
      },
      StagePhase: {
        type: 'string',
        enum: ['development', 'commercialization', 'specialization'],
      },
      EvidenceKind: {
        type: 'string',
        enum: ['none', 'link', 'validation-report', 'tool-run'],
        description:
          'What a checked item must carry: nothing; an http(s) link to the\ndeliverable; a link to a validation report; a link to a run of the\nHub validation tool named by `tool`.\n',
      },
      Recommends: {
        type: 'object',
        required: ['categories', 'tools'],
        additionalProperties: false,
        properties: {
          categories: {
            type: 'array',
            description: 'Hub category ids.',
            items: {
              type: 'string',
              enum: [
                'sdk',
                'api',
                'sandbox',
                'software-template',
                'validation-tool',
                'reference-architecture',
                'enablement-course',
                'sales-play',
              ],
            },
          },
          tools: {
            type: 'array',
            description: 'Hub tool entity refs.',
            items: {
              type: 'string',
              example: 'tool:default/compute-compatibility-suite',
            },
          },
        },
      },
      Criterion: {
        type: 'object',
        required: [
          'id',
          'title',
          'required',
          'evidence',
          'confirmedBy',
          'paths',
        ],
        additionalProperties: false,
        properties: {
          id: {
            $ref: '#/components/schemas/Id',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          required: {
            type: 'boolean',
          },
          evidence: {
            $ref: '#/components/schemas/EvidenceKind',
          },
          tool: {
            type: 'string',
            description: 'The Hub validation tool (with `evidence: tool-run`).',
          },
          confirmedBy: {
            type: 'string',
            enum: ['partner', 'expert'],
          },
          paths: {
            type: 'array',
            description: 'The paths it applies to; empty for every path.',
            items: {
              $ref: '#/components/schemas/Id',
            },
          },
        },
      },
      StagePoints: {
        type: 'object',
        description:
          "A points event the stage's completion emits, and the program metrics it feeds.",
        required: ['eventType', 'metrics'],
        additionalProperties: false,
        properties: {
          eventType: {
            type: 'string',
            enum: ['lab_stage_completed', 'specialization_earned'],
          },
          metrics: {
            type: 'array',
            items: {
              type: 'object',
              required: [
                'metricId',
                'name',
                'maxPoints',
                'target',
                'unit',
                'windowDays',
              ],
              additionalProperties: false,
              properties: {
                metricId: {
                  type: 'string',
                },
                name: {
                  type: 'string',
                },
                maxPoints: {
                  type: 'number',
                },
                target: {
                  type: 'number',
                },
                unit: {
                  type: 'string',
                },
                windowDays: {
                  type: 'integer',
                },
                businessModels: {
                  type: 'array',
                  description:
                    'A per-business-model metric earns only for these.',
                  items: {
                    type: 'string',
                  },
                },
                pointsPerEvent: {
                  type: 'number',
                  description:
                    'What one more event adds below the target (count and distinct metrics).',
                },
                paths: {
                  type: 'array',
                  description: 'When only some paths feed the metric.',
                  items: {
                    type: 'string',
                  },
                },
              },
            },
          },
        },
      },
      Playbook: {
        type: 'object',
        required: [
          'id',
          'name',
          'summary',
          'businessModels',
          'paths',
          'programVersion',
          'stages',
        ],
        additionalProperties: false,
        properties: {
          id: {
            $ref: '#/components/schemas/Id',
          },
          name: {
            type: 'string',
          },
          summary: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          businessModels: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          paths: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'name'],
              additionalProperties: false,
              properties: {
                id: {
                  $ref: '#/components/schemas/Id',
                },
                name: {
                  type: 'string',
                },
                description: {
                  type: 'string',
                },
              },
            },
          },
          programVersion: {
            type: 'string',
            description: 'The scoring program version the points come from.',
          },
          stages: {
            type: 'array',
            items: {
              type: 'object',
              required: [
                'id',
                'name',
                'phase',
                'description',
                'slaDays',
                'criteria',
                'recommends',
                'points',
              ],
              additionalProperties: false,
              properties: {
                id: {
                  $ref: '#/components/schemas/Id',
                },
                name: {
                  type: 'string',
                },
                phase: {
                  $ref: '#/components/schemas/StagePhase',
                },
                description: {
                  type: 'string',
                },
                slaDays: {
                  type: 'integer',
                },
                criteria: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Criterion',
                  },
                },
                recommends: {
                  $ref: '#/components/schemas/Recommends',
                },
                points: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/StagePoints',
                  },
                },
              },
            },
          },
        },
      },
      SlaClock: {
        type: 'object',
        required: ['state', 'slaDays', 'daysInStage'],
        additionalProperties: false,
        properties: {
          state: {
            type: 'string',
            enum: ['on-track', 'at-risk', 'breached', 'paused', 'finished'],
          },
          slaDays: {
            type: 'number',
          },
          daysInStage: {
            type: 'number',
            description: 'Holds excluded, one decimal.',
          },
          dueAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          atRiskAt: {
            $ref: '#/components/schemas/Timestamp',
          },
        },
      },
      EngagementSummary: {
        type: 'object',
        required: [
          'id',
          'partnerRef',
          'playbookId',
          'solutionName',
          'status',
          'currentStageId',
          'completedStageIds',
          'requestedBy',
          'createdAt',
          'updatedAt',
          'stageEnteredAt',
          'version',
          'sla',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          partnerRef: {
            $ref: '#/components/schemas/PartnerRef',
          },
          playbookId: {
            $ref: '#/components/schemas/Id',
          },
          path: {
            $ref: '#/components/schemas/Id',
          },
          solutionName: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/EngagementStatus',
          },
          currentStageId: {
            $ref: '#/components/schemas/Id',
          },
          completedStageIds: {
            type: 'array',
            description: "In the playbook's order; a send-back reopens stages.",
            items: {
              $ref: '#/components/schemas/Id',
            },
          },
          assignedExpertRef: {
            $ref: '#/components/schemas/UserRef',
          },
          requestedBy: {
            $ref: '#/components/schemas/UserRef',
          },
          createdAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          updatedAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          stageEnteredAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          finishedAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          closeReason: {
            $ref: '#/components/schemas/ReasonCode',
          },
          version: {
            type: 'integer',
            description: 'Send it back as `expectedVersion`.',
          },
          sla: {
            $ref: '#/components/schemas/SlaClock',
          },
        },
      },
      ChecklistItem: {
        type: 'object',
        required: [
          'id',
          'title',
          'required',
          'evidence',
          'confirmedBy',
          'checked',
        ],
        additionalProperties: false,
        properties: {
          id: {
            $ref: '#/components/schemas/Id',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          required: {
            type: 'boolean',
          },
          evidence: {
            $ref: '#/components/schemas/EvidenceKind',
          },
          tool: {
            type: 'string',
          },
          confirmedBy: {
            type: 'string',
            enum: ['partner', 'expert'],
          },
          checked: {
            type: 'boolean',
          },
          evidenceUrl: {
            type: 'string',
          },
          evidenceLabel: {
            type: 'string',
          },
          updatedBy: {
            $ref: '#/components/schemas/UserRef',
          },
          updatedAt: {
            $ref: '#/components/schemas/Timestamp',
          },
        },
      },
      Note: {
        type: 'object',
        required: ['id', 'authorRef', 'visibility', 'body', 'createdAt'],
        additionalProperties: false,
        properties: {
          id: {
            type: 'integer',
          },
          authorRef: {
            $ref: '#/components/schemas/UserRef',
          },
          visibility: {
            $ref: '#/components/schemas/Visibility',
          },
          body: {
            type: 'string',
          },
          createdAt: {
            $ref: '#/components/schemas/Timestamp',
          },
        },
      },
      TimelineEntry: {
        type: 'object',
        required: [
          'id',
          'kind',
          'stageId',
          'actorRef',
          'visibility',
          'occurredAt',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'integer',
          },
          kind: {
            type: 'string',
            enum: [
              'requested',
              'assigned',
              'unassigned',
              'checklist-checked',
              'checklist-unchecked',
              'note-added',
              'decision',
              'sla-at-risk',
              'sla-breached',
            ],
          },
          stageId: {
            $ref: '#/components/schemas/Id',
          },
          toStageId: {
            $ref: '#/components/schemas/Id',
          },
          decision: {
            $ref: '#/components/schemas/Decision',
          },
          reason: {
            $ref: '#/components/schemas/ReasonCode',
          },
          actorRef: {
            type: 'string',
            description: 'A user ref, or `system` for the SLA watch.',
          },
          visibility: {
            $ref: '#/components/schemas/Visibility',
          },
          occurredAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          daysInStage: {
            type: 'number',
            description: 'For a decision leaving a stage.',
          },
          slaBreached: {
            type: 'boolean',
          },
          details: {
            type: 'object',
            description:
              'By kind: `itemId`, `evidenceUrl` (checklist); `noteId` (note);\n`expertRef`, `previousExpertRef` (assignment); `comment`\n(decision); `path` (request).\n',
            additionalProperties: {
              oneOf: [
                {
                  type: 'string',
                  nullable: true,
                },
                {
                  type: 'number',
                },
                {
                  type: 'boolean',
                },
              ],
            },
          },
        },
      },
      EngagementDetail: {
        type: 'object',
        required: [
          'id',
          'partnerRef',
          'playbookId',
          'solutionName',
          'status',
          'currentStageId',
          'completedStageIds',
          'requestedBy',
          'createdAt',
          'updatedAt',
          'stageEnteredAt',
          'version',
          'sla',
          'description',
          'stages',
          'gate',
          'notes',
          'timeline',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          partnerRef: {
            $ref: '#/components/schemas/PartnerRef',
          },
          playbookId: {
            $ref: '#/components/schemas/Id',
          },
          path: {
            $ref: '#/components/schemas/Id',
          },
          solutionName: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/EngagementStatus',
          },
          currentStageId: {
            $ref: '#/components/schemas/Id',
          },
          completedStageIds: {
            type: 'array',
            description: "In the playbook's order; a send-back reopens stages.",
            items: {
              $ref: '#/components/schemas/Id',
            },
          },
          assignedExpertRef: {
            $ref: '#/components/schemas/UserRef',
          },
          requestedBy: {
            $ref: '#/components/schemas/UserRef',
          },
          createdAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          updatedAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          stageEnteredAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          finishedAt: {
            $ref: '#/components/schemas/Timestamp',
          },
          closeReason: {
            $ref: '#/components/schemas/ReasonCode',
          },
          version: {
            type: 'integer',
            description: 'Send it back as `expectedVersion`.',
          },
          sla: {
            $ref: '#/components/schemas/SlaClock',
          },
          description: {
            type: 'string',
          },
          stages: {
            type: 'array',
            items: {
              type: 'object',
              required: [
                'id',
                'name',
                'phase',
                'slaDays',
                'state',
                'checklist',
                'recommends',
              ],
              additionalProperties: false,
              properties: {
                id: {
                  $ref: '#/components/schemas/Id',
                },
                name: {
                  type: 'string',
                },
                phase: {
                  $ref: '#/components/schemas/StagePhase',
                },
                slaDays: {
                  type: 'integer',
                },
                state: {
                  type: 'string',
                  enum: ['completed', 'current', 'upcoming'],
                },
                completedAt: {
                  $ref: '#/components/schemas/Timestamp',
                },
                checklist: {
                  type: 'array',
                  description: "The criteria on the engagement's path.",
                  items: {
                    $ref: '#/components/schemas/ChecklistItem',
                  },
                },
                recommends: {
                  $ref: '#/components/schemas/Recommends',
                },
              },
            },
          },
          gate: {
            type: 'object',
            description:
              "Whether the current stage's required criteria are met, and the ids of those that are not.",
            required: ['ready', 'missing'],
            additionalProperties: false,
            properties: {
              ready: {
                type: 'boolean',
              },
              missing: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/Id',
                },
              },
            },
          },
          notes: {
            type: 'array',
            description: 'The most recent 200, oldest first.',
            items: {
              $ref: '#/components/schemas/Note',
            },
          },
          timeline: {
            type: 'array',
            description: 'The most recent 500 entries, oldest first.',
            items: {
              $ref: '#/components/schemas/TimelineEntry',
            },
          },
        },
      },
      Funnel: {
        type: 'object',
        required: [
          'playbookId',
          'from',
          'to',
          'requested',
          'completed',
          'stages',
        ],
        additionalProperties: false,
        properties: {
          playbookId: {
            $ref: '#/components/schemas/Id',
          },
          from: {
            $ref: '#/components/schemas/Timestamp',
          },
          to: {
            $ref: '#/components/schemas/Timestamp',
          },
          requested: {
            type: 'integer',
            description: 'New engagements in the range.',
          },
          completed: {
            type: 'integer',
            description:
              'Engagements that completed the playbook in the range.',
          },
          stages: {
            type: 'array',
            items: {
              type: 'object',
              required: [
                'stageId',
                'name',
                'phase',
                'entered',
                'completed',
                'inStage',
                'dropOffs',
                'sendBacks',
                'slaBreaches',
                'breachedNow',
              ],
              additionalProperties: false,
              properties: {
                stageId: {
                  $ref: '#/components/schemas/Id',
                },
                name: {
                  type: 'string',
                },
                phase: {
                  $ref: '#/components/schemas/StagePhase',
                },
                entered: {
                  type: 'integer',
                  description:
                    'Entries in the range (requests, advances, send-backs).',
                },
                completed: {
                  type: 'integer',
                  description:
                    'Forward exits (advance, complete) in the range.',
                },
                inStage: {
                  type: 'integer',
                  description: 'Open engagements in the stage now.',
                },
                medianDaysInStage: {
                  type: 'number',
                  description: 'Over the exits in the range, holds excluded.',
                },
                dropOffs: {
                  type: 'integer',
                  description: 'Closed in the stage.',
                },
                sendBacks: {
                  type: 'integer',
                },
                slaBreaches: {
                  type: 'integer',
                  description: "Exits in the range after the stage's SLA.",
                },
                breachedNow: {
                  type: 'integer',
                  description: "Active engagements past the stage's SLA now.",
                },
              },
            },
          },
        },
      },
      PartnerStage: {
        type: 'object',
        required: [
          'partnerRef',
          'id',
          'playbookId',
          'currentStageId',
          'status',
          'completedStageIds',
        ],
        additionalProperties: false,
        properties: {
          partnerRef: {
            $ref: '#/components/schemas/PartnerRef',
          },
          id: {
            type: 'string',
          },
          playbookId: {
            $ref: '#/components/schemas/Id',
          },
          path: {
            $ref: '#/components/schemas/Id',
          },
          currentStageId: {
            $ref: '#/components/schemas/Id',
          },
          status: {
            $ref: '#/components/schemas/EngagementStatus',
          },
          completedStageIds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Id',
            },
          },
        },
      },
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
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
    },
  },
};
