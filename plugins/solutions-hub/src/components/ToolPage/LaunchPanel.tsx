import { useState } from 'react';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useAppNavigate } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { Alert, Button, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import LaunchIcon from '@material-ui/icons/Launch';
import type { HubToolDetail } from '@partner-studio/plugin-partner-studio-common';
import {
  errorReason,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { solutionsHubApiRef } from '../../api';
import { scaffolderTemplateRouteRef } from '../../routes';

/** What the launch button says for each kind of tool. */
function launchLabel(tool: HubToolDetail): string {
  if (tool.launch.type === 'template') return 'Create with this template';
  switch (tool.category) {
    case 'enablement-course':
      return 'Start the course';
    case 'sales-play':
      return 'Open the play kit';
    default:
      return 'Launch';
  }
}

/**
 * Launches the tool: records the launch (`POST …/launches`) and goes where
 * the Hub answers — a URL in a new tab, or for a software template its page
 * in the portal's scaffolder. A locked tool cannot be launched; the button
 * says so, and the backend's refusal (403 with what unlocks it) is shown if
 * the lock changed meanwhile.
 */
export function LaunchPanel(props: { tool: HubToolDetail }) {
  const { tool } = props;
  const api = useApi(solutionsHubApiRef);
  const navigate = useAppNavigate();
  const templateRoute = useRouteRef(scaffolderTemplateRouteRef);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [opened, setOpened] = useState<string>();

  const launch = async () => {
    setPending(true);
    setProblem(undefined);
    setOpened(undefined);
    try {
      const { target } = await api.launchTool(tool);
      if (target.type === 'template') {
        const ref = parseEntityRef(target.templateRef, {
          defaultKind: 'template',
        });
        navigate(
          templateRoute
            ? templateRoute({
                namespace: ref.namespace,
                templateName: ref.name,
              })
            : target.url,
        );
        return;
      }
      // A new tab keeps the Hub open; a blocked pop-up leaves the link.
      window.open(target.url, '_blank', 'noopener,noreferrer');
      setOpened(target.url);
    } catch (error) {
      setProblem(
        hasStatus(error, 403)
          ? errorReason(error)
          : `The launch could not be recorded: ${errorReason(error)}`,
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <Box>
      <Button
        variant="primary"
        size="medium"
        iconEnd={tool.launch.type === 'url' ? <LaunchIcon /> : undefined}
        isDisabled={tool.lock.locked}
        isPending={pending}
        onPress={launch}
      >
        {launchLabel(tool)}
      </Button>
      {tool.lock.locked && (
        <Box mt={1}>
          <Text variant="body-small" color="secondary">
            Locked for you: meet the conditions above to launch it.
          </Text>
        </Box>
      )}
      {tool.launch.type === 'template' && !tool.lock.locked && (
        <Box mt={1}>
          <Text variant="body-small" color="secondary">
            Runs in the portal; the result is a zip to download.
          </Text>
        </Box>
      )}
      {opened && (
        <Box mt={1} role="status">
          <Text variant="body-small">
            Opened in a new tab. If nothing opened,{' '}
            <Link to={opened}>open {tool.title}</Link>.
          </Text>
        </Box>
      )}
      {problem && (
        <Alert
          mt="2"
          status="danger"
          icon
          role="alert"
          title="Not launched"
          description={problem}
        />
      )}
    </Box>
  );
}
