// Reading a file the user names (import, inspect, restore, merge): only a regular file, and a bounded
// size. The open is non-blocking, so a FIFO cannot hang it, and the type is checked on the open file
// (fstat), so a path swapped between a check and the open changes nothing. A device such as /dev/zero
// would otherwise be read until memory runs out.
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { fileError } from './errors';

// Not defined on Windows, where opening a pipe does not wait for a writer.
const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

function notRegular(file: string, stat: fs.Stats): AppError {
  if (stat.isDirectory()) return new AppError('E_USAGE', `${file} là một thư mục, không phải tệp.`);
  return new AppError(
    'E_FILE_NOT_REGULAR',
    `${file} không phải một tệp thông thường (mà là ống dẫn, thiết bị hoặc ổ cắm), nên không đọc. Hãy chọn tệp sao lưu hoặc tệp trao đổi thật.`,
  );
}

/** Runs `use` on a read-only descriptor of `file` and its size, after checking it is a regular file. */
export function withRegularFile<T>(file: string, use: (fd: number, size: number) => T): T {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    throw fileError(error, file);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw notRegular(file, stat);
    return use(fd, stat.size);
  } finally {
    fs.closeSync(fd);
  }
}

/** The whole of a regular file; `tooLarge` refuses one over `maxBytes` before anything is read. */
export function readRegularFile(
  file: string,
  maxBytes: number,
  tooLarge: (size: number) => AppError,
): Buffer {
  return withRegularFile(file, (fd, size) => {
    if (size > maxBytes) throw tooLarge(size);
    const bytes = Buffer.allocUnsafe(size);
    let done = 0;
    try {
      for (let read = 1; done < size && read > 0; done += read)
        read = fs.readSync(fd, bytes, done, size - done, done);
    } catch (error) {
      throw fileError(error, file);
    }
    // A file that shrank while being read gives what it held.
    return bytes.subarray(0, done);
  });
}
