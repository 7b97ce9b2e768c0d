import { screen, within } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { registerMswTestHooks } from '@backstage/test-utils';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import plugin, { solutionsHubRecommendedWidget } from './alpha';
import { mockHubBackend, server, testApis } from './__testUtils__/backend';
import { TOOLS } from './__testUtils__/fixtures';
import { rootRouteRef } from './routes';

registerMswTestHooks(server);
jest.setTimeout(30_000);

describe('Solutions Hub plugin (new frontend system)', () => {
  it('provides the API, the page and the home widget, with the routes partner points binds to', () => {
    expect(plugin.pluginId).toBe('solutions-hub');
    expect(plugin.getExtension('api:solutions-hub')).toBeDefined();
    expect(plugin.getExtension('page:solutions-hub')).toBeDefined();
    expect(
      plugin.getExtension('home-page-widget:solutions-hub/recommended'),
    ).toBeDefined();
    expect(Object.keys(plugin.routes).sort()).toEqual([
      'course',
      'download',
      'play',
      'root',
      'tool',
      'usage',
    ]);
    expect(Object.keys(plugin.externalRoutes).sort()).toEqual([
      'lab',
      'labPlaybook',
      'programStanding',
      'scaffolderTask',
      'scaffolderTemplate',
    ]);
  });

  it('serves the Hub at /solutions-hub with a nav item', async () => {
    mockHubBackend();
    renderTestApp({
      features: [plugin],
      apis: testApis(),
      initialRouteEntries: ['/solutions-hub?category=sdk'],
    });
    const list = await screen.findByRole(
      'list',
      { name: 'Tools' },
      { timeout: 10_000 },
    );
    expect(within(list).getAllByRole('heading')).toHaveLength(1);
    const navItem = screen
      .getAllByRole('link', { name: 'Solutions Hub' })
      .find(link => link.className.includes('BackstageSidebarItem'));
    expect(navItem).toHaveAttribute('href', '/solutions-hub');
  });

  it('routes to a tool page', async () => {
    mockHubBackend();
    renderTestApp({
      features: [plugin],
      apis: testApis(),
      initialRouteEntries: [`/solutions-hub/tools/default/${TOOLS[0].name}`],
      // The catalog's entity pages, where the tool's owner links to.
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: TOOLS[0].title }),
    ).toBeInTheDocument();
  });

  it('renders the "Recommended for your stage" home widget', async () => {
    mockHubBackend();
    const widget = createExtensionTester(solutionsHubRecommendedWidget, {
      apis: testApis(),
    }).get(HomePageWidgetBlueprint.dataRefs.widget);
    expect(widget.name).toBe('SolutionsHubRecommended');
    expect(widget.title).toBe('Recommended for your stage');
    renderInTestApp(widget.component, {
      apis: testApis(),
      mountedRoutes: { '/solutions-hub': rootRouteRef },
    });
    const list = await screen.findByRole(
      'list',
      { name: 'Recommended tools' },
      { timeout: 10_000 },
    );
    expect(
      within(list).getByRole('link', { name: TOOLS[0].title }),
    ).toBeInTheDocument();
    expect(
      within(list).getByText(
        'Software template · Helps with the build stage of Solution development',
      ),
    ).toBeInTheDocument();
  });
});
