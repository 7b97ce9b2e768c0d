import type { TestDatabaseId } from '@backstage/backend-test-utils';

/** The connection string CI sets for PostgreSQL 15 (see .ci/run). */
export const POSTGRES_CONNECTION_ENV =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * The engines the database tests run on: SQLite always, PostgreSQL 15 when
 * its connection string is given (as in CI). The same rule as partner
 * points; both move to the shared test utilities of partner-studio-node.
 */
export const TEST_DATABASE_IDS: TestDatabaseId[] = process.env[
  POSTGRES_CONNECTION_ENV
]
  ? ['POSTGRES_15', 'SQLITE_3']
  : ['SQLITE_3'];

/** Runs only when a PostgreSQL 15 connection string is given. */
export const itIfPostgres = process.env[POSTGRES_CONNECTION_ENV] ? it : it.skip;
