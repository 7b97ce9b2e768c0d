import type { EngagementRecord } from '../database/records';
import type { SlaClockView } from '@partner-studio/plugin-solutions-lab-node';

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The default fraction of a stage's SLA after which it is at risk. */
export const DEFAULT_AT_RISK_FRACTION = 0.75;

/** Time spent in the current stage at `now`, holds excluded. */
export function timeInStage(record: EngagementRecord, now: number): number {
  const until = record.heldAt ?? record.finishedAt ?? now;
  return Math.max(0, until - record.stageEnteredAt - record.stagePausedMs);
}

/** When an active stage's SLA is breached, given the time spent on hold. */
export function slaDueAt(
  stageEnteredAt: number,
  pausedMs: number,
  slaMs: number,
): number {
  return stageEnteredAt + pausedMs + slaMs;
}

function oneDecimal(days: number): number {
  return Math.round(days * 10) / 10;
}

/**
 * The SLA clock of the current stage: days in stage against the SLA; at
 * risk from `atRiskFraction` of it, breached past it; paused on hold.
 */
export function slaClock(
  record: EngagementRecord,
  slaDays: number,
  now: number,
  atRiskFraction: number,
): SlaClockView {
  const elapsed = timeInStage(record, now);
  const base = { slaDays, daysInStage: oneDecimal(elapsed / DAY_MS) };
  if (record.status === 'completed' || record.status === 'closed') {
    return { ...base, state: 'finished' };
  }
  if (record.status === 'on-hold' || record.slaDueAt === undefined) {
    return { ...base, state: 'paused' };
  }
  const slaMs = record.slaMs ?? slaDays * DAY_MS;
  const dueAt = record.slaDueAt;
  const atRiskAt = dueAt - Math.round(slaMs * (1 - atRiskFraction));
  let state: SlaClockView['state'] = 'on-track';
  if (now > dueAt) state = 'breached';
  else if (now >= atRiskAt) state = 'at-risk';
  return {
    ...base,
    state,
    dueAt: new Date(dueAt).toISOString(),
    atRiskAt: new Date(atRiskAt).toISOString(),
  };
}
