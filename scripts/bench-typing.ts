// Typing in long minutes: the time per key in a 50-page biên bản, in Chromium against the preview.
// Budget: under 30 ms per key including the browser driver's own round trip (about 5–10 ms).
// Run on an idle machine: npm run bench:typing [-- RUNS]
import { demoExchange, demoIds } from '../main/demo/seed-data';
import type { RichTextNode } from '../shared/rich-text';
import { newWatchedPage, startPreview, stopPreview } from '../tests/e2e/harness';

const runs = Number(process.argv[2] ?? 5);

function fiftyPages(): RichTextNode {
  const content: RichTextNode[] = [];
  for (let i = 1; i <= 600; i++) {
    if (i % 100 === 1)
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Phần ${i}` }] });
    content.push({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: `Đoạn ${i}: đồng chí Giám đốc Sở Kế hoạch và Đầu tư báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội, đề nghị các sở, ngành tập trung tháo gỡ khó khăn, đẩy nhanh tiến độ giải ngân vốn đầu tư công.`,
        },
      ],
    });
  }
  return { type: 'doc', content };
}

const preview = await startPreview(demoExchange());
try {
  const { t, server, browser } = preview;
  const meeting = t.services.meetings.get(demoIds.meeting2021);
  t.services.meetings.save({ ...meeting, minutes: fiftyPages() });
  const text = ' thêm ý kiến cuối cùng của đồng chí Chủ tịch';
  const perKey: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await newWatchedPage(browser, []);
    await page.goto(`${server.url}#/meetings/${demoIds.meeting2021}`);
    await page.getByRole('tab', { name: 'Biên bản' }).click();
    await page.getByText(/2[0-9]\.[0-9]{3} từ/).waitFor();
    await page.getByRole('textbox', { name: 'Nội dung biên bản' }).click();
    await page.keyboard.press('Control+End');
    const t0 = performance.now();
    await page.keyboard.type(text);
    perKey.push((performance.now() - t0) / text.length);
    await page.close();
  }
  perKey.sort((a, b) => a - b);
  const at = (q: number) =>
    Number(perKey[Math.min(perKey.length - 1, Math.floor(q * perKey.length))]!.toFixed(1));
  console.log(
    JSON.stringify(
      {
        document: '50 pages, 600 paragraphs',
        keys: text.length,
        runs,
        perKeyMs: { p50: at(0.5), max: at(1) },
        budgetMs: 30,
      },
      null,
      2,
    ),
  );
} finally {
  await stopPreview(preview);
}
