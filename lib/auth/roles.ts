// Roles in increasing power: each role may do everything the ones before it may.
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  editor: "Editor",
  admin: "Admin",
};

export const ROLE_MEANINGS: Record<Role, string> = {
  viewer: "Reads the tracker (useful when reading requires sign-in)",
  editor: "Records meetings, pledges and status updates; sees the audit trail",
  admin: "Everything an editor does, and manages user accounts",
};

export function hasRole(actual: Role, needed: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}
