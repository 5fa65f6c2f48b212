import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links and client navigation that keep the reader's language. Pages and components use these,
// never next/link or next/navigation's router (eslint.config.mjs holds that rule).
export const { Link, usePathname, useRouter } = createNavigation(routing);
