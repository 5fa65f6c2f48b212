import Link from "next/link";

export default function DocumentNotFound() {
  return (
    <div className="panel empty">
      <title>Document not found · Pledge tracker</title>
      <h1>Document not found</h1>
      <p>
        No source document has this id. <Link href="/meetings">See the meetings and their documents</Link>.
      </p>
    </div>
  );
}
