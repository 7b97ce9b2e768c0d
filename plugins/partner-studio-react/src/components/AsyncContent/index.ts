export { AsyncContent } from './AsyncContent';
export type { AsyncContentProps, AsyncValueState } from './AsyncContent';
