import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig, type Config } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { DEFAULT_AT_RISK_FRACTION } from './service/sla';

/** The plugin's settings, read once at start-up (see config.d.ts). */
export interface LabConfig {
  atRiskFraction: number;
  slaSchedule: SchedulerServiceTaskScheduleDefinition;
  outboxSchedule: SchedulerServiceTaskScheduleDefinition;
  outboxBatchSize: number;
  outboxMaxBackoffMs: number;
}

/** Reads `solutionsLab.*`; a bad value fails start-up naming the key. */
export function readLabConfig(config: Config): LabConfig {
  const lab = config.getOptionalConfig('solutionsLab');
  const atRiskFraction =
    lab?.getOptionalNumber('sla.atRiskFraction') ?? DEFAULT_AT_RISK_FRACTION;
  if (!(atRiskFraction > 0 && atRiskFraction < 1)) {
    throw new Error(
      `Invalid config: solutionsLab.sla.atRiskFraction must be between 0 and 1 (exclusive), got ${atRiskFraction}`,
    );
  }
  const outboxBatchSize = lab?.getOptionalNumber('outbox.batchSize') ?? 100;
  if (
    !Number.isInteger(outboxBatchSize) ||
    outboxBatchSize < 1 ||
    outboxBatchSize > 10_000
  ) {
    throw new Error(
      `Invalid config: solutionsLab.outbox.batchSize must be a whole number from 1 to 10000, got ${outboxBatchSize}`,
    );
  }
  const schedule = (
    key: string,
    fallback: SchedulerServiceTaskScheduleDefinition,
  ) =>
    lab?.has(key)
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(lab.getConfig(key))
      : fallback;
  return {
    atRiskFraction,
    slaSchedule: schedule('sla.schedule', {
      frequency: { minutes: 15 },
      timeout: { minutes: 5 },
      initialDelay: { minutes: 1 },
    }),
    outboxSchedule: schedule('outbox.schedule', {
      frequency: { seconds: 30 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 10 },
    }),
    outboxBatchSize,
    outboxMaxBackoffMs: lab?.has('outbox.maxBackoff')
      ? durationToMilliseconds(
          readDurationFromConfig(lab, { key: 'outbox.maxBackoff' }),
        )
      : 10 * 60_000,
  };
}
