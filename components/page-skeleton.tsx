// What a slow page shows while the server renders it: the shape of what is coming, and a
// status line that says so (screen readers hear it once).
export function PageSkeleton({ what }: { what: string }) {
  return (
    <div className="page-skeleton" aria-busy="true">
      <p role="status" className="muted">
        Loading {what}…
      </p>
      <div className="skeleton-bar" style={{ width: "40%" }} />
      <div className="skeleton-block" />
      <div className="skeleton-block" />
    </div>
  );
}
