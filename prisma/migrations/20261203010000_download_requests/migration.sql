-- Downloads (briefing PDF, CSV and JSON exports) counted per client address and minute, so
-- that every app instance enforces one per-client limit (lib/http/download-limit.ts).
CREATE TABLE "download_requests" (
    "client" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "download_requests_pkey" PRIMARY KEY ("client","window_start")
);

CREATE INDEX "download_requests_window_start_idx" ON "download_requests"("window_start");
