// A sample of the type matrix rendered by LibreOffice to PDF and PNG: the page count (the document and
// each appendix on pages of its own), and no line of the header or of a signature block wraps — each is
// found whole on one rendered line (pdftotext -bbox-layout).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocxToFile } from '../../../main/documents';
import { loadExportModel } from '../../../main/documents/model';
import { loadTypeMatrix } from '../../../main/documents/type-matrix';
import { tempDir, trackTestDbs } from '../../helpers/db';
import { convertToPdf } from '../../helpers/libreoffice';

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;
const { fresh } = trackTestDbs();

const SAMPLE = [
  'official-letter-state-single', // UBND huyện, no upper line, V/v, three Kính gửi, TM. / KT. / PHÓ CHỦ TỊCH
  'invitation-party-single', // Party upper line, one appendix
  'report-party-joint', // two committees, two blocks, two appendices, one landscape
  'plan-state-joint', // UBND + Mặt trận, blocks of two and three lines side by side
];

/** The rendered lines of each page, words joined by one space. */
function renderedLines(pdf: string): string[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const decode = (t: string) =>
    t
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  return xml
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line\b[^>]*>([\s\S]*?)<\/line>/g)].map((line) =>
        [...line[1]!.matchAll(/<word\b[^>]*>([^<]*)<\/word>/g)]
          .map((w) => decode(w[1]!))
          .join(' ')
          .normalize('NFC'),
      ),
    );
}

describe('the type matrix in LibreOffice', () => {
  it.runIf(hasLibreOffice || process.env.CI)(
    'renders each sample on the expected pages, with no header or signature line wrapped',
    async () => {
      const t = fresh();
      const cases = loadTypeMatrix(t.services).filter((c) => SAMPLE.some((name) => c.name.endsWith(name)));
      expect(cases).toHaveLength(SAMPLE.length);
      const dir = tempDir();
      const files: string[] = [];
      for (const c of cases) {
        const file = path.join(dir, `${c.name}.docx`);
        await exportDocxToFile(t.services.ctx, c.documentId, file);
        files.push(file);
      }
      convertToPdf(dir, [...files]);
      for (const c of cases) {
        const pdf = path.join(dir, `${c.name}.pdf`);
        execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(dir, c.name)]);
        const model = loadExportModel(t.services.ctx, c.documentId);
        const appendices = model.doc.appendices ?? [];
        const pages = renderedLines(pdf);
        // One page of document, then each appendix on a page of its own.
        expect(pages.length, c.name).toBe(1 + appendices.length);
        expect(fs.readdirSync(dir).filter((f) => f.startsWith(c.name) && f.endsWith('.png'))).toHaveLength(
          pages.length,
        );
        const first = pages[0]!;
        const header = [...model.headerLines.map((l) => l.text), model.numberText];
        for (const line of header) expect(first, `${c.name}: header line "${line}"`).toContain(line);
        for (const block of model.signatures)
          for (const line of [...block.authorities, block.position, block.name])
            expect(first, `${c.name}: signature line "${line}"`).toContain(line);
        appendices.forEach((appendix, i) =>
          expect(pages[i + 1], `${c.name}: appendix ${i + 1}`).toContain(
            appendix.title.toLocaleUpperCase('vi'),
          ),
        );
      }
    },
    660_000,
  );
});
