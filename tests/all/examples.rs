//! The examples in `examples/` produce exactly the output Node gives for the same
//! addon source.

use napi_host_tests::{napi_host, repo_root};
use std::process::Command;
use std::sync::Once;

fn build_examples() {
    static BUILD: Once = Once::new();
    BUILD.call_once(|| {
        let status = Command::new(repo_root().join("examples/build.sh"))
            .status()
            .expect("run examples/build.sh");
        assert!(status.success(), "examples/build.sh failed");
    });
}

fn check(script: &str, expected: &str) {
    build_examples();
    let root = repo_root();
    let run = napi_host(&[], &root.join(script), &[], &[]);
    run.assert_success();
    let expected = std::fs::read_to_string(root.join(expected)).expect("expected output file");
    assert_eq!(run.stdout, expected, "stderr:\n{}", run.stderr);
}

#[test]
fn hello_c_matches_node() {
    check(
        "examples/hello-c/hello.js",
        "examples/hello-c/expected-output.txt",
    );
}

#[test]
fn hello_emnapi_matches_node() {
    check(
        "examples/hello-emnapi/hello.js",
        "examples/hello-c/expected-output.txt",
    );
}

#[test]
fn async_c_matches_node() {
    check(
        "examples/async-c/async.js",
        "examples/async-c/expected-output.txt",
    );
}

#[test]
fn hello_rust_prints_its_results() {
    check(
        "examples/hello-rust/hello.js",
        "examples/hello-rust/expected-output.txt",
    );
}

#[test]
fn plugin_host_embeds_a_sandboxed_plugin() {
    build_examples();
    let output = Command::new(napi_host_tests::workspace_bin("plugin-host"))
        .output()
        .expect("run plugin-host");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let expected = [
        r#"plugin returned: {"lines":3,"words":16}"#,
        "plugin printed:  wordcount plugin: counted /data/input.txt",
        "plugin wrote:    /data/input.txt: 3 lines, 16 words",
        "refused:         Error: cannot read /data/../../../../etc/passwd",
        "refused:         Error: cannot write /data/overwrite.txt",
    ];
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{stdout}");
    for (line, expected) in lines.iter().zip(expected) {
        assert!(
            line.starts_with(expected),
            "{line:?} should start with {expected:?}"
        );
    }
}
