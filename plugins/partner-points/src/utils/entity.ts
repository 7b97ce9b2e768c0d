import { Entity } from '@backstage/catalog-model';
import { GROUP_TYPES } from '@partner-studio/plugin-partner-studio-common';

/**
 * Is the entity a partner organisation (`Group` with `spec.type: partner`)?
 * For `EntitySwitch` in the legacy frontend system.
 *
 * @public
 */
export function isPartnerGroupEntity(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'group' &&
    entity.spec?.type === GROUP_TYPES.partner
  );
}
