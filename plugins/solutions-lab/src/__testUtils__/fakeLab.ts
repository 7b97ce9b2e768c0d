import type {
  AssignmentBody,
  DecisionBody,
  EngagementDetail,
  RequestEngagementBody,
  SetChecklistItemBody,
} from '@partner-studio/plugin-partner-studio-common';
import { ResponseTransformer, RestContext, RestRequest, rest } from 'msw';
import { setupServer } from 'msw/node';
import {
  CONTOSO,
  contosoLandingZone,
  contosoSuccess,
  funnel,
  northwindDr,
  playbooks,
  program,
  summaryOf,
  tailspinQueue,
} from './fixtures';

export const LAB_URL = 'http://localhost:7007/api/solutions-lab';
export const POINTS_URL = 'http://localhost:7007/api/partner-points';

/** msw server; tests register it with `registerMswTestHooks(server)`. */
export const server = setupServer();

/** Who calls the fake backend, as the access model sees them. */
export interface FakeCaller {
  userEntityRef: string;
  /** The partner of a partner's member. */
  partnerRef?: string;
  isExpert?: boolean;
  isProgramAdmin?: boolean;
}

/** A Backstage error body, as the backend's error middleware sends it. */
export function errorBody(name: string, message: string, statusCode: number) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/' },
    response: { statusCode },
  };
}

/**
 * A Lab backend in memory, answering through msw as the OpenAPI document
 * says: scoped lists and 404s, versioned decisions (409 on a stale
 * `expectedVersion`), checklist, notes and assignment. Tests read
 * `requests` to see what the page sent.
 */
export class FakeLab {
  readonly engagements = new Map<string, EngagementDetail>();
  readonly requests: Array<{ method: string; path: string; body?: unknown }> =
    [];
  caller: FakeCaller;

  constructor(caller: FakeCaller) {
    this.caller = caller;
    for (const e of [
      contosoSuccess,
      contosoLandingZone,
      northwindDr,
      tailspinQueue,
    ]) {
      this.engagements.set(e.id, structuredClone(e));
    }
  }

  /** May the caller see the engagement? */
  visible(e: EngagementDetail): boolean {
    const c = this.caller;
    if (c.isProgramAdmin) return true;
    if (c.isExpert) {
      return !e.assignedExpertRef || e.assignedExpertRef === c.userEntityRef;
    }
    return e.partnerRef === c.partnerRef;
  }

  /** Changes an engagement as another person would (bumps its version). */
  changeElsewhere(id: string, change: (e: EngagementDetail) => void) {
    const e = this.engagements.get(id)!;
    change(e);
    e.version += 1;
  }

