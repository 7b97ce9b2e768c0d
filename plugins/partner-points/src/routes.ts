import {
  createExternalRouteRef,
  createRouteRef,
  createSubRouteRef,
} from '@backstage/core-plugin-api';

/** The program standing page of the caller's own partner. */
export const rootRouteRef = createRouteRef({
  id: 'partner-points',
});

/** The program standing page of a given partner, by its group's entity ref. */
export const partnerRouteRef = createSubRouteRef({
  id: 'partner-points/partner',
  parent: rootRouteRef,
  path: '/partners/:namespace/:name',
});

/**
 * The program overview (program admins): tier distribution, partners at
 * risk and within reach, tier movement.
 */
export const overviewRouteRef = createSubRouteRef({
  id: 'partner-points/overview',
  parent: rootRouteRef,
  path: '/overview',
});

/**
 * The Solutions Hub's home, which the action links filter with
 * `?category=<id>` (actions with a `category:<id>` link). Bound by default to
 * `solutions-hub.root`.
 */
export const hubCategoryRouteRef = createExternalRouteRef({
  id: 'partner-points/hub-category',
  optional: true,
  defaultTarget: 'solutions-hub.root',
});

/** A GTM play (`play:<id>` links). Bound by default to `solutions-hub.play`. */
export const gtmPlayRouteRef = createExternalRouteRef({
  id: 'partner-points/gtm-play',
  params: ['playId'],
  optional: true,
  defaultTarget: 'solutions-hub.play',
});

/**
 * An Ignite enablement course (`course:<id>` links). Bound by default to
 * `solutions-hub.course`.
 */
export const igniteCourseRouteRef = createExternalRouteRef({
  id: 'partner-points/ignite-course',
  params: ['courseId'],
  optional: true,
  defaultTarget: 'solutions-hub.course',
});

/**
 * A Solutions Lab playbook (`playbook:<id>` links). Bound by default to
 * `solutions-lab.playbook`.
 */
export const labPlaybookRouteRef = createExternalRouteRef({
  id: 'partner-points/lab-playbook',
  params: ['playbookId'],
  optional: true,
  defaultTarget: 'solutions-lab.playbook',
});
