// The preview is the printout: the document's "Xem trước" shows the pages LibreOffice prints from the same
// DOCX — the same number of pages, each starting with the same words, a table's header row repeated, the
// page number at the top from page 2 — where docx-preview alone showed one endless page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../main/demo/seed-data';
import { exportDocx, generateFromMeeting } from '../../main/documents';
import { BODY_SAMPLE_ID, saveBodySample } from '../../main/documents/body-sample';
import type { PreviewServer } from '../../main/preview/server';
import type { RichTextNode } from '../../shared/rich-text';
import { convertToPdf } from '../helpers/libreoffice';
import { newWatchedPage, startPreview, stopPreview, type TestDb } from './harness';

let t: TestDb;
let server: PreviewServer;
let browser: Browser;
let minutesId: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-hop-preview-pages-'));

/** A biên bản long enough for a dozen pages: headings kept with their paragraphs, paragraphs split. */
function longMinutes(): RichTextNode {
  const sentence =
    'Đồng chí Giám đốc Sở báo cáo tiến độ thực hiện nhiệm vụ, nêu khó khăn, vướng mắc trong giải phóng mặt bằng, đề xuất giải pháp tháo gỡ và kiến nghị UBND tỉnh chỉ đạo các sở, ngành phối hợp; ';
  const content: RichTextNode[] = [];
  for (let i = 0; i < 60; i++) {
    if (i % 7 === 0)
      content.push({
        type: 'heading',
        attrs: { level: 1 },
        content: [{ type: 'text', text: `Phần thảo luận ${i / 7 + 1}` }],
      });
    content.push({
      type: 'paragraph',
      attrs: { textAlign: 'justify' },
      content: [
        { type: 'text', text: `Ý kiến ${i + 1}: `, marks: [{ type: 'bold' }] },
        { type: 'text', text: sentence.repeat(1 + (i % 4)).trim() },
      ],
    });
  }
  return { type: 'doc', content };
}

beforeAll(async () => {
  ({ t, server, browser } = await startPreview(demoExchange()));
  saveBodySample(t.services);
  const meeting = t.services.meetings.get(demoIds.meeting2015);
  t.services.meetings.save({ ...meeting, minutes: longMinutes() });
  minutesId = generateFromMeeting(t.services, demoIds.meeting2015, 'minutes').id;
}, 120_000);

afterAll(async () => {
  await stopPreview({ t, server, browser });
  fs.rmSync(dir, { recursive: true, force: true });
});

const words = (text: string, n: number) => text.split(/\s+/).filter(Boolean).slice(0, n).join(' ');

interface PrintedPage {
  /** The page number printed in the header, or '' on a page without one. */
  number: string;
  /** The text of the page below its header. */
  body: string;
  /** The numbers in the first column of the table rows on the page (the TT column). */
  rows: number[];
}

/** The pages LibreOffice prints from the document's DOCX. */
async function libreOfficePages(id: string): Promise<PrintedPage[]> {
  const file = path.join(dir, `${id}.docx`);
  fs.writeFileSync(file, await exportDocx(t.services.ctx, id));
  convertToPdf(dir, [file]);
  const pdf = file.replace(/\.docx$/, '.pdf');
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  return Array.from({ length: count }, (_, i) => {
    const text = (layout: boolean) =>
      execFileSync('pdftotext', [
        '-f',
        String(i + 1),
        '-l',
        String(i + 1),
        ...(layout ? ['-layout'] : []),
        pdf,
        '-',
      ]).toString();
    const lines = text(false)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const number = i > 0 && /^\d+$/.test(lines[0] ?? '') ? (lines.shift() as string) : '';
    if (i === 0 && lines[0] === 'DỰ THẢO') lines.shift();
    const rows = text(true)
      .split('\n')
      .flatMap((l) => /^\s*(\d+)\s{2,}\S/.exec(l)?.[1] ?? [])
      .map(Number);
    return { number, body: lines.join(' '), rows };
  });
}

/** The pages the document's "Xem trước" shows. */
async function previewPages(page: Page, id: string): Promise<PrintedPage[]> {
  await page.goto(`${server.url}#/documents/${id}`);
  await page.getByRole('tab', { name: /Xem trước/ }).click();
  await page.locator('.docx-preview-pages').waitFor();
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.docx-preview section.docx')].map((section) => ({
      number: (section.querySelector(':scope > header')?.textContent ?? '').replace(/[\s\u200b]+/g, ''),
      body: [...section.querySelectorAll<HTMLElement>(':scope > article')].map((a) => a.innerText).join(' '),
      rows: [...section.querySelectorAll<HTMLTableRowElement>(':scope > article > table tr')]
        .map((tr) => tr.cells[0]?.innerText.trim() ?? '')
        .filter((c) => /^\d+$/.test(c))
        .map(Number),
    })),
  );
}

describe('the preview shows the pages as they print', () => {
  it('breaks a twelve-page biên bản where LibreOffice does, with the page number from page 2', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems);
    const printed = await libreOfficePages(minutesId);
    const shown = await previewPages(page, minutesId);
    expect(printed.length).toBeGreaterThanOrEqual(10);
    expect(shown).toHaveLength(printed.length);
    await expect(page.locator('.docx-preview-pages').textContent()).resolves.toBe(
      `Khi in: ${printed.length} trang A4`,
    );
    for (const [i, p] of printed.entries()) {
      if (i === 0) continue; // page 1's two header columns come out of the PDF interleaved
      expect(words(shown[i]?.body ?? '', 8), `trang ${i + 1}`).toBe(words(p.body, 8));
      expect(shown[i]?.number, `số trang ${i + 1}`).toBe(p.number);
      expect(p.number).toBe(String(i + 1));
    }
    // Page 1 carries the draft mark and no number.
    expect(shown[0]?.number).toBe('DỰTHẢO');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('splits a long table between rows, repeats its header row and numbers the pages as printed', async () => {
    const problems: string[] = [];
    const page = await newWatchedPage(browser, problems);
    const printed = await libreOfficePages(BODY_SAMPLE_ID);
    const shown = await previewPages(page, BODY_SAMPLE_ID);
    expect(shown).toHaveLength(printed.length);
    // The task table runs over three pages, each after the first starting with the header row again.
    const continued = printed.filter((p, i) => i > 0 && p.body.startsWith('TT Nội dung nhiệm vụ'));
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const [i, p] of printed.entries()) {
      expect(shown[i]?.rows, `hàng bảng trang ${i + 1}`).toEqual(p.rows);
      if (i === 0) continue;
      expect(words(shown[i]?.body ?? '', 5), `trang ${i + 1}`).toBe(words(p.body, 5));
      expect(shown[i]?.number, `số trang ${i + 1}`).toBe(p.number);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
