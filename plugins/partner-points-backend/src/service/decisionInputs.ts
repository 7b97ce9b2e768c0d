import type { Exemption, PointsAdjustment } from '@partner-studio/scoring';
import type { AdjustmentRow, ExemptionRow } from '../database/AdjustmentsStore';

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** When a decision stops counting: its own end, or its revocation if earlier. */
export function effectiveEnd(
  end: number | undefined,
  revokedAt: number | undefined,
): number | undefined {
  if (end === undefined) return revokedAt;
  if (revokedAt === undefined) return end;
  return Math.min(end, revokedAt);
}

/**
 * Stored adjustments as the engine takes them: a revoked one counts until
 * its revocation; one revoked before it started counts for nothing.
 */
export function engineAdjustments(rows: AdjustmentRow[]): PointsAdjustment[] {
  return rows.flatMap(row => {
    const end = effectiveEnd(row.expiresAt, row.revocation?.revokedAt);
    if (end !== undefined && end <= row.grantedAt) return [];
    const adjustment: PointsAdjustment = {
      id: row.id,
      points: row.points,
      reason: row.reason,
      grantedAt: iso(row.grantedAt),
      ...(end !== undefined ? { expiresAt: iso(end) } : {}),
    };
    if (row.businessModel !== undefined) {
      adjustment.businessModel = row.businessModel;
    }
    return [adjustment];
  });
}

/** Stored exemptions as the engine takes them (see {@link engineAdjustments}). */
export function engineExemptions(rows: ExemptionRow[]): Exemption[] {
  return rows.flatMap(row => {
    const end = effectiveEnd(row.endsAt, row.revocation?.revokedAt);
    if (end !== undefined && end <= row.startsAt) return [];
    const exemption: Exemption = {
      id: row.id,
      target: row.target,
      reason: row.reason,
      from: iso(row.startsAt),
      ...(end !== undefined ? { until: iso(end) } : {}),
    };
    return [exemption];
  });
}
