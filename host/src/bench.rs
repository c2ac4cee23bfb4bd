//! `napi-host bench`: ns per operation of a benchmark script's cases under napi-host
//! and, for comparison, under Node with the native build of the same addon and under
//! Node with the same wasm loaded through emnapi.
//!
//! A benchmark script is CommonJS that exports `{ scope, cases }`: `scope` holds the
//! values the cases use (the addon, arguments), `cases` maps names to expressions of
//! the loop index `i` (inlined into the timed loop, so no extra call is measured) or to
//! functions `(i) => ...`:
//!
//! ```js
//! const addon = require('./build/bench.node'); // bench.wasm under napi-host and emnapi
//! module.exports = {
//!   scope: { addon },
//!   cases: { noop: 'addon.noop()', add: 'addon.add(i, 1)' },
//! };
//! ```
//!
//! One harness (`bench/harness.js`) runs the script in every runtime: it grows each
//! case's batch until it takes the batch time, then times a number of batches and
//! reports the fastest and the median batch, per operation. The first row, "(empty
//! loop)", is the cost of the loop itself.

use crate::output::{Output, OutputBuffer};
use crate::{Runtime, RuntimeConfig, RuntimeError};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const HARNESS: &str = include_str!("bench/harness.js");

/// What to measure, and where.
#[derive(Clone, Debug)]
pub struct BenchOptions {
    /// The benchmark script.
    pub script: PathBuf,
    /// How long one timed batch of a case runs at least.
    pub batch_time: Duration,
    /// How many batches are timed per case.
    pub batches: u32,
    /// Only cases whose name contains this.
    pub filter: String,
    /// The runtimes to compare, in column order.
    pub runners: Vec<Runner>,
    /// The `node` executable for [`Runner::Node`] and [`Runner::Emnapi`].
    pub node: PathBuf,
    /// The napi-host runtime's grants and limits (its stdout is captured).
    pub config: RuntimeConfig,
}

/// A runtime the script runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runner {
    /// This napi-host, in process: `require('x.node')` loads `x.wasm`.
    NapiHost,
    /// Node with native addons: `require('x.node')` loads `x.node`.
    Node,
    /// Node with emnapi: `require('x.node')` loads `x.wasm` through `@emnapi/core`.
    Emnapi,
}

impl Runner {
    fn mode(self) -> &'static str {
        match self {
            Runner::NapiHost => "napi-host",
            Runner::Node => "node",
            Runner::Emnapi => "emnapi",
        }
    }

    /// The column heading.
    pub fn title(self) -> &'static str {
        match self {
            Runner::NapiHost => "napi-host (.wasm)",
            Runner::Node => "Node (native .node)",
            Runner::Emnapi => "Node + emnapi (.wasm)",
        }
    }
}

/// One case in one runtime.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Timed: nanoseconds per operation.
    Measured {
        /// The fastest batch.
        min_ns: f64,
        /// The median batch.
        median_ns: f64,
        /// Operations per batch.
        iterations: u64,
    },
    /// The case threw (its first message line).
    Failed(String),
}

/// The results of one runtime.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Which runtime.
    pub runner: Runner,
    /// `(case, outcome)` in the script's order, or why nothing could run (the script
    /// failed to load, `node` or emnapi is missing...).
    pub results: Result<Vec<(String, Outcome)>, String>,
}

/// Every runtime's results: [`fmt::Display`] prints them as a table.
#[derive(Clone, Debug, PartialEq)]
pub struct BenchReport {
    /// The script measured.
    pub script: PathBuf,
    /// One per runner, in the order asked for.
    pub columns: Vec<Column>,
}

/// Why the benchmark could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// The harness could not be written to a temporary directory.
    #[error("cannot write the benchmark harness to {path}: {source}")]
    Harness {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The napi-host runtime could not be created.
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
}

