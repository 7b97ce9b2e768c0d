import { useState } from 'react';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { Alert, Button, Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import GetAppIcon from '@material-ui/icons/GetApp';
import type { WorkspaceArchive } from '../../api/contractTypes';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  errorReason,
  formatDate,
  hasStatus,
} from '@partner-studio/plugin-partner-studio-react';
import { useParams } from 'react-router-dom';
import { solutionsHubApiRef } from '../../api';
import { useHubSearchHref } from '../../hooks/useHubLinks';
import {
  WorkspaceDownloadState,
  useWorkspaceDownload,
} from '../../hooks/useWorkspaceDownload';
import { scaffolderTaskRouteRef } from '../../routes';
import { saveBlob } from './saveBlob';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: theme.spacing(0.75, 3),
    margin: theme.spacing(2, 0, 3),
    '& dt': { ...theme.typography.subtitle2 },
    '& dd': {
      ...theme.typography.body2,
      margin: 0,
      overflowWrap: 'anywhere',
    },
  },
  hash: { fontFamily: 'monospace' },
}));

const bytesFormat = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 1,
});

/** `12.3 KB`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${bytesFormat.format(bytes / 1024)} KB`;
  return `${bytesFormat.format(bytes / (1024 * 1024))} MB`;
}

const STATUS_TEXT: Record<string, string> = {
  open: 'Waiting to start',
  processing: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  skipped: 'Skipped',
};

function TaskStatus(props: { state: WorkspaceDownloadState; taskId: string }) {
  const { state, taskId } = props;
  const taskRoute = useRouteRef(scaffolderTaskRouteRef);
  const status = state.task
    ? STATUS_TEXT[state.task.status] ?? state.task.status
    : 'Unknown';
  return (
    <Typography variant="body2" component="p" role="status">
      Task status: <strong>{status}</strong>
      {taskRoute && (
        <>
          {' — '}
          <Link to={taskRoute({ taskId })}>see the task and its log</Link>
        </>
      )}
    </Typography>
  );
}

function ArchiveDownload(props: { archive: WorkspaceArchive }) {
  const { archive } = props;
  const classes = useStyles();
  const api = useApi(solutionsHubApiRef);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const download = async () => {
    setPending(true);
    setSaved(undefined);
    setProblem(undefined);
    try {
      const file = await api.downloadWorkspaceArchive(archive.taskId);
      const { content } = file;
      const fileName = file.fileName ?? archive.fileName;
      saveBlob(content, fileName);
      setSaved(
        `${fileName} (${formatBytes(content.size)}) was saved by your browser.`,
      );
    } catch (error) {
      setProblem(
        hasStatus(error, 404)
          ? 'The download is no longer there: it expired or was removed.'
          : errorReason(error),
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <dl className={classes.facts}>
        <dt>File</dt>
        <dd>{archive.fileName}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(archive.sizeBytes)}</dd>
        {archive.templateRef && (
          <>
            <dt>Template</dt>
            <dd>{archive.templateRef}</dd>
          </>
        )}
        <dt>Created</dt>
        <dd>{formatDate(archive.createdAt)}</dd>
        <dt>SHA-256</dt>
        <dd className={classes.hash}>{archive.sha256}</dd>
      </dl>
      <Button
        variant="primary"
        size="medium"
        iconStart={<GetAppIcon />}
        isPending={pending}
        onPress={download}
      >
        Download {archive.fileName}
      </Button>
      <Box mt={1} role="status">
        {saved}
      </Box>
      {problem && (
        <Alert
          mt="2"
          status="danger"
          icon
          role="alert"
          title="Not downloaded"
          description={problem}
        />
      )}
    </>
  );
}

/** Why there is no archive, in plain words. */
function NoArchive(props: { state: WorkspaceDownloadState }) {
  const { state } = props;
  const searchHref = useHubSearchHref();
  const error = state.archiveError;
  if (state.running) {
    return (
      <>
        <Typography variant="body1" paragraph>
          Your files are being generated; the download appears here when the
          task has packed them.
        </Typography>
        <LoadingState label="Waiting for the task to finish" />
      </>
    );
  }
  if (state.task?.status === 'failed' || state.task?.status === 'cancelled') {
    return (
      <EmptyState
        title="Nothing to download"
        description={`The task ${
          state.task.status === 'failed' ? 'failed' : 'was cancelled'
        } before it packed its files.`}
        nextStep="See the task's log for what went wrong, then run the template again."
      />
    );
  }
  if (error && hasStatus(error, 403)) {
    return (
      <EmptyState
        missing="info"
        title="You may not download this"
        description={errorReason(error)}
        nextStep="Sign in as the person who ran the template."
      />
    );
  }
  if (!error || hasStatus(error, 404)) {
    return (
      <EmptyState
        title="No download for this task"
        description="There is no download here for you: the task did not pack one, it was run by somebody else, or it expired (downloads are kept for a limited time)."
        nextStep={
          <Link
            to={searchHref(
              new URLSearchParams({ category: 'software-template' }),
            )}
          >
            Run a software template from the Hub
          </Link>
        }
      />
    );
  }
  return (
    <ErrorState
      error={error}
      title="The download could not be looked up"
      onRetry={state.reload}
    />
  );
}

/**
 * `downloads/:taskId`: what a software template's task packed for download,
 * with the task's status. The zip is fetched with the user's token and saved
 * from memory (a plain link would carry no token). Refusals say so plainly;
 * another person's task reads like one without a download.
 */
export function DownloadPage() {
  const { taskId = '' } = useParams();
  const state = useWorkspaceDownload(taskId);
  return (
    <section aria-labelledby="solutions-hub-download-heading">
      <Text as="h2" variant="title-medium" id="solutions-hub-download-heading">
        Download your generated files
      </Text>
      <Box mt={1} mb={2}>
        <TaskStatus state={state} taskId={taskId} />
      </Box>
      {state.loading ? (
        <LoadingState label="Loading the download" />
      ) : (
        <>
          {state.archive ? (
            <ArchiveDownload archive={state.archive} />
          ) : (
            <NoArchive state={state} />
          )}
        </>
      )}
    </section>
  );
}
