import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Resource type of a partner organisation; the resource ref is the partner
 * group's entity ref (e.g. `group:default/northwind-cloud`).
 */
export const PARTNER_RESOURCE_TYPE = 'partner-studio-partner';

/** Read a partner's program standing, history and events. */
export const partnerStandingReadPermission = createPermission({
  name: 'partner-studio.partner.standing.read',
  attributes: { action: 'read' },
  resourceType: PARTNER_RESOURCE_TYPE,
});

/** Run what-if simulations on a partner's standing (nothing is stored). */
export const partnerStandingSimulatePermission = createPermission({
  name: 'partner-studio.partner.standing.simulate',
  attributes: { action: 'read' },
  resourceType: PARTNER_RESOURCE_TYPE,
});

/** Ingest performance events into the points ledger. */
export const partnerEventsCreatePermission = createPermission({
  name: 'partner-studio.events.create',
  attributes: { action: 'create' },
});

/** All Partner Studio permissions, for registration with the permission framework. */
export const partnerStudioPermissions = [
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
  partnerEventsCreatePermission,
];
