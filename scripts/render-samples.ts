// Exports the four reference samples from the demo data, and a draft using every body feature (sample 5:
// DỰ THẢO, urgency, headings, lists, tables, a landscape page), converts them with LibreOffice to PDF and
// PNG so anyone can look at them: `npm run render:samples [DIR]` (needs libreoffice and pdftoppm on PATH).
// With `--matrix`, every document type × family × single/joint issuer instead (main/documents/type-matrix.ts).
// Also writes samples.json (the exchange file they came from), for ../shared/tools/docx_check.py.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { exportDocxToFile } from '../main/documents';
import { saveBodySample } from '../main/documents/body-sample';
import { loadReferenceSamples } from '../main/documents/samples';
import { loadTypeMatrix } from '../main/documents/type-matrix';
import { createServices } from '../main/services';

const args = process.argv.slice(2);
const matrix = args.includes('--matrix');
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'docx-samples');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const db = openDatabase(path.join(dir, 'samples.sqlite'));
try {
  const s = createServices(db);
  const samples = matrix ? loadTypeMatrix(s) : loadReferenceSamples(s);
  if (!matrix) samples.push({ name: '5-state-draft-body', documentId: saveBodySample(s).id });
  fs.writeFileSync(path.join(dir, 'samples.json'), JSON.stringify(s.exchange.exportAll(), null, 2));
  for (const { name, documentId } of samples) {
    const docx = path.join(dir, `${name}.docx`);
    await exportDocxToFile(s.ctx, documentId, docx);
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore',
    });
    execFileSync('pdftoppm', ['-png', '-r', '80', path.join(dir, `${name}.pdf`), path.join(dir, name)]);
    console.log(`${name}: ${docx} (document ${documentId})`);
    console.log(
      `  check: /usr/bin/python3 ../shared/tools/docx_check.py ${docx} --fixture ${path.join(dir, 'samples.json')} --doc ${documentId} --verbose`,
    );
  }
} finally {
  closeDatabase(db);
}
