import { useEffect } from 'react';
import { Link } from '@backstage/core-components';
import { useAppNavigate } from '@backstage/frontend-plugin-api';
import {
  EmptyState,
  ErrorState,
  LoadingState,
} from '@partner-studio/plugin-partner-studio-react';
import { useParams } from 'react-router-dom';
import { useHubProgram } from '../../hooks/HubProgram';
import { useHubSearchHref, useToolHref } from '../../hooks/useHubLinks';
import { HubItemId, useItemTool } from '../../hooks/useItemTool';

/** What an item is called when the Hub has no tool for it. */
function useItemName(item: HubItemId): string | undefined {
  const { program } = useHubProgram();
  const entries =
    item.kind === 'play' ? program?.plays : program?.igniteCourses;
  return entries?.find(entry => entry.id === item.id)?.name;
}

/**
 * `plays/:playId` and `courses/:courseId` (partner points' "what to do next"
 * links): opens the page of the item's tool, replacing this address, or says
 * the Hub has no tool for it.
 */
export function ItemPage(props: { kind: HubItemId['kind'] }) {
  const { kind } = props;
  const params = useParams();
  const id = (kind === 'play' ? params.playId : params.courseId) ?? '';
  const item = { kind, id };
  const tool = useItemTool(item);
  const name = useItemName(item);
  const navigate = useAppNavigate();
  const toolHref = useToolHref();
  const searchHref = useHubSearchHref();
  const found = tool.value;

  useEffect(() => {
    if (found) navigate(toolHref(found), { replace: true });
  }, [found, navigate, toolHref]);

  if (tool.error) {
    return (
      <ErrorState
        error={tool.error}
        title={`The ${
          kind === 'play' ? 'play' : 'course'
        } could not be looked up`}
        onRetry={tool.retry}
      />
    );
  }
  if (tool.loading || found) {
    return <LoadingState label={`Opening the ${kind}`} />;
  }
  const what = kind === 'play' ? 'sales play' : 'Ignite course';
  return (
    <EmptyState
      title={`No such ${what} in the Hub`}
      description={
        name
          ? `The program’s ${what} “${name}” has no Hub item you may see yet.`
          : `The Hub has no ${what} “${id}” that you may see.`
      }
      nextStep={
        <Link
          to={searchHref(
            new URLSearchParams({
              category: kind === 'play' ? 'sales-play' : 'enablement-course',
            }),
          )}
        >
          See every {what} in the Hub
        </Link>
      }
    />
  );
}
