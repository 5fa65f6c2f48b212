// `npm run dev`: like `npm start` but with Next's dev server.
import { runNext } from "./run-next";

void runNext("dev");
