import "server-only";
import { countMatchingPledges, type PledgeFilters } from "@/lib/data/filters";
import { pledgeRecordBatches } from "@/lib/data/pledges";
import { csvChunk, recordToCsvRow } from "@/lib/import-export/csv";

// The pledges page's CSV and JSON downloads: every pledge matching its filters, with the
// status history, streamed in batches so that a large export stays light on memory.

function stream(parts: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
}

async function* csvParts(filters: PledgeFilters): AsyncGenerator<string> {
  let first = true;
  for await (const batch of pledgeRecordBatches(filters)) {
    yield csvChunk(batch.map(recordToCsvRow), first);
    first = false;
  }
  if (first) yield csvChunk([], true);
}

async function* jsonParts(filters: PledgeFilters): AsyncGenerator<string> {
  const total = await countMatchingPledges(filters);
  yield `{"exportedAt":${JSON.stringify(new Date().toISOString())},"filters":${JSON.stringify(filters)},"total":${total},"pledges":[`;
  let first = true;
  // One chunk a batch rather than one a pledge (fewer, larger writes to the stream).
  for await (const batch of pledgeRecordBatches(filters)) {
    let part = "";
    for (const record of batch) {
      part += `${first ? "" : ","}\n${JSON.stringify(record)}`;
      first = false;
    }
    yield part;
  }
  yield "\n]}\n";
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function csvExportResponse(filters: PledgeFilters): Response {
  return new Response(stream(csvParts(filters)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pledges-${stamp()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

export function jsonExportResponse(filters: PledgeFilters): Response {
  return new Response(stream(jsonParts(filters)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="pledges-${stamp()}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
