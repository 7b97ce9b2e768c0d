import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import authPlugin from '@backstage/plugin-auth-backend';
import { authModulePersonaProvider } from './module';

const user = (name: string, persona?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: {
    name,
    namespace: 'default',
    annotations: persona ? { 'partner-studio.io/persona': persona } : {},
  },
  spec: { profile: { displayName: `Display ${name}` }, memberOf: [] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/northwind-cloud' }],
});

const entities = [
  user('nora.dev', 'partner-developer'),
  user('paul.admin', 'program-admin'),
  user('not.a.persona'),
  user('bad.role', 'superuser'),
];

async function startBackend(authConfig: object) {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      authModulePersonaProvider,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: authConfig,
        },
      }),
    ],
  });
  return server;
}

const refresh = (server: any, persona?: string) => {
  const req = request(server).get('/api/auth/persona/refresh');
  return persona ? req.set('x-partner-studio-persona', persona) : req;
};

describe('persona sign-in in development', () => {
  const config = { environment: 'development', providers: { persona: {} } };

  it('issues a user token for a demo persona, with its catalog profile', async () => {
    const server = await startBackend(config);
    const res = await refresh(server, 'user:default/nora.dev');
    expect(res.status).toBe(200);
    expect(res.body.profile.displayName).toBe('Display nora.dev');
    expect(res.body.backstageIdentity.identity).toMatchObject({
      type: 'user',
      userEntityRef: 'user:default/nora.dev',
    });
    expect(res.body.backstageIdentity.token).toEqual(expect.any(String));
  });

  it('accepts a short ref and normalises it', async () => {
    const server = await startBackend(config);
    const res = await refresh(server, 'paul.admin');
    expect(res.status).toBe(200);
    expect(res.body.backstageIdentity.identity.userEntityRef).toBe(
      'user:default/paul.admin',
    );
  });

  it('refuses a catalog user that is not a persona', async () => {
    const server = await startBackend(config);
    expect((await refresh(server, 'user:default/not.a.persona')).status).toBe(
      403,
    );
    expect((await refresh(server, 'user:default/bad.role')).status).toBe(403);
  });

  it('refuses an unknown user, a group and a missing persona', async () => {
    const server = await startBackend(config);
    expect((await refresh(server, 'user:default/nobody')).status).toBe(404);
    const group = await refresh(server, 'group:default/northwind-cloud');
    expect(group.status).toBe(400);
    expect(group.body.error.message).toMatch(/must be a user entity ref/);
    const missing = await refresh(server);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/x-partner-studio-persona/);
  });

  it('lists the personas, and only them, before sign-in', async () => {
    const server = await startBackend(config);
    const res = await request(server).get('/api/auth/persona-directory');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        userEntityRef: 'user:default/nora.dev',
        displayName: 'Display nora.dev',
        role: 'partner-developer',
        memberOf: ['group:default/northwind-cloud'],
      },
      {
        userEntityRef: 'user:default/paul.admin',
        displayName: 'Display paul.admin',
        role: 'program-admin',
        memberOf: ['group:default/northwind-cloud'],
      },
    ]);
  });
});

describe('persona sign-in with the production configuration', () => {
  it('does not exist: no token, no persona list', async () => {
    const server = await startBackend({
      environment: 'production',
      providers: { persona: {} },
    });
    const res = await refresh(server, 'user:default/nora.dev');
    expect(res.status).toBe(404);
    expect(res.body.backstageIdentity).toBeUndefined();
    expect(
      (await request(server).get('/api/auth/persona-directory')).status,
    ).toBe(404);
  });

  it('does not exist when the provider is not configured', async () => {
    const server = await startBackend({ environment: 'development' });
    expect((await refresh(server, 'user:default/nora.dev')).status).toBe(404);
  });
});
