// The Vietnamese name of each document type, as the screens and the command line show it.
import type { DocumentType } from './exchange';

export const documentTypeLabels: Record<DocumentType, string> = {
  'conclusion-notice': 'Thông báo kết luận',
  'coordination-programme': 'Chương trình phối hợp',
  minutes: 'Biên bản',
  invitation: 'Giấy mời',
  'official-letter': 'Công văn',
  report: 'Báo cáo',
  plan: 'Kế hoạch',
};