/// Runs the script's cases in every runner of `options`.
///
/// # Errors
/// Only when nothing can be measured: the harness cannot be written or the runtime not
/// created. A runner that fails (missing `node`, a script error) gets a failed column.
pub fn run(options: &BenchOptions) -> Result<BenchReport, BenchError> {
    let harness = HarnessFile::write()?;
    let script = std::path::absolute(&options.script).unwrap_or_else(|_| options.script.clone());
    let mut columns = Vec::new();
    for &runner in &options.runners {
        let args = vec![
            script.display().to_string(),
            runner.mode().to_owned(),
            (options.batch_time.as_secs_f64() * 1e3).to_string(),
            options.batches.max(1).to_string(),
            options.filter.clone(),
        ];
        let output = match runner {
            Runner::NapiHost => run_in_process(&options.config, &harness.path, &args)?,
            Runner::Node | Runner::Emnapi => run_node(&options.node, &harness.path, &args),
        };
        columns.push(Column {
            runner,
            results: output.and_then(|text| parse(&text)),
        });
    }
    Ok(BenchReport { script, columns })
}

/// The harness, written to a fresh temporary directory for the runtimes to load, and
/// removed afterwards.
struct HarnessFile {
    dir: PathBuf,
    path: PathBuf,
}

impl HarnessFile {
    fn write() -> Result<HarnessFile, BenchError> {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("napi-host-bench-{}-{n}", std::process::id()));
        let path = dir.join("harness.js");
        std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(&path, HARNESS))
            .map_err(|source| BenchError::Harness {
                path: path.clone(),
                source,
            })?;
        Ok(HarnessFile { dir, path })
    }
}

impl Drop for HarnessFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The harness's stdout, or why the runner failed.
type RunnerOutput = Result<String, String>;

/// The harness's stdout under this napi-host.
fn run_in_process(
    config: &RuntimeConfig,
    harness: &Path,
    args: &[String],
) -> Result<RunnerOutput, BenchError> {
    let stdout = OutputBuffer::new();
    let config = RuntimeConfig {
        stdout: Output::Capture(stdout.clone()),
        ..config.clone()
    };
    let runtime = Runtime::new(config)?;
    let code = runtime.run_main(harness, args)?;
    Ok(finished(
        code,
        stdout.text(),
        "the script failed (see above)",
    ))
}

/// The harness's stdout under `node`.
fn run_node(node: &Path, harness: &Path, args: &[String]) -> RunnerOutput {
    let output = Command::new(node)
        .arg("--no-warnings")
        .arg(harness)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", node.display()))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let reason = stderr
        .lines()
        .find(|line| line.contains("Error"))
        .unwrap_or("node failed")
        .trim()
        .to_owned();
    let code = output.status.code().unwrap_or(1);
    finished(
        code,
        String::from_utf8_lossy(&output.stdout).into_owned(),
        &reason,
    )
}

/// The harness's output when it ran to the end; a failure to load the script is
/// reported by `parse` from its error line.
fn finished(code: i32, stdout: String, reason: &str) -> RunnerOutput {
    if code == 0 || stdout.contains(&format!("{MARK}error\t*\t")) {
        Ok(stdout)
    } else {
        Err(reason.to_owned())
    }
}

const MARK: char = '\u{1}';

/// The harness's result lines (other output of the script is ignored).
fn parse(stdout: &str) -> Result<Vec<(String, Outcome)>, String> {
    let mut results = Vec::new();
    for line in stdout.lines().filter_map(|l| l.strip_prefix(MARK)) {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["error", "*", message] => return Err((*message).to_owned()),
            ["error", name, message] => {
                results.push(((*name).to_owned(), Outcome::Failed((*message).to_owned())));
            }
            ["result", name, min, median, iterations] => {
                let number = |text: &str| text.parse::<f64>().map_err(|_| line.to_owned());
                results.push((
                    (*name).to_owned(),
                    Outcome::Measured {
                        min_ns: number(min)?,
                        median_ns: number(median)?,
                        iterations: iterations.parse().map_err(|_| line.to_owned())?,
                    },
                ));
            }
            _ => return Err(format!("unexpected harness output: {line}")),
        }
    }
    Ok(results)
}

/// A duration in nanoseconds, with three significant digits and a unit.
fn format_ns(ns: f64) -> String {
    let (value, unit) = match ns {
        ns if ns >= 1e6 => (ns / 1e6, "ms"),
        ns if ns >= 1e3 => (ns / 1e3, "µs"),
        ns => (ns, "ns"),
    };
    let digits = match value {
        v if v >= 100.0 => 0,
        v if v >= 10.0 => 1,
        _ => 2,
    };
    format!("{value:.digits$} {unit}")
}

