// The editor and the exporter share one list of node and mark types (shared/editor-schema.ts): the
// list is the editor's real Tiptap schema, everything the editor can produce exports, and anything else
// (unknown types, and types named after Object.prototype members) is refused on import and on export.
import fs from 'node:fs';
import path from 'node:path';
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { demoIds } from '../../../main/demo/seed-data';
import { exportDocx } from '../../../main/documents';
import { bodySampleBody } from '../../../main/documents/body-sample';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { editorExtensions } from '../../../renderer/src/editor/extensions';
import { attendeeMentions } from '../../../renderer/src/editor/mentions';
import { allowedAttrs, editorMarkTypes, editorNodeTypes } from '../../../shared/editor-schema';
import { AppError } from '../../../shared/errors';
import type { RichTextNode } from '../../../shared/rich-text';
import { tempDir, trackTestDbs } from '../../helpers/db';
import { readDocx } from './docx-reader';

const { withDemo } = trackTestDbs();
// The extensions the minutes and document editor is built with (MinutesEditor.tsx).
const schema = getSchema([...editorExtensions(''), attendeeMentions(() => [])]);
const fixture = path.join(import.meta.dirname, '..', '..', 'fixtures', 'exchange-2019-programme.json');

const sorted = (xs: Iterable<string>) => [...xs].sort();

function typesIn(node: RichTextNode, nodes = new Set<string>(), marks = new Set<string>()) {
  nodes.add(node.type);
  for (const m of node.marks ?? []) marks.add(m.type);
  for (const c of node.content ?? []) typesIn(c, nodes, marks);
  return { nodes, marks };
}

describe('one list of node and mark types', () => {
  it("is the editor's own schema: the same nodes, marks and attributes", () => {
    expect(sorted(Object.keys(schema.nodes))).toEqual(sorted(editorNodeTypes));
    expect(sorted(Object.keys(schema.marks))).toEqual(sorted(editorMarkTypes));
    for (const [name, type] of Object.entries(schema.nodes))
      expect(sorted(Object.keys(type.spec.attrs ?? {})), name).toEqual(sorted(allowedAttrs('node', name)));
    for (const [name, type] of Object.entries(schema.marks))
      expect(sorted(Object.keys(type.spec.attrs ?? {})), name).toEqual(sorted(allowedAttrs('mark', name)));
  });

  it('exports every node and mark the editor can produce, saved and exported through IPC', async () => {
    // The JSON exactly as the editor stores it: parsed by its schema (which fills every attribute's
    // default) and written back.
    const stored = schema.nodeFromJSON(bodySampleBody);
    stored.check();
    const body = stored.toJSON() as RichTextNode;
    const used = typesIn(body);
    expect(sorted(used.nodes)).toEqual(sorted(editorNodeTypes));
    expect(sorted(used.marks)).toEqual(sorted(editorMarkTypes));

    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const source = t.services.documents.get(demoIds.notice2015);
    const saved = await dispatch(handlers, 'documents.saveDraft', {
      ...source,
      id: crypto.randomUUID(),
      body,
    });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const id = (saved as { value: { id: string } }).value.id;
    const exported = await dispatch(handlers, 'documents.exportDocx', { id });
    expect(exported.ok, JSON.stringify(exported)).toBe(true);
    const { dataBase64 } = (exported as { value: { dataBase64: string } }).value;
    const v = await readDocx(Buffer.from(dataBase64, 'base64'));
    expect(v.paragraphs.some((p) => p.text === 'PHẦN THỨ NHẤT')).toBe(true);
    expect(v.paragraphs.some((p) => p.text === 'Quy trình phát hành văn bản đi.')).toBe(true);
  });
});

