import { spawn, spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, utimesSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type Hover, type MarkupContent } from "vscode-languageserver-protocol/node";
import { Report, type Finding } from "../../src/report/schema.js";
import { CLI, startClient, type TestClient } from "./client.js";

const SECRETS = "corpus/dumps/secrets/plain.sql";
const HOSTS = "corpus/dumps/hosts/plain.sql";
const dir = mkdtempSync(join(tmpdir(), "dumpguard-lsp-"));

function cliReport(path: string): Report {
  const r = spawnSync(process.execPath, [CLI, "check", path, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return Report.parse(JSON.parse(r.stdout));
}

async function cliReportAsync(path: string): Promise<Report> {
  const child = spawn(process.execPath, [CLI, "check", path, "--format", "json"]);
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => child.once("exit", resolve));
  return Report.parse(JSON.parse(out));
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** What the CLI's JSON says each diagnostic must be (computed here from the report, not by the server's code). */
function expectedFromCli(finding: Finding) {
  const at = (p: { line: number; column: number }) => ({ line: p.line - 1, character: p.column - 1 });
  const range = finding.location.kind === "dump" ? { start: at(finding.location.range.start), end: at(finding.location.range.end) } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    message: finding.message,
    count: finding.count,
    fingerprint: finding.fingerprint,
    related: (finding.related ?? []).map((r) => ({ range: { start: at(r.range.start), end: at(r.range.end) }, message: r.message })),
  };
}

function actualFromLsp(d: Diagnostic, uri: string) {
  const data = d.data as { fingerprint: string; count?: number };
  return {
    range: d.range,
    severity: d.severity,
    code: d.code,
    message: d.message,
    count: data.count,
    fingerprint: data.fingerprint,
    related: (d.relatedInformation ?? []).filter((r) => r.location.uri === uri).map((r) => ({ range: r.location.range, message: r.message })),
  };
}

const order = (a: { fingerprint: string }, b: { fingerprint: string }) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);

function expectSameAsCli(diagnostics: Diagnostic[], report: Report, uri: string) {
  expect(report.findings.length).toBeGreaterThan(0);
  expect(diagnostics.map((d) => actualFromLsp(d, uri)).sort(order)).toEqual(report.findings.map(expectedFromCli).sort(order));
}

/** The GitHub anchor of each README heading. */
function readmeAnchors(): Set<string> {
  const text = readFileSync("README.md", "utf8");
  return new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-")));
}

const unescapeMarkdown = (text: string) => text.replace(/\\(.)/g, "$1");

