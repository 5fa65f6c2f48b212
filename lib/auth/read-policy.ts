// Reading is open unless the deployment sets READ_REQUIRES_SIGN_IN=true. Kept apart from
// session.ts (which needs Next's request context) so the data layer can ask without loading it.
export function readRequiresSignIn(): boolean {
  return process.env.READ_REQUIRES_SIGN_IN === "true";
}
