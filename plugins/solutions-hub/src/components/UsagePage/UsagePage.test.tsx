import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { rest } from 'msw';
import {
  HUB,
  errorBody,
  mockHubBackend,
  server,
} from '../../__testUtils__/backend';
import { USAGE } from '../../__testUtils__/fixtures';
import { renderHubPage } from '../../__testUtils__/render';

registerMswTestHooks(server);
jest.setTimeout(30_000);

describe('UsagePage', () => {
  it('names today as the last day while the current week is running', async () => {
    mockHubBackend();
    server.use(
      rest.get(`${HUB}/usage`, (_req, res, ctx) => res(ctx.json(USAGE))),
    );
    // The report runs to the end of its last week (29 November); it is the 25th.
    const now = jest
      .spyOn(Date, 'now')
      .mockReturnValue(Date.parse('2026-11-25T10:00:00.000Z'));
    try {
      await renderHubPage('/solutions-hub/usage');
      expect(
        await screen.findByText(
          '11 launches by 3 partners from 2 November 2026 to 25 November 2026.',
        ),
      ).toBeInTheDocument();
    } finally {
      now.mockRestore();
    }
  });

  it('shows launches per week as a chart and per tool as a table', async () => {
    mockHubBackend();
    const weeks: Array<string | null> = [];
    server.use(
      rest.get(`${HUB}/usage`, (req, res, ctx) => {
        weeks.push(req.url.searchParams.get('weeks'));
        return res(ctx.json(USAGE));
      }),
    );
    await renderHubPage('/solutions-hub/usage');
    expect(
      await screen.findByText(
        '11 launches by 3 partners from 2 November 2026 to 29 November 2026.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Launches per week, all tools/ }),
    ).toHaveAccessibleName(
      expect.stringContaining('11 launches over 4 weeks from 2 Nov 2026'),
    );

    const table = screen.getByRole('table', { name: 'Launches per tool' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByRole('link')).toHaveAttribute(
      'href',
      '/solutions-hub/tools/default/typescript-integration-starter',
    );
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'TypeScript integration starter',
      '9',
      '3',
      '5',
      'Up 50%',
      '27 Nov 2026',
      '',
    ]);
    expect(within(rows[2]).getByText('Down 100%')).toBeInTheDocument();

    // The table alternative: every week, zeros included.
    const weekly = screen.getByRole('table', {
      name: 'Launches per tool per week',
      hidden: true,
    });
    const sdkRow = within(weekly).getAllByRole('row', { hidden: true })[2];
    expect(
      within(sdkRow)
        .getAllByRole('cell', { hidden: true })
        .map(cell => cell.textContent),
    ).toEqual(['Compute SDK for Go', '0', '2', '0', '0']);
    expect(weeks).toEqual(['12']);
  });

  it('asks for another period', async () => {
    mockHubBackend();
    const weeks: Array<string | null> = [];
    server.use(
      rest.get(`${HUB}/usage`, (req, res, ctx) => {
        weeks.push(req.url.searchParams.get('weeks'));
        return res(ctx.json(USAGE));
      }),
    );
    await renderHubPage('/solutions-hub/usage');
    await screen.findByRole('table', { name: 'Launches per tool' });
    await userEvent.click(screen.getByRole('button', { name: /Period/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Last 26 weeks' }),
    );
    await waitFor(() => expect(weeks).toEqual(['12', '26']));
  });

  it('tells a partner member whom usage is for, without a period to pick', async () => {
    mockHubBackend();
    const asked: string[] = [];
    server.use(
      rest.get(`${HUB}/usage`, (req, res, ctx) => {
        asked.push(req.url.search);
        return res(ctx.json(USAGE));
      }),
    );
    await renderHubPage('/solutions-hub/usage', {
      permission: AuthorizeResult.DENY,
    });
    expect(
      await screen.findByText('Usage is for vendor experts and program admins'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Usage of the Hub' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Period/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the Solutions Hub' }),
    ).toHaveAttribute('href', '/solutions-hub');
    expect(asked).toEqual([]);
  });

  it('drops the period picker when the backend refuses the usage anyway', async () => {
    mockHubBackend();
    server.use(
      rest.get(`${HUB}/usage`, (_req, res, ctx) =>
        res(
          ctx.status(403),
          ctx.json(errorBody('NotAllowedError', 'Forbidden', 403)),
        ),
      ),
    );
    await renderHubPage('/solutions-hub/usage');
    expect(
      await screen.findByText('Usage is for vendor experts and program admins'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Period/ }),
    ).not.toBeInTheDocument();
  });
});
