//! Runs an untrusted plugin (`plugin/wordcount.c`, built to wasm by
//! `examples/build.sh`) with napi-host embedded: the plugin may read `data/` (as
//! `/data`) and write a fresh output folder (as `/out`), nothing else; its output is
//! captured; memory and time are capped. Prints what the plugin produced.

use anyhow::{Context, Result};
use napi_host::{Output, OutputBuffer, RuntimeBuilder, ScriptValue};
use std::path::Path;
use std::time::Duration;

fn main() -> Result<()> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let plugin = here.join("build/wordcount.wasm");
    anyhow::ensure!(
        plugin.exists(),
        "{} is missing: run examples/build.sh first",
        plugin.display()
    );
    let out = std::env::temp_dir().join(format!("napi-host-plugin-out-{}", std::process::id()));
    std::fs::create_dir_all(&out).context("creating the output folder")?;

    let captured = OutputBuffer::new();
    let runtime = RuntimeBuilder::new()
        .preopen_dir_read_only(here.join("data"), "/data")
        .preopen_dir(&out, "/out")
        .stdout(Output::Capture(captured.clone()))
        .max_wasm_memory(16 << 20)
        .max_js_heap(64 << 20)
        .call_timeout(Duration::from_secs(2))
        .build()?;
    runtime.define_addon_global("plugin", &plugin)?;

    let summary =
        runtime.eval("JSON.stringify(plugin.count('/data/input.txt', '/out/report.txt'))")?;
    let ScriptValue::String(summary) = summary else {
        anyhow::bail!("unexpected result {summary:?}");
    };
    println!("plugin returned: {summary}");
    println!("plugin printed:  {}", captured.text().trim_end());
    let report = std::fs::read_to_string(out.join("report.txt")).context("reading the report")?;
    println!("plugin wrote:    {}", report.trim_end());

    // What it was not granted stays out of reach; each refusal is a typed error.
    for attempt in [
        "plugin.count('/data/../../../../etc/passwd', '/out/x.txt')",
        "plugin.count('/data/input.txt', '/data/overwrite.txt')",
    ] {
        let error = runtime
            .eval(attempt)
            .expect_err("the plugin must be refused");
        let first_line = error.message.lines().next().unwrap_or_default();
        println!(
            "refused:         {first_line} (code {:?})",
            error.code.unwrap_or_default()
        );
    }
    anyhow::ensure!(
        runtime.run_event_loop() == 0,
        "the plugin left the runtime failing"
    );
    std::fs::remove_dir_all(&out).ok();
    Ok(())
}
