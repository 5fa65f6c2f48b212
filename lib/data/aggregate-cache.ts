import "server-only";
import { db } from "./read-db";
import { today } from "@/lib/domain/dates";

// A process-wide cache of the read side's aggregates (dashboard, charts, briefing), keyed on
// the database's data_version, which a deferred trigger bumps at the commit of every
// transaction that changes what they read (prisma/migrations/20261129050000_data_version).
// Reading the version is one indexed single-row read; any write, from this instance, another
// one, or a script, makes every cached aggregate miss on its next read, so nothing served is
// older than the last commit a reader could see. Concurrent readers of a missing entry share
// one computation. Callers must treat the values as read-only: they are shared.

type Entry = { stamp: string; value: Promise<unknown> };

const MAX_ENTRIES = 500;
const store = globalThis as unknown as { aggregateCache?: Map<string, Entry> };
const entries = (store.aggregateCache ??= new Map<string, Entry>());

// "epoch:version:today": results that depend on today's date expire with it. Read through
// the guarded client, so a cached result is never served to someone who may not read.
export async function currentStamp(): Promise<string> {
  const [row] = await db.$queryRaw<{ epoch: string; version: bigint }[]>`SELECT epoch, version FROM data_version`;
  if (!row) throw new Error("data_version has no row: is the database migrated?");
  return `${row.epoch}:${row.version}:${today()}`;
}

// Turned off with AGGREGATE_CACHE=off (the bench does, to time the queries themselves).
const enabled = () => process.env.AGGREGATE_CACHE !== "off";

// `fn` with its results cached per data version; arguments must be JSON-serialisable.
export function cachedAggregate<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    if (!enabled()) return fn(...args);
    const stamp = await currentStamp();
    const key = `${name}:${JSON.stringify(args)}`;
    const hit = entries.get(key);
    if (hit?.stamp === stamp) {
      // Most recently used last, so eviction drops the least recently used.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<R>;
    }
    const value = fn(...args);
    entries.set(key, { stamp, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    return value;
  };
}
