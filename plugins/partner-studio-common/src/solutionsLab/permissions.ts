import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Resource type of a Solutions Lab engagement; the resource ref is the
 * engagement's id. The Lab registers it (with its rules) and applies a
 * policy's conditional decisions in SQL.
 */
export const LAB_ENGAGEMENT_RESOURCE_TYPE = 'solutions-lab-engagement';

/** See an engagement: lists, its page, the timeline and notes. */
export const labEngagementReadPermission = createPermission({
  name: 'solutions-lab.engagement.read',
  attributes: { action: 'read' },
  resourceType: LAB_ENGAGEMENT_RESOURCE_TYPE,
});

/** Request a new engagement for a partner. */
export const labEngagementCreatePermission = createPermission({
  name: 'solutions-lab.engagement.create',
  attributes: { action: 'create' },
});

/** Check or uncheck an exit criterion of an engagement's current stage. */
export const labChecklistUpdatePermission = createPermission({
  name: 'solutions-lab.engagement.checklist.update',
  attributes: { action: 'update' },
  resourceType: LAB_ENGAGEMENT_RESOURCE_TYPE,
});

/** Take a gate decision (advance, hold, resume, send back, close, complete). */
export const labEngagementDecidePermission = createPermission({
  name: 'solutions-lab.engagement.decide',
  attributes: { action: 'update' },
  resourceType: LAB_ENGAGEMENT_RESOURCE_TYPE,
});

/** Write a note on an engagement. */
export const labNoteCreatePermission = createPermission({
  name: 'solutions-lab.engagement.note.create',
  attributes: { action: 'create' },
  resourceType: LAB_ENGAGEMENT_RESOURCE_TYPE,
});

/** Assign an engagement to an expert, unassign it, or take it from the queue. */
export const labEngagementAssignPermission = createPermission({
  name: 'solutions-lab.engagement.assign',
  attributes: { action: 'update' },
  resourceType: LAB_ENGAGEMENT_RESOURCE_TYPE,
});

/** Read the funnel analytics of a playbook (over every engagement). */
export const labFunnelReadPermission = createPermission({
  name: 'solutions-lab.funnel.read',
  attributes: { action: 'read' },
});

/** Every Solutions Lab permission, for registration with the permission framework. */
export const solutionsLabPermissions = [
  labEngagementReadPermission,
  labEngagementCreatePermission,
  labChecklistUpdatePermission,
  labEngagementDecidePermission,
  labNoteCreatePermission,
  labEngagementAssignPermission,
  labFunnelReadPermission,
];
