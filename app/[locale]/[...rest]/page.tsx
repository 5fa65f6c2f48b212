import { notFound } from "next/navigation";

// Any path under a language that names no page: the language's own "not found" page.
export default function UnknownPath() {
  notFound();
}
