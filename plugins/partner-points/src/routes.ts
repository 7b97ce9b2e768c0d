import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The program standing page of the caller's own partner. */
export const rootRouteRef = createRouteRef({
  id: 'partner-points',
});

/** The program standing page of a given partner (program admins). */
export const partnerRouteRef = createSubRouteRef({
  id: 'partner-points/partner',
  parent: rootRouteRef,
  path: '/partners/:partnerId',
});
