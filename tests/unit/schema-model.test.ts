import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import * as generatedEnums from "@/lib/generated/prisma/enums";
import { findSchemaDrift, parseSchema, parseSchemaFile, type DbShape } from "../integration/schema-model";

// The schema-drift test is only as good as its reading of schema.prisma and its comparison:
// check the reader against Prisma's own generated client, and make the comparison fail.

const FIXTURE = `
// A comment with "quotes" and // slashes
enum Colour {
  red
  dark_blue @map("dark-blue")
  @@map("colour")
}

model Widget {
  id        String    @id @default(cuid())
  url       String?   @default("https://example.org/x") // not a comment start inside the string
  count     Int       @default(0) @map("item_count")
  madeOn    DateTime  @map("made_on") @db.Date
  seenAt    DateTime? @map("seen_at") @db.Timestamptz(3)
  colour    Colour
  labels    String[]
  ownerId   String    @map("owner_id")
  owner     Owner     @relation(fields: [ownerId], references: [id])

  @@index([ownerId])
  @@map("widgets")
}

model Owner {
  id      String   @id
  widgets Widget[]
}
`;

// The database that FIXTURE describes, as readDatabaseShape() would report it.
function fixtureDatabase(): DbShape {
  const col = (
    table: string,
    column: string,
    dataType: string,
    udtName: string,
    nullable = false,
    datetimePrecision: number | null = null,
  ) => ({
    table,
    column,
    dataType,
    udtName,
    nullable,
    datetimePrecision,
  });
  return {
    tables: ["widgets", "Owner", "_prisma_migrations"],
    columns: [
      col("widgets", "id", "text", "text"),
      col("widgets", "url", "text", "text", true),
      col("widgets", "item_count", "integer", "int4"),
      col("widgets", "made_on", "date", "date", false, 0),
      col("widgets", "seen_at", "timestamp with time zone", "timestamptz", true, 3),
      col("widgets", "colour", "USER-DEFINED", "colour"),
      col("widgets", "labels", "ARRAY", "_text", true),
      col("widgets", "owner_id", "text", "text"),
      col("Owner", "id", "text", "text"),
    ],
    enums: [{ name: "colour", values: ["red", "dark-blue"] }],
  };
}

describe("parseSchema", () => {
  const schema = parseSchema(FIXTURE);
  const widget = schema.models.find((m) => m.name === "Widget")!;
  const field = (name: string) => widget.fields.find((f) => f.name === name)!;

  it("reads @@map, @map, optionality, lists, native types and relation fields", () => {
    expect(widget.table).toBe("widgets");
    expect(schema.models.find((m) => m.name === "Owner")!.table).toBe("Owner");
    expect(field("count")).toMatchObject({ column: "item_count", type: "Int", kind: "scalar", optional: false });
    expect(field("url")).toMatchObject({ column: "url", optional: true });
    expect(field("madeOn").native).toEqual({ name: "Date", args: [] });
    expect(field("seenAt")).toMatchObject({ optional: true, native: { name: "Timestamptz", args: ["3"] } });
    expect(field("colour").kind).toBe("enum");
    expect(field("labels")).toMatchObject({ list: true, optional: false });
    expect(field("owner").kind).toBe("object");
  });

  it("reads enum values with their @map and the enum's @@map", () => {
    expect(schema.enums).toEqual([
      {
        name: "Colour",
        dbName: "colour",
        values: [
          { name: "red", dbName: "red" },
          { name: "dark_blue", dbName: "dark-blue" },
        ],
      },
    ]);
  });

  it("fails loudly on a line it cannot read", () => {
    expect(() => parseSchema(`model A {\n  id Unsupported("circle")\n}`)).toThrow(/cannot read model A line/);
    expect(() => parseSchema(`model A {\n  id String`)).toThrow(/not closed/);
  });
});

