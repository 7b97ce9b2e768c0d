import type {
  SeedAdjustment,
  SeedExemption,
} from '@partner-studio/plugin-partner-points-backend/alpha';
import { DAY_MS } from '@partner-studio/scoring';

/** A demo adjustment, and its revocation if the story revokes it. */
export interface DemoAdjustment {
  partnerRef: string;
  adjustment: SeedAdjustment;
  revocation?: { reason: string; revokedAt: Date };
}

/** A demo exemption, and its revocation if the story revokes it. */
export interface DemoExemption {
  partnerRef: string;
  exemption: SeedExemption;
  revocation?: { reason: string; revokedAt: Date };
}

/** The partner whose tier an exemption holds (it ends within 90 days). */
export const EXEMPTED_PARTNER = 'group:default/vanarsdel-software';

/** The partner with an adjustment counting now. */
export const ADJUSTED_PARTNER = 'group:default/tailspin-resellers';

/**
 * Program admins' decisions of the demo story, relative to the anchor day:
 * an adjustment counting now (Tailspin, with its reason and expiry), one
 * revoked (Fabrikam), one expired (Woodgrove), and an exemption holding a
 * new partner at Select until its certifications come (VanArsdel).
 */
export function demoDecisions(anchor: number): {
  adjustments: DemoAdjustment[];
  exemptions: DemoExemption[];
} {
  const day = (offset: number, hour = 10) =>
    new Date(anchor + offset * DAY_MS + hour * 3_600_000);
  return {
    adjustments: [
      {
        partnerRef: ADJUSTED_PARTNER,
        adjustment: {
          key: 'tailspin-crm-outage',
          points: 35,
          reason: 'Deals lost in the CRM outage of October',
          grantedAt: day(-40),
          expiresAt: day(50, 0),
        },
      },
      {
        partnerRef: 'group:default/fabrikam-software',
        adjustment: {
          key: 'fabrikam-duplicate-registration',
          points: -15,
          reason: 'Duplicate deal registration',
          grantedAt: day(-60),
        },
        revocation: {
          reason: 'The two registrations were distinct deals after all',
          revokedAt: day(-45, 15),
        },
      },
      {
        partnerRef: 'group:default/woodgrove-advisory',
        adjustment: {
          key: 'woodgrove-launch-event',
          points: 10,
          reason: 'Launch event co-hosted with the vendor',
          grantedAt: day(-200),
          expiresAt: day(-110, 0),
        },
      },
    ],
    exemptions: [
      {
        partnerRef: EXEMPTED_PARTNER,
        exemption: {
          key: 'vanarsdel-select-capability-floor',
          target: {
            kind: 'tier-requirement',
            tierId: 'select',
            requirementId: 'capability-floor',
          },
          reason:
            'New partner: its first certifications are booked for next quarter',
          from: day(-20),
          until: day(70, 0),
        },
      },
    ],
  };
}

/**
 * When the demo's trend snapshots were "taken": weekly over the year before
 * the anchor day (at noon UTC), and `now`.
 */
export function historyMoments(anchor: number, now: number): Date[] {
  const moments: Date[] = [];
  for (let week = 52; week >= 1; week--) {
    moments.push(new Date(anchor - week * 7 * DAY_MS + 12 * 3_600_000));
  }
  moments.push(new Date(now));
  return moments;
}
