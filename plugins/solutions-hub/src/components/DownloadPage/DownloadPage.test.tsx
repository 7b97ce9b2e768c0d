import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import type { ScaffolderTask } from '@backstage/plugin-scaffolder-common';
import { rest } from 'msw';
import {
  SCAFFOLDER,
  errorBody,
  mockHubBackend,
  server,
} from '../../__testUtils__/backend';
import { ARCHIVE } from '../../__testUtils__/fixtures';
import { renderHubPage } from '../../__testUtils__/render';

registerMswTestHooks(server);
jest.setTimeout(30_000);

const ARCHIVES = `${SCAFFOLDER}/partner-studio/archives`;
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);

function task(status: ScaffolderTask['status']): ScaffolderTask {
  return {
    id: 'task-1',
    status,
    createdAt: '2026-11-30T09:00:00Z',
    spec: {
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      parameters: { name: 'acme-connector' },
      steps: [],
      output: {},
    },
  };
}

function scaffolderApi(...statuses: ScaffolderTask['status'][]) {
  const queue = [...statuses];
  return {
    getTask: jest.fn(async () =>
      task(queue.length > 1 ? queue.shift()! : queue[0]),
    ),
  };
}

describe('DownloadPage', () => {
  let saved: Array<{ href: string; download: string }>;
  const createObjectURL = jest.fn(() => 'blob:zip');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    mockHubBackend();
    saved = [];
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function click(this: HTMLAnchorElement) {
        saved.push({ href: this.href, download: this.download });
      });
  });
  afterEach(() => jest.restoreAllMocks());

  it('fetches the zip with the user’s token and saves it, with the task’s status', async () => {
    const authorizations: Array<string | null> = [];
    server.use(
      rest.get(`${ARCHIVES}/task-1`, (req, res, ctx) => {
        authorizations.push(req.headers.get('authorization'));
        return res(ctx.json(ARCHIVE));
      }),
      rest.get(`${ARCHIVES}/task-1/content`, (req, res, ctx) => {
        authorizations.push(req.headers.get('authorization'));
        return res(
          ctx.set('Content-Type', 'application/zip'),
          ctx.set(
            'Content-Disposition',
            `attachment; filename="acme-connector.zip"; filename*=UTF-8''acme-connector.zip`,
          ),
          ctx.body(ZIP),
        );
      }),
    );
    await renderHubPage('/solutions-hub/downloads/task-1', {
      scaffolderApi: scaffolderApi('completed'),
    });
    expect(await screen.findByText('Completed')).toBeInTheDocument();
    expect(screen.getByText('12.5 KB')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'see the task and its log' }),
    ).toHaveAttribute('href', '/create/tasks/task-1');

    await userEvent.click(
      screen.getByRole('button', { name: 'Download acme-connector.zip' }),
    );
    expect(
      await screen.findByText(
        'acme-connector.zip (8 bytes) was saved by your browser.',
      ),
    ).toBeInTheDocument();
    expect(saved).toEqual([
      { href: 'blob:zip', download: 'acme-connector.zip' },
    ]);
    expect(authorizations).toEqual([
      'Bearer carla-token',
      'Bearer carla-token',
    ]);
  });

  it('keeps the archive’s name when the backend’s header cannot be read (another origin)', async () => {
    server.use(
      rest.get(`${ARCHIVES}/task-1`, (_req, res, ctx) =>
        res(ctx.json(ARCHIVE)),
      ),
      rest.get(`${ARCHIVES}/task-1/content`, (_req, res, ctx) =>
        res(ctx.set('Content-Type', 'application/zip'), ctx.body(ZIP)),
      ),
    );
    await renderHubPage('/solutions-hub/downloads/task-1', {
      scaffolderApi: scaffolderApi('completed'),
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Download acme-connector.zip',
      }),
    );
    expect(
      await screen.findByText(
        'acme-connector.zip (8 bytes) was saved by your browser.',
      ),
    ).toBeInTheDocument();
    expect(saved).toEqual([
      { href: 'blob:zip', download: 'acme-connector.zip' },
    ]);
  });

  it('waits for a running task, and offers the download once it is packed', async () => {
    let packed = false;
    server.use(
      rest.get(`${ARCHIVES}/task-1`, (_req, res, ctx) =>
        packed
          ? res(ctx.json(ARCHIVE))
          : res(
              ctx.status(404),
              ctx.json(errorBody('NotFoundError', 'No archive', 404)),
            ),
      ),
    );
    const api = scaffolderApi('processing', 'processing', 'completed');
    await renderHubPage('/solutions-hub/downloads/task-1', {
      scaffolderApi: api,
    });
    expect(
      await screen.findByText(/Your files are being generated/),
    ).toBeInTheDocument();
    expect(screen.getByText('Running')).toBeInTheDocument();
    packed = true;
    expect(
      await screen.findByRole(
        'button',
        { name: 'Download acme-connector.zip' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(api.getTask.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('says plainly that there is nothing to download for somebody else’s task', async () => {
    server.use(
      rest.get(`${ARCHIVES}/task-2`, (_req, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json(errorBody('NotFoundError', 'No archive', 404)),
        ),
      ),
    );
    await renderHubPage('/solutions-hub/downloads/task-2', {
      scaffolderApi: {
        getTask: async () => {
          throw new Error('not yours');
        },
      },
    });
    expect(
      await screen.findByText('No download for this task'),
    ).toBeInTheDocument();
    expect(screen.getByText('Unknown')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Download/ }),
    ).not.toBeInTheDocument();
  });

  it('says when the task failed before packing', async () => {
    server.use(
      rest.get(`${ARCHIVES}/task-1`, (_req, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json(errorBody('NotFoundError', 'No archive', 404)),
        ),
      ),
    );
    await renderHubPage('/solutions-hub/downloads/task-1', {
      scaffolderApi: scaffolderApi('failed'),
    });
    expect(await screen.findByText('Nothing to download')).toBeInTheDocument();
    expect(
      screen.getByText('The task failed before it packed its files.'),
    ).toBeInTheDocument();
  });

  it('shows a refusal of the download itself', async () => {
    server.use(
      rest.get(`${ARCHIVES}/task-1`, (_req, res, ctx) =>
        res(ctx.json(ARCHIVE)),
      ),
      rest.get(`${ARCHIVES}/task-1/content`, (_req, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json(errorBody('NotFoundError', 'No archive', 404)),
        ),
      ),
    );
    await renderHubPage('/solutions-hub/downloads/task-1', {
      scaffolderApi: scaffolderApi('completed'),
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Download acme-connector.zip',
      }),
    );
    expect(
      await screen.findByText(
        'The download is no longer there: it expired or was removed.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(saved).toEqual([]));
  });
});
