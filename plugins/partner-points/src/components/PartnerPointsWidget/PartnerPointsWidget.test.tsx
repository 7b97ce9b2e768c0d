import { screen, waitFor, within } from '@testing-library/react';
import {
  TestApiProvider,
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import { configApiRef } from '@backstage/core-plugin-api';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { PARTNER_POINTS_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import {
  BASE_URL,
  errorBody,
  createClient,
  server,
  testApis,
  mockHappyBackend,
} from '../../__testUtils__/apis';
import { partnerPointsApiRef } from '../../api';
import { standing, standingResponse } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { PartnerPointsWidget } from './PartnerPointsWidget';

registerMswTestHooks(server);

function renderWidget(signalApi = new MockSignalApi()) {
  return renderWithApis(<PartnerPointsWidget />, { signalApi });
}

describe('PartnerPointsWidget', () => {
  it('shows the tier name, points, progress and the top three actions', async () => {
    mockHappyBackend();
    await renderWidget();

    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(screen.getByText('Northwind Cloud')).toBeInTheDocument();
    expect(screen.getByText('640')).toBeInTheDocument();
    expect(screen.getByText('210 points to Pinnacle')).toBeInTheDocument();
    const progress = screen.getByRole('progressbar', {
      name: 'Progress to Pinnacle',
    });
    expect(progress).toHaveAttribute('aria-valuenow', '75');
    expect(progress).toHaveAttribute(
      'aria-valuetext',
      '640 of 850 points (75%)',
    );

    const actions = screen.getByRole('list', { name: 'Top actions' });
    const items = within(actions).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Close a deal with a new customer');
    expect(items[0]).toHaveTextContent('+40 pts');
    expect(items[1]).toHaveTextContent('Execute a strategy play');
    expect(items[2]).toHaveTextContent('Complete an Ignite course');
    expect(
      screen.queryByText('Complete a Solutions Lab stage'),
    ).not.toBeInTheDocument();
    // The Solutions Hub is not installed in this app: the action's link
    // reads whole, without pointing nowhere.
    expect(items[0]).toHaveTextContent('Sales tools (Solutions Hub)');
    expect(
      screen.queryByRole('link', { name: 'Sales tools' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'See the full program standing' }),
    ).toHaveAttribute('href', '/partner-points');
  });

  it('works without the page installed, only without the link', async () => {
    mockHappyBackend();
    await renderInTestApp(
      <TestApiProvider apis={testApis()}>
        <PartnerPointsWidget />
      </TestApiProvider>,
    );
    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'See the full program standing' }),
    ).not.toBeInTheDocument();
  });

  it('warns when expiring points would drop the tier', async () => {
    mockHappyBackend();
    await renderWidget();
    expect(
      await screen.findByText(
        'You fall to Advanced on 12 January 2027 unless you earn 20 points before then.',
      ),
    ).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    server.use(
      rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
        res(ctx.delay('infinite')),
      ),
      rest.get(`${BASE_URL}/program`, (_req, res, ctx) =>
        res(ctx.delay('infinite')),
      ),
    );
    await renderWidget();
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText('Principal tier')).not.toBeInTheDocument();
  });

  it('tells users who belong to no partner what to do', async () => {
    mockHappyBackend();
    server.use(
      rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json(errorBody('NotFoundError', 'Caller is not a partner', 404)),
        ),
      ),
    );
    await renderWidget();
    expect(
      await screen.findByText('You are not a member of a partner organisation'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/ask your partner administrator to add you/),
    ).toBeInTheDocument();
  });

  it('shows other errors', async () => {
    mockHappyBackend();
    server.use(
      rest.get(`${BASE_URL}/standing`, (_req, res, ctx) =>
        res(
          ctx.status(500),
          ctx.json(errorBody('Error', 'Ledger unavailable', 500)),
        ),
      ),
    );
    await renderWidget();
    expect(
      await screen.findByText(
        'Error: The program standing could not be loaded',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Ledger unavailable').length).toBeGreaterThan(0);
    expect(screen.queryByText('Principal tier')).not.toBeInTheDocument();
    // The error says what to do next: try again.
    mockHappyBackend();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Principal tier')).toBeInTheDocument();
  });

  it('reloads when the standing of its partner is signalled, not for others', async () => {
    let requests = 0;
    let totalPoints = 640;
    mockHappyBackend();
    server.use(
      rest.get(`${BASE_URL}/standing`, (_req, res, ctx) => {
        requests += 1;
        return res(
          ctx.json({
            ...standingResponse,
            standing: { ...standing, totalPoints },
          }),
        );
      }),
    );
    const signals = new MockSignalApi();
    await renderWidget(signals);
    expect(await screen.findByText('640')).toBeInTheDocument();
    expect(signals.subscriberCount(PARTNER_POINTS_SIGNAL_CHANNEL)).toBe(1);

    totalPoints = 700;
    signals.publish(PARTNER_POINTS_SIGNAL_CHANNEL, {
      partnerRef: 'group:default/someone-else',
      totalPoints: 5,
      tier: 'community',
    });
    // Give a wrongly triggered reload the chance to land.
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(requests).toBe(1);
    expect(screen.getByText('640')).toBeInTheDocument();

    signals.publish(PARTNER_POINTS_SIGNAL_CHANNEL, {
      // Entity refs compare case-insensitively.
      partnerRef: 'group:default/Northwind-Cloud',
      totalPoints: 700,
      tier: 'principal',
    });
    expect(await screen.findByText('700')).toBeInTheDocument();
    await waitFor(() => expect(requests).toBe(2));
  });

  it('polls for changes in an app without the signals plugin', async () => {
    let totalPoints = 640;
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
    );
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [partnerPointsApiRef, createClient()],
          [
            configApiRef,
            mockApis.config({
              data: {
                partnerStudio: { refresh: { pollIntervalSeconds: 0.1 } },
              },
            }),
          ],
        ]}
      >
        <PartnerPointsWidget />
      </TestApiProvider>,
    );
    expect(await screen.findByText('640')).toBeInTheDocument();
    totalPoints = 702;
    expect(await screen.findByText('702')).toBeInTheDocument();
  });
});
