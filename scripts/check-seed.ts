// Prints every problem in the seed data set (the unit tests run the same check).
import { findDataSetProblems, loadDataSet } from "@/lib/seed/data-set";

const data = loadDataSet();
const problems = findDataSetProblems(data);
const updates = data.pledges.reduce((n, p) => n + p.updates.length, 0);
console.log(`${data.pledges.length} pledges, ${updates} status updates, ${data.documents.length} documents`);
for (const p of problems) console.log(`- ${p}`);
process.exit(problems.length ? 1 : 0);
