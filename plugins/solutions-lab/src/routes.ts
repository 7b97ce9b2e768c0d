import {
  createExternalRouteRef,
  createRouteRef,
  createSubRouteRef,
} from '@backstage/core-plugin-api';

/**
 * The Solutions Lab's home, `/solutions-lab`: the caller's engagements, the
 * expert's queue, the program admin's assignment and funnel, the playbooks.
 */
export const rootRouteRef = createRouteRef({
  id: 'solutions-lab',
});

/**
 * A playbook, `/solutions-lab/playbooks/:playbookId`: partner points'
 * `labPlaybook` external route is bound to it by default.
 */
export const playbookRouteRef = createSubRouteRef({
  id: 'solutions-lab/playbook',
  parent: rootRouteRef,
  path: '/playbooks/:playbookId',
});

/**
 * An engagement, `/solutions-lab/engagements/:id`: where the Lab's
 * notifications link to.
 */
export const engagementRouteRef = createSubRouteRef({
  id: 'solutions-lab/engagement',
  parent: rootRouteRef,
  path: '/engagements/:id',
});

/**
 * A Solutions Hub tool, `/solutions-hub/tools/:namespace/:name` (the tool
 * entity's ref): the tools a stage recommends. Bound by default to
 * `solutions-hub.tool`.
 */
export const hubToolRouteRef = createExternalRouteRef({
  id: 'solutions-lab/hub-tool',
  params: ['namespace', 'name'],
  optional: true,
  defaultTarget: 'solutions-hub.tool',
});

/**
 * The Solutions Hub's home, which the Lab filters with `?category=<id>`: the
 * categories a stage recommends. Bound by default to `solutions-hub.root`.
 */
export const hubCategoryRouteRef = createExternalRouteRef({
  id: 'solutions-lab/hub-category',
  optional: true,
  defaultTarget: 'solutions-hub.root',
});

/**
 * A partner's program standing, `/partner-points/partners/:namespace/:name`
 * (the partner group's ref): what the engagement's points count towards.
 * Bound by default to `partner-points.partner`.
 */
export const partnerStandingRouteRef = createExternalRouteRef({
  id: 'solutions-lab/partner-standing',
  params: ['namespace', 'name'],
  optional: true,
  defaultTarget: 'partner-points.partner',
});
