// `npm run user:create -- --email you@example.org --role admin [--name "Your Name"]`
// Creates an account on the app's database (DATABASE_URL, else the embedded one). The
// password is asked for (hidden) on a terminal, or generated and printed once; pass
// --generate to skip the question. `--reset-password` gives an existing account a new one.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount, resetAccountPassword } from "@/lib/auth/accounts";
import { ROLES, type Role } from "@/lib/auth/roles";
import { ZNewPassword } from "@/lib/validation/users";
import { prepareDatabase } from "./prepare-database";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "viewer" },
    name: { type: "string" },
    generate: { type: "boolean", default: false },
    "reset-password": { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// Reads a line without echoing it.
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) =>
      write(s.startsWith(question) ? s : "");
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function choosePassword(): Promise<string | undefined> {
  if (values.generate || !process.stdin.isTTY) return undefined;
  const first = await askHidden("Password (at least 12 characters; empty = generate one): ");
  if (!first) return undefined;
  const checked = ZNewPassword.safeParse(first);
  if (!checked.success) fail(checked.error.issues[0]!.message);
  if ((await askHidden("Same password again: ")) !== first) fail("The two passwords differ.");
  return first;
}

if (!values.email)
  fail(
    'Usage: npm run user:create -- --email you@example.org --role admin|editor|viewer [--name "Name"] [--generate] [--reset-password]',
  );
if (!ROLES.includes(values.role as Role)) fail(`--role must be one of: ${ROLES.join(", ")}`);

const password = await choosePassword();
const database = await prepareDatabase({ seed: false });
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
try {
  const account = values["reset-password"]
    ? await resetAccountPassword(prisma, values.email, { system: "user:create" }, password)
    : await createAccount(
        prisma,
        { email: values.email, name: values.name, role: values.role as Role, password },
        { system: "user:create" },
      );
  console.log(`${values["reset-password"] ? "New password set for" : "Created"} ${account.email} (${account.role}).`);
  if (account.generated) console.log(`Password (shown only now): ${account.password}`);
} catch (error) {
  const message =
    error instanceof ZodError
      ? error.issues.map((i) => i.message).join("; ")
      : error instanceof Error
        ? error.message
        : String(error);
  if (/Unique constraint|users_email_key/i.test(message))
    console.error(`An account with ${values.email} already exists (use --reset-password for a new password).`);
  else if (/No record was found|not found/i.test(message)) console.error(`No account has the e-mail ${values.email}.`);
  else console.error(message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