impl BenchReport {
    /// The report as JSON: `{ script, runners: [{ runner, title, error?, cases: [{ name,
    /// min_ns, median_ns, iterations } or { name, error }] }] }`, `runner` being
    /// `napi-host`, `node` or `emnapi`.
    pub fn to_json(&self) -> serde_json::Value {
        let runners: Vec<serde_json::Value> = self
            .columns
            .iter()
            .map(|column| {
                let mut runner = serde_json::json!({
                    "runner": column.runner.mode(),
                    "title": column.runner.title(),
                });
                match &column.results {
                    Err(reason) => runner["error"] = reason.as_str().into(),
                    Ok(results) => {
                        let cases = results.iter().map(|(name, outcome)| match outcome {
                            Outcome::Measured {
                                min_ns,
                                median_ns,
                                iterations,
                            } => serde_json::json!({
                                "name": name,
                                "min_ns": min_ns,
                                "median_ns": median_ns,
                                "iterations": iterations,
                            }),
                            Outcome::Failed(message) => {
                                serde_json::json!({ "name": name, "error": message })
                            }
                        });
                        runner["cases"] = cases.collect::<Vec<_>>().into();
                    }
                }
                runner
            })
            .collect();
        serde_json::json!({ "script": self.script.display().to_string(), "runners": runners })
    }

    /// Whether every runner ran and measured every case.
    pub fn all_measured(&self) -> bool {
        self.columns.iter().all(|column| {
            column.results.as_ref().is_ok_and(|results| {
                results
                    .iter()
                    .all(|(_, outcome)| matches!(outcome, Outcome::Measured { .. }))
            })
        })
    }

    /// Every case name, in the order the runners reported them.
    fn case_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for column in &self.columns {
            for (name, _) in column.results.iter().flatten() {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        names
    }

    fn cell(column: &Column, case: &str) -> String {
        match &column.results {
            Err(_) => "-".to_owned(),
            Ok(results) => match results.iter().find(|(name, _)| name == case) {
                None => "-".to_owned(),
                Some((_, Outcome::Failed(_))) => "failed".to_owned(),
                Some((
                    _,
                    Outcome::Measured {
                        min_ns, median_ns, ..
                    },
                )) => {
                    format!("{} / {}", format_ns(*min_ns), format_ns(*median_ns))
                }
            },
        }
    }
}

impl fmt::Display for BenchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = self.case_names();
        let mut rows = vec![
            std::iter::once("case".to_owned())
                .chain(self.columns.iter().map(|c| c.runner.title().to_owned()))
                .collect::<Vec<_>>(),
        ];
        for name in &names {
            rows.push(
                std::iter::once((*name).to_owned())
                    .chain(self.columns.iter().map(|c| Self::cell(c, name)))
                    .collect(),
            );
        }
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        writeln!(
            f,
            "{}: time per operation, fastest / median batch",
            self.script.display()
        )?;
        for row in &rows {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|(cell, width)| format!("{cell:<width$}"))
                .collect();
            writeln!(f, "{}", cells.join("  ").trim_end())?;
        }
        for column in &self.columns {
            match &column.results {
                Err(reason) => writeln!(f, "{}: not run: {reason}", column.runner.title())?,
                Ok(results) => {
                    for (name, outcome) in results {
                        if let Outcome::Failed(message) = outcome {
                            writeln!(f, "{} {name}: {message}", column.runner.title())?;
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harness_lines_become_outcomes() {
        let text = "hello\n\u{1}result\tadd\t10.50\t12.00\t4096\n\u{1}error\tboom\tTypeError: x\n";
        assert_eq!(
            parse(text),
            Ok(vec![
                (
                    "add".to_owned(),
                    Outcome::Measured {
                        min_ns: 10.5,
                        median_ns: 12.0,
                        iterations: 4096
                    }
                ),
                (
                    "boom".to_owned(),
                    Outcome::Failed("TypeError: x".to_owned())
                ),
            ])
        );
        assert_eq!(
            parse("\u{1}error\t*\tCannot find module\n"),
            Err("Cannot find module".to_owned())
        );
        assert!(parse("\u{1}result\tadd\tnan?\t1\t1\n").is_err());
    }

    #[test]
    fn durations_keep_three_digits() {
        assert_eq!(format_ns(9.123), "9.12 ns");
        assert_eq!(format_ns(205.4), "205 ns");
        assert_eq!(format_ns(1730.0), "1.73 µs");
        assert_eq!(format_ns(1_500_000.0), "1.50 ms");
    }
}
