import type { TestDatabaseId } from '@backstage/backend-test-utils';

/** The connection string CI sets for PostgreSQL 15 (see .ci/run). */
export const POSTGRES_CONNECTION_ENV =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * The engines the database tests run on: SQLite always, PostgreSQL 15 when
 * its connection string is given. No container runtime is assumed, so a
 * developer without PostgreSQL still runs the SQLite half; CI must give the
 * connection string (a test checks that it did, and that PostgreSQL ran).
 */
export const TEST_DATABASE_IDS: TestDatabaseId[] = process.env[
  POSTGRES_CONNECTION_ENV
]
  ? ['POSTGRES_15', 'SQLITE_3']
  : ['SQLITE_3'];
