import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import "@/components/editor/editor.css";
import { UserMenu } from "@/components/editor/user-menu";

export const metadata: Metadata = {
  title: { default: "Pledge tracker", template: "%s · Pledge tracker" },
  description: "Pledges made at Japan's bilateral 2+2 ministerial meetings, and what became of each.",
};

// Every page reads live data from the database.
export const dynamic = "force-dynamic";

const NAV = [
  { href: "/", label: "Dashboard" },
  { href: "/pledges", label: "Pledges" },
  { href: "/meetings", label: "Meetings" },
  { href: "/areas", label: "Areas" },
  { href: "/matrix", label: "Matrix" },
  { href: "/charts", label: "Charts" },
  { href: "/briefing", label: "Briefing" },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container header-row">
            <Link href="/" className="brand">
              Pledge tracker
              <span className="brand-sub">Japan&rsquo;s 2+2 ministerial commitments</span>
            </Link>
            <nav aria-label="Main">
              <ul className="nav-list">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
            <UserMenu />
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer container">
          Every pledge and status cites its source paragraph. Status as of a meeting = the latest update on or before
          its date.
        </footer>
      </body>
    </html>
  );
}
