import path from "node:path";
import { pathToFileURL } from "node:url";

// The header lib/http/peer-address-preload.mjs writes the socket's address into (the .mjs spells it
// too; tests/unit/peer-address.test.ts holds the two together).
export const PEER_ADDRESS_HEADER = "x-pledge-peer-address";

const PRELOAD = pathToFileURL(path.resolve(process.cwd(), "lib", "http", "peer-address-preload.mjs")).href;

// The environment for a `next start`/`next dev` child: NODE_OPTIONS preloads the .mjs.
export function withPeerAddress(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--import=${JSON.stringify(PRELOAD)}`;
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
}
