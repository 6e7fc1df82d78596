// A worker thread's part of one analysis: judge the COPY blocks the calling thread sends (see row-share.ts).
import { workerData } from "node:worker_threads";
import { rowMapper } from "../analyze.js";
import type { MapperData } from "./run.js";
import type { BlockReply, BlockRequest } from "./row-share.js";

const data = workerData as MapperData;
const counter = new Int32Array(data.posted);
const rowsJudged = new Int32Array(data.progress);
const rowJudged = () => void Atomics.add(rowsJudged, data.index, 1);
const mapper = rowMapper(data.options);
data.port.on("message", (request: BlockRequest) => {
  let reply: BlockReply;
  try {
    reply = { id: request.id, payload: mapper.judge(request, rowJudged) };
  } catch {
    // The calling thread judges the block itself.
    reply = { id: request.id, failed: true };
  }
  data.port.postMessage(reply);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
});
