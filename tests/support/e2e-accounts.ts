import type { Role } from "@/lib/auth/roles";

// The accounts the browser tests sign in with. They exist only in the throwaway e2e
// database that scripts/e2e-server.ts creates, so fixed passwords are harmless here.
export const E2E_USERS: Record<Role, { email: string; password: string; name: string }> = {
  admin: { email: "admin@e2e.test", password: "e2e-admin-password-1", name: "E2E Admin" },
  editor: { email: "editor@e2e.test", password: "e2e-editor-password-1", name: "E2E Editor" },
  viewer: { email: "viewer@e2e.test", password: "e2e-viewer-password-1", name: "E2E Viewer" },
};
