import { useCallback, useEffect, useState } from 'react';
import { useApi, useApiHolder } from '@backstage/core-plugin-api';
import type { ScaffolderTask } from '@backstage/plugin-scaffolder-common';
import { scaffolderApiRef } from '@backstage/plugin-scaffolder-react';
import type { WorkspaceArchive } from '../api/contractTypes';
import { hasStatus } from '@partner-studio/plugin-partner-studio-react';
import { solutionsHubApiRef } from '../api';

/** How often a running task is looked at again. */
export const TASK_POLL_MS = 2000;

/** What is known of a task's download. */
export interface WorkspaceDownloadState {
  /** The archive, once the task packed it. */
  archive?: WorkspaceArchive;
  /** Why there is no archive (404 until packed; 404 or 403 when refused). */
  archiveError?: Error;
  /** The scaffolder task, when the scaffolder API is installed and answers. */
  task?: ScaffolderTask;
  taskError?: Error;
  loading: boolean;
  /** The task is still running: both are looked at again shortly. */
  running: boolean;
  reload(): void;
}

function isRunning(task?: ScaffolderTask): boolean {
  return task?.status === 'open' || task?.status === 'processing';
}

/**
 * The archive of a scaffolder task (`GET /api/scaffolder/partner-studio/archives/:taskId`)
 * and the task's status (the scaffolder API, when the app has it), looked at
 * again every {@link TASK_POLL_MS} while the task runs.
 */
export function useWorkspaceDownload(taskId: string): WorkspaceDownloadState {
  const api = useApi(solutionsHubApiRef);
  const scaffolderApi = useApiHolder().get(scaffolderApiRef);
  const [state, setState] = useState<
    Omit<WorkspaceDownloadState, 'reload' | 'running'>
  >({ loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const [archive, task] = await Promise.allSettled([
        api.getWorkspaceArchive(taskId),
        scaffolderApi
          ? scaffolderApi.getTask(taskId)
          : Promise.resolve(undefined),
      ]);
      if (cancelled) return;
      setState({
        loading: false,
        archive: archive.status === 'fulfilled' ? archive.value : undefined,
        archiveError:
          archive.status === 'rejected' ? toError(archive.reason) : undefined,
        task: task.status === 'fulfilled' ? task.value : undefined,
        taskError:
          task.status === 'rejected' ? toError(task.reason) : undefined,
      });
      const running =
        task.status === 'fulfilled' &&
        isRunning(task.value) &&
        archive.status === 'rejected' &&
        hasStatus(archive.reason, 404);
      if (running) {
        timer = setTimeout(load, TASK_POLL_MS);
      }
    };
    load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, scaffolderApi, taskId, attempt]);

  const reload = useCallback(() => setAttempt(a => a + 1), []);
  return {
    ...state,
    running: isRunning(state.task) && !state.archive,
    reload,
  };
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
