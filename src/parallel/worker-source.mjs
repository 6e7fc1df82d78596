// Worker entry when dumpguard runs from its TypeScript sources (tests, scripts): load them through tsx.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