describe.runIf(existsSync(CLI))("dumpguard lsp with a real LSP client over stdio", () => {
  let client: TestClient;
  const secrets = join(dir, "secrets-handoff.txt"); // any extension: the header decides
  const secretsUri = pathToFileURL(secrets).href;
  beforeAll(async () => {
    copyFileSync(SECRETS, secrets);
    // Push diagnostics: this client does not declare pull support.
    client = await startClient({ window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } });
  });
  afterAll(async () => {
    await client?.close();
  });

  it("initializes with diagnostics (push and pull), hover, code actions and its commands", () => {
    const { capabilities, serverInfo } = client.initializeResult;
    expect(serverInfo?.name).toBe("dumpguard");
    expect(capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.executeCommandProvider?.commands).toEqual(["dumpguard.addToBaseline", "dumpguard.turnRuleOff"]);
  });

  it("pushes diagnostics on open equal to dumpguard check --format json (ranges, severities, codes, counts, related rows)", async () => {
    const text = readFileSync(secrets, "utf8");
    const pushed = client.nextDiagnostics(secretsUri, (d) => d.length > 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: secretsUri, languageId: "sql", version: 1, text } });
    const { diagnostics, version } = await pushed;
    expect(version).toBe(1);
    expectSameAsCli(diagnostics, cliReport(secrets), secretsUri);
    expect(diagnostics.some((d) => (d.relatedInformation?.length ?? 0) > 1)).toBe(true);
    // codeDescription links to the rule's README section, which exists.
    const anchors = readmeAnchors();
    for (const d of diagnostics) {
      const href = d.codeDescription?.href ?? "";
      expect(href.startsWith(pathToFileURL(join(process.cwd(), "README.md")).href + "#")).toBe(true);
      expect(anchors.has(href.split("#")[1]!)).toBe(true);
    }
  });

  it("hover on a finding shows its message, masked evidence, count and the fix", async () => {
    const report = cliReport(secrets);
    const finding = report.findings.find((f) => f.evidence?.length && f.help && f.count && f.count > 1 && f.location.kind === "dump")!;
    expect(finding).toBeDefined();
    const range = (finding.location as { range: { start: { line: number; column: number } } }).range;
    const hover = await client.connection.sendRequest<Hover | null>("textDocument/hover", { textDocument: { uri: secretsUri }, position: { line: range.start.line - 1, character: range.start.column - 1 } });
    const value = unescapeMarkdown((hover!.contents as MarkupContent).value);
    expect(value).toContain(finding.message);
    expect(value).toContain(finding.help!);
    expect(value).toContain(`count: ${finding.count}`);
    for (const e of finding.evidence!) expect(value).toContain(e.masked);
    // Nowhere else: a position with no finding has no hover.
    const nothing = await client.connection.sendRequest<Hover | null>("textDocument/hover", { textDocument: { uri: secretsUri }, position: { line: 0, character: 0 } });
    expect(nothing === null || !(nothing.contents as MarkupContent).value.includes(finding.message)).toBe(true);
  });

  it("the baseline code action writes the fingerprint entry and the finding goes; turning the rule off removes the rule's findings", async () => {
    const before = cliReport(secrets);
    const finding = before.findings.find((f) => f.ruleId === "forbidden-secrets" && f.location.kind === "dump")!;
    const range = (finding.location as { range: { start: { line: number; column: number }; end: { line: number; column: number } } }).range;
    const lspRange = { start: { line: range.start.line - 1, character: range.start.column - 1 }, end: { line: range.end.line - 1, character: range.end.column - 1 } };
    const actions = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: secretsUri }, range: lspRange, context: { diagnostics: [] } });
    const add = actions.find((a) => a.command?.command === "dumpguard.addToBaseline" && (a.command.arguments?.[0] as { fingerprint: string }).fingerprint === finding.fingerprint);
    expect(add).toBeDefined();
    const gone = client.nextDiagnostics(secretsUri, (d) => d.length === before.findings.length - 1);
    await client.connection.sendRequest("workspace/executeCommand", add!.command);
    const after = (await gone).diagnostics;
    expect(after.some((d) => (d.data as { fingerprint: string }).fingerprint === finding.fingerprint)).toBe(false);
    const config = JSON.parse(readFileSync(join(dir, "dumpguard.config.json"), "utf8")) as { baseline: string; $schema?: string };
    expect(config.baseline).toBe("dumpguard.baseline.json");
    const baseline = JSON.parse(readFileSync(join(dir, config.baseline), "utf8")) as { version: number; entries: { fingerprint: string; rule: string; reason: string }[] };
    expect(baseline.entries).toEqual([{ fingerprint: finding.fingerprint, rule: "forbidden-secrets", reason: expect.stringMatching(/^TODO/) }]);
    // The CLI agrees: the same config and baseline now suppress the finding.
    expect(cliReport(secrets).summary.suppressed).toBe(1);

    const off = actions.find((a) => a.command?.command === "dumpguard.turnRuleOff")!;
    expect((off.command!.arguments![0] as { ruleId: string }).ruleId).toBe("forbidden-secrets");
    const noSecrets = client.nextDiagnostics(secretsUri, (d) => !d.some((x) => x.code === "forbidden-secrets"));
    await client.connection.sendRequest("workspace/executeCommand", off.command);
    const remaining = (await noSecrets).diagnostics;
    expect(remaining.length).toBe(before.findings.filter((f) => f.ruleId !== "forbidden-secrets").length);
    expect((JSON.parse(readFileSync(join(dir, "dumpguard.config.json"), "utf8")) as { rules: Record<string, string> }).rules["forbidden-secrets"]).toBe("off");
  });

  it("an edit re-checks the new text; close clears the diagnostics", async () => {
    const hosts = join(dir, "edited.sql");
    copyFileSync(HOSTS, hosts);
    const uri = pathToFileURL(hosts).href;
    const text = readFileSync(hosts, "utf8");
    const first = client.nextDiagnostics(uri, (d) => d.length > 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "sql", version: 1, text } });
    const opened = (await first).diagnostics;
    // Cut the file after its header: every finding after that is gone, and only version 2 is published.
    const header = text.slice(0, text.indexOf("SET statement_timeout"));
    const second = client.nextDiagnostics(uri, () => true);
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: header }] });
    const changed = await second;
    expect(changed.version).toBe(2);
    expect(changed.diagnostics.length).toBeLessThan(opened.length);
    const cleared = client.nextDiagnostics(uri, (d) => d.length === 0);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await cleared;
  });

  it("a broken config is one error diagnostic naming the file and JSON path, not a check with defaults", async () => {
    const brokenDir = join(dir, "broken");
    mkdirSync(brokenDir);
    writeFileSync(join(brokenDir, "dumpguard.config.json"), JSON.stringify({ rules: { "forbidden-secrets": "loud" } }));
    const dump = join(brokenDir, "d.sql");
    copyFileSync(SECRETS, dump);
    const uri = pathToFileURL(dump).href;
    const report = await client.connection.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri } });
    const items = (report as { items: Diagnostic[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.code).toBe("dumpguard-config");
    expect(items[0]!.severity).toBe(1);
    expect(items[0]!.message).toContain('dumpguard.config.json at $.rules["forbidden-secrets"]');
  });

  it("a gzip-compressed dump pulled by URI is looked into and equals the CLI", async () => {
    const gz = join(dir, "handoff.sql.gz");
    writeFileSync(gz, gzipSync(readFileSync(HOSTS)));
    const uri = pathToFileURL(gz).href;
    const report = await client.connection.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri } });
    expectSameAsCli((report as { items: Diagnostic[] }).items, cliReport(gz), uri);
  });

  it("a file that is not pg_dump output gets no diagnostics, whatever its extension", async () => {
    const other = join(dir, "notes.sql");
    writeFileSync(other, "-- my scratch queries\nSELECT 'AKIAIOSFODNN7EXAMPLE', 'postgres://u:p@db.prod.example.net/x';\n");
    const uri = pathToFileURL(other).href;
    const report = await client.connection.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri } });
    expect(report).toEqual({ kind: "full", items: [] });
  });
});

