import type { PartnerCaller } from './types';

/**
 * Partner scoping shared by the Partner Studio backends: may this caller read
 * the data of this partner? Program admins read every partner; a partner's
 * members read their own; everybody else (including vendor experts, until a
 * plugin grants them specific partners) reads none. Service principals are
 * trusted backends and read every partner.
 *
 * @public
 */
export function canReadPartner(
  caller: PartnerCaller,
  partnerId: string,
): boolean {
  if (caller.kind === 'service') return true;
  if (caller.isProgramAdmin) return true;
  return caller.partners.some(p => p.id === partnerId);
}
