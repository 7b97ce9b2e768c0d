/*
 * The Partner Studio portal backend (new backend system).
 *
 * Stock Backstage plugins first, then Partner Studio's own. Which database,
 * which sign-in providers and whether demo data is loaded all come from
 * configuration: app-config.yaml (development, embedded SQLite) and
 * app-config.production.yaml (PostgreSQL, no persona sign-in).
 */
import { createBackend } from '@backstage/backend-defaults';
import { ConfigSources } from '@backstage/config-loader';
import { findConfigProblems } from './preflight';

/** Refuse to start, with what to fix, rather than fail in every plugin. */
async function preflight() {
  const config = await ConfigSources.toConfig(
    ConfigSources.default({ argv: process.argv, env: process.env }),
  );
  config.close();
  const problems = findConfigProblems(config);
  if (problems.length > 0) {
    process.stderr.write(
      `Partner Studio cannot start; fix the configuration:\n${problems
        .map(p => `  - ${p}`)
        .join('\n')}\n`,
    );
    process.exit(1);
  }
}

function startBackend() {
  const backend = createBackend();

  // Serves the built frontend in production (app.baseUrl = backend.baseUrl).
  backend.add(import('@backstage/plugin-app-backend'));

  // Sign-in. Persona sign-in exists only in development (see its module).
  backend.add(import('@backstage/plugin-auth-backend'));
  backend.add(
    import('@partner-studio/plugin-auth-backend-module-persona-provider'),
  );

  // Catalog: the demo organisation, partners and personas in catalog/.
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
  );
  backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
  // Refuses entities that break the Partner Studio catalog scheme, saying why.
  backend.add(
    import('@partner-studio/plugin-catalog-backend-module-partner-studio'),
  );
  // The Solutions Hub's Tool kind: validation and relations.
  backend.add(
    import('@partner-studio/plugin-catalog-backend-module-solutions-hub'),
  );

  // Permissions: the Partner Studio policy (see its README). The plugins
  // enforce partner scoping in their own code as well.
  backend.add(import('@backstage/plugin-permission-backend'));
  backend.add(
    import('@partner-studio/plugin-permission-backend-module-partner-studio'),
  );

  // Software templates. Their results are downloaded (no Git host needed):
  // partner-studio:workspace:archive and /api/scaffolder/partner-studio/archives.
  backend.add(import('@backstage/plugin-scaffolder-backend'));
  backend.add(
    import('@partner-studio/plugin-scaffolder-backend-module-partner-studio'),
  );

  // Search: Postgres engine when the database is Postgres, else Lunr in memory.
  backend.add(import('@backstage/plugin-search-backend'));
  backend.add(import('@backstage/plugin-search-backend-module-pg'));
  backend.add(import('@backstage/plugin-search-backend-module-catalog'));
  // The Solutions Hub's tools, each visible to whoever may read it.
  backend.add(
    import('@partner-studio/plugin-search-backend-module-solutions-hub'),
  );

  // Events bus, live signals to open browsers, notifications, user settings.
  backend.add(import('@backstage/plugin-events-backend'));
  backend.add(import('@backstage/plugin-signals-backend'));
  backend.add(import('@backstage/plugin-notifications-backend'));
  backend.add(import('@backstage/plugin-user-settings-backend'));

  // Partner Studio: partners' program standing over the shared scoring rules.
  backend.add(import('@partner-studio/plugin-partner-points-backend'));

  // Partner Studio: the Solutions Hub (tool index, favourites, ratings,
  // launches).
  backend.add(import('@partner-studio/plugin-solutions-hub-backend'));

  // Partner Studio: the Solutions Lab (expert-guided engagements; its points
  // events reach partner points through an outbox).
  backend.add(import('@partner-studio/plugin-solutions-lab-backend'));

  // Development only: demo data. A production backend (NODE_ENV=production)
  // never loads these modules, and each also needs its config switch.
  if (process.env.NODE_ENV !== 'production') {
    backend.add(
      import('@partner-studio/plugin-partner-points-backend-module-demo'),
    );
    backend.add(
      import('@partner-studio/plugin-solutions-hub-backend-module-demo'),
    );
    backend.add(
      import('@partner-studio/plugin-solutions-lab-backend-module-demo'),
    );
  }

  backend.start();
}

preflight().then(startBackend, error => {
  process.stderr.write(
    `Partner Studio cannot read its configuration: ${error}\n`,
  );
  process.exit(1);
});
