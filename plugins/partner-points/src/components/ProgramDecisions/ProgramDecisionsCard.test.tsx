import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { rest } from 'msw';
import { programNames } from '@partner-studio/plugin-partner-studio-react';
import {
  PARTNER_PATH,
  errorBody,
  mockHappyBackend,
  permissionsOf,
  server,
} from '../../__testUtils__/apis';
import {
  adjustments,
  adjustmentsForAdmins,
  exemptions,
  program,
  standing,
  standingResponse,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { ProgramDecisionsCard } from './ProgramDecisionsCard';
import { StandingDecisions } from './StandingDecisions';

registerMswTestHooks(server);

jest.setTimeout(30_000);

const names = programNames(program);

function renderCard(role: 'admin' | 'member') {
  return renderWithApis(
    <ProgramDecisionsCard
      partner={standingResponse.partner}
      program={program}
      names={names}
    />,
    { permissionApi: permissionsOf(role) },
  );
}

/** Records the JSON bodies of POST requests, by path. */
function recordPosts() {
  const posts: { path: string; body: unknown }[] = [];
  server.events.on('request:start', req => {
    if (req.method === 'POST') {
      const path = req.url.pathname;
      req
        .clone()
        .json()
        .then(body => posts.push({ path, body }));
    }
  });
  return posts;
}

afterEach(() => server.events.removeAllListeners());

describe('ProgramDecisionsCard', () => {
  it('shows a partner every adjustment and exemption with its reason and status, and nothing to change them', async () => {
    mockHappyBackend();
    await renderCard('member');

    const list = await screen.findByRole('list', { name: 'Adjustments' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Active+20 points: Migration credit, granted 3 November 2026, expires 31 March 2027',
    );
    expect(items[1]).toHaveTextContent(
      'Revoked−15 points: Duplicate deal registration, granted 10 September 2026, counts until revoked',
    );
    // The reason of the revocation is the partner's to read; who is not.
    expect(items[1]).toHaveTextContent(
      'Revoked 12 September 2026: The registration was not a duplicate',
    );
    expect(
      within(screen.getByRole('list', { name: 'Exemptions' })).getByRole(
        'listitem',
      ),
    ).toHaveTextContent(
      'Principal: at least 150 capability points — waived: New partner, certifications in progress, from 1 November 2026 until 1 June 2027',
    );
    expect(screen.queryByText(/Granted by/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Grant adjustment' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Revoke/ }),
    ).not.toBeInTheDocument();
  });

  it('says what to do when there is none', async () => {
    mockHappyBackend();
    server.use(
      rest.get(`${PARTNER_PATH}/adjustments`, (_req, res, ctx) =>
        res(ctx.json({ items: [] })),
      ),
      rest.get(`${PARTNER_PATH}/exemptions`, (_req, res, ctx) =>
        res(ctx.json({ items: [] })),
      ),
    );
    await renderCard('member');
    expect(
      await screen.findByText('No adjustments or exemptions'),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask your partner manager/)).toBeInTheDocument();
  });

  it('shows the error with a way to try again when the list cannot be loaded', async () => {
    mockHappyBackend();
    server.use(
      rest.get(`${PARTNER_PATH}/exemptions`, (_req, res, ctx) =>
        res(
          ctx.status(500),
          ctx.json(errorBody('Error', 'Database unavailable', 500)),
        ),
      ),
    );
    await renderCard('member');
    expect(
      await screen.findByText(/Adjustments and exemptions could not be loaded/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('lets a program admin grant an adjustment, and lists it once recorded', async () => {
    mockHappyBackend();
    let granted = false;
    server.use(
      rest.get(`${PARTNER_PATH}/adjustments`, (_req, res, ctx) =>
        res(
          ctx.json(
            granted
              ? {
                  items: [
                    {
                      id: 'adj-3',
                      partnerRef: standingResponse.partner.entityRef,
                      points: 35.5,
                      reason: 'Launch bonus',
                      grantedAt: '2026-11-20T00:00:00.000Z',
                      expiresAt: '2027-02-01T00:00:00.000Z',
                      businessModel: 'solution-builder',
                      status: 'active',
                      grantedBy: 'user:default/paul.admin',
                    },
                    ...adjustmentsForAdmins.items,
                  ],
                }
              : adjustmentsForAdmins,
          ),
        ),
      ),
      rest.post(`${PARTNER_PATH}/adjustments`, (_req, res, ctx) => {
        granted = true;
        return res(ctx.status(201), ctx.json(adjustments.items[0]));
      }),
    );
    const posts = recordPosts();
    await renderCard('admin');

    // The audit's "who", for admins.
    expect(
      await screen.findByText(
        'Granted by paul.admin · Revoked 12 September 2026 by paul.admin: The registration was not a duplicate',
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Grant adjustment' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Grant Northwind Cloud an adjustment',
    });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Points/ }),
      '35.5',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Reason/ }),
      'Launch bonus',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Expires on/ }),
      '2027-02-01',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Business model/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Solution Builder' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Grant adjustment' }),
    );

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(posts).toEqual([
      {
        path: '/api/partner-points/partners/default/northwind-cloud/adjustments',
        body: {
          points: 35.5,
          reason: 'Launch bonus',
          expiresAt: '2027-02-01T00:00:00Z',
          businessModel: 'solution-builder',
        },
      },
    ]);
    expect(
      await screen.findByText(
        '+35.5 points (Solution Builder): Launch bonus, granted 20 November 2026, expires 1 February 2027',
      ),
    ).toBeInTheDocument();
  });

  it("shows the server's 400 message in the dialog and keeps what was typed", async () => {
    mockHappyBackend();
    server.use(
      rest.post(`${PARTNER_PATH}/adjustments`, (_req, res, ctx) =>
        res(
          ctx.status(400),
          ctx.json(
            errorBody(
              'InputError',
              'points: must not be 0; an adjustment adds or withdraws points',
              400,
            ),
          ),
        ),
      ),
    );
    await renderCard('admin');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Grant adjustment' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Points/ }),
      '0',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Reason/ }),
      'Nothing',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Grant adjustment' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'points: must not be 0; an adjustment adds or withdraws points',
    );
    expect(
      within(dialog).getByRole('textbox', { name: /^Reason/ }),
    ).toHaveValue('Nothing');
  });

  it('does not send points that are not a number', async () => {
    mockHappyBackend();
    const posts = recordPosts();
    await renderCard('admin');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Grant adjustment' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Points/ }),
      'twenty',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Grant adjustment' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Points: enter a number',
    );
    expect(posts).toEqual([]);
  });

  it('lets a program admin waive a tier requirement', async () => {
    mockHappyBackend();
    server.use(
      rest.post(`${PARTNER_PATH}/exemptions`, (_req, res, ctx) =>
        res(ctx.status(201), ctx.json(exemptions.items[0])),
      ),
    );
    const posts = recordPosts();
    const withRequirement = {
      ...program,
      tiers: program.tiers.map(tier =>
        tier.id === 'principal'
          ? {
              ...tier,
              requirements: [
                {
                  type: 'pillar-kind-points' as const,
                  id: 'capability-floor',
                  pillarKind: 'capability' as const,
                  minPoints: 150,
                  description: 'At least 150 capability points',
                },
              ],
            }
          : tier,
      ),
    };
    await renderWithApis(
      <ProgramDecisionsCard
        partner={standingResponse.partner}
        program={withRequirement}
        names={names}
      />,
      { permissionApi: permissionsOf('admin') },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Grant exemption' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Grant Northwind Cloud an exemption',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Waive/ }),
    );
    // Invitations cannot be waived: Pinnacle's is not offered.
    expect(
      screen.queryByRole('option', { name: /invitation/i }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Principal: At least 150 capability points',
      }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Justification/ }),
      'New partner, certifications in progress',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Grant exemption' }),
    );
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].body).toEqual({
      target: {
        kind: 'tier-requirement',
        tierId: 'principal',
        requirementId: 'capability-floor',
      },
      reason: 'New partner, certifications in progress',
    });
  });

  it('revokes only after a confirmation with a reason, and shows a refusal', async () => {
    mockHappyBackend();
    let conflict = false;
    server.use(
      rest.post(`${PARTNER_PATH}/adjustments/:id/revoke`, (_req, res, ctx) =>
        conflict
          ? res(
              ctx.status(409),
              ctx.json(
                errorBody(
                  'ConflictError',
                  'Adjustment adj-2 is already revoked',
                  409,
                ),
              ),
            )
          : res(ctx.json({ ...adjustments.items[0], status: 'revoked' })),
      ),
    );
    const posts = recordPosts();
    await renderCard('admin');

    const list = await screen.findByRole('list', { name: 'Adjustments' });
    // Only what still counts can be revoked.
    expect(
      await within(list).findAllByRole('button', { name: /^Revoke/ }),
    ).toHaveLength(1);
    await userEvent.click(
      within(list).getByRole('button', {
        name: /^Revoke: \+20 points: Migration credit/,
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke this adjustment?',
    });
    expect(dialog).toHaveTextContent('nothing is deleted');
    // Cancel changes nothing.
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(posts).toEqual([]);

    await userEvent.click(
      within(list).getByRole('button', { name: /^Revoke: \+20 points/ }),
    );
    const again = await screen.findByRole('dialog');
    await userEvent.type(
      within(again).getByRole('textbox', { name: /^Reason for revoking/ }),
      'Granted to the wrong partner',
    );
    conflict = true;
    await userEvent.click(
      within(again).getByRole('button', { name: 'Revoke adjustment' }),
    );
    expect(await within(again).findByRole('alert')).toHaveTextContent(
      'Adjustment adj-2 is already revoked',
    );
    conflict = false;
    await userEvent.click(
      within(again).getByRole('button', { name: 'Revoke adjustment' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(posts.map(p => p.path)).toEqual([
      '/api/partner-points/partners/default/northwind-cloud/adjustments/adj-2/revoke',
      '/api/partner-points/partners/default/northwind-cloud/adjustments/adj-2/revoke',
    ]);
    expect(posts[1].body).toEqual({ reason: 'Granted to the wrong partner' });
  });
});

describe('StandingDecisions', () => {
  it('explains the points no metric explains, under the breakdown', async () => {
    await renderWithApis(
      <StandingDecisions
        standing={{
          ...standing,
          adjustments: [
            {
              id: 'adj-2',
              points: 20,
              reason: 'Migration credit',
              grantedAt: '2026-11-03T00:00:00.000Z',
              expiresAt: '2027-03-31T00:00:00.000Z',
              counted: true,
            },
          ],
          exemptions: [],
        }}
        names={names}
      />,
    );
    expect(
      screen.getByText(
        '+20 points: Migration credit, granted 3 November 2026, expires 31 March 2027',
      ),
    ).toBeInTheDocument();
  });

  it('shows nothing without adjustments or exemptions', async () => {
    await renderWithApis(
      <div data-testid="breakdown">
        <StandingDecisions standing={standing} names={names} />
      </div>,
    );
    expect(screen.getByTestId('breakdown')).toBeEmptyDOMElement();
  });
});
