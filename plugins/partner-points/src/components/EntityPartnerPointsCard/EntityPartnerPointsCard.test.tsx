import { screen, within } from '@testing-library/react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { rest } from 'msw';
import { PARTNER_POINTS_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import {
  PARTNER_PATH,
  errorBody,
  server,
  mockHappyBackend,
} from '../../__testUtils__/apis';
import { standing, standingResponse } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { EntityPartnerPointsCard } from './EntityPartnerPointsCard';

registerMswTestHooks(server);

function group(name: string, namespace = 'default'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace, title: 'Northwind Cloud' },
    spec: { type: 'partner', children: [] },
  };
}

function renderCard(
  name: string,
  signalApi = new MockSignalApi(),
  namespace = 'default',
) {
  return renderWithApis(
    <EntityProvider entity={group(name, namespace)}>
      <EntityPartnerPointsCard />
    </EntityProvider>,
    { signalApi },
  );
}

describe('EntityPartnerPointsCard', () => {
  it("shows the group's partner standing and links to its page", async () => {
    const requested: string[] = [];
    mockHappyBackend();
    server.events.on('request:start', req => requested.push(req.url.pathname));
    await renderCard('northwind-cloud');

    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(screen.getByText('Program standing')).toBeInTheDocument();
    expect(screen.getByText('640')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Progress to Pinnacle' }),
    ).toBeInTheDocument();
    expect(screen.getByText('210 points to Pinnacle')).toBeInTheDocument();
    expect(
      screen.getByText(
        'You fall to Advanced on 12 January 2027 unless you earn 20 points before then.',
      ),
    ).toBeInTheDocument();
    const actions = screen.getByRole('list', { name: 'Top actions' });
    expect(within(actions).getAllByRole('listitem')).toHaveLength(3);
    expect(
      screen.getByRole('link', { name: /See the full program standing/ }),
    ).toHaveAttribute(
      'href',
      '/partner-points/partners/default/northwind-cloud',
    );
    // The partner is the group, not the caller's own partner.
    expect(requested).toContain(
      '/api/partner-points/partners/default/northwind-cloud/standing',
    );
    expect(requested).not.toContain('/api/partner-points/standing');
    server.events.removeAllListeners();
  });

  it('explains when the partner is unknown to the program', async () => {
    mockHappyBackend();
    await renderCard('globex');
    expect(
      await screen.findByText('No standing to show for “group:default/globex”'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Check the address, or open the partner from its group page in the catalog.',
      ),
    ).toBeInTheDocument();
  });

  it('tells a group of the same name in another namespace apart', async () => {
    const requested: string[] = [];
    mockHappyBackend();
    server.events.on('request:start', req => requested.push(req.url.pathname));
    await renderCard('northwind-cloud', new MockSignalApi(), 'emea');
    expect(
      await screen.findByText(
        'No standing to show for “group:emea/northwind-cloud”',
      ),
    ).toBeInTheDocument();
    expect(requested).toContain(
      '/api/partner-points/partners/emea/northwind-cloud/standing',
    );
    server.events.removeAllListeners();
  });

  it('explains when the caller may not see the partner', async () => {
    mockHappyBackend();
    server.use(
      rest.get(`${PARTNER_PATH}/standing`, (_req, res, ctx) =>
        res(
          ctx.status(403),
          ctx.json(errorBody('NotAllowedError', 'Not your partner', 403)),
        ),
      ),
    );
    await renderCard('northwind-cloud');
    expect(
      await screen.findByText('You cannot see this partner’s standing'),
    ).toBeInTheDocument();
  });

  it('reloads when a standing change of the group is signalled', async () => {
    let totalPoints = 640;
    mockHappyBackend();
    server.use(
      rest.get(`${PARTNER_PATH}/standing`, (_req, res, ctx) =>
        res(
          ctx.json({
            ...standingResponse,
            standing: { ...standing, totalPoints },
          }),
        ),
      ),
    );
    const signals = new MockSignalApi();
    await renderCard('northwind-cloud', signals);
    expect(await screen.findByText('640')).toBeInTheDocument();
    totalPoints = 812.5;
    signals.publish(PARTNER_POINTS_SIGNAL_CHANNEL, {
      partnerRef: 'group:emea/northwind-cloud',
      totalPoints: 1,
      tier: 'community',
    });
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(screen.getByText('640')).toBeInTheDocument();
    signals.publish(PARTNER_POINTS_SIGNAL_CHANNEL, {
      partnerRef: 'group:default/northwind-cloud',
      totalPoints,
      tier: 'principal',
    });
    expect(await screen.findByText('812.5')).toBeInTheDocument();
  });
});
