import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CancellationTokenSource,
  CodeActionKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type CodeAction,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ProgressToken,
  type WorkDoneProgressReporter,
  type WorkDoneProgressServerReporter,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { addBaselineEntry, turnRuleOff } from "../config/edit.js";
import { locateConfig, readConfigFile } from "../config/load.js";
import { ConfigError } from "../report/baseline.js";
import type { Finding } from "../report/schema.js";
import { VERSION } from "../version.js";
import { analyzeDocument, type AnalysisOutcome } from "./analysis.js";
import { reportToDiagnostics } from "./diagnostics.js";
import { findingsAt, findingsIn, hoverFor } from "./hover.js";
import { fileLooksLikePgDump, looksLikePgDump, SNIFF_BYTES } from "./sniff.js";

export const COMMAND_ADD_TO_BASELINE = "dumpguard.addToBaseline";
export const COMMAND_TURN_RULE_OFF = "dumpguard.turnRuleOff";

/** Wait this long after an edit before re-checking (open and save check at once). */
const CHANGE_DEBOUNCE_MS = 200;
/** Below this size a check the server starts itself shows no progress (a client's workDoneToken always gets it). */
const SERVER_PROGRESS_BYTES = 4 * 1024 * 1024;
/** How many results to keep in all (open documents are never dropped). */
const MAX_KEPT_RESULTS = 64;
/** At most this often a `$/progress` report. */
const PROGRESS_INTERVAL_MS = 200;

interface Run {
  /** What the result depends on: document version or file mtime/size, and the config, spec and baseline files. */
  key: string;
  cancel: CancellationTokenSource;
  promise: Promise<AnalysisOutcome>;
  outcome?: AnalysisOutcome;
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

async function mtimeKey(path: string | undefined): Promise<string> {
  if (path === undefined) return "-";
  const s = await stat(path).catch(() => undefined);
  return s ? `${s.mtimeMs}:${s.size}` : "missing";
}

/** The files a result depends on besides the dump: the config that applies, and its spec and baseline. */
async function settingsKey(dumpPath: string | undefined): Promise<string> {
  const startDir = dumpPath ? dirname(dumpPath) : process.cwd();
  try {
    const configPath = locateConfig({ startDir });
    if (configPath === undefined) return "no-config";
    const loaded = readConfigFile(configPath);
    return [configPath, await mtimeKey(configPath), await mtimeKey(loaded.specPath), await mtimeKey(loaded.baselinePath)].join("|");
  } catch (err) {
    return `config-error:${(err as Error).message}`;
  }
}

/** The outcome as diagnostics on the dump: findings, or one diagnostic saying the settings are broken. */
function diagnosticsOf(outcome: AnalysisOutcome, uri: string): Diagnostic[] {
  if (outcome.kind === "report") return reportToDiagnostics(outcome.report, uri);
  if (outcome.kind === "config-error")
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: "dumpguard-config", source: "dumpguard", message: `dumpguard did not check this file: ${outcome.message}` }];
  return [];
}

