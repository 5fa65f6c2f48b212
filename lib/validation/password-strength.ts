import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

// Whether a new password is too easy to guess, offline (ASVS 2.1.7): zxcvbn-ts with its
// common-language package, whose lists hold some 40,000 of the passwords most common in
// breaches, and its patterns (repeats, sequences, keyboard walks, dates, l33t). A password it
// rates below 3 of 4 (fewer than 10^8 guesses) is refused, whatever its length:
// "password1234" and "aaaaaaaaaaaa" are. Only the first 100 characters are rated (the estimate
// is slow on long input, and 100 strong characters are strong).

let checker: ZxcvbnFactory | undefined;

const MIN_SCORE = 3;

// Null when the password is fine, else what to tell its owner.
export function passwordWeakness(password: string, context: string[] = []): string | null {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const result = checker.check(password.slice(0, 100), context);
  if (result.score >= MIN_SCORE) return null;
  return "This password is too easy to guess (it is common, in lists of breached passwords, or a simple pattern): choose a longer or less predictable one";
}
