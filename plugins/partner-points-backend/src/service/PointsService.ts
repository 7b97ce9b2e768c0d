import type { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  BUSINESS_MODEL_IDS,
  type BusinessModelId,
  PARTNER_POINTS_SIGNAL_CHANNEL,
  type IngestEventsResponse,
  type MetricContributionsPage,
  type PartnerProgressResponse,
  type PartnerSummary,
  type ProgramSummaryResponse,
  type SimulateResponse,
  type StandingChangedSignal,
  type StandingHistoryPage,
  type StandingSnapshot,
} from '@partner-studio/plugin-partner-studio-common';
import {
  cursorCodec,
  parsePartnerRef,
  type PartnerDirectoryService,
} from '@partner-studio/plugin-partner-studio-node';
import { z } from 'zod';
import {
  DAY_MS,
  evaluateStanding,
  planNextTier,
  programInForce,
  programs as defaultPrograms,
  safeParseEvent,
  simulateStanding,
  type EventType,
  type PartnerProfile,
  type PerformanceEvent,
  type Program,
  type Standing,
} from '@partner-studio/scoring';
import type { AdjustmentsStore } from '../database/AdjustmentsStore';
import type {
  OverviewStore,
  StandingSummaryRow,
} from '../database/OverviewStore';
import type {
  LedgerEventRow,
  PointsStore,
  SnapshotRow,
} from '../database/PointsStore';
import { engineAdjustments, engineExemptions } from './decisionInputs';
import { StandingCache, type StandingCacheStats } from './StandingCache';
import {
  createStandingDocument,
  parseStandingDocument,
  tierRank,
  type StandingDocument,
} from './standingDocument';
import { TickBatcher } from './TickBatcher';
import {
  batchInputError,
  BatchIssue,
  canonicalEventJson,
  contentHash,
  issuePath,
  MAX_BATCH_SIZE,
} from './events';

/**
 * How far ahead of now an event may be dated (clocks of the systems that
 * report events differ); the ledger refuses anything later.
 */
const MAX_EVENT_LEAD_MS = DAY_MS;
/** Partners settled concurrently after an ingestion. */
const SETTLE_CONCURRENCY = 4;
/** At most this many hypothetical events per simulation. */
export const MAX_SIMULATED_EVENTS = 1_000;

/** Options of {@link PointsService.ingest}. */
export interface IngestOptions {
  /** Who ingested: a user entity ref or a service subject. */
  ingestedBy: string;
  /**
   * How to name input `i` in error messages; default `events[i]`. The CSV
   * import names rows.
   */
  label?: (index: number) => string;
  /** Problems found before validation (e.g. CSV syntax), reported with the rest. */
  priorIssues?: BatchIssue[];
}

/** Where a page of contributions starts. */
const offsetCursor = z.object({ o: z.number().int().nonnegative() });
/** Where a page of history starts: before this (takenAt, id). */
const snapshotCursor = z.object({ t: z.number().int(), i: z.number().int() });

/** Options of {@link PointsService.create}. */
export interface PointsServiceOptions {
  store: PointsStore;
  adjustments: AdjustmentsStore;
  overview: OverviewStore;
  directory: PartnerDirectoryService;
  signals: SignalsService;
  logger: LoggerService;
  programs?: readonly Program[];
  now?: () => number;
  /** How long a cached standing is served for an unchanged ledger; default 60 s. */
  standingCacheTtlMs?: number;
  /** How many partners' standings are cached; default 20,000. */
  standingCacheSize?: number;
  /** How many bytes of standings are cached; default 256 MB. */
  standingCacheBytes?: number;
  /**
   * A partner is within reach of its next tier when a plan of at most this
   * many steps reaches it (the program overview); default 2.
   */
  withinReachSteps?: number;
}

/**
 * The points ledger's logic: ingestion (validated, atomic, idempotent),
 * standing with a per-partner cache keyed by the ledger revision, history
 * snapshots, what-if simulations, and the signal to a partner's members
 * when its standing changes. A standing is evaluated from the ledger and
 * the partner's adjustments and exemptions in force.
 */
