import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { Route, Routes } from 'react-router-dom';
import { FakeLab, server } from '../../__testUtils__/fakeLab';
import { contosoSuccess } from '../../__testUtils__/fixtures';
import { PERSONAS, renderLab } from '../../__testUtils__/render';
import { SolutionsLabPage } from '../SolutionsLabPage';

registerMswTestHooks(server);

const ID = contosoSuccess.id;

/** Erin's Contoso engagement, with its one open required item checked. */
function labWithGateOpen() {
  const lab = new FakeLab(PERSONAS.erin.caller).install();
  const item = lab.engagements
    .get(ID)!
    .stages[0].checklist.find(i => i.id === 'csm-certified')!;
  item.checked = true;
  item.evidenceUrl = 'https://contoso.example/csm.pdf';
  lab.engagements.get(ID)!.gate = { ready: true, missing: [] };
  return lab;
}

async function openDialog(lab?: FakeLab) {
  const rendered = await renderLab(
    <Routes>
      <Route path="/solutions-lab/*" element={<SolutionsLabPage />} />
    </Routes>,
    {
      persona: 'erin',
      routeEntries: [`/solutions-lab/engagements/${ID}`],
      lab,
    },
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Decide…' }));
  return { ...rendered, dialog: await screen.findByRole('dialog') };
}

async function choose(dialog: HTMLElement, label: RegExp, option: string) {
  await userEvent.click(within(dialog).getByRole('button', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

function decisions(lab: FakeLab) {
  return lab.requests.filter(r => r.path.endsWith('/decisions'));
}

describe('DecisionDialog', () => {
  it('does not offer to advance while required criteria are open, and says which', async () => {
    const { dialog } = await openDialog();
    expect(
      within(dialog).getByRole('radio', {
        name: 'Advance to the next stage (required criteria are open)',
      }),
    ).toBeDisabled();
    expect(
      within(dialog).getByRole('list', { name: 'Open required criteria' }),
    ).toHaveTextContent('Two certified customer success managers');
    // The first stage cannot be sent back.
    expect(
      within(dialog).queryByRole('radio', { name: 'Send back' }),
    ).toBeNull();
    expect(
      within(dialog).getByRole('radio', { name: 'Put on hold' }),
    ).toBeChecked();
  });

  it('needs a reason code to close, and sends the decision on the version shown', async () => {
    const { dialog, lab } = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Close the engagement' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close the engagement' }),
    );
    expect(
      within(dialog).getByText('Choose the reason; the partner sees it.'),
    ).toBeInTheDocument();
    expect(decisions(lab)).toEqual([]);

    await choose(dialog, /Reason/, 'Other (explain in the comment)');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close the engagement' }),
    );
    expect(
      within(dialog).getByText('Explain the reason “Other” in a comment.'),
    ).toBeInTheDocument();
    expect(decisions(lab)).toEqual([]);

    await userEvent.click(
      within(dialog).getByRole('textbox', { name: /Comment/ }),
    );
    await userEvent.paste('Merged into the landing zone engagement.');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close the engagement' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(decisions(lab).map(r => r.body)).toEqual([
      {
        decision: 'close',
        expectedVersion: 7,
        reason: 'other',
        comment: 'Merged into the landing zone engagement.',
      },
    ]);
  }, 30_000);

  it('advances an engagement whose gate is open; the page shows the next stage', async () => {
    const { dialog, lab } = await openDialog(labWithGateOpen());
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Advance to the next stage' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Advance to the next stage' }),
    );
    expect(
      await screen.findByText('Current stage: Path requirements'),
    ).toBeInTheDocument();
    expect(decisions(lab).map(r => r.body)).toEqual([
      { decision: 'advance', expectedVersion: 7 },
    ]);
  }, 30_000);

  it('explains a 409, reloads the engagement and decides again on the new version', async () => {
    const { dialog, lab } = await openDialog(labWithGateOpen());
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Advance to the next stage' }),
    );
    // Meanwhile a program admin puts it on hold.
    lab.changeElsewhere(ID, e => {
      e.status = 'on-hold';
      e.sla = { ...e.sla, state: 'paused' };
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Advance to the next stage' }),
    );

    expect(
      await within(dialog).findByText('Someone else changed this engagement'),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'your decision was not applied and nothing changed. It has been reloaded: it is now on hold, in stage “Prepare”.',
    );
    // What the engagement allows now: on hold, it can be resumed.
    expect(within(dialog).queryByRole('radio', { name: /Advance/ })).toBeNull();
    expect(within(dialog).getByRole('radio', { name: 'Resume' })).toBeChecked();
    // The page behind shows the reloaded engagement too.
    await waitFor(() =>
      expect(screen.getAllByText('On hold').length).toBeGreaterThan(0),
    );
    const engagement = lab.engagements.get(ID)!;
    expect(engagement.currentStageId).toBe('prepare');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Resume' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(decisions(lab).map(r => r.body)).toEqual([
      { decision: 'advance', expectedVersion: 7 },
      { decision: 'resume', expectedVersion: 8 },
    ]);
  }, 30_000);
});
