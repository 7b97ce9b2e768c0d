import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { registerMswTestHooks } from '@backstage/test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import plugin, { solutionsLabEntityCard } from './alpha';
import { FakeLab, server } from './__testUtils__/fakeLab';
import { PERSONAS, labApis } from './__testUtils__/render';

registerMswTestHooks(server);

function group(type: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'contoso-solutions' },
    spec: { type, children: [] },
  };
}

describe('Solutions Lab plugin (new frontend system)', () => {
  it('provides the API, the page and the entity card, with its routes', () => {
    expect(plugin.pluginId).toBe('solutions-lab');
    expect(Object.keys(plugin.routes).sort()).toEqual([
      'engagement',
      'playbook',
      'root',
    ]);
    expect(Object.keys(plugin.externalRoutes).sort()).toEqual([
      'hubCategory',
      'hubTool',
      'partnerStanding',
    ]);
    for (const id of [
      'api:solutions-lab',
      'page:solutions-lab',
      'entity-card:solutions-lab/engagements',
    ]) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
  });

  it('shows the entity card on partner groups only', () => {
    const filter = createExtensionTester(solutionsLabEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    expect(filter?.(group('partner'))).toBe(true);
    expect(filter?.(group('vendor-experts'))).toBe(false);
    expect(filter?.({ ...group('partner'), kind: 'User' } as Entity)).toBe(
      false,
    );
  });

  it('serves a playbook at /solutions-lab/playbooks/:playbookId, with a nav item', async () => {
    new FakeLab(PERSONAS.carla.caller).install();
    renderTestApp({
      features: [plugin],
      apis: labApis('carla'),
      initialRouteEntries: ['/solutions-lab/playbooks/solution-development'],
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Solution development and commercialization',
      }),
    ).toBeInTheDocument();
    const navItem = screen
      .getAllByRole('link', { name: 'Solutions Lab' })
      .find(link => link.className.includes('BackstageSidebarItem'));
    expect(navItem).toHaveAttribute('href', '/solutions-lab');
  });

  it('serves an engagement at /solutions-lab/engagements/:id, where notifications link', async () => {
    new FakeLab(PERSONAS.carla.caller).install();
    renderTestApp({
      features: [plugin],
      apis: labApis('carla'),
      initialRouteEntries: [
        '/solutions-lab/engagements/demo-20261201-contoso-success',
      ],
    });
    expect(
      await screen.findByRole('heading', { name: 'Contoso Success Services' }),
    ).toBeInTheDocument();
  });
});
