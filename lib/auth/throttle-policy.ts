// How long a sign-in (or a password change's current-password check) must wait after
// failures: nothing below a threshold, then a delay that doubles with each further failure,
// up to a cap. A delay ends, so no run of guesses locks an account out for good; a browser
// that signed in to the account before is judged on its own failures (see throttle.ts).

export type ThrottleKey = "account" | "device" | "address";

export const THROTTLE = {
  thresholds: { account: 5, device: 5, address: 20 } satisfies Record<ThrottleKey, number>,
  baseMinutes: 1,
  capMinutes: 60,
  // Failures older than this count for nothing and are pruned.
  lookbackHours: 24,
  // The per-address count forgets faster: an office behind one address shares it.
  addressWindowMinutes: 60,
  // The count query reads at most this many rows per key: enough to reach the cap.
  countLimit: 40,
};

export type Failures = { count: number; last: Date | null };

// Minutes still to wait (0: may try now) after `failures` against a key with `threshold`.
export function waitMinutes(failures: Failures, threshold: number, now: Date): number {
  if (failures.count < threshold || !failures.last) return 0;
  const delay = Math.min(THROTTLE.capMinutes, THROTTLE.baseMinutes * 2 ** (failures.count - threshold));
  const remaining = failures.last.getTime() + delay * 60_000 - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 60_000) : 0;
}
