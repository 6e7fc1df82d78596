// A worker thread's part of one analysis: read the same file, judge the row blocks it claims (see row-share.ts).
import { workerData } from "node:worker_threads";
import { analyzeWithShare } from "../analyze.js";
import type { MapperData } from "./run.js";
import { MapperShare } from "./threaded-share.js";

const data = workerData as MapperData;
const share = new MapperShare(data.state, data.port, data.id, data.blockRows, data.ahead);
// Its blocks were posted as they were done; a failure hands the rest to the calling thread.
analyzeWithShare({ path: data.path }, data.options, share).catch(() => share.fail());
