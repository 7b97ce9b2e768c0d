import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { program, standing } from '../../__testUtils__/fixtures';
import { ExpiringForecast, tierDropSentence } from './ExpiringForecast';

describe('ExpiringForecast', () => {
  it('names the tier, the date and the points that keep the tier', () => {
    expect(tierDropSentence(standing, program)).toBe(
      'You fall to Advanced on 12 January 2027 unless you earn 20 points before then.',
    );
  });

  it('picks the first entry that drops below the current tier', () => {
    const later = {
      ...standing,
      expiring: [
        {
          ...standing.expiring[0],
          date: '2026-12-01',
          resultingTotalPoints: 620,
          resultingTier: 'principal' as const,
          resultingTierName: 'Principal',
        },
        {
          ...standing.expiring[0],
          date: '2027-02-03',
          resultingTotalPoints: 450,
        },
      ],
    };
    expect(tierDropSentence(later, program)).toBe(
      'You fall to Advanced on 3 February 2027 unless you earn 150 points before then.',
    );
  });

  it('says nothing about a drop when the tier holds', async () => {
    const holds = {
      ...standing,
      expiring: [
        {
          ...standing.expiring[0],
          resultingTotalPoints: 620,
          resultingTier: 'principal' as const,
          resultingTierName: 'Principal',
        },
      ],
    };
    expect(tierDropSentence(holds, program)).toBeUndefined();
    await renderInTestApp(
      <ExpiringForecast standing={holds} program={program} />,
    );
    expect(
      screen.getByText(
        /Some points expire in the next 90 days, but you keep the/,
      ),
    ).toHaveTextContent('you keep the Principal tier');
  });

  it('does without a threshold when the program is unavailable', () => {
    expect(tierDropSentence(standing)).toBe(
      'You fall to Advanced on 12 January 2027 unless you earn new points before then.',
    );
  });
});
