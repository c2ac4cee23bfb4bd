//! The `napi-host` command line.

use crate::{Preopen, Runtime, RuntimeConfig, WasiGrants};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Run Node-API addons compiled to wasm32-wasip1, outside Node.js.
#[derive(Parser, Debug)]
#[command(name = "napi-host", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a CommonJS script; `require('./x.wasm')` loads an addon.
    Run(RunArgs),
    /// Show an addon's imports, exports, Node-API version and what napi-host lacks;
    /// with `--api`, list the Node-API functions napi-host supports.
    Inspect(InspectArgs),
    /// Time a benchmark script's cases (ns per operation) under napi-host and, with
    /// `--node` / `--emnapi`, under Node with native addons and with emnapi.
    Bench(BenchArgs),
}

/// Options of `napi-host inspect`.
#[derive(clap::Args, Debug)]
pub struct InspectArgs {
    /// List the supported Node-API functions by version instead of inspecting an addon.
    #[arg(long, conflicts_with = "addon")]
    pub api: bool,
    /// The `.wasm` addon to inspect.
    #[arg(required_unless_present = "api")]
    pub addon: Option<PathBuf>,
}

/// Options of `napi-host run`.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// Grants and limits.
    #[command(flatten)]
    pub runtime: RuntimeOptions,
    /// The script to run.
    pub script: PathBuf,
    /// Arguments for the script (process.argv[2..]).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// Options of `napi-host bench`.
#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Also run the script under Node, with the native builds of its addons.
    #[arg(long)]
    pub node: bool,
    /// Also run the script under Node with its wasm addons loaded through emnapi
    /// (@emnapi/core and @emnapi/runtime, found from the script's folder).
    #[arg(long)]
    pub emnapi: bool,
    /// The Node executable for --node and --emnapi.
    #[arg(long, value_name = "PATH", default_value = "node")]
    pub node_path: PathBuf,
    /// Least time one timed batch of a case runs, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 20)]
    pub batch_time: u64,
    /// How many batches are timed per case.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub batches: u32,
    /// Only the cases whose name contains TEXT.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub filter: String,
    /// Print the results as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Grants and limits of the napi-host runtime.
    #[command(flatten)]
    pub runtime: RuntimeOptions,
    /// The benchmark script: CommonJS exporting `{ scope, cases }`.
    pub script: PathBuf,
}

impl BenchArgs {
    /// The benchmark these options describe.
    pub fn options(&self) -> crate::bench::BenchOptions {
        use crate::bench::Runner;
        let mut runners = vec![Runner::NapiHost];
        if self.node {
            runners.push(Runner::Node);
        }
        if self.emnapi {
            runners.push(Runner::Emnapi);
        }
        crate::bench::BenchOptions {
            script: self.script.clone(),
            batch_time: std::time::Duration::from_millis(self.batch_time),
            batches: self.batches,
            filter: self.filter.clone(),
            runners,
            node: self.node_path.clone(),
            config: self.runtime.config(),
        }
    }
}

/// What a runtime grants addons and scripts, and its limits (`run` and `bench`).
#[derive(clap::Args, Debug)]
pub struct RuntimeOptions {
    /// Grant addons a host directory, read-write: `HOST[::GUEST]`.
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    pub dirs: Vec<String>,
    /// Grant addons a host directory, read-only: `HOST[::GUEST]`.
    #[arg(long = "dir-ro", value_name = "HOST[::GUEST]")]
    pub dirs_ro: Vec<String>,
    /// Grant an environment variable to the script (process.env) and to addons (WASI):
    /// NAME takes the host's value, NAME=VALUE sets one.
    #[arg(long = "env", value_name = "NAME[=VALUE]")]
    pub env: Vec<String>,
    /// Define a global gc() function, like `node --expose-gc`.
    #[arg(long)]
    pub expose_gc: bool,
    /// Most linear memory per addon instance (bytes, or with K/M/G); past it the
    /// growing call traps with ERR_WASM_MEMORY_LIMIT.
    #[arg(long, value_name = "SIZE", value_parser = crate::limits::parse_size)]
    pub max_wasm_memory: Option<usize>,
    /// Most memory the JS engine may allocate (bytes, or with K/M/G); past it
    /// allocations throw ERR_JS_MEMORY_LIMIT.
    #[arg(long, value_name = "SIZE", value_parser = crate::limits::parse_size)]
    pub max_js_heap: Option<usize>,
    /// Longest a top-level call (the main script, one event-loop phase) may run, in
    /// milliseconds; past it JS and wasm stop with ERR_TIMEOUT.
    #[arg(long, value_name = "MS")]
    pub timeout: Option<u64>,
}

impl RuntimeOptions {
    /// The runtime configuration these options describe.
    pub fn config(&self) -> RuntimeConfig {
        let mut preopens: Vec<Preopen> =
            self.dirs.iter().map(|d| Preopen::parse(d, false)).collect();
        preopens.extend(self.dirs_ro.iter().map(|d| Preopen::parse(d, true)));
        let env: Vec<(String, String)> = self
            .env
            .iter()
            .filter_map(|spec| granted_var(spec))
            .collect();
        RuntimeConfig {
            wasi: WasiGrants {
                preopens,
                env: env.clone(),
                args: Vec::new(),
            },
            script_env: env,
            expose_gc: self.expose_gc,
            limits: crate::Limits {
                wasm_memory: self.max_wasm_memory,
                js_heap: self.max_js_heap,
                call_timeout: self.timeout.map(std::time::Duration::from_millis),
            },
            ..RuntimeConfig::default()
        }
    }
}

/// `NAME=VALUE` as given, or `NAME` with the host's value (skipped when unset).
fn granted_var(spec: &str) -> Option<(String, String)> {
    match spec.split_once('=') {
        Some((name, value)) => Some((name.to_owned(), value.to_owned())),
        None => std::env::var(spec)
            .ok()
            .map(|value| (spec.to_owned(), value)),
    }
}

/// Runs the CLI; returns the process exit code.
///
/// # Errors
/// Setup failures (bad options, engine configuration); script errors are reported by
/// the runtime and reflected in the exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Run(args) => {
            let runtime = Runtime::new(args.runtime.config())?;
            Ok(runtime.run_main(&args.script, &args.args)?)
        }
        Command::Bench(args) => {
            let report = crate::bench::run(&args.options())?;
            if args.json {
                print_out(&format!("{:#}\n", report.to_json()));
            } else {
                print_out(&report.to_string());
            }
            Ok(i32::from(!report.all_measured()))
        }
        Command::Inspect(args) => match args.addon {
            Some(addon) => {
                let report = crate::inspect::inspect_addon(&addon)?;
                print_out(&report.to_string());
                Ok(i32::from(!report.missing.is_empty()))
            }
            None => {
                print_out(&crate::inspect::supported_api());
                Ok(0)
            }
        },
    }
}

/// Writes a report to stdout; a closed pipe (`napi-host inspect --api | head`) is not an
/// error.
fn print_out(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
