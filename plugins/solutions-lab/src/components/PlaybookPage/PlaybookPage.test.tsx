import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { Route, Routes } from 'react-router-dom';
import { server } from '../../__testUtils__/fakeLab';
import { PersonaName, renderLab } from '../../__testUtils__/render';
import { SolutionsLabPage } from '../SolutionsLabPage';

registerMswTestHooks(server);

function renderPlaybook(playbookId: string, persona: PersonaName = 'carla') {
  return renderLab(
    <Routes>
      <Route path="/solutions-lab/*" element={<SolutionsLabPage />} />
    </Routes>,
    { persona, routeEntries: [`/solutions-lab/playbooks/${playbookId}`] },
  );
}

describe('PlaybookPage', () => {
  it('shows the stages with criteria, SLA, points from the program and Hub recommendations', async () => {
    await renderPlaybook('solution-development');
    const stages = await screen.findByRole('list', {
      name: 'Stages of Solution development and commercialization',
    });
    for (const title of ['1. Qualify', '3. Build', '6. Launch', '7. Grow']) {
      expect(within(stages).getByText(title)).toBeInTheDocument();
    }
    expect(screen.getAllByText('Commercialization · SLA 30 days')).toHaveLength(
      1,
    );
    const criteria = screen.getByRole('table', {
      name: 'Exit criteria of Build',
    });
    expect(
      within(criteria).getByRole('row', {
        name: /API conformance suite passes/,
      }),
    ).toHaveTextContent(
      'RequiredLink to a run of the Hub validation toolThe partner',
    );
    expect(
      within(criteria).getByRole('row', { name: /Demo recorded/ }),
    ).toHaveTextContent('Optional');
    // Points as the program defines them: metric, pillar, business model names.
    const points = screen.getAllByRole('list', { name: 'Points' })[2];
    expect(points).toHaveTextContent(
      'Passing the stage: +16.67 points towards “Solutions Lab stages”',
    );
    expect(points).toHaveTextContent(
      'up to 100 points at 6 stages within 730 days, for Solution Builder.',
    );
    expect(
      within(
        screen.getByRole('list', { name: 'Hub tools for Build' }),
      ).getByRole('link', { name: 'Partner cloud sandbox' }),
    ).toHaveAttribute(
      'href',
      '/solutions-hub/tools/default/partner-cloud-sandbox',
    );
    expect(screen.getByText(/Points as .* defines them/)).toBeInTheDocument();
  });

  it('opens the request form with the playbook chosen, and its paths', async () => {
    await renderPlaybook('partner-led-customer-success');
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Request an engagement with this playbook',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('button', { name: /Playbook/ }),
    ).toHaveTextContent('Partner-Led Customer Success specialization');
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map(r => r.closest('label')?.textContent),
    ).toEqual([
      'Build your own package',
      'Resell the vendor’s success package',
      'Collaborate with the vendor',
    ]);
  });

  it('says when a playbook does not exist', async () => {
    await renderPlaybook('services-delivery', 'erin');
    expect(
      await screen.findByText('No playbook “services-delivery”'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'See the playbooks' }),
    ).toHaveAttribute('href', '/solutions-lab?view=playbooks');
  });

  it('does not offer an expert to request an engagement', async () => {
    await renderPlaybook('solution-development', 'erin');
    await screen.findByRole('list', {
      name: 'Stages of Solution development and commercialization',
    });
    expect(
      screen.queryByRole('button', {
        name: 'Request an engagement with this playbook',
      }),
    ).toBeNull();
  });
});
