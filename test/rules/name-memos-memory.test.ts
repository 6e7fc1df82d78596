import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The secrets and hosts rules remember what a name says (bounded, 10,000 names each): secretNameStrength,
// isAuthOnlyName, the AWS detector's secret-key names and hostRoleOfName. The names are asked per cell and
// are often cut from a cell: a JSON key, a query parameter, a key/value table's key column (Drupal's
// key_value, a cache table). V8 keeps a cut of 13 or more characters as a view into the string it was cut
// from, so a remembered name kept that whole line: 8,000 rows of 40 KB with a distinct key each held
// 457 MB at --jobs 1 against 160 MB with the names kept detached. Each name below is cut from a string of
// 1 MB that is then dropped; measured by V8 in a child process.
const kept = (call: string) => {
  const script = `
    const { secretNameStrength, isAuthOnlyName } = await import(${JSON.stringify(`${process.cwd()}/src/rules/secrets/secret-name.ts`)});
    const { hostRoleOfName } = await import(${JSON.stringify(`${process.cwd()}/src/rules/hosts/host-words.ts`)});
    const { awsSecretAccessKey } = await import(${JSON.stringify(`${process.cwd()}/src/rules/secrets/detectors/aws.ts`)});
    const ask = (name) => ${call};
    const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
    const pad = "x".repeat(1 << 20);
    ask("warm_up_name_number_one");
    const before = heap();
    const answers = new Set();
    for (let i = 0; i < 100; i++) {
      const big = (pad + "service_api_token_" + i).slice(0);
      answers.add(String(ask(big.slice(pad.length))));
    }
    console.log(JSON.stringify({ answers: [...answers], grown: heap() - before }));
  `;
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as { answers: string[]; grown: number };
};

describe("the secrets and hosts rules' memos of names", () => {
  it.each([
    ["secretNameStrength", "secretNameStrength(name)", ["strong"]],
    ["isAuthOnlyName", "isAuthOnlyName(name)", ["false"]],
    ["hostRoleOfName", "hostRoleOfName(name)", ["undefined"]],
    // The detector asks whether the JSON key names an AWS secret key before it looks at the value's shape.
    ["the AWS secret key's name", "awsSecretAccessKey.find('A'.repeat(40), { clause: 'copy', jsonKey: name }).length", ["0"]],
  ])("%s keeps the names, not the text they were cut from", (_name, call, answers) => {
    const { answers: got, grown } = kept(call);
    // The names were asked (the same answer for each), so each was remembered.
    expect(got).toEqual(answers);
    // Kept as views: ~100 MB (one 1 MB string per name); kept detached: a few KB.
    expect(grown, `${grown} bytes kept for 100 names`).toBeLessThan(10 * 1024 * 1024);
  });
});
