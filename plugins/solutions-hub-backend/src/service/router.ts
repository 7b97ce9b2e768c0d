import type { HttpAuthService } from '@backstage/backend-plugin-api';
import type { SolutionsHubApiOperations } from '@partner-studio/plugin-partner-studio-common';
import {
  OpenApiRequestValidator,
  readJsonBody,
} from '@partner-studio/plugin-partner-studio-node';
import type express from 'express';
import Router from 'express-promise-router';
import { spec } from '../schema/openapi.generated';
import type { HubApiService } from './HubApiService';

/** A rating or a verification note is at most 2,000 characters. */
const BODY_LIMIT = '16kb';

/** Does the request carry a body (for the route whose body is optional)? */
function hasBody(req: express.Request): boolean {
  return (
    Number(req.headers['content-length'] ?? 0) > 0 ||
    req.headers['transfer-encoding'] !== undefined
  );
}

/**
 * The HTTP API of the Solutions Hub (`src/schema/openapi.yaml`). HTTP only:
 * credentials, validation against the OpenAPI document, status codes; who
 * may see and do what, the caller's context and the logic are in
 * {@link HubApiService}.
 *
 * Bodies are read only by the routes that take one, after the caller is
 * authenticated, and no error echoes a body.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  api: HubApiService;
}): Promise<express.Router> {
  const { httpAuth, api } = options;
  const validate =
    OpenApiRequestValidator.fromDocument<SolutionsHubApiOperations>(spec);
  const router = Router();
  const user = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user'] });

  router.get('/health', (req, res) => {
    validate.query('Health', req);
    res.json({ status: 'ok' });
  });

  router.get('/tools', async (req, res) => {
    const credentials = await user(req);
    const query = validate.query('SearchTools', req);
    res.json(await api.search(credentials, query));
  });

  router.get('/tools/:namespace/:name', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('GetTool', req);
    validate.query('GetTool', req);
    res.json(await api.getTool(credentials, namespace, name));
  });

  router.post('/tools/:namespace/:name/launches', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('LaunchTool', req);
    validate.query('LaunchTool', req);
    res.status(201).json(await api.launch(credentials, namespace, name));
  });

  router.put('/tools/:namespace/:name/favorite', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('AddFavorite', req);
    validate.query('AddFavorite', req);
    await api.addFavorite(credentials, namespace, name);
    res.status(204).end();
  });

  router.delete('/tools/:namespace/:name/favorite', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('RemoveFavorite', req);
    validate.query('RemoveFavorite', req);
    await api.removeFavorite(credentials, namespace, name);
    res.status(204).end();
  });

  router.get('/favorites', async (req, res) => {
    const credentials = await user(req);
    const query = validate.query('ListFavorites', req);
    res.json(await api.listFavorites(credentials, query));
  });

  router.get('/recommendations', async (req, res) => {
    const credentials = await user(req);
    const query = validate.query('GetRecommendations', req);
    res.json(
      await api.recommendations(credentials, { limit: query.limit ?? 12 }),
    );
  });

  router.get('/tools/:namespace/:name/ratings', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('ListRatings', req);
    const query = validate.query('ListRatings', req);
    res.json(await api.ratings(credentials, namespace, name, query));
  });

  router.delete(
    '/tools/:namespace/:name/ratings/:ratingId',
    async (req, res) => {
      const credentials = await user(req);
      const { namespace, name, ratingId } = validate.params(
        'ModerateRating',
        req,
      );
      validate.query('ModerateRating', req);
      await api.moderateRating(credentials, namespace, name, Number(ratingId));
      res.status(204).end();
    },
  );

  router.put('/tools/:namespace/:name/rating', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('RateTool', req);
    validate.query('RateTool', req);
    const body = validate.body(
      'RateTool',
      await readJsonBody(req, res, { limit: BODY_LIMIT }),
    );
    const { rating, created } = await api.rate(
      credentials,
      namespace,
      name,
      body,
    );
    res.status(created ? 201 : 200).json({ rating });
  });

  router.delete('/tools/:namespace/:name/rating', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('RemoveRating', req);
    validate.query('RemoveRating', req);
    await api.removeRating(credentials, namespace, name);
    res.status(204).end();
  });

  router.put('/tools/:namespace/:name/verification', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('VerifyTool', req);
    validate.query('VerifyTool', req);
    const body = hasBody(req)
      ? validate.body(
          'VerifyTool',
          await readJsonBody(req, res, { limit: BODY_LIMIT }),
        )
      : undefined;
    res.json(await api.verify(credentials, namespace, name, body?.note));
  });

  router.delete('/tools/:namespace/:name/verification', async (req, res) => {
    const credentials = await user(req);
    const { namespace, name } = validate.params('UnverifyTool', req);
    validate.query('UnverifyTool', req);
    await api.unverify(credentials, namespace, name);
    res.status(204).end();
  });

  router.get('/usage', async (req, res) => {
    const credentials = await user(req);
    const query = validate.query('GetUsage', req);
    res.json(await api.usage(credentials, query));
  });

  return router;
}
