import { mockServices } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createRouter } from '../service/router';

describe('openapi.yaml', () => {
  it('documents exactly the routes the router serves', async () => {
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      auditor: {} as any,
      access: {} as any,
      points: {} as any,
      partners: {} as any,
      adjustments: {} as any,
      cohorts: {} as any,
      overview: {} as any,
      isWarm: () => false,
    });
    const served = router.stack
      .filter((layer: any) => layer.route)
      .flatMap((layer: any) =>
        Object.keys(layer.route.methods).map(
          method =>
            `${method.toUpperCase()} ${layer.route.path.replace(
              /:(\w+)/g,
              '{$1}',
            )}`,
        ),
      )
      .sort();

    const spec = parse(
      fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
    );
    const documented = Object.entries(spec.paths)
      .flatMap(([p, ops]) =>
        Object.keys(ops as object).map(
          method => `${method.toUpperCase()} ${p}`,
        ),
      )
      .sort();

    expect(documented).toEqual(served);
  });
});
