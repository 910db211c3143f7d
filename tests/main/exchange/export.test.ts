import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { demoExchange, demoIds } from '../../../main/demo/seed-data';
import { readFixture, trackTestDbs } from '../../helpers/db';

const { fresh } = trackTestDbs();

const ajv = new Ajv2020({ allErrors: false, strict: false });
const validateContract = ajv.compile(readFixture('exchange-format.schema.json') as object);

describe('exporting the exchange format', () => {
  it('writes files that satisfy the published JSON Schema', () => {
    const t = fresh();
    t.services.exchange.import(demoExchange());
    const file = JSON.parse(JSON.stringify(t.services.exchange.exportAll()));
    expect(validateContract(file), JSON.stringify(validateContract.errors)).toBe(true);
  });

  it('round-trips the demo data made from the seed articles', () => {
    const a = fresh();
    a.services.exchange.import(demoExchange());
    const { exportedAt: _a, ...first } = a.services.exchange.exportAll();
    const b = fresh();
    b.services.exchange.import(JSON.parse(JSON.stringify(first)));
    const { exportedAt: _b, ...second } = b.services.exchange.exportAll();
    expect(second).toEqual(first);
    expect(first.meetings).toHaveLength(4);
  });

  it('exports one meeting with its documents and everything they reference, including parent bodies', () => {
    const t = fresh();
    t.services.exchange.import(demoExchange());
    const file = t.services.exchange.exportMeeting(demoIds.meeting2015);
    expect(file.meetings?.map((m) => m.id)).toEqual([demoIds.meeting2015]);
    expect(file.documents?.map((d) => d.id)).toEqual([demoIds.notice2015]);
    expect(file.people?.map((p) => p.id)).toEqual([demoIds.leDinhSon]);
    // Văn phòng UBND is the organizer; UBND tỉnh is its parent and the chair's body.
    expect(new Set(file.organizations?.map((o) => o.id))).toEqual(new Set([demoIds.vpub, demoIds.ubnd]));
    expect(validateContract(JSON.parse(JSON.stringify(file)))).toBe(true);

    const target = fresh();
    expect(target.services.exchange.import(JSON.parse(JSON.stringify(file))).added.meetings).toBe(1);
  });

  it('keeps the order of attendees, conclusions and programme items', () => {
    const t = fresh();
    const input = readFixture('exchange-2019-programme.json') as {
      meetings: { attendees: { personId: string }[] }[];
    };
    t.services.exchange.import(input);
    const out = t.services.exchange.exportAll();
    expect(out.meetings?.[0]?.attendees?.map((a) => a.personId)).toEqual(
      input.meetings[0]?.attendees.map((a) => a.personId),
    );
    expect(out.programmes?.[0]?.items.map((i) => i.order)).toEqual(
      [1, 2, 3, 4, 5, 6].slice(0, out.programmes?.[0]?.items.length),
    );
  });
});
