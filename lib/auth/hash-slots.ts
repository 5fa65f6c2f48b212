import os from "node:os";

// A ceiling on password hashes running at once in this process (argon2id: 19 MiB and tens of
// milliseconds of a core each), so a flood of sign-ins holds at most half the cores and pages
// keep answering. A few attempts beyond the ceiling wait their turn (a burst of real sign-ins);
// the rest, and any that would wait too long, are answered "busy" at once, without hashing.

export const HASH_SLOTS = Math.max(1, Math.floor(os.availableParallelism() / 2));
export const HASH_QUEUE = 8 * HASH_SLOTS;
const MAX_WAIT_MS = 5_000;

export { BUSY_MESSAGE } from "./sign-in-error";

type Release = () => void;
type State = { busy: number; waiting: ((release: Release | null) => void)[] };

// One count per process, whichever bundle (route handler, server action) loaded this module.
const state: State = ((globalThis as { __pledgeHashSlots?: State }).__pledgeHashSlots ??= { busy: 0, waiting: [] });

function slot(): Release {
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const next = state.waiting.shift();
    if (next) next(slot());
    else state.busy--;
  };
}

// A slot (call the returned function to give it back; twice is harmless), or null: busy.
export function acquireHashSlot(): Promise<Release | null> {
  if (state.busy < HASH_SLOTS) {
    state.busy++;
    return Promise.resolve(slot());
  }
  if (state.waiting.length >= HASH_QUEUE) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.waiting.splice(state.waiting.indexOf(take), 1);
      resolve(null);
    }, MAX_WAIT_MS);
    const take = (release: Release | null) => {
      clearTimeout(timer);
      resolve(release);
    };
    state.waiting.push(take);
  });
}
