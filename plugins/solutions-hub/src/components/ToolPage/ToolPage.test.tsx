import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import type { HubPublicRating } from '@partner-studio/plugin-partner-studio-common';
import { rest } from 'msw';
import {
  HUB,
  errorBody,
  mockHubBackend,
  server,
} from '../../__testUtils__/backend';
import {
  COURSE_TOOL,
  GPU_SANDBOX,
  PLAY_TOOL,
  RATINGS,
  SDK_TOOL,
  TEMPLATE_TOOL,
  TOOLS,
  detailOf,
} from '../../__testUtils__/fixtures';
import { renderHubPage } from '../../__testUtils__/render';

registerMswTestHooks(server);
jest.setTimeout(30_000);

function address() {
  return screen.getByRole('status', { name: 'Current address' }).textContent;
}

const toolPath = (name: string) => `/solutions-hub/tools/default/${name}`;

/** Ratings kept like the backend keeps them: one per person, the caller's marked. */
function mockRatings(initial: HubPublicRating[]) {
  let ratings = [...initial];
  const puts: unknown[] = [];
  server.use(
    rest.get(`${HUB}/tools/:namespace/:name/ratings`, (_req, res, ctx) => {
      const histogram = [1, 2, 3, 4, 5].map(
        n => ratings.filter(r => r.stars === n).length,
      );
      return res(
        ctx.json({
          summary: {
            count: ratings.length,
            ...(ratings.length
              ? {
                  average:
                    Math.round(
                      (ratings.reduce((s, r) => s + r.stars, 0) /
                        ratings.length) *
                        10,
                    ) / 10,
                }
              : {}),
            histogram,
          },
          items: ratings,
        }),
      );
    }),
    rest.put(`${HUB}/tools/:namespace/:name/rating`, async (req, res, ctx) => {
      const body = await req.json();
      puts.push(body);
      const mine: HubPublicRating = {
        id: 'mine',
        stars: body.stars,
        comment: body.comment,
        createdAt: '2026-12-01T10:00:00Z',
        updatedAt: '2026-12-01T10:00:00Z',
        mine: true,
        verifiedOutcome: false,
      };
      const had = ratings.some(r => r.mine);
      ratings = [mine, ...ratings.filter(r => !r.mine)];
      return res(ctx.status(had ? 200 : 201), ctx.json({ rating: mine }));
    }),
    rest.delete(`${HUB}/tools/:namespace/:name/rating`, (_req, res, ctx) => {
      ratings = ratings.filter(r => !r.mine);
      return res(ctx.status(204));
    }),
  );
  return puts;
}

