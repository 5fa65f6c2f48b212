// `npm run db:seed`: migrates, then loads the real data set when the database is empty.
import { prepareDatabase } from "./prepare-database";

const database = await prepareDatabase({ seed: true });
await database.stop();
