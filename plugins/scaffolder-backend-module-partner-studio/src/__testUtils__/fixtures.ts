import type { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const templatesDir = join(__dirname, '../../../../catalog/templates');

/** A template of catalog/templates as the catalog serves it (with its location). */
export function templateEntity(name: string): Entity {
  const file = join(templatesDir, name, 'template.yaml');
  const entity = parse(readFileSync(file, 'utf8')) as Entity;
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:${file}`,
        'backstage.io/managed-by-origin-location': `file:${file}`,
      },
    },
  };
}
