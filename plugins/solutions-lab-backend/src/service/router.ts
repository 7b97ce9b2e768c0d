import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  labChecklistUpdatePermission,
  labEngagementAssignPermission,
  labEngagementCreatePermission,
  labEngagementDecidePermission,
  labFunnelReadPermission,
  labNoteCreatePermission,
  type SolutionsLabApiOperations,
} from '@partner-studio/plugin-partner-studio-common';
import {
  OpenApiRequestValidator,
  readJsonBody,
} from '@partner-studio/plugin-partner-studio-node';
import type { LabServiceApi } from '@partner-studio/plugin-solutions-lab-node';
import type express from 'express';
import Router from 'express-promise-router';
import { spec } from '../schema/openapi.generated';
import { labActorOf, type LabAccess } from './LabAccess';

/** The largest body of any route: a 4,000-character note or description, escaped. */
const BODY_LIMIT = '64kb';

/**
 * The HTTP API of the Solutions Lab (`/api/solutions-lab`). HTTP only:
 * credentials, validation against the OpenAPI document, status codes; who
 * may do what in {@link LabAccess} (the shared access model and the
 * permission policy), logic and the Lab's own scoping in the service.
 *
 * Bodies are read only by the routes that take one, after the caller is
 * authenticated, and no error echoes a body.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  access: LabAccess;
  lab: LabServiceApi;
}): Promise<express.Router> {
  const { httpAuth, access, lab } = options;
  const validate =
    OpenApiRequestValidator.fromDocument<SolutionsLabApiOperations>(spec);
  const router = Router();

  const body = async (req: express.Request, res: express.Response) =>
    readJsonBody(req, res, { limit: BODY_LIMIT });

  router.get('/playbooks', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });
    validate.query('ListPlaybooks', req);
    res.json({ items: lab.listPlaybooks() });
  });

  router.get('/engagements', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const query = validate.query('ListEngagements', req);
    const { actor, options: granted } = await access.reader(credentials);
    res.json(await lab.listEngagements(actor, query, granted));
  });

  router.post('/engagements', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    validate.query('RequestEngagement', req);
    const actor = await access.allowed(
      credentials,
      labEngagementCreatePermission,
    );
    const request = validate.body('RequestEngagement', await body(req, res));
    res.status(201).json(await lab.requestEngagement(actor, request));
  });

  router.get('/engagements/:engagementId', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { engagementId } = validate.params('GetEngagement', req);
    validate.query('GetEngagement', req);
    const { actor, options: granted } = await access.reader(credentials);
    res.json(await lab.getEngagement(actor, engagementId, granted));
  });

  router.post(
    '/engagements/:engagementId/checklist/:itemId',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { engagementId, itemId } = validate.params('SetChecklistItem', req);
      validate.query('SetChecklistItem', req);
      const { actor, options: granted } = await access.actingOn(
        credentials,
        labChecklistUpdatePermission,
      );
      const update = validate.body('SetChecklistItem', await body(req, res));
      res.json(
        await lab.setChecklistItem(
          actor,
          engagementId,
          itemId,
          update,
          granted,
        ),
      );
    },
  );

  router.post('/engagements/:engagementId/decisions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { engagementId } = validate.params('DecideEngagement', req);
    validate.query('DecideEngagement', req);
    const { actor, options: granted } = await access.actingOn(
      credentials,
      labEngagementDecidePermission,
    );
    const decision = validate.body('DecideEngagement', await body(req, res));
    res.json(await lab.decide(actor, engagementId, decision, granted));
  });

  router.post('/engagements/:engagementId/notes', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { engagementId } = validate.params('AddNote', req);
    validate.query('AddNote', req);
    const { actor, options: granted } = await access.actingOn(
      credentials,
      labNoteCreatePermission,
    );
    const note = validate.body('AddNote', await body(req, res));
    res.status(201).json(await lab.addNote(actor, engagementId, note, granted));
  });

  router.put('/engagements/:engagementId/assignment', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { engagementId } = validate.params('AssignEngagement', req);
    validate.query('AssignEngagement', req);
    const { actor, options: granted } = await access.actingOn(
      credentials,
      labEngagementAssignPermission,
    );
    const assignment = validate.body('AssignEngagement', await body(req, res));
    res.json(await lab.assign(actor, engagementId, assignment, granted));
  });

  router.get('/analytics/funnel', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const query = validate.query('GetFunnel', req);
    const actor = await access.allowed(credentials, labFunnelReadPermission);
    res.json(await lab.getFunnel(actor, query));
  });

  // For other plugins. Never the permission framework: the permission
  // policy (through the access model) relies on these answers.

  router.get('/partner-stages', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { partnerRef } = validate.query('ListPartnerStages', req);
    const caller = await access.caller(credentials);
    let partnerRefs: readonly string[];
    if (caller.kind === 'service') {
      if (!partnerRef) {
        throw new InputError(
          "Invalid request. query.partnerRef: required for service principals: the partners' full entity refs",
        );
      }
      partnerRefs = partnerRef;
    } else {
      if (partnerRef) {
        throw new InputError(
          "Invalid request. query.partnerRef: only service principals name partners; a signed-in user gets its own partner's engagements",
        );
      }
      partnerRefs = labActorOf(caller)?.partnerRefs ?? [];
    }
    res.json({ items: await lab.listPartnerStages(partnerRefs) });
  });

  router.get('/assignments/partners', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    validate.query('ListAssignedPartners', req);
    const actor = labActorOf(await access.caller(credentials));
    if (actor?.role !== 'expert') {
      throw new NotAllowedError(
        "Only vendor experts have assignments; the partners of a caller's engagements are in GET /engagements",
      );
    }
    res.json({
      partnerRefs: await lab.listAssignedPartnerRefs(actor.userRef),
    });
  });

  return router;
}
