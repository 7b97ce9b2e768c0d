import { performanceEventSchema } from '../events';
import { REVERSAL_EVENT_TYPE, TIER_IDS } from '../ids';
import {
  ProgramValidationError,
  ValidationIssue,
  formatPath,
  fromZodIssues,
} from '../issues';
import { programSchema } from './schema';
import { CATALOG_ATTRIBUTES } from './catalogs';
import type { CatalogList, Program } from './types';

type Raw = Record<string, unknown>;
type Path = Array<string | number>;

function asObj(v: unknown): Raw | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Raw)
    : undefined;
}

function asArr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function asStr(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function asNum(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Event types feeding a metric, with the role they play. */
function metricFeeds(metric: Raw): Array<{ type: string; role: string }> {
  // growth, sum, count and distinct metrics list `events`
  if (metric.aggregation === 'ratio') {
    return [
      ...asArr(asObj(metric.numerator)?.events).map(t => ({
        type: String(t),
        role: 'numerator',
      })),
      ...asArr(asObj(metric.denominator)?.events).map(t => ({
        type: String(t),
        role: 'denominator',
      })),
    ];
  }
  return asArr(metric.events).map(t => ({ type: String(t), role: 'events' }));
}

const LINK_PREFIX: Record<string, string> = {
  hub: 'category:',
  lab: 'playbook:',
  ignite: 'course:',
  play: 'play:',
};

/**
 * Checks what a schema cannot: references between parts of the definition,
 * uniqueness, ordering and that every action's example really feeds its
 * metric. Works on the raw input so that these problems are reported together
 * with structural ones.
 */
function crossReferenceIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: Path, message: string) =>
    issues.push({ path: formatPath(path), message });
  const root = asObj(input);
  if (!root) {
    return issues;
  }

  const uniqueIds = (list: unknown[], path: Path, what: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const id = asStr(asObj(item)?.id);
      if (id === undefined) {
        return;
      }
      const first = seen.get(id);
      if (first !== undefined) {
        add(
          [...path, i, 'id'],
          `duplicate ${what} id ${JSON.stringify(id)} (also at ${formatPath([
            ...path,
            first,
          ])})`,
        );
      } else {
        seen.set(id, i);
      }
    });
    return seen;
  };

  const models = asArr(root.businessModels);
  const modelIds = uniqueIds(models, ['businessModels'], 'business model');
  const pillars = asArr(root.pillars);
  const pillarIds = uniqueIds(pillars, ['pillars'], 'pillar');
  const pillarKinds = new Set(pillars.map(p => asStr(asObj(p)?.kind)));
  const metrics = asArr(root.metrics);
  const metricIds = uniqueIds(metrics, ['metrics'], 'metric');
  const actions = asArr(root.actions);
  uniqueIds(actions, ['actions'], 'action');
  const plays = asArr(root.plays);
  const playIds = uniqueIds(plays, ['plays'], 'play');
  const courses = asArr(root.igniteCourses);
  const courseIds = uniqueIds(courses, ['igniteCourses'], 'Ignite course');
  const specializations = asArr(root.specializations);
  const specializationIds = uniqueIds(
    specializations,
    ['specializations'],
    'specialization',
  );
  const competencies = asArr(root.competencies);
  const competencyIds = uniqueIds(competencies, ['competencies'], 'competency');
  const tiers = asArr(root.tiers);
  uniqueIds(tiers, ['tiers'], 'tier');

  const known = (ids: Map<string, number>) =>
    ids.size ? [...ids.keys()].join(', ') : '(none defined)';

  const catalogues: Record<string, { entries: unknown[]; what: string }> = {
    plays: { entries: plays, what: 'play' },
    igniteCourses: { entries: courses, what: 'Ignite course' },
    specializations: { entries: specializations, what: 'specialization' },
    competencies: { entries: competencies, what: 'competency' },
  };
  specializations.forEach((sp, i) => {
    const options = asArr(asObj(sp)?.options);
    uniqueIds(options, ['specializations', i, 'options'], 'option');
    options.forEach((o, j) => {
      const requires = asObj(asObj(o)?.requires);
      if (requires) {
        checkCondition(requires, [
          'specializations',
          i,
          'options',
          j,
          'requires',
        ]);
      }
    });
  });

  /** Option requirements: like a metric's events, filter and field. */
  function checkCondition(requires: Raw, path: Path): void {
    asArr(requires.events).forEach((t, j) => {
      if (t === REVERSAL_EVENT_TYPE) {
        add(
          [...path, 'events', j],
          `${REVERSAL_EVENT_TYPE} events remove other events' points and cannot count for a requirement`,
        );
      }
    });
    const aggregation = requires.aggregation ?? 'count';
    if (aggregation === 'sum' && requires.field === undefined) {
      add(
        [...path, 'field'],
        'a sum requirement needs field: amount or quantity',
      );
    }
    if (aggregation === 'count' && requires.field !== undefined) {
      add([...path, 'field'], 'a count requirement takes no field');
    }
  }

  /** Ids of a metric's catalogue that count for it (kind, track, except, filter). */
  function allowedEntries(metric: Raw, catalog: Raw): string[] {
    const list = catalogues[asStr(catalog.list) ?? ''];
    if (!list) {
      return [];
    }
    const except = new Set(asArr(catalog.except).map(String));
    const attribute = CATALOG_ATTRIBUTES[asStr(catalog.list) as CatalogList];
    const filtered = asObj(asObj(metric.filter)?.attributes)?.[attribute];
    const only =
      filtered === undefined
        ? undefined
        : new Set(
            (Array.isArray(filtered) ? filtered : [filtered]).map(String),
          );
    return list.entries
      .map(e => asObj(e) ?? {})
      .filter(
        e =>
          (catalog.kind === undefined || e.kind === catalog.kind) &&
          (catalog.track === undefined || e.track === catalog.track) &&
          !except.has(String(e.id)) &&
          (only === undefined || only.has(String(e.id))),
      )
      .map(e => String(e.id));
  }

  // Metrics
  metrics.forEach((m, i) => {
    const metric = asObj(m);
    if (!metric) {
      return;
    }
    const path: Path = ['metrics', i];
    const id = asStr(metric.id) ?? `#${i}`;
    const pillar = asStr(metric.pillar);
    if (pillar !== undefined && !pillarIds.has(pillar)) {
      add(
        [...path, 'pillar'],
        `metric ${JSON.stringify(id)} refers to unknown pillar ${JSON.stringify(
          pillar,
        )}; known pillars: ${known(pillarIds)}`,
      );
    }
    const restricted = asArr(metric.businessModels);
    if (
      metric.businessModels !== undefined &&
      metric.perBusinessModel !== true
    ) {
      add(
        [...path, 'businessModels'],
        `metric ${JSON.stringify(
          id,
        )} lists businessModels but is not perBusinessModel: true`,
      );
    }
    restricted.forEach((bm, j) => {
      if (typeof bm === 'string' && !modelIds.has(bm)) {
        add(
          [...path, 'businessModels', j],
          `business model ${JSON.stringify(
            bm,
          )} is not one of the program's businessModels (${known(modelIds)})`,
        );
      }
    });
    const catalog = asObj(metric.catalog);
    if (catalog) {
      const listName = asStr(catalog.list);
      const list = listName ? catalogues[listName] : undefined;
      if (list && list.entries.length === 0) {
        add(
          [...path, 'catalog', 'list'],
          `metric ${JSON.stringify(
            id,
          )} is tied to the ${listName} catalogue, which the program does not define`,
        );
      }
      if (catalog.kind !== undefined && listName !== 'plays') {
        add([...path, 'catalog', 'kind'], 'kind only applies to plays');
      }
      if (catalog.track !== undefined && listName !== 'igniteCourses') {
        add(
          [...path, 'catalog', 'track'],
          'track only applies to igniteCourses',
        );
      }
      if (list) {
        const ids = new Set(list.entries.map(e => asStr(asObj(e)?.id)));
        asArr(catalog.except).forEach((x, j) => {
          if (!ids.has(String(x))) {
            add(
              [...path, 'catalog', 'except', j],
              `unknown ${list.what} ${JSON.stringify(x)} in except`,
            );
          }
        });
        const attribute = CATALOG_ATTRIBUTES[listName as CatalogList];
        const distinctBy = asStr(metric.distinctBy);
        const target = asNum(metric.target);
        const allowed = allowedEntries(metric, catalog);
        if (list.entries.length > 0 && allowed.length === 0) {
          add(
            [...path, 'catalog'],
            `no entry of the ${listName} catalogue counts for metric ${JSON.stringify(
              id,
            )}`,
          );
        } else if (
          metric.aggregation === 'distinct' &&
          distinctBy === `attributes.${attribute}` &&
          target !== undefined &&
          allowed.length > 0 &&
          allowed.length < target
        ) {
          add(
            [...path, 'target'],
            `target ${target} can never be reached: only ${
              allowed.length
            } entries of the ${listName} catalogue count for metric ${JSON.stringify(
              id,
            )}`,
          );
        }
      }
    }
    if (
      metric.aggregation === 'ratio' &&
      metric.perCustomer === true &&
      asObj(metric.numerator)?.field !== asObj(metric.denominator)?.field
    ) {
      add(
        [...path, 'denominator', 'field'],
        "a per-customer ratio compares each customer's numerator with its denominator: both must be the same field",
      );
    }
    const feeds = metricFeeds(metric);
    for (const feed of feeds) {
      if (feed.type === REVERSAL_EVENT_TYPE) {
        add(
          [...path, feed.role],
          `${REVERSAL_EVENT_TYPE} events remove other events' points and cannot feed a metric`,
        );
      }
    }
    const seen = new Map<string, string>();
    for (const feed of feeds) {
      const before = seen.get(feed.type);
      if (before !== undefined) {
        add(
          [...path, feed.role === 'events' ? 'events' : feed.role],
          before === feed.role
            ? `event type ${feed.type} is listed twice`
            : `event type ${feed.type} is in both numerator and denominator`,
        );
      }
      seen.set(feed.type, feed.role);
    }
  });

  // Tiers
  let lastOrder = -1;
  let lastThreshold = -Infinity;
  tiers.forEach((t, i) => {
    const tier = asObj(t);
    if (!tier) {
      return;
    }
    const path: Path = ['tiers', i];
    const id = asStr(tier.id);
    const order = id === undefined ? -1 : TIER_IDS.indexOf(id as never);
    if (i === 0 && id !== undefined && id !== 'community') {
      add([...path, 'id'], 'the first tier must be community');
    }
    if (order >= 0) {
      if (order <= lastOrder) {
        add(
          [...path, 'id'],
          `tiers must be listed in the order ${TIER_IDS.join(
            ', ',
          )}; ${id} comes too late`,
        );
      }
      lastOrder = Math.max(lastOrder, order);
    }
    const threshold = asNum(tier.threshold);
    if (threshold !== undefined) {
      if (i === 0 && threshold !== 0) {
        add([...path, 'threshold'], 'the first tier must have threshold 0');
      }
      if (threshold <= lastThreshold) {
        add(
          [...path, 'threshold'],
          `tier thresholds must increase: ${threshold} is not above the previous tier's ${lastThreshold}`,
        );
      }
      lastThreshold = threshold;
    }
    const requirements = asArr(tier.requirements);
    if (i === 0 && requirements.length > 0) {
      add(
        [...path, 'requirements'],
        'the first tier is the floor and cannot have requirements',
      );
    }
    uniqueIds(requirements, [...path, 'requirements'], 'requirement');
    uniqueIds(asArr(tier.benefits), [...path, 'benefits'], 'benefit');
    requirements.forEach((r, j) => {
      const req = asObj(r);
      if (!req) {
        return;
      }
      const rpath: Path = [...path, 'requirements', j];
      const pillar = asStr(req.pillar);
      if (req.type === 'pillar-points' && pillar !== undefined) {
        if (!pillarIds.has(pillar)) {
          add(
            [...rpath, 'pillar'],
            `requirement refers to unknown pillar ${JSON.stringify(
              pillar,
            )}; known pillars: ${known(pillarIds)}`,
          );
        }
      }
      const metricId = asStr(req.metric);
      if (req.type === 'metric-points' && metricId !== undefined) {
        const mi = metricIds.get(metricId);
        if (mi === undefined) {
          add(
            [...rpath, 'metric'],
            `requirement refers to unknown metric ${JSON.stringify(
              metricId,
            )}; known metrics: ${known(metricIds)}`,
          );
        } else {
          const metric = asObj(metrics[mi]);
          const maxPoints = asNum(metric?.maxPoints);
          const min = asNum(req.minPoints);
          if (
            metric?.perBusinessModel !== true &&
            maxPoints !== undefined &&
            min !== undefined &&
            min > maxPoints
          ) {
            add(
              [...rpath, 'minPoints'],
              `requirement can never be met: metric ${metricId} earns at most ${maxPoints} points`,
            );
          }
        }
      }
      const kind = asStr(req.pillarKind);
      if (
        req.type === 'pillar-kind-points' &&
        kind !== undefined &&
        !pillarKinds.has(kind)
      ) {
        add(
          [...rpath, 'pillarKind'],
          `no pillar is of kind ${kind}, so the requirement can never be met`,
        );
      }
    });
  });

  // Actions
  const metricsWithAction = new Set<string>();
  actions.forEach((a, i) => {
    const actionDef = asObj(a);
    if (!actionDef) {
      return;
    }
    const path: Path = ['actions', i];
    const id = asStr(actionDef.id) ?? `#${i}`;
    const metricId = asStr(actionDef.metric);
    const link = asObj(actionDef.link);
    const kind = asStr(link?.kind);
    const ref = asStr(link?.ref);
    if (kind && ref && LINK_PREFIX[kind]) {
      const prefix = LINK_PREFIX[kind];
      if (!ref.startsWith(prefix) || ref.length === prefix.length) {
        add(
          [...path, 'link', 'ref'],
          `a ${kind} link ref must look like ${prefix}<id>, got ${JSON.stringify(
            ref,
          )}`,
        );
      } else if (kind === 'play' && playIds.size) {
        const playId = ref.slice(prefix.length);
        if (!playIds.has(playId)) {
          add(
            [...path, 'link', 'ref'],
            `unknown play ${JSON.stringify(playId)}; known plays: ${known(
              playIds,
            )}`,
          );
        }
      } else if (kind === 'ignite' && courseIds.size) {
        const courseId = ref.slice(prefix.length);
        if (!courseIds.has(courseId)) {
          add(
            [...path, 'link', 'ref'],
            `unknown Ignite course ${JSON.stringify(
              courseId,
            )}; known courses: ${known(courseIds)}`,
          );
        }
      }
    }
    if (metricId === undefined) {
      return;
    }
    const mi = metricIds.get(metricId);
    if (mi === undefined) {
      add(
        [...path, 'metric'],
        `action ${JSON.stringify(id)} refers to unknown metric ${JSON.stringify(
          metricId,
        )}; known metrics: ${known(metricIds)}`,
      );
      return;
    }
    metricsWithAction.add(metricId);
    const metric = asObj(metrics[mi]) ?? {};
    const example = asObj(actionDef.example);
    if (!example) {
      return;
    }
    const type = asStr(example.type);
    const attributes = asObj(example.attributes) ?? {};
    // The example may feed other metrics too (a renewal also counts a
    // retained customer): those metrics have an action as well.
    for (const other of metrics) {
      const otherMetric = asObj(other);
      const otherId = asStr(otherMetric?.id);
      if (!otherMetric || otherId === undefined) {
        continue;
      }
      const feedsIt = metricFeeds(otherMetric).some(
        f => f.type === type && f.role !== 'denominator',
      );
      const filter = asObj(asObj(otherMetric.filter)?.attributes) ?? {};
      const passes = Object.entries(filter).every(([name, allowed]) =>
        (Array.isArray(allowed) ? allowed : [allowed]).includes(
          String(attributes[name]),
        ),
      );
      if (feedsIt && passes) {
        metricsWithAction.add(otherId);
      }
    }
    const feed = metricFeeds(metric).find(f => f.type === type);
    if (type !== undefined && !feed) {
      add(
        [...path, 'example', 'type'],
        `example event type ${type} does not feed metric ${metricId} (fed by: ${
          metricFeeds(metric)
            .map(f => f.type)
            .join(', ') || 'nothing'
        })`,
      );
    } else if (feed?.role === 'denominator') {
      add(
        [...path, 'example', 'type'],
        `example event type ${type} only feeds the denominator of ratio metric ${metricId}, so it can only lower it`,
      );
    }
    const filter = asObj(asObj(metric.filter)?.attributes) ?? {};
    for (const [name, allowed] of Object.entries(filter)) {
      const values = Array.isArray(allowed) ? allowed : [allowed];
      const value = attributes[name];
      if (value === undefined || !values.includes(String(value))) {
        add(
          [...path, 'example', 'attributes', name],
          `metric ${metricId} only counts events with attributes.${name} in [${values.join(
            ', ',
          )}]`,
        );
      }
    }
    const metricCatalog = asObj(metric.catalog);
    const catalogAttribute = metricCatalog
      ? CATALOG_ATTRIBUTES[asStr(metricCatalog.list) as CatalogList]
      : undefined;
    if (example.catalogEntry === 'next') {
      if (!catalogAttribute) {
        add(
          [...path, 'example', 'catalogEntry'],
          `metric ${metricId} is not tied to a catalogue, so there is no next entry`,
        );
      } else if (attributes[catalogAttribute] !== undefined) {
        add(
          [...path, 'example', 'attributes', catalogAttribute],
          `catalogEntry: next fills attributes.${catalogAttribute}; do not set it`,
        );
      }
    } else if (catalogAttribute && metricCatalog) {
      const value = attributes[catalogAttribute];
      const allowed = allowedEntries(metric, metricCatalog);
      if (value === undefined) {
        add(
          [...path, 'example', 'attributes', catalogAttribute],
          `metric ${metricId} only counts events naming an entry of the ${asStr(
            metricCatalog.list,
          )} catalogue: set attributes.${catalogAttribute} or catalogEntry: next`,
        );
      } else if (!allowed.includes(String(value))) {
        add(
          [...path, 'example', 'attributes', catalogAttribute],
          `${JSON.stringify(
            value,
          )} does not count for metric ${metricId}; entries that do: ${
            allowed.join(', ') || '(none)'
          }`,
        );
      }
    }
    if (example.customer === 'existing') {
      if (metric.aggregation !== 'ratio' || metric.perCustomer !== true) {
        add(
          [...path, 'example', 'customer'],
          `customer: existing is for ratios computed per customer; metric ${metricId} is not one`,
        );
      }
    } else if (metric.aggregation === 'ratio' && metric.perCustomer === true) {
      add(
        [...path, 'example', 'customer'],
        `metric ${metricId} is computed per customer: set customer: existing`,
      );
    }
    const distinctBy = asStr(metric.distinctBy);
    if (metric.aggregation === 'distinct' && distinctBy) {
      if (distinctBy === 'customerId' && example.customer !== 'new') {
        add(
          [...path, 'example', 'customer'],
          `metric ${metricId} counts distinct customers: set customer: new`,
        );
      } else if (distinctBy.startsWith('attributes.')) {
        const name = distinctBy.slice('attributes.'.length);
        if (
          attributes[name] === undefined &&
          !(example.catalogEntry === 'next' && name === catalogAttribute)
        ) {
          add(
            [...path, 'example', 'attributes', name],
            `metric ${metricId} counts distinct ${distinctBy}: the example needs it`,
          );
        }
      }
    }
    const playId = asStr(attributes.playId);
    if (playId !== undefined && playIds.size && !playIds.has(playId)) {
      add(
        [...path, 'example', 'attributes', 'playId'],
        `unknown play ${JSON.stringify(playId)}; known plays: ${known(
          playIds,
        )}`,
      );
    }
    const courseId = asStr(attributes.courseId);
    if (courseId !== undefined && courseIds.size && !courseIds.has(courseId)) {
      add(
        [...path, 'example', 'attributes', 'courseId'],
        `unknown Ignite course ${JSON.stringify(
          courseId,
        )}; known courses: ${known(courseIds)}`,
      );
    }
    const competency = asStr(attributes.competency);
    if (
      competency !== undefined &&
      competencyIds.size &&
      !competencyIds.has(competency)
    ) {
      add(
        [...path, 'example', 'attributes', 'competency'],
        `unknown competency ${JSON.stringify(
          competency,
        )}; known competencies: ${known(competencyIds)}`,
      );
    }
    const specialization = asStr(attributes.specialization);
    if (specialization !== undefined && specializationIds.size) {
      const si = specializationIds.get(specialization);
      if (si === undefined) {
        add(
          [...path, 'example', 'attributes', 'specialization'],
          `unknown specialization ${JSON.stringify(
            specialization,
          )}; known specializations: ${known(specializationIds)}`,
        );
      } else {
        const option = asStr(attributes.option);
        const options = asArr(asObj(specializations[si])?.options).map(o =>
          asStr(asObj(o)?.id),
        );
        if (
          option !== undefined &&
          options.length &&
          !options.includes(option)
        ) {
          add(
            [...path, 'example', 'attributes', 'option'],
            `unknown option ${JSON.stringify(
              option,
            )} of ${specialization}; options: ${options.join(', ')}`,
          );
        }
      }
    }
    // The example must be a valid event once the engine fills in the rest.
    if (type !== undefined) {
      const candidate: Raw = {
        id: 'example',
        partnerId: 'partner',
        type,
        occurredAt: '2000-01-01T00:00:00.000Z',
      };
      if (example.customer === 'new' || example.customer === 'existing') {
        candidate.customerId = 'example-customer';
      }
      if (example.catalogEntry === 'next' && catalogAttribute) {
        candidate.attributes = {
          ...(asObj(example.attributes) ?? {}),
          [catalogAttribute]: 'next-entry',
        };
      }
      for (const key of ['quantity', 'amount', 'attributes']) {
        if (example[key] !== undefined && candidate[key] === undefined) {
          candidate[key] = example[key];
        }
      }
      const result = performanceEventSchema.safeParse(candidate);
      if (!result.success) {
        for (const issue of fromZodIssues(result.error.issues)) {
          if (issue.path === 'customerId') {
            add(
              [...path, 'example', 'customer'],
              `${type} events need a customer: set customer: new`,
            );
          } else {
            issues.push({
              path: `${formatPath([...path, 'example'])}${
                issue.path ? `.${issue.path}` : ''
              }`,
              message: `the example is not a valid event: ${issue.message}`,
            });
          }
        }
      }
    }
  });
  metrics.forEach((m, i) => {
    const id = asStr(asObj(m)?.id);
    if (id !== undefined && !metricsWithAction.has(id)) {
      add(
        ['metrics', i],
        `metric ${JSON.stringify(
          id,
        )} has no action: add at least one action whose example feeds it, to tell partners how to earn it`,
      );
    }
  });

  return issues;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Raw)[key]);
    }
  }
  return value;
}

/**
 * Validates a program definition (e.g. parsed YAML) and returns it deeply
 * frozen. Throws {@link ProgramValidationError} listing every problem with
 * its path: structural ones and cross-references (unknown pillars, metrics,
 * plays or courses, tiers out of order, thresholds not increasing, actions
 * whose example would not earn points…).
 *
 * @public
 */
export function parseProgram(input: unknown): Program {
  const result = programSchema.safeParse(input);
  const issues: ValidationIssue[] = result.success
    ? []
    : fromZodIssues(result.error.issues);
  const seen = new Set(issues.map(i => `${i.path}\u0000${i.message}`));
  for (const issue of crossReferenceIssues(input)) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  if (!result.success || issues.length) {
    throw new ProgramValidationError(issues);
  }
  return deepFreeze(result.data);
}
