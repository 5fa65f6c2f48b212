import fs from "node:fs";
import type pg from "pg";

// What prisma/schema.prisma says the database holds, and the comparison with what the
// migrated database actually holds. Prisma's own DMMF parser (@prisma/internals) is not a
// dependency and the generated client keeps no nullability or native types, so this reads
// the model and enum blocks itself; tests/unit/schema-model.test.ts checks it against the
// generated client and proves the comparison fails on a wrong model.

type SchemaField = {
  name: string;
  column: string;
  type: string;
  kind: "scalar" | "enum" | "object";
  optional: boolean;
  list: boolean;
  native?: { name: string; args: string[] };
};
type SchemaModel = { name: string; table: string; fields: SchemaField[] };
type SchemaEnum = { name: string; dbName: string; values: { name: string; dbName: string }[] };
export type SchemaModelSet = { models: SchemaModel[]; enums: SchemaEnum[] };

const SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);
const BLOCK_START = /^(model|enum|view|type|generator|datasource)\s+(\w+)\s*\{$/;
const FIELD = /^(\w+)\s+(\w+)(\?|\[\])?(?:\s+(.*))?$/;
const ENUM_VALUE = /^(\w+)(?:\s+(.*))?$/;
const MAP = /@map\(\s*(?:name:\s*)?"([^"]+)"/;
const BLOCK_MAP = /^@@map\(\s*(?:name:\s*)?"([^"]+)"/;
const NATIVE = /@db\.(\w+)(?:\(([^)]*)\))?/;

// Drops a `//` comment unless it sits inside a string, e.g. @default("https://...").
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"' && line[i - 1] !== "\\") inString = !inString;
    else if (!inString && line[i] === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

type Block = { keyword: string; name: string; lines: string[] };

function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: Block | null = null;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = stripComment(raw).trim();
    if (!line) continue;
    if (!current) {
      const start = line.match(BLOCK_START);
      if (!start) throw new Error(`schema-model: unexpected line outside a block: ${line}`);
      current = { keyword: start[1]!, name: start[2]!, lines: [] };
    } else if (line === "}") {
      result.push(current);
      current = null;
    } else current.lines.push(line);
  }
  if (current) throw new Error(`schema-model: block ${current.name} is not closed`);
  return result;
}

function parseEnum(block: Block): SchemaEnum {
  const result: SchemaEnum = { name: block.name, dbName: block.name, values: [] };
  for (const line of block.lines) {
    if (line.startsWith("@@")) {
      const map = line.match(BLOCK_MAP);
      if (map) result.dbName = map[1]!;
      continue;
    }
    const m = line.match(ENUM_VALUE);
    if (!m) throw new Error(`schema-model: cannot read enum ${block.name} line: ${line}`);
    result.values.push({ name: m[1]!, dbName: m[2]?.match(MAP)?.[1] ?? m[1]! });
  }
  return result;
}

function parseModel(block: Block, enumNames: Set<string>): SchemaModel {
  const model: SchemaModel = { name: block.name, table: block.name, fields: [] };
  for (const line of block.lines) {
    if (line.startsWith("@@")) {
      const map = line.match(BLOCK_MAP);
      if (map) model.table = map[1]!;
      continue;
    }
    const m = line.match(FIELD);
    // Unsupported("...") and other unknown shapes fail loudly rather than go unchecked.
    if (!m) throw new Error(`schema-model: cannot read model ${block.name} line: ${line}`);
    const name = m[1]!;
    const type = m[2]!;
    const modifier = m[3];
    const attributes = m[4] ?? "";
    const native = attributes.match(NATIVE);
    model.fields.push({
      name,
      column: attributes.match(MAP)?.[1] ?? name,
      type,
      kind: SCALARS.has(type) ? "scalar" : enumNames.has(type) ? "enum" : "object",
      optional: modifier === "?",
      list: modifier === "[]",
      ...(native
        ? { native: { name: native[1]!, args: native[2] ? native[2].split(",").map((a) => a.trim()) : [] } }
        : {}),
    });
  }
  return model;
}

