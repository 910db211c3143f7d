// Turns a zod failure into one Vietnamese sentence naming the first bad field, e.g.
// `meetings[0].startsAt: ngày giờ phải theo ISO 8601 ...`.
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out.length === 0 ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'thiếu trường bắt buộc'
        : `sai kiểu dữ liệu (cần ${vietnameseType(issue.expected)})`;
    case 'invalid_value':
      return `giá trị không hợp lệ (chỉ nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'too_small':
      return issue.origin === 'array'
        ? `cần ít nhất ${String(issue.minimum)} phần tử`
        : issue.origin === 'string'
          ? 'không được để trống'
          : `phải từ ${String(issue.minimum)} trở lên`;
    case 'too_big':
      return issue.origin === 'array'
        ? `nhiều quá ${String(issue.maximum)} phần tử`
        : issue.origin === 'string'
          ? `dài quá ${String(issue.maximum)} ký tự`
          : `phải không quá ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'sai định dạng';
    case 'invalid_union':
      return 'giá trị không hợp lệ';
    default:
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'giá trị không hợp lệ';
  }
}

function vietnameseType(expected: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi',
    number: 'số',
    int: 'số nguyên',
    boolean: 'đúng/sai',
    object: 'đối tượng',
    array: 'mảng',
    null: 'null',
  };
  return names[expected] ?? expected;
}

export interface FieldProblem {
  path: string;
  message: string;
}

/** The first problem; `at` places its path in a larger whole (a chunk of records checked on its own). */
export function firstProblem(
  error: z.ZodError,
  at: (path: PropertyKey[]) => PropertyKey[] = (path) => path,
): FieldProblem {
  const issue = error.issues[0];
  if (!issue) return { path: '', message: 'dữ liệu không hợp lệ' };
  return { path: formatPath(at(issue.path)), message: describeIssue(issue) };
}