describe.runIf(existsSync(CLI))("the language server is loaded only by `dumpguard lsp`", () => {
  // dist/cli.js runs the CLI bundle from its code cache (src/cli/launch.ts); the server's library is
  // required only when the server starts. Seen from the modules a `check` run has loaded at its exit.
  it("`check` does not load vscode-languageserver; `lsp` does", () => {
    const hook = join(dir, "loaded-modules.cjs");
    writeFileSync(hook, 'process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(Object.keys(require.cache)) + "\\n"));\n');
    const loaded = (args: string[], input?: string) => {
      const run = spawnSync(process.execPath, ["-r", hook, CLI, ...args], { encoding: "utf8", input: input ?? "", timeout: 60_000 });
      const line = run.stderr.split("\n").find((l) => l.startsWith("LOADED "));
      expect(line, run.stderr).toBeDefined();
      return JSON.parse(line!.slice("LOADED ".length)) as string[];
    };
    const check = loaded(["check", SECRETS, "--no-progress"]);
    expect(check.some((m) => m.includes("dumpguard") || m.includes("dist"))).toBe(true);
    expect(check.filter((m) => m.includes("vscode-languageserver"))).toEqual([]);
    const exit = JSON.stringify({ jsonrpc: "2.0", method: "exit" });
    const lsp = loaded(["lsp", "--stdio"], `Content-Length: ${Buffer.byteLength(exit)}\r\n\r\n${exit}`);
    expect(lsp.some((m) => m.includes("vscode-languageserver"))).toBe(true);
  });
});

