// The Electron menu's commands (window.sohop.onCommand; none in the preview), run through the same
// registry as the keyboard shortcuts.
import { App } from 'antd';
import { createElement, useEffect } from 'react';
import type { AppCommand } from '../../../shared/commands';
import { invoke } from '../api';
import { AboutContent } from './AboutContent';
import type { CommandRegistry } from './commands';
import { navigate } from './routes';
import { useOpenedFiles } from './useOpenedFiles';

export function useMenuCommands(commands: CommandRegistry): void {
  const { takeOpened, openFromDialog } = useOpenedFiles();
  const { message, modal } = App.useApp();
  useEffect(() => {
    const bridge = window.sohop;
    if (!bridge) return;
    const about = () =>
      void invoke('app.info', {}).then(
        (info) => {
          modal.info({
            title: `Giới thiệu Sổ Họp ${info.version}`,
            content: createElement(AboutContent, { info }),
            width: 640,
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
        case 'file.open':
          openFromDialog();
          return;
        case 'file.opened':
          takeOpened();
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
  }, [commands, message, modal, takeOpened, openFromDialog]);
}
