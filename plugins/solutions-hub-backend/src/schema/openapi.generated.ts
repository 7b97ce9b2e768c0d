// *******************************************************************
// * Generated from src/schema/openapi.yaml by scripts/generate-openapi.mjs.
// * Do not edit: change the OpenAPI document and run yarn generate:openapi.
// *******************************************************************
import type { OpenApiDocument } from '@partner-studio/plugin-partner-studio-node';

/** The solutions-hub OpenAPI document (src/schema/openapi.yaml). */
export const spec: OpenApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'solutions-hub',
    version: '1',
    description:
      'The Solutions Hub backend of Partner Studio: the self-service catalog of\ndevelopment tooling for partner developers. Tools are catalog entities of\nkind `Tool` (`partner-studio.io/v1alpha1`); this API searches them, says\nfor each whether it is locked for the caller and what unlocks it, records\nlaunches, keeps favourites and ratings, and reports usage.\n\nMounted at `/api/solutions-hub`. Every endpoint except `/health` needs a\nBackstage user token. The caller\'s partner, tier and Lab stages are\nderived from the caller\'s identity (partner points and the Solutions Lab\nare asked through their APIs), never from a request parameter. When\npartner points or the Lab cannot be reached, answers still come:\n`sources` says what was unavailable, and conditions that could not be\nchecked keep a tool locked with `unknown: true`.\n\nTools are addressed by their entity ref\'s namespace and name:\n`/tools/default/compute-sdk-go` is `tool:default/compute-sdk-go`.\n\nEvery route refuses query parameters it does not document (400 naming\nthem), and every documented parameter has the limits given here. Errors\nuse Backstage\'s error body:\n`{ "error": { "name": "InputError", "message": "…" }, "request": {…}, "response": { "statusCode": 400 } }`.\nA tool that does not exist and one the caller may not see get the same\n404.\n\nWorkspace downloads of software templates are served by the scaffolder\nmodule `@partner-studio/plugin-scaffolder-backend-module-partner-studio`\nunder `/api/scaffolder`; their two routes are documented at the end, with\ntheir own server.\n',
    license: {
      name: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/api/solutions-hub',
    },
  ],
  security: [
    {
      BackstageToken: [],
    },
  ],
  tags: [
    {
      name: 'tools',
    },
    {
      name: 'favorites',
    },
    {
      name: 'ratings',
    },
    {
      name: 'usage',
    },
    {
      name: 'downloads',
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'Health',
        security: [],
        responses: {
          '200': {
            description: 'The plugin is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok'],
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/tools': {
      get: {
        operationId: 'SearchTools',
        tags: ['tools'],
        description:
          "Ranked full-text search over title, tags, name and description\n(prefix and typo tolerant), filtered by facets, with a count for every\nvalue of every facet, each counted under all the *other* facets'\nfilters (what choosing that value would give). Within a facet, values\ncombine with OR (`category=sdk&category=api`), across facets with AND.\nLocked tools are listed with what unlocks them. Keyset cursor\npagination: pass `nextCursor` back with the same `q`, filters and\n`sort` (another search's cursor is a 400).\n",
        parameters: [
          {
            name: 'q',
            in: 'query',
            description:
              'Free text, at most 200 characters; every word must match, each may be a prefix, and words of 4 letters or more tolerate typos.',
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            $ref: '#/components/parameters/Category',
          },
          {
            $ref: '#/components/parameters/ProductArea',
          },
          {
            $ref: '#/components/parameters/Stage',
          },
          {
            $ref: '#/components/parameters/BusinessModel',
          },
          {
            $ref: '#/components/parameters/SupportLevel',
          },
          {
            $ref: '#/components/parameters/Tag',
          },
          {
            name: 'sort',
            in: 'query',
            description:
              '`relevance` (default; without `q`, the most popular first),\n`name` (title A–Z), `newest` (`publishedAt`, undated last),\n`popularity` (recent launches, halving in weight every two weeks).\n',
            schema: {
              type: 'string',
              enum: ['relevance', 'name', 'newest', 'popularity'],
              default: 'relevance',
            },
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
        ],
        responses: {
          '200': {
            description:
              'One page of tools and the facet counts of the whole search.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ToolSearchPage',
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
    '/tools/{namespace}/{name}': {
      parameters: [
        {
          $ref: '#/components/parameters/Namespace',
        },
        {
          $ref: '#/components/parameters/Name',
        },
      ],
      get: {
        operationId: 'GetTool',
        tags: ['tools'],
        description:
          "One tool: everything of the search item, plus its rating summary,\nits expert verification, the Lab stages it serves, and for a sales\nplay its enablement, incentive (the points it earns, read from the\nprogram in force) and the caller's partner's progress on it; for an\nenablement course how many of the partner's people completed it.\n",
        responses: {
          '200': {
            description: 'The tool.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ToolDetail',
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
    '/tools/{namespace}/{name}/launches': {
      parameters: [
        {
          $ref: '#/components/parameters/Namespace',
        },
        {
          $ref: '#/components/parameters/Name',
        },
      ],
      post: {
        operationId: 'LaunchTool',
        tags: ['tools'],
        description:
          "Records a launch (tool, user, partner, time) and answers where to go:\nthe tool's URL, or for a software template the scaffolder page of the\ntemplate in the portal. A tool locked for the caller is refused with\n403 whose message lists what unlocks it; nothing is recorded. No\nrequest body.\n",
        responses: {
          '201': {
            description: 'The launch was recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LaunchResponse',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '403': {
            $ref: '#/components/responses/Locked',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/tools/{namespace}/{name}/favorite': {
      parameters: [
        {
          $ref: '#/components/parameters/Namespace',
        },
        {
          $ref: '#/components/parameters/Name',
        },
      ],
      put: {
        operationId: 'AddFavorite',
        tags: ['favorites'],
        description:
          'Marks the tool as a favourite of the caller. Idempotent. No request body.',
        responses: {
          '204': {
            description: 'The tool is a favourite.',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      delete: {
        operationId: 'RemoveFavorite',
        tags: ['favorites'],
        description:
          "Removes the tool from the caller's favourites. Idempotent (also for a tool gone from the catalog).",
        responses: {
          '204': {
            description: 'The tool is not a favourite.',
          },
          '401': {
            $ref: '#/components/responses/Unauthenticated',
          },
        },
      },
    },
    '/favorites': {
      get: {
        operationId: 'ListFavorites',
        tags: ['favorites'],
        description:
          "The caller's favourites, the most recently added first. A favourite whose tool left the catalog comes with its ref only.",
        parameters: [
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
        ],
        responses: {
          '200': {
            description: 'One page of favourites.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FavoritesPage',
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
    '/recommendations': {
      get: {
        operationId: 'GetRecommendations',
        tags: ['tools'],
        description:
          "Tools for the caller's current Lab stages (the stages its partner's\nopen engagements are in), and the Hub items behind the top\nnext-best actions of the partner's standing (partner points' \"what\nto do next\" links land on these). Each item says why it is\nrecommended. Without a partner, or while the Lab and partner points\ncannot be reached, the list may be empty; `sources` says so.\n",
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'Most items returned, 1 to 50.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 50,
              default: 12,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The recommendations.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Recommendations',
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
    '/tools/{namespace}/{name}/ratings': {
      parameters: [
        {
          $ref: '#/components/parameters/Namespace',
        },
        {
          $ref: '#/components/parameters/Name',
        },
      ],
      get: {
        operationId: 'ListRatings',
        tags: ['ratings'],
        description:
          "The tool's ratings, most recently updated first, with the summary.\nRaters and their partners are never named; the caller's own rating\nis marked `mine`. A rating from a partner whose engagement later\ncompleted a Lab stage the tool helps with is a `verifiedOutcome`.\n",
        parameters: [
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
        ],
        responses: {
          '200': {
            description: 'One page of ratings.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RatingsPage',
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
    '/tools/{namespace}/{name}/rating': {
      parameters: [
        {
          $ref: '#/components/parameters/Namespace',
        },
        {
          $ref: '#/components/parameters/Name',
        },
      ],
      put: {
        operationId: 'RateTool',
        tags: ['ratings'],
        description:
          'The caller rates the tool (one rating per person per tool; a second replaces the first). Partner members only.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RatingRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: "The caller's rating replaced the earlier one.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RatingResponse',
                },
              },
            },
          },
          '201': {
            description: "The caller's first rating of the tool.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RatingResponse',
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
      delete: {
        operationId: 'RemoveRating',
        tags: ['ratings'],
        description: "Withdraws the caller's rating of the tool. Idempotent.",
        responses: {
          '204': {
            description: 'The caller has no rating of the tool.',
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
    '/tools/{namespace}/{name}/ratings/{ratingId}': {
      parameters: [
        {
          $ref: '#/components/parameters/Namespace',
        },
        {
          $ref: '#/components/parameters/Name',
        },
        {
          name: 'ratingId',
          in: 'path',
          required: true,
          description: "The rating's `id` (from the ratings list).",
          schema: {
            type: 'string',
            pattern: '^[1-9][0-9]{0,14}$',
            maxLength: 15,
          },
        },
      ],
      delete: {
        operationId: 'ModerateRating',
        tags: ['ratings'],
        description:
          "Curation: a program admin removes someone's rating of the tool (an\nabusive or misleading comment). Others get 403. A rating that does\nnot exist, or is not of this tool, is a 404.\n",
        responses: {
          '204': {
            description: 'The rating was removed.',
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
    '/tools/{namespace}/{name}/verification': {
      parameters: [
        {
          $ref: '#/components/parameters/Namespace',
        },
        {
          $ref: '#/components/parameters/Name',
        },
      ],
      put: {
        operationId: 'VerifyTool',
        tags: ['ratings'],
        description:
          'A vendor expert or program admin marks the tool verified (replacing an earlier mark). Others get 403.',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  note: {
                    type: 'string',
                    maxLength: 2000,
                    description: 'What was verified.',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The mark.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Verification',
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
      delete: {
        operationId: 'UnverifyTool',
        tags: ['ratings'],
        description:
          'A vendor expert or program admin removes the mark. Idempotent. Others get 403.',
        responses: {
          '204': {
            description: 'The tool has no mark.',
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
    '/usage': {
      get: {
        operationId: 'GetUsage',
        tags: ['usage'],
        description:
          "Launches per tool per week over the last `weeks` weeks (weeks start\nMonday 00:00 UTC; the current week included), distinct partners and\nusers, and each tool's trend (the last 4 weeks against the 4 before).\nVendor experts and program admins only (others get 403). Which\npartners launched is never listed.\n",
        parameters: [
          {
            name: 'weeks',
            in: 'query',
            description: 'Weeks covered, 1 to 52.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 52,
              default: 12,
            },
          },
          {
            name: 'tool',
            in: 'query',
            description:
              'Only these tools (entity refs, repeatable, at most 100).',
            style: 'form',
            explode: true,
            allowReserved: true,
            schema: {
              type: 'array',
              maxItems: 100,
              items: {
                $ref: '#/components/schemas/ToolRef',
              },
            },
          },
        ],
        responses: {
          '200': {
            description: 'The usage report.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UsageReport',
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
    '/partner-studio/archives/{taskId}': {
      servers: [
        {
          url: '/api/scaffolder',
        },
      ],
      parameters: [
        {
          $ref: '#/components/parameters/TaskId',
        },
      ],
      get: {
        operationId: 'GetWorkspaceArchive',
        tags: ['downloads'],
        description:
          "Served by the scaffolder module, not this plugin. What a software\ntemplate's task packed for download (`partner-studio:workspace:archive`).\nThe user who ran the task and program admins only; anybody else gets\nthe same 404 as for a task without an archive; services get 403.\nThe Hub's page `/solutions-hub/downloads/{taskId}` shows it.\n",
        responses: {
          '200': {
            description: 'The archive.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceArchive',
                },
              },
            },
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
    '/partner-studio/archives/{taskId}/content': {
      servers: [
        {
          url: '/api/scaffolder',
        },
      ],
      parameters: [
        {
          $ref: '#/components/parameters/TaskId',
        },
      ],
      get: {
        operationId: 'DownloadWorkspaceArchive',
        tags: ['downloads'],
        description:
          "Served by the scaffolder module. The zip, as an attachment named by the archive's `fileName`; same access as above.",
        responses: {
          '200': {
            description: 'The zip.',
            headers: {
              'Content-Disposition': {
                schema: {
                  type: 'string',
                },
                description: '`attachment; filename="<fileName>"`',
              },
            },
            content: {
              'application/zip': {
                schema: {
                  type: 'string',
                  format: 'binary',
                },
              },
            },
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
  },
  components: {
    securitySchemes: {
      BackstageToken: {
        type: 'http',
        scheme: 'bearer',
        description:
          'A Backstage user token (`yarn --silent dev:token user:default/carla.dev` in development).',
      },
    },
    parameters: {
      Namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description: "The tool's catalog namespace, e.g. `default`.",
        schema: {
          $ref: '#/components/schemas/EntityName',
        },
      },
      Name: {
        name: 'name',
        in: 'path',
        required: true,
        description: "The tool's catalog name, e.g. `compute-sdk-go`.",
        schema: {
          $ref: '#/components/schemas/EntityName',
        },
      },
      TaskId: {
        name: 'taskId',
        in: 'path',
        required: true,
        description: 'The scaffolder task id.',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 255,
        },
      },
      Cursor: {
        name: 'cursor',
        in: 'query',
        description:
          'The `nextCursor` of the previous page. Opaque; at most 1024 characters.',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 1024,
        },
      },
      Limit: {
        name: 'limit',
        in: 'query',
        description: 'Page size, 1 to 100.',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 20,
        },
      },
      Category: {
        name: 'category',
        in: 'query',
        description: 'Tool categories (repeatable; any of them).',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          maxItems: 8,
          items: {
            $ref: '#/components/schemas/Category',
          },
        },
      },
      ProductArea: {
        name: 'productArea',
        in: 'query',
        description: 'Product areas (repeatable; any of them).',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          maxItems: 7,
          items: {
            $ref: '#/components/schemas/ProductArea',
          },
        },
      },
      Stage: {
        name: 'stage',
        in: 'query',
        description:
          'Solutions Lab stage refs the tool helps with (repeatable; any of them). The `/` may be sent as it is or as `%2F`.',
        style: 'form',
        explode: true,
        allowReserved: true,
        schema: {
          type: 'array',
          maxItems: 11,
          items: {
            $ref: '#/components/schemas/LabStageRef',
          },
        },
      },
      BusinessModel: {
        name: 'businessModel',
        in: 'query',
        description:
          'Business models the tool serves (repeatable; any of them).',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          maxItems: 4,
          items: {
            $ref: '#/components/schemas/BusinessModel',
          },
        },
      },
      SupportLevel: {
        name: 'supportLevel',
        in: 'query',
        description: 'Support levels (repeatable; any of them).',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          maxItems: 3,
          items: {
            $ref: '#/components/schemas/SupportLevel',
          },
        },
      },
      Tag: {
        name: 'tag',
        in: 'query',
        description:
          'Catalog tags (repeatable, at most 20; any of them). An unknown tag matches nothing.',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 63,
            pattern: '^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$',
          },
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'A parameter or the body is malformed; the message names it. Nothing changed.',
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
        description: 'The caller may not do this.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Locked: {
        description:
          'The tool is locked for the caller. The message says what unlocks it, e.g. `GPU sandbox is locked: Reach Principal (you are Advanced, 12 points to go)`.',
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
          'No such tool (or archive) for the caller; the same answer whether it does not exist or the caller may not see it.',
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
      EntityName: {
        type: 'string',
        minLength: 1,
        maxLength: 63,
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      },
      ToolRef: {
        type: 'string',
        description: "A tool's entity ref.",
        maxLength: 255,
        pattern: '^tool:[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$',
        example: 'tool:default/compute-sdk-go',
      },
      Category: {
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
      ProductArea: {
        type: 'string',
        enum: [
          'cloud-infrastructure',
          'kubernetes-platform',
          'networking-security',
          'end-user-computing',
          'multi-cloud-management',
          'data-protection',
          'edge-computing',
        ],
      },
      LabStageRef: {
        type: 'string',
        description: 'A Solutions Lab stage, `<playbookId>/<stageId>`.',
        enum: [
          'solution-development/qualify',
          'solution-development/design',
          'solution-development/build',
          'solution-development/validate',
          'solution-development/certify',
          'solution-development/launch',
          'solution-development/grow',
          'partner-led-customer-success/prepare',
          'partner-led-customer-success/path-requirements',
          'partner-led-customer-success/customer-proof',
          'partner-led-customer-success/specialization-review',
        ],
      },
      BusinessModel: {
        type: 'string',
        enum: [
          'solution-services',
          'solution-builder',
          'cloud-solution-provider',
          'solution-reseller',
        ],
      },
      SupportLevel: {
        type: 'string',
        enum: ['vendor-supported', 'community', 'preview'],
      },
      Tier: {
        type: 'string',
        enum: ['community', 'select', 'advanced', 'principal', 'pinnacle'],
      },
      Sources: {
        type: 'object',
        description:
          'What the answer knows of the caller from the other plugins it\ndepends on, and whether they could be read. `unavailable` ones left\nconditions unchecked (the tools they gate stay locked, saying why)\nand say why in `standingReason` / `labReason`.\n',
        required: ['standing', 'lab'],
        properties: {
          standing: {
            type: 'string',
            enum: ['ok', 'unavailable', 'not-applicable'],
            description:
              "Partner points (the caller's tier). `not-applicable` for callers without a partner.",
          },
          lab: {
            type: 'string',
            enum: ['ok', 'unavailable', 'not-applicable'],
            description: "The Solutions Lab (the caller's partner's stages).",
          },
          tier: {
            $ref: '#/components/schemas/Tier',
            description:
              "The caller's partner's tier, when partner points answered.",
          },
          standingReason: {
            type: 'string',
            description:
              'Why partner points could not be read (with `standing` `unavailable`).',
            example: 'partner points did not answer (HTTP 503)',
          },
          labReason: {
            type: 'string',
            description:
              'Why the Solutions Lab could not be read (with `lab` `unavailable`).',
          },
          program: {
            type: 'string',
            enum: ['ok', 'unavailable'],
            description:
              'On plays and courses only — whether the program (names, incentives) could be read from partner points.',
          },
        },
      },
      LaunchTarget: {
        oneOf: [
          {
            type: 'object',
            required: ['type', 'url'],
            properties: {
              type: {
                type: 'string',
                enum: ['url'],
              },
              url: {
                type: 'string',
                format: 'uri',
              },
            },
          },
          {
            type: 'object',
            required: ['type', 'templateRef', 'url'],
            properties: {
              type: {
                type: 'string',
                enum: ['template'],
              },
              templateRef: {
                type: 'string',
                example: 'template:default/kubernetes-operator-helm-starter',
              },
              url: {
                type: 'string',
                description: "The template's page in the portal's scaffolder.",
                example:
                  '/create/templates/default/kubernetes-operator-helm-starter',
              },
            },
          },
        ],
      },
      UnlockCondition: {
        type: 'object',
        required: ['kind', 'unknown', 'message'],
        properties: {
          kind: {
            type: 'string',
            enum: ['tier', 'lab-stage'],
          },
          message: {
            type: 'string',
            example: 'Reach Principal (you are Advanced, 12 points to go)',
          },
          unknown: {
            type: 'boolean',
            description:
              'The condition could not be checked (partner points or the Lab unavailable).',
          },
          tier: {
            $ref: '#/components/schemas/Tier',
          },
          tierName: {
            type: 'string',
          },
          currentTier: {
            $ref: '#/components/schemas/Tier',
          },
          currentTierName: {
            type: 'string',
          },
          pointsToGo: {
            type: 'integer',
            minimum: 0,
          },
          byInvitation: {
            type: 'boolean',
          },
          stageRef: {
            $ref: '#/components/schemas/LabStageRef',
          },
          playbookId: {
            type: 'string',
          },
          stageId: {
            type: 'string',
          },
        },
      },
      Lock: {
        type: 'object',
        required: ['locked', 'unlockedBy'],
        properties: {
          locked: {
            type: 'boolean',
          },
          unlockedBy: {
            type: 'array',
            description:
              'Every condition still to meet; all of them unlock the tool. Empty when unlocked.',
            items: {
              $ref: '#/components/schemas/UnlockCondition',
            },
          },
        },
      },
      RatingSummary: {
        type: 'object',
        required: ['count', 'histogram'],
        properties: {
          count: {
            type: 'integer',
            minimum: 0,
          },
          average: {
            type: 'number',
            minimum: 1,
            maximum: 5,
            description: 'One decimal; absent without ratings.',
          },
          histogram: {
            type: 'array',
            description: 'Ratings per number of stars; the first is one star.',
            minItems: 5,
            maxItems: 5,
            items: {
              type: 'integer',
              minimum: 0,
            },
          },
        },
      },
      Verification: {
        type: 'object',
        required: ['verifiedBy', 'verifiedAt'],
        properties: {
          verifiedBy: {
            type: 'string',
            description:
              "The expert's user entity ref (vendor staff are named).",
          },
          verifiedAt: {
            type: 'string',
            format: 'date-time',
          },
          note: {
            type: 'string',
          },
        },
      },
      ToolSummary: {
        type: 'object',
        required: [
          'ref',
          'namespace',
          'name',
          'title',
          'description',
          'tags',
          'category',
          'productArea',
          'labStages',
          'businessModels',
          'supportLevel',
          'minimumTier',
          'owner',
          'links',
          'launch',
          'popularity',
          'favorite',
          'rating',
          'lock',
        ],
        properties: {
          ref: {
            $ref: '#/components/schemas/ToolRef',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          category: {
            $ref: '#/components/schemas/Category',
          },
          productArea: {
            $ref: '#/components/schemas/ProductArea',
          },
          labStages: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LabStageRef',
            },
          },
          businessModels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/BusinessModel',
            },
          },
          supportLevel: {
            $ref: '#/components/schemas/SupportLevel',
          },
          minimumTier: {
            $ref: '#/components/schemas/Tier',
          },
          requiredLabStage: {
            $ref: '#/components/schemas/LabStageRef',
          },
          owner: {
            type: 'string',
            example: 'group:default/kubernetes-engine',
          },
          links: {
            type: 'object',
            properties: {
              sandbox: {
                type: 'string',
                format: 'uri',
              },
              staging: {
                type: 'string',
                format: 'uri',
              },
              production: {
                type: 'string',
                format: 'uri',
              },
            },
          },
          launch: {
            $ref: '#/components/schemas/LaunchTarget',
          },
          play: {
            type: 'object',
            required: ['playId'],
            properties: {
              playId: {
                type: 'string',
              },
            },
          },
          course: {
            type: 'object',
            required: ['courseId'],
            properties: {
              courseId: {
                type: 'string',
              },
            },
          },
          publishedAt: {
            type: 'string',
            format: 'date',
          },
          score: {
            type: 'number',
            description: 'Text relevance; with `q` only.',
          },
          popularity: {
            type: 'number',
            minimum: 0,
          },
          favorite: {
            type: 'boolean',
            description: 'A favourite of the caller.',
          },
          verified: {
            type: 'boolean',
            description: 'An expert marked the tool verified.',
          },
          rating: {
            $ref: '#/components/schemas/RatingSummary',
          },
          lock: {
            $ref: '#/components/schemas/Lock',
          },
        },
      },
      FacetCount: {
        type: 'object',
        required: ['value', 'count'],
        properties: {
          value: {
            type: 'string',
          },
          count: {
            type: 'integer',
            minimum: 0,
          },
        },
      },
      ToolSearchPage: {
        type: 'object',
        required: ['items', 'totalCount', 'facets', 'sources'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ToolSummary',
            },
          },
          totalCount: {
            type: 'integer',
            minimum: 0,
            description: 'Tools matching the text and every filter.',
          },
          facets: {
            type: 'object',
            description:
              "Every value of the fixed facets (zeros included) and the tags that occur (plus the selected ones), each counted under the other facets' filters.",
            required: [
              'category',
              'productArea',
              'stage',
              'businessModel',
              'supportLevel',
              'tag',
            ],
            properties: {
              category: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FacetCount',
                },
              },
              productArea: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FacetCount',
                },
              },
              stage: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FacetCount',
                },
              },
              businessModel: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FacetCount',
                },
              },
              supportLevel: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FacetCount',
                },
              },
              tag: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FacetCount',
                },
              },
            },
          },
          nextCursor: {
            type: 'string',
            description: 'Absent on the last page.',
          },
          sources: {
            $ref: '#/components/schemas/Sources',
          },
        },
      },
      PlayDetail: {
        type: 'object',
        required: ['playId', 'name', 'kind', 'incentives'],
        properties: {
          playId: {
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
          pointsPerExecution: {
            type: 'number',
            description:
              'What one execution of the play earns a partner with nothing else in these metrics, computed by the scoring engine under the program in force (the sum of `incentives[].points`).',
          },
          incentives: {
            type: 'array',
            description:
              "The program's metrics an execution of this play earns points in,\nwith the points one execution earns a partner starting from zero\n(the scoring engine's answer under the program read from\npartner points, not restated here), and — for a partner member\nwhose standing lists it — the action's estimate for its own\npartner.\n",
            items: {
              type: 'object',
              required: ['metricId', 'metricName', 'title', 'points'],
              properties: {
                metricId: {
                  type: 'string',
                },
                metricName: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                  description:
                    "The title of the program's action that points at this play for the metric, else the metric's name.",
                },
                actionId: {
                  type: 'string',
                  description:
                    "The program's action that points at this play, when there is one.",
                },
                points: {
                  type: 'number',
                },
                pointsForPartner: {
                  type: 'number',
                  description:
                    "The caller's partner's estimate from its standing's next-best actions, when listed there.",
                },
              },
            },
          },
          progress: {
            type: 'object',
            description:
              "The caller's partner's progress on the play, from the points ledger; absent without a partner or when partner points is unavailable.",
            required: ['executions'],
            properties: {
              executions: {
                type: 'integer',
                minimum: 0,
              },
              lastExecutedAt: {
                type: 'string',
                format: 'date-time',
              },
              points: {
                type: 'number',
              },
            },
          },
        },
      },
      CourseDetail: {
        type: 'object',
        required: ['courseId', 'name', 'track'],
        properties: {
          courseId: {
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
          completions: {
            type: 'integer',
            minimum: 0,
            description:
              "How many of the caller's partner's people completed it (from ingested completions; a partner cannot mark itself); absent without a partner or when partner points is unavailable.",
          },
        },
      },
      ToolDetail: {
        allOf: [
          {
            $ref: '#/components/schemas/ToolSummary',
          },
          {
            type: 'object',
            required: ['sources'],
            properties: {
              verification: {
                $ref: '#/components/schemas/Verification',
              },
              myRating: {
                $ref: '#/components/schemas/PublicRating',
                description:
                  "The caller's own rating of the tool, if any (to edit it).",
              },
              playDetail: {
                $ref: '#/components/schemas/PlayDetail',
              },
              courseDetail: {
                $ref: '#/components/schemas/CourseDetail',
              },
              sources: {
                $ref: '#/components/schemas/Sources',
              },
            },
          },
        ],
      },
      LaunchResponse: {
        type: 'object',
        required: ['launchId', 'target'],
        properties: {
          launchId: {
            type: 'string',
          },
          target: {
            $ref: '#/components/schemas/LaunchTarget',
          },
        },
      },
      FavoritesPage: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['toolRef', 'addedAt'],
              properties: {
                toolRef: {
                  $ref: '#/components/schemas/ToolRef',
                },
                addedAt: {
                  type: 'string',
                  format: 'date-time',
                },
                tool: {
                  $ref: '#/components/schemas/ToolSummary',
                },
              },
            },
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      Recommendations: {
        type: 'object',
        required: ['items', 'sources'],
        properties: {
          currentStages: {
            type: 'array',
            description:
              "The Lab stages the caller's partner's open engagements are in.",
            items: {
              $ref: '#/components/schemas/LabStageRef',
            },
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['tool', 'reason'],
              properties: {
                tool: {
                  $ref: '#/components/schemas/ToolSummary',
                },
                reason: {
                  oneOf: [
                    {
                      type: 'object',
                      required: ['kind', 'stageRef'],
                      properties: {
                        kind: {
                          type: 'string',
                          enum: ['stage'],
                        },
                        stageRef: {
                          $ref: '#/components/schemas/LabStageRef',
                        },
                      },
                    },
                    {
                      type: 'object',
                      required: ['kind', 'actionId', 'title', 'linkRef'],
                      properties: {
                        kind: {
                          type: 'string',
                          enum: ['action'],
                        },
                        actionId: {
                          type: 'string',
                        },
                        title: {
                          type: 'string',
                        },
                        points: {
                          type: 'number',
                          description:
                            "What the action would earn the partner (its standing's estimate).",
                        },
                        linkRef: {
                          type: 'string',
                          description:
                            "The action's link, `category:<id>`, `play:<id>` or `course:<id>`.",
                          example: 'play:kubernetes-quickstart',
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          sources: {
            $ref: '#/components/schemas/Sources',
          },
        },
      },
      RatingRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['stars'],
        properties: {
          stars: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
          },
          comment: {
            type: 'string',
            maxLength: 2000,
          },
        },
      },
      PublicRating: {
        type: 'object',
        description: 'A rating without who rated or their partner.',
        required: [
          'id',
          'stars',
          'createdAt',
          'updatedAt',
          'mine',
          'verifiedOutcome',
        ],
        properties: {
          id: {
            type: 'string',
          },
          stars: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
          },
          comment: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
          mine: {
            type: 'boolean',
          },
          verifiedOutcome: {
            type: 'boolean',
          },
        },
      },
      RatingResponse: {
        type: 'object',
        required: ['rating'],
        properties: {
          rating: {
            $ref: '#/components/schemas/PublicRating',
          },
        },
      },
      RatingsPage: {
        type: 'object',
        required: ['summary', 'items'],
        properties: {
          summary: {
            $ref: '#/components/schemas/RatingSummary',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PublicRating',
            },
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      UsageReport: {
        type: 'object',
        required: ['from', 'to', 'distinctPartners', 'tools'],
        properties: {
          from: {
            type: 'string',
            format: 'date-time',
            description: 'Monday of the first week.',
          },
          to: {
            type: 'string',
            format: 'date-time',
            description: 'Monday after the last week (exclusive).',
          },
          distinctPartners: {
            type: 'integer',
            minimum: 0,
          },
          tools: {
            type: 'array',
            description:
              'Tools with launches in the period, most launched first.',
            items: {
              type: 'object',
              required: [
                'toolRef',
                'launches',
                'distinctPartners',
                'distinctUsers',
                'weeks',
                'trend',
              ],
              properties: {
                toolRef: {
                  $ref: '#/components/schemas/ToolRef',
                },
                title: {
                  type: 'string',
                },
                launches: {
                  type: 'integer',
                  minimum: 0,
                },
                distinctPartners: {
                  type: 'integer',
                  minimum: 0,
                },
                distinctUsers: {
                  type: 'integer',
                  minimum: 0,
                },
                lastLaunchedAt: {
                  type: 'string',
                  format: 'date-time',
                },
                weeks: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['weekStart', 'launches', 'distinctPartners'],
                    properties: {
                      weekStart: {
                        type: 'string',
                        format: 'date-time',
                      },
                      launches: {
                        type: 'integer',
                        minimum: 0,
                      },
                      distinctPartners: {
                        type: 'integer',
                        minimum: 0,
                      },
                    },
                  },
                },
                trend: {
                  type: 'string',
                  enum: ['up', 'down', 'flat', 'new', 'none'],
                },
                trendPercent: {
                  type: 'integer',
                },
              },
            },
          },
        },
      },
      WorkspaceArchive: {
        type: 'object',
        required: [
          'taskId',
          'fileName',
          'createdBy',
          'createdAt',
          'sizeBytes',
          'sha256',
        ],
        properties: {
          taskId: {
            type: 'string',
          },
          fileName: {
            type: 'string',
            example: 'acme-connector.zip',
          },
          createdBy: {
            type: 'string',
            example: 'user:default/carla.dev',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          templateRef: {
            type: 'string',
          },
          sizeBytes: {
            type: 'integer',
            minimum: 0,
          },
          sha256: {
            type: 'string',
          },
        },
      },
    },
  },
};
