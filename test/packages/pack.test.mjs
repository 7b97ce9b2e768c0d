/*
 * Every package installs elsewhere: each workspace package (but the app and
 * the backend of this portal) builds, packs with `yarn pack` as it would be
 * published, and its tarball holds what its package.json promises — the
 * entry points, the exports, the config schema, the files it declares
 * (migrations, playbooks, program definitions…), published versions instead
 * of `workspace:` ranges, and no tests.
 *
 * Run after `yarn tsc` (the build reads its declaration output):
 *   yarn test:packages
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'partner-studio-packs-'));

function workspaces() {
  return ['packages', 'plugins'].flatMap(group =>
    readdirSync(join(root, group))
      .map(dir => join(root, group, dir))
      .filter(dir => existsSync(join(dir, 'package.json')))
      .map(dir => ({
        dir,
        pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
      }))
      // The portal itself (its app and backend) is not a package to publish.
      .filter(
        ({ pkg }) => !['frontend', 'backend'].includes(pkg.backstage?.role),
      ),
  );
}

function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
}

/** The source files of a package (not its tests). */
function sourceFiles(dir) {
  const files = [];
  const walk = d => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name)) {
        files.push(path);
      }
    }
  };
  if (existsSync(join(dir, 'src'))) walk(join(dir, 'src'));
  return files;
}

/**
 * What the code reads from its own package at run time
 * (`resolvePackagePath(name, 'migrations')`): it must be in the tarball.
 */
function runtimeResources(dir) {
  const found = new Set();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /resolvePackagePath\(\s*['"][^'"]+['"]\s*,\s*['"]([^'"]+)['"]/g,
    )) {
      found.add(m[1]);
    }
  }
  return [...found];
}

/** Every path a packed package.json points at. */
function promisedFiles(pkg) {
  const paths = new Set();
  for (const field of ['main', 'module', 'types', 'configSchema']) {
    if (typeof pkg[field] === 'string') paths.add(pkg[field]);
  }
  const visit = value => {
    if (typeof value === 'string') {
      if (value.startsWith('./') || value.startsWith('dist/')) paths.add(value);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(pkg.exports);
  return [...paths].map(p => p.replace(/^\.\//, ''));
}

test('every package builds', { timeout: 900_000 }, () => {
  // Every package but the portal's bundled app and backend.
  run('yarn', ['backstage-cli', 'repo', 'build'], root);
});

for (const { dir, pkg } of workspaces()) {
  test(`${pkg.name} packs with what it promises`, { timeout: 300_000 }, () => {
    const tarball = join(out, `${pkg.name.replace(/[@/]/g, '_')}.tgz`);
    run('yarn', ['pack', '--out', tarball], dir);
    const listed = run('tar', ['tzf', tarball], out)
      .split('\n')
      .filter(Boolean)
      .map(f => f.replace(/^package\//, ''));
    const packed = JSON.parse(
      run('tar', ['xzf', tarball, '-O', 'package/package.json'], out),
    );

    const problems = [];
    for (const file of promisedFiles(packed)) {
      const found = file.endsWith('/')
        ? listed.some(f => f.startsWith(file))
        : listed.includes(file);
      if (!found) problems.push(`points at ${file}, which the tarball lacks`);
    }
    for (const entry of packed.files ?? []) {
      const matches = /[*{?]/.test(entry)
        ? f => matchesGlob(f, entry)
        : f => f === entry || f.startsWith(`${entry}/`);
      if (!listed.some(matches)) {
        problems.push(
          `declares files entry "${entry}", which the tarball lacks`,
        );
      }
    }
    for (const resource of runtimeResources(dir)) {
      if (!listed.some(f => f.startsWith(`${resource}/`))) {
        problems.push(
          `reads ${resource}/ at run time, which the tarball lacks`,
        );
      }
    }
    for (const deps of ['dependencies', 'peerDependencies']) {
      for (const [name, range] of Object.entries(packed[deps] ?? {})) {
        if (String(range).startsWith('workspace:')) {
          problems.push(`${deps}.${name} is still ${range}`);
        }
      }
    }
    if (!listed.includes('README.md')) problems.push('has no README.md');
    const tests = listed.filter(f => /\.test\.(t|j)sx?$|__testUtils__/.test(f));
    if (tests.length > 0)
      problems.push(`ships tests: ${tests.slice(0, 3).join(', ')}`);
    if (
      pkg.backstage?.role?.endsWith('-module') &&
      !packed.backstage?.pluginPackage
    ) {
      problems.push('is a module without backstage.pluginPackage');
    }
    assert.deepEqual(problems, [], `${pkg.name} ${problems.join('; ')}`);
  });
}

test('clean up', () => rmSync(out, { recursive: true, force: true }));
