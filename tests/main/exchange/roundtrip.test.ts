import { describe, expect, it } from 'vitest';
import { readFixture, trackTestDbs } from '../../helpers/db';

const { fresh } = trackTestDbs();

const withoutExportedAt = ({ exportedAt: _, ...rest }: { exportedAt?: string }) => rest;

describe('exchange round trip', () => {
  it('imports the 2019 programme example, exports, re-imports into an empty database and exports the same data', () => {
    const first = fresh();
    const report = first.services.exchange.import(readFixture('exchange-2019-programme.json'));
    expect(report.added).toEqual({ organizations: 4, people: 2, meetings: 1, programmes: 1, documents: 1 });
    const exported = first.services.exchange.exportAll();

    const second = fresh();
    second.services.exchange.import(JSON.parse(JSON.stringify(exported)));
    const again = second.services.exchange.exportAll();
    expect(withoutExportedAt(again)).toEqual(withoutExportedAt(exported));
  });
});
