import { Link } from '@backstage/core-components';
import {
  AsyncContent,
  StateMessage,
} from '@partner-studio/plugin-partner-studio-react';
import { useParams } from 'react-router-dom';
import { useHubSearchHref } from '../../hooks/useHubLinks';
import { useTool } from '../../hooks/useTool';
import { ToolView } from './ToolView';

/** What a 404 for a tool means; "missing" and "not yours" read the same. */
export function useNoSuchToolMessage(): StateMessage {
  const searchHref = useHubSearchHref();
  return {
    title: 'No such tool',
    description:
      'The Hub has no tool at this address that you may see. It may have been removed from the catalog, or the link is mistyped.',
    nextStep: <Link to={searchHref()}>Search the Solutions Hub</Link>,
  };
}

/** The page of the tool at `tools/:namespace/:name`. */
export function ToolPage() {
  const { namespace = '', name = '' } = useParams();
  const tool = useTool({ namespace, name });
  const noSuchTool = useNoSuchToolMessage();
  return (
    <AsyncContent
      state={tool}
      loadingLabel="Loading the tool"
      errorProps={{
        statusMessages: { 404: noSuchTool, 400: noSuchTool },
        title: 'The tool could not be loaded',
        onRetry: tool.retry,
      }}
    >
      {value => <ToolView tool={value} onChanged={tool.retry} />}
    </AsyncContent>
  );
}
