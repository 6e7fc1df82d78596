// A worker thread's part of one analysis: judge the COPY blocks the calling thread sends (see row-share.ts),
// or run a group of rules over the whole input and hand back their outputs (see rule-split.ts).
import { parentPort, workerData } from "node:worker_threads";
import { ruleGroupOutputs, rowMapper } from "../analyze.js";
import type { MapperData } from "./run.js";
import type { RuleGroupData, RuleGroupReply } from "./rule-split.js";
import type { BlockReply, BlockRequest } from "./row-share.js";

if ((workerData as RuleGroupData).kind === "rules") runRuleGroup(workerData as RuleGroupData);
else judgeBlocks(workerData as MapperData);

function runRuleGroup(data: RuleGroupData): void {
  const read = new Float64Array(data.progress);
  ruleGroupOutputs(data.path, data.options, data.ids, (bytes) => void (read[0] = bytes)).then(
    (outputs) => parentPort!.postMessage({ outputs } satisfies RuleGroupReply),
    (err: unknown) => parentPort!.postMessage({ failed: (err as Error)?.name ?? "error" } satisfies RuleGroupReply),
  );
}

function judgeBlocks(data: MapperData): void {
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
}
