import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The extension cannot run inside VS Code here: its wiring is type-checked (tsconfig includes it), built by
// tsup, and the server it starts is the one the LSP client tests drive. This checks the manifest's promises.
const root = "editors/vscode";
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, unknown> }; commands: { command: string }[]; jsonValidation: { fileMatch: string; url: string }[] };
  dependencies: Record<string, string>;
};
const source = readFileSync(join(root, "src/extension.ts"), "utf8");

describe("editors/vscode manifest and wiring", () => {
  it("activates on SQL files and contributes settings, a command and JSON validation of the config and baseline", () => {
    expect(manifest.activationEvents).toContain("onLanguage:sql");
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(expect.arrayContaining(["dumpguard.server.path", "dumpguard.files"]));
    for (const { command } of manifest.contributes.commands) expect(source).toContain(`"${command}"`);
    // The schemas come from the dumpguard dependency (file:../..): the files it points at are the published ones.
    for (const { url } of manifest.contributes.jsonValidation) {
      const published = url.replace("./node_modules/dumpguard/", "");
      expect(existsSync(published), url).toBe(true);
    }
    expect(manifest.dependencies.dumpguard).toBe("file:../..");
  });

  it("starts `dumpguard lsp` over stdio and pulls diagnostics, also for tabs VS Code did not sync", () => {
    expect(source).toMatch(/args: \["lsp"\], transport: TransportKind\.stdio/);
    expect(source).toMatch(/diagnosticPullOptions: \{[^}]*onTabs: true/s);
    expect(source).toMatch(/match: \(_selector, resource\) => matchesResource\(resource\)/);
  });

  it.runIf(existsSync("dist/cli.js"))("is built by the project's build to the manifest's main, with vscode left to the editor", () => {
    const built = join(root, manifest.main);
    expect(existsSync(built)).toBe(true);
    const text = readFileSync(built, "utf8");
    expect(text).toContain('require("vscode")');
    expect(text).toContain("diagnosticPullOptions");
  });
});
