import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import {
  TOOL_CATEGORY_IDS,
  findToolEntityProblems,
  isToolEntityKind,
  parseToolEntity,
  type ToolEntity,
} from '@partner-studio/plugin-partner-studio-common';

const catalogDir = join(__dirname, '../../../catalog');

function readDocuments(file: string): Entity[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map(doc => {
    if (doc.errors.length) {
      throw new Error(`${file}: ${doc.errors[0].message}`);
    }
    return doc.toJS() as Entity;
  });
}

/**
 * Every entity the catalog reads from catalog/all.yaml, and the vendor's
 * teams (organisation data, a location of its own in app-config.yaml), with
 * their files.
 */
function loadCatalog(): Array<{ file: string; entity: Entity }> {
  const root = join(catalogDir, 'all.yaml');
  const [location] = readDocuments(root);
  const targets = [
    ...(location.spec!.targets as string[]),
    './vendor-teams.yaml',
    './org.yaml',
  ];
  return targets.flatMap(target => {
    const file = join(dirname(root), target);
    return readDocuments(file).map(entity => ({
      file: relative(catalogDir, file),
      entity,
    }));
  });
}

/** The files under a catalog folder, leaving out template skeletons. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(catalogDir, dir), { withFileTypes: true }).flatMap(
    entry => {
      if (!entry.isDirectory()) return [join(dir, entry.name)];
      return entry.name === 'skeleton' ? [] : filesUnder(join(dir, entry.name));
    },
  );
}

/** The Solutions Hub's demo data is what the Hub's demo and tests rely on. */
describe('the Solutions Hub tools and templates in catalog/', () => {
  const catalog = loadCatalog();
  const entities = catalog.map(c => c.entity);
  const tools = entities.filter(isToolEntityKind);
  const parsed = tools
    .map(parseToolEntity)
    .flatMap(r => (r.ok ? [r.tool] : [])) as ToolEntity[];

  it('are all read through catalog/all.yaml', () => {
    const read = new Set(catalog.map(c => c.file));
    const unread = [
      ...filesUnder('solutions-hub'),
      ...filesUnder('templates'),
    ].filter(file => !read.has(file));
    expect(unread).toEqual([]);
  });

  it('holds at least 40 well-formed tools across every category', () => {
    expect(
      tools.flatMap(t =>
        findToolEntityProblems(t).map(p => `${stringifyEntityRef(t)}: ${p}`),
      ),
    ).toEqual([]);
    expect(tools.length).toBeGreaterThanOrEqual(40);
    expect(new Set(parsed.map(t => t.spec.category))).toEqual(
      new Set(TOOL_CATEGORY_IDS),
    );
  });

  it('passes the catalog entity policies', async () => {
    const policy = EntityPolicies.allOf([
      new DefaultNamespaceEntityPolicy(),
      new FieldFormatEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
      new SchemaValidEntityPolicy(),
    ]);
    for (const entity of entities) {
      await expect(policy.enforce(entity)).resolves.toBeDefined();
    }
  });

  it('has unique tool names', () => {
    const names = tools.map(t => t.metadata.name);
    expect(names.length).toBe(new Set(names).size);
  });

  it('owns every tool and template by a vendor group of the catalog', () => {
    const groups = new Set(
      entities.filter(e => e.kind === 'Group').map(e => stringifyEntityRef(e)),
    );
    const owners = [
      ...parsed.map(t => t.spec.owner),
      ...entities
        .filter(e => e.kind === 'Template')
        .map(e => e.spec!.owner as string),
    ];
    expect(owners.filter(o => !groups.has(o))).toEqual([]);
  });

  it('launches templates that exist and are valid', async () => {
    const templates = entities.filter(e => e.kind === 'Template');
    expect(templates.length).toBeGreaterThanOrEqual(2);
    for (const template of templates) {
      await expect(
        templateEntityV1beta3Validator.check(template),
      ).resolves.toBe(true);
    }
    const templateRefs = new Set(templates.map(t => stringifyEntityRef(t)));
    const launched = parsed.flatMap(t =>
      t.spec.launch.type === 'template' ? [t.spec.launch.templateRef] : [],
    );
    expect(launched.length).toBeGreaterThanOrEqual(2);
    expect(launched.filter(ref => !templateRefs.has(ref))).toEqual([]);
  });

  it('locks tools by tier (above Contoso) and by a required Lab stage', () => {
    expect(
      parsed.filter(t => ['principal', 'pinnacle'].includes(t.spec.minimumTier))
        .length,
    ).toBeGreaterThanOrEqual(1);
    expect(
      parsed.some(
        t => t.spec.requiredLabStage === 'solution-development/validate',
      ),
    ).toBe(true);
  });
});
