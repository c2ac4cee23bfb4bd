//! The import table covers every Node-API function of node-api-headers (the official
//! per-version symbol lists), at the version the headers give it.

use napi_host_tests::repo_root;
use std::collections::BTreeMap;
use std::process::Command;

/// `name -> version` from node-api-headers' `symbols.js` (first version listing it).
fn official_symbols() -> BTreeMap<String, u32> {
    let script = "const s = require('node-api-headers').symbols; const out = {};\
        for (const [v, lists] of Object.entries(s)) {\
          const n = Number(v.slice(1));\
          for (const name of [...lists.js_native_api_symbols, ...lists.node_api_symbols]) {\
            if (!(name in out) || out[name] > n) out[name] = n;\
          }\
        }\
        console.log(JSON.stringify(out));";
    let output = Command::new("node")
        .arg("-e")
        .arg(script)
        .current_dir(repo_root())
        .output()
        .expect("node is installed (scripts/setup.sh)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("utf-8");
    // A flat {"name": version, ...} object: parse it without a JSON dependency.
    text.trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .split(',')
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (name, version) = entry.split_once(':').expect("name:version");
            (
                name.trim_matches('"').to_owned(),
                version.parse().expect("numeric version"),
            )
        })
        .collect()
}

#[test]
fn every_official_symbol_is_supported_at_its_version() {
    let official = official_symbols();
    assert_eq!(
        official.len(),
        155,
        "node-api-headers 1.9.0 lists 123 + 32 functions"
    );
    for (name, version) in &official {
        let supported = napi_host::SUPPORTED.iter().find(|f| f.name == name);
        let supported =
            supported.unwrap_or_else(|| panic!("{name} (Node-API {version}) is not implemented"));
        assert_eq!(
            supported.version, *version,
            "{name} is listed under the wrong version"
        );
    }
    let experimental = i32::MAX as u32;
    for function in napi_host::SUPPORTED {
        assert!(
            official.contains_key(function.name) || function.version == experimental,
            "{} is neither an official symbol nor marked experimental",
            function.name
        );
    }
}
