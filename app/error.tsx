"use client";

// Shown when a page fails to load; the retry re-renders the segment.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="panel empty" role="status">
      <title>Something went wrong · Pledge tracker</title>
      <h1>Something went wrong</h1>
      <p>The page could not be loaded{error.digest ? ` (reference ${error.digest})` : ""}. The database may be unavailable.</p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
