import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
  type PartnerPointsApiOperations,
} from '@partner-studio/plugin-partner-studio-common';
import {
  OpenApiRequestValidator,
  partnerRefOf,
  readJsonBody,
  RequestBodyTooLargeError,
  type PartnerAccessService,
} from '@partner-studio/plugin-partner-studio-node';
import express from 'express';
import Router from 'express-promise-router';
import { spec } from '../schema/openapi.generated';
import { csvToEvents } from './csv';
import { MAX_BATCH_SIZE } from './events';
import { PartnerListService } from './PartnerListService';
import { PointsService } from './PointsService';
import { sendStandingDocument } from './standingResponse';

/** Request bodies of 10,000 events are a few MB. */
const BODY_LIMIT = '32mb';
/** A what-if carries at most 1,000 events. */
const SIMULATE_BODY_LIMIT = '4mb';

/**
 * The HTTP API of the points backend. HTTP only: credentials, validation
 * (against the OpenAPI document), status codes; access in the shared
 * {@link PartnerAccessService}, logic in {@link PointsService}.
 *
 * Bodies are read only by the routes that take one, after the caller is
 * authenticated, and no error echoes a body.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  access: PartnerAccessService;
  points: PointsService;
  partners: PartnerListService;
}): Promise<express.Router> {
  const { httpAuth, access, points, partners } = options;
  const validate =
    OpenApiRequestValidator.fromDocument<PartnerPointsApiOperations>(spec);
  const router = Router();

  router.get('/health', (req, res) => {
    validate.query('Health', req);
    res.json({ status: 'ok' });
  });

  router.get('/program', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    validate.query('GetProgram', req);
    res.json(points.getProgram());
  });

  router.get('/standing', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    validate.query('GetMyStanding', req);
    const { partner } = await access.ownPartner(
      credentials,
      partnerStandingReadPermission,
    );
    sendStandingDocument(req, res, await points.getStandingDocument(partner));
  });

  router.get('/progress', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    validate.query('GetMyProgress', req);
    const { partner } = await access.ownPartner(
      credentials,
      partnerStandingReadPermission,
    );
    res.json(await points.getProgress(partner));
  });

  router.get('/partners', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const query = validate.query('ListPartners', req);
    res.json(await partners.list(credentials, query));
  });

  router.get('/partners/:namespace/:name/standing', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('GetPartnerStanding', req);
    validate.query('GetPartnerStanding', req);
    const { partner } = await access.partner(
      credentials,
      partnerRefOf(namespace, name),
      partnerStandingReadPermission,
    );
    sendStandingDocument(req, res, await points.getStandingDocument(partner));
  });

  router.get('/partners/:namespace/:name/progress', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('GetPartnerProgress', req);
    validate.query('GetPartnerProgress', req);
    const { partner } = await access.partner(
      credentials,
      partnerRefOf(namespace, name),
      partnerStandingReadPermission,
    );
    res.json(await points.getProgress(partner));
  });

  router.get('/partners/:namespace/:name/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('GetPartnerHistory', req);
    const query = validate.query('GetPartnerHistory', req);
    const { partner } = await access.partner(
      credentials,
      partnerRefOf(namespace, name),
      partnerStandingReadPermission,
    );
    res.json(
      await points.getHistory(partner.entityRef, {
        limit: query.limit ?? 200,
        cursor: query.cursor,
        since: query.since,
      }),
    );
  });

  router.get(
    '/partners/:namespace/:name/metrics/:metricId/contributions',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { namespace, name, metricId } = validate.params(
        'GetMetricContributions',
        req,
      );
      const query = validate.query('GetMetricContributions', req);
      const { partner } = await access.partner(
        credentials,
        partnerRefOf(namespace, name),
        partnerStandingReadPermission,
      );
      res.json(
        await points.getContributions(partner, metricId, {
          limit: query.limit ?? 200,
          cursor: query.cursor,
        }),
      );
    },
  );

  router.post('/partners/:namespace/:name/simulate', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('SimulatePartnerStanding', req);
    validate.query('SimulatePartnerStanding', req);
    const { partner } = await access.partner(
      credentials,
      partnerRefOf(namespace, name),
      partnerStandingSimulatePermission,
    );
    const body = validate.body(
      'SimulatePartnerStanding',
      await readJsonBody(req, res, { limit: SIMULATE_BODY_LIMIT }),
    );
    res.json(await points.simulate(partner, body.events));
  });

  router.post('/events', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    validate.query('IngestEvents', req);
    const ingestedBy = await ingester(credentials);
    const body = validate.body(
      'IngestEvents',
      await readJsonBody(req, res, { limit: BODY_LIMIT }),
    );
    res.json(await points.ingest(body.events, { ingestedBy }));
  });

  router.post('/events/import', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    validate.query('ImportEventsCsv', req);
    const ingestedBy = await ingester(credentials);
    const text = await readCsvBody(req, res);
    const { events, rows, issues } = csvToEvents(text);
    if (events.length > MAX_BATCH_SIZE) {
      throw new InputError(
        `at most ${MAX_BATCH_SIZE} rows per import, got ${events.length}; split the file`,
      );
    }
    res.json(
      await points.ingest(events, {
        ingestedBy,
        label: i => `row ${rows[i]}`,
        priorIssues: issues,
      }),
    );
  });

  /** Ingestion: program admins and services; who it was, for the ledger. */
  async function ingester(
    credentials: Awaited<ReturnType<HttpAuthService['credentials']>>,
  ): Promise<string> {
    const caller = await access.caller(credentials);
    if (caller.kind === 'user' && !caller.isProgramAdmin) {
      throw new NotAllowedError(
        'Only program admins and services may ingest performance events',
      );
    }
    await access.authorizeBasic(credentials, partnerEventsCreatePermission);
    return caller.kind === 'user' ? caller.userEntityRef : caller.subject;
  }

  return router;
}

const csvParser = express.text({
  type: ['text/csv', 'application/csv'],
  limit: BODY_LIMIT,
});

/** The CSV body, read after authentication like the JSON ones. */
async function readCsvBody(
  req: express.Request,
  res: express.Response,
): Promise<string> {
  if (!req.is(['text/csv', 'application/csv'])) {
    throw new InputError(
      'Content-Type must be text/csv, with a header row: id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes',
    );
  }
  await new Promise<void>((resolve, reject) =>
    csvParser(req, res, (error?: { type?: string }) => {
      if (!error) resolve();
      else if (error.type === 'entity.too.large') {
        reject(
          new RequestBodyTooLargeError(
            `Request body is larger than the limit of ${BODY_LIMIT}`,
          ),
        );
      } else {
        reject(new InputError('Invalid request. body: could not be read'));
      }
    }),
  );
  if (typeof req.body !== 'string') {
    throw new InputError('Invalid request. body: no CSV text');
  }
  return req.body;
}
