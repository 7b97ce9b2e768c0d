import type { CatalogList } from './types';

/**
 * The event attribute that names an entry of each catalogue: a play
 * (`attributes.playId`), an Ignite course (`attributes.courseId`), a
 * specialization or a competency.
 */
export const CATALOG_ATTRIBUTES: Readonly<Record<CatalogList, string>> =
  Object.freeze({
    plays: 'playId',
    igniteCourses: 'courseId',
    specializations: 'specialization',
    competencies: 'competency',
  });
