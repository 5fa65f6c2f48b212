// A filter form's values as the query string a shareable URL carries: empty fields left out
// (an unset filter is absent, not "?q=&area="), each name once, in the form's order, and
// no page number (a new filter starts at page 1).
export function filterQuery(entries: Iterable<[string, string]>, drop: readonly string[] = ["page"]): string {
  const query = new URLSearchParams();
  for (const [name, raw] of entries) {
    const value = raw.trim();
    if (!value || drop.includes(name) || query.has(name)) continue;
    query.set(name, value);
  }
  const s = query.toString();
  return s ? `?${s}` : "";
}

// The same query without one filter (an active-filter chip's "remove" link).
export function withoutFilter(query: string, name: string): string {
  const params = new URLSearchParams(query);
  params.delete(name);
  params.delete("page");
  const s = params.toString();
  return s ? `?${s}` : "";
}
