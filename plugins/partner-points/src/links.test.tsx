import { screen, within } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  PageBlueprint,
  createFrontendPlugin,
  createRouteRef,
} from '@backstage/frontend-plugin-api';
import plugin from './alpha';
import { mockHappyBackend, server, testApis } from './__testUtils__/apis';

registerMswTestHooks(server);

/** A stand-in for a plugin with one page per route, at the route's path. */
function fakePlugin(
  pluginId: string,
  routes: Record<string, { path: string; params?: string[] }>,
) {
  const refs = Object.fromEntries(
    Object.entries(routes).map(([key, { params }]) => [
      key,
      params ? createRouteRef({ params }) : createRouteRef(),
    ]),
  );
  return createFrontendPlugin({
    pluginId,
    routes: refs,
    extensions: Object.entries(routes).map(([key, { path }]) =>
      PageBlueprint.make({
        name: key,
        params: {
          path,
          routeRef: refs[key],
          loader: async () => <div>{`${pluginId} ${key}`}</div>,
        },
      }),
    ),
  });
}

/** The Solutions Hub's and Lab's routes, as they will declare them. */
const solutionsHub = fakePlugin('solutions-hub', {
  root: { path: '/solutions-hub' },
  tool: {
    path: '/solutions-hub/tools/:namespace/:name',
    params: ['namespace', 'name'],
  },
  play: { path: '/solutions-hub/plays/:playId', params: ['playId'] },
  course: { path: '/solutions-hub/courses/:courseId', params: ['courseId'] },
});
const solutionsLab = fakePlugin('solutions-lab', {
  root: { path: '/solutions-lab' },
  playbook: {
    path: '/solutions-lab/playbooks/:playbookId',
    params: ['playbookId'],
  },
});

async function rankedActions() {
  const list = await screen.findByRole('list', { name: 'Ranked actions' });
  return within(list);
}

describe('action links (new frontend system)', () => {
  it('land on the Hub and the Lab by default when they are installed', async () => {
    mockHappyBackend();
    renderTestApp({
      features: [plugin, solutionsHub, solutionsLab],
      apis: testApis(),
      initialRouteEntries: ['/partner-points'],
    });
    const list = await rankedActions();
    expect(
      list.getAllByRole('link').map(link => link.getAttribute('href')),
    ).toEqual([
      '/solutions-hub?category=sales-tools',
      '/solutions-hub/plays/multi-cloud-transformation',
      '/solutions-hub/courses/ignite-kubernetes-operations',
      '/solutions-lab/playbooks/commercialization',
    ]);
  });

  it('follow app.routes.bindings', async () => {
    mockHappyBackend();
    renderTestApp({
      features: [plugin, solutionsHub, solutionsLab],
      apis: testApis(),
      initialRouteEntries: ['/partner-points'],
      config: {
        app: {
          routes: {
            bindings: {
              'partner-points.labPlaybook': 'solutions-lab.root',
              'partner-points.gtmPlay': false,
            },
          },
        },
      },
    });
    const list = await rankedActions();
    const lab = list.getByRole('link', { name: 'Commercialization playbook' });
    expect(lab).toHaveAttribute('href', '/solutions-lab');
    // Unbound: the action stays, its link is plain text.
    expect(
      list.queryByRole('link', { name: 'Multi-cloud transformation play' }),
    ).not.toBeInTheDocument();
    expect(
      list.getByText('Multi-cloud transformation play', { exact: false }),
    ).toBeInTheDocument();
  });

  it('show every action without a link when neither is installed', async () => {
    mockHappyBackend();
    renderTestApp({
      features: [plugin],
      apis: testApis(),
      initialRouteEntries: ['/partner-points'],
    });
    const list = await rankedActions();
    expect(list.getAllByRole('listitem')).toHaveLength(4);
    expect(list.queryAllByRole('link')).toEqual([]);
    expect(list.getByText(/Sales tools/)).toBeInTheDocument();
  });
});
