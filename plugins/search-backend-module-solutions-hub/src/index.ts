/**
 * Search module for the Solutions Hub: the collator that puts tools into the
 * portal's global search, each visible to whoever may read the tool.
 *
 * @packageDocumentation
 */
export { searchModuleSolutionsHubCollator as default } from './module';
export {
  ToolCollatorFactory,
  TOOL_DOCUMENT_TYPE,
  toolDocument,
  type ToolDocument,
} from './ToolCollatorFactory';
