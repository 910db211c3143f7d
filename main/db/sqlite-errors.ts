// SQLite failures recognised by their codes and turned into coded, Vietnamese errors.
import { AppError } from '../../shared/errors';

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

export function toAppError(error: unknown, context = 'cơ sở dữ liệu'): AppError {
  if (error instanceof AppError) return error;
  const code =
    typeof (error as SqliteLikeError)?.code === 'string' ? ((error as SqliteLikeError).code as string) : '';
  const cause = { cause: error };
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_'))
    return new AppError(
      'E_DB_CORRUPT',
      `Tệp ${context} bị hỏng hoặc không phải cơ sở dữ liệu SQLite.`,
      cause,
    );
  if (code === 'SQLITE_FULL')
    return new AppError(
      'E_DISK_FULL',
      'Ổ đĩa đã đầy: không ghi được dữ liệu. Dữ liệu cũ vẫn nguyên vẹn.',
      cause,
    );
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED')
    return new AppError(
      'E_DB_BUSY',
      `Tệp ${context} đang bị một chương trình khác sử dụng. Hãy thử lại sau.`,
      cause,
    );
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_'))
    return new AppError(
      'E_DB_READONLY',
      `Không ghi được vào ${context}: thư mục hoặc tệp chỉ cho phép đọc.`,
      cause,
    );
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_'))
    return new AppError(
      'E_FILE_NOT_FOUND',
      `Không mở được tệp ${context}: kiểm tra đường dẫn và quyền truy cập.`,
      cause,
    );
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return new AppError('E_VALIDATION', 'Dữ liệu tham chiếu tới một bản ghi không tồn tại.', cause);
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE')
    return new AppError('E_CONFLICT', 'Mã định danh đã được dùng cho một bản ghi khác.', cause);
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return new AppError('E_VALIDATION', 'Dữ liệu không thỏa mãn ràng buộc của cơ sở dữ liệu.', cause);
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('E_INTERNAL', `Lỗi không mong muốn khi làm việc với ${context}: ${message}`, cause);
}
