import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { Program } from '@partner-studio/scoring';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { parsePlaybook } from './parsePlaybook';
import type { Playbook } from '@partner-studio/plugin-solutions-lab-node';

/** Where the shipped playbooks live in the package. */
export const SHIPPED_PLAYBOOKS_DIR = resolvePackagePath(
  '@partner-studio/plugin-solutions-lab-backend',
  'playbooks',
);

/** A playbook with the file it came from. */
export interface LoadedPlaybook {
  playbook: Playbook;
  file: string;
}

/** Reads, parses and validates one playbook file. Errors name the file. */
export async function loadPlaybookFile(
  file: string,
  programs: readonly Program[],
): Promise<LoadedPlaybook> {
  let source: string;
  try {
    source = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Playbook ${file} cannot be read: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  const document = parseDocument(source, { prettyErrors: true });
  if (document.errors.length > 0) {
    throw new Error(
      `Playbook ${file} is not valid YAML:\n${document.errors
        .map(e => `  ${e.message}`)
        .join('\n')}`,
    );
  }
  return {
    playbook: parsePlaybook(document.toJS(), { source: file, programs }),
    file,
  };
}

/**
 * The playbooks of this installation: the shipped ones, then those the
 * operator lists in `solutionsLab.playbooks` (`[{ file }]`, paths relative to
 * the backend's working directory). A bad file or a duplicate id fails with
 * the file and the field named.
 */
export async function loadPlaybooks(options: {
  config: Config;
  programs: readonly Program[];
  shippedDir?: string;
}): Promise<LoadedPlaybook[]> {
  const shippedDir = options.shippedDir ?? SHIPPED_PLAYBOOKS_DIR;
  const shipped = (await fs.readdir(shippedDir))
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => path.join(shippedDir, name));

  const configured = (
    options.config.getOptionalConfigArray('solutionsLab.playbooks') ?? []
  ).map(entry => path.resolve(entry.getString('file')));

  const loaded: LoadedPlaybook[] = [];
  const byId = new Map<string, string>();
  for (const file of [...shipped, ...configured]) {
    const entry = await loadPlaybookFile(file, options.programs);
    const previous = byId.get(entry.playbook.id);
    if (previous) {
      throw new Error(
        `Playbook ${file} is invalid:\n  id: playbook "${entry.playbook.id}" is already defined in ${previous}`,
      );
    }
    byId.set(entry.playbook.id, file);
    loaded.push(entry);
  }
  return loaded;
}
