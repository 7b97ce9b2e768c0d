import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { SOLUTIONS_LAB_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import { Route, Routes } from 'react-router-dom';
import { FakeLab, server } from '../../__testUtils__/fakeLab';
import { ERIN, ETHAN, tailspinQueue } from '../../__testUtils__/fixtures';
import { PersonaName, renderLab } from '../../__testUtils__/render';
import { SolutionsLabPage } from '../SolutionsLabPage';

registerMswTestHooks(server);

function renderHome(
  persona: PersonaName,
  options: {
    path?: string;
    signalApi?: MockSignalApi | null;
    lab?: FakeLab;
    pollIntervalSeconds?: number;
  } = {},
) {
  return renderLab(
    <Routes>
      <Route path="/solutions-lab/*" element={<SolutionsLabPage />} />
    </Routes>,
    {
      persona,
      routeEntries: [options.path ?? '/solutions-lab'],
      signalApi: options.signalApi,
      lab: options.lab,
      pollIntervalSeconds: options.pollIntervalSeconds,
    },
  );
}

async function choose(label: RegExp, option: string | RegExp) {
  await userEvent.click(screen.getByRole('button', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the Solutions Lab home', () => {
  describe('for a partner member (Carla, Contoso)', () => {
    it("shows the partner's engagements with their stage trackers", async () => {
      await renderHome('carla');
      const list = await screen.findByRole('list', {
        name: 'Your engagements',
      });
      expect(
        within(list).getByRole('link', { name: 'Contoso Success Services' }),
      ).toHaveAttribute(
        'href',
        '/solutions-lab/engagements/demo-20261201-contoso-success',
      );
      expect(
        within(list).getByRole('link', {
          name: 'Contoso Managed Kubernetes Landing Zone',
        }),
      ).toBeInTheDocument();
      // Northwind's engagement is not Contoso's.
      expect(
        screen.queryByText('Northwind Cloud Disaster Recovery'),
      ).toBeNull();
      const tracker = screen.getByRole('list', {
        name: 'Stages of Contoso Managed Kubernetes Landing Zone',
      });
      expect(tracker).toHaveTextContent('Development');
      expect(tracker).toHaveTextContent('Commercialization');
      expect(tracker).toHaveTextContent('3. Build (current stage)');
      expect(tracker).toHaveTextContent('6. Launch (not started)');
      expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual([
        'Our engagements',
        'Playbooks',
      ]);
    });

    it('says what to do when the partner has no engagement yet', async () => {
      const lab = new FakeLab({
        userEntityRef: 'user:default/ada.dev',
        partnerRef: 'group:default/adatum-systems',
      }).install();
      await renderHome('carla', { lab });
      expect(await screen.findByText('No engagement yet')).toBeInTheDocument();
      expect(
        screen.getAllByRole('button', { name: 'Request an engagement' }).length,
      ).toBeGreaterThan(0);
    });

    it('requests an engagement: the path is needed for Customer Success, then it opens', async () => {
      const { lab } = await renderHome('carla');
      await userEvent.click(
        (
          await screen.findAllByRole('button', {
            name: 'Request an engagement',
          })
        )[0],
      );
      const dialog = await screen.findByRole('dialog');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Request the engagement' }),
      );
      expect(
        within(dialog).getByText('Name the solution the engagement is for.'),
      ).toBeInTheDocument();

      await userEvent.click(
        within(dialog).getByRole('textbox', { name: /Solution name/ }),
      );
      await userEvent.paste('Contoso Care');
      await choose(/Playbook/, 'Partner-Led Customer Success specialization');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Request the engagement' }),
      );
      expect(
        within(dialog).getByText('Choose the path your partner takes.'),
      ).toBeInTheDocument();
      expect(lab.requests.filter(r => r.method === 'POST')).toEqual([]);

      await userEvent.click(
        within(dialog).getByRole('radio', { name: /Build your own package/ }),
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Request the engagement' }),
      );
      expect(
        await screen.findByRole('heading', { name: 'Contoso Care' }),
      ).toBeInTheDocument();
      expect(lab.requests.filter(r => r.method === 'POST')).toEqual([
        {
          method: 'POST',
          path: '/api/solutions-lab/engagements',
          body: {
            playbookId: 'partner-led-customer-success',
            solutionName: 'Contoso Care',
            path: 'build',
          },
        },
      ]);
    }, 30_000);
  });

  describe('for a vendor expert (Erin)', () => {
    it('shows the queue by SLA risk: assigned to her, and the unassigned ones', async () => {
      const { lab } = await renderHome('erin');
      const mine = await screen.findByRole('table', {
        name: 'Engagements assigned to you',
      });
      expect(mine).toHaveTextContent('Contoso Success Services');
      expect(mine).toHaveTextContent('Northwind Cloud Disaster Recovery');
      expect(mine).toHaveTextContent('At risk: day 17 of 20');
      const queue = await screen.findByRole('table', {
        name: 'Unassigned engagements',
      });
      expect(queue).toHaveTextContent('Tailspin Joint Success');
      expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual([
        'My queue',
        'Funnel',
        'Playbooks',
      ]);
      expect(
        lab.requests
          .filter(r => r.path.startsWith('/api/solutions-lab/engagements?'))
          .map(r => r.path),
      ).toEqual(
        expect.arrayContaining([
          '/api/solutions-lab/engagements?status=active&status=on-hold&sort=sla&assigned=me&limit=25',
          '/api/solutions-lab/engagements?status=active&status=on-hold&sort=sla&assigned=unassigned&limit=25',
        ]),
      );
    });

    it('takes an engagement from the queue', async () => {
      const { lab } = await renderHome('erin');
      await userEvent.click(
        await screen.findByRole('button', {
          name: 'Take Tailspin Joint Success',
        }),
      );
      expect(
        await screen.findByText('You took “Tailspin Joint Success”'),
      ).toBeInTheDocument();
      expect(lab.requests.filter(r => r.method === 'PUT')).toEqual([
        {
          method: 'PUT',
          path: `/api/solutions-lab/engagements/${tailspinQueue.id}/assignment`,
          body: { expertRef: ERIN, expectedVersion: 1 },
        },
      ]);
      await waitFor(() =>
        expect(
          screen.getByRole('table', { name: 'Engagements assigned to you' }),
        ).toHaveTextContent('Tailspin Joint Success'),
      );
      expect(screen.getByText('The queue is empty')).toBeInTheDocument();
    });

    it('says so when another expert took it first', async () => {
      const { lab } = await renderHome('erin');
      await screen.findByRole('button', {
        name: 'Take Tailspin Joint Success',
      });
      lab.changeElsewhere(tailspinQueue.id, () => undefined);
      await userEvent.click(
        screen.getByRole('button', { name: 'Take Tailspin Joint Success' }),
      );
      expect(
        await screen.findByText('“Tailspin Joint Success” was not taken'),
      ).toBeInTheDocument();
    });

    it('re-sorts the queue live when an engagement changes', async () => {
      const signals = new MockSignalApi();
      const { lab } = await renderHome('erin', { signalApi: signals });
      await screen.findByRole('table', { name: 'Unassigned engagements' });
      lab.engagements.set('new-request', {
        ...structuredClone(tailspinQueue),
        id: 'new-request',
        solutionName: 'Fabrikam Renewals Desk',
      });
      signals.publish(SOLUTIONS_LAB_SIGNAL_CHANNEL, {
        engagementId: 'new-request',
        version: 1,
        kind: 'requested',
      });
      expect(
        await screen.findByText('Fabrikam Renewals Desk'),
      ).toBeInTheDocument();
    });

    it('polls when the app has no signals plugin', async () => {
      const { lab } = await renderHome('erin', {
        signalApi: null,
        pollIntervalSeconds: 0.2,
      });
      await screen.findByRole('table', { name: 'Unassigned engagements' });
      lab.engagements.set('new-request', {
        ...structuredClone(tailspinQueue),
        id: 'new-request',
        solutionName: 'Fabrikam Renewals Desk',
      });
      expect(
        await screen.findByText('Fabrikam Renewals Desk', undefined, {
          timeout: 3000,
        }),
      ).toBeInTheDocument();
    });

    it('shows the funnel as a chart and as a table', async () => {
      await renderHome('erin', { path: '/solutions-lab?view=funnel' });
      const chart = await screen.findByRole('list', {
        name: 'Funnel of Solution development and commercialization',
      });
      expect(chart).toHaveTextContent(
        '8 entered · 6 passed · 1 in the stage now · median 11.8 days · 1 dropped off · 2 sent back · 0 passed after the SLA · 0 past the SLA now',
      );
      expect(
        screen.getByText(/14/, { selector: 'strong' }),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('radio', { name: 'Table' }));
      const table = screen.getByRole('table', {
        name: 'Funnel of Solution development and commercialization',
      });
      const validate = within(table).getByRole('row', { name: /Validate/ });
      expect(
        within(validate)
          .getAllByRole('cell')
          .map(c => c.textContent),
      ).toEqual([
        'Validate',
        'Development',
        '8',
        '6',
        '1',
        '11.8 days',
        '1',
        '2',
        '0',
        '0',
      ]);
    });
  });

  describe('for a program admin (Paul)', () => {
    it('lists every engagement and assigns one to an expert', async () => {
      const { lab } = await renderHome('paul');
      const table = await screen.findByRole('table', { name: 'Engagements' });
      expect(table).toHaveTextContent('Northwind Cloud Disaster Recovery');
      expect(table).toHaveTextContent('Tailspin Joint Success');
      expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual([
        'All engagements',
        'Funnel',
        'Playbooks',
      ]);

      await userEvent.click(
        screen.getByRole('button', { name: 'Assign Tailspin Joint Success' }),
      );
      const dialog = await screen.findByRole('dialog');
      await waitFor(() =>
        expect(
          within(dialog).getByRole('button', { name: /Expert/ }),
        ).toBeEnabled(),
      );
      await choose(/Expert/, 'Ethan Okafor');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Assign' }),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(
        lab.requests.filter(r => r.method === 'PUT').map(r => r.body),
      ).toEqual([{ expertRef: ETHAN, expectedVersion: 1 }]);
      expect(lab.engagements.get(tailspinQueue.id)?.assignedExpertRef).toBe(
        ETHAN,
      );
    }, 30_000);

    it('filters in the backend', async () => {
      const { lab } = await renderHome('paul');
      await screen.findByRole('table', { name: 'Engagements' });
      await choose(/SLA$/, 'At risk or breached');
      await waitFor(() =>
        expect(lab.requests.map(r => r.path)).toContain(
          '/api/solutions-lab/engagements?status=active&status=on-hold&slaRisk=at-risk&slaRisk=breached&sort=sla&limit=25',
        ),
      );
    });
  });
});
