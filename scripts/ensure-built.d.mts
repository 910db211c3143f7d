export const outDir: string;
export function ensureBuilt(names: Array<'main' | 'preload' | 'renderer'>): Promise<void>;
