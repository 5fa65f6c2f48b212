-- Server-side sessions, sign-in throttling by device, and append-only status updates (issue 9).

-- One row per sign-in. The session cookie (a JWT) names its row; signing out ends the row,
-- and a session is refused after expires_at, fixed at sign-in, however often it is used.
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- `device`: the device cookie a browser got at an earlier successful sign-in to this account;
-- its failures are counted on their own, so guesses from elsewhere cannot lock it out.
-- `throttled`: refused before the password was checked; not counted as a failure.
-- `purpose`: a sign-in, or the current-password check of a password change (own limit).
ALTER TABLE "sign_in_attempts" ADD COLUMN "device" TEXT;
ALTER TABLE "sign_in_attempts" ADD COLUMN "throttled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "sign_in_attempts" ADD COLUMN "purpose" TEXT NOT NULL DEFAULT 'sign_in';
ALTER TABLE "sign_in_attempts" ADD CONSTRAINT "sign_in_attempts_purpose_check" CHECK ("purpose" IN ('sign_in', 'password_change'));
CREATE INDEX "sign_in_attempts_device_created_at_idx" ON "sign_in_attempts"("device", "created_at");

-- Status updates are history: no DELETE, and no UPDATE but the one the app makes when a
-- meeting's date is corrected (reported_on follows the meeting). Whoever connects.
CREATE FUNCTION status_updates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.meeting_id IS NOT NULL
     AND (to_jsonb(NEW) - 'reported_on') = (to_jsonb(OLD) - 'reported_on')
     AND NEW.reported_on = (SELECT m.date FROM meetings m WHERE m.id = NEW.meeting_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'status_updates is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER "status_updates_append_only"
  BEFORE UPDATE OR DELETE ON "status_updates"
  FOR EACH ROW EXECUTE FUNCTION status_updates_append_only();
