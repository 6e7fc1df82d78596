// The VS Code side of dumpguard: starts `dumpguard lsp` and lets vscode-languageclient speak to it.
// All checking happens in the server; this file only decides which files go to it and how.
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** The server: the configured cli.js, else the workspace's dumpguard, else the one installed with the extension. */
function serverModule(context: vscode.ExtensionContext): string {
  const configured = vscode.workspace.getConfiguration("dumpguard").get<string>("server.path");
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const candidate = join(folder.uri.fsPath, "node_modules", "dumpguard", "dist", "cli.js");
    if (existsSync(candidate)) return candidate;
  }
  return context.asAbsolutePath(join("node_modules", "dumpguard", "dist", "cli.js"));
}

function filePatterns(): string[] {
  return vscode.workspace.getConfiguration("dumpguard").get<string[]>("files") ?? [];
}

function documentSelector(): DocumentSelector {
  return [{ scheme: "file", language: "sql" }, ...filePatterns().map((pattern) => ({ scheme: "file", pattern }))];
}

// A tab that is only a URI (its language unknown) is matched by the file-name endings of the "**/*.ext" patterns.
function matchesResource(resource: vscode.Uri): boolean {
  if (resource.scheme !== "file") return false;
  const endings = filePatterns().flatMap((p) => (p.startsWith("**/*") ? [p.slice(4)] : []));
  return [".sql", ...endings].some((ending) => resource.path.endsWith(ending));
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = serverModule(context);
  const serverOptions: ServerOptions = {
    run: { module, args: ["lsp"], transport: TransportKind.stdio },
    debug: { module, args: ["lsp"], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      // VS Code does not sync files above 50 MB to extensions, so a big dump in a tab is no TextDocument:
      // pull its diagnostics by URI and the server streams the file from disk.
      onTabs: true,
      match: (_selector, resource) => matchesResource(resource),
    },
    synchronize: {
      // A changed config, spec or baseline re-checks the open dumps.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{dumpguard.config.json,*.baseline.json,*.spec.json}"),
    },
  };
  client = new LanguageClient("dumpguard", "dumpguard", serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("dumpguard.restartServer", async () => {
      await client?.stop();
      await start(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
