// Small helpers shared by the repositories for mapping rows to records.

/** SQL NULL → absent field. */
export function opt<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Escapes a user's text for `LIKE ... ESCAPE '\'`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
