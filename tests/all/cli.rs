//! The `napi-host run` command: exit codes, error reports, and what is granted.

use napi_host_tests::{Target, build_fixture, napi_host};
use std::path::{Path, PathBuf};

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("napi-host-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write file");
    path
}

#[test]
fn uncaught_errors_print_the_location_and_exit_1() {
    let dir = scratch("uncaught");
    let script = write(
        &dir,
        "boom.js",
        "const x = 1;\nthrow new RangeError('boom ' + x);\n",
    );
    let run = napi_host(&[], &script, &[], &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("boom.js:2"), "{}", run.stderr);
    assert!(run.stderr.contains("RangeError: boom 1"), "{}", run.stderr);
}

#[test]
fn exit_codes_follow_node() {
    let dir = scratch("exit");
    let exit = write(
        &dir,
        "exit.js",
        "process.on('exit', (c) => console.log('exit', c));\nprocess.exit(3);\nconsole.log('unreachable');\n",
    );
    let run = napi_host(&[], &exit, &[], &[]);
    assert_eq!((run.code, run.stdout.as_str()), (3, "exit 3\n"));
    let exit_code = write(
        &dir,
        "code.js",
        "process.exitCode = 4;\nsetTimeout(() => console.log('later'), 5);\n",
    );
    let run = napi_host(&[], &exit_code, &[], &[]);
    assert_eq!((run.code, run.stdout.as_str()), (4, "later\n"));
    let rejected = write(
        &dir,
        "reject.js",
        "Promise.reject(new Error('nobody handles this'));\n",
    );
    let run = napi_host(&[], &rejected, &[], &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("nobody handles this"), "{}", run.stderr);
}

#[test]
fn scripts_get_argv_and_only_granted_environment() {
    let dir = scratch("env");
    let script = write(
        &dir,
        "env.js",
        "console.log(JSON.stringify([process.argv.slice(2), process.env.GRANTED, process.env.HOME, Object.keys(process.env)]));\n",
    );
    let run = napi_host(&[], &script, &["a", "--b"], &[("GRANTED", "yes")]);
    run.assert_success();
    assert_eq!(run.stdout.trim(), r#"[["a","--b"],"yes",null,["GRANTED"]]"#);
}

#[test]
fn addons_see_only_granted_directories_and_variables() {
    let addon = build_fixture(Target::Wasm, "wasi_io", &["tests/fixtures/wasi_io.c"], &[]);
    let dir = scratch("wasi");
    let data = dir.join("data");
    let out = dir.join("out");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::create_dir_all(&out).expect("mkdir");
    write(&data, "in.txt", "input text");
    let script = write(
        &dir,
        "io.js",
        &format!(
            "const io = require({addon:?});\n\
             console.log(io.readFile('/data/in.txt'));\n\
             console.log(io.writeFile('/data/new.txt', 'x'));\n\
             console.log(io.writeFile('/out/result.txt', 'written by the guest'));\n\
             console.log(io.readFile('/data/../../etc/passwd').startsWith('error'));\n\
             console.log(io.readFile('/etc/passwd').startsWith('error'));\n\
             console.log(io.getEnv('WASI_GRANTED'), io.getEnv('HOME'));\n"
        ),
    );
    let data_grant = format!("{}::/data", data.display());
    let out_grant = format!("{}::/out", out.display());
    let run = napi_host(
        &["--dir-ro", &data_grant, "--dir", &out_grant],
        &script,
        &[],
        &[("WASI_GRANTED", "1")],
    );
    run.assert_success();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "input text");
    assert!(
        lines[1].starts_with("error:"),
        "read-only dir accepted a write: {}",
        lines[1]
    );
    assert_eq!(lines[2], "ok");
    assert_eq!(lines[3], "true", "`..` escaped the preopen");
    assert_eq!(lines[4], "true", "an ungranted path was readable");
    assert_eq!(lines[5], "1 null");
    assert_eq!(
        std::fs::read_to_string(out.join("result.txt")).expect("guest output"),
        "written by the guest"
    );
    assert!(!data.join("new.txt").exists());
}

#[test]
fn inspect_reports_imports_exports_version_and_missing_functions() {
    let addon = build_fixture(
        Target::Wasm,
        "missing_import",
        &["tests/hostile/missing_import.c"],
        &[],
    );
    let output = std::process::Command::new(napi_host_tests::napi_host_bin())
        .arg("inspect")
        .arg(&addon)
        .output()
        .expect("run napi-host inspect");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("napi::napi_not_a_real_function: func(i32) -> i32  MISSING"),
        "{stdout}"
    );
    assert!(
        stdout.contains("env::also_missing: func(i32) -> i32  MISSING"),
        "{stdout}"
    );
    assert!(
        stdout.contains("napi_register_wasm_v1: func(i32, i32) -> i32"),
        "{stdout}"
    );
    assert!(stdout.contains("napi-host lacks 2 import(s)"), "{stdout}");

    let api = std::process::Command::new(napi_host_tests::napi_host_bin())
        .args(["inspect", "--api"])
        .output()
        .expect("run napi-host inspect --api");
    let api = String::from_utf8_lossy(&api.stdout);
    for name in napi_host::SUPPORTED.iter().map(|f| f.name) {
        assert!(
            api.contains(&format!("  {name}\n")),
            "{name} missing from --api"
        );
    }
    assert!(api.contains(&format!("total: {} functions", napi_host::SUPPORTED.len())));
}

#[test]
fn require_caches_modules_and_reads_json() {
    let dir = scratch("require");
    write(&dir, "data.json", "{\"answer\": 42}\n");
    write(
        &dir,
        "counter.js",
        "exports.loads = (exports.loads || 0) + 1;\n",
    );
    let main = write(
        &dir,
        "main.js",
        "const a = require('./counter');\nconst b = require('./counter.js');\n\
         console.log(a === b, a.loads, require('./data.json').answer);\n\
         try { require('./missing'); } catch (e) { console.log(e.code); }\n\
         try { require('node:nonexistent'); } catch (e) { console.log(e.code); }\n",
    );
    let run = napi_host(&[], &main, &[], &[]);
    run.assert_success();
    assert_eq!(
        run.stdout,
        "true 1 42\nMODULE_NOT_FOUND\nERR_UNKNOWN_BUILTIN_MODULE\n"
    );
}

#[test]
fn requiring_an_addon_twice_returns_the_same_exports() {
    let addon = build_fixture(Target::Wasm, "wasi_io", &["tests/fixtures/wasi_io.c"], &[]);
    let dir = scratch("addon-cache");
    let main = write(
        &dir,
        "main.js",
        &format!(
            "const a = require({addon:?});\nconst b = require({addon:?});\nconsole.log(a === b, typeof a.readFile);\n"
        ),
    );
    let run = napi_host(&[], &main, &[], &[]);
    run.assert_success();
    assert_eq!(run.stdout, "true function\n");
}
