// The Electron menu's commands (window.sohop.onCommand; none in the preview), run through the same
// registry as the keyboard shortcuts.
import { App } from 'antd';
import { useEffect } from 'react';
import type { AppCommand } from '../../../shared/commands';
import { invoke } from '../api';
import type { CommandRegistry } from './commands';
import { navigate } from './routes';

export function useMenuCommands(commands: CommandRegistry): void {
  const { message, modal } = App.useApp();
  useEffect(() => {
    const bridge = window.sohop;
    if (!bridge) return;
    const about = () =>
      void invoke('app.info', {}).then(
        (info) => {
          modal.info({
            title: 'Giới thiệu Sổ Họp',
            content: `Sổ Họp ${info.version} — sổ ghi cuộc họp, biên bản và văn bản cho văn phòng. Dữ liệu: ${info.databasePath}`,
            okText: 'Đóng',
          });
        },
        () => undefined,
      );
    const onCommand = (name: AppCommand) => {
      switch (name) {
        case 'meeting.new':
          navigate('#/meetings/new');
          return;
        case 'save':
          commands.save();
          return;
        case 'preview':
        case 'export-docx':
          if (!commands.run(name)) void message.info('Hãy mở một văn bản trước.');
          return;
        case 'backup.now':
        case 'backup.restore':
        case 'backup.merge':
          // Runs at once when the backup screen is open; otherwise when it opens.
          commands.run(name, { keep: true });
          navigate('#/settings/backup');
          return;
        case 'about':
          about();
          return;
        case 'tasks.overdue':
          navigate('#/tasks?filter=overdue');
          return;
        case 'tasks.due-soon':
          navigate('#/tasks?filter=due-soon');
          return;
      }
    };
    return bridge.onCommand(onCommand);
  }, [commands, message, modal]);
}
