import { randomUUID } from 'node:crypto';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type {
  AdjustmentPage,
  DecisionStatus,
  ExemptionPage,
  GrantAdjustmentRequest,
  GrantExemptionRequest,
  PartnerAdjustment,
  PartnerExemption,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { cursorCodec } from '@partner-studio/plugin-partner-studio-node';
import {
  describeExemptionTarget,
  exemptionSchema,
  pointsAdjustmentSchema,
  programInForce,
  type BusinessModelId,
  type Program,
} from '@partner-studio/scoring';
import { z } from 'zod';
import type {
  AdjustmentRow,
  AdjustmentsStore,
  DecisionKind,
  DecisionPosition,
  ExemptionRow,
  ExemptionTargetRow,
} from '../database/AdjustmentsStore';
import type { PointsStore, StoreTransaction } from '../database/PointsStore';
import { effectiveEnd } from './decisionInputs';
import type { PointsService } from './PointsService';

/** Where a page of decisions starts. */
const decisionCursor = z.object({ a: z.number().int(), i: z.string() });

/** Who records a decision, and whether the caller may see who did. */
export interface DecisionActor {
  /** A user entity ref (or a development seeder's id). */
  recordedBy: string;
}

/** A decision recorded by a development seeder: its own id and times. */
export interface SeededAdjustment {
  id: string;
  points: number;
  reason: string;
  grantedAt: number;
  expiresAt?: number;
  businessModel?: BusinessModelId;
}

/** An exemption recorded by a development seeder. */
export interface SeededExemption {
  id: string;
  target: ExemptionTargetRow;
  reason: string;
  startsAt: number;
  endsAt?: number;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function status(
  start: number,
  end: number | undefined,
  revokedAt: number | undefined,
  now: number,
): DecisionStatus {
  if (revokedAt !== undefined) return 'revoked';
  if (start > now) return 'scheduled';
  if (end !== undefined && end <= now) return 'expired';
  return 'active';
}

/** The 400 for a decision the engine's own schema refuses. */
function invalidBody(error: z.ZodError): InputError {
  return new InputError(
    `Invalid request. ${error.issues
      .map(i => `body.${i.path.join('.')}: ${i.message}`)
      .join('; ')}`,
  );
}

/**
 * A page of decisions, newest first: one row more than the page is read to
 * know whether another page follows; the cursor is the last row's start
 * time and id.
 */
async function pageOf<R extends { id: string }, V>(
  page: { limit: number; cursor?: string },
  read: (page: { limit: number; after?: DecisionPosition }) => Promise<R[]>,
  startOf: (row: R) => number,
  view: (row: R) => V,
): Promise<{ items: V[]; nextCursor?: string }> {
  const after = page.cursor
    ? cursorCodec.decode(page.cursor, decisionCursor)
    : undefined;
  const rows = await read({
    limit: page.limit + 1,
    after: after ? { at: after.a, id: after.i } : undefined,
  });
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(view),
    ...(rows.length > page.limit && last
      ? { nextCursor: cursorCodec.encode({ a: startOf(last), i: last.id }) }
      : {}),
  };
}

/**
 * Program admins' decisions on a partner: points adjustments and
 * exemptions, granted and revoked, never edited or deleted. Each write is
 * recorded with who, when and why, bumps the partner's revision in the same
 * transaction (every replica's cached standing is stale from then on), and
 * is followed by the re-evaluation and the signal to the partner's members.
 */
export class AdjustmentsService {
  readonly #store: AdjustmentsStore;
  readonly #points: PointsStore;
  readonly #standing: PointsService;
  readonly #programs: readonly Program[];
  readonly #now: () => number;

  static create(options: {
    store: AdjustmentsStore;
    points: PointsStore;
    standing: PointsService;
    programs: readonly Program[];
    now?: () => number;
  }): AdjustmentsService {
    return new AdjustmentsService(options);
  }

  private constructor(options: {
    store: AdjustmentsStore;
    points: PointsStore;
    standing: PointsService;
    programs: readonly Program[];
    now?: () => number;
  }) {
    this.#store = options.store;
    this.#points = options.points;
    this.#standing = options.standing;
    this.#programs = options.programs;
    this.#now = options.now ?? Date.now;
  }

  // ---------------------------------------------------------------------------
  // Adjustments

  /** Grants an adjustment counting from now (see the API's `GrantAdjustment`). */
  async grantAdjustment(
    partner: PartnerSummary,
    request: GrantAdjustmentRequest,
    actor: DecisionActor,
  ): Promise<PartnerAdjustment> {
    const now = this.#now();
    const problems: string[] = [];
    if (request.points === 0) {
      problems.push('body.points: must not be 0');
    }
    if (request.reason.trim().length === 0) {
      problems.push('body.reason: must not be blank');
    }
    const expiresAt =
      request.expiresAt !== undefined
        ? Date.parse(request.expiresAt)
        : undefined;
    if (expiresAt !== undefined && !(expiresAt > now)) {
      problems.push(
        `body.expiresAt: must be after now (${iso(
          now,
        )}); an adjustment counts from when it is granted`,
      );
    }
    if (
      request.businessModel !== undefined &&
      !partner.businessModels.includes(request.businessModel)
    ) {
      problems.push(
        `body.businessModel: ${partner.title} does not run ${
          request.businessModel
        } (it runs ${partner.businessModels.join(', ') || 'none'})`,
      );
    }
    if (problems.length > 0) {
      throw new InputError(`Invalid request. ${problems.join('; ')}`);
    }
    const row = await this.#recordAdjustment(
      partner,
      {
        id: `adj-${randomUUID()}`,
        points: request.points,
        reason: request.reason.trim(),
        grantedAt: now,
        ...(expiresAt !== undefined ? { expiresAt } : {}),
        ...(request.businessModel
          ? { businessModel: request.businessModel }
          : {}),
      },
      actor,
    );
    return this.#adjustmentView(row, true);
  }

  /**
   * Development only: records an adjustment with the seeder's own id and
   * times (a replay of the same id changes nothing).
   */
  async seedAdjustment(
    partner: PartnerSummary,
    adjustment: SeededAdjustment,
    actor: DecisionActor,
  ): Promise<void> {
    await this.#recordAdjustment(partner, adjustment, actor);
  }

  async #recordAdjustment(
    partner: PartnerSummary,
    adjustment: SeededAdjustment,
    actor: DecisionActor,
  ): Promise<AdjustmentRow> {
    // The engine's own schema: what it will accept as an input.
    const parsed = pointsAdjustmentSchema.safeParse({
      id: adjustment.id,
      points: adjustment.points,
      reason: adjustment.reason,
      grantedAt: iso(adjustment.grantedAt),
      ...(adjustment.expiresAt !== undefined
        ? { expiresAt: iso(adjustment.expiresAt) }
        : {}),
      ...(adjustment.businessModel
        ? { businessModel: adjustment.businessModel }
        : {}),
    });
    if (!parsed.success) throw invalidBody(parsed.error);
    const row: AdjustmentRow = {
      ...adjustment,
      partnerRef: partner.entityRef,
      recordedAt: this.#now(),
      grantedBy: actor.recordedBy,
    };
    await this.#commit(partner, row.recordedAt, tx =>
      this.#store.insertAdjustment(row, tx),
    );
    return row;
  }

  /** Revokes an adjustment from now, with a reason. */
  async revokeAdjustment(
    partner: PartnerSummary,
    id: string,
    reason: string,
    actor: DecisionActor,
  ): Promise<PartnerAdjustment> {
    const current = await this.#store.getAdjustment(partner.entityRef, id);
    if (!current) throw new NotFoundError('Adjustment not found');
    await this.#revoke('adjustment', partner, current, {
      reason,
      actor,
      end: current.expiresAt,
    });
    const revoked = await this.#store.getAdjustment(partner.entityRef, id);
    return this.#adjustmentView(revoked!, true);
  }

  async listAdjustments(
    partner: PartnerSummary,
    page: { limit: number; cursor?: string },
    options: { withAudit: boolean },
  ): Promise<AdjustmentPage> {
    return pageOf(
      page,
      after => this.#store.listAdjustments(partner.entityRef, after),
      row => row.grantedAt,
      row => this.#adjustmentView(row, options.withAudit),
    );
  }

  // ---------------------------------------------------------------------------
  // Exemptions

  /** Grants an exemption in force from now (see the API's `GrantExemption`). */
  async grantExemption(
    partner: PartnerSummary,
    request: GrantExemptionRequest,
    actor: DecisionActor,
  ): Promise<PartnerExemption> {
    const now = this.#now();
    const problems: string[] = [];
    const target = this.#target(request.target, problems);
    if (request.reason.trim().length === 0) {
      problems.push('body.reason: must not be blank');
    }
    const until =
      request.until !== undefined ? Date.parse(request.until) : undefined;
    if (until !== undefined && !(until > now)) {
      problems.push(
        `body.until: must be after now (${iso(
          now,
        )}); an exemption is in force from when it is granted`,
      );
    }
    if (target) {
      const { description, applied } = describeExemptionTarget(
        programInForce(this.#programs, new Date(now)),
        target,
      );
      if (!applied) problems.push(`body.target: ${description}`);
    }
    if (problems.length > 0 || !target) {
      throw new InputError(`Invalid request. ${problems.join('; ')}`);
    }
    const row = await this.#recordExemption(
      partner,
      {
        id: `exm-${randomUUID()}`,
        target,
        reason: request.reason.trim(),
        startsAt: now,
        ...(until !== undefined ? { endsAt: until } : {}),
      },
      actor,
    );
    return this.#exemptionView(row, true);
  }

  /** Development only: records an exemption with the seeder's id and times. */
  async seedExemption(
    partner: PartnerSummary,
    exemption: SeededExemption,
    actor: DecisionActor,
  ): Promise<void> {
    await this.#recordExemption(partner, exemption, actor);
  }

  async #recordExemption(
    partner: PartnerSummary,
    exemption: SeededExemption,
    actor: DecisionActor,
  ): Promise<ExemptionRow> {
    const parsed = exemptionSchema.safeParse({
      id: exemption.id,
      target: exemption.target,
      reason: exemption.reason,
      from: iso(exemption.startsAt),
      ...(exemption.endsAt !== undefined
        ? { until: iso(exemption.endsAt) }
        : {}),
    });
    if (!parsed.success) throw invalidBody(parsed.error);
    const row: ExemptionRow = {
      ...exemption,
      partnerRef: partner.entityRef,
      recordedAt: this.#now(),
      grantedBy: actor.recordedBy,
    };
    await this.#commit(partner, row.recordedAt, tx =>
      this.#store.insertExemption(row, tx),
    );
    return row;
  }

  /** Revokes an exemption from now, with a reason. */
  async revokeExemption(
    partner: PartnerSummary,
    id: string,
    reason: string,
    actor: DecisionActor,
  ): Promise<PartnerExemption> {
    const current = await this.#store.getExemption(partner.entityRef, id);
    if (!current) throw new NotFoundError('Exemption not found');
    await this.#revoke('exemption', partner, current, {
      reason,
      actor,
      end: current.endsAt,
    });
    const revoked = await this.#store.getExemption(partner.entityRef, id);
    return this.#exemptionView(revoked!, true);
  }

  async listExemptions(
    partner: PartnerSummary,
    page: { limit: number; cursor?: string },
    options: { withAudit: boolean },
  ): Promise<ExemptionPage> {
    return pageOf(
      page,
      after => this.#store.listExemptions(partner.entityRef, after),
      row => row.startsAt,
      row => this.#exemptionView(row, options.withAudit),
    );
  }

  /**
   * Development only: revokes a decision at a moment of the seeder's
   * choosing (a replay changes nothing).
   */
  async seedRevocation(
    kind: DecisionKind,
    partner: PartnerSummary,
    id: string,
    revocation: { reason: string; revokedAt: number },
    actor: DecisionActor,
  ): Promise<void> {
    await this.#commit(partner, this.#now(), tx =>
      this.#store.insertRevocation(
        {
          decisionId: id,
          kind,
          partnerRef: partner.entityRef,
          revokedAt: revocation.revokedAt,
          revokedBy: actor.recordedBy,
          reason: revocation.reason,
        },
        tx,
      ),
    );
  }

  /**
   * Writes a decision and, when the write changed anything, bumps the
   * partner's revision in the same transaction (every replica's cached
   * standing is stale from then on), then re-evaluates and signals.
   * Returns whether the write changed anything (a replayed id does not).
   */
  async #commit(
    partner: PartnerSummary,
    at: number,
    write: (tx: StoreTransaction) => Promise<boolean>,
  ): Promise<boolean> {
    const written = await this.#points.transaction(async tx => {
      const changed = await write(tx);
      if (changed) {
        await this.#points.bumpRevisions([partner.entityRef], at, tx);
      }
      return changed;
    });
    if (written) {
      this.#standing.partnersChanged([partner.entityRef]);
    }
    return written;
  }

  // ---------------------------------------------------------------------------

  async #revoke(
    kind: DecisionKind,
    partner: PartnerSummary,
    current: AdjustmentRow | ExemptionRow,
    options: { reason: string; actor: DecisionActor; end?: number },
  ): Promise<void> {
    const what = kind === 'adjustment' ? 'Adjustment' : 'Exemption';
    const now = this.#now();
    const reason = options.reason.trim();
    if (reason.length === 0) {
      throw new InputError('Invalid request. body.reason: must not be blank');
    }
    if (current.revocation) {
      throw new ConflictError(
        `${what} ${current.id} was already revoked on ${iso(
          current.revocation.revokedAt,
        )}; nothing changed`,
      );
    }
    if (options.end !== undefined && options.end <= now) {
      throw new ConflictError(
        `${what} ${current.id} ended on ${iso(
          options.end,
        )} and no longer counts; nothing to revoke`,
      );
    }
    const revoked = await this.#commit(partner, now, tx =>
      this.#store.insertRevocation(
        {
          decisionId: current.id,
          kind,
          partnerRef: partner.entityRef,
          revokedAt: now,
          revokedBy: options.actor.recordedBy,
          reason,
        },
        tx,
      ),
    );
    if (!revoked) {
      throw new ConflictError(
        `${what} ${current.id} was revoked concurrently; nothing changed`,
      );
    }
  }

  /** The request's target, or undefined with the problems recorded. */
  #target(
    input: GrantExemptionRequest['target'],
    problems: string[],
  ): ExemptionTargetRow | undefined {
    if (input.kind === 'metric') {
      if (input.tierId !== undefined || input.requirementId !== undefined) {
        problems.push(
          'body.target: a metric exemption takes metricId only (no tierId or requirementId)',
        );
      }
      if (input.metricId === undefined) {
        problems.push('body.target.metricId: is required for kind metric');
        return undefined;
      }
      return { kind: 'metric', metricId: input.metricId };
    }
    if (input.metricId !== undefined) {
      problems.push(
        'body.target: a tier-requirement exemption takes tierId and requirementId (no metricId)',
      );
    }
    if (input.tierId === undefined) {
      problems.push(
        'body.target.tierId: is required for kind tier-requirement',
      );
    }
    if (input.requirementId === undefined) {
      problems.push(
        'body.target.requirementId: is required for kind tier-requirement',
      );
    }
    if (input.tierId === undefined || input.requirementId === undefined) {
      return undefined;
    }
    return {
      kind: 'tier-requirement',
      tierId: input.tierId,
      requirementId: input.requirementId,
    };
  }

  #adjustmentView(row: AdjustmentRow, withAudit: boolean): PartnerAdjustment {
    const now = this.#now();
    const revokedAt = row.revocation?.revokedAt;
    return {
      id: row.id,
      partnerRef: row.partnerRef,
      points: row.points,
      ...(row.businessModel ? { businessModel: row.businessModel } : {}),
      reason: row.reason,
      grantedAt: iso(row.grantedAt),
      ...(row.expiresAt !== undefined ? { expiresAt: iso(row.expiresAt) } : {}),
      status: status(
        row.grantedAt,
        effectiveEnd(row.expiresAt, revokedAt),
        revokedAt,
        now,
      ),
      ...(row.revocation
        ? {
            revokedAt: iso(row.revocation.revokedAt),
            revocationReason: row.revocation.reason,
          }
        : {}),
      ...(withAudit
        ? {
            grantedBy: row.grantedBy,
            ...(row.revocation ? { revokedBy: row.revocation.revokedBy } : {}),
          }
        : {}),
    };
  }

  #exemptionView(row: ExemptionRow, withAudit: boolean): PartnerExemption {
    const now = this.#now();
    const revokedAt = row.revocation?.revokedAt;
    const program = programInForce(this.#programs, new Date(now));
    const { target } = row;
    return {
      id: row.id,
      partnerRef: row.partnerRef,
      target,
      description: describeExemptionTarget(program, target).description,
      reason: row.reason,
      from: iso(row.startsAt),
      ...(row.endsAt !== undefined ? { until: iso(row.endsAt) } : {}),
      status: status(
        row.startsAt,
        effectiveEnd(row.endsAt, revokedAt),
        revokedAt,
        now,
      ),
      ...(row.revocation
        ? {
            revokedAt: iso(row.revocation.revokedAt),
            revocationReason: row.revocation.reason,
          }
        : {}),
      ...(withAudit
        ? {
            grantedBy: row.grantedBy,
            ...(row.revocation ? { revokedBy: row.revocation.revokedBy } : {}),
          }
        : {}),
    };
  }
}
