// A report made in memory goes either to the renderer (base64 over IPC; the preview offers it as a
// download) or to a file chosen by the user, written atomically (a file open in Word or Excel gives
// E_FILE_LOCKED and the old file stays). The counts a report carries (rows, meetings) travel with it.
import { writeFileAtomic } from '../files/atomic-write';

interface Built {
  fileName: string;
  data: Buffer;
}

export function forDownload<T extends Built>({ data, ...rest }: T): Omit<T, 'data'> & { dataBase64: string } {
  return { ...rest, dataBase64: data.toString('base64') };
}

export function saveBuilt<T extends Built>(
  file: string,
  { data, fileName: _name, ...counts }: T,
): Omit<T, 'data' | 'fileName'> & { path: string; bytes: number } {
  writeFileAtomic(file, data);
  return { path: file, bytes: data.length, ...counts };
}
