import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor");
  return { title: t("home.title") };
}

const EDITOR_TASKS = [
  { key: "addMeeting", href: "/edit/meetings/new" },
  { key: "addPledge", href: "/edit/pledges/new" },
  { key: "review", href: "/edit/review" },
  { key: "status", href: "/pledges" },
  { key: "import", href: "/edit/import" },
  { key: "audit", href: "/edit/audit" },
] as const;

const ADMIN_TASKS = [
  { key: "users", href: "/edit/users" },
  { key: "dialogues", href: "/edit/dialogues" },
  { key: "areas", href: "/edit/areas" },
] as const;

export default async function EditorHome() {
  const user = await requireRole("editor", "/edit");
  const t = await getTranslations("editor.home");
  const tasks = hasRole(user.role, "admin") ? [...EDITOR_TASKS, ...ADMIN_TASKS] : EDITOR_TASKS;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className="link-cards">
        {tasks.map((task) => (
          <li key={task.key}>{t.rich(task.key, { link: (chunks) => <Link href={task.href}>{chunks}</Link> })}</li>
        ))}
      </ul>
    </>
  );
}
