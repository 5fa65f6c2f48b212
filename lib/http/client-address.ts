import "server-only";
import { clientAddress } from "@/lib/auth/sign-in";
import { socketAddress } from "@/lib/http/request-context";

// The address a per-client limit counts a request against: with TRUST_PROXY=true the last
// X-Forwarded-For entry (what the reverse proxy saw), otherwise the socket's peer (a client
// can write any X-Forwarded-For it likes, so without a proxy the header means nothing).
export function requestClientAddress(headers: Headers): string | null {
  if (process.env.TRUST_PROXY === "true") return clientAddress(Object.fromEntries(headers), true);
  return socketAddress();
}