export class PointsService {
  readonly #store: PointsStore;
  readonly #adjustments: AdjustmentsStore;
  readonly #overview: OverviewStore;
  readonly #directory: PartnerDirectoryService;
  readonly #signals: SignalsService;
  readonly #logger: LoggerService;
  readonly #programs: readonly Program[];
  readonly #now: () => number;
  readonly #cacheTtlMs: number;
  readonly #cache: StandingCache;
  readonly #withinReachSteps: number;
  readonly #inflight = new Map<string, Promise<StandingDocument>>();
  /** Revision reads of one event-loop turn share a query. */
  readonly #revisions: TickBatcher<string, number>;
  /** Partners with new events whose standing is not yet settled and signalled. */
  readonly #pending = new Set<string>();
  #draining?: Promise<void>;

  static create(options: PointsServiceOptions): PointsService {
    return new PointsService(options);
  }

  private constructor(options: PointsServiceOptions) {
    this.#store = options.store;
    this.#adjustments = options.adjustments;
    this.#overview = options.overview;
    this.#directory = options.directory;
    this.#signals = options.signals;
    this.#logger = options.logger;
    this.#programs = options.programs ?? defaultPrograms;
    this.#now = options.now ?? Date.now;
    this.#cacheTtlMs = options.standingCacheTtlMs ?? 60_000;
    this.#cache = StandingCache.create({
      maxPartners: options.standingCacheSize ?? 20_000,
      maxBytes: options.standingCacheBytes ?? 256 * 1024 * 1024,
    });
    this.#withinReachSteps = options.withinReachSteps ?? 2;
    this.#revisions = new TickBatcher({
      loadMany: ids => this.#store.getRevisions(ids),
      missing: () => 0,
    });
  }

  // ---------------------------------------------------------------------------
  // Ingestion

  /**
   * Validates and writes a batch of events, all or nothing.
   *
   * - Any invalid event (or unknown partner) → 400 listing every problem
   *   with its index and field; nothing is written.
   * - An id already in the ledger with the same content is a duplicate
   *   (reported, nothing changes); with different content → 409, nothing is
   *   written.
   * - The new events and the partners' ledger revisions are written in one
   *   transaction; afterwards each affected partner's standing is settled
   *   (tier-change snapshot) and signalled to its members.
   */
  async ingest(
    input: unknown[],
    options: IngestOptions,
  ): Promise<IngestEventsResponse> {
    const label = options.label ?? ((i: number) => `events[${i}]`);
    const issues: BatchIssue[] = [...(options.priorIssues ?? [])];
    if (input.length > MAX_BATCH_SIZE) {
      throw new InputError(
        `events: at most ${MAX_BATCH_SIZE} events per request, got ${input.length}; nothing was written`,
      );
    }

    // 1. Validate every event, collecting every problem.
    const rows: LedgerEventRow[] = [];
    const rowIndex: number[] = [];
    const firstById = new Map<string, { index: number; row: LedgerEventRow }>();
    const batchDuplicates: string[] = [];
    // A batch names few partners many times: each is parsed once.
    const partnerRefOf = memoized(parsePartnerRef);
    // No event is older than the program's first version.
    const earliest = Math.min(
      ...this.#programs.map(p => Date.parse(p.effectiveFrom)),
    );
    for (let i = 0; i < input.length; i++) {
      const result = safeParseEvent(input[i]);
      if (!result.success) {
        for (const issue of result.issues) {
          issues.push({
            path: issuePath(label(i), issue.path),
            message: issue.message,
          });
        }
        continue;
      }
      const partnerRef = partnerRefOf.get(result.event.partnerId);
      if (!partnerRef) {
        issues.push({
          path: issuePath(label(i), 'partnerId'),
          message: `must be the partner's group entity ref, e.g. group:default/contoso-solutions (a bare name does not identify a partner)`,
        });
        continue;
      }
      const timeProblem = this.#occurredAtProblem(
        result.event.occurredAt,
        earliest,
      );
      if (timeProblem) {
        issues.push({
          path: issuePath(label(i), 'occurredAt'),
          message: timeProblem,
        });
        continue;
      }
      const event: PerformanceEvent = {
        ...result.event,
        partnerId: partnerRef,
      };
      const payload = canonicalEventJson(event);
      const row: LedgerEventRow = {
        id: event.id,
        partnerRef: event.partnerId,
        type: event.type,
        occurredAt: Date.parse(event.occurredAt),
        payload,
        contentHash: contentHash(payload),
      };
      const first = firstById.get(event.id);
      if (first !== undefined) {
        if (first.row.contentHash === row.contentHash) {
          batchDuplicates.push(event.id);
        } else {
          issues.push({
            path: issuePath(label(i), 'id'),
            message: `"${event.id}" is also the id of ${label(
              first.index,
            )}, with different content`,
          });
        }
        continue;
      }
      firstById.set(event.id, { index: i, row });
      rows.push(row);
      rowIndex.push(i);
    }

    // 2. Every partner must exist in the catalog (catches typos in imports).
    const partnerRefs = [...new Set(rows.map(r => r.partnerRef))];
    const unknownPartners = new Set<string>();
    for (const partnerRef of partnerRefs) {
      if (!(await this.#directory.getPartner(partnerRef))) {
        unknownPartners.add(partnerRef);
      }
    }
    if (unknownPartners.size > 0) {
      rows.forEach((row, k) => {
        if (unknownPartners.has(row.partnerRef)) {
          issues.push({
            path: issuePath(label(rowIndex[k]), 'partnerId'),
            message: `no partner ${row.partnerRef} in the catalog (a Group with spec.type: partner, from the organisation's locations)`,
          });
        }
      });
    }

    if (issues.length > 0) {
      issues.sort((a, b) => comparePaths(a.path, b.path));
      throw batchInputError('The batch was rejected', issues);
    }

    // 3. Classify and write, in one transaction.
    const now = this.#now();
    const outcome = await this.#store.transaction(async tx => {
      // Insert first (the ledger ignores ids it has), then classify only
      // the rows it did not take: in the usual batch of new events that is
      // none, and one statement is saved. A conflict rolls the whole
      // transaction back, so nothing is written.
      // One global lock order (ids, then partners) keeps concurrent
      // batches on PostgreSQL from deadlocking.
      const sorted = rows
        .map((row, k) => ({ row, index: rowIndex[k] }))
        .sort((a, b) => compareStrings(a.row.id, b.row.id));
      const inserted = await this.#store.insertEvents(
        sorted.map(r => r.row),
        { ingestedAt: now, ingestedBy: options.ingestedBy },
        tx,
      );
      const duplicates: string[] = [];
      const present = sorted.filter(r => !inserted.has(r.row.id));
      if (present.length > 0) {
        const existing = await this.#store.findExisting(
          present.map(r => r.row.id),
          tx,
        );
        const conflicts: string[] = [];
        for (const { row, index } of present.sort(
          (a, b) => a.index - b.index,
        )) {
          if (existing.get(row.id)?.contentHash === row.contentHash) {
            duplicates.push(row.id);
          } else {
            conflicts.push(`${label(index)} (id "${row.id}")`);
          }
        }
        if (conflicts.length > 0) {
          throw new ConflictError(
            `The batch was rejected; nothing was written. ${
              conflicts.length
            } event id${
              conflicts.length === 1 ? ' is' : 's are'
            } already in the ledger with different content (events are immutable; use a new id): ${conflicts.join(
              ', ',
            )}`,
          );
        }
      }
      const fresh = sorted.map(r => r.row);
      const affected = [
        ...new Set(
          fresh.filter(r => inserted.has(r.id)).map(r => r.partnerRef),
        ),
      ].sort();
      await this.#store.bumpRevisions(affected, now, tx);
      return { accepted: inserted.size, duplicates, affected };
    });

    // 4. After commit: drop cached standings, settle and signal.
    this.partnersChanged(outcome.affected);

    return {
      accepted: outcome.accepted,
      duplicates: [...outcome.duplicates, ...batchDuplicates],
      partnersAffected: outcome.affected,
    };
  }

  /**
   * The inputs of these partners' standings changed (and their revisions
   * were bumped, committed): drops their cached standings here and settles
   * and signals them in the background. Other replicas see the new revision.
   */
  partnersChanged(partnerRefs: string[]): void {
    this.dropCached(partnerRefs);
    this.#schedule(partnerRefs);
  }

  /** Drops these partners' cached standings on this replica. */
  dropCached(partnerRefs: string[]): void {
    for (const partnerRef of partnerRefs) this.#cache.delete(partnerRef);
  }

  // ---------------------------------------------------------------------------
  // Standing

  /** What the standing cache holds. */
  cacheStats(): StandingCacheStats {
    return this.#cache.stats();
  }

  /** Whether the partner's standing is cached (at any revision). */
  isCached(partnerRef: string): boolean {
    return this.#cache.peek(partnerRef) !== undefined;
  }

  /** The program in force now. */
  getProgram(): ProgramSummaryResponse {
    return programInForce(this.#programs, new Date(this.#now()));
  }

  /**
   * The partner's standing now, serialized. Served from the cache while the
   * partner's ledger revision and catalog profile are unchanged (and for at
   * most the cache TTL, as time moves the windows). The revision is read
   * from the database on every call, so no replica serves a standing older
   * than the ledger.
   */
  async getStandingDocument(
    partner: PartnerSummary,
  ): Promise<StandingDocument> {
    const revision = await this.#revisions.load(partner.entityRef);
    return this.#standingAt(partner, revision);
  }

  /** The partner's standing now. */
  async getStanding(partner: PartnerSummary): Promise<Standing> {
    const document = await this.getStandingDocument(partner);
    return parseStandingDocument(document).standing;
  }

  async #standingAt(
    partner: PartnerSummary,
    revision: number,
  ): Promise<StandingDocument> {
    const now = this.#now();
    const profileKey = JSON.stringify(partner);
    const cached = this.#cache.get(partner.entityRef);
    if (
      cached &&
      cached.document.revision === revision &&
      cached.profileKey === profileKey &&
      now - cached.computedAt < this.#cacheTtlMs
    ) {
      return cached.document;
    }
    const key = `${revision}\u0000${profileKey}`;
    let inflight = this.#inflight.get(key);
    if (!inflight) {
      inflight = this.#evaluate(partner)
        .then(({ standing, asOfMs }) => {
          const document = createStandingDocument({
            partner,
            standing,
            revision,
            asOfMs,
          });
          this.#cache.offer(partner.entityRef, {
            document,
            profileKey,
            computedAt: asOfMs,
          });
          return document;
        })
        .finally(() => this.#inflight.delete(key));
      this.#inflight.set(key, inflight);
    }
    return inflight;
  }

  /** Evaluates the partner now. */
  async #evaluate(
    partner: PartnerSummary,
  ): Promise<{ standing: Standing; asOfMs: number }> {
    const asOfMs = this.#now();
    const inputs = await this.#inputs(partner, asOfMs);
    const standing = evaluateStanding({
      ...inputs,
      // Versions taking effect later: the forecast warns of their changes.
      upcomingPrograms: this.#programs,
    });
    return { standing, asOfMs };
  }

  /**
   * The partner's standing at a moment of the past, from the ledger and
   * decisions as they are now, uncached: what a scheduled snapshot then
   * would have recorded (a development seeder backfills the trend with it).
   */
  async evaluateAt(partner: PartnerSummary, atMs: number): Promise<Standing> {
    const inputs = await this.#inputs(partner, atMs, { lead: false });
    return evaluateStanding({ ...inputs, upcomingPrograms: this.#programs });
  }

  /**
   * Program, profile, the partner's events inside the longest window — and
   * those already dated after now (up to a day ahead), which the forecast
   * counts on their day — and its adjustments and exemptions in force.
   */
  async #inputs(
    partner: PartnerSummary,
    asOfMs: number,
    options: { lead: boolean } = { lead: true },
  ) {
    const asOf = new Date(asOfMs);
    const program = programInForce(this.#programs, asOf);
    const [payloads, decisions] = await Promise.all([
      this.#store.listEventPayloads(partner.entityRef, {
        sinceExclusive: asOfMs - maxWindowMs(program),
        until: asOfMs + (options.lead ? MAX_EVENT_LEAD_MS : 0),
      }),
      this.#adjustments.listInForce(partner.entityRef, asOfMs),
    ]);
    const events = payloads.map(p => JSON.parse(p) as PerformanceEvent);
    return {
      program,
      partner: toProfile(partner),
      events,
      asOf,
      adjustments: engineAdjustments(decisions.adjustments),
      exemptions: engineExemptions(decisions.exemptions),
    };
  }

  /** What-if: the standing with hypothetical events; nothing is stored. */
  async simulate(
    partner: PartnerSummary,
    input: unknown[],
  ): Promise<SimulateResponse> {
    const partnerRef = partner.entityRef;
    if (input.length > MAX_SIMULATED_EVENTS) {
      throw new InputError(
        `events: at most ${MAX_SIMULATED_EVENTS} hypothetical events, got ${input.length}`,
      );
    }
    const asOfMs = this.#now();
    const issues: BatchIssue[] = [];
    const hypothetical: PerformanceEvent[] = [];
    input.forEach((raw, i) => {
      const candidate =
        raw && typeof raw === 'object' && !Array.isArray(raw)
          ? {
              id: `hypothetical-${i + 1}`,
              partnerId: partnerRef,
              occurredAt: new Date(asOfMs).toISOString(),
              ...(raw as Record<string, unknown>),
            }
          : raw;
      const result = safeParseEvent(candidate);
      if (!result.success) {
        for (const issue of result.issues) {
          issues.push({
            path: issuePath(`events[${i}]`, issue.path),
            message: issue.message,
          });
        }
      } else if (parsePartnerRef(result.event.partnerId) !== partnerRef) {
        issues.push({
          path: `events[${i}].partnerId`,
          message: `must be ${partnerRef}, the partner being simulated (or absent)`,
        });
      } else {
        hypothetical.push({ ...result.event, partnerId: partnerRef });
      }
    });
    if (issues.length > 0) {
      throw batchInputError('The simulation was rejected', issues);
    }
    // An event already in the partner's ledger would count twice.
    const existing = await this.#store.findExisting(
      hypothetical.map(e => e.id),
    );
    const inLedger = (e: PerformanceEvent) =>
      existing.get(e.id)?.partnerRef === partnerRef;
    const inputs = await this.#inputs(partner, asOfMs);
    const result = simulateStanding({
      ...inputs,
      hypotheticalEvents: hypothetical.filter(e => !inLedger(e)),
      upcomingPrograms: this.#programs,
    });
    return {
      ...result,
      ignoredEventIds: hypothetical.filter(inLedger).map(e => e.id),
    };
  }

  /**
   * Why an event's time cannot go into the ledger, if it cannot: the ledger
   * is immutable, so a typo in the year could never be corrected. An event
   * is a fact that happened: at most a day ahead of now (clock skew between
   * systems), and not before the program's first version.
   */
  #occurredAtProblem(occurredAt: string, first: number): string | undefined {
    const at = Date.parse(occurredAt);
    const latest = this.#now() + MAX_EVENT_LEAD_MS;
    if (at > latest) {
      return `${occurredAt} is more than a day ahead of now; an event records something that happened`;
    }
    if (at < first) {
      return `${occurredAt} is before the program's first version (${new Date(
        first,
      )
        .toISOString()
        .slice(0, 10)}); the program did not exist then`;
    }
    return undefined;
  }

  /**
   * The partner's progress on the program's plays and Ignite courses, from
   * the ledger: executions of each play, and how many of its people
   * completed each course (completions arrive by ingestion only).
   */
  async getProgress(partner: PartnerSummary): Promise<PartnerProgressResponse> {
    const program = programInForce(this.#programs, new Date(this.#now()));
    const types: EventType[] = ['play_executed', 'ignite_course_completed'];
    const payloads = await this.#store.listEventPayloadsOfTypes(
      partner.entityRef,
      types,
    );
    const plays = new Map<string, { executions: number; last?: string }>();
    const courses = new Map<string, { completions: number; last?: string }>();
    for (const payload of payloads) {
      const event = JSON.parse(payload) as PerformanceEvent;
      const attributes = event.attributes ?? {};
      if (event.type === 'play_executed') {
        const id = String(attributes.playId ?? '');
        const entry = plays.get(id) ?? { executions: 0 };
        entry.executions += 1;
        if (!entry.last || event.occurredAt > entry.last) {
          entry.last = event.occurredAt;
        }
        plays.set(id, entry);
      } else {
        const id = String(attributes.courseId ?? '');
        const entry = courses.get(id) ?? { completions: 0 };
        entry.completions += event.quantity ?? 1;
        if (!entry.last || event.occurredAt > entry.last) {
          entry.last = event.occurredAt;
        }
        courses.set(id, entry);
      }
    }
    return {
      partnerRef: partner.entityRef,
      plays: program.plays.map(play => {
        const entry = plays.get(play.id);
        return {
          playId: play.id,
          executions: entry?.executions ?? 0,
          ...(entry?.last ? { lastExecutedAt: entry.last } : {}),
        };
      }),
      courses: program.igniteCourses.map(course => {
        const entry = courses.get(course.id);
        return {
          courseId: course.id,
          completions: entry?.completions ?? 0,
          ...(entry?.last ? { lastCompletedAt: entry.last } : {}),
        };
      }),
    };
  }

  /**
   * The events that earned a metric's points, highest first. Per-business-
   * model metrics add up the event's points across models.
   */
  async getContributions(
    partner: PartnerSummary,
    metricId: string,
    page: { limit: number; cursor?: string },
  ): Promise<MetricContributionsPage> {
    const standing = await this.getStanding(partner);
    const metrics = standing.metrics.filter(m => m.id === metricId);
    if (metrics.length === 0) {
      const program = programInForce(this.#programs, new Date(this.#now()));
      if (!program.metrics.some(m => m.id === metricId)) {
        throw new NotFoundError(`No metric "${metricId}" in the program`);
      }
    }
    const pointsById = new Map<string, number>();
    for (const metric of metrics) {
      for (const c of metric.contributions) {
        pointsById.set(c.eventId, (pointsById.get(c.eventId) ?? 0) + c.points);
      }
    }
    const ranked = [...pointsById.entries()]
      .map(([eventId, points]) => ({
        eventId,
        points: Math.round(points * 100) / 100,
      }))
      .sort(
        (a, b) => b.points - a.points || compareStrings(a.eventId, b.eventId),
      );
    const offset = page.cursor
      ? cursorCodec.decode(page.cursor, offsetCursor).o
      : 0;
    const slice = ranked.slice(offset, offset + page.limit);
    const payloads = await this.#store.getEventPayloads(
      partner.entityRef,
      slice.map(c => c.eventId),
    );
    const byId = new Map(
      payloads.map(p => {
        const event = JSON.parse(p) as PerformanceEvent;
        return [event.id, event] as const;
      }),
    );
    const items = slice.flatMap(c => {
      const event = byId.get(c.eventId);
      return event ? [{ event, points: c.points }] : [];
    });
    return {
      metricId,
      items,
      ...(offset + page.limit < ranked.length
        ? { nextCursor: cursorCodec.encode({ o: offset + page.limit }) }
        : {}),
    };
  }

  // ---------------------------------------------------------------------------
  // History

  /**
   * Snapshots of the partner's standing, newest page first, each page oldest
   * first (ready to plot); `nextCursor` pages to older snapshots.
   */
  async getHistory(
    partnerRef: string,
    page: { limit: number; cursor?: string; since?: string },
  ): Promise<StandingHistoryPage> {
    const before = page.cursor
      ? cursorCodec.decode(page.cursor, snapshotCursor)
      : undefined;
    const rows = await this.#store.listSnapshots(partnerRef, {
      limit: page.limit + 1,
      since: page.since ? Date.parse(page.since) : undefined,
      before: before ? { takenAt: before.t, id: before.i } : undefined,
    });
    const pageRows = rows.slice(0, page.limit);
    const last = pageRows[pageRows.length - 1];
    const items: StandingSnapshot[] = pageRows.reverse().map(row => ({
      takenAt: new Date(row.takenAt).toISOString(),
      totalPoints: row.totalPoints,
      tier: row.tier as StandingSnapshot['tier'],
      reason: row.reason,
    }));
    return {
      items,
      ...(rows.length > page.limit && last
        ? { nextCursor: cursorCodec.encode({ t: last.takenAt, i: last.id }) }
        : {}),
    };
  }

  /**
   * The scheduled snapshot: one per catalog partner, at most one per
   * `minIntervalMs` (a manual re-run does not double the trend).
   */
  async takeScheduledSnapshots(options: {
    minIntervalMs: number;
    signal?: AbortSignal;
  }): Promise<number> {
    const partners = await this.#directory.listPartners();
    let taken = 0;
    for (const partner of partners) {
      if (options.signal?.aborted) break;
      try {
        const latest = await this.#store.latestSnapshot(
          partner.entityRef,
          'scheduled',
        );
        if (latest && this.#now() - latest.takenAt < options.minIntervalMs) {
          continue;
        }
        const revision = await this.#store.getRevision(partner.entityRef);
        const document = await this.#standingAt(partner, revision);
        await this.#store.insertSnapshot({
          partnerRef: partner.entityRef,
          takenAt: this.#now(),
          totalPoints: document.facts.totalPoints,
          tier: document.facts.tier,
          reason: 'scheduled',
          revision,
          pointsByPillar: document.facts.pointsByPillar,
          ...primaryModel(partner),
        });
        // The forecast moves with time: the overview's columns too.
        await this.#overview.upsertStandings([
          await this.#summaryOf(partner, document),
        ]);
        taken++;
      } catch (error) {
        this.#logger.warn(
          `Snapshot of partner ${partner.entityRef} failed: ${error}`,
        );
      }
    }
    if (!options.signal?.aborted) {
      await this.#overview.deleteStandingsExcept(
        partners.map(p => p.entityRef),
      );
    }
    return taken;
  }

  /**
   * A partner's latest standing in the program overview's columns; the
   * plan to the next tier is computed only when a few steps could reach it.
   */
  async #summaryOf(
    partner: PartnerSummary,
    document: StandingDocument,
  ): Promise<StandingSummaryRow> {
    const { facts } = document;
    let planSteps: number | undefined;
    if (
      facts.nextTier &&
      (facts.pointsToNextTier ?? 0) <=
        this.#withinReachSteps * facts.bestActionPoints
    ) {
      const inputs = await this.#inputs(partner, document.asOfMs);
      const plan = planNextTier(inputs);
      if (plan.reachable && plan.steps.length <= this.#withinReachSteps) {
        planSteps = plan.steps.length;
      }
    }
    return {
      partnerRef: partner.entityRef,
      title: partner.title,
      businessModels: partner.businessModels,
      ...(partner.businessModels[0]
        ? { primaryBusinessModel: partner.businessModels[0] }
        : {}),
      tier: facts.tier,
      tierRank: tierRank(facts.tier),
      totalPoints: facts.totalPoints,
      ...(facts.nextTier
        ? { nextTier: facts.nextTier, pointsToNextTier: facts.pointsToNextTier }
        : {}),
      ...(planSteps !== undefined ? { planSteps } : {}),
      ...(facts.dropsOn
        ? { dropsOn: facts.dropsOn, dropsToTier: facts.dropsToTier }
        : {}),
      revision: document.revision,
      evaluatedAt: document.asOfMs,
    };
  }

  /**
   * Development only: writes scheduled snapshots of the partner at moments
   * of the past (evaluated as {@link evaluateAt}), replacing those the same
   * seeder wrote before, so a trend shows from the first start.
   */
  async backfillSnapshots(
    partner: PartnerSummary,
    moments: number[],
    seededBy: string,
  ): Promise<number> {
    const revision = await this.#store.getRevision(partner.entityRef);
    const snapshots: Array<Omit<SnapshotRow, 'id'>> = [];
    for (const at of [...moments].sort((a, b) => a - b)) {
      const standing = await this.evaluateAt(partner, at);
      snapshots.push({
        partnerRef: partner.entityRef,
        takenAt: at,
        totalPoints: standing.totalPoints,
        tier: standing.tier,
        reason: 'scheduled',
        revision,
        pointsByPillar: standing.pointsByPillar,
        ...primaryModel(partner),
        seededBy,
      });
    }
    await this.#store.transaction(async tx => {
      await this.#store.deleteSeededSnapshots(partner.entityRef, seededBy, tx);
      await this.#store.insertSnapshots(snapshots, tx);
    });
    return snapshots.length;
  }

  // ---------------------------------------------------------------------------
  // Settling: tier-change snapshots and signals after ingestion

  /**
   * Settles partners whose latest ledger revision has not been evaluated,
   * e.g. after a replica stopped between commit and signal. Returns how many
   * were settled by this call.
   */
  async settleUnevaluated(limit = 1000): Promise<number> {
    const partnerRefs = await this.#store.listUnevaluatedPartners(limit);
    let settled = 0;
    for (const partnerRef of partnerRefs) {
      if (await this.#settle(partnerRef)) settled++;
    }
    return settled;
  }

  #schedule(partnerRefs: string[]) {
    for (const id of partnerRefs) this.#pending.add(id);
    if (!this.#draining && this.#pending.size > 0) {
      this.#draining = this.#drain().finally(() => {
        this.#draining = undefined;
        if (this.#pending.size > 0) this.#schedule([]);
      });
    }
  }

  async #drain(): Promise<void> {
    // Let the ingestion response go out first.
    await new Promise(resolve => setImmediate(resolve));
    // A few partners at a time: each is mostly database round trips, and
    // different partners never wait for each other's locks.
    const worker = async () => {
      while (this.#pending.size > 0) {
        const partnerRef: string = this.#pending.values().next().value!;
        this.#pending.delete(partnerRef);
        try {
          await this.#settle(partnerRef);
        } catch (error) {
          // The settle task retries it from the database.
          this.#logger.warn(
            `Could not settle the standing of partner ${partnerRef}: ${error}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: SETTLE_CONCURRENCY }, worker));
  }

  /**
   * Evaluates the partner at its current revision and records it, once
   * across replicas: a tier change writes a `tier-change` snapshot; the new
   * standing is signalled to the partner's members and the program admins.
   */
  async #settle(partnerRef: string): Promise<boolean> {
    const partner = await this.#directory.getPartner(partnerRef);
    const state = await this.#store.getPartnerState(partnerRef);
    if (!state || state.evaluatedRevision >= state.revision) return false;
    if (!partner) {
      this.#logger.warn(
        `Partner ${partnerRef} has events but is not in the catalog; its standing is not evaluated`,
      );
      return false;
    }
    const document = await this.#standingAt(partner, state.revision);
    const standing = document.facts;
    const summary = await this.#summaryOf(partner, document);
    const now = this.#now();
    const recorded = await this.#store.transaction(async tx => {
      const before = await this.#store.recordEvaluation(
        partnerRef,
        {
          revision: state.revision,
          tier: standing.tier,
          totalPoints: standing.totalPoints,
        },
        tx,
      );
      if (before && before.lastTier !== standing.tier) {
        await this.#store.insertSnapshot(
          {
            partnerRef,
            takenAt: now,
            totalPoints: standing.totalPoints,
            tier: standing.tier,
            reason: 'tier-change',
            revision: state.revision,
            pointsByPillar: standing.pointsByPillar,
            ...primaryModel(partner),
          },
          tx,
        );
      }
      if (before !== undefined) {
        await this.#overview.upsertStandings([summary], tx);
      }
      return before !== undefined;
    });
    if (!recorded) return false;

    const signal: StandingChangedSignal = {
      partnerRef,
      totalPoints: standing.totalPoints,
      tier: standing.tier,
    };
    const [members, roles] = await Promise.all([
      this.#directory.partnerMemberRefs(partnerRef),
      this.#directory.roleMemberRefs(),
    ]);
    await this.#signals.publish({
      recipients: {
        type: 'user',
        entityRef: [...new Set([...members, ...roles.programAdmins])],
      },
      channel: PARTNER_POINTS_SIGNAL_CHANNEL,
      message: { ...signal },
    });
    return true;
  }
}

/** `fn` with its results kept, for a function of few distinct arguments. */
function memoized<T>(fn: (value: string) => T): { get(value: string): T } {
  const results = new Map<string, { result: T }>();
  return {
    get(value) {
      const hit = results.get(value);
      if (hit) return hit.result;
      const result = fn(value);
      results.set(value, { result });
      return result;
    },
  };
}

/** The longest metric window of the program: older events count for nothing. */
function maxWindowMs(program: Program): number {
  return Math.max(1, ...program.metrics.map(m => m.windowDays)) * DAY_MS;
}

/** The partner's primary business model, its cohort, for a snapshot. */
function primaryModel(partner: PartnerSummary): { businessModel?: string } {
  const model = partner.businessModels[0];
  return model ? { businessModel: model } : {};
}

function toProfile(partner: PartnerSummary): PartnerProfile {
  const known = new Set<string>(BUSINESS_MODEL_IDS);
  return {
    id: partner.entityRef,
    businessModels: partner.businessModels.filter((m): m is BusinessModelId =>
      known.has(m),
    ),
    ...(partner.admittedAt && !Number.isNaN(Date.parse(partner.admittedAt))
      ? { admittedAt: partner.admittedAt }
      : {}),
    pinnacleInvited: partner.pinnacleInvited,
  };
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Orders `events[2].x` before `events[10].x` (numeric index order). */
function comparePaths(a: string, b: string): number {
  const na = /\[(\d+)\]|row (\d+)/.exec(a);
  const nb = /\[(\d+)\]|row (\d+)/.exec(b);
  const ia = na ? Number(na[1] ?? na[2]) : -1;
  const ib = nb ? Number(nb[1] ?? nb[2]) : -1;
  return ia - ib;
}
