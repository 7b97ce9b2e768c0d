import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { rest } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { PARTNER_POINTS_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import {
  BASE_URL,
  PARTNER_PATH,
  errorBody,
  server,
  mockHappyBackend,
  mockProgramAdminBackend,
} from '../../__testUtils__/apis';
import {
  PARTNER_REF,
  allPartners,
  simulation,
  standing,
  standingResponse,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { PartnerPointsPage } from './PartnerPointsPage';

registerMswTestHooks(server);

// The whole page renders with every card; interactions on it take a while.
jest.setTimeout(30_000);

function renderPage(
  path = '/partner-points',
  signalApi = new MockSignalApi(),
  options: { withHubAndLab?: boolean } = {},
) {
  return renderWithApis(
    <Routes>
      <Route path="/partner-points/*" element={<PartnerPointsPage />} />
    </Routes>,
    { signalApi, routeEntries: [path], ...options },
  );
}

/** Opens a Backstage UI select by its label and picks an option. */
async function choose(label: RegExp, option: string | RegExp) {
  await userEvent.click(screen.getByRole('button', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

async function renderLoadedPage() {
  mockHappyBackend();
  await renderPage();
  await screen.findByText('Where the points come from');
}

describe('PartnerPointsPage', () => {
  it('shows the standing with its breakdown by business model, pillar and metric', async () => {
    await renderLoadedPage();

    expect(
      screen.getByRole('heading', { name: 'Program standing' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Northwind Cloud').length).toBeGreaterThan(0);
    expect(screen.getByText('Principal tier')).toBeInTheDocument();
    expect(screen.getByText('210 points to Pinnacle')).toBeInTheDocument();
    expect(
      screen.getByText('An invitation from the vendor to the Pinnacle tier'),
    ).toBeInTheDocument();

    expect(
      screen.getByRole('progressbar', {
        name: 'Solution Builder: share of points',
      }),
    ).toHaveAttribute('aria-valuetext', '150 of 640 points');
    expect(
      screen.getByRole('progressbar', {
        name: 'Cloud Solution Provider: share of points',
      }),
    ).toHaveAttribute('aria-valuetext', '210 of 640 points');
    // Pillar names come from the program definition.
    const programPillar = screen.getByRole('progressbar', {
      name: /^Sales.*: share of points$/,
    });
    expect(programPillar).toHaveAttribute(
      'aria-valuetext',
      '200 of 400 points',
    );

    const table = screen.getByRole('table', { name: 'Points by metric' });
    const bookingsSb = within(table).getByRole('button', {
      name: 'Show the events behind Bookings (Solution Builder)',
    });
    const row = bookingsSb.closest('tr')!;
    expect(row).toHaveTextContent('150,000 USD / 200,000 USD');
    expect(row).toHaveTextContent('150 / 200');
    expect(
      within(table).getByRole('progressbar', {
        name: 'Certified people: points earned',
      }),
    ).toHaveAttribute('aria-valuetext', '90 of 100 points');
  });

  it('lists the events behind a metric when it is clicked', async () => {
    const requested: string[] = [];
    await renderLoadedPage();
    server.events.on('request:start', req => requested.push(req.url.pathname));

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Show the events behind Bookings (Solution Builder)',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Events behind Bookings (Solution Builder)',
    });
    const events = await within(dialog).findByRole('table');
    await within(events).findByText('ev-1');
    const rows = within(events).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('2 Oct 2026');
    expect(rows[0]).toHaveTextContent('Deal won');
    expect(rows[0]).toHaveTextContent('contoso');
    expect(rows[0]).toHaveTextContent('90,000');
    expect(rows[1]).toHaveTextContent('ev-2');
    // ev-3 earned bookings points for the other business model.
    expect(within(dialog).queryByText('ev-3')).not.toBeInTheDocument();
    expect(requested).toContain(
      '/api/partner-points/partners/default/northwind-cloud/metrics/bookings/contributions',
    );
    server.events.removeAllListeners();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('forecasts the tier drop and compares benefits with the next tier', async () => {
    await renderLoadedPage();

    expect(
      screen.getByText(
        'You fall to Advanced on 12 January 2027 unless you earn 20 points before then.',
      ),
    ).toBeInTheDocument();
    const expiring = screen.getByRole('table', {
      name: 'Points expiring in the next 90 days',
    });
    const [date, lost, metrics, total, tier] = within(expiring)
      .getAllByRole('row')[1]
      .querySelectorAll('td');
    // 53 days after the standing's date, 20 November 2026.
    expect(date).toHaveTextContent('12 January 2027in 53 days');
    expect(lost).toHaveTextContent('−60');
    expect(metrics).toHaveTextContent('Bookings');
    expect(total).toHaveTextContent('580');
    expect(tier).toHaveTextContent('Advanced');

    const now = screen.getByRole('list', { name: 'Benefits at Principal' });
    expect(now).toHaveTextContent('Partner discount: 25%');
    const next = screen.getByRole('list', { name: 'Benefits at Pinnacle' });
    const items = within(next).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Partner discount: 30%Improved');
    expect(items[1]).not.toHaveTextContent(/New|Improved/);
    expect(items[2]).toHaveTextContent('Executive sponsorNew');
  });

  it('ranks every action with links into the Hub, plays, Ignite and the Lab', async () => {
    mockHappyBackend();
    await renderPage('/partner-points', new MockSignalApi(), {
      withHubAndLab: true,
    });
    await screen.findByText('Where the points come from');
    const list = screen.getByRole('list', { name: 'Ranked actions' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      expect.stringContaining('Close a deal with a new customer'),
      expect.stringContaining('Execute a strategy play'),
      expect.stringContaining('Complete an Ignite course'),
      expect.stringContaining('Complete a Solutions Lab stage'),
    ]);
    const hrefs = within(list)
      .getAllByRole('link')
      .map(link => link.getAttribute('href'));
    expect(hrefs).toEqual([
      '/solutions-hub?category=sales-tools',
      '/solutions-hub/plays/multi-cloud-transformation',
      '/solutions-hub/courses/ignite-kubernetes-operations',
      '/solutions-lab/playbooks/commercialization',
    ]);
  });

  it('shows every action, without links, in an app without the Hub and the Lab', async () => {
    await renderLoadedPage();
    const list = screen.getByRole('list', { name: 'Ranked actions' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Sales tools (Solutions Hub)');
    expect(items[3]).toHaveTextContent(
      'Commercialization playbook (Solutions Lab)',
    );
    expect(within(list).queryAllByRole('link')).toEqual([]);
  });

  it('draws the trend and offers it as a table', async () => {
    await renderLoadedPage();
    const chart = await screen.findByRole('img', {
      name: /Total points of Northwind Cloud over time/,
    });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        '3 snapshots from 1 Aug 2026 (420 points) to 1 Nov 2026 (640 points)',
      ),
    );
    const table = screen.getByRole('table', {
      name: 'Total points of Northwind Cloud over time',
    });
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent(
      '15 Sept 2026610Principal',
    );
  });

  it('simulates a recommended action and shows the projected delta', async () => {
    let body: any;
    await renderLoadedPage();
    server.use(
      rest.post(`${PARTNER_PATH}/simulate`, async (req, res, ctx) => {
        body = await req.json();
        return res(ctx.json(simulation));
      }),
    );

    const simulate = screen.getByRole('button', { name: 'Simulate' });
    expect(simulate).toBeDisabled();
    await choose(
      /Start from a recommended action/,
      'Close a deal with a new customer (+40 pts)',
    );
    expect(
      screen.getByRole('button', { name: /Event type/ }),
    ).toHaveTextContent('Deal won');
    const amount = screen.getByRole('textbox', { name: 'Amount in USD' });
    expect(amount).toHaveValue('40000');
    expect(amount).toBeRequired();
    await userEvent.click(
      screen.getByRole('button', { name: 'Add event to scenario' }),
    );
    const scenario = screen.getByRole('list', { name: 'Scenario events' });
    expect(scenario).toHaveTextContent(
      'Deal won · 40,000 USD · Solution Builder',
    );
    await userEvent.click(simulate);

    expect(await screen.findByText('680 points (+40)')).toBeInTheDocument();
    expect(screen.getByText('Tier stays Principal')).toBeInTheDocument();
    expect(
      screen.getByText('Then 170 points to Pinnacle.'),
    ).toBeInTheDocument();
    const deltas = screen.getByRole('table', { name: 'Change per metric' });
    expect(within(deltas).getAllByRole('row')[1]).toHaveTextContent(
      'BookingsSolution Builder150190+40',
    );
    expect(body.events).toEqual([
      expect.objectContaining({
        type: 'deal_won',
        amount: 40000,
        businessModel: 'solution-builder',
        customerId: 'example-new-customer',
      }),
    ]);
    // Id, date and partner are the backend's to give.
    expect(body.events[0]).not.toHaveProperty('id');
    expect(body.events[0]).not.toHaveProperty('occurredAt');
    expect(body.events[0]).not.toHaveProperty('partnerId');
  });

  it('validates the hypothetical event in the form', async () => {
    let posted = false;
    await renderLoadedPage();
    server.use(
      rest.post(`${PARTNER_PATH}/simulate`, (_req, res, ctx) => {
        posted = true;
        return res(ctx.json(simulation));
      }),
    );

    // Another event type starts an empty event.
    await choose(/Event type/, 'Deal influenced');
    const add = screen.getByRole('button', { name: 'Add event to scenario' });
    await userEvent.click(add);
    expect(
      screen.getByText('amount is required for deal_influenced events'),
    ).toBeInTheDocument();

    const amount = screen.getByRole('textbox', { name: 'Amount in USD' });
    await userEvent.type(amount, 'lots');
    await userEvent.click(add);
    expect(screen.getByText('amount must be a number')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');

    await choose(/Event type/, 'Play executed');
    await userEvent.click(add);
    expect(
      screen.getByText(
        /attributes.playId is required for play_executed events/,
      ),
    ).toBeInTheDocument();

    expect(
      screen.queryByRole('list', { name: 'Scenario events' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simulate' })).toBeDisabled();
    expect(posted).toBe(false);
  });

  it('shows why the backend rejected a scenario', async () => {
    await renderLoadedPage();
    server.use(
      rest.post(`${PARTNER_PATH}/simulate`, (_req, res, ctx) =>
        res(
          ctx.status(400),
          ctx.json(
            errorBody(
              'InputError',
              'events[0].amount: amount must be at most 10000000',
              400,
            ),
          ),
        ),
      ),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Add event to scenario' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Simulate' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The scenario was rejected');
    expect(alert).toHaveTextContent(
      'events[0].amount: amount must be at most 10000000',
    );
  });

  it("shows a given partner's standing at partners/:namespace/:name", async () => {
    const requested: string[] = [];
    mockHappyBackend();
    server.events.on('request:start', req => requested.push(req.url.pathname));
    await renderPage('/partner-points/partners/default/northwind-cloud');
    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(requested).toContain(
      '/api/partner-points/partners/default/northwind-cloud/standing',
    );
    expect(requested).not.toContain('/api/partner-points/standing');
    server.events.removeAllListeners();
    // A partner's member reads one partner: nothing to switch to.
    expect(
      screen.queryByRole('combobox', { name: 'Partner' }),
    ).not.toBeInTheDocument();
  });

  it('says when a given partner does not exist or is not yours', async () => {
    mockHappyBackend();
    await renderPage('/partner-points/partners/default/globex');
    expect(
      await screen.findByText('No standing to show for “group:default/globex”'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Check the address, or open the partner from its group page in the catalog.',
      ),
    ).toBeInTheDocument();
  });

  it('tells users who belong to no partner and may read none what to do', async () => {
    const requested: string[] = [];
    mockHappyBackend();
    server.use(
      rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
        res(ctx.status(404), ctx.json(errorBody('NotFoundError', 'no', 404))),
      ),
      rest.get(`${BASE_URL}/partners`, (_req, res, ctx) =>
        res(ctx.json({ items: [] })),
      ),
    );
    server.events.on('request:start', req => requested.push(req.url.pathname));
    await renderPage();
    expect(
      await screen.findByText('You are not a member of a partner organisation'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/ask your partner administrator to add you/),
    ).toBeInTheDocument();
    expect(requested).toContain('/api/partner-points/partners');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    server.events.removeAllListeners();
  });

  it('lets a program admin, who belongs to no partner, choose one with the keyboard', async () => {
    mockProgramAdminBackend();
    await renderPage();
    const picker = await screen.findByRole('combobox', { name: 'Partner' });
    expect(
      screen.queryByText('You are not a member of a partner organisation'),
    ).not.toBeInTheDocument();

    await userEvent.click(picker);
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(allPartners.items.map(p => `${p.title}${p.entityRef}`));

    await userEvent.keyboard('north{ArrowDown}{Enter}');
    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(
      await screen.findByText('Where the points come from'),
    ).toBeInTheDocument();
    // On the partner's page, the admin can switch to another partner.
    expect(screen.getByRole('combobox', { name: 'Partner' })).toHaveValue(
      'Northwind Cloud',
    );
  });

  it('says when the partner list cannot be loaded, and tries again', async () => {
    mockProgramAdminBackend();
    server.use(
      rest.get(`${BASE_URL}/partners`, (_req, res, ctx) =>
        res.once(ctx.status(500), ctx.json(errorBody('Error', 'boom', 500))),
      ),
    );
    await renderPage();
    expect(
      await screen.findByText('Error: The partners could not be loaded'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('combobox', { name: 'Partner' }),
    ).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    mockHappyBackend();
    server.use(
      rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
        res(ctx.delay('infinite')),
      ),
    );
    await renderPage();
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('reloads standing and trend when the standing change is signalled', async () => {
    let totalPoints = 640;
    let historyRequests = 0;
    mockHappyBackend();
    server.use(
      rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
        res(
          ctx.json({
            ...standingResponse,
            standing: { ...standing, totalPoints },
          }),
        ),
      ),
      rest.get(`${PARTNER_PATH}/history`, (_req, res, ctx) => {
        historyRequests += 1;
        return res(ctx.json({ items: [] }));
      }),
    );
    const signals = new MockSignalApi();
    await renderPage('/partner-points', signals);
    expect(await screen.findByText('640')).toBeInTheDocument();
    await waitFor(() => expect(historyRequests).toBe(1));

    totalPoints = 655;
    signals.publish(PARTNER_POINTS_SIGNAL_CHANNEL, {
      partnerRef: PARTNER_REF,
      totalPoints,
      tier: 'principal',
    });
    expect(await screen.findByText('655')).toBeInTheDocument();
    await waitFor(() => expect(historyRequests).toBe(2));
  });
});
