import { AppError } from '../../shared/errors';
import { readRegularFile } from './read-regular';

/** Exchange files are JSON; anything larger than this is refused before it is read into memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** A regular file's text (UTF-8); a FIFO, a device or a file over MAX_INPUT_BYTES is refused. */
export function readTextFile(file: string): string {
  return readRegularFile(
    file,
    MAX_INPUT_BYTES,
    (size) => new AppError('E_IMPORT_INVALID', `Tệp ${file} quá lớn (${size} byte).`),
  ).toString('utf8');
}
