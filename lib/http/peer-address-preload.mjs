// Preloaded (node --import) into the app's server by `npm start`, `npm run dev` and the e2e
// server: every HTTP request gets the header below set to its socket's own address,
// overwriting whatever the client sent under that name, so the app can limit sign-ins per
// client without trusting X-Forwarded-For (lib/auth/sign-in.ts clientAddress). The
// environment variable tells the app that the header was written here.
import http from "node:http";

const HEADER = "x-pledge-peer-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const req = args[0];
    req.headers[HEADER] = (req.socket && req.socket.remoteAddress) || "";
  }
  return emit.call(this, event, ...args);
};
process.env.PLEDGE_PEER_ADDRESS = HEADER;
