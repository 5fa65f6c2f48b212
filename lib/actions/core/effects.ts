import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

// What a successful action does to the request after its transaction commits. Next's
// functions need a request; integration tests swap in recorders here.

export type ActionEffects = { revalidateAll: () => void; redirect: (url: string) => void };

const nextEffects: ActionEffects = {
  // Every page reads live data, so any write may change any page: drop all cached renders
  // (and the browser's router cache) rather than keep a list per action that drifts.
  revalidateAll: () => revalidatePath("/", "layout"),
  redirect: (url) => redirect(url),
};

let current: ActionEffects = nextEffects;

// Set while a route handler of the write API runs an action: it answers with JSON, so the
// form's redirect after saving is skipped (the revalidation still happens).
const answeringJson = new AsyncLocalStorage<true>();

export function actionEffects(): ActionEffects {
  if (answeringJson.getStore()) return { revalidateAll: current.revalidateAll, redirect: () => {} };
  return current;
}

export function setActionEffects(effects: ActionEffects | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("Action effects cannot be replaced in production");
  current = effects ?? nextEffects;
}

// Runs an action for a JSON API request: the same action, without the redirect.
export function withoutRedirect<T>(run: () => Promise<T>): Promise<T> {
  return answeringJson.run(true, run);
}
