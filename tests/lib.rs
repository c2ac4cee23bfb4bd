//! Support for napi-host's integration tests: building guest fixtures (to wasm and,
//! for conformance tests, natively for Node), and running scripts through the
//! `napi-host` binary or `node`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The cargo target directory of the running test binary (`target/<profile>`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    // target/<profile>/deps/<test binary>
    exe.parent()
        .and_then(Path::parent)
        .expect("test binary lives in target/<profile>/deps")
        .to_path_buf()
}

/// The `napi-host` binary built alongside the tests.
pub fn napi_host_bin() -> PathBuf {
    workspace_bin("napi-host")
}

/// A binary of the workspace's default members (`napi-host`, `plugin-host`), built
/// (once per test run, by cargo, so it is never stale) in the tests' profile.
pub fn workspace_bin(name: &str) -> PathBuf {
    static BUILD: std::sync::Once = std::sync::Once::new();
    BUILD.call_once(|| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.current_dir(repo_root()).args([
            "build",
            "--quiet",
            "-p",
            "napi-host",
            "-p",
            "plugin-host",
            "--bins",
        ]);
        if profile_dir().file_name().and_then(|n| n.to_str()) == Some("release") {
            cmd.arg("--release");
        }
        let status = cmd
            .status()
            .expect("run cargo build for the workspace binaries");
        assert!(status.success(), "building the workspace binaries failed");
    });
    let bin = profile_dir().join(name);
    assert!(
        bin.exists(),
        "{} is missing: run the tests with `cargo test` from the workspace root so the binary is built",
        bin.display()
    );
    bin
}

/// Where built fixtures go.
pub fn fixture_dir(kind: &str) -> PathBuf {
    profile_dir().join("fixtures").join(kind)
}

/// How a C fixture is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// wasm32-wasip1 against node-api-headers (what napi-host runs).
    Wasm,
    /// wasm32-wasip1 against emnapi's headers and libemnapi-basic.a.
    Emnapi,
    /// A native Node addon (the oracle).
    Native,
}

impl Target {
    fn extension(self) -> &'static str {
        match self {
            Target::Native => "node",
            _ => "wasm",
        }
    }

    fn flag(self) -> Option<&'static str> {
        match self {
            Target::Wasm => None,
            Target::Emnapi => Some("--emnapi"),
            Target::Native => Some("--native"),
        }
    }
}

static BUILD_LOCK: Mutex<()> = Mutex::new(());

/// Compiles `sources` (paths relative to the repo root) with `guest-sdk/c/napi-cc` into
/// `out`, unless `out` is newer than every input. `extra` flags are passed through.
pub fn build_c(target: Target, sources: &[&str], out: &Path, extra: &[&str]) -> PathBuf {
    let _guard = BUILD_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let root = repo_root();
    let inputs: Vec<PathBuf> = sources.iter().map(|s| root.join(s)).collect();
    // The shared headers of tests/conformance (on the include path of every fixture).
    let headers = std::fs::read_dir(root.join("tests/conformance"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "h"));
    let newest_input = inputs
        .iter()
        .cloned()
        .chain(headers)
        .filter_map(|p| p.metadata().and_then(|m| m.modified()).ok())
        .max();
    let built = out.metadata().and_then(|m| m.modified()).ok();
    if matches!((built, newest_input), (Some(b), Some(i)) if b >= i) {
        return out.to_path_buf();
    }
    let mut cmd = Command::new(root.join("guest-sdk/c/napi-cc"));
    cmd.args(target.flag())
        .arg("-o")
        .arg(out)
        .args(&inputs)
        .args(extra);
    cmd.arg(format!("-I{}", root.join("tests/conformance").display()));
    let output = cmd.output().expect("run guest-sdk/c/napi-cc");
    assert!(
        output.status.success(),
        "building {} failed:\n{}",
        out.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    out.to_path_buf()
}

/// Builds fixture `name` from `sources` for `target` into the fixture directory.
pub fn build_fixture(target: Target, name: &str, sources: &[&str], extra: &[&str]) -> PathBuf {
    let kind = match target {
        Target::Wasm => "wasm",
        Target::Emnapi => "emnapi",
        Target::Native => "native",
    };
    let out = fixture_dir(kind).join(format!("{name}.{}", target.extension()));
    build_c(target, sources, &out, extra)
}

/// The result of running a script.
#[derive(Debug)]
pub struct Run {
    /// Exit code (-1 if killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Panics with both streams unless the exit code is 0.
    pub fn assert_success(&self) -> &Run {
        assert_eq!(
            self.code, 0,
            "exit code {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }
}

/// Runs `napi-host run [flags] script [args]`, granting each `env` pair to the script
/// with `--env NAME=VALUE` (napi-host passes no ambient environment).
pub fn napi_host(flags: &[&str], script: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(napi_host_bin());
    cmd.arg("run").args(flags);
    for (name, value) in env {
        cmd.arg("--env").arg(format!("{name}={value}"));
    }
    cmd.arg(script).args(args);
    cmd.output().expect("run napi-host").into()
}

/// Runs `node [flags] script` with `env` added, or `None` when node is not installed.
pub fn node(flags: &[&str], script: &Path, env: &[(&str, &str)]) -> Option<Run> {
    let mut cmd = Command::new("node");
    cmd.args(flags).arg(script).envs(env.iter().copied());
    cmd.output().ok().map(Run::from)
}
