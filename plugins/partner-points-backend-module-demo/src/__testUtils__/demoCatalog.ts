import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import {
  parsePartnerAnnotations,
  type PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { testGroup } from '@partner-studio/plugin-partner-studio-node/testUtils';
import { parseAllDocuments } from 'yaml';

const catalogDir = join(__dirname, '../../../../catalog');

/** The partner Groups of the demo catalog's organisation files. */
function partnerEntities(): Entity[] {
  return ['org.yaml', 'partners.yaml']
    .flatMap(file =>
      parseAllDocuments(readFileSync(join(catalogDir, file), 'utf8')).map(
        doc => doc.toJS() as Entity,
      ),
    )
    .filter(e => e.kind === 'Group' && e.spec?.type === 'partner');
}

/** The demo partners as partner points sees them. */
export function demoPartners(): PartnerSummary[] {
  return partnerEntities().map(entity => {
    const { profile } = parsePartnerAnnotations(entity);
    return {
      entityRef: `group:default/${entity.metadata.name}`,
      title: entity.metadata.title ?? entity.metadata.name,
      businessModels: profile.businessModels,
      ...(profile.admittedAt ? { admittedAt: profile.admittedAt } : {}),
      pinnacleInvited: profile.pinnacleInvited,
    };
  });
}

/** The demo partners as the catalog serves them, for a test backend. */
export function demoPartnerGroups(): Entity[] {
  return partnerEntities().map(entity =>
    testGroup(entity.metadata.name, {
      type: 'partner',
      title: entity.metadata.title,
      parent: 'partners',
      annotations: Object.fromEntries(
        Object.entries(entity.metadata.annotations ?? {}),
      ),
    }),
  );
}