const text = (marks: unknown[]) => ({ type: 'text', text: 'Chữ có định dạng lạ', marks });
const paragraphOf = (...content: unknown[]) => ({ type: 'paragraph', content });
/** Bodies an old version or a hostile file could hold; `at` is the path of the refusal below the body. */
const hostile: [string, unknown, string][] = [
  [
    'a "constructor" mark with hidden red text',
    paragraphOf(text([{ type: 'constructor', attrs: { vanish: true, color: 'FF0000' } }])),
    'content[0].content[0].marks[0]',
  ],
  ['a "__proto__" mark', paragraphOf(text([{ type: '__proto__' }])), 'content[0].content[0].marks[0]'],
  [
    'a "hasOwnProperty" mark',
    paragraphOf(text([{ type: 'hasOwnProperty' }])),
    'content[0].content[0].marks[0]',
  ],
  ['a "toString" node', { type: 'toString', content: [{ type: 'text', text: 'x' }] }, 'content[0]'],
  ['a "__proto__" node', { type: '__proto__', content: [{ type: 'text', text: 'x' }] }, 'content[0]'],
  ['a "constructor" inline node', paragraphOf({ type: 'constructor', text: 'x' }), 'content[0].content[0]'],
  ['an unknown node', { type: 'mathBlock', content: [{ type: 'text', text: 'x' }] }, 'content[0]'],
  ['an unknown mark', paragraphOf(text([{ type: 'highlight' }])), 'content[0].content[0].marks[0]'],
];
const bodyWith = (node: unknown) => ({ type: 'doc', content: [node] }) as RichTextNode;

describe('anything else is refused', () => {
  it.each(hostile)(
    'refuses %s on import (exit 2, E_IMPORT_INVALID, nothing written)',
    async (_, node, at) => {
      const file = JSON.parse(fs.readFileSync(fixture, 'utf8'));
      file.documents[0].body = bodyWith(node);
      const input = path.join(tempDir(), 'hostile.json');
      fs.writeFileSync(input, JSON.stringify(file));
      const db = path.join(tempDir(), 'so-hop.sqlite');
      const err: string[] = [];
      const io = {
        out: () => undefined,
        err: (x: string) => err.push(x),
        env: { SOHOP_USER_DATA: tempDir() },
      };
      expect(await runCli(['--db', db, 'import', input], io)).toBe(2);
      expect(err.join('\n')).toMatch(
        new RegExp(`^E_IMPORT_INVALID: .*documents\\[0\\]\\.body\\.${at.replace(/[.[\]]/g, '\\$&')}`),
      );
      const out: string[] = [];
      await runCli(['--db', db, 'export-json'], { ...io, out: (x: string) => out.push(x) });
      expect(JSON.parse(out.join('\n')).documents).toEqual([]);
    },
  );

  it('refuses an attribute the editor does not have, and a value it cannot hold', async () => {
    const { services: s } = withDemo();
    const file = s.exchange.exportAll();
    const refused = (body: unknown) => {
      try {
        s.exchange.importText(JSON.stringify({ ...file, documents: [{ ...file.documents![0]!, body }] }));
      } catch (error) {
        return error instanceof AppError ? [error.code, error.path] : error;
      }
      return 'accepted';
    };
    expect(refused(bodyWith({ type: 'heading', attrs: { level: 1, constructor: 1 } }))).toEqual([
      'E_IMPORT_INVALID',
      'documents[0].body.content[0].attrs.constructor',
    ]);
    expect(refused(bodyWith({ type: 'heading', attrs: { level: 7 } }))).toEqual([
      'E_IMPORT_INVALID',
      'documents[0].body.content[0].attrs.level',
    ]);
    expect(
      refused(
        bodyWith({
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1e9 } }] }],
        }),
      ),
    ).toEqual(['E_IMPORT_INVALID', 'documents[0].body.content[0].content[0].content[0].attrs.colspan']);
    expect(refused(bodyWith({ type: 'heading', attrs: { level: 2, numbered: false }, content: [] }))).toBe(
      'accepted',
    );
  });

  it.each(hostile)(
    'refuses %s on export (E_DOC_INVALID with its path), even when the database holds it',
    async (_, node, at) => {
      const t = withDemo();
      // Written straight to the database, as an older version that accepted it would have.
      const doc = {
        ...t.services.documents.get(demoIds.notice2015),
        id: crypto.randomUUID(),
        status: 'draft' as const,
      };
      t.services.ctx.repos.documents.upsert({ ...doc, body: bodyWith(node) });
      let error: unknown;
      try {
        await exportDocx(t.services.ctx, doc.id);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'E_DOC_INVALID', path: `body.${at}` });
      const out = path.join(tempDir(), 'x.docx');
      t.close();
      const err: string[] = [];
      const code = await runCli(['--db', t.file, 'export-docx', '--document', doc.id, '--out', out], {
        out: () => undefined,
        err: (x) => err.push(x),
        env: { SOHOP_USER_DATA: tempDir() },
      });
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(/^E_DOC_INVALID/);
      expect(fs.existsSync(out)).toBe(false);
    },
  );
});