export function parseSchema(text: string): SchemaModelSet {
  const all = blocks(text);
  const enums = all.filter((b) => b.keyword === "enum").map(parseEnum);
  const enumNames = new Set(enums.map((e) => e.name));
  const models = all.filter((b) => b.keyword === "model").map((b) => parseModel(b, enumNames));
  return { models, enums };
}

export function parseSchemaFile(file: string): SchemaModelSet {
  return parseSchema(fs.readFileSync(file, "utf8"));
}

// information_schema's data_type and udt_name for each PostgreSQL native type Prisma knows.
const NATIVE_TYPES: Record<string, [dataType: string, udt: string]> = {
  Text: ["text", "text"],
  VarChar: ["character varying", "varchar"],
  Char: ["character", "bpchar"],
  Uuid: ["uuid", "uuid"],
  Xml: ["xml", "xml"],
  Inet: ["inet", "inet"],
  Citext: ["USER-DEFINED", "citext"],
  Bit: ["bit", "bit"],
  VarBit: ["bit varying", "varbit"],
  Integer: ["integer", "int4"],
  SmallInt: ["smallint", "int2"],
  Oid: ["oid", "oid"],
  BigInt: ["bigint", "int8"],
  DoublePrecision: ["double precision", "float8"],
  Real: ["real", "float4"],
  Decimal: ["numeric", "numeric"],
  Money: ["money", "money"],
  Boolean: ["boolean", "bool"],
  Timestamp: ["timestamp without time zone", "timestamp"],
  Timestamptz: ["timestamp with time zone", "timestamptz"],
  Date: ["date", "date"],
  Time: ["time without time zone", "time"],
  Timetz: ["time with time zone", "timetz"],
  JsonB: ["jsonb", "jsonb"],
  Json: ["json", "json"],
  ByteA: ["bytea", "bytea"],
};
// The native type Prisma's PostgreSQL connector uses for a scalar without @db.
const DEFAULT_NATIVE: Record<string, string> = {
  String: "Text",
  Int: "Integer",
  BigInt: "BigInt",
  Float: "DoublePrecision",
  Decimal: "Decimal",
  Boolean: "Boolean",
  DateTime: "Timestamp",
  Json: "JsonB",
  Bytes: "ByteA",
};
const WITH_PRECISION = new Set(["Timestamp", "Timestamptz", "Time", "Timetz"]);

type ExpectedColumn = { dataType: string; udtName: string; datetimePrecision?: number };

function expectedColumn(field: SchemaField, enums: SchemaEnum[]): ExpectedColumn {
  let element: ExpectedColumn;
  if (field.kind === "enum") {
    const dbName = enums.find((e) => e.name === field.type)?.dbName ?? field.type;
    element = { dataType: "USER-DEFINED", udtName: dbName };
  } else {
    const nativeName = field.native?.name ?? DEFAULT_NATIVE[field.type];
    const shape = nativeName ? NATIVE_TYPES[nativeName] : undefined;
    if (!nativeName || !shape)
      throw new Error(`schema-model: no PostgreSQL type known for ${field.type} @db.${nativeName}`);
    element = { dataType: shape[0], udtName: shape[1] };
    // Prisma's DateTime defaults to precision 3; an explicit @db.Timestamptz without one is 6.
    if (WITH_PRECISION.has(nativeName))
      element.datetimePrecision = Number(field.native?.args[0] ?? (field.native ? 6 : 3));
  }
  return field.list ? { dataType: "ARRAY", udtName: `_${element.udtName}` } : element;
}

type DbColumn = {
  table: string;
  column: string;
  dataType: string;
  udtName: string;
  nullable: boolean;
  datetimePrecision: number | null;
};
export type DbShape = { tables: string[]; columns: DbColumn[]; enums: { name: string; values: string[] }[] };

// Tables a migration creates that no model maps to, on purpose.
const TABLES_WITHOUT_MODEL = ["_prisma_migrations"];

