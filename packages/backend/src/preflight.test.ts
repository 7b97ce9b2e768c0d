import { ConfigReader } from '@backstage/config';
import { findConfigProblems } from './preflight';

describe('findConfigProblems', () => {
  it('accepts the development SQLite configuration', () => {
    const config = new ConfigReader({
      backend: {
        database: {
          client: 'better-sqlite3',
          connection: { directory: '.data' },
        },
      },
    });
    expect(findConfigProblems(config)).toEqual([]);
  });

  it('names each missing PostgreSQL setting and the variable to set', () => {
    const config = new ConfigReader({
      backend: {
        database: { client: 'pg', connection: { port: '5432' } },
        baseUrl: 'https://portal.example',
      },
      app: { baseUrl: 'https://portal.example' },
      auth: { environment: 'production' },
    });
    expect(findConfigProblems(config)).toEqual([
      'backend.database.connection is missing host, user, password: set the environment variables POSTGRES_HOST, POSTGRES_USER, POSTGRES_PASSWORD (read by app-config.production.yaml)',
    ]);
  });

  it('accepts a complete PostgreSQL configuration or a connection string', () => {
    const complete = new ConfigReader({
      backend: {
        database: {
          client: 'pg',
          connection: { host: 'db', port: 5432, user: 'u', password: 'p' },
        },
        baseUrl: 'https://portal.example',
      },
      app: { baseUrl: 'https://portal.example' },
      auth: { environment: 'production' },
    });
    expect(findConfigProblems(complete)).toEqual([]);
    const url = new ConfigReader({
      backend: {
        database: { client: 'pg', connection: 'postgresql://u:p@db/x' },
      },
    });
    expect(findConfigProblems(url)).toEqual([]);
  });

  it('asks for a database client and, in production, the public URLs', () => {
    const config = new ConfigReader({ auth: { environment: 'production' } });
    expect(findConfigProblems(config)).toEqual([
      expect.stringMatching(/^backend.database.client is not set/),
      expect.stringMatching(/^app.baseUrl is not set: set APP_BASE_URL/),
      expect.stringMatching(
        /^backend.baseUrl is not set: set BACKEND_BASE_URL/,
      ),
    ]);
  });
});
