import type {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { InputError, isError, NotAllowedError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import {
  partnerAdjustmentsCreatePermission,
  partnerAdjustmentsRevokePermission,
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
  programOverviewReadPermission,
  type PartnerPointsApiOperations,
} from '@partner-studio/plugin-partner-studio-common';
import {
  OpenApiRequestValidator,
  partnerRefOf,
  readJsonBody,
  RequestBodyTooLargeError,
  type PartnerAccessService,
  type PartnerPermission,
} from '@partner-studio/plugin-partner-studio-node';
import express from 'express';
import Router from 'express-promise-router';
import { spec } from '../schema/openapi.generated';
import type { AdjustmentsService } from './AdjustmentsService';
import type { CohortService } from './CohortService';
import { csvToEvents } from './csv';
import { MAX_BATCH_SIZE } from './events';
import { PartnerListService } from './PartnerListService';
import { PointsService } from './PointsService';
import type { ProgramOverviewService } from './ProgramOverviewService';
import { sendStandingDocument } from './standingResponse';

/** Request bodies of 10,000 events are a few MB. */
const BODY_LIMIT = '32mb';
/** A what-if carries at most 1,000 events. */
const SIMULATE_BODY_LIMIT = '4mb';
/** A grant or a revocation is a few fields. */
const DECISION_BODY_LIMIT = '64kb';

type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;

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
  auditor: AuditorService;
  access: PartnerAccessService;
  points: PointsService;
  partners: PartnerListService;
  adjustments: AdjustmentsService;
  cohorts: CohortService;
  overview: ProgramOverviewService;
  /** Whether this replica has warmed its standing cache. */
  isWarm: () => boolean;
}): Promise<express.Router> {
  const {
    httpAuth,
    auditor,
    access,
    points,
    partners,
    adjustments,
    cohorts,
    overview,
    isWarm,
  } = options;
  const validate =
    OpenApiRequestValidator.fromDocument<PartnerPointsApiOperations>(spec);
  const router = Router();

  router.get('/health', (req, res) => {
    validate.query('Health', req);
    res.json({ status: 'ok', standingCache: { warm: isWarm() } });
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

  router.get('/partners/:namespace/:name/cohort', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('GetPartnerCohort', req);
    validate.query('GetPartnerCohort', req);
    const { partner } = await access.partner(
      credentials,
      partnerRefOf(namespace, name),
      partnerStandingReadPermission,
    );
    res.json(await cohorts.benchmark(partner));
  });

  // Adjustments and exemptions: read by whoever reads the standing; granted
  // and revoked by program admins, each write audited.

  router.get('/partners/:namespace/:name/adjustments', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('ListAdjustments', req);
    const query = validate.query('ListAdjustments', req);
    const ref = partnerRefOf(namespace, name);
    const { partner } = await access.partner(
      credentials,
      ref,
      partnerStandingReadPermission,
    );
    res.json(
      await adjustments.listAdjustments(
        partner,
        { limit: query.limit ?? 50, cursor: query.cursor },
        { withAudit: await mayGrant(credentials, ref) },
      ),
    );
  });

  router.post('/partners/:namespace/:name/adjustments', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('GrantAdjustment', req);
    validate.query('GrantAdjustment', req);
    const partnerRef = partnerRefOf(namespace, name);
    await audited('adjustment-grant', req, { partnerRef }, async () => {
      const partner = await programAdminOf(
        credentials,
        partnerRef,
        partnerAdjustmentsCreatePermission,
      );
      const body = validate.body(
        'GrantAdjustment',
        await readJsonBody(req, res, { limit: DECISION_BODY_LIMIT }),
      );
      const granted = await adjustments.grantAdjustment(partner, body, {
        recordedBy: credentials.principal.userEntityRef,
      });
      res.status(201).json(granted);
      return { adjustmentId: granted.id, points: granted.points };
    });
  });

  router.post(
    '/partners/:namespace/:name/adjustments/:adjustmentId/revoke',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { namespace, name, adjustmentId } = validate.params(
        'RevokeAdjustment',
        req,
      );
      validate.query('RevokeAdjustment', req);
      const partnerRef = partnerRefOf(namespace, name);
      await audited(
        'adjustment-revoke',
        req,
        { partnerRef, adjustmentId },
        async () => {
          const partner = await programAdminOf(
            credentials,
            partnerRef,
            partnerAdjustmentsRevokePermission,
          );
          const body = validate.body(
            'RevokeAdjustment',
            await readJsonBody(req, res, { limit: DECISION_BODY_LIMIT }),
          );
          res.json(
            await adjustments.revokeAdjustment(
              partner,
              adjustmentId,
              body.reason,
              { recordedBy: credentials.principal.userEntityRef },
            ),
          );
          return {};
        },
      );
    },
  );

  router.get('/partners/:namespace/:name/exemptions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('ListExemptions', req);
    const query = validate.query('ListExemptions', req);
    const ref = partnerRefOf(namespace, name);
    const { partner } = await access.partner(
      credentials,
      ref,
      partnerStandingReadPermission,
    );
    res.json(
      await adjustments.listExemptions(
        partner,
        { limit: query.limit ?? 50, cursor: query.cursor },
        { withAudit: await mayGrant(credentials, ref) },
      ),
    );
  });

  router.post('/partners/:namespace/:name/exemptions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { namespace, name } = validate.params('GrantExemption', req);
    validate.query('GrantExemption', req);
    const partnerRef = partnerRefOf(namespace, name);
    await audited('exemption-grant', req, { partnerRef }, async () => {
      const partner = await programAdminOf(
        credentials,
        partnerRef,
        partnerAdjustmentsCreatePermission,
      );
      const body = validate.body(
        'GrantExemption',
        await readJsonBody(req, res, { limit: DECISION_BODY_LIMIT }),
      );
      const granted = await adjustments.grantExemption(partner, body, {
        recordedBy: credentials.principal.userEntityRef,
      });
      res.status(201).json(granted);
      return { exemptionId: granted.id };
    });
  });

  router.post(
    '/partners/:namespace/:name/exemptions/:exemptionId/revoke',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { namespace, name, exemptionId } = validate.params(
        'RevokeExemption',
        req,
      );
      validate.query('RevokeExemption', req);
      const partnerRef = partnerRefOf(namespace, name);
      await audited(
        'exemption-revoke',
        req,
        { partnerRef, exemptionId },
        async () => {
          const partner = await programAdminOf(
            credentials,
            partnerRef,
            partnerAdjustmentsRevokePermission,
          );
          const body = validate.body(
            'RevokeExemption',
            await readJsonBody(req, res, { limit: DECISION_BODY_LIMIT }),
          );
          res.json(
            await adjustments.revokeExemption(
              partner,
              exemptionId,
              body.reason,
              { recordedBy: credentials.principal.userEntityRef },
            ),
          );
          return {};
        },
      );
    },
  );

  // The program overview: program admins.

  router.get('/overview', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const query = validate.query('GetProgramOverview', req);
    await overviewReader(credentials);
    res.json(
      await overview.overview(credentials, {
        businessModel: query.businessModel,
        tier: query.tier,
        quarters: query.quarters ?? 4,
      }),
    );
  });

  router.get('/overview/partners', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const query = validate.query('ListOverviewPartners', req);
    await overviewReader(credentials);
    res.json(
      await overview.listPartners(credentials, {
        businessModel: query.businessModel,
        tier: query.tier,
        segment: query.segment ?? 'all',
        limit: query.limit ?? 50,
        cursor: query.cursor,
      }),
    );
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

  /**
   * A partner the caller changes decisions of: a program admin (Partner
   * Studio's own wall) whom the policy allows `permission` on the partner.
   */
  async function programAdminOf(
    credentials: UserCredentials,
    partnerRef: string,
    permission: PartnerPermission,
  ) {
    const { caller, partner } = await access.partner(
      credentials,
      partnerRef,
      permission,
    );
    if (caller.kind !== 'user' || !caller.isProgramAdmin) {
      throw new NotAllowedError(
        'Only program admins may grant and revoke adjustments and exemptions',
      );
    }
    return partner;
  }

  /** Whether the caller may see who granted and revoked (the audit's "who"). */
  async function mayGrant(
    credentials: UserCredentials,
    partnerRef: string,
  ): Promise<boolean> {
    try {
      await programAdminOf(
        credentials,
        partnerRef,
        partnerAdjustmentsCreatePermission,
      );
      return true;
    } catch (error) {
      if (
        isError(error) &&
        (error.name === 'NotAllowedError' || error.name === 'NotFoundError')
      ) {
        return false;
      }
      throw error;
    }
  }

  /** The overview: program admins whom the policy allows it. */
  async function overviewReader(credentials: UserCredentials): Promise<void> {
    const caller = await access.caller(credentials);
    if (caller.kind !== 'user' || !caller.isProgramAdmin) {
      throw new NotAllowedError('The program overview is for program admins');
    }
    await access.authorizeBasic(credentials, programOverviewReadPermission);
  }

  /**
   * Runs a write as an audit event: who (from the request's credentials),
   * what (`eventId`, `meta`, and what `fn` returns), and whether it
   * succeeded or why not.
   */
  async function audited(
    eventId: string,
    req: express.Request,
    meta: JsonObject,
    fn: () => Promise<JsonObject>,
  ): Promise<void> {
    const event = await auditor.createEvent({
      eventId,
      request: req,
      severityLevel: 'medium',
      meta,
    });
    try {
      await event.success({ meta: await fn() });
    } catch (error) {
      await event.fail({
        error: isError(error) ? error : new Error(String(error)),
      });
      throw error;
    }
  }

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
