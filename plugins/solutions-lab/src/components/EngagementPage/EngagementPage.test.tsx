import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { SOLUTIONS_LAB_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import { Route, Routes } from 'react-router-dom';
import { server } from '../../__testUtils__/fakeLab';
import { contosoSuccess, northwindDr } from '../../__testUtils__/fixtures';
import { PersonaName, renderLab } from '../../__testUtils__/render';
import { SolutionsLabPage } from '../SolutionsLabPage';

registerMswTestHooks(server);

function renderEngagement(
  id: string,
  persona: PersonaName,
  signalApi = new MockSignalApi(),
) {
  return renderLab(
    <Routes>
      <Route path="/solutions-lab/*" element={<SolutionsLabPage />} />
    </Routes>,
    {
      persona,
      routeEntries: [`/solutions-lab/engagements/${id}`],
      signalApi,
    },
  );
}

describe('EngagementPage', () => {
  it('shows a partner its engagement: stages, checklist, notes and timeline, and no decisions', async () => {
    await renderEngagement(contosoSuccess.id, 'carla');
    expect(
      await screen.findByRole('heading', { name: 'Contoso Success Services' }),
    ).toBeInTheDocument();
    const stages = screen.getByRole('list', {
      name: 'Stages of Contoso Success Services',
    });
    expect(
      within(stages).getAllByRole('listitem', { current: 'step' }),
    ).toHaveLength(1);
    expect(stages).toHaveTextContent('1. Prepare (current stage)');
    expect(stages).toHaveTextContent('2. Path requirements (not started)');
    expect(screen.getByText('Current stage: Prepare')).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 required criterion is still open before the stage can be passed.',
      ),
    ).toBeInTheDocument();

    // Carla checks the items the partner delivers, not the expert's.
    const checklist = screen.getByRole('list', {
      name: 'Exit criteria of Prepare',
    });
    expect(
      within(checklist).getByRole('checkbox', {
        name: 'Two certified customer success managers',
      }),
    ).toBeEnabled();
    const expertItem = within(checklist).getByRole('checkbox', {
      name: 'Path rationale agreed',
    });
    expect(expertItem).toBeChecked();
    expect(expertItem).toBeDisabled();

    expect(
      screen.getByText('Resell the vendor’s success package', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Notes' })).toHaveTextContent(
      'Our two CSM certifications are booked for next week.',
    );
    expect(screen.getByRole('list', { name: 'Timeline' })).toHaveTextContent(
      'requested the engagement',
    );
    // A partner is offered no decision and no assignment.
    expect(
      screen.queryByRole('button', { name: 'Decide…' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Assign/ }),
    ).not.toBeInTheDocument();
    // Partners write shared notes only.
    expect(
      screen.queryByRole('radio', { name: /internal/ }),
    ).not.toBeInTheDocument();
  });

  it('asks for an http(s) link before checking an item that needs evidence', async () => {
    const { lab } = await renderEngagement(contosoSuccess.id, 'carla');
    await userEvent.click(
      await screen.findByRole('checkbox', {
        name: 'Two certified customer success managers',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    const link = within(dialog).getByRole('textbox', { name: /Link/ });

    await userEvent.click(link);
    await userEvent.paste('ftp://files.contoso.example/csm.pdf');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Check with this evidence' }),
    );
    expect(
      within(dialog).getByText('Only http(s) links are accepted as evidence.'),
    ).toBeInTheDocument();
    expect(link).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(link);
    await userEvent.paste('https://user:secret@contoso.example/csm.pdf');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Check with this evidence' }),
    );
    expect(
      within(dialog).getByText(
        'The link must not contain a user name or password.',
      ),
    ).toBeInTheDocument();
    expect(lab.requests.filter(r => r.path.includes('/checklist/'))).toEqual(
      [],
    );

    await userEvent.clear(link);
    await userEvent.paste('https://contoso.example/csm-certificates.pdf');
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: /What it is/ }),
    );
    await userEvent.paste('CSM certificates');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Check with this evidence' }),
    );

    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', {
          name: 'Two certified customer success managers',
        }),
      ).toBeChecked(),
    );
    expect(
      screen.getByRole('link', { name: 'CSM certificates' }),
    ).toHaveAttribute('href', 'https://contoso.example/csm-certificates.pdf');
    expect(lab.requests.filter(r => r.path.includes('/checklist/'))).toEqual([
      {
        method: 'POST',
        path: `/api/solutions-lab/engagements/${contosoSuccess.id}/checklist/csm-certified`,
        body: {
          checked: true,
          evidence: {
            url: 'https://contoso.example/csm-certificates.pdf',
            label: 'CSM certificates',
          },
        },
      },
    ]);
    expect(
      await screen.findByText(
        'Every required criterion is met: the expert can pass the stage.',
      ),
    ).toBeInTheDocument();
  }, 30_000);

  it('updates without a reload when a change of this engagement is signalled', async () => {
    const signals = new MockSignalApi();
    const { lab } = await renderEngagement(contosoSuccess.id, 'carla', signals);
    expect(
      await screen.findByText('Current stage: Prepare'),
    ).toBeInTheDocument();
    expect(screen.getByText('Updates live')).toBeInTheDocument();

    lab.changeElsewhere(contosoSuccess.id, e => {
      e.stages[0].state = 'completed';
      e.stages[1].state = 'current';
      e.currentStageId = e.stages[1].id;
      e.completedStageIds = [e.stages[0].id];
    });
    // Another engagement's change does not concern this page.
    signals.publish(SOLUTIONS_LAB_SIGNAL_CHANNEL, {
      engagementId: northwindDr.id,
      version: 10,
      kind: 'decision',
    });
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(screen.getByText('Current stage: Prepare')).toBeInTheDocument();

    signals.publish(SOLUTIONS_LAB_SIGNAL_CHANNEL, {
      engagementId: contosoSuccess.id,
      version: 8,
      kind: 'decision',
    });
    expect(
      await screen.findByText('Current stage: Path requirements'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Stages of Contoso Success Services' }),
    ).toHaveTextContent('1. Prepare (completed)');
  });

  it('says the same for an engagement that does not exist and one that is not yours', async () => {
    await renderEngagement(northwindDr.id, 'carla');
    expect(await screen.findByText('No such engagement')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the Solutions Lab' }),
    ).toHaveAttribute('href', '/solutions-lab');
  });

  it('links the recommended Hub tools and categories and the partner standing', async () => {
    await renderEngagement('demo-20261201-contoso-landing-zone', 'paul');
    const tools = await screen.findByRole('list', {
      name: 'Hub tools for Build',
    });
    expect(
      within(tools).getByRole('link', { name: 'API conformance suite' }),
    ).toHaveAttribute(
      'href',
      '/solutions-hub/tools/default/api-conformance-suite',
    );
    expect(
      screen.getByRole('list', { name: 'Hub categories for Build' }),
    ).toHaveTextContent('SDK');
    expect(
      screen.getByRole('link', { name: 'Validation tool' }),
    ).toHaveAttribute('href', '/solutions-hub?category=validation-tool');
    expect(
      screen.getByRole('link', {
        name: 'Run API conformance suite in the Solutions Hub',
      }),
    ).toHaveAttribute(
      'href',
      '/solutions-hub/tools/default/api-conformance-suite',
    );
    expect(
      screen.getByRole('link', { name: 'Program standing' }),
    ).toHaveAttribute(
      'href',
      '/partner-points/partners/default/contoso-solutions',
    );
  });
});
