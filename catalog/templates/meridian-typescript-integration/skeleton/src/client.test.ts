import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComputeClient } from './client.js';

function fakeFetch(responses: Array<() => Response>): typeof fetch {
  return async () => {
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  };
}

const token = () =>
  new Response(JSON.stringify({ access_token: 't', expires_in: 3600 }));

test('retries a rate-limited request and follows pages', async () => {
  const client = new ComputeClient({
    apiUrl: 'https://api.test',
    tokenUrl: 'https://login.test/token',
    clientId: 'id',
    clientSecret: 'secret',
    fetch: fakeFetch([
      token,
      () => new Response('', { status: 429, headers: { 'retry-after': '0' } }),
      () =>
        new Response(
          JSON.stringify({
            items: [{ id: 'vm-1', name: 'web', powerState: 'POWERED_ON', cpuCount: 2, memoryMiB: 4096 }],
            nextCursor: 'c2',
          }),
        ),
      () => new Response(JSON.stringify({ items: [] })),
    ]),
  });
  const machines = await client.listVirtualMachines();
  assert.deepEqual(machines.map(m => m.id), ['vm-1']);
});
