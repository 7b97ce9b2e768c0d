/**
 * Phase 3 of an evaluation: points. Each slot's value becomes points (in
 * integer hundredths), the points are pooled into the total (per-model and
 * total caps, adjustments), and the points that tier requirements read are
 * summed per pillar, pillar kind and metric (waived metrics count at their
 * maximum there). Everything is kept incrementally, so that a what-if or a
 * day of the forecast only rescores the slots it touched.
 */
import type { ReadAdjustment, ReadExemption } from '../adjustments';
import type { CompiledProgram, CompiledRequirement } from './compile';
import * as compile from './compile';
import type { Ledger } from './ledger';
import * as exact from './units';

// Under the CommonJS transform the backends and the bench run with, every
// use of an imported binding is a getter call; the hot paths read these once,
// as module constants.
const {
  MODELS,
  REQUIREMENT_INVITATION,
  REQUIREMENT_METRIC,
  REQUIREMENT_PILLAR,
  REQUIREMENT_PILLAR_KIND,
  SHARED,
  SLOTS_PER_AGGREGATE,
} = compile;
const { pointsCents } = exact;

/** A sum of points between 0 and a cap. */
function clamp(value: number, cap: number): number {
  if (value <= 0) {
    return 0;
  }
  return value < cap ? value : cap;
}

export class Scoreboard {
  readonly compiled: CompiledProgram;
  readonly ledger: Ledger;
  /** Points of each slot, in hundredths. */
  readonly slotCents: Float64Array;
  /** Condition (aggregate index − metric count) → whether it holds. */
  readonly conditionHolds: Uint8Array;
  /** Points each business model earned from metrics (before its cap). */
  readonly modelEarned: Float64Array;
  sharedCents = 0;
  /** Actual points per pillar, pillar kind and metric. */
  readonly pillarCents: Float64Array;
  readonly kindCents: Float64Array;
  readonly metricCents: Float64Array;
  /** The same, as tier requirements count them (waived metrics at maximum). */
  readonly pillarGate: Float64Array;
  readonly kindGate: Float64Array;
  readonly metricGate: Float64Array;
  /** Metric index → waived by an exemption (1) or not. */
  readonly waivedMetric: Uint8Array;
  /** Tier → requirement position → waived (1) or not. */
  readonly waivedRequirement: Uint8Array[];
  /** Adjustments that count, in hundredths: shared and per model. */
  adjustmentShared = 0;
  readonly adjustmentModel: Float64Array;
  invited = false;
  /**
   * The slots whose points changed in the last `rescoreTouched`, with their
   * points before and after (in hundredths): `changeCount` entries.
   */
  changeCount = 0;
  readonly changeSlot: Int32Array;
  readonly changeBefore: Float64Array;
  readonly changeAfter: Float64Array;
  /** While true, every condition counts as holding (the plan's bounds). */
  #conditionsForced = false;

  readonly #target: Float64Array;
  readonly #maxCents: Float64Array;
  readonly #pillar: Int32Array;
  readonly #pillarKind: Int8Array;
  readonly #isModel: boolean[];

