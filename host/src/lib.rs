//! napi-host runs Node-API addons compiled to `wasm32-wasip1` outside Node.js: on
//! wasmtime, with the Node-API implemented over an embedded QuickJS-NG engine.
//!
//! The entry point is [`Runtime`]: create one with a [`RuntimeConfig`] (what addons
//! may see through WASI, what scripts see as `process.env`), then
//! [`Runtime::run_main`] a CommonJS script that `require`s `.wasm` addons.
//!
//! ```no_run
//! use napi_host::{Runtime, RuntimeConfig};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let runtime = Runtime::new(RuntimeConfig::default())?;
//! let exit_code = runtime.run_main("examples/hello-c/hello.js".as_ref(), &[])?;
//! assert_eq!(exit_code, 0);
//! # Ok(())
//! # }
//! ```

#![deny(missing_docs)]

mod abi;
mod addon;
pub mod bench;
mod builder;
mod call;
mod engine;
mod env;
mod guest;
mod handles;
mod imports;
pub mod inspect;
pub mod limits;
mod napi;
mod node_env;
pub mod output;
mod reentry;
mod references;
mod runtime;
mod status;
mod wasi;

pub mod cli;

pub use addon::LoadError;
pub use builder::RuntimeBuilder;
pub use imports::{ApiFunction, IMPORT_MODULES, SUPPORTED};
pub use limits::Limits;
pub use output::{Output, OutputBuffer};
pub use runtime::{Runtime, RuntimeConfig, RuntimeError, ScriptError, ScriptValue};
pub use status::Status;
pub use wasi::{Preopen, WasiGrants};

/// The Node.js version whose Node-API and runtime behaviour napi-host follows
/// (`process.versions.node`, `napi_get_node_version`).
pub const NODE_VERSION: &str = "20.20.2";
