"use client";

import { DATABASE_UNAVAILABLE } from "@/lib/db/unavailable";

// Shown when a page fails to load; the retry re-renders the segment. A database that is down
// or restarting (lib/db/client.ts marks its errors) gets its own plain answer.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = error.digest === DATABASE_UNAVAILABLE;
  return (
    <div className="panel empty" role="status" data-error={unavailable ? "database-unavailable" : "unexpected"}>
      <title>{unavailable ? "Database unavailable · Pledge tracker" : "Something went wrong · Pledge tracker"}</title>
      <h1>{unavailable ? "The database is unavailable" : "Something went wrong"}</h1>
      {unavailable ? (
        <p>
          The tracker cannot reach its database at the moment (it may be restarting). Nothing is lost; try again in a
          few seconds.
        </p>
      ) : (
        <p>
          The page could not be loaded{error.digest ? ` (reference ${error.digest})` : ""}. The database may be
          unavailable.
        </p>
      )}
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
