import { expect, test } from "@playwright/test";
import { data } from "../integration/expected-from-seed";

// Every record of the real data set opens: each meeting, document and pledge page, and each
// dialogue's matrix and briefing. A page that only breaks on some records (a reviewed meeting,
// a meeting without its statement, a superseded pledge) shows up here as a 5xx.

const paths = [
  ...data.meetings.map((m) => `/meetings/${m.id}`),
  ...data.documents.map((d) => `/documents/${d.id}`),
  ...data.pledges.map((p) => `/pledges/${p.id}`),
  ...data.dialogues.flatMap((d) => [`/matrix?dialogue=${d.id}`, `/briefing?dialogue=${d.id}`, `/?dialogue=${d.id}`]),
];

test("every meeting, document, pledge and dialogue of the real data set opens", async ({ request }) => {
  test.setTimeout(180_000);
  const failed: string[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    if (response.status() !== 200) failed.push(`${response.status()} ${path}`);
  }
  expect(failed).toEqual([]);
});
