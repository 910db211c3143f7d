// Refusals: an invalid document gives a coded error and writes nothing; a locked target gives
// E_FILE_LOCKED and leaves the old file whole.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx, exportDocxToFile } from '../../../main/documents';
import type { Services } from '../../../main/services';
import { AppError } from '../../../shared/errors';
import type { RichTextNode } from '../../../shared/rich-text';
import { tempDir, trackTestDbs } from '../../helpers/db';
import { readDocx } from './docx-reader';

const { withDemo } = trackTestDbs();
afterEach(() => vi.restoreAllMocks());

const caught = async (run: () => Promise<unknown>): Promise<AppError> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

function draftWith(s: Services, body: RichTextNode, position = 'CHÁNH VĂN PHÒNG') {
  const source = s.documents.get(demoIds.notice2015);
  return s.documents.saveDraft({
    ...source,
    id: crypto.randomUUID(),
    body,
    signers: [{ ...source.signers![0]!, position }],
  });
}

const withUnknownNode: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn thường.' }] },
    { type: 'mathBlock', content: [{ type: 'text', text: 'Công thức giữ lại' }] },
  ],
};

describe('export refusals', () => {
  it('refuses a body with an unknown node (E_DOC_INVALID, with its path) and writes no file', async () => {
    const { services: s } = withDemo();
    const doc = draftWith(s, withUnknownNode);
    const out = path.join(tempDir(), 'x.docx');
    const error = await caught(() => exportDocxToFile(s.ctx, doc.id, out));
    expect(error.code).toBe('E_DOC_INVALID');
    expect(error.path).toBe('body.content[1]');
    expect(error.message).toContain('mathBlock');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });

  it('keeps the text of an unknown node and logs it in keep-text mode', async () => {
    const { services: s } = withDemo();
    const doc = draftWith(s, withUnknownNode);
    const log: string[] = [];
    const view = await readDocx(
      await exportDocx(s.ctx, doc.id, { onUnknown: 'keep-text', log: (m) => log.push(m) }),
    );
    expect(view.paragraphs.some((p) => p.text === 'Công thức giữ lại')).toBe(true);
    expect(log).toEqual([expect.stringContaining('mathBlock')]);
  });

  it('refuses an unknown mark rather than dropping it silently', async () => {
    const { services: s } = withDemo();
    const body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'sparkle' }] }] }],
    };
    const error = await caught(() => exportDocx(s.ctx, draftWith(s, body).id));
    expect(error.code).toBe('E_DOC_INVALID');
  });

  it('refuses a signer without a position', async () => {
    const { services: s } = withDemo();
    const doc = draftWith(s, s.documents.get(demoIds.notice2015).body, '   ');
    const error = await caught(() => exportDocx(s.ctx, doc.id));
    expect(error).toMatchObject({ code: 'E_DOC_INVALID', path: 'signers[0].position' });
  });

  it('refuses a document without an issuer', async () => {
    const { services: s } = withDemo();
    const source = s.documents.get(demoIds.notice2015);
    s.ctx.repos.documents.upsert({ ...source, id: crypto.randomUUID(), status: 'draft', issuerIds: [] });
    const id = s.documents.list({ status: 'draft' }).items.find((d) => d.issuerIds.length === 0)!.id;
    expect(await caught(() => exportDocx(s.ctx, id))).toMatchObject({
      code: 'E_DOC_INVALID',
      path: 'issuerIds',
    });
  });

  it('refuses a document that was never saved (E_NOT_FOUND)', async () => {
    const { services: s } = withDemo();
    expect((await caught(() => exportDocx(s.ctx, crypto.randomUUID()))).code).toBe('E_NOT_FOUND');
  });

  it('gives E_FILE_LOCKED with a Vietnamese message when Word holds the file, and leaves it whole', async () => {
    const { services: s } = withDemo();
    const dir = tempDir();
    const out = path.join(dir, 'TB.docx');
    fs.writeFileSync(out, 'bản cũ');
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw busy;
    });
    const error = await caught(() => exportDocxToFile(s.ctx, demoIds.notice2015, out));
    expect(error.code).toBe('E_FILE_LOCKED');
    expect(error.message).toContain('đang mở');
    expect(fs.readFileSync(out, 'utf8')).toBe('bản cũ');
    expect(fs.readdirSync(dir)).toEqual(['TB.docx']);
  });
});
