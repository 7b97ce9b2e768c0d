import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { TEST_DATABASE_IDS } from '@partner-studio/plugin-partner-studio-node/testUtils';
import { ArchiveStore } from './ArchiveStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const archive = (taskId: string, createdAt: number, content: string) => ({
  taskId,
  fileName: `${taskId}.zip`,
  createdBy: 'user:default/carla.dev',
  createdAt,
  sizeBytes: content.length,
  sha256: 'a'.repeat(64),
  content: Buffer.from(content),
});

describe.each(databases.eachSupportedId())('ArchiveStore on %p', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    // The scaffolder's own migrations live in the same database.
    await knex.schema.createTable('knex_migrations', table => {
      table.increments('id');
      table.string('name');
      table.integer('batch');
      table.timestamp('migration_time');
    });
    await knex('knex_migrations').insert({
      name: '20200101000000_scaffolder_init.js',
      batch: 1,
      migration_time: new Date(),
    });
    return ArchiveStore.create({ database: mockServices.database({ knex }) });
  }

  it('keeps the bytes and who ran the task, and a rerun replaces them', async () => {
    const store = await createStore();
    await store.save(archive('t1', 1_000, 'first'));
    await store.save({
      ...archive('t1', 2_000, 'second'),
      templateRef: 'template:default/x',
    });
    expect(await store.get('t1')).toEqual({
      taskId: 't1',
      fileName: 't1.zip',
      createdBy: 'user:default/carla.dev',
      createdAt: 2_000,
      templateRef: 'template:default/x',
      sizeBytes: 6,
      sha256: 'a'.repeat(64),
    });
    expect((await store.getContent('t1'))?.toString()).toBe('second');
    expect(await store.get('t2')).toBeUndefined();
    expect(await store.getContent('t2')).toBeUndefined();
  });

  it('deletes archives past their retention only', async () => {
    const store = await createStore();
    await store.save(archive('old', 1_000, 'x'));
    await store.save(archive('new', 5_000, 'y'));
    expect(await store.deleteCreatedBefore(5_000)).toBe(1);
    expect(await store.get('old')).toBeUndefined();
    expect(await store.get('new')).toBeDefined();
  });
});
