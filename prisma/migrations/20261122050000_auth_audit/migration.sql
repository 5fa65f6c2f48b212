-- Accounts, roles, the audit trail and sign-in rate limiting (issue 3).

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'editor', 'admin');

-- CreateTable
-- A user is never deleted, only disabled, so the audit trail always names a real account.
-- session_version is bumped on disable, role change and password reset: a session minted
-- before that no longer matches and is refused for writes at once.
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "password_hash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    -- The app compares e-mail addresses lower-cased; the database makes sure of it.
    CONSTRAINT "users_email_lower_check" CHECK ("email" = lower("email"))
);

-- Who changed what, when, with the entity before and after. `actor` keeps the e-mail (or
-- "system: ...") as it was at the time; `entity_label` a readable name of what changed.
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "user_id" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "entity_label" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- One row per sign-in attempt, kept a day: the rate limit counts recent failures per
-- account and per client address here, so it survives restarts and spans app instances.
CREATE TABLE "sign_in_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT,
    "succeeded" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE INDEX "audit_events_entity_type_entity_id_created_at_idx" ON "audit_events"("entity_type", "entity_id", "created_at");
CREATE INDEX "audit_events_user_id_created_at_idx" ON "audit_events"("user_id", "created_at");
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");
CREATE INDEX "sign_in_attempts_email_created_at_idx" ON "sign_in_attempts"("email", "created_at");
CREATE INDEX "sign_in_attempts_address_created_at_idx" ON "sign_in_attempts"("address", "created_at");
CREATE INDEX "sign_in_attempts_created_at_idx" ON "sign_in_attempts"("created_at");
CREATE INDEX "status_updates_recorded_by_idx" ON "status_updates"("recorded_by");

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- status_updates.recorded_by now names the user who recorded the update. Rows loaded
-- before accounts existed (the seed wrote "seed") were recorded by no account.
UPDATE "status_updates" SET "recorded_by" = NULL
 WHERE "recorded_by" IS NOT NULL AND "recorded_by" NOT IN (SELECT "id" FROM "users");
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_recorded_by_fkey" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit trail is append-only, whoever connects: no UPDATE, no DELETE.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER "audit_events_append_only"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
