// The application menu: Vietnamese labels, Windows accelerators, roles for editing and zoom,
// developer tools only in development, and commands sent to the window on the one command channel.
import type { BrowserWindow as ElectronWindow, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate } from '../../../main/menu';
import { appCommands } from '../../../shared/commands';
import { app, BrowserWindow, Menu, resetStandIn } from '../../helpers/electron-stand-in';

vi.mock('electron', () => import('../../helpers/electron-stand-in'));

beforeEach(resetStandIn);

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const labels = (items: Item[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const byLabel = (items: Item[], label: string): Item => {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
};
const click = (item: Item) => (item.click as () => void)();

describe('application menu', () => {
  it('has the four Windows menus with Vietnamese labels and Alt mnemonics', () => {
    const template = menuTemplate({ isPackaged: true, send: vi.fn() });
    expect(template.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', '&Xem', 'Trợ &giúp']);
    expect(labels(submenu(template[0]))).toEqual([
      'Cuộc họp mới',
      'Mở…',
      'Lưu',
      'Xem trước',
      'Xuất DOCX',
      'Sao lưu ngay',
      'Khôi phục…',
      'Gộp dữ liệu…',
      'Thoát',
    ]);
    expect(
      submenu(template[1])
        .filter((i) => i.role)
        .map((i) => [i.role, i.label]),
    ).toEqual([
      ['undo', 'Hoàn tác'],
      ['redo', 'Làm lại'],
      ['cut', 'Cắt'],
      ['copy', 'Sao chép'],
      ['paste', 'Dán'],
      ['selectAll', 'Chọn tất cả'],
    ]);
    expect(labels(submenu(template[3]))).toEqual(['Giới thiệu Sổ Họp']);
  });

  it('shows the page shortcuts without registering them twice; Ctrl+O is the menu own', () => {
    const file = submenu(menuTemplate({ isPackaged: true, send: vi.fn() })[0]);
    const keys = Object.fromEntries(
      file.filter((i) => i.accelerator).map((i) => [i.label, [i.accelerator, i.registerAccelerator]]),
    );
    expect(keys).toEqual({
      'Cuộc họp mới': ['Ctrl+N', false],
      'Mở…': ['Ctrl+O', undefined],
      Lưu: ['Ctrl+S', false],
      'Xem trước': ['Ctrl+P', false],
      'Xuất DOCX': ['Ctrl+E', false],
      Thoát: ['Alt+F4', undefined],
    });
    expect(byLabel(file, 'Thoát').role).toBe('quit');
  });

  it('sends each page command by name, and only names from the fixed list', () => {
    const send = vi.fn();
    const template = menuTemplate({ isPackaged: true, send });
    const items = template.flatMap(submenu).filter((i) => i.click);
    items.forEach(click);
    // 'file.opened' comes from a double-click in Explorer, never from the menu.
    const fromMenu = appCommands.filter((name) => name !== 'file.opened');
    expect(send.mock.calls.map(([name]) => name as string).sort()).toEqual([...fromMenu].sort());
  });

  it('opens the log folder from Trợ giúp → Mở thư mục nhật ký', () => {
    const openLogFolder = vi.fn();
    const help = submenu(menuTemplate({ isPackaged: true, send: vi.fn(), openLogFolder })[3]);
    expect(labels(help)).toEqual(['Giới thiệu Sổ Họp', 'Mở thư mục nhật ký']);
    click(byLabel(help, 'Mở thư mục nhật ký'));
    expect(openLogFolder).toHaveBeenCalledTimes(1);
  });

  it('offers zoom always, and reload and developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      submenu(menuTemplate({ isPackaged, send: vi.fn() })[2])
        .map((i) => i.role)
        .filter(Boolean);
    expect(roles(true)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(roles(false)).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'reload',
      'toggleDevTools',
    ]);
  });

  it('installs the menu for the app and sends commands to the window on sohop:command', () => {
    app.isPackaged = true;
    const window = new BrowserWindow({});
    let target: BrowserWindow | null = null;
    installMenu(() => target as unknown as ElectronWindow | null);
    const template = Menu.application?.template ?? [];
    expect(labels(submenu(template[2]))).not.toContain('Công cụ cho nhà phát triển');
    const backupNow = byLabel(submenu(template[0]), 'Sao lưu ngay');
    click(backupNow); // no window yet: nothing to send to, and no error
    target = window;
    click(backupNow);
    expect(window.webContents.sent).toEqual([{ channel: 'sohop:command', args: ['backup.now'] }]);
  });
});
