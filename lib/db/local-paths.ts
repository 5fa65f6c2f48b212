import path from "node:path";

// Where the zero-config setup keeps its state (git-ignored): the embedded database and secrets.
export const DATA_DIR = path.resolve(process.env.PLEDGE_DATA_DIR ?? path.join(process.cwd(), ".data"));

export const EMBEDDED_PORTS = {
  app: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  test: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339),
};