  constructor(compiled: CompiledProgram, ledger: Ledger) {
    this.compiled = compiled;
    this.ledger = ledger;
    const aggregates = compiled.aggregates;
    this.slotCents = new Float64Array(compiled.slotCount);
    this.conditionHolds = new Uint8Array(
      aggregates.length - compiled.metricCount,
    );
    this.modelEarned = new Float64Array(MODELS);
    this.pillarCents = new Float64Array(compiled.pillarCount);
    this.kindCents = new Float64Array(2);
    this.metricCents = new Float64Array(compiled.metricCount);
    this.pillarGate = new Float64Array(compiled.pillarCount);
    this.kindGate = new Float64Array(2);
    this.metricGate = new Float64Array(compiled.metricCount);
    this.waivedMetric = new Uint8Array(compiled.metricCount);
    this.waivedRequirement = compiled.requirements.map(
      list => new Uint8Array(list.length),
    );
    this.adjustmentModel = new Float64Array(MODELS);
    this.changeSlot = new Int32Array(compiled.slotCount);
    this.changeBefore = new Float64Array(compiled.slotCount);
    this.changeAfter = new Float64Array(compiled.slotCount);
    this.#target = Float64Array.from(aggregates, a => a.target);
    this.#maxCents = Float64Array.from(aggregates, a => a.maxCents);
    this.#pillar = Int32Array.from(aggregates, a => a.pillar);
    this.#pillarKind = Int8Array.from(aggregates, a => a.pillarKind);
    this.#isModel = Array.from(
      { length: SLOTS_PER_AGGREGATE },
      (_, b) => b < MODELS,
    );
  }

  /** Scores every slot from the ledger's aggregates (after accumulate). */
  scoreAll(): void {
    const ledger = this.ledger;
    const metricCount = this.compiled.metricCount;
    this.slotCents.fill(0);
    this.modelEarned.fill(0);
    this.sharedCents = 0;
    this.pillarCents.fill(0);
    this.kindCents.fill(0);
    this.metricCents.fill(0);
    // Conditions first: option-gated metrics read them.
    for (let q = metricCount; q < this.compiled.aggregates.length; q++) {
      const slot = q * SLOTS_PER_AGGREGATE + SHARED;
      this.conditionHolds[q - metricCount] =
        ledger.value(slot, this.conditionHolds) >= this.#target[q] ? 1 : 0;
    }
    for (const slot of ledger.metricSlots) {
      const q = (slot / SLOTS_PER_AGGREGATE) | 0;
      const cents = pointsCents(
        ledger.value(slot, this.conditionHolds),
        this.#target[q],
        this.#maxCents[q],
      );
      this.slotCents[slot] = cents;
      this.#add(q, slot % SLOTS_PER_AGGREGATE, cents);
    }
    this.recomputeGates();
    ledger.clearTouched();
  }

  #add(q: number, b: number, cents: number): void {
    if (this.#isModel[b]) {
      this.modelEarned[b] += cents;
    } else {
      this.sharedCents += cents;
    }
    const p = this.#pillar[q];
    this.pillarCents[p] += cents;
    this.kindCents[this.#pillarKind[q]] += cents;
    this.metricCents[q] += cents;
  }

  /** Recomputes the requirement sums (after exemptions change). */
  recomputeGates(): void {
    const ledger = this.ledger;
    this.pillarGate.fill(0);
    this.kindGate.fill(0);
    this.metricGate.fill(0);
    for (const slot of ledger.metricSlots) {
      const q = (slot / SLOTS_PER_AGGREGATE) | 0;
      const cents =
        this.waivedMetric[q] === 1 ? this.#maxCents[q] : this.slotCents[slot];
      const p = this.#pillar[q];
      this.pillarGate[p] += cents;
      this.kindGate[this.#pillarKind[q]] += cents;
      this.metricGate[q] += cents;
    }
  }

  /**
   * Rescores the slots the ledger touched, conditions first (a condition
   * that starts or stops holding touches the metrics gated by it), and
   * records the slots whose points changed (`changeSlot`…).
   */
  rescoreTouched(): void {
    const ledger = this.ledger;
    const compiled = this.compiled;
    const metricCount = compiled.metricCount;
    this.changeCount = 0;
    for (let k = 0; k < ledger.touchedCount; k++) {
      const slot = ledger.touched[k];
      const q = (slot / SLOTS_PER_AGGREGATE) | 0;
      if (q < metricCount) {
        continue;
      }
      const holds =
        this.#conditionsForced ||
        ledger.value(slot, this.conditionHolds) >= this.#target[q]
          ? 1
          : 0;
      if (holds !== this.conditionHolds[q - metricCount]) {
        this.conditionHolds[q - metricCount] = holds;
        for (const dependent of compiled.aggregates[q].dependents) {
          for (let b = 0; b < SLOTS_PER_AGGREGATE; b++) {
            const s = dependent * SLOTS_PER_AGGREGATE + b;
            if (ledger.slotActive[s] === 1) {
              ledger.touch(s);
            }
          }
        }
      }
    }
    for (let k = 0; k < ledger.touchedCount; k++) {
      const slot = ledger.touched[k];
      const q = (slot / SLOTS_PER_AGGREGATE) | 0;
      if (q >= metricCount || ledger.slotActive[slot] === 0) {
        continue;
      }
      const before = this.slotCents[slot];
      const after = pointsCents(
        ledger.value(slot, this.conditionHolds),
        this.#target[q],
        this.#maxCents[q],
      );
      if (after === before) {
        continue;
      }
      this.slotCents[slot] = after;
      const d = after - before;
      const b = slot % SLOTS_PER_AGGREGATE;
      this.#add(q, b, d);
      if (this.waivedMetric[q] === 0) {
        const p = this.#pillar[q];
        this.pillarGate[p] += d;
        this.kindGate[this.#pillarKind[q]] += d;
        this.metricGate[q] += d;
      }
      const change = this.changeCount++;
      this.changeSlot[change] = slot;
      this.changeBefore[change] = before;
      this.changeAfter[change] = after;
    }
    ledger.clearTouched();
  }

  /**
   * Adds `delta` hundredths to a slot's points in every sum (model or
   * shared, pillar, kind, metric and the requirement sums) without changing
   * the slot itself: a direct what-if applies its deltas, reads the total
   * and tier, and takes them back.
   */
  shiftSlot(slot: number, delta: number): void {
    const q = (slot / SLOTS_PER_AGGREGATE) | 0;
    this.#add(q, slot % SLOTS_PER_AGGREGATE, delta);
    if (this.waivedMetric[q] === 0) {
      const p = this.#pillar[q];
      this.pillarGate[p] += delta;
      this.kindGate[this.#pillarKind[q]] += delta;
      this.metricGate[q] += delta;
    }
  }

  /** Records a change for `metricDeltas` (direct what-ifs). */
  recordChange(slot: number, before: number, after: number): void {
    const k = this.changeCount++;
    this.changeSlot[k] = slot;
    this.changeBefore[k] = before;
    this.changeAfter[k] = after;
  }

  /** Points of a slot's aggregate value (metrics only). */
  pointsOf(slot: number, value: number): number {
    const q = (slot / SLOTS_PER_AGGREGATE) | 0;
    return pointsCents(value, this.#target[q], this.#maxCents[q]);
  }

  /**
   * Makes every condition hold (true) or reads them again from the ledger
   * (false), rescoring the metrics they gate. The plan uses it to bound
   * what an action could earn once its option's requirement holds.
   */
  forceConditions(force: boolean): void {
    const ledger = this.ledger;
    this.#conditionsForced = force;
    const metricCount = this.compiled.metricCount;
    for (let q = metricCount; q < this.compiled.aggregates.length; q++) {
      ledger.touch(q * SLOTS_PER_AGGREGATE + SHARED);
    }
    this.rescoreTouched();
  }

  /** What each business model counts for: max(0, earned + adjustments), capped. */
  modelCounted(b: number): number {
    return clamp(
      this.modelEarned[b] + this.adjustmentModel[b],
      this.compiled.perModelCapCents,
    );
  }

  /** shared + shared adjustments + Σ models counted, before the total cap. */
  beforeTotalCap(): number {
    let sum = this.sharedCents + this.adjustmentShared;
    for (let b = 0; b < MODELS; b++) {
      sum += this.modelCounted(b);
    }
    return sum;
  }

  /** The pooled total, in hundredths. */
  total(): number {
    return clamp(this.beforeTotalCap(), this.compiled.totalCapCents);
  }

  /** Points a requirement counts now (its gate), in hundredths. */
  requirementCurrent(r: CompiledRequirement): number {
    switch (r.kind) {
      case REQUIREMENT_PILLAR_KIND:
        return this.kindGate[r.ref];
      case REQUIREMENT_PILLAR:
        return this.pillarGate[r.ref];
      case REQUIREMENT_METRIC:
        return this.metricGate[r.ref];
      default:
        return 0;
    }
  }

  /** Whether a requirement holds (waived, invited, or enough points). */
  requirementMet(r: CompiledRequirement): boolean {
    if (r.kind === REQUIREMENT_INVITATION) {
      return this.invited;
    }
    return (
      this.waivedRequirement[r.tier][r.position] === 1 ||
      this.requirementCurrent(r) >= r.minCents
    );
  }

  /** The highest tier whose threshold the total reaches and whose requirements hold. */
  tier(total: number = this.total()): number {
    const compiled = this.compiled;
    for (let t = compiled.thresholdCents.length - 1; t > 0; t--) {
      if (total < compiled.thresholdCents[t]) {
        continue;
      }
      let ok = true;
      for (const r of compiled.requirements[t]) {
        if (!this.requirementMet(r)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return t;
      }
    }
    return 0;
  }

  /**
   * Applies the adjustments counting at `t` (their sums only; returns
   * whether anything changed).
   */
  applyAdjustments(adjustments: readonly ReadAdjustment[], t: number): boolean {
    if (adjustments.length === 0) {
      return false; // clearDecisions has set them to 0
    }
    let shared = 0;
    const model = [0, 0, 0, 0];
    for (const a of adjustments) {
      if (!(a.fromMs <= t && t < a.untilMs)) {
        continue;
      }
      const bm = a.input.businessModel;
      if (bm === undefined) {
        shared += a.cents;
        continue;
      }
      const b = this.compiled.modelIndex(bm);
      if (this.ledger.partnerModels.includes(b)) {
        model[b] += a.cents;
      }
    }
    let changed = shared !== this.adjustmentShared;
    this.adjustmentShared = shared;
    for (let b = 0; b < MODELS; b++) {
      changed = changed || model[b] !== this.adjustmentModel[b];
      this.adjustmentModel[b] = model[b];
    }
    return changed;
  }

  /**
   * Applies the exemptions in force at `t` (waived metrics and
   * requirements; returns whether anything changed).
   */
  applyExemptions(exemptions: readonly ReadExemption[], t: number): boolean {
    if (exemptions.length === 0) {
      return false; // clearDecisions has cleared them
    }
    const compiled = this.compiled;
    const metrics = new Uint8Array(compiled.metricCount);
    const requirements = compiled.requirements.map(
      list => new Uint8Array(list.length),
    );
    for (const x of exemptions) {
      if (!(x.fromMs <= t && t < x.untilMs)) {
        continue;
      }
      const target = x.input.target;
      if (target.kind === 'metric') {
        const m = compiled.metricIndex.get(target.metricId);
        if (m !== undefined) {
          metrics[m] = 1;
        }
      } else {
        const tier = compiled.program.tiers.findIndex(
          tr => tr.id === target.tierId,
        );
        const position =
          tier < 0
            ? -1
            : compiled.requirements[tier].findIndex(
                r => r.def.id === target.requirementId,
              );
        if (
          position >= 0 &&
          compiled.requirements[tier][position].kind !== REQUIREMENT_INVITATION
        ) {
          requirements[tier][position] = 1;
        }
      }
    }
    let changed = false;
    for (let m = 0; m < metrics.length; m++) {
      if (metrics[m] !== this.waivedMetric[m]) {
        changed = true;
        this.waivedMetric[m] = metrics[m];
      }
    }
    requirements.forEach((list, tier) => {
      for (let k = 0; k < list.length; k++) {
        if (list[k] !== this.waivedRequirement[tier][k]) {
          changed = true;
          this.waivedRequirement[tier][k] = list[k];
        }
      }
    });
    if (changed) {
      this.recomputeGates();
    }
    return changed;
  }

  /** Clears adjustments and exemptions (a partner without any). */
  clearDecisions(): void {
    this.adjustmentShared = 0;
    this.adjustmentModel.fill(0);
    this.waivedMetric.fill(0);
    for (const list of this.waivedRequirement) {
      list.fill(0);
    }
  }
}