describe.runIf(existsSync(CLI))("dumpguard lsp on a dump over 100 MB that the editor never synced", () => {
  let client: TestClient;
  const big = join(dir, "big", "handoff.sql");
  const uri = pathToFileURL(big).href;
  beforeAll(async () => {
    // Many copies of one COPY block's rows of a real corpus dump, between the dump's own head and tail.
    spawnSync("mkdir", ["-p", join(dir, "big")]);
    const lines = readFileSync(SECRETS, "utf8").split("\n");
    const start = lines.findIndex((l) => l.startsWith("COPY public.files "));
    const end = lines.indexOf("\\.", start);
    const rows = `${lines.slice(start + 1, end).join("\n")}\n`;
    const block = Buffer.from(rows.repeat(Math.ceil(4_000_000 / rows.length)));
    const fd = openSync(big, "w");
    writeSync(fd, `${lines.slice(0, start + 1).join("\n")}\n`);
    let size = 0;
    while (size <= 100 * 1024 * 1024) size += writeSync(fd, block);
    writeSync(fd, lines.slice(end).join("\n"));
    closeSync(fd);
    client = await startClient({ window: { workDoneProgress: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
  }, 120_000);
  afterAll(async () => {
    await client?.close();
  });

  it("pull diagnostics by URI read the file from disk, with work-done progress, equal to the CLI", async () => {
    const cli = cliReportAsync(big);
    const token = "pull-big";
    const report = await client.connection.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri }, workDoneToken: token });
    expect(report.kind).toBe("full");
    const items = (report as { items: Diagnostic[] }).items;
    expect(items.length).toBeLessThan(1000);
    expectSameAsCli(items, await cli, uri);
    const progress = client.progress.get(token) ?? [];
    expect(progress[0]?.kind).toBe("begin");
    expect(progress.at(-1)?.kind).toBe("end");
    const percentages = progress.filter((p) => p.kind === "report").map((p) => (p as { percentage: number }).percentage);
    expect(percentages.length).toBeGreaterThan(1);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    // Asked again with the resultId and nothing changed: "unchanged", without reading the file again.
    const again = await client.connection.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri }, previousResultId: (report as { resultId: string }).resultId });
    expect(again.kind).toBe("unchanged");
  }, 180_000);

  it("cancelling the pull mid-file stops the check (RequestCancelled) and the server keeps answering", async () => {
    utimesSync(big, new Date(), new Date(Date.now() + 5000)); // a new mtime: no cached result
    const token = "pull-cancel";
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri }, workDoneToken: token }, source.token);
    const outcome = pending.then(
      () => "answered",
      (err: unknown) => err,
    );
    // Wait until the server has reported reading part of the file, then cancel.
    const deadline = Date.now() + 60_000;
    while (!(client.progress.get(token) ?? []).some((p) => p.kind === "report" && (p.percentage ?? 0) > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    source.cancel();
    const cancelledAt = Date.now();
    const result = await outcome;
    expect(result).toBeInstanceOf(ResponseError);
    expect((result as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
    const reports = (client.progress.get(token) ?? []).filter((p) => p.kind === "report");
    expect(Math.max(...reports.map((p) => (p as { percentage: number }).percentage))).toBeLessThan(100);
    expect(Date.now() - cancelledAt).toBeLessThan(10_000);
    const hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
  }, 120_000);
});
