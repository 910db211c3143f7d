// The application menu, Windows style and in Vietnamese. Items that act on the page send a command
// name (shared/commands.ts) to the window; the page runs it through its command registry.
import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type AppCommand } from '../shared/commands';

/**
 * The page already handles these keys itself (and prevents the default), so the menu only shows
 * them: registering them too would run the command twice.
 */
const shown = (accelerator: string) => ({ accelerator, registerAccelerator: false });

export function menuTemplate(options: {
  isPackaged: boolean;
  send: (command: AppCommand) => void;
  /** Opens the log folder in Explorer (Trợ giúp → Mở thư mục nhật ký). */
  openLogFolder?: () => void;
}): MenuItemConstructorOptions[] {
  const command = (label: string, name: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => options.send(name),
    ...(accelerator ? shown(accelerator) : {}),
  });
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: 'Tải lại' },
        { role: 'toggleDevTools', label: 'Công cụ cho nhà phát triển' },
      ];
  return [
    {
      label: '&Tệp',
      submenu: [
        command('Cuộc họp mới', 'meeting.new', 'Ctrl+N'),
        // The page has no Ctrl+O of its own: this accelerator is the menu's.
        { label: 'Mở…', accelerator: 'Ctrl+O', click: () => options.send('file.open') },
        command('Lưu', 'save', 'Ctrl+S'),
        { type: 'separator' },
        command('Xem trước', 'preview', 'Ctrl+P'),
        command('Xuất DOCX', 'export-docx', 'Ctrl+E'),
        { type: 'separator' },
        command('Sao lưu ngay', 'backup.now'),
        command('Khôi phục…', 'backup.restore'),
        command('Gộp dữ liệu…', 'backup.merge'),
        { type: 'separator' },
        { role: 'quit', label: 'Thoát', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: '&Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: '&Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        { type: 'separator' },
        command('Nhiệm vụ quá hạn', 'tasks.overdue'),
        command('Nhiệm vụ đến hạn trong 7 ngày', 'tasks.due-soon'),
        ...developer,
      ],
    },
    {
      label: 'Trợ &giúp',
      submenu: [
        command('Giới thiệu Sổ Họp', 'about'),
        ...(options.openLogFolder ? [{ label: 'Mở thư mục nhật ký', click: options.openLogFolder }] : []),
      ],
    },
  ];
}

/** Sets the application menu; commands go to the window `target()` returns (none while closed). */
export function installMenu(target: () => BrowserWindow | null, logDir?: string): void {
  const send = (name: AppCommand) => target()?.webContents.send(COMMAND_CHANNEL, name);
  const openLogFolder = logDir
    ? () => void shell.openPath(logDir).catch((error: unknown) => console.error(error))
    : undefined;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ isPackaged: app.isPackaged, send, ...(openLogFolder ? { openLogFolder } : {}) }),
    ),
  );
}
