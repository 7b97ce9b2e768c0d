import { ConfigReader } from '@backstage/config';
import { readLabConfig } from './config';

describe('readLabConfig', () => {
  it('has defaults', () => {
    expect(readLabConfig(new ConfigReader({}))).toEqual({
      atRiskFraction: 0.75,
      slaSchedule: expect.objectContaining({ frequency: { minutes: 15 } }),
      outboxSchedule: expect.objectContaining({ frequency: { seconds: 30 } }),
      outboxBatchSize: 100,
      outboxMaxBackoffMs: 600_000,
    });
  });

  it('reads the keys of config.d.ts', () => {
    const config = readLabConfig(
      new ConfigReader({
        solutionsLab: {
          sla: {
            atRiskFraction: 0.5,
            schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
          },
          outbox: { batchSize: 500, maxBackoff: { minutes: 2 } },
        },
      }),
    );
    expect(config).toMatchObject({
      atRiskFraction: 0.5,
      slaSchedule: { frequency: { minutes: 5 } },
      outboxBatchSize: 500,
      outboxMaxBackoffMs: 120_000,
    });
  });

  it('refuses values out of range, naming the key', () => {
    expect(() =>
      readLabConfig(
        new ConfigReader({ solutionsLab: { sla: { atRiskFraction: 1 } } }),
      ),
    ).toThrow('solutionsLab.sla.atRiskFraction');
    expect(() =>
      readLabConfig(
        new ConfigReader({ solutionsLab: { outbox: { batchSize: 0 } } }),
      ),
    ).toThrow('solutionsLab.outbox.batchSize');
  });
});
