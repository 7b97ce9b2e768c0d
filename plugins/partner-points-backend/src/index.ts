/**
 * The partner points backend: a ledger of partner performance events and the
 * partners' program standing, over the scoring package.
 *
 * @packageDocumentation
 */
export { partnerPointsPlugin as default } from './plugin';
