/**
 * The Solutions Hub's node library: the tool as the Hub holds it, and the
 * tool permission resource with its rules, for the Hub backend (which
 * registers them) and permission policies (which build conditions).
 *
 * @packageDocumentation
 */
export type { HubTool } from './tool';
export * from './permissions/toolResource';
