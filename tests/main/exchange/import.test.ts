import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { readFixture, trackTestDbs, type TestDb } from '../../helpers/db';

type Json = Record<string, unknown> & {
  meetings: Record<string, unknown>[];
  people: Record<string, unknown>[];
};
const example = () => readFixture('exchange-2019-programme.json') as Json;
const { fresh } = trackTestDbs({ clock: true });

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

const snapshot = (t: TestDb) => {
  const { exportedAt: _, ...data } = t.services.exchange.exportAll();
  return data;
};

describe('importing an exchange file', () => {
  it('refuses a file with one bad field, names its path, and writes nothing', () => {
    const t = fresh();
    t.services.exchange.import(example());
    const before = snapshot(t);
    const bad = example();
    bad.meetings[0] = {
      ...bad.meetings[0],
      title: 'Đổi tên',
      updatedAt: '2030-01-01T00:00:00+07:00',
      startsAt: '15/01/2019',
    };
    const error = refusal(() => t.services.exchange.import(bad));
    expect(error.code).toBe('E_IMPORT_INVALID');
    expect(error.path).toBe('meetings[0].startsAt');
    expect(error.message).toContain('meetings[0].startsAt');
    expect(snapshot(t)).toEqual(before);
  });

  it('refuses a reference to a record that is neither in the file nor in the database', () => {
    const t = fresh();
    const bad = example();
    const attendees = bad.meetings[0]?.attendees as { personId: string }[];
    attendees[1] = { ...attendees[1], personId: '00000000-0000-4000-8000-000000000000' } as {
      personId: string;
    };
    const error = refusal(() => t.services.exchange.import(bad));
    expect(error.path).toBe('meetings[0].attendees[1].personId');
    expect(snapshot(t).meetings).toEqual([]);
  });

  it('refuses an id used twice in one collection', () => {
    const t = fresh();
    const bad = example();
    bad.people.push({ ...bad.people[0], fullName: 'Người khác' });
    expect(refusal(() => t.services.exchange.import(bad)).path).toBe('people[2].id');
  });

  it('refuses a file that is not the exchange format', () => {
    const t = fresh();
    expect(refusal(() => t.services.exchange.import({ format: 'other', version: 1 })).path).toBe('format');
    expect(refusal(() => t.services.exchange.importText('{"format": "so-hop-exchange", ')).code).toBe(
      'E_IMPORT_JSON',
    );
  });

  it('lets a newer updatedAt win and keeps the stored record when the incoming one is older or equal', () => {
    const t = fresh();
    t.services.exchange.import(example());
    const newer = example();
    newer.people[0] = {
      ...newer.people[0],
      fullName: 'Thái Thanh Quý (mới)',
      updatedAt: '2026-11-23T09:00:00+07:00',
    };
    newer.people[1] = { ...newer.people[1], fullName: 'Tên cũ hơn', updatedAt: '2026-11-21T09:00:00+07:00' };
    const report = t.services.exchange.import(newer);
    expect(report.updated.people).toBe(1);
    expect(report.skipped.people).toBe(1);
    const names = snapshot(t).people?.map((p) => p.fullName);
    expect(names).toContain('Thái Thanh Quý (mới)');
    expect(names).toContain('Nguyễn Nam Đình');
  });

  it('compares updatedAt as instants, whatever the offset', () => {
    const t = fresh();
    t.services.exchange.import(example());
    const sameInstant = example();
    sameInstant.people[0] = {
      ...sameInstant.people[0],
      fullName: 'Không đổi',
      updatedAt: '2026-11-22T02:00:00Z',
    };
    expect(t.services.exchange.import(sameInstant).skipped.people).toBe(2);
  });

  it('never overwrites with a record that has no updatedAt, but adds it when it is new', () => {
    const t = fresh();
    t.services.exchange.import(example());
    const file = example();
    const { updatedAt: _, ...withoutStamp } = file.people[0] as { updatedAt: string };
    file.people[0] = { ...withoutStamp, fullName: 'Ghi đè trái phép' };
    file.people.push({ id: '5b0a4c55-2b44-4f55-9a39-0a3a1f9d7c11', fullName: 'Cán bộ mới' });
    const report = t.services.exchange.import(file);
    expect(report.skipped.people).toBe(2);
    expect(report.added.people).toBe(1);
    const people = snapshot(t).people ?? [];
    expect(people.map((p) => p.fullName)).not.toContain('Ghi đè trái phép');
    expect(people.find((p) => p.fullName === 'Cán bộ mới')?.updatedAt).toMatch(/\+07:00$/);
  });

  it('stores text in NFC even when the file has decomposed Vietnamese', () => {
    const t = fresh();
    const file = example();
    file.people[0] = { ...file.people[0], fullName: 'Thái Thanh Quý'.normalize('NFD') };
    t.services.exchange.import(file);
    const name = snapshot(t).people?.find((p) => p.id === file.people[0]?.id)?.fullName ?? '';
    expect(name).toBe('Thái Thanh Quý'.normalize('NFC'));
    expect(name).not.toBe('Thái Thanh Quý'.normalize('NFD'));
  });

  it('raises the register to the numbers of issued documents it brings in', () => {
    const t = fresh();
    t.services.exchange.import(example());
    // The example's joint programme is number 12 of the Ban cán sự đảng; the Party term must be known.
    t.services.register.setDefaultTermStart('2015-10-01');
    t.services.exchange.import(example());
    const other = fresh();
    other.services.register.setDefaultTermStart('2015-10-01');
    other.services.exchange.import(example());
    expect(
      other.services.register.peekNext(
        'e239c96a-3f5b-52e2-a810-cda57b0b7369',
        'coordination-programme',
        '2019-06-01',
      ),
    ).toBe(13);
  });
});
