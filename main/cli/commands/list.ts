// The command line's commands: what `--help` lists, and where each one's code is. A command's module
// (and what it needs: the DOCX writer, the backup worker, the IPC schemas…) is loaded only when that
// command runs, so `--help` or `check` does not evaluate the libraries `export-docx` needs.
import type { Command } from '../context';

export interface CommandEntry {
  usage: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: Record<string, CommandEntry> = {
  init: {
    usage: 'init',
    summary: 'Tạo (hoặc nâng cấp) cơ sở dữ liệu',
    load: () => import('./init').then((m) => m.initCommand),
  },
  import: {
    usage: 'import FILE',
    summary: 'Nhập tệp trao đổi JSON (gộp theo mã, bản mới hơn được giữ)',
    load: () => import('./import').then((m) => m.importCommand),
  },
  'export-json': {
    usage: 'export-json [--out FILE] [--meeting ID]',
    summary: 'Xuất toàn bộ dữ liệu (hoặc một cuộc họp) ra tệp trao đổi JSON',
    load: () => import('./export-json').then((m) => m.exportJsonCommand),
  },
  documents: {
    usage: 'documents [--meeting ID]',
    summary:
      'Liệt kê văn bản (dự thảo và đã ban hành): mã, loại, số, trích yếu; của một cuộc họp với --meeting',
    load: () => import('./documents').then((m) => m.documentsCommand),
  },
  draft: {
    usage: 'draft --meeting ID --type TYPE [--issuer ORG_ID]',
    summary:
      'Tạo dự thảo văn bản từ một cuộc họp (thông báo kết luận, biên bản, giấy mời, báo cáo, kế hoạch, công văn)',
    load: () => import('./draft').then((m) => m.draftCommand),
  },
  'export-docx': {
    usage: 'export-docx --document ID --out FILE.docx',
    summary: 'Xuất một văn bản ra tệp Word (.docx) đúng thể thức',
    load: () => import('./export-docx').then((m) => m.exportDocxCommand),
  },
  demo: {
    usage: 'demo',
    summary: 'Nạp dữ liệu mẫu dựng từ các bài báo về Nghệ An',
    load: () => import('./demo').then((m) => m.demoCommand),
  },
  check: {
    usage: 'check',
    summary: 'Kiểm tra tính toàn vẹn, khóa ngoại và phiên bản lược đồ (không thay đổi gì)',
    load: () => import('./check').then((m) => m.checkCommand),
  },
  backup: {
    usage: 'backup --out FILE [--passphrase-env VAR]',
    summary: 'Sao lưu toàn bộ dữ liệu ra tệp .sohop (mã hóa nếu có mật khẩu), kiểm tra lại sau khi ghi',
    load: () => import('./backup').then((m) => m.backupCommand),
  },
  restore: {
    usage: 'restore FILE [--passphrase-env VAR]',
    summary: 'Khôi phục từ tệp sao lưu (kiểm tra đầy đủ; dữ liệu hiện tại được sao lưu trước)',
    load: () => import('./restore').then((m) => m.restoreCommand),
  },
  merge: {
    usage: 'merge FILE [--dry-run] [--passphrase-env VAR]',
    summary: 'Gộp tệp sao lưu hoặc tệp trao đổi JSON của đơn vị khác (--dry-run: chỉ xem trước)',
    load: () => import('./merge').then((m) => m.mergeCommand),
  },
  inspect: {
    usage: 'inspect FILE [--passphrase-env VAR]',
    summary: 'Kiểm tra đầy đủ một tệp sao lưu và cho biết nó chứa gì (không thay đổi dữ liệu)',
    load: () => import('./inspect').then((m) => m.inspectCommand),
  },
  search: {
    usage: 'search TỪ_KHÓA [--year N] [--kind LOẠI]',
    summary: 'Tìm trong toàn bộ dữ liệu (cả biên bản, kết luận, văn bản), không phân biệt dấu',
    load: () => import('./search').then((m) => m.searchCommand),
  },
  tasks: {
    usage: 'tasks [--overdue] [--due-within NGÀY] [--organization ID]',
    summary: 'Nhiệm vụ đang mở: quá hạn, sắp đến hạn, theo đơn vị',
    load: () => import('./tasks').then((m) => m.tasksCommand),
  },
  report: {
    usage: 'report --from NGÀY --to NGÀY [--organization ID] --out TỆP.docx|TỆP.xlsx',
    summary: 'Báo cáo tình hình thực hiện kết luận (Word hoặc Excel)',
    load: () => import('./report').then((m) => m.reportCommand),
  },
};