  install() {
    const notFound = (ctx: RestContext): ResponseTransformer[] => [
      ctx.status(404),
      ctx.json(errorBody('NotFoundError', 'Engagement not found', 404)),
    ];
    const conflict = (ctx: RestContext): ResponseTransformer[] => [
      ctx.status(409),
      ctx.json(
        errorBody(
          'ConflictError',
          'The engagement changed since version; reload it',
          409,
        ),
      ),
    ];
    const record = async (req: RestRequest) => {
      let body: unknown;
      if (req.method !== 'GET') body = await req.json();
      this.requests.push({
        method: req.method,
        path: `${req.url.pathname}${req.url.search}`,
        body,
      });
      return body;
    };
    server.use(
      rest.get(`${POINTS_URL}/program`, (_req, res, ctx) =>
        res(ctx.json(program)),
      ),
      rest.get(`${POINTS_URL}/partners`, (_req, res, ctx) =>
        res(ctx.json({ items: [] })),
      ),
      rest.get(`${LAB_URL}/playbooks`, (_req, res, ctx) =>
        res(ctx.json(playbooks)),
      ),
      rest.get(`${LAB_URL}/analytics/funnel`, async (req, res, ctx) => {
        await record(req);
        return this.caller.isExpert || this.caller.isProgramAdmin
          ? res(ctx.json(funnel))
          : res(
              ctx.status(403),
              ctx.json(errorBody('NotAllowedError', 'Not allowed', 403)),
            );
      }),
      rest.get(`${LAB_URL}/engagements`, async (req, res, ctx) => {
        await record(req);
        const q = req.url.searchParams;
        const assigned = q.get('assigned');
        const statuses = q.getAll('status');
        const partners = q.getAll('partnerRef');
        const items = [...this.engagements.values()]
          .filter(e => this.visible(e))
          .filter(e => statuses.length === 0 || statuses.includes(e.status))
          .filter(e => partners.length === 0 || partners.includes(e.partnerRef))
          .filter(
            e =>
              assigned !== 'me' ||
              e.assignedExpertRef === this.caller.userEntityRef,
          )
          .filter(e => assigned !== 'unassigned' || !e.assignedExpertRef)
          .map(summaryOf);
        return res(ctx.json({ items }));
      }),
      rest.post(`${LAB_URL}/engagements`, async (req, res, ctx) => {
        const body = (await record(req)) as RequestEngagementBody;
        const created: EngagementDetail = {
          ...structuredClone(tailspinQueue),
          id: 'new-engagement',
          partnerRef: body.partnerRef ?? this.caller.partnerRef ?? CONTOSO,
          solutionName: body.solutionName,
          playbookId: body.playbookId,
          path: body.path,
        };
        this.engagements.set(created.id, created);
        return res(ctx.status(201), ctx.json(created));
      }),
      rest.get(`${LAB_URL}/engagements/:id`, (req, res, ctx) => {
        const e = this.engagements.get(String(req.params.id));
        return e && this.visible(e) ? res(ctx.json(e)) : res(...notFound(ctx));
      }),
      rest.post(
        `${LAB_URL}/engagements/:id/decisions`,
        async (req, res, ctx) => {
          const body = (await record(req)) as DecisionBody;
          const e = this.engagements.get(String(req.params.id));
          if (!e || !this.visible(e)) return res(...notFound(ctx));
          if (body.expectedVersion !== e.version) return res(...conflict(ctx));
          const index = e.stages.findIndex(s => s.id === e.currentStageId);
          if (body.decision === 'advance') {
            e.stages[index].state = 'completed';
            e.stages[index + 1].state = 'current';
            e.completedStageIds.push(e.currentStageId);
            e.currentStageId = e.stages[index + 1].id;
            e.gate = {
              ready: false,
              missing: e.stages[index + 1].checklist.map(c => c.id),
            };
          } else if (body.decision === 'hold') {
            e.status = 'on-hold';
          }
          e.version += 1;
          e.timeline.push({
            id: e.timeline.length + 1,
            kind: 'decision',
            decision: body.decision,
            reason: body.reason,
            stageId: e.stages[index].id,
            toStageId: e.currentStageId,
            actorRef: this.caller.userEntityRef,
            visibility: 'shared',
            occurredAt: '2026-12-01T10:00:00Z',
            ...(body.comment ? { details: { comment: body.comment } } : {}),
          });
          return res(ctx.json(e));
        },
      ),
      rest.post(
        `${LAB_URL}/engagements/:id/checklist/:itemId`,
        async (req, res, ctx) => {
          const body = (await record(req)) as SetChecklistItemBody;
          const e = this.engagements.get(String(req.params.id));
          if (!e || !this.visible(e)) return res(...notFound(ctx));
          const stage = e.stages.find(s => s.id === e.currentStageId)!;
          const item = stage.checklist.find(i => i.id === req.params.itemId)!;
          item.checked = body.checked;
          item.evidenceUrl = body.evidence?.url;
          item.evidenceLabel = body.evidence?.label;
          item.updatedBy = this.caller.userEntityRef;
          item.updatedAt = '2026-12-01T10:00:00Z';
          e.gate.missing = stage.checklist
            .filter(i => i.required && !i.checked)
            .map(i => i.id);
          e.gate.ready = e.gate.missing.length === 0;
          e.version += 1;
          return res(ctx.json(e));
        },
      ),
      rest.post(`${LAB_URL}/engagements/:id/notes`, async (req, res, ctx) => {
        const body = (await record(req)) as { body: string };
        const e = this.engagements.get(String(req.params.id));
        if (!e || !this.visible(e)) return res(...notFound(ctx));
        const note = {
          id: e.notes.length + 1,
          authorRef: this.caller.userEntityRef,
          visibility: 'shared' as const,
          body: body.body,
          createdAt: '2026-12-01T10:00:00Z',
        };
        e.notes.push(note);
        return res(ctx.status(201), ctx.json(note));
      }),
      rest.put(
        `${LAB_URL}/engagements/:id/assignment`,
        async (req, res, ctx) => {
          const body = (await record(req)) as AssignmentBody;
          const e = this.engagements.get(String(req.params.id));
          if (!e || !this.visible(e)) return res(...notFound(ctx));
          if (
            body.expectedVersion !== undefined &&
            body.expectedVersion !== e.version
          ) {
            return res(...conflict(ctx));
          }
          e.assignedExpertRef = body.expertRef ?? undefined;
          e.version += 1;
          return res(ctx.json(e));
        },
      ),
    );
    return this;
  }
}
