"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "@/lib/i18n/navigation";

// A thin bar at the top of the window while a client-side navigation is pending. The App
// Router has no router events, so the bar watches for what starts one and what ends it:
// - a click on a same-origin link that the router took over (Link prevents the browser's own
//   navigation; a plain link loads a new document, with the browser's own indicator);
// - the router's request for a page (an RSC request that is not a prefetch): how a
//   router.push, replace or refresh shows, wherever it is called from;
// - the end: the address the router shows changes (usePathname, useSearchParams, the
//   language), or the page's request has been read with no new address (a refresh).
// Not a live region: screen readers hear nothing while it runs; <main> is aria-busy meanwhile.
// `useLinkStatus` (next/link) reports only the one Link it is rendered inside, so it cannot
// drive a bar for every navigation.

type Phase = "idle" | "running" | "done";

// Shown only when a navigation takes longer than this (a cached page appears at once).
const SHOW_AFTER_MS = 120;
// How long the full bar stays before it fades out.
const DONE_MS = 300;
// A click that no request or new address follows (something else prevented the link) lets go.
const CLICK_GRACE_MS = 1_000;
// After the page's request is read, the router commits it: the bar waits this long for that.
const READ_GRACE_MS = 300;

let phase: Phase = "idle";
const pending = new Set<symbol>();
const listeners = new Set<() => void>();
let showTimer: ReturnType<typeof setTimeout> | undefined;
let doneTimer: ReturnType<typeof setTimeout> | undefined;

function setPhase(next: Phase) {
  if (phase === next) return;
  phase = next;
  for (const listener of listeners) listener();
}

function begin(): symbol {
  const token = Symbol("navigation");
  pending.add(token);
  clearTimeout(doneTimer);
  if (phase === "done") setPhase("running");
  else if (phase === "idle" && showTimer === undefined)
    showTimer = setTimeout(() => {
      showTimer = undefined;
      if (pending.size) setPhase("running");
    }, SHOW_AFTER_MS);
  return token;
}

function end(token?: symbol) {
  if (token) pending.delete(token);
  else pending.clear();
  if (pending.size) return;
  clearTimeout(showTimer);
  showTimer = undefined;
  if (phase !== "running") return;
  setPhase("done");
  doneTimer = setTimeout(() => setPhase("idle"), DONE_MS);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

function onClick(event: MouseEvent) {
  // Only a plain click that the router took over (it prevents the browser's navigation).
  if (!event.defaultPrevented || event.button !== 0) return;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return;
  if (link.target && link.target !== "_self") return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  // The same page (or a place in it): no navigation to wait for.
  if (url.pathname === window.location.pathname && url.search === window.location.search) return;
  const token = begin();
  setTimeout(() => end(token), CLICK_GRACE_MS);
}

// The router's request for a page: an RSC GET that is not a prefetch.
function isPageRequest(input: RequestInfo | URL, init?: RequestInit): boolean {
  const request = input instanceof Request ? input : undefined;
  const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
  const headers = new Headers(init?.headers ?? request?.headers);
  return method === "GET" && headers.get("rsc") === "1" && !headers.has("next-router-prefetch");
}

async function untilRead(response: Promise<Response>) {
  const token = begin();
  try {
    // A copy of the body, read to its end: the router reads the original.
    const reader = (await response).clone().body?.getReader();
    if (reader) while (!(await reader.read()).done);
    await new Promise((resolve) => setTimeout(resolve, READ_GRACE_MS));
  } catch {
    // Failed or aborted: the router handles it; the bar only stops.
  } finally {
    end(token);
  }
}

// Wraps window.fetch to see the router's page requests; calls pass through unchanged.
function watchPageRequests(): () => void {
  const original = window.fetch;
  const watching: typeof fetch = (input, init) => {
    const response = original.call(window, input, init);
    if (isPageRequest(input, init)) void untilRead(response);
    return response;
  };
  window.fetch = watching;
  return () => {
    if (window.fetch === watching) window.fetch = original;
  };
}

export function NavigationProgress() {
  const t = useTranslations("common");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const locale = useLocale();
  const current = useSyncExternalStore(
    subscribe,
    () => phase,
    () => "idle" as Phase,
  );

  // A new address: the navigation has committed.
  useEffect(() => end(), [pathname, search, locale]);

  useEffect(() => {
    window.addEventListener("click", onClick);
    const unwatch = watchPageRequests();
    return () => {
      window.removeEventListener("click", onClick);
      unwatch();
    };
  }, []);

  useEffect(() => {
    const main = document.getElementById("main");
    if (current === "running") main?.setAttribute("aria-busy", "true");
    else main?.removeAttribute("aria-busy");
  }, [current]);

  return (
    <div
      className="nav-progress"
      data-phase={current}
      role="progressbar"
      aria-label={t("navigationProgress")}
      hidden={current === "idle"}
    >
      <div className="nav-progress-bar" />
    </div>
  );
}
