import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { fileError } from './errors';

/** Exchange files are JSON; anything larger than this is refused before it is read into memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export function readTextFile(file: string): string {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_INPUT_BYTES) throw new AppError('E_IMPORT_INVALID', `Tệp ${file} quá lớn (${size} byte).`);
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw fileError(error, file);
  }
}
