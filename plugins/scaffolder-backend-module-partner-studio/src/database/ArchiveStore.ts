import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@partner-studio/plugin-scaffolder-backend-module-partner-studio',
  'migrations',
);

/**
 * The module shares the scaffolder plugin's database; its migrations are
 * tracked apart from the scaffolder's own `knex_migrations`, which knex would
 * otherwise find "corrupt" (files it does not know).
 */
const MIGRATIONS_TABLE = 'partner_studio_archives_knex_migrations';

const ARCHIVES = 'partner_studio_workspace_archives';

/** What is known about a stored workspace archive, without its bytes. */
export interface WorkspaceArchive {
  taskId: string;
  fileName: string;
  /** User entity ref of who ran the task. */
  createdBy: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** The template that produced it, when the task knew it. */
  templateRef?: string;
  sizeBytes: number;
  /** Hex SHA-256 of the zip. */
  sha256: string;
}

function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

function toArchive(row: Record<string, unknown>): WorkspaceArchive {
  return {
    taskId: String(row.task_id),
    fileName: String(row.file_name),
    createdBy: String(row.created_by),
    createdAt: toNumber(row.created_at),
    ...(row.template_ref ? { templateRef: String(row.template_ref) } : {}),
    sizeBytes: toNumber(row.size_bytes),
    sha256: String(row.sha256),
  };
}

/** SQL for workspace archives. Knows nothing of zips or HTTP. */
export class ArchiveStore {
  readonly #db: Knex;

  static async create(options: {
    database: DatabaseService;
  }): Promise<ArchiveStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({
        directory: migrationsDir,
        tableName: MIGRATIONS_TABLE,
      });
    }
    return new ArchiveStore(client);
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /**
   * Stores the archive of a task. A task that runs its archive step again
   * (a retried or recovered task) replaces its earlier archive.
   */
  async save(archive: WorkspaceArchive & { content: Buffer }): Promise<void> {
    await this.#db(ARCHIVES)
      .insert({
        task_id: archive.taskId,
        file_name: archive.fileName,
        created_by: archive.createdBy,
        created_at: archive.createdAt,
        template_ref: archive.templateRef ?? null,
        size_bytes: archive.sizeBytes,
        sha256: archive.sha256,
        content: archive.content,
      })
      .onConflict('task_id')
      .merge();
  }

  /** The archive of a task, without its bytes. */
  async get(taskId: string): Promise<WorkspaceArchive | undefined> {
    const row = await this.#db(ARCHIVES)
      .select(
        'task_id',
        'file_name',
        'created_by',
        'created_at',
        'template_ref',
        'size_bytes',
        'sha256',
      )
      .where({ task_id: taskId })
      .first();
    return row ? toArchive(row) : undefined;
  }

  /** The zip of a task's archive. */
  async getContent(taskId: string): Promise<Buffer | undefined> {
    const row = await this.#db(ARCHIVES)
      .select('content')
      .where({ task_id: taskId })
      .first();
    return row ? Buffer.from(row.content) : undefined;
  }

  /** Deletes archives created before `before` (epoch ms); returns how many. */
  async deleteCreatedBefore(before: number): Promise<number> {
    return this.#db(ARCHIVES).where('created_at', '<', before).delete();
  }
}
