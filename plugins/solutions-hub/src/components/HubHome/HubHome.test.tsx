import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { rest } from 'msw';
import {
  HUB,
  errorBody,
  mockHubBackend,
  server,
} from '../../__testUtils__/backend';
import { TOOLS, SDK_TOOL } from '../../__testUtils__/fixtures';
import { renderHubPage } from '../../__testUtils__/render';
import { SEARCH_DEBOUNCE_MS } from '../SearchToolbar';

registerMswTestHooks(server);
// Dozens of cards render slowly in jsdom on a shared machine.
jest.setTimeout(30_000);

function address() {
  return screen.getByRole('status', { name: 'Current address' }).textContent;
}

async function toolTitles() {
  const list = await screen.findByRole('list', { name: 'Tools' });
  return within(list)
    .getAllByRole('heading')
    .map(heading => heading.textContent);
}

describe('HubHome', () => {
  it('lists the tools with facet counts, and a locked tool with what unlocks it', async () => {
    mockHubBackend();
    await renderHubPage();

    expect(await toolTitles()).toEqual(TOOLS.map(t => t.title));
    expect(screen.getByText('6 tools')).toBeInTheDocument();
    const categories = screen.getByRole('group', { name: 'Category' });
    expect(
      within(categories).getByRole('checkbox', { name: 'SDK (1)' }),
    ).toBeEnabled();
    // A value that would give nothing cannot be chosen.
    expect(
      within(categories).getByRole('checkbox', { name: 'Validation tool (0)' }),
    ).toBeDisabled();

    const list = screen.getByRole('list', { name: 'Tools' });
    const gpu = within(list)
      .getByRole('link', { name: 'GPU inference sandbox' })
      .closest('li')!;
    expect(within(gpu).getByText('Locked')).toBeInTheDocument();
    expect(
      within(gpu).getByText(
        'Reach Principal (you are Advanced, 120 points to go)',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(
      within(gpu).getByRole('link', { name: 'See your program standing' }),
    ).toHaveAttribute('href', '/partner-points');
    const api = within(list)
      .getByRole('link', { name: 'Production credentials API' })
      .closest('li')!;
    expect(
      within(api).getByRole('link', {
        name: 'Open the playbook in the Solutions Lab',
      }),
    ).toHaveAttribute('href', '/solutions-lab/playbooks/solution-development');
  });

  it('searches once the typing pauses, not on every key', async () => {
    const requests = mockHubBackend();
    await renderHubPage();
    await toolTitles();
    const before = requests.length;

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search tools' }),
      'compute go',
    );
    await waitFor(() => expect(address()).toBe('/solutions-hub?q=compute+go'));
    await waitFor(() => expect(requests.length).toBe(before + 1));
    expect(requests[requests.length - 1].params.get('q')).toBe('compute go');
    // Nothing more arrives after another pause: one search for the typing.
    await act(() => new Promise(r => setTimeout(r, SEARCH_DEBOUNCE_MS * 2)));
    expect(requests.length).toBe(before + 1);
    await waitFor(async () =>
      expect(await toolTitles()).toEqual([SDK_TOOL.title]),
    );
  });

  it('keeps filters in the URL, and the back button returns to the previous search', async () => {
    const requests = mockHubBackend();
    await renderHubPage();
    await toolTitles();

    await userEvent.click(screen.getByRole('checkbox', { name: 'SDK (1)' }));
    await waitFor(() => expect(address()).toBe('/solutions-hub?category=sdk'));
    await waitFor(async () =>
      expect(await toolTitles()).toEqual([SDK_TOOL.title]),
    );
    expect(requests[requests.length - 1].params.getAll('category')).toEqual([
      'sdk',
    ]);

    // Another category of the same facet adds to it (any of them).
    await userEvent.click(screen.getByRole('checkbox', { name: 'API (1)' }));
    await waitFor(() =>
      expect(address()).toBe('/solutions-hub?category=sdk&category=api'),
    );
    await waitFor(async () => expect(await toolTitles()).toHaveLength(2));

    await userEvent.click(screen.getByRole('button', { name: 'Browser back' }));
    await waitFor(() => expect(address()).toBe('/solutions-hub?category=sdk'));
    await waitFor(async () =>
      expect(await toolTitles()).toEqual([SDK_TOOL.title]),
    );
    expect(screen.getByRole('checkbox', { name: 'SDK (1)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'API (1)' })).not.toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Browser back' }));
    await waitFor(() => expect(address()).toBe('/solutions-hub'));
    await waitFor(async () => expect(await toolTitles()).toHaveLength(6));
  });

  it('opens a shared link with its search, leaving out what is not a filter', async () => {
    const requests = mockHubBackend();
    await renderHubPage(
      '/solutions-hub?q=compute&category=sdk&category=sdks&sort=name',
    );
    await waitFor(async () =>
      expect(await toolTitles()).toEqual([SDK_TOOL.title]),
    );
    const params = requests[0].params;
    expect(params.get('q')).toBe('compute');
    expect(params.getAll('category')).toEqual(['sdk']);
    expect(params.get('sort')).toBe('name');
    expect(screen.getByRole('searchbox', { name: 'Search tools' })).toHaveValue(
      'compute',
    );
    expect(screen.getByRole('checkbox', { name: 'SDK (1)' })).toBeChecked();
    expect(
      screen.getByText('These are not filters of the Hub: category=sdks.'),
    ).toBeInTheDocument();
  });

  it('the back button brings the typed text back into the search box', async () => {
    mockHubBackend();
    await renderHubPage('/solutions-hub?category=sdk');
    await toolTitles();
    const box = screen.getByRole('searchbox', { name: 'Search tools' });
    await userEvent.type(box, 'go');
    await waitFor(() =>
      expect(address()).toBe('/solutions-hub?q=go&category=sdk'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Browser back' }));
    await waitFor(() => expect(address()).toBe('/solutions-hub?category=sdk'));
    expect(box).toHaveValue('');
  });

  it('removes a chosen filter, and clears them all', async () => {
    mockHubBackend();
    await renderHubPage('/solutions-hub?category=sdk&tag=go');
    await toolTitles();
    const chosen = screen.getByRole('list', { name: 'Chosen filters' });
    await userEvent.click(
      within(chosen).getByRole('button', { name: 'Remove filter Tag: go' }),
    );
    await waitFor(() => expect(address()).toBe('/solutions-hub?category=sdk'));
    await userEvent.click(
      screen.getByRole('button', { name: 'Clear all filters' }),
    );
    await waitFor(() => expect(address()).toBe('/solutions-hub'));
  });

  it('says when nothing matches, and offers to clear the search', async () => {
    mockHubBackend();
    await renderHubPage('/solutions-hub?q=nothing-like-this');
    expect(await screen.findByText('No tool matches')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Clear the search and filters' }),
    );
    await waitFor(() => expect(address()).toBe('/solutions-hub'));
    expect(await toolTitles()).toHaveLength(6);
  });

  it('shows an error with a way to try again', async () => {
    mockHubBackend();
    server.use(
      rest.get(`${HUB}/tools`, (_req, res, ctx) =>
        res(
          ctx.status(500),
          ctx.json(errorBody('Error', 'The index is rebuilding', 500)),
        ),
      ),
    );
    await renderHubPage();
    expect(
      (await screen.findAllByText(/The index is rebuilding/)).length,
    ).toBeGreaterThan(0);
    server.resetHandlers();
    mockHubBackend();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await toolTitles()).toHaveLength(6);
  });

  it('says when the tier or the Lab stages could not be read', async () => {
    mockHubBackend({ sources: { standing: 'unavailable', lab: 'ok' } });
    await renderHubPage();
    await toolTitles();
    expect(
      screen.getByText('Some of your information is unavailable right now'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Your program tier could not be read/),
    ).toBeInTheDocument();
  });

  it('pages through many tools with "Show more tools"', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...SDK_TOOL,
      ref: `tool:default/sdk-${i}`,
      name: `sdk-${i}`,
      title: `SDK number ${i}`,
    }));
    const requests = mockHubBackend({ tools: many });
    await renderHubPage();
    expect(await toolTitles()).toHaveLength(24);
    expect(screen.getByText('60 tools, showing 24')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show more tools' }),
    );
    await waitFor(async () => expect(await toolTitles()).toHaveLength(48));
    expect(requests[requests.length - 1].params.get('cursor')).toBe('24');
    await userEvent.click(
      screen.getByRole('button', { name: 'Show more tools' }),
    );
    await waitFor(async () => expect(await toolTitles()).toHaveLength(60));
    expect(
      screen.queryByRole('button', { name: 'Show more tools' }),
    ).not.toBeInTheDocument();
  });

  it('marks a favourite at once, and undoes it when the backend refuses', async () => {
    mockHubBackend();
    const favoured: string[] = [];
    server.use(
      rest.put(`${HUB}/tools/:namespace/:name/favorite`, (req, res, ctx) => {
        favoured.push(`${req.params.name}`);
        return req.params.name === 'gpu-sandbox'
          ? res(ctx.status(500), ctx.json(errorBody('Error', 'Disk full', 500)))
          : res(ctx.status(204));
      }),
    );
    await renderHubPage();
    const list = await screen.findByRole('list', { name: 'Tools' });
    const star = within(list).getByRole('button', {
      name: `Favourite: ${SDK_TOOL.title}`,
    });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(favoured).toEqual(['compute-sdk-go']));

    const refused = within(list).getByRole('button', {
      name: 'Favourite: GPU inference sandbox',
    });
    await act(() => userEvent.click(refused));
    await waitFor(() =>
      expect(refused).toHaveAttribute('aria-pressed', 'false'),
    );
  });

  it('shows the recommendations for the stage, each with why', async () => {
    mockHubBackend();
    await renderHubPage();
    const section = await screen.findByRole('region', {
      name: 'Recommended for your stage',
    });
    const recommended = await within(section).findByRole('list', {
      name: 'Recommended tools',
    });
    expect(
      within(recommended).getByText(
        'Helps with the build stage of Solution development',
      ),
    ).toBeInTheDocument();
    expect(
      within(recommended).getByText(
        'A next step for your standing: Run the zero trust play (40 points)',
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(
        'Your engagements are in the build stage of Solution development',
      ),
    ).toBeInTheDocument();
  });

  it('explains an empty recommendation row to somebody without a partner', async () => {
    mockHubBackend({
      sources: { standing: 'not-applicable', lab: 'not-applicable' },
    });
    server.use(
      rest.get(`${HUB}/recommendations`, (_req, res, ctx) =>
        res(
          ctx.json({
            items: [],
            sources: { standing: 'not-applicable', lab: 'not-applicable' },
          }),
        ),
      ),
    );
    await renderHubPage();
    expect(
      await screen.findByText('No recommendations for you'),
    ).toBeInTheDocument();
    // Vendor staff find the usage report from here.
    expect(
      await screen.findByRole('link', { name: 'Usage of the Hub' }),
    ).toHaveAttribute('href', '/solutions-hub/usage');
  });

  it('lists the favourites in their own view, kept in the URL', async () => {
    mockHubBackend({
      tools: TOOLS.map(t => (t === SDK_TOOL ? { ...t, favorite: true } : t)),
    });
    await renderHubPage();
    await toolTitles();
    await userEvent.click(
      screen.getByRole('radio', { name: 'Your favourites' }),
    );
    await waitFor(() =>
      expect(address()).toBe('/solutions-hub?view=favorites'),
    );
    const list = await screen.findByRole('list', {
      name: 'Your favourite tools',
    });
    expect(
      within(list)
        .getAllByRole('heading')
        .map(h => h.textContent),
    ).toEqual([SDK_TOOL.title]);
  });
});