describe("parseSchema on prisma/schema.prisma agrees with the generated Prisma client", () => {
  const schema = parseSchemaFile(path.join(process.cwd(), "prisma", "schema.prisma"));
  // Prisma's own reading of @map/@@map. _runtimeDataModel is internal: if a Prisma upgrade
  // removes it, replace this check rather than delete it.
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: "postgresql://unused@127.0.0.1:1/unused" }),
  });
  type RuntimeModel = {
    dbName: string | null;
    fields: { name: string; kind: string; type: string; dbName?: string }[];
  };
  const runtime = (client as unknown as { _runtimeDataModel?: { models: Record<string, RuntimeModel> } })
    ._runtimeDataModel;

  it("has the same models, tables, fields, columns and kinds", () => {
    expect(runtime, "PrismaClient._runtimeDataModel is gone: update this test").toBeDefined();
    expect(schema.models.map((m) => m.name).sort()).toEqual(Object.values(Prisma.ModelName).sort());
    for (const model of schema.models) {
      const theirs = runtime!.models[model.name]!;
      expect(model.table, model.name).toBe(theirs.dbName ?? model.name);
      expect(
        model.fields.map((f) => ({
          name: f.name,
          kind: f.kind,
          type: f.type,
          column: f.kind === "object" ? undefined : f.column,
        })),
      ).toEqual(
        theirs.fields.map((f) => ({
          name: f.name,
          kind: f.kind,
          type: f.type,
          column: f.kind === "object" ? undefined : (f.dbName ?? f.name),
        })),
      );
    }
  });

  it("has the same enums and values", () => {
    const theirs = Object.fromEntries(
      Object.entries(generatedEnums)
        .filter(([, v]) => typeof v === "object")
        .map(([name, values]) => [name, Object.keys(values as object)]),
    );
    expect(Object.fromEntries(schema.enums.map((e) => [e.name, e.values.map((v) => v.name)]))).toEqual(theirs);
  });
});

describe("findSchemaDrift", () => {
  const schema = parseSchema(FIXTURE);

  it("finds nothing when the database matches", () => {
    expect(findSchemaDrift(schema, fixtureDatabase())).toEqual([]);
  });

  it("reports a missing table, a missing column, a wrong type, precision or nullability", () => {
    const db = fixtureDatabase();
    db.tables = db.tables.filter((t) => t !== "Owner");
    db.columns = db.columns
      .filter((c) => c.column !== "owner_id")
      .map((c) =>
        c.column === "item_count"
          ? { ...c, dataType: "bigint", udtName: "int8" }
          : c.column === "url"
            ? { ...c, nullable: false }
            : c.column === "seen_at"
              ? { ...c, datetimePrecision: 6 }
              : c.column === "made_on"
                ? { ...c, dataType: "timestamp without time zone", udtName: "timestamp" }
                : c,
      );
    expect(findSchemaDrift(schema, db)).toEqual([
      "column widgets.url (Widget.url) is NOT NULL, the schema says optional",
      "column widgets.item_count (Widget.count) is bigint, the schema says integer",
      "column widgets.made_on (Widget.madeOn) is timestamp without time zone, the schema says date",
      "column widgets.seen_at (Widget.seenAt) has precision 6, the schema says 3",
      "column widgets.owner_id (Widget.ownerId) is missing",
      "table Owner (model Owner) is missing",
    ]);
  });

  it("reports an enum column of another enum, changed enum values, and extra tables, columns and enums", () => {
    const db = fixtureDatabase();
    db.columns = db.columns.map((c) => (c.column === "colour" ? { ...c, udtName: "shade" } : c));
    db.columns.push({
      table: "widgets",
      column: "legacy",
      dataType: "text",
      udtName: "text",
      nullable: true,
      datetimePrecision: null,
    });
    db.tables.push("orphans");
    db.enums = [
      { name: "colour", values: ["red", "blue"] },
      { name: "shade", values: ["light"] },
    ];
    expect(findSchemaDrift(schema, db)).toEqual([
      "column widgets.colour (Widget.colour) is USER-DEFINED shade, the schema says USER-DEFINED colour",
      "column widgets.legacy exists but model Widget has no field for it",
      "table orphans exists but no model maps to it",
      "enum colour has values [red, blue], the schema says [red, dark-blue]",
      "enum shade exists but the schema has no such enum",
    ]);
  });
});
