import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { rest } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { PARTNER_POINTS_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import {
  BASE_URL,
  errorBody,
  mockHappyBackend,
  mockProgramAdminBackend,
  permissionsOf,
  server,
} from '../../__testUtils__/apis';
import {
  fabrikamWithinReach,
  northwindAtRisk,
  overview,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { PartnerPointsPage } from '../PartnerPointsPage';
import { ProgramOverviewSidebarItem } from '../ProgramOverviewSidebarItem';

registerMswTestHooks(server);

jest.setTimeout(30_000);

/** Answers like the backend for a program admin, recording the queries. */
function mockOverviewBackend() {
  mockProgramAdminBackend();
  const queries: string[] = [];
  server.use(
    rest.get(`${BASE_URL}/overview`, (req, res, ctx) => {
      queries.push(`overview?${req.url.searchParams}`);
      return res(ctx.json(overview));
    }),
    rest.get(`${BASE_URL}/overview/partners`, (req, res, ctx) => {
      queries.push(`partners?${req.url.searchParams}`);
      const segment = req.url.searchParams.get('segment');
      if (segment === 'at-risk') {
        return res(ctx.json({ items: [northwindAtRisk] }));
      }
      if (segment === 'within-reach') {
        return res(ctx.json({ items: [fabrikamWithinReach] }));
      }
      return res(ctx.json({ items: [fabrikamWithinReach, northwindAtRisk] }));
    }),
  );
  return queries;
}

function renderOverview(
  options: { role?: 'admin' | 'member'; signalApi?: MockSignalApi } = {},
) {
  return renderWithApis(
    <Routes>
      <Route path="/partner-points/*" element={<PartnerPointsPage />} />
    </Routes>,
    {
      routeEntries: ['/partner-points/overview'],
      permissionApi: permissionsOf(options.role ?? 'admin'),
      signalApi: options.signalApi,
    },
  );
}

describe('ProgramOverviewPage', () => {
  it('shows the tier distribution, the partners at risk and within reach, and the movement', async () => {
    mockOverviewBackend();
    await renderOverview();

    const distribution = await screen.findByRole('list', {
      name: 'Partners by tier',
    });
    expect(
      within(distribution)
        .getAllByRole('listitem')
        .map(item => item.getAttribute('aria-label')),
    ).toEqual([
      'Pinnacle: 0 partners',
      'Principal: 2 partners',
      'Advanced: 2 partners',
      'Select: 1 partner',
      'Community: 1 partner',
    ]);
    expect(
      screen.getByRole('group', {
        name: '1 at risk of dropping a tier within 90 days',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', {
        name: '2 within 3 actions of the next tier',
      }),
    ).toBeInTheDocument();

    const atRisk = await screen.findByRole('table', {
      name: 'Partners at risk',
    });
    const northwind = within(atRisk).getByRole('row', {
      name: /Northwind Cloud/,
    });
    expect(northwind).toHaveTextContent('Principal');
    expect(northwind).toHaveTextContent('Advanced');
    expect(northwind).toHaveTextContent('12 January 2027');
    expect(
      within(northwind).getByRole('link', { name: 'Northwind Cloud' }),
    ).toHaveAttribute(
      'href',
      '/partner-points/partners/default/northwind-cloud',
    );

    const withinReach = await screen.findByRole('table', {
      name: 'Partners within reach',
    });
    const fabrikam = within(withinReach).getByRole('row', {
      name: /Fabrikam Software/,
    });
    expect(fabrikam).toHaveTextContent('SelectAdvanced402');

    const movement = screen.getByRole('table', {
      name: 'Tier movement by quarter',
    });
    const q4 = within(movement).getByRole('row', { name: /2026-Q4/ });
    expect(q4).toHaveTextContent('2026-Q4015');
    expect(q4).toHaveTextContent('Principal → Advanced: 1');
  });

  it('filters by business model and tier, in the address and in every request', async () => {
    const queries = mockOverviewBackend();
    await renderOverview();
    await screen.findByRole('table', { name: 'Partners at risk' });

    await userEvent.click(
      screen.getByRole('button', { name: /Business model/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Solution Builder' }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Tier/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Principal' }),
    );

    await waitFor(() =>
      expect(queries).toContain(
        'overview?businessModel=solution-builder&tier=principal',
      ),
    );
    await waitFor(() =>
      expect(queries).toContain(
        'partners?businessModel=solution-builder&tier=principal&segment=at-risk&limit=25',
      ),
    );
    expect(queries).toContain(
      'partners?businessModel=solution-builder&tier=principal&segment=within-reach&limit=25',
    );
  });

  it('refreshes when a standing change is signalled', async () => {
    const queries = mockOverviewBackend();
    const signals = new MockSignalApi();
    await renderOverview({ signalApi: signals });
    await screen.findByRole('table', { name: 'Partners at risk' });
    const before = queries.filter(q => q.startsWith('overview?')).length;

    server.use(
      rest.get(`${BASE_URL}/overview`, (_req, res, ctx) =>
        res(ctx.json({ ...overview, atRisk: 2 })),
      ),
    );
    signals.publish(PARTNER_POINTS_SIGNAL_CHANNEL, {
      partnerRef: 'group:default/contoso-solutions',
      totalPoints: 120,
      tier: 'select',
    });
    expect(
      await screen.findByRole('group', {
        name: '2 at risk of dropping a tier within 90 days',
      }),
    ).toBeInTheDocument();
    expect(
      queries.filter(q => q.startsWith('overview?')).length,
    ).toBeGreaterThanOrEqual(before);
  });

  it('tells anybody but a program admin that it is for program admins', async () => {
    mockHappyBackend();
    await renderOverview({ role: 'member' });
    expect(
      await screen.findByText('The program overview is for program admins'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Partners by tier' })).toBeNull();
  });

  it('shows other errors with a way to try again', async () => {
    mockOverviewBackend();
    server.use(
      rest.get(`${BASE_URL}/overview`, (_req, res, ctx) =>
        res(ctx.status(500), ctx.json(errorBody('Error', 'Boom', 500))),
      ),
    );
    await renderOverview();
    expect(
      await screen.findByText(/The program overview could not be loaded/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('says so when no partner is at risk', async () => {
    mockOverviewBackend();
    server.use(
      rest.get(`${BASE_URL}/overview/partners`, (_req, res, ctx) =>
        res(ctx.json({ items: [] })),
      ),
    );
    await renderOverview();
    expect(await screen.findByText('No partner at risk')).toBeInTheDocument();
    expect(screen.getByText('No partner within reach')).toBeInTheDocument();
  });

  it('pages through the partners', async () => {
    mockOverviewBackend();
    server.use(
      rest.get(`${BASE_URL}/overview/partners`, (req, res, ctx) => {
        if (req.url.searchParams.get('segment') !== 'all') {
          return res(ctx.json({ items: [] }));
        }
        return req.url.searchParams.get('cursor') === 'page-2'
          ? res(ctx.json({ items: [northwindAtRisk] }))
          : res(
              ctx.json({ items: [fabrikamWithinReach], nextCursor: 'page-2' }),
            );
      }),
    );
    await renderOverview();
    const table = await screen.findByRole('table', { name: 'Partners' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(3),
    );
    expect(
      screen.queryByRole('button', { name: 'Show more' }),
    ).not.toBeInTheDocument();
  });
});

describe('the link to the program overview', () => {
  it('is on the standing page for program admins', async () => {
    mockOverviewBackend();
    await renderWithApis(
      <Routes>
        <Route path="/partner-points/*" element={<PartnerPointsPage />} />
      </Routes>,
      {
        routeEntries: ['/partner-points'],
        permissionApi: permissionsOf('admin'),
      },
    );
    expect(
      await screen.findByRole('link', { name: 'Program overview' }),
    ).toHaveAttribute('href', '/partner-points/overview');
  });

  it('is not there for a partner', async () => {
    mockHappyBackend();
    await renderWithApis(
      <Routes>
        <Route path="/partner-points/*" element={<PartnerPointsPage />} />
      </Routes>,
      { routeEntries: ['/partner-points'] },
    );
    await screen.findByText('Where the points come from');
    expect(
      screen.queryByRole('link', { name: 'Program overview' }),
    ).not.toBeInTheDocument();
  });
});

describe('ProgramOverviewSidebarItem', () => {
  it('shows program admins the way to the overview', async () => {
    await renderWithApis(<ProgramOverviewSidebarItem />, {
      permissionApi: permissionsOf('admin'),
    });
    expect(
      await screen.findByRole('link', { name: /Program overview/ }),
    ).toHaveAttribute('href', '/partner-points/overview');
  });

  it('shows nothing to anybody else', async () => {
    const { container } = await renderWithApis(<ProgramOverviewSidebarItem />);
    // Wait for the permission's answer before looking.
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(container).toBeEmptyDOMElement();
  });
});
