import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { registerMswTestHooks } from '@backstage/test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import plugin, {
  partnerPointsEntityCard,
  partnerPointsHomeWidget,
} from './alpha';
import { server, testApis, mockHappyBackend } from './__testUtils__/apis';
import { PARTNER_ID } from './__testUtils__/fixtures';

registerMswTestHooks(server);

function group(type: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: PARTNER_ID },
    spec: { type, children: [] },
  };
}

/**
 * Renders an app with the plugin at `path` against the happy backend;
 * returns the paths of the requests it makes.
 */
function renderPluginAt(path: string): string[] {
  const requested: string[] = [];
  mockHappyBackend();
  server.events.on('request:start', req => requested.push(req.url.pathname));
  renderTestApp({
    features: [plugin],
    apis: testApis(),
    initialRouteEntries: [path],
  });
  return requested;
}

describe('partner points plugin (new frontend system)', () => {
  it('provides the API, page, entity card and home widget', () => {
    expect(plugin.pluginId).toBe('partner-points');
    expect(Object.keys(plugin.externalRoutes).sort()).toEqual([
      'gtmPlay',
      'hubCategory',
      'igniteCourse',
      'labPlaybook',
    ]);
    for (const id of [
      'api:partner-points',
      'page:partner-points',
      'entity-card:partner-points/standing',
      'home-page-widget:partner-points/standing',
    ]) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
  });

  it('shows the entity card on partner groups only', () => {
    const filter = createExtensionTester(partnerPointsEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    expect(filter?.(group('partner'))).toBe(true);
    expect(filter?.(group('program-admins'))).toBe(false);
    expect(filter?.({ ...group('partner'), kind: 'User' } as Entity)).toBe(
      false,
    );
  });

  it('describes the home widget', () => {
    const widget = createExtensionTester(partnerPointsHomeWidget).get(
      HomePageWidgetBlueprint.dataRefs.widget,
    );
    expect(widget.name).toBe('PartnerPointsStanding');
    expect(widget.title).toBe('Program standing');
  });

  it('routes to the standing of a given partner', async () => {
    const requested = renderPluginAt(
      `/partner-points/partners/default/${PARTNER_ID}`,
    );
    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(
      await screen.findByText('Where the points come from'),
    ).toBeInTheDocument();
    expect(requested).toContain(
      `/api/partner-points/partners/default/${PARTNER_ID}/standing`,
    );
    expect(requested).not.toContain('/api/partner-points/standing');
    server.events.removeAllListeners();
  });

  it("routes to the caller's own standing, with a nav item", async () => {
    const requested = renderPluginAt('/partner-points');
    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(screen.getAllByText('Partner points').length).toBeGreaterThan(0);
    expect(requested).toContain('/api/partner-points/standing');
    server.events.removeAllListeners();
    // The page's title and icon make the "Partner points" nav item.
    const navItem = screen
      .getAllByRole('link', { name: 'Partner points' })
      .find(link => link.className.includes('BackstageSidebarItem'));
    expect(navItem).toHaveAttribute('href', '/partner-points');
  });

  it('renders the home widget in the new system', async () => {
    mockHappyBackend();
    const widget = createExtensionTester(partnerPointsHomeWidget, {
      apis: testApis(),
    }).get(HomePageWidgetBlueprint.dataRefs.widget);
    renderInTestApp(widget.component, { apis: testApis() });
    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(screen.getByText('210 points to Pinnacle')).toBeInTheDocument();
  });
});
