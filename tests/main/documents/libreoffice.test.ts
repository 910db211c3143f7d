// CI: LibreOffice opens an exported document and lays out at least one page; the CLI writes the file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx } from '../../../main/documents';
import { saveBodySample } from '../../../main/documents/body-sample';
import { tempDir, trackTestDbs } from '../../helpers/db';
import { convertToPdf } from '../../helpers/libreoffice';

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;
const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;
const { withDemo } = trackTestDbs();

describe('export-docx on the command line and in LibreOffice', () => {
  it('writes the file with `export-docx --document ID --out FILE.docx`', async () => {
    const t = withDemo();
    t.close();
    const out = path.join(tempDir(), 'TB 05.docx');
    const lines: string[] = [];
    const io = { out: (x: string) => lines.push(x), err: (x: string) => lines.push(x), env: {} };
    const code = await runCli(
      ['--db', t.file, 'export-docx', '--document', demoIds.notice2015, '--out', out],
      io,
    );
    expect(code, lines.join('\n')).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const missing = await runCli(['--db', t.file, 'export-docx', '--out', out], io);
    expect(missing).toBe(2);
  });

  // CI installs LibreOffice (.ci/run); elsewhere the test runs only where it is installed.
  it.runIf(hasLibreOffice || process.env.CI)(
    'converts to a PDF of at least one page',
    async () => {
      const t = withDemo();
      t.close();
      const dir = tempDir();
      const docx = path.join(dir, 'notice.docx');
      await runCli(['--db', t.file, 'export-docx', '--document', demoIds.notice2015, '--out', docx], {
        out: () => undefined,
        err: () => undefined,
        env: {},
      });
      convertToPdf(dir, [docx]);
      const pdf = fs.readFileSync(path.join(dir, 'notice.pdf'), 'latin1');
      expect(pdf.startsWith('%PDF')).toBe(true);
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    },
    660_000,
  );

  it.runIf((hasLibreOffice && hasPoppler) || process.env.CI)(
    'lays out a draft with DỰ THẢO and the stamps on page 1, and the wide table on a landscape page',
    async () => {
      const { services: s } = withDemo();
      const dir = tempDir();
      const docx = path.join(dir, 'draft.docx');
      fs.writeFileSync(docx, await exportDocx(s.ctx, saveBodySample(s).id));
      convertToPdf(dir, [docx]);
      const pdf = path.join(dir, 'draft.pdf');
      const sizes = [
        ...execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).matchAll(
          /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g,
        ),
      ].map(([, w, h]) => (Number(w) > Number(h) ? 'landscape' : 'portrait'));
      expect(sizes.filter((o) => o === 'landscape')).toHaveLength(1);
      expect(sizes[0]).toBe('portrait');
      expect(sizes.at(-1)).toBe('portrait');
      const page = (n: number) =>
        execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], {
          encoding: 'utf8',
        });
      const first = page(1)
        .split('\n')
        .filter((l) => l.trim());
      // DỰ THẢO on the first line, at the right; the stamps under the number; no page number on page 1.
      expect(first[0]!.trim()).toBe('DỰ THẢO');
      expect(first[0]!.indexOf('DỰ THẢO')).toBeGreaterThan(first[1]!.length / 2);
      expect(page(1)).toMatch(/Số: …\/TB-VPUB[^]*THƯỢNG KHẨN[^]*MẬT/);
      expect(page(1)).not.toMatch(/^\s*1\s*$/m);
      expect(page(sizes.indexOf('landscape') + 1)).toContain('Quý III');
      expect(page(2).split('\n')[0]!.trim()).toBe('2');
    },
    660_000,
  );
});
