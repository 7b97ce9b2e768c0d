import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipDirectory } from './zipDirectory';

describe('zipDirectory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zip-test-'));
    await mkdir(join(dir, '.meridian'));
    await writeFile(join(dir, 'README.md'), '# hello');
    await writeFile(join(dir, '.meridian', 'validation.yaml'), 'suite: x');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('packs every file, dotfiles included', async () => {
    const result = await zipDirectory(dir, { maxBytes: 1_000_000 });
    const zip = await JSZip.loadAsync(result.content);
    expect(
      Object.keys(zip.files)
        .filter(f => !f.endsWith('/'))
        .sort(),
    ).toEqual(['.meridian/validation.yaml', 'README.md']);
    expect(await zip.file('README.md')!.async('string')).toBe('# hello');
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.files).toBe(2);
  });

  it('refuses a workspace larger than the limit', async () => {
    await writeFile(
      join(dir, 'big.bin'),
      // Random bytes do not compress.
      randomBytes(200_000),
    );
    await expect(zipDirectory(dir, { maxBytes: 10_000 })).rejects.toThrow(
      /larger than 10000 bytes once zipped/,
    );
  });
});
