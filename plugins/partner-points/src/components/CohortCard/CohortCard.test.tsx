import { screen, waitFor } from '@testing-library/react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { rest } from 'msw';
import { PARTNER_POINTS_SIGNAL_CHANNEL } from '@partner-studio/plugin-partner-studio-common';
import { programNames } from '@partner-studio/plugin-partner-studio-react';
import { MockSignalApi } from '@partner-studio/plugin-partner-studio-react/testUtils';
import { PARTNER_PATH, errorBody, server } from '../../__testUtils__/apis';
import {
  PARTNER_REF,
  allPartners,
  cohort,
  program,
  smallCohort,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { CohortCard, ordinalPercentile } from './CohortCard';

registerMswTestHooks(server);

const names = programNames(program);

function answer(body: object, status = 200) {
  server.use(
    rest.get(`${PARTNER_PATH}/cohort`, (_req, res, ctx) =>
      res(ctx.status(status), ctx.json(body)),
    ),
  );
}

describe('CohortCard', () => {
  it('shows the percentile overall and per pillar, and names no other partner', async () => {
    answer(cohort);
    const { container } = await renderWithApis(
      <CohortCard partnerRef={PARTNER_REF} names={names} />,
    );

    expect(await screen.findByText('73rd percentile')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Ahead of 73% of the other 11 partners running Solution Builder/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: `${names.pillar('sales')}: percentile in the cohort`,
      }),
    ).toHaveAttribute('aria-valuetext', '82nd percentile');
    expect(
      screen.getByRole('progressbar', {
        name: `${names.pillar('capabilities')}: percentile in the cohort`,
      }),
    ).toHaveAttribute('aria-valuetext', '41st percentile');
    for (const other of allPartners.items) {
      expect(container).not.toHaveTextContent(other.title);
    }
  });

  it('explains why a cohort too small is not shown', async () => {
    answer(smallCohort);
    await renderWithApis(<CohortCard partnerRef={PARTNER_REF} names={names} />);

    expect(
      await screen.findByText('Your cohort is too small to compare'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Fewer than 5 partners run Solution Builder/),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/\d+(st|nd|rd|th) percentile/),
    ).not.toBeInTheDocument();
  });

  it('says when the partner is not ranked yet', async () => {
    answer({
      partnerRef: PARTNER_REF,
      available: false,
      reason: 'not-ranked-yet',
      minimumSize: 5,
    });
    await renderWithApis(<CohortCard partnerRef={PARTNER_REF} names={names} />);
    expect(await screen.findByText('Not ranked yet')).toBeInTheDocument();
  });

  it('shows an error with a way to try again', async () => {
    answer(errorBody('Error', 'Snapshots unavailable', 500), 500);
    await renderWithApis(<CohortCard partnerRef={PARTNER_REF} names={names} />);
    expect(
      await screen.findByText(/The cohort benchmark could not be loaded/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('reloads when the standing of the partner changes', async () => {
    const signals = new MockSignalApi();
    answer(cohort);
    await renderWithApis(
      <CohortCard partnerRef={PARTNER_REF} names={names} />,
      { signalApi: signals },
    );
    await screen.findByText('73rd percentile');
    answer({ ...cohort, overall: { percentile: 91 } });
    signals.publish(PARTNER_POINTS_SIGNAL_CHANNEL, {
      partnerRef: PARTNER_REF,
      totalPoints: 700,
      tier: 'principal',
    });
    await waitFor(() =>
      expect(screen.getByText('91st percentile')).toBeInTheDocument(),
    );
  });
});

describe('ordinalPercentile', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [100, '100th'],
    [0, '0th'],
  ])('%i → %s percentile', (value, text) => {
    expect(ordinalPercentile(value)).toBe(`${text} percentile`);
  });
});
