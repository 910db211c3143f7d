import { AppError } from '../../shared/errors';

/** File-system failures as coded, Vietnamese errors (a file open in Word, a full disk, a missing folder…). */
export function fileError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = { cause: error };
  switch (code) {
    case 'ENOENT':
      return new AppError('E_FILE_NOT_FOUND', `Không tìm thấy tệp hoặc thư mục: ${file}`, cause);
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return new AppError(
        'E_FILE_LOCKED',
        `Không ghi được tệp ${file}: tệp đang mở trong chương trình khác (ví dụ Word) hoặc không có quyền ghi. Hãy đóng tệp rồi thử lại.`,
        cause,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('E_DISK_FULL', `Ổ đĩa đã đầy, không ghi được tệp ${file}.`, cause);
    case 'EROFS':
      return new AppError(
        'E_DB_READONLY',
        `Không ghi được tệp ${file}: ổ đĩa hoặc thư mục chỉ cho phép đọc (ví dụ USB bị khóa ghi).`,
        cause,
      );
    case 'EISDIR':
      return new AppError('E_USAGE', `${file} là một thư mục, không phải tệp.`, cause);
    default:
      return new AppError('E_INTERNAL', `Lỗi khi làm việc với tệp ${file}: ${String(error)}`, cause);
  }
}
