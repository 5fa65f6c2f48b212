"use client";

// Opens the browser's print dialog; the print stylesheet turns the page into the briefing paper.
export function PrintButton() {
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      Print
    </button>
  );
}
