// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
import { prepareDatabase } from "./prepare-database";

const database = await prepareDatabase({ seed: false });
await database.stop();
