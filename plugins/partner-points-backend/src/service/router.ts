import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  type PartnerListResponse,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
} from '@partner-studio/plugin-partner-studio-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { csvToEvents } from './csv';
import { MAX_BATCH_SIZE } from './events';
import { PartnerAccess } from './PartnerAccess';
import { MAX_SIMULATED_EVENTS, PointsService } from './PointsService';
import { sendStandingDocument } from './standingResponse';

/** Request bodies of 10,000 events are a few MB. */
const BODY_LIMIT = '32mb';

const partnerParams = z.object({
  partnerId: z.string().min(1).max(255),
});

const metricParams = partnerParams.extend({
  metricId: z.string().min(1).max(255),
});

const pageQuery = (defaultLimit: number) =>
  z
    .object({
      limit: z.coerce
        .number({ invalid_type_error: 'must be a number' })
        .int('must be an integer')
        .min(1, 'must be at least 1')
        .max(1000, 'must be at most 1000')
        .default(defaultLimit),
      cursor: z.string().min(1).max(1000).optional(),
    })
    .strict();

const historyQuery = pageQuery(200).extend({
  since: z
    .string()
    .datetime({
      offset: true,
      message: 'must be an ISO 8601 date-time, e.g. 2026-01-01T00:00:00Z',
    })
    .optional(),
});

const contributionsQuery = pageQuery(200);

const ingestBody = z
  .object({
    events: z
      .array(z.unknown(), {
        required_error: 'is required: an array of performance events',
        invalid_type_error: 'must be an array of performance events',
      })
      .max(
        MAX_BATCH_SIZE,
        `at most ${MAX_BATCH_SIZE} events per request; split the batch`,
      ),
  })
  .strict();

const simulateBody = z
  .object({
    events: z
      .array(z.unknown(), {
        required_error: 'is required: an array of hypothetical events',
        invalid_type_error: 'must be an array of hypothetical events',
      })
      .max(MAX_SIMULATED_EVENTS),
  })
  .strict();

/** Validates `value` or throws an `InputError` listing every problem. */
function parse<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  where: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map(issue => {
    const path = issue.path
      .map(p => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('');
    return `${where}${path}: ${issue.message}`;
  });
  throw new InputError(`Invalid request. ${problems.join('; ')}`);
}

/**
 * The HTTP API of the points backend. HTTP only: credentials, validation,
 * status codes; access control in {@link PartnerAccess}, logic in
 * {@link PointsService}.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  access: PartnerAccess;
  points: PointsService;
}): Promise<express.Router> {
  const { httpAuth, access, points } = options;
  const router = Router();
  router.use(express.json({ limit: BODY_LIMIT }));

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/program', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(points.getProgram());
  });

  router.get('/standing', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { partner } = await access.ownPartner(
      credentials,
      partnerStandingReadPermission,
    );
    sendStandingDocument(req, res, await points.getStandingDocument(partner));
  });

  router.get('/partners', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body: PartnerListResponse = {
      items: await access.readablePartners(
        credentials,
        partnerStandingReadPermission,
      ),
    };
    res.json(body);
  });

  router.get('/partners/:partnerId/standing', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { partnerId } = parse(partnerParams, req.params, 'path');
    const { partner } = await access.partner(
      credentials,
      partnerId,
      partnerStandingReadPermission,
    );
    sendStandingDocument(req, res, await points.getStandingDocument(partner));
  });

  router.get('/partners/:partnerId/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { partnerId } = parse(partnerParams, req.params, 'path');
    const query = parse(historyQuery, req.query, 'query');
    const { partner } = await access.partner(
      credentials,
      partnerId,
      partnerStandingReadPermission,
    );
    res.json(await points.getHistory(partner.id, query));
  });

  router.get(
    '/partners/:partnerId/metrics/:metricId/contributions',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { partnerId, metricId } = parse(metricParams, req.params, 'path');
      const query = parse(contributionsQuery, req.query, 'query');
      const { partner } = await access.partner(
        credentials,
        partnerId,
        partnerStandingReadPermission,
      );
      res.json(await points.getContributions(partner, metricId, query));
    },
  );

  router.post('/partners/:partnerId/simulate', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { partnerId } = parse(partnerParams, req.params, 'path');
    const { partner } = await access.partner(
      credentials,
      partnerId,
      partnerStandingSimulatePermission,
    );
    const body = parse(simulateBody, req.body, 'body');
    res.json(await points.simulate(partner, body.events));
  });

  router.post('/events', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const caller = await access.ingestion(credentials);
    const body = parse(ingestBody, req.body, 'body');
    const result = await points.ingest(body.events, {
      ingestedBy:
        caller.kind === 'user' ? caller.userEntityRef : caller.subject,
    });
    res.json(result);
  });

  router.post(
    '/events/import',
    express.text({ type: ['text/csv', 'application/csv'], limit: BODY_LIMIT }),
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const caller = await access.ingestion(credentials);
      if (
        !req.is(['text/csv', 'application/csv']) ||
        typeof req.body !== 'string'
      ) {
        throw new InputError(
          'Content-Type must be text/csv, with a header row: id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes',
        );
      }
      const { events, rows, issues } = csvToEvents(req.body);
      if (events.length > MAX_BATCH_SIZE) {
        throw new InputError(
          `at most ${MAX_BATCH_SIZE} rows per import, got ${events.length}; split the file`,
        );
      }
      const result = await points.ingest(events, {
        ingestedBy:
          caller.kind === 'user' ? caller.userEntityRef : caller.subject,
        label: i => `row ${rows[i]}`,
        priorIssues: issues,
      });
      res.json(result);
    },
  );

  return router;
}
