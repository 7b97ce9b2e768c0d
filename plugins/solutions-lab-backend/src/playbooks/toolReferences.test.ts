/*
 * The shipped playbooks recommend Hub tools and name the validation tools
 * whose runs are evidence: every one must be a Tool of the portal's
 * catalog (catalog/, where the Solutions Hub's tools live), so that a
 * partner following a stage's advice never lands on a missing page.
 */
import { ConfigReader } from '@backstage/config';
import { programs } from '@partner-studio/scoring';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadPlaybooks } from './loadPlaybooks';

const CATALOG_DIR = path.resolve(__dirname, '../../../../catalog');

interface ToolEntity {
  ref: string;
  category: string;
}

/** Every `kind: Tool` entity in the catalog's YAML files. */
function catalogTools(): Map<string, ToolEntity> {
  const tools = new Map<string, ToolEntity>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.ya?ml$/.test(entry.name)) {
        const text = fs.readFileSync(file, 'utf8');
        // Template skeletons are YAML with placeholders, never entities.
        if (!/^kind:\s*Tool\s*$/m.test(text)) continue;
        for (const doc of parseAllDocuments(text)) {
          const entity = doc.toJS() as {
            kind?: string;
            metadata?: { name?: string; namespace?: string };
            spec?: { category?: string };
          } | null;
          if (entity?.kind !== 'Tool' || !entity.metadata?.name) continue;
          const ref = `tool:${entity.metadata.namespace ?? 'default'}/${
            entity.metadata.name
          }`.toLocaleLowerCase('en-US');
          tools.set(ref, { ref, category: entity.spec?.category ?? '' });
        }
      }
    }
  };
  walk(CATALOG_DIR);
  return tools;
}

describe('the Hub tools the shipped playbooks refer to', () => {
  const tools = catalogTools();

  it('reads the Hub tools of the catalog', () => {
    expect(tools.size).toBeGreaterThan(40);
  });

  it('all exist in the catalog, with a category the stage recommends', async () => {
    const loaded = await loadPlaybooks({
      config: new ConfigReader({}),
      programs,
    });
    const problems: string[] = [];
    let references = 0;
    for (const { playbook } of loaded) {
      for (const stage of playbook.stages) {
        const where = `${playbook.id}/${stage.id}`;
        for (const ref of stage.recommends.tools) {
          references++;
          const tool = tools.get(ref.toLocaleLowerCase('en-US'));
          if (!tool)
            problems.push(`${where} recommends ${ref}, not in catalog/`);
          else if (!stage.recommends.categories.includes(tool.category)) {
            problems.push(
              `${where} recommends ${ref} (${tool.category}) but not its category`,
            );
          }
        }
        for (const criterion of stage.criteria) {
          if (!criterion.tool) continue;
          references++;
          const tool = tools.get(criterion.tool.toLocaleLowerCase('en-US'));
          if (!tool) {
            problems.push(
              `${where}: criterion ${criterion.id} names ${criterion.tool}, not in catalog/`,
            );
          } else if (tool.category !== 'validation-tool') {
            problems.push(
              `${where}: criterion ${criterion.id} wants a run of ${criterion.tool}, a ${tool.category}, not a validation tool`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(references).toBeGreaterThan(20);
  });
});
