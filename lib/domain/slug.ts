// Readable, stable ids for records an admin creates (dialogues, areas), in the style of the
// seeded ones ("japan-uk", "maritime-security"): they appear in URLs and API filters, so they
// are derived once at creation and never change with later renames.

export const SLUG_MAX = 60;

// "Japan-Australia 2+2 (Foreign & Defence)" -> "japan-australia-2plus2-foreign-and-defence".
// Returns "" when the name has no Latin letters or digits to build one from.
export function slugify(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents: "Côte" -> "Cote"
    .toLowerCase()
    .replace(/(\d)\s*\+\s*(\d)/g, "$1plus$2") // "2+2", as the seeded meeting ids spell it
    .replace(/&/g, " and ")
    .replace(/['’]/g, "") // "Ministers'" -> "ministers", not "ministers-"
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= SLUG_MAX) return words;
  // Cut at a word boundary so the id stays readable.
  const cut = words.slice(0, SLUG_MAX + 1);
  const end = cut.lastIndexOf("-");
  return (end > 0 ? cut.slice(0, end) : cut.slice(0, SLUG_MAX)).replace(/-+$/, "");
}

// A tag's id from its label ("Carrier strike group" -> "carrier-strike-group"). Simpler than
// slugify on purpose: tag ids already stored were made this way, and a tag typed again must
// find its row rather than create a second one.
export function tagSlug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
