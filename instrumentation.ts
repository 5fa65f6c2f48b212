// Runs once when a server process starts (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installUnavailableStatus } = await import("@/lib/http/request-context");
  installUnavailableStatus();
}
