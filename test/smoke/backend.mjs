/*
 * Starts the portal backend the way `yarn start` does, with extra config
 * files, and collects its log so tests can read it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Every port a test listens on is shifted by PARTNER_STUDIO_PORT_OFFSET
 * (default 0), so several checkouts can run their tests on one machine.
 */
const PORT_OFFSET = Number(process.env.PARTNER_STUDIO_PORT_OFFSET ?? 0);

/** A test port, shifted by the offset. */
export function port(base) {
  return base + PORT_OFFSET;
}

/** The portal's ports as `yarn start` serves them in the browser tests. */
export const APP_URL = `http://localhost:${port(3000)}`;
export const BACKEND_URL = `http://localhost:${port(7007)}`;

/** Config that moves `yarn start` to the offset ports. */
function portalPortsConfig() {
  return `
app:
  baseUrl: ${APP_URL}
backend:
  baseUrl: ${BACKEND_URL}
  listen:
    port: ${port(7007)}
  cors:
    origin: ${APP_URL}
`;
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** Writes a config file with the given YAML text and returns its path. */
export function writeConfig(yamlText) {
  const dir = mkdtempSync(join(tmpdir(), 'partner-studio-smoke-'));
  const file = join(dir, 'app-config.smoke.yaml');
  writeFileSync(file, yamlText);
  return { dir, file };
}

/** Starts the backend alone, as `yarn workspace backend start`. */
export function startBackend({ configs, env = {} }) {
  return startProcess(['workspace', 'backend', 'start'], { configs, env });
}

/** Starts frontend and backend, as `yarn start` (on the offset ports). */
export function startPortal({ configs, env = {} }) {
  const ports =
    PORT_OFFSET === 0 ? [] : [writeConfig(portalPortsConfig()).file];
  return startProcess(['start'], { configs: [...configs, ...ports], env });
}

function startProcess(command, { configs, env }) {
  const args = [...command];
  for (const config of configs) {
    args.push('--config', resolve(repoRoot, config));
  }
  const child = spawn('yarn', args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const onData = chunk => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim()) lines.push(line.replace(ANSI, ''));
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = once(child, 'exit').then(([code]) => code);

  return {
    lines,
    exited,
    /** Resolves when the log has a line matching the pattern. */
    async waitForLine(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = lines.find(l => pattern.test(l));
        if (line) return line;
        if (child.exitCode !== null) {
          throw new Error(
            `backend exited (${
              child.exitCode
            }) before ${pattern}:\n${lines.join('\n')}`,
          );
        }
        if (Date.now() > deadline) {
          throw new Error(
            `no ${pattern} within ${timeoutMs} ms:\n${lines.join('\n')}`,
          );
        }
        await new Promise(r => setTimeout(r, 250));
      }
    },
    /** Log lines at error level, or that report a crash. */
    errorLines() {
      return lines.filter(
        l =>
          /^\S+ \S+ error\b/.test(l) ||
          /level="?error/.test(l) ||
          /Unhandled (rejection|exception)|Backend startup failed/i.test(l),
      );
    },
    async stop() {
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        await Promise.race([exited, new Promise(r => setTimeout(r, 10000))]);
        if (child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
    },
  };
}

/** Runs scripts/dev-token.mjs against a backend, as a user would. */
export async function devToken(backendUrl, userEntityRef) {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'scripts/dev-token.mjs'), userEntityRef],
    { env: { ...process.env, BACKEND_URL: backendUrl } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', c => (stdout += c));
  child.stderr.on('data', c => (stderr += c));
  const [code] = await once(child, 'exit');
  return { code, token: stdout.trim(), stderr: stderr.trim() };
}

/** Retries fn until it returns a truthy value. */
export async function eventually(fn, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what} did not happen within ${timeoutMs} ms${
          last ? `: ${last}` : ''
        }`,
      );
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

/** The demo personas of catalog/people.yaml: user ref → the groups it names. */
function declaredPersonas() {
  const text = readFileSync(join(repoRoot, 'catalog/people.yaml'), 'utf8');
  return new Map(
    parseAllDocuments(text)
      .map(doc => doc.toJS())
      .filter(
        entity =>
          entity?.kind === 'User' &&
          entity.metadata?.annotations?.['partner-studio.io/persona'],
      )
      .map(entity => [
        `user:default/${entity.metadata.name}`,
        (entity.spec?.memberOf ?? []).map(group => `group:default/${group}`),
      ]),
  );
}

/**
 * Waits until the sign-in page lists every demo persona with the groups
 * catalog/people.yaml gives it: the catalog has read catalog/ and related
 * the people to their groups. A token or sign-in before that would carry
 * no groups, and the permission policy would see no role and no partner.
 */
export async function waitForDemoPersonas(backendUrl) {
  const declared = declaredPersonas();
  await eventually(
    async () => {
      const res = await fetch(`${backendUrl}/api/auth/persona-directory`);
      if (!res.ok) return false;
      const listed = new Map(
        (await res.json()).items.map(p => [p.userEntityRef, p.memberOf]),
      );
      return [...declared].every(([ref, groups]) =>
        groups.every(group => listed.get(ref)?.includes(group)),
      );
    },
    180_000,
    'the demo personas in the catalog, with their groups',
  );
}
