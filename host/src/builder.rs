//! [`RuntimeBuilder`]: the embedding API's way to describe what a runtime grants.

use crate::{Limits, Output, Preopen, Runtime, RuntimeConfig, RuntimeError};
use std::path::PathBuf;
use std::time::Duration;

/// Builds a [`Runtime`]. Nothing is granted unless asked for: no directories, no
/// environment variables, no guest arguments; output is inherited.
///
/// ```no_run
/// use napi_host::{Output, OutputBuffer, RuntimeBuilder};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let captured = OutputBuffer::new();
/// let runtime = RuntimeBuilder::new()
///     .preopen_dir_read_only("plugin-data", "/data")
///     .preopen_dir("plugin-out", "/out")
///     .env("PLUGIN_MODE", "batch")
///     .stdout(Output::Capture(captured.clone()))
///     .max_wasm_memory(64 << 20)
///     .call_timeout(std::time::Duration::from_secs(2))
///     .build()?;
/// runtime.define_addon_global("plugin", "plugin.wasm".as_ref())?;
/// runtime.eval("plugin.run('/data/input.txt', '/out/result.txt')")?;
/// let _exit_code = runtime.run_event_loop();
/// println!("{}", captured.text());
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug, Default)]
pub struct RuntimeBuilder {
    config: RuntimeConfig,
}

impl RuntimeBuilder {
    /// A builder granting nothing.
    pub fn new() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// Lets addons read and write host directory `host` as `guest`.
    pub fn preopen_dir(mut self, host: impl Into<PathBuf>, guest: &str) -> Self {
        self.config.wasi.preopens.push(Preopen {
            host: host.into(),
            guest: guest.to_owned(),
            read_only: false,
        });
        self
    }

    /// Lets addons read (only) host directory `host` as `guest`.
    pub fn preopen_dir_read_only(mut self, host: impl Into<PathBuf>, guest: &str) -> Self {
        self.config.wasi.preopens.push(Preopen {
            host: host.into(),
            guest: guest.to_owned(),
            read_only: true,
        });
        self
    }

    /// Grants an environment variable to scripts (`process.env`) and addons (WASI).
    pub fn env(mut self, name: &str, value: &str) -> Self {
        let pair = (name.to_owned(), value.to_owned());
        self.config.wasi.env.push(pair.clone());
        self.config.script_env.push(pair);
        self
    }

    /// Appends a WASI command-line argument for addons.
    pub fn guest_arg(mut self, arg: &str) -> Self {
        self.config.wasi.args.push(arg.to_owned());
        self
    }

    /// Where standard output goes (scripts and addons).
    pub fn stdout(mut self, output: Output) -> Self {
        self.config.stdout = output;
        self
    }

    /// Where standard error goes (scripts, addons and uncaught-error reports).
    pub fn stderr(mut self, output: Output) -> Self {
        self.config.stderr = output;
        self
    }

    /// All limits at once.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.config.limits = limits;
        self
    }

    /// Caps each addon instance's linear memory.
    pub fn max_wasm_memory(mut self, bytes: usize) -> Self {
        self.config.limits.wasm_memory = Some(bytes);
        self
    }

    /// Caps the JS engine's memory.
    pub fn max_js_heap(mut self, bytes: usize) -> Self {
        self.config.limits.js_heap = Some(bytes);
        self
    }

    /// Bounds each top-level call.
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.config.limits.call_timeout = Some(timeout);
        self
    }

    /// Caps live handles per addon.
    pub fn handle_limit(mut self, handles: usize) -> Self {
        self.config.handle_limit = handles;
        self
    }

    /// Defines a global `gc()`.
    pub fn expose_gc(mut self, expose: bool) -> Self {
        self.config.expose_gc = expose;
        self
    }

    /// The configuration built so far.
    pub fn config(&self) -> &RuntimeConfig {
        &self.config
    }

    /// Creates the runtime.
    ///
    /// # Errors
    /// See [`Runtime::new`].
    pub fn build(self) -> Result<Runtime, RuntimeError> {
        Runtime::new(self.config)
    }
}
