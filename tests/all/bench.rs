//! `napi-host bench`: one script timed under napi-host, Node (native) and Node + emnapi.

use napi_host_tests::{Run, Target, build_fixture, napi_host_bin, repo_root};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A folder holding `bench.wasm` and `bench.node` (benches/addon.c, built once as
/// fixtures) and `script` as `cases.js`.
fn bench_dir(name: &str, script: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "napi-host-bench-test-{name}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (target, file) in [(Target::Wasm, "bench.wasm"), (Target::Native, "bench.node")] {
        let built = build_fixture(target, "bench", &["benches/addon.c"], &[]);
        std::fs::copy(built, dir.join(file)).expect("copy the addon");
    }
    std::fs::write(dir.join("cases.js"), script).expect("write script");
    dir
}

fn bench(dir: &Path, flags: &[&str]) -> Run {
    Command::new(napi_host_bin())
        .arg("bench")
        .args(["--batch-time", "1", "--batches", "3"])
        .args(flags)
        .arg(dir.join("cases.js"))
        .current_dir(repo_root())
        .output()
        .expect("run napi-host bench")
        .into()
}

/// The cells of the table row for `case`, split on runs of two or more spaces.
fn row<'a>(stdout: &'a str, case: &str) -> Vec<&'a str> {
    let line = stdout
        .lines()
        .find(|line| line.starts_with(case) && line[case.len()..].starts_with("  "))
        .unwrap_or_else(|| panic!("no row for {case}:\n{stdout}"));
    line[case.len()..]
        .split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect()
}

const SCRIPT: &str = "const addon = require('./bench.node');
module.exports = {
  scope: { addon, one: 1 },
  cases: {
    noop: 'addon.noop()',
    add: 'addon.add(i, one)',
    called: (i) => addon.add(i, 2),
    broken: 'notDefined + 1',
  },
};
";

#[test]
fn every_case_is_timed_in_every_runtime() {
    let dir = bench_dir("all", SCRIPT);
    let run = bench(&dir, &["--node", "--emnapi"]);
    // One case throws everywhere: reported per runtime, and the exit code says so.
    assert_eq!(
        run.code, 1,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    let header = row(&run.stdout, "case");
    assert_eq!(
        header,
        [
            "napi-host (.wasm)",
            "Node (native .node)",
            "Node + emnapi (.wasm)"
        ]
    );
    for case in ["(empty loop)", "noop", "add", "called"] {
        let cells = row(&run.stdout, case);
        assert_eq!(cells.len(), 3, "{case}: {cells:?}");
        for cell in cells {
            let (min, median) = cell.split_once(" / ").expect("min / median");
            for figure in [min, median] {
                let (number, unit) = figure.split_once(' ').expect("number and unit");
                let number: f64 = number.parse().expect("a number");
                assert!(
                    number > 0.0 && ["ns", "µs", "ms"].contains(&unit),
                    "{case}: {figure}"
                );
            }
        }
    }
    assert_eq!(row(&run.stdout, "broken"), ["failed", "failed", "failed"]);
    assert!(
        run.stdout
            .contains("napi-host (.wasm) broken: ReferenceError"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Node (native .node) broken: ReferenceError")
    );
}

#[test]
fn a_filter_picks_cases_and_a_bad_script_is_reported() {
    let dir = bench_dir("filter", SCRIPT);
    let run = bench(&dir, &["--filter", "noop"]);
    run.assert_success();
    assert_eq!(row(&run.stdout, "noop").len(), 1);
    assert!(!run.stdout.contains("\nadd"), "{}", run.stdout);

    let dir = bench_dir("bad", "module.exports = 42;\n");
    let run = bench(&dir, &["--node", "--node-path", "/nonexistent/node"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("napi-host (.wasm): not run: TypeError: ")
            && run.stdout.contains("must export { scope, cases }"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Node (native .node): not run: cannot run /nonexistent/node"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_output_carries_every_result() {
    let dir = bench_dir("json", SCRIPT);
    let run = bench(&dir, &["--json", "--node", "--filter", "o"]);
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
    let runners = report["runners"].as_array().expect("runners");
    let names: Vec<&str> = runners
        .iter()
        .map(|r| r["runner"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["napi-host", "node"]);
    for runner in runners {
        let cases = runner["cases"].as_array().expect("cases");
        let case = |name: &str| {
            cases
                .iter()
                .find(|c| c["name"] == name)
                .unwrap_or_else(|| panic!("no {name} in {runner}"))
        };
        for name in ["(empty loop)", "noop"] {
            assert!(case(name)["min_ns"].as_f64().is_some_and(|ns| ns > 0.0));
            assert!(case(name)["median_ns"].as_f64().is_some_and(|ns| ns > 0.0));
            assert!(case(name)["iterations"].as_u64().is_some_and(|n| n >= 1));
        }
        assert!(
            case("broken")["error"]
                .as_str()
                .is_some_and(|e| e.starts_with("ReferenceError")),
            "{runner}"
        );
        assert_eq!(cases.len(), 3, "the filter keeps noop and broken: {runner}");
    }
}
