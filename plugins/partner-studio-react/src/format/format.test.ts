import { defaultProgram } from '@partner-studio/scoring';
import {
  daysBetween,
  formatDate,
  formatPoints,
  formatPointsDelta,
  formatRelativeDays,
  formatShortDate,
  formatValue,
  humanize,
  programNames,
} from '.';

describe('formatting', () => {
  it('writes points to hundredths with thousands separators', () => {
    expect(formatPoints(1234.5)).toBe('1,234.5');
    expect(formatPoints(2 / 3)).toBe('0.67');
    expect(formatPointsDelta(40)).toBe('+40');
    expect(formatPointsDelta(-5.004)).toBe('−5');
    expect(formatPointsDelta(0.001)).toBe('±0');
  });

  it('writes values with their units', () => {
    expect(formatValue(150000, 'USD')).toBe('150,000 USD');
    expect(formatValue(0.755, 'ratio')).toBe('75.5%');
    expect(formatValue(80, '%')).toBe('80%');
    expect(formatValue(3)).toBe('3');
  });

  it('writes dates as the UTC calendar day, whatever the time', () => {
    expect(formatDate('2027-01-12')).toBe('12 January 2027');
    expect(formatDate('2027-01-12T23:59:59-05:00')).toBe('13 January 2027');
    expect(formatShortDate('2026-09-15T00:00:00Z')).toBe('15 Sept 2026');
    expect(formatDate('soon')).toBe('soon');
  });

  it('counts calendar days and says them in words', () => {
    const asOf = '2026-11-20T18:00:00.000Z';
    expect(daysBetween(asOf, '2027-01-12')).toBe(53);
    expect(daysBetween(asOf, '2026-11-20T00:00:00Z')).toBe(0);
    expect(formatRelativeDays('2027-01-12', asOf)).toBe('in 53 days');
    expect(formatRelativeDays('2026-11-21T01:00:00Z', asOf)).toBe('tomorrow');
    expect(formatRelativeDays('2026-11-20T01:00:00Z', asOf)).toBe('today');
    expect(formatRelativeDays('2026-11-17', asOf)).toBe('3 days ago');
  });

  it('turns ids nobody names into words', () => {
    expect(humanize('deal_won')).toBe('Deal won');
    expect(humanize('post-sales')).toBe('Post sales');
    expect(humanize('playId')).toBe('Play id');
  });
});

describe('programNames', () => {
  it('takes tier, business model, pillar and metric names from the program', () => {
    const program = {
      ...defaultProgram,
      tiers: defaultProgram.tiers.map(tier =>
        tier.id === 'advanced' ? { ...tier, name: 'Gold' } : tier,
      ),
      businessModels: defaultProgram.businessModels.map(model =>
        model.id === 'solution-builder'
          ? { ...model, name: 'Builder (ISV)' }
          : model,
      ),
    };
    const names = programNames(program);
    // A renamed tier or model shows with the program's name: nothing restates them.
    expect(names.tier('advanced')).toBe('Gold');
    expect(names.businessModel('solution-builder')).toBe('Builder (ISV)');
    expect(names.businessModel('cloud-solution-provider')).toBe(
      defaultProgram.businessModels.find(
        m => m.id === 'cloud-solution-provider',
      )!.name,
    );
    const pillar = defaultProgram.pillars[0];
    expect(names.pillar(pillar.id)).toBe(pillar.name);
    const metric = defaultProgram.metrics[0];
    expect(names.metric(metric.id)).toBe(metric.name);
  });

  it('falls back to the id in words before the program is loaded', () => {
    expect(programNames(undefined).tier('principal')).toBe('Principal');
    expect(programNames({ tiers: [] }).businessModel('solution-reseller')).toBe(
      'Solution reseller',
    );
  });
});
