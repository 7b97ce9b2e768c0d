import { Config } from '@backstage/config';

/**
 * Problems in the configuration that would otherwise surface as a wall of
 * per-plugin database errors. Each problem says what to set.
 */
export function findConfigProblems(config: Config): string[] {
  const problems: string[] = [];
  const client = config.getOptionalString('backend.database.client');
  if (!client) {
    problems.push(
      'backend.database.client is not set: use better-sqlite3 (development, see app-config.yaml) or pg (production, see app-config.production.yaml)',
    );
  } else if (client === 'pg') {
    const connection = config.getOptional('backend.database.connection');
    if (typeof connection !== 'string') {
      const missing = [
        ['host', 'POSTGRES_HOST'],
        ['port', 'POSTGRES_PORT'],
        ['user', 'POSTGRES_USER'],
        ['password', 'POSTGRES_PASSWORD'],
      ].filter(
        ([key]) =>
          config.getOptional(`backend.database.connection.${key}`) ===
            undefined ||
          config.getOptional(`backend.database.connection.${key}`) === '',
      );
      if (missing.length > 0) {
        problems.push(
          `backend.database.connection is missing ${missing
            .map(([key]) => key)
            .join(', ')}: set the environment variable${
            missing.length > 1 ? 's' : ''
          } ${missing
            .map(([, env]) => env)
            .join(', ')} (read by app-config.production.yaml)`,
        );
      }
    }
  } else if (client === 'better-sqlite3') {
    const connection = config.getOptional('backend.database.connection');
    if (connection === undefined) {
      problems.push(
        'backend.database.connection is not set for better-sqlite3: set connection.directory to a folder for the database files, or ":memory:"',
      );
    }
  }
  if (config.getOptionalString('auth.environment') === 'production') {
    for (const [key, env] of [
      ['app.baseUrl', 'APP_BASE_URL'],
      ['backend.baseUrl', 'BACKEND_BASE_URL'],
    ]) {
      if (!config.getOptionalString(key)) {
        problems.push(
          `${key} is not set: set ${env} (read by app-config.production.yaml) to the portal's public URL`,
        );
      }
    }
  }
  return problems;
}
