"use client";
import { startTransition, useActionState, useCallback, type FormEvent } from "react";
import type { Action, ActionState } from "@/lib/actions/core/result";

// Runs a server action from a form and keeps its typed result. Submitting through a
// transition (rather than <form action>) keeps what the user typed when the server refuses
// it: React would otherwise reset the form after every submission.
export function useActionForm<T>(action: Action<T>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const data = new FormData(event.currentTarget);
      startTransition(() => dispatch(data));
    },
    [dispatch],
  );
  const errors = (name: string): string[] | undefined => (state && !state.ok ? state.fieldErrors[name] : undefined);
  return { state, pending, onSubmit, errors };
}
