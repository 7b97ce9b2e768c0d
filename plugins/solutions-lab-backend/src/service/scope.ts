import type {
  EngagementCriteria,
  LabActor,
} from '@partner-studio/plugin-solutions-lab-node';

/**
 * The Lab's own scoping, the second wall behind the permission policy:
 * a partner's members see their partner's engagements; experts those
 * assigned to them and the unassigned queue; program admins all.
 * Undefined means no restriction.
 */
export function scopeOf(actor: LabActor): EngagementCriteria | undefined {
  switch (actor.role) {
    case 'program-admin':
      return undefined;
    case 'expert':
      return { field: 'assignedExpertRef', in: [actor.userRef, null] };
    case 'partner-member':
    default:
      return {
        field: 'partnerRef',
        in: actor.partnerRefs.map(ref => ref.toLocaleLowerCase('en-US')),
      };
  }
}

/** Both criteria (either may be absent). */
export function allOf(
  ...criteria: Array<EngagementCriteria | undefined>
): EngagementCriteria | undefined {
  const present = criteria.filter(
    (c): c is EngagementCriteria => c !== undefined,
  );
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  const [first, ...rest] = present;
  return { allOf: [first, ...rest] };
}
