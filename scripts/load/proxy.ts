// A real reverse proxy (nginx, from Debian's packages) in front of the app instances, for the
// load harness: round-robin over the instances, the client's address in X-Forwarded-For (the
// apps run with TRUST_PROXY=true), keep-alive to the upstreams. The same settings as
// deploy/nginx.conf, the compose file's proxy, except for the ports and the file paths.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type Proxy = { origin: string; stop: () => Promise<void> };

const NGINX = "/usr/sbin/nginx";

// Installs nginx when it is missing (the CI image and a fresh machine do not have it).
function ensureNginx(log: (line: string) => void) {
  if (fs.existsSync(NGINX)) return;
  log("installing nginx (apt-get install -y nginx)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx"], { stdio: "inherit", env });
  if (install().status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    if (install().status !== 0) throw new Error("could not install nginx: run `apt-get install -y nginx` as root");
  }
  // Debian starts the packaged service on port 80; the harness runs its own.
  spawnSync("service", ["nginx", "stop"], { stdio: "ignore" });
}

function nginxConfig(listen: number, upstreams: string[], prefix: string): string {
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream app {
${upstreams.map((u) => `    server ${u} max_fails=0;`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 4m;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 120s;
      # Downloads (the PDF, CSV and JSON) stream through as the app writes them.
      proxy_buffering off;
    }
  }
}
`;
}

export async function startProxy(options: {
  listen: number;
  upstreams: string[];
  dir: string;
  log: (line: string) => void;
}): Promise<Proxy> {
  ensureNginx(options.log);
  fs.rmSync(options.dir, { recursive: true, force: true });
  fs.mkdirSync(options.dir, { recursive: true });
  const conf = path.join(options.dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig(options.listen, options.upstreams, options.dir));
  const child = spawn(NGINX, ["-c", conf, "-p", options.dir, "-g", "daemon off;"], { stdio: "inherit" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${options.listen}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/api/v1/openapi.json`, { signal: AbortSignal.timeout(3_000) });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not come up; see ${options.dir}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    },
  };
}
