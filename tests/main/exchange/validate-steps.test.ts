// Validating an exchange file a chunk of records at a time (so a merge's dry run leaves the app
// responsive) refuses the same files with the same first problem, at its place in the whole file.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { exchangeFileSchema } from '../../../shared/exchange';
import { firstProblem } from '../../../shared/validation';
import { validateExchange, validationSteps } from '../../../main/exchange/validate';
import { trackTestDbs } from '../../helpers/db';

const { fresh } = trackTestDbs();
const organizer = randomUUID();

function file(meetings = 2_500): Record<string, unknown> & { meetings: Record<string, unknown>[] } {
  return {
    format: 'so-hop-exchange',
    version: 1,
    organizations: [{ id: organizer, name: 'Văn phòng Tỉnh ủy', family: 'party' }],
    meetings: Array.from({ length: meetings }, (_, i) => ({
      id: randomUUID(),
      title: `Giao ban số ${i + 1}`,
      kind: 'cuoc-hop',
      startsAt: '2026-11-23T08:00:00+07:00',
      organizerIds: [organizer],
    })),
  };
}

function refusal(raw: unknown): AppError {
  const { services } = fresh();
  try {
    validateExchange(raw, services.ctx.repos);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('validating an exchange file in steps', () => {
  it('counts both passes over the records, step by step, up to twice their number', () => {
    const { services } = fresh();
    const steps = validationSteps(file(), services.ctx.repos);
    const seen: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      expect(step.value.total).toBe(2 * 2_501);
      seen.push(step.value.done);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(6);
    expect(seen.at(-1)).toBe(2 * 2_501);
    expect(step.value.meetings).toHaveLength(2_500);
  });

  it('names a bad record in a later chunk by its place in the whole file, as zod over the whole file does', () => {
    const raw = file();
    const bad = raw.meetings[1_734] ?? {};
    bad.startsAt = 'hôm qua';
    (raw.meetings[2_100] ?? {}).kind = 'không có';
    const whole = exchangeFileSchema.safeParse(raw);
    expect(whole.success).toBe(false);
    const expected = whole.error ? firstProblem(whole.error).path : '';
    expect(expected).toBe('meetings[1734].startsAt');
    const error = refusal(raw);
    expect(error.code).toBe('E_IMPORT_INVALID');
    expect(error.message).toContain(`tại ${expected}:`);
  });

  it('reports a header problem before any record, and a collection that is not a list by its name', () => {
    const wrongVersion = { ...file(3), version: 2 };
    (wrongVersion.meetings[0] ?? {}).kind = 'không có';
    expect(refusal(wrongVersion).message).toContain('tại version:');
    expect(refusal({ ...file(3), people: 'không phải mảng' }).message).toContain('tại people:');
    expect(refusal([file(3)]).message).toContain('tại (gốc):');
  });

  it('still refuses a reference to a record that is neither in the file nor in the data', () => {
    const raw = file();
    (raw.meetings[1_200] ?? {}).organizerIds = [randomUUID()];
    expect(refusal(raw).message).toContain('tại meetings[1200].organizerIds[0]:');
  });
});
