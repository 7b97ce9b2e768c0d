#!/usr/bin/env node
/*
 * Prints a Backstage user token for a demo persona, from the running
 * development backend:
 *
 *   yarn --silent dev:token user:default/nora.dev
 *   curl -H "Authorization: Bearer $(yarn --silent dev:token user:default/nora.dev)" \
 *     http://localhost:7007/api/catalog/entities?filter=kind=group
 *
 * It signs in through the development-only persona provider, so a backend
 * running with the production configuration refuses it.
 * BACKEND_URL overrides the backend's address (default http://localhost:7007).
 */
const usage =
  'usage: yarn --silent dev:token <userEntityRef>   e.g. user:default/nora.dev';

async function main() {
  const [userEntityRef] = process.argv.slice(2);
  if (!userEntityRef || userEntityRef.startsWith('-')) {
    console.error(usage);
    return 2;
  }
  const backendUrl = (
    process.env.BACKEND_URL ?? 'http://localhost:7007'
  ).replace(/\/$/, '');
  let response;
  try {
    response = await fetch(`${backendUrl}/api/auth/persona/refresh`, {
      headers: { 'x-partner-studio-persona': userEntityRef },
    });
  } catch (error) {
    console.error(
      `dev:token: cannot reach the backend at ${backendUrl} (${
        error.cause?.code ?? error.message
      }); start it with yarn start`,
    );
    return 1;
  }
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = body?.error?.message ?? response.statusText;
    const hint = /auth provider/i.test(message)
      ? ' Persona sign-in exists only in development (auth.environment: development with auth.providers.persona configured).'
      : '';
    console.error(
      `dev:token: refused (${response.status}): ${message}.${hint}`,
    );
    return 1;
  }
  const token = body?.backstageIdentity?.token;
  if (!token) {
    console.error('dev:token: the backend answered without a token');
    return 1;
  }
  process.stdout.write(`${token}\n`);
  return 0;
}

process.exitCode = await main();
