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

/**
 * Grant a partner points adjustments and exemptions, and see who granted
 * and revoked them (the audit's "who").
 */
export const partnerAdjustmentsCreatePermission = createPermission({
  name: 'partner-studio.partner.adjustments.create',
  attributes: { action: 'create' },
  resourceType: PARTNER_RESOURCE_TYPE,
});

/**
 * Revoke a partner's adjustments and exemptions (recorded, never deleted:
 * an update of their status).
 */
export const partnerAdjustmentsRevokePermission = createPermission({
  name: 'partner-studio.partner.adjustments.revoke',
  attributes: { action: 'update' },
  resourceType: PARTNER_RESOURCE_TYPE,
});

/**
 * Open the program overview: tier distribution, partners at risk and within
 * reach, tier movements. Its lists hold only partners whose standing the
 * caller may read.
 */
export const programOverviewReadPermission = createPermission({
  name: 'partner-studio.program.overview.read',
  attributes: { action: 'read' },
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
  partnerAdjustmentsCreatePermission,
  partnerAdjustmentsRevokePermission,
  programOverviewReadPermission,
  partnerEventsCreatePermission,
];
