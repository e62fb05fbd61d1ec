// `npm test`: every check Gloss has, in one run — lint (which enforces the
// layering rules), type checks, Vitest unit tests, Playwright e2e tests in
// system Chromium. Ends with one line `N passed, N failed` for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Not test-results/: Playwright empties that folder when it starts.
const results = path.join(root, 'test-reports');
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const want = (step) => only.length === 0 || only.includes(step);
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
function count(label, passed, failed, skipped = 0) {
  tally.passed += passed;
  tally.failed += failed;
  tally.skipped += skipped;
  lines.push(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Playwright's list reporter shows a skip as "-"; the reason lives in the JSON report. */
function skippedWithReasons(report) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        out.push(`skipped: ${spec.file} › ${spec.title} — ${reason}`);
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  (report?.suites ?? []).forEach(walk);
  return out;
}

console.log('== build');
try {
  await buildAll({ ifStale: true });
  count('build', 1, 0);
} catch (e) {
  console.error(`build failed: ${e.message}`);
  count('build', 0, 1);
}

if (want('lint')) {
  console.log('== lint (includes the layering rules)');
  const status = run(bin('eslint'), ['.']);
  count('lint', status === 0 ? 1 : 0, status === 0 ? 0 : 1);
  console.log('== typecheck');
  const projects = ['shared', 'renderer', 'main', 'tests'];
  let bad = 0;
  for (const p of projects) if (run(bin('tsc'), ['-p', p]) !== 0) bad++;
  count('typecheck', projects.length - bad, bad);
}

/** Test files that failed without a failing test (an import error, a crash): each counts once. */
function brokenFiles(report) {
  return (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
}

if (want('unit')) {
  console.log('== unit tests (Vitest)');
  const out = path.join(results, 'vitest.json');
  run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  const report = readJson(out);
  if (report) {
    // Vitest keeps no reason for a skip: a conditional skip says its reason in the test's name.
    for (const f of report.testResults ?? []) {
      for (const a of f.assertionResults ?? []) if (a.status === 'pending' || a.status === 'skipped' || a.status === 'todo') console.log(`skipped: ${path.relative(root, f.name)} › ${a.fullName}`);
    }
    count('unit', report.numPassedTests, report.numFailedTests + brokenFiles(report), report.numPendingTests + (report.numTodoTests ?? 0));
  }
  else count('unit', 0, 1);
}

if (want('e2e')) {
  console.log('== e2e tests (Playwright, system Chromium)');
  const out = path.join(results, 'playwright.json');
  run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson(out);
  for (const line of skippedWithReasons(report)) console.log(line);
  if (report?.stats) {
    const s = report.stats;
    count('e2e', s.expected + (s.flaky ?? 0), s.unexpected + (report.errors?.length ?? 0), s.skipped);
  } else count('e2e', 0, 1);
}

console.log('');
for (const line of lines) console.log(line);
if (tally.skipped) console.log(`${tally.skipped} skipped (listed above with their reasons)`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed ? 1 : 0;
