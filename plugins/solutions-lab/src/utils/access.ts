import type {
  ChecklistItem,
  EngagementSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { LabViewer, sameRef } from '../hooks/useLabViewer';

/*
 * What the page offers to whom. The backend decides (these mirror its
 * rules so that nobody is offered a button that can only fail).
 */

type Engagement = Pick<EngagementSummary, 'status' | 'assignedExpertRef'>;

/** Active or on hold: decisions, checklist changes and assignment still apply. */
export function isOpen(engagement: Pick<EngagementSummary, 'status'>) {
  return engagement.status === 'active' || engagement.status === 'on-hold';
}

/** A partner's member: neither a vendor expert nor a program admin. */
export function isPartnerMember(viewer: LabViewer): boolean {
  return !viewer.isExpert && !viewer.isProgramAdmin;
}

/** The assigned expert or a program admin decides, on open engagements. */
export function canDecide(viewer: LabViewer, engagement: Engagement): boolean {
  return (
    isOpen(engagement) &&
    (viewer.isProgramAdmin ||
      (viewer.isExpert &&
        sameRef(engagement.assignedExpertRef, viewer.userEntityRef)))
  );
}

/**
 * Partner members check the items they deliver; the assigned expert and
 * program admins check any.
 */
export function canCheck(
  viewer: LabViewer,
  engagement: Engagement,
  item: Pick<ChecklistItem, 'confirmedBy'>,
): boolean {
  if (!isOpen(engagement)) return false;
  if (canDecide(viewer, engagement)) return true;
  return isPartnerMember(viewer) && item.confirmedBy === 'partner';
}

/** An expert may take an open engagement nobody is assigned to. */
export function canTake(viewer: LabViewer, engagement: Engagement): boolean {
  return viewer.isExpert && isOpen(engagement) && !engagement.assignedExpertRef;
}

/** Program admins assign open engagements. */
export function canAssign(viewer: LabViewer, engagement: Engagement): boolean {
  return viewer.isProgramAdmin && isOpen(engagement);
}

/** Partner members request engagements for their partner; program admins on behalf of one. */
export function canRequest(viewer: LabViewer): boolean {
  return viewer.isProgramAdmin || isPartnerMember(viewer);
}

/** Experts and program admins may write internal notes. */
export function canWriteInternalNotes(viewer: LabViewer): boolean {
  return viewer.isExpert || viewer.isProgramAdmin;
}
