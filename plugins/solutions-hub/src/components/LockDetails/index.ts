export { LockDetails } from './LockDetails';
export type { LockDetailsProps } from './LockDetails';
