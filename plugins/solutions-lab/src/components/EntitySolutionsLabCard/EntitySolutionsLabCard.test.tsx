import { screen, within } from '@testing-library/react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { server } from '../../__testUtils__/fakeLab';
import { PersonaName, renderLab } from '../../__testUtils__/render';
import { EntitySolutionsLabCard } from './EntitySolutionsLabCard';

registerMswTestHooks(server);

function renderCard(name: string, persona: PersonaName) {
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'partner', children: [] },
  };
  return renderLab(
    <EntityProvider entity={entity}>
      <EntitySolutionsLabCard />
    </EntityProvider>,
    { persona },
  );
}

describe('EntitySolutionsLabCard', () => {
  it("lists the group's engagements with their stage", async () => {
    const { lab } = await renderCard('contoso-solutions', 'paul');
    const list = await screen.findByRole('list', { name: 'Engagements' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('Stage 3 of 7: Build');
    expect(lab.requests.map(r => r.path)).toContain(
      '/api/solutions-lab/engagements?partnerRef=group%3Adefault%2Fcontoso-solutions&sort=newest&limit=5',
    );
  });

  it("says there is nothing to show on another partner's page", async () => {
    await renderCard('northwind-cloud', 'carla');
    expect(
      await screen.findByText('No engagement to show'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Request one in the Solutions Lab' }),
    ).toHaveAttribute('href', '/solutions-lab');
  });
});
