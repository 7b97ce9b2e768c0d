import type {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { PartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import type { ArchiveStore, WorkspaceArchive } from '../database/ArchiveStore';

/**
 * Who may download a workspace archive: the user who ran the task, and
 * program admins. Everybody else gets the same "not found" as for a task
 * without an archive, so a refusal tells nothing about other users' tasks.
 */
export class ArchiveService {
  readonly #store: ArchiveStore;
  readonly #directory: PartnerDirectoryService;
  readonly #auth: AuthService;

  static create(options: {
    store: ArchiveStore;
    directory: PartnerDirectoryService;
    auth: AuthService;
  }): ArchiveService {
    return new ArchiveService(options);
  }

  private constructor(options: {
    store: ArchiveStore;
    directory: PartnerDirectoryService;
    auth: AuthService;
  }) {
    this.#store = options.store;
    this.#directory = options.directory;
    this.#auth = options.auth;
  }

  /** The archive of a task, if the caller may download it. */
  async getArchive(
    taskId: string,
    credentials: BackstageCredentials,
  ): Promise<WorkspaceArchive> {
    const archive = await this.#store.get(taskId);
    if (!archive || !(await this.#mayRead(archive, credentials))) {
      throw new NotFoundError(`No workspace archive for task ${taskId}`);
    }
    return archive;
  }

  /** The archive and its zip, if the caller may download it. */
  async getArchiveContent(
    taskId: string,
    credentials: BackstageCredentials,
  ): Promise<{ archive: WorkspaceArchive; content: Buffer }> {
    const archive = await this.getArchive(taskId, credentials);
    const content = await this.#store.getContent(taskId);
    if (!content) {
      throw new NotFoundError(`No workspace archive for task ${taskId}`);
    }
    return { archive, content };
  }

  async #mayRead(
    archive: WorkspaceArchive,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    if (!this.#auth.isPrincipal(credentials, 'user')) return false;
    if (credentials.principal.userEntityRef === archive.createdBy) return true;
    const caller = await this.#directory.resolveCaller(credentials);
    return caller.kind === 'user' && caller.isProgramAdmin;
  }
}
