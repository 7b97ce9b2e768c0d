import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { EntitiesSearchFilter } from '@backstage/plugin-catalog-node';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import {
  createConditionFactory,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { normalizeEntityRef } from '../directory/refs';
import { jsonSchemaParams } from './paramsSchema';

/**
 * Catalog permission rules the Partner Studio policy needs beyond the
 * catalog's own (`IS_ENTITY_KIND`, `IS_ENTITY_OWNER`, …). The catalog module
 * `@partner-studio/plugin-catalog-backend-module-partner-studio` registers
 * them; the policy builds conditions with {@link partnerStudioCatalogConditions}.
 * Both `apply` and `toQuery` express the same thing, so the catalog filters
 * lists in SQL (its search table) and checks single entities in memory.
 */

/** `IS_ENTITY`: the entity is one of these (by entity ref). */
export const isEntityRule = createPermissionRule<
  typeof catalogEntityPermissionResourceRef,
  { entityRefs: string[] }
>({
  name: 'IS_ENTITY',
  description: 'Allow the entities with these entity refs',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ entityRefs: string[] }>({
    type: 'object',
    required: ['entityRefs'],
    additionalProperties: false,
    properties: {
      entityRefs: {
        type: 'array',
        items: { type: 'string' },
        description: 'Entity refs, e.g. group:default/acme',
      },
    },
  }),
  apply: (entity: Entity, { entityRefs }) => {
    const ref = normalizeEntityRef(stringifyEntityRef(entity));
    return entityRefs.some(r => normalizeEntityRef(r) === ref);
  },
  toQuery: ({ entityRefs }) => {
    if (entityRefs.length === 0) {
      // Matches nothing: no entity has an empty kind.
      return { key: 'kind', values: [] };
    }
    const [first, ...rest] = entityRefs.map(ref => {
      const { kind, namespace, name } = parseEntityRef(ref);
      const filters: [EntitiesSearchFilter, ...EntitiesSearchFilter[]] = [
        { key: 'kind', values: [kind] },
        { key: 'metadata.namespace', values: [namespace] },
        { key: 'metadata.name', values: [name] },
      ];
      return { allOf: filters };
    });
    return { anyOf: [first, ...rest] };
  },
});

/** `HAS_RELATION`: the entity has a relation of this type to one of these. */
export const hasRelationRule = createPermissionRule<
  typeof catalogEntityPermissionResourceRef,
  { relation: string; targetRefs: string[] }
>({
  name: 'HAS_RELATION',
  description:
    'Allow entities with a relation of the given type to one of the given entities',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: jsonSchemaParams<{ relation: string; targetRefs: string[] }>({
    type: 'object',
    required: ['relation', 'targetRefs'],
    additionalProperties: false,
    properties: {
      relation: {
        type: 'string',
        description: 'Relation type, e.g. memberOf or ownedBy',
      },
      targetRefs: {
        type: 'array',
        items: { type: 'string' },
        description: 'Entity refs of the targets',
      },
    },
  }),
  apply: (entity: Entity, { relation, targetRefs }) => {
    const targets = new Set(targetRefs.map(normalizeEntityRef));
    return (entity.relations ?? []).some(
      r =>
        r.type.toLocaleLowerCase('en-US') ===
          relation.toLocaleLowerCase('en-US') &&
        targets.has(normalizeEntityRef(r.targetRef)),
    );
  },
  toQuery: ({ relation, targetRefs }) => ({
    key: `relations.${relation}`,
    values: targetRefs.map(normalizeEntityRef),
  }),
});

/** The catalog rules Partner Studio adds, for registration. */
export const partnerStudioCatalogRules = [isEntityRule, hasRelationRule];

/** Conditions over the rules above, for policies. */
export const partnerStudioCatalogConditions = {
  isEntity: createConditionFactory(isEntityRule),
  hasRelation: createConditionFactory(hasRelationRule),
};
