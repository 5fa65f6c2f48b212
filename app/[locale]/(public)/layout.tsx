import { requireReader } from "@/lib/auth/session";

// Reading is open to everyone unless the deployment sets READ_REQUIRES_SIGN_IN=true; then
// every public page sends anonymous visitors to the sign-in page first.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  await requireReader();
  return children;
}
