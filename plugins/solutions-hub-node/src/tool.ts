import type { ToolSpec } from '@partner-studio/plugin-partner-studio-common';

/**
 * A Solutions Hub tool as the Hub holds it: the catalog entity's identity,
 * the texts that are searched, and its validated spec. It is also the tool
 * permission resource that rules are applied to.
 *
 * @public
 */
export interface HubTool {
  /** The tool's entity ref, e.g. `tool:default/compute-sdk-go`. */
  ref: string;
  namespace: string;
  name: string;
  title: string;
  description: string;
  tags: string[];
  spec: ToolSpec;
}