/** Start the language server on standard input and output; resolves when the client closes the connection. */
export function startLanguageServer(): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const runs = new Map<string, Run>();
  const timers = new Map<string, NodeJS.Timeout>();
  let clientPulls = false;
  let clientProgress = false;
  let clientRefresh = false;

  // A notification, not window/showMessageRequest: the client owes no answer, and one that has no UI is fine.
  const tell = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
  // A server that dies takes every diagnostic with it: a fault in one check is logged, the others go on.
  process.on("unhandledRejection", (err) => connection.console.error(`dumpguard: ${(err as Error)?.stack ?? String(err)}`));

  const isDumpText = (doc: TextDocument) => looksLikePgDump(doc.getText({ start: { line: 0, character: 0 }, end: doc.positionAt(SNIFF_BYTES) }));

  /** The client's token when the request carried one, else a server-created progress when the client supports it. */
  const progressFor = async (token: ProgressToken | undefined, bytes: number | undefined): Promise<WorkDoneProgressReporter | WorkDoneProgressServerReporter | undefined> => {
    if (token !== undefined) return connection.window.attachWorkDoneProgress(token);
    // A check that ends in a blink needs no progress bar (and no create request on every keystroke).
    if (!clientProgress || bytes === undefined || bytes < SERVER_PROGRESS_BYTES) return undefined;
    try {
      return await connection.window.createWorkDoneProgress();
    } catch {
      return undefined;
    }
  };

  /** Start (or join) the analysis of a document for a key; a newer key cancels the older run. */
  const analysisFor = async (uri: string, key: string, source: { text?: string; path?: string }, progressToken?: ProgressToken, requestToken?: CancellationToken): Promise<Run> => {
    const current = runs.get(uri);
    if (current && current.key === key && current.outcome?.kind !== "cancelled") return current;
    current?.cancel.cancel();
    const cancel = new CancellationTokenSource();
    requestToken?.onCancellationRequested(() => cancel.cancel());
    const name = source.path ?? uri;
    const bytes = source.text !== undefined ? source.text.length : source.path !== undefined ? (await stat(source.path).catch(() => undefined))?.size : undefined;
    const reporter = await progressFor(progressToken, bytes);
    let last = 0;
    reporter?.begin("dumpguard", 0, `checking ${name}`, true);
    const run: Run = {
      key,
      cancel,
      promise: analyzeDocument({
        ...(source.path !== undefined ? { path: source.path } : {}),
        ...(source.text !== undefined ? { text: source.text } : {}),
        token: cancel.token,
        onProgress: (done, total) => {
          const now = Date.now();
          if (!reporter || now - last < PROGRESS_INTERVAL_MS) return;
          last = now;
          const mb = (done / 1e6).toFixed(0);
          reporter.report(total ? Math.min(99, Math.floor((done / total) * 100)) : 0, total ? `${mb} of ${(total / 1e6).toFixed(0)} MB` : `${mb} MB`);
        },
      }).then(
        (outcome) => {
          run.outcome = outcome;
          reporter?.done();
          return outcome;
        },
        (err: unknown) => {
          reporter?.done();
          connection.console.error(`dumpguard: internal error checking ${name}: ${(err as Error)?.stack ?? String(err)}`);
          run.outcome = { kind: "cancelled" };
          return run.outcome;
        },
      ),
    };
    runs.set(uri, run);
    // Results of files pulled but never opened are kept for hover and "unchanged" answers, the most recent few only.
    for (const old of runs.keys()) {
      if (runs.size <= MAX_KEPT_RESULTS) break;
      if (old !== uri && !documents.get(old)) runs.delete(old);
    }
    return run;
  };

  const cancelRun = (uri: string) => {
    runs.get(uri)?.cancel.cancel();
    runs.delete(uri);
    clearTimeout(timers.get(uri));
    timers.delete(uri);
  };

  /** Check an open document and push its diagnostics (clients without pull diagnostics). */
  const checkAndPush = async (doc: TextDocument) => {
    if (!isDumpText(doc)) return;
    const path = pathOf(doc.uri);
    const key = `v${doc.version}|${await settingsKey(path)}`;
    const run = await analysisFor(doc.uri, key, { text: doc.getText(), ...(path ? { path } : {}) });
    const outcome = await run.promise;
    // A newer edit or a close superseded this run: its result is stale.
    if (outcome.kind === "cancelled" || runs.get(doc.uri) !== run || documents.get(doc.uri)?.version !== doc.version) return;
    if (!clientPulls) await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(outcome, doc.uri) });
  };

  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    if (delay === 0) {
      timers.delete(doc.uri);
      void checkAndPush(doc);
      return;
    }
    // The edit makes the running check stale at once, whatever the debounce.
    runs.get(doc.uri)?.cancel.cancel();
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const latest = documents.get(doc.uri);
        if (latest) void checkAndPush(latest);
      }, delay),
    );
  };

  /** After the config, a spec or a baseline changed, every open dump is checked again. */
  const recheckAll = () => {
    for (const doc of documents.all()) {
      runs.get(doc.uri)?.cancel.cancel();
      runs.delete(doc.uri);
      schedule(doc, 0);
    }
    if (clientPulls && clientRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
  };

  const findingsOf = (uri: string): Finding[] => {
    const outcome = runs.get(uri)?.outcome;
    return outcome?.kind === "report" ? outcome.report.findings : [];
  };

  connection.onInitialize((params): InitializeResult => {
    clientPulls = params.capabilities.textDocument?.diagnostic !== undefined && (params.initializationOptions as { pushDiagnostics?: boolean } | undefined)?.pushDiagnostics !== true;
    clientProgress = params.capabilities.window?.workDoneProgress === true;
    clientRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: { identifier: "dumpguard", interFileDependencies: false, workspaceDiagnostics: false, workDoneProgress: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [COMMAND_ADD_TO_BASELINE, COMMAND_TURN_RULE_OFF] },
      },
      serverInfo: { name: "dumpguard", version: VERSION },
    };
  });

  const isSettingsFile = (uri: string) => /(?:^|\/)dumpguard\.config\.json$|\.baseline\.json$|\.spec\.json$/.test(uri);

  // TextDocuments reports an open as onDidOpen followed by onDidChangeContent: the open is checked at once, edits after a pause.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    const opening = justOpened.delete(document.uri);
    if (!isSettingsFile(document.uri)) schedule(document, opening ? 0 : CHANGE_DEBOUNCE_MS);
  });
  documents.onDidSave(({ document }) => {
    if (isSettingsFile(document.uri)) recheckAll();
    else schedule(document, 0);
  });
  documents.onDidClose(({ document }) => {
    justOpened.delete(document.uri);
    cancelRun(document.uri);
    if (!clientPulls) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((c) => isSettingsFile(c.uri))) recheckAll();
  });

  // Registered directly (not through languages.diagnostics.on) to see the request's own workDoneToken.
  connection.onRequest(DocumentDiagnosticRequest.type, async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    const path = pathOf(uri);
    const isDump = doc ? isDumpText(doc) : path !== undefined && (await fileLooksLikePgDump(path));
    if (!isDump) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // A document the editor synced is checked as it is in the editor; any other is read from disk by its URI.
    const key = `${doc ? `v${doc.version}` : `m${await mtimeKey(path)}`}|${await settingsKey(path)}`;
    const current = runs.get(uri);
    if (params.previousResultId === key && current?.key === key && current.outcome && current.outcome.kind !== "cancelled")
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: key };
    const run = await analysisFor(uri, key, doc ? { text: doc.getText(), ...(path ? { path } : {}) } : { path: path! }, params.workDoneToken, token);
    const outcome = await run.promise;
    if (outcome.kind === "cancelled" || token.isCancellationRequested) {
      if (runs.get(uri) === run) runs.delete(uri);
      throw new ResponseError(LSPErrorCodes.RequestCancelled, "the check was cancelled");
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId: key, items: diagnosticsOf(outcome, uri) };
  });

  connection.onHover(({ textDocument, position }) => {
    const contents = hoverFor(findingsAt(findingsOf(textDocument.uri), position));
    return contents ? { contents } : null;
  });

  connection.onCodeAction(({ textDocument, range, context }): CodeAction[] => {
    const findings = findingsIn(findingsOf(textDocument.uri), range);
    const actions: CodeAction[] = [];
    const ruleIds = new Set<string>();
    for (const f of findings) {
      const diagnostics = context.diagnostics.filter((d) => (d.data as { fingerprint?: string } | undefined)?.fingerprint === f.fingerprint);
      actions.push({
        title: `dumpguard: add this ${f.ruleId} finding to the baseline`,
        kind: CodeActionKind.QuickFix,
        ...(diagnostics.length ? { diagnostics } : {}),
        command: { title: "Add to baseline", command: COMMAND_ADD_TO_BASELINE, arguments: [{ uri: textDocument.uri, fingerprint: f.fingerprint, ruleId: f.ruleId }] },
      });
      ruleIds.add(f.ruleId);
    }
    for (const ruleId of ruleIds)
      actions.push({
        title: `dumpguard: turn rule ${ruleId} off in the config`,
        kind: CodeActionKind.QuickFix,
        command: { title: "Turn this rule off in the config", command: COMMAND_TURN_RULE_OFF, arguments: [{ uri: textDocument.uri, ruleId }] },
      });
    return actions;
  });

  connection.onExecuteCommand(({ command, arguments: args }) => {
    const arg = (args?.[0] ?? {}) as { uri?: string; fingerprint?: string; ruleId?: string };
    const path = arg.uri ? pathOf(arg.uri) : undefined;
    if (!path || !arg.ruleId) throw new ResponseError(-32602, `${command} needs the dump's file URI and a rule id`);
    const lookup = { startDir: dirname(path) };
    try {
      if (command === COMMAND_ADD_TO_BASELINE) {
        if (!arg.fingerprint || !/^[0-9a-f]{16}$/.test(arg.fingerprint)) throw new ResponseError(-32602, `${command} needs the finding's fingerprint`);
        const written = addBaselineEntry(lookup, { fingerprint: arg.fingerprint, rule: arg.ruleId });
        tell(`dumpguard: ${written.added ? "added the finding to" : "the finding is already in"} ${written.baseline}; write there why it is accepted.`);
        recheckAll();
        return written;
      }
      if (command === COMMAND_TURN_RULE_OFF) {
        const config = turnRuleOff(lookup, arg.ruleId);
        tell(`dumpguard: rule ${arg.ruleId} is off in ${config}.`);
        recheckAll();
        return { config };
      }
    } catch (err) {
      if (err instanceof ConfigError) throw new ResponseError(-32603, err.message);
      throw err;
    }
    throw new ResponseError(-32601, `unknown command ${command}`);
  });

  documents.listen(connection);
  return new Promise((resolveClosed) => {
    connection.onExit(() => resolveClosed());
    connection.onShutdown(() => {
      for (const uri of [...runs.keys()]) cancelRun(uri);
    });
    connection.listen();
  });
}
