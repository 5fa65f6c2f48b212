import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestClient } from "./helpers";
import { findSchemaDrift, parseSchemaFile, readDatabaseShape, type DbShape, type SchemaModelSet } from "./schema-model";

// The hand-written SQL migrations must build exactly what prisma/schema.prisma describes,
// or the generated client will query columns that are not there (or not what it thinks).

let schema: SchemaModelSet;
let db: DbShape;

beforeAll(async () => {
  schema = parseSchemaFile(path.join(process.cwd(), "prisma", "schema.prisma"));
  db = await withTestClient(readDatabaseShape);
});

describe("migrated database vs prisma/schema.prisma", () => {
  it("reads a non-trivial schema (so an empty parse cannot pass)", () => {
    expect(schema.models.map((m) => m.name)).toContain("Pledge");
    expect(schema.enums.map((e) => e.name)).toContain("PledgeStatus");
    expect(db.tables).toContain("pledges");
  });

  it("has every table, column, type, nullability and enum value the schema declares, and no others", () => {
    expect(findSchemaDrift(schema, db)).toEqual([]);
  });

  it("reports a model that disagrees with this database", () => {
    const wrong = structuredClone(schema);
    const pledge = wrong.models.find((m) => m.name === "Pledge")!;
    const field = (name: string) => pledge.fields.find((f) => f.name === name)!;
    field("title").column = "headline"; // missing column (and title left unclaimed)
    field("targetDate").optional = false; // nullability
    field("version").type = "String"; // type
    wrong.enums.find((e) => e.name === "Side")!.values.push({ name: "neither", dbName: "neither" });

    const problems = findSchemaDrift(wrong, db);
    expect(problems).toEqual(
      expect.arrayContaining([
        "column pledges.headline (Pledge.title) is missing",
        "column pledges.title exists but model Pledge has no field for it",
        "column pledges.target_date (Pledge.targetDate) is nullable, the schema says required",
        "column pledges.version (Pledge.version) is integer, the schema says text",
        "enum Side has values [japan, partner, both], the schema says [japan, partner, both, neither]",
      ]),
    );
    expect(problems).toHaveLength(5);
  });
});
