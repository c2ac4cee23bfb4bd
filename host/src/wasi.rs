//! What a guest may see through WASI: only what the user granted.

use crate::output::{Output, Stream};
use std::path::PathBuf;
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::{FsPerms, WasiCtxBuilder};

/// A host directory made visible to guests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preopen {
    /// Directory on the host.
    pub host: PathBuf,
    /// Path the guest uses for it.
    pub guest: String,
    /// Whether writes are refused.
    pub read_only: bool,
}

impl Preopen {
    /// Parses `HOST[::GUEST]` (the guest path defaults to the host path, as in wasmtime).
    pub fn parse(spec: &str, read_only: bool) -> Preopen {
        let (host, guest) = match spec.split_once("::") {
            Some((host, guest)) => (host, guest),
            None => (spec, spec),
        };
        Preopen {
            host: PathBuf::from(host),
            guest: guest.to_owned(),
            read_only,
        }
    }
}

/// The WASI capabilities every addon of a runtime receives. Empty by default: no
/// directories, no environment variables, no arguments.
#[derive(Clone, Debug, Default)]
pub struct WasiGrants {
    /// Directories.
    pub preopens: Vec<Preopen>,
    /// Environment variables.
    pub env: Vec<(String, String)>,
    /// Command-line arguments (`argv`).
    pub args: Vec<String>,
}

impl WasiGrants {
    /// A WASI preview1 context holding exactly these grants, with stdout and stderr
    /// going to `stdout` and `stderr`.
    pub(crate) fn build(&self, stdout: &Output, stderr: &Output) -> wasmtime::Result<WasiP1Ctx> {
        let mut builder = WasiCtxBuilder::new();
        stdout.apply(&mut builder, Stream::Stdout);
        stderr.apply(&mut builder, Stream::Stderr);
        for arg in &self.args {
            builder.arg(arg);
        }
        for (name, value) in &self.env {
            builder.env(name, value);
        }
        for dir in &self.preopens {
            builder.preopened_dir(&dir.host, &dir.guest, perms(dir.read_only))?;
        }
        Ok(builder.build_p1())
    }
}

fn perms(read_only: bool) -> FsPerms {
    if read_only {
        FsPerms::ReadOnly
    } else {
        FsPerms::ReadWrite
    }
}

#[cfg(test)]
mod tests {
    use super::Preopen;

    #[test]
    fn preopen_specs_split_on_double_colon() {
        let p = Preopen::parse("/data::/in", true);
        assert_eq!(p.host.to_str(), Some("/data"));
        assert_eq!(p.guest, "/in");
        assert!(p.read_only);
        let p = Preopen::parse("out", false);
        assert_eq!(p.guest, "out");
    }
}