describe('ToolPage', () => {
  it('shows what the tool is, its links per environment and the stages it serves', async () => {
    mockHubBackend();
    await renderHubPage(toolPath(SDK_TOOL.name));
    expect(
      await screen.findByRole('heading', { level: 2, name: SDK_TOOL.title }),
    ).toBeInTheDocument();
    expect(screen.getByText(SDK_TOOL.description)).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: /^https:\/\/sandbox\.example\.com\/compute/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: /^https:\/\/api\.example\.com\/compute/,
      }),
    ).toBeInTheDocument();
    const about = screen.getByRole('complementary', {
      name: 'About this tool',
    });
    expect(within(about).getByText('Solution Builder')).toBeInTheDocument();
    expect(within(about).getByText('Every partner tier')).toBeInTheDocument();
    expect(within(about).getByRole('link', { name: 'go' })).toHaveAttribute(
      'href',
      '/solutions-hub?tag=go',
    );
  });

  it("links the owner's catalog page by the owner's display name", async () => {
    mockHubBackend();
    await renderHubPage(toolPath(SDK_TOOL.name));
    const about = await screen.findByRole('complementary', {
      name: 'About this tool',
    });
    // The catalog's entity presentation answers after the page shows.
    expect(
      await within(about).findByRole('link', { name: 'Partner engineering' }),
    ).toHaveAttribute('href', '/catalog/default/group/partner-engineering');
    expect(
      within(about).queryByText(/group:default\/partner-engineering/),
    ).not.toBeInTheDocument();
  });

  it('links the Lab stages a tool helps with to their playbook', async () => {
    mockHubBackend();
    await renderHubPage(toolPath(TEMPLATE_TOOL.name));
    const about = await screen.findByRole('complementary', {
      name: 'About this tool',
    });
    expect(
      within(about).getByRole('link', { name: 'Solution development: Build' }),
    ).toHaveAttribute('href', '/solutions-lab/playbooks/solution-development');
  });

  it('launches a software template in the scaffolder, recording the launch', async () => {
    mockHubBackend();
    const launches: string[] = [];
    server.use(
      rest.post(`${HUB}/tools/:namespace/:name/launches`, (req, res, ctx) => {
        launches.push(`${req.params.name}`);
        return res(
          ctx.status(201),
          ctx.json({ launchId: 'l-1', target: TEMPLATE_TOOL.launch }),
        );
      }),
    );
    await renderHubPage(toolPath(TEMPLATE_TOOL.name));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Create with this template' }),
    );
    await waitFor(() =>
      expect(address()).toBe(
        '/create/templates/default/meridian-typescript-integration',
      ),
    );
    expect(launches).toEqual(['typescript-integration-starter']);
  });

  it('launches a URL in a new tab, with the link in case the tab was blocked', async () => {
    mockHubBackend();
    server.use(
      rest.post(`${HUB}/tools/:namespace/:name/launches`, (_req, res, ctx) =>
        res(
          ctx.status(201),
          ctx.json({ launchId: 'l-2', target: SDK_TOOL.launch }),
        ),
      ),
    );
    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    try {
      await renderHubPage(toolPath(SDK_TOOL.name));
      await userEvent.click(
        await screen.findByRole('button', { name: 'Launch' }),
      );
      await waitFor(() =>
        expect(open).toHaveBeenCalledWith(
          'https://developer.example.com/sdk/go',
          '_blank',
          'noopener,noreferrer',
        ),
      );
      expect(
        screen.getByRole('link', {
          name: new RegExp(`^open ${SDK_TOOL.title}`),
        }),
      ).toHaveAttribute('href', 'https://developer.example.com/sdk/go');
    } finally {
      open.mockRestore();
    }
  });

  it('cannot launch a locked tool, and says what unlocks it', async () => {
    mockHubBackend();
    await renderHubPage(toolPath(GPU_SANDBOX.name));
    expect(
      await screen.findByRole('button', { name: 'Launch' }),
    ).toBeDisabled();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Locked' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Reach Principal (you are Advanced, 120 points to go)', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'See your program standing' }),
    ).toHaveAttribute('href', '/partner-points');
  });

  it('shows the refusal when the tool became locked meanwhile', async () => {
    mockHubBackend();
    server.use(
      rest.post(`${HUB}/tools/:namespace/:name/launches`, (_req, res, ctx) =>
        res(
          ctx.status(403),
          ctx.json(
            errorBody(
              'NotAllowedError',
              'Compute SDK for Go is locked: Reach Select',
              403,
            ),
          ),
        ),
      ),
    );
    await renderHubPage(toolPath(SDK_TOOL.name));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Launch' }),
    );
    expect(
      await screen.findByText('Compute SDK for Go is locked: Reach Select'),
    ).toBeInTheDocument();
  });

  it('says plainly when there is no such tool', async () => {
    mockHubBackend();
    await renderHubPage(toolPath('no-such-tool'));
    expect(await screen.findByText('No such tool')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Search the Solutions Hub' }),
    ).toHaveAttribute('href', '/solutions-hub');
  });

  it("shows others' ratings, and lets the caller rate, edit and withdraw", async () => {
    mockHubBackend();
    const puts = mockRatings(RATINGS.filter(r => !r.mine));
    await renderHubPage(toolPath(TEMPLATE_TOOL.name));

    const ratings = await screen.findByRole('list', { name: 'Ratings' });
    expect(within(ratings).getByText('Saved us a week.')).toBeInTheDocument();
    expect(within(ratings).getByText(/Verified outcome/)).toBeInTheDocument();
    expect(screen.getByText('5.0 out of 5 (1 rating)')).toBeInTheDocument();

    const form = screen.getByRole('form', {
      name: `Rate ${TEMPLATE_TOOL.title}`,
    });
    await userEvent.click(
      within(form).getByRole('radio', { name: '4 out of 5 stars' }),
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Comment/ }),
      'Clear and quick.',
    );
    await userEvent.click(
      within(form).getByRole('button', { name: 'Save your rating' }),
    );
    expect(
      await screen.findByText('Your rating was saved.'),
    ).toBeInTheDocument();
    expect(puts).toEqual([{ stars: 4, comment: 'Clear and quick.' }]);
    await waitFor(() =>
      expect(screen.getByText('4.5 out of 5 (2 ratings)')).toBeInTheDocument(),
    );
    expect(
      screen.getByText('Your rating', { selector: 'strong' }),
    ).toBeInTheDocument();

    // Edit: the form holds the caller's rating.
    await userEvent.click(
      within(form).getByRole('radio', { name: '2 out of 5 stars' }),
    );
    await userEvent.click(
      within(form).getByRole('button', { name: 'Update your rating' }),
    );
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toEqual({ stars: 2, comment: 'Clear and quick.' });

    await userEvent.click(
      within(form).getByRole('button', { name: 'Withdraw your rating' }),
    );
    expect(
      await screen.findByText('Your rating was withdrawn.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('5.0 out of 5 (1 rating)')).toBeInTheDocument(),
    );
  });

  it('offers vendor staff the verified mark instead of the rating form', async () => {
    mockHubBackend({
      sources: { standing: 'not-applicable', lab: 'not-applicable' },
    });
    mockRatings([]);
    const marks: unknown[] = [];
    server.use(
      rest.put(
        `${HUB}/tools/:namespace/:name/verification`,
        async (req, res, ctx) => {
          marks.push(await req.json());
          return res(
            ctx.json({
              verifiedBy: 'user:default/erin.expert',
              verifiedAt: '2026-12-01T10:00:00Z',
            }),
          );
        },
      ),
    );
    await renderHubPage(toolPath(SDK_TOOL.name));
    expect(
      await screen.findByText(
        'Ratings come from the members of partner organisations.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'What you verified (optional)' }),
      'Built the sample app.',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Mark as verified' }),
    );
    await waitFor(() =>
      expect(marks).toEqual([{ note: 'Built the sample app.' }]),
    );
  });

  it('says plainly when a vendor staff member may not verify', async () => {
    mockHubBackend({
      sources: { standing: 'not-applicable', lab: 'not-applicable' },
    });
    server.use(
      rest.put(`${HUB}/tools/:namespace/:name/verification`, (_req, res, ctx) =>
        res(
          ctx.status(403),
          ctx.json(errorBody('NotAllowedError', 'Forbidden', 403)),
        ),
      ),
    );
    await renderHubPage(toolPath(SDK_TOOL.name));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark as verified' }),
    );
    expect(
      await screen.findByText(
        'Only vendor experts and program admins can verify tools.',
      ),
    ).toBeInTheDocument();
  });

  it("shows a play's enablement, incentive and the partner's progress", async () => {
    mockHubBackend();
    server.use(
      rest.get(`${HUB}/tools/default/${PLAY_TOOL.name}`, (_req, res, ctx) =>
        res(
          ctx.json(
            detailOf(PLAY_TOOL, {
              playDetail: {
                playId: 'zero-trust-security',
                name: 'Zero-trust security',
                kind: 'strategy',
                description:
                  'Segmentation discovery and a maturity assessment.',
                pointsPerExecution: 40,
                incentives: [
                  {
                    metricId: 'gtm-plays',
                    metricName: 'GTM plays',
                    actionId: 'run-play',
                    title: 'Execute the play',
                    points: 40,
                    pointsForPartner: 25,
                  },
                ],
                progress: {
                  executions: 2,
                  lastExecutedAt: '2026-10-01T10:00:00Z',
                  points: 80,
                },
              },
            }),
          ),
        ),
      ),
    );
    await renderHubPage(toolPath(PLAY_TOOL.name));
    const play = await screen.findByRole('region', { name: 'The sales play' });
    expect(
      within(play).getByText(
        'Zero-trust security — Strategy play: business transformation',
      ),
    ).toBeInTheDocument();
    expect(
      within(play).getByText(
        'One execution earns 40 points under the program in force:',
      ),
    ).toBeInTheDocument();
    expect(
      within(play).getByText(
        'Execute the play: 40 points in GTM plays (for your partner now: 25 points)',
      ),
    ).toBeInTheDocument();
    expect(
      within(play).getByText(
        'Your partner ran this play 2 times, last on 1 October 2026, earning 80 points.',
      ),
    ).toBeInTheDocument();
  });

  it("shows how many of the partner's people completed a course", async () => {
    mockHubBackend();
    server.use(
      rest.get(`${HUB}/tools/default/${COURSE_TOOL.name}`, (_req, res, ctx) =>
        res(
          ctx.json(
            detailOf(COURSE_TOOL, {
              courseDetail: {
                courseId: 'ignite-selling-value',
                name: 'Selling value',
                track: 'commercial',
                completions: 3,
              },
            }),
          ),
        ),
      ),
    );
    await renderHubPage(toolPath(COURSE_TOOL.name));
    const course = await screen.findByRole('region', {
      name: 'The Ignite course',
    });
    expect(
      within(course).getByText(
        '3 people at your partner organisation completed it.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Start the course' }),
    ).toBeEnabled();
  });

  it('marks the tool as a favourite', async () => {
    mockHubBackend({ tools: TOOLS });
    const favoured: string[] = [];
    server.use(
      rest.put(`${HUB}/tools/:namespace/:name/favorite`, (req, res, ctx) => {
        favoured.push(`${req.params.namespace}/${req.params.name}`);
        return res(ctx.status(204));
      }),
    );
    await renderHubPage(toolPath(SDK_TOOL.name));
    const star = await screen.findByRole('button', {
      name: `Favourite: ${SDK_TOOL.title}`,
    });
    await userEvent.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(favoured).toEqual(['default/compute-sdk-go']));
  });
});
