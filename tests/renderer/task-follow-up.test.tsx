// @vitest-environment jsdom
// The task list's follow-up drawer against the real handlers over a temporary database holding the
// demo data: the rows written, the notes shown, and an error that keeps what was typed.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { serveDemoDatabase } from './real-api';
import './setup';

vi.mock('../../renderer/src/api', async () => (await import('./real-api')).apiOverDatabase);

const { TasksPage } = await import('../../renderer/src/features/tasks/TasksPage');
const db = serveDemoDatabase();

const progressRows = (id: string) =>
  db()
    .db.prepare('SELECT date, note FROM conclusion_progress WHERE conclusion_id = ? ORDER BY seq')
    .all(id) as {
    date: string;
    note: string;
  }[];
const statusOf = (id: string) =>
  (db().db.prepare('SELECT status, due_date FROM conclusions WHERE id = ?').get(id) as {
    status: string;
    due_date: string | null;
  }) ?? null;

/** Opens the drawer of the first listed open task that already has progress notes. */
async function openFollowUp() {
  const open = db().services.tasks.list({ filter: 'open' }).items;
  const task = open.find((x) => db().services.tasks.get(x.conclusionId).progress.length > 0);
  if (!task) throw new Error('the demo data has no open task with notes');
  render(
    <AntApp>
      <TasksPage />
    </AntApp>,
  );
  const button = await screen.findByRole('button', {
    name: `Cập nhật nhiệm vụ: ${task.text.slice(0, 80)}`,
  });
  fireEvent.click(button);
  const drawer = await screen.findByRole('dialog');
  await within(drawer).findByLabelText('Nội dung tiến độ');
  return { task, drawer };
}

function chooseStatus(drawer: HTMLElement, label: string) {
  fireEvent.mouseDown(within(drawer).getByRole('combobox', { name: 'Tình trạng' }));
  const option = [...document.querySelectorAll('.ant-select-item-option')].find(
    (o) => o.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  fireEvent.click(option);
}

describe('task follow-up from the list', () => {
  it('shows the notes so far, then saves a new status and a dated note with Ctrl+Enter', async () => {
    const { task, drawer } = await openFollowUp();
    const before = progressRows(task.conclusionId);
    const history = within(drawer).getByRole('list', { name: /Tiến độ đã ghi/ });
    expect(within(history).getAllByRole('listitem')).toHaveLength(before.length);
    expect(history.textContent).toContain(before.at(-1)?.note);
    expect(within(drawer).getByText(task.meetingTitle)).toBeTruthy();
    const save = within(drawer).getByRole('button', { name: /Lưu cập nhật/ }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    chooseStatus(drawer, 'Hoàn thành');
    const note = within(drawer).getByLabelText('Nội dung tiến độ');
    fireEvent.change(note, { target: { value: 'Đã hoàn thành, báo cáo UBND tỉnh ngày 20/11.' } });
    expect(save.disabled).toBe(false);
    fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(statusOf(task.conclusionId)?.status).toBe('done'));
    const after = progressRows(task.conclusionId);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.note).toBe('Đã hoàn thành, báo cáo UBND tỉnh ngày 20/11.');
    expect(after.at(-1)?.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    // The drawer shows the new note first and clears the note box; the open list drops the task.
    await waitFor(() =>
      expect(within(history).getAllByRole('listitem')[0]?.textContent).toContain('Đã hoàn thành'),
    );
    expect((within(drawer).getByLabelText('Nội dung tiến độ') as HTMLTextAreaElement).value).toBe('');
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: `Cập nhật nhiệm vụ: ${task.text.slice(0, 80)}` }),
      ).toBeNull(),
    );
  });

  it('shows a readable error next to the form and keeps what was typed, then saves after reloading', async () => {
    const { task, drawer } = await openFollowUp();
    const before = progressRows(task.conclusionId);
    // Someone changes the task elsewhere after the drawer loaded it.
    db().services.tasks.update({ conclusionId: task.conclusionId, dueDate: '2027-03-31' });

    chooseStatus(drawer, 'Đang thực hiện');
    const typed = 'Sở Kế hoạch và Đầu tư đang tổng hợp ý kiến.';
    fireEvent.change(within(drawer).getByLabelText('Nội dung tiến độ'), { target: { value: typed } });
    fireEvent.click(within(drawer).getByRole('button', { name: /Lưu cập nhật/ }));

    const alert = await within(drawer).findByRole('alert');
    expect(alert.textContent).toContain('vừa được sửa ở nơi khác');
    expect(alert.textContent).toContain('E_CONFLICT');
    expect((within(drawer).getByLabelText('Nội dung tiến độ') as HTMLTextAreaElement).value).toBe(typed);
    expect(progressRows(task.conclusionId)).toEqual(before);

    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await within(drawer).findByText(/hạn 31\/03\/2027/);
    expect((within(drawer).getByLabelText('Nội dung tiến độ') as HTMLTextAreaElement).value).toBe(typed);
    fireEvent.click(within(drawer).getByRole('button', { name: /Lưu cập nhật/ }));
    await waitFor(() => expect(progressRows(task.conclusionId).at(-1)?.note).toBe(typed));
    expect(statusOf(task.conclusionId)).toEqual({ status: 'in-progress', due_date: '2027-03-31' });
    // The row in the list shows the new note as the latest progress.
    await screen.findByText(new RegExp(`^Tiến độ \\d\\d/\\d\\d/\\d{4}: ${typed}$`));
  });
});
