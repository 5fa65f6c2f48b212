import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { VISIONS, contrastRatio, deltaE2000, perceivedDifference } from "@/tests/support/colour";
import { STATUSES, STATUS_PALETTE, type Status } from "@/lib/domain/status";

type Palette = Record<Status, { fill: string; text: string }>;

// The surfaces a status colour sits on, read from the stylesheet that paints them.
const css = fs.readFileSync("app/[locale]/globals.css", "utf8");
const cssVar = (name: string) => {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(css)?.[1];
  if (!value) throw new Error(`--${name} not found in app/[locale]/globals.css`);
  return value;
};
const SURFACES = { page: cssVar("bg"), panel: cssVar("panel"), "table header": cssVar("surface-alt") };

// CIEDE2000 between any two statuses, for each vision: 10 reads as a clearly different colour.
const MIN_DIFFERENCE = 12;

function problems(palette: Palette): string[] {
  const found: string[] = [];
  for (const s of STATUSES) {
    const { fill, text } = palette[s];
    const word = contrastRatio(fill, text);
    if (word < 4.5) found.push(`${s}: word on badge ${word.toFixed(2)} < 4.5`);
    for (const [surface, colour] of Object.entries(SURFACES)) {
      const graphic = contrastRatio(fill, colour);
      if (graphic < 3) found.push(`${s}: against the ${surface} ${graphic.toFixed(2)} < 3`);
    }
  }
  for (const vision of VISIONS) {
    STATUSES.forEach((a, i) =>
      STATUSES.slice(i + 1).forEach((b) => {
        const d = perceivedDifference(palette[a].fill, palette[b].fill, vision);
        if (d < MIN_DIFFERENCE) found.push(`${a}/${b} under ${vision}: difference ${d.toFixed(1)} < ${MIN_DIFFERENCE}`);
      }),
    );
  }
  return found;
}

// The palette before issue 11: white words on every colour.
const OLD: Palette = {
  pledged: { fill: "#9aa5b1", text: "#ffffff" },
  in_progress: { fill: "#3b82f6", text: "#ffffff" },
  partly_delivered: { fill: "#f59e0b", text: "#ffffff" },
  delivered: { fill: "#15803d", text: "#ffffff" },
  stalled: { fill: "#b91c1c", text: "#ffffff" },
  dropped: { fill: "#52525b", text: "#ffffff" },
};

describe("the colour maths", () => {
  it("matches WCAG's contrast figures", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#3b82f6", "#ffffff")).toBeCloseTo(3.68, 2); // the "In progress" figure
  });

  it("matches Sharma's CIEDE2000 test pairs", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  it("sees red and green converge without red cones, and blue stay blue", () => {
    expect(perceivedDifference("#cc3333", "#339933", "protanopia")).toBeLessThan(
      perceivedDifference("#cc3333", "#339933", "normal") / 2,
    );
    expect(perceivedDifference("#cc3333", "#339933", "deuteranopia")).toBeLessThan(
      perceivedDifference("#cc3333", "#339933", "normal") / 2,
    );
    expect(perceivedDifference("#1c6cdb", "#d37606", "deuteranopia")).toBeGreaterThan(30);
  });
});

describe("the status palette", () => {
  it("passes contrast against the page and its own words, and stays distinct for colour-blind readers", () => {
    expect(problems(STATUS_PALETTE)).toEqual([]);
  });

  it("is a check that fails the palette it replaced", () => {
    const found = problems(OLD);
    expect(found).toContain("pledged: word on badge 2.50 < 4.5");
    expect(found).toContain("partly_delivered: against the page 2.02 < 3");
    expect(found.some((p) => p.startsWith("delivered/stalled under deuteranopia"))).toBe(true);
  });
});
