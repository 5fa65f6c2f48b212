import type { SourceChoice } from "@/lib/data/documents";
import { formatDay } from "@/lib/domain/dates";

// Chooses where a status was reported: at a meeting (cite its statement) or on a date
// (cite any stored document). A plain GET form: the page reloads with that source's paragraphs.
export function SourceChooser({
  value,
  meetings,
  documents,
}: {
  value: SourceChoice | null;
  meetings: { id: string; title: string; date: string; documents: number }[];
  documents: { id: string; title: string; publishedOn: string | null }[];
}) {
  const current = value ? `${value.kind}:${value.id}` : "";
  return (
    <form method="get" className="filters source-chooser">
      <label>
        Reported at
        <select name="source" defaultValue={current}>
          <option value="">Choose…</option>
          <optgroup label="A meeting (cite its statement)">
            {meetings.map((m) => (
              <option key={m.id} value={`meeting:${m.id}`} disabled={m.documents === 0}>
                {m.title}, {formatDay(m.date)}
                {m.documents === 0 ? " (no document yet)" : ""}
              </option>
            ))}
          </optgroup>
          <optgroup label="On a date, citing a document">
            {documents.map((d) => (
              <option key={d.id} value={`document:${d.id}`}>
                {d.title}
                {d.publishedOn ? `, ${formatDay(d.publishedOn)}` : ""}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <button type="submit" className="secondary">
        Show its paragraphs
      </button>
    </form>
  );
}
