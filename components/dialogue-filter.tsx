// A plain GET form choosing the dialogue, so the view is in the URL and works without script.
export function DialogueFilter({
  dialogues,
  selected,
  allowAll = true,
}: {
  dialogues: { id: string; name: string; pledges: number }[];
  selected?: string;
  allowAll?: boolean;
}) {
  return (
    <form method="get" className="filters" aria-label="Choose a dialogue">
      <label>
        Dialogue
        <select name="dialogue" defaultValue={selected ?? ""}>
          {allowAll && <option value="">All dialogues</option>}
          {dialogues.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.pledges})
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}
