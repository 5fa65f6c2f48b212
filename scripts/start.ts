// `npm start`: database (embedded unless DATABASE_URL), migrations, real data, build, serve.
import { runNext } from "./run-next";

void runNext("start");