// Every difference between the schema and the database, as sentences; [] when they agree.
export function findSchemaDrift(schema: SchemaModelSet, db: DbShape): string[] {
  const problems: string[] = [];
  const tables = new Set(db.tables);
  const columns = new Map(db.columns.map((c) => [`${c.table}.${c.column}`, c]));
  for (const model of schema.models) {
    if (!tables.has(model.table)) {
      problems.push(`table ${model.table} (model ${model.name}) is missing`);
      continue;
    }
    const expectedColumns = new Set<string>();
    for (const field of model.fields.filter((f) => f.kind !== "object")) {
      const key = `${model.table}.${field.column}`;
      const where = `column ${key} (${model.name}.${field.name})`;
      expectedColumns.add(field.column);
      const actual = columns.get(key);
      if (!actual) {
        problems.push(`${where} is missing`);
        continue;
      }
      const expected = expectedColumn(field, schema.enums);
      const showType = (c: { dataType: string; udtName: string }) =>
        c.dataType === "USER-DEFINED" || c.dataType === "ARRAY" ? `${c.dataType} ${c.udtName}` : c.dataType;
      if (
        actual.dataType !== expected.dataType ||
        (/^(USER-DEFINED|ARRAY)$/.test(expected.dataType) && actual.udtName !== expected.udtName)
      ) {
        problems.push(`${where} is ${showType(actual)}, the schema says ${showType(expected)}`);
      } else if (expected.datetimePrecision !== undefined && actual.datetimePrecision !== expected.datetimePrecision) {
        problems.push(
          `${where} has precision ${actual.datetimePrecision}, the schema says ${expected.datetimePrecision}`,
        );
      }
      // Prisma declares list columns without NOT NULL, so a list's nullability says nothing.
      if (!field.list && actual.nullable !== field.optional) {
        problems.push(
          `${where} is ${actual.nullable ? "nullable" : "NOT NULL"}, the schema says ${field.optional ? "optional" : "required"}`,
        );
      }
    }
    for (const c of db.columns.filter((c) => c.table === model.table && !expectedColumns.has(c.column))) {
      problems.push(`column ${c.table}.${c.column} exists but model ${model.name} has no field for it`);
    }
  }
  const modelTables = new Set(schema.models.map((m) => m.table));
  for (const t of db.tables) {
    if (!modelTables.has(t) && !TABLES_WITHOUT_MODEL.includes(t))
      problems.push(`table ${t} exists but no model maps to it`);
  }
  const dbEnums = new Map(db.enums.map((e) => [e.name, e.values]));
  for (const e of schema.enums) {
    const actual = dbEnums.get(e.dbName);
    const expected = e.values.map((v) => v.dbName);
    if (!actual) problems.push(`enum ${e.dbName} is missing`);
    else if (actual.join(",") !== expected.join(",")) {
      problems.push(`enum ${e.dbName} has values [${actual.join(", ")}], the schema says [${expected.join(", ")}]`);
    }
  }
  const schemaEnums = new Set(schema.enums.map((e) => e.dbName));
  for (const e of db.enums)
    if (!schemaEnums.has(e.name)) problems.push(`enum ${e.name} exists but the schema has no such enum`);
  return problems;
}

// Reads the tables, columns and enums of the connection's current schema.
export async function readDatabaseShape(client: pg.Client): Promise<DbShape> {
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const columns = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: "YES" | "NO";
    datetime_precision: number | null;
  }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, datetime_precision
       FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const enums = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
       FROM pg_type t
       JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema()
      GROUP BY t.typname`,
  );
  const tableNames = tables.rows.map((r) => r.table_name);
  return {
    tables: tableNames,
    // information_schema.columns also lists views' columns; only tables matter here.
    columns: columns.rows
      .filter((r) => tableNames.includes(r.table_name))
      .map((r) => ({
        table: r.table_name,
        column: r.column_name,
        dataType: r.data_type,
        udtName: r.udt_name,
        nullable: r.is_nullable === "YES",
        datetimePrecision: r.datetime_precision,
      })),
    enums: enums.rows,
  };
}
