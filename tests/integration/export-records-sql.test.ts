import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { today } from "@/lib/domain/dates";
import { latestEffective, type PledgeRecord } from "@/lib/domain/pledge-record";
import {
  getPledgeRecord,
  listPledgeRecords,
  pledgeRecordBatches,
  pledgeRecordSelect,
  toRecord,
} from "@/lib/data/pledges";
import { CSV_HEADER, guardCell, latestOf, recordToCsvRow } from "@/lib/import-export/csv";
import { csvExportResponse, jsonExportResponse } from "@/lib/import-export/export";

// Issue 19: the exports and the API read pledge records with one SQL query a batch
// (lib/data/pledges.ts recordJsonSql) instead of Prisma's findMany with pledgeRecordSelect,
// which the import still uses. On the real data set both reads give the same records, and the
// CSV and JSON downloads are byte for byte what the Prisma read and csv-stringify gave.

async function prismaRecords(where: { dialogueId?: string } = {}): Promise<PledgeRecord[]> {
  const now = today();
  const rows = await db.pledge.findMany({ where, select: pledgeRecordSelect, orderBy: { id: "asc" } });
  return rows.map((r) => toRecord(r, now));
}

// The CSV as the export wrote it before issue 19 (csv-stringify, latestEffective).
function csvBefore(records: PledgeRecord[]): string {
  const rows = records.map((r) => {
    expect(latestOf(r.history)).toBe(latestEffective(r.history));
    return recordToCsvRow(r);
  });
  const body = stringify(
    rows.map((r) => CSV_HEADER.map((k) => guardCell(r[k]))),
    { header: false, record_delimiter: "\r\n", quoted_match: /[\s"]/ },
  );
  return `\uFEFF${stringify([CSV_HEADER], { record_delimiter: "\r\n" })}${body}`;
}

const text = async (r: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await r.arrayBuffer());

describe("pledge records read in SQL", () => {
  it("are the records the Prisma read gives, for every pledge of the data set", async () => {
    const before = await prismaRecords();
    expect(before.length).toBeGreaterThan(50);
    const batches: PledgeRecord[][] = [];
    for await (const batch of pledgeRecordBatches({}, { batchSize: 7, ahead: 2 })) batches.push(batch);
    expect(batches.length).toBe(Math.ceil(before.length / 7));
    expect(JSON.stringify(batches.flat())).toBe(JSON.stringify(before));
    const { total, records } = await listPledgeRecords({}, 2, 20);
    expect(total).toBe(before.length);
    expect(JSON.stringify(records)).toBe(JSON.stringify(before.slice(20, 40)));
    for (const p of before) expect(JSON.stringify(await getPledgeRecord(p.id))).toBe(JSON.stringify(p));
    expect(await getPledgeRecord("no-such-pledge")).toBeNull();
  });

  it("make the same CSV and JSON files, byte for byte", async () => {
    for (const [filters, where] of [
      [{}, {}],
      [{ dialogue: "japan-uk" }, { dialogueId: "japan-uk" }],
    ] as const) {
      const before = await prismaRecords(where);
      expect(await text(csvExportResponse(filters))).toBe(csvBefore(before));
      const json = await text(jsonExportResponse(filters));
      const head = `,"filters":${JSON.stringify(filters)},"total":${before.length},"pledges":[`;
      const body = before.map((r, i) => `${i ? "," : ""}\n${JSON.stringify(r)}`).join("");
      expect(json.slice(json.indexOf(',"filters"'))).toBe(`${head}${body}\n]}\n`);
    }
  });

  it("make an empty CSV with its header when nothing matches", async () => {
    expect(await text(csvExportResponse({ q: "no pledge says this" }))).toBe(csvBefore([]));
  });
});
