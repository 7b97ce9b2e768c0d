import {
  createExternalRouteRef,
  createRouteRef,
  createSubRouteRef,
} from '@backstage/core-plugin-api';

/**
 * The Hub's home: search, facets, favourites and recommendations. Its query
 * (`?q=&category=&stage=&businessModel=&supportLevel=&productArea=&tag=&sort=&view=`)
 * is the search; partner points links to `?category=<id>`. Route key `root`.
 */
export const rootRouteRef = createRouteRef({ id: 'solutions-hub' });

/** A tool's page, by its entity ref's namespace and name. Route key `tool`. */
export const toolRouteRef = createSubRouteRef({
  id: 'solutions-hub/tool',
  parent: rootRouteRef,
  path: '/tools/:namespace/:name',
});

/** A GTM sales play, by the program's play id: the page of its tool. Route key `play`. */
export const playRouteRef = createSubRouteRef({
  id: 'solutions-hub/play',
  parent: rootRouteRef,
  path: '/plays/:playId',
});

/** An Ignite course, by the program's course id: the page of its tool. Route key `course`. */
export const courseRouteRef = createSubRouteRef({
  id: 'solutions-hub/course',
  parent: rootRouteRef,
  path: '/courses/:courseId',
});

/**
 * The download of what a software template's task packed
 * (`partner-studio:workspace:archive` links here). Route key `download`.
 */
export const downloadRouteRef = createSubRouteRef({
  id: 'solutions-hub/download',
  parent: rootRouteRef,
  path: '/downloads/:taskId',
});

/** Launches per tool per week, for vendor experts and program admins. Route key `usage`. */
export const usageRouteRef = createSubRouteRef({
  id: 'solutions-hub/usage',
  parent: rootRouteRef,
  path: '/usage',
});

/**
 * The caller's program standing, where a tier-locked tool sends the reader.
 * Bound by default to partner points' `partner-points.root`.
 */
export const programStandingRouteRef = createExternalRouteRef({
  id: 'solutions-hub/program-standing',
  optional: true,
  defaultTarget: 'partner-points.root',
});

/**
 * The Solutions Lab's home, where a partner without an open engagement can
 * start one. Bound by default to `solutions-lab.root`.
 */
export const labRouteRef = createExternalRouteRef({
  id: 'solutions-hub/lab',
  optional: true,
  defaultTarget: 'solutions-lab.root',
});

/**
 * A Solutions Lab playbook, where a stage-locked tool and the Lab stages a
 * tool serves send the reader. Bound by default to `solutions-lab.playbook`.
 */
export const labPlaybookRouteRef = createExternalRouteRef({
  id: 'solutions-hub/lab-playbook',
  params: ['playbookId'],
  optional: true,
  defaultTarget: 'solutions-lab.playbook',
});

/**
 * A software template's page in the scaffolder, where launching a template
 * tool lands. Bound by default to `scaffolder.selectedTemplate`; unbound, the
 * launch goes to the URL the Hub backend answers.
 */
export const scaffolderTemplateRouteRef = createExternalRouteRef({
  id: 'solutions-hub/scaffolder-template',
  params: ['namespace', 'templateName'],
  optional: true,
  defaultTarget: 'scaffolder.selectedTemplate',
});

/**
 * A scaffolder task's page (its log), linked from the download page. Bound by
 * default to `scaffolder.ongoingTask`.
 */
export const scaffolderTaskRouteRef = createExternalRouteRef({
  id: 'solutions-hub/scaffolder-task',
  params: ['taskId'],
  optional: true,
  defaultTarget: 'scaffolder.ongoingTask',
});
