//! `wit/node-api.wit` describes exactly the functions the host registers: the
//! `js-native-api` interface (`js_native_api.h`) and the `node-api` interface
//! (`node_api.h`) together list every supported function once.

use napi_host_tests::repo_root;

/// The function names declared in `interface <name> { ... }`.
fn interface_functions(wit: &str, name: &str) -> Vec<String> {
    let body = wit
        .split(&format!("interface {name} {{"))
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .unwrap_or_else(|| panic!("interface {name}"));
    body.lines()
        .filter_map(|line| line.trim().split_once(": func("))
        .map(|(name, _)| name.to_owned())
        .collect()
}

#[test]
fn wit_lists_every_supported_function() {
    let wit = std::fs::read_to_string(repo_root().join("wit/node-api.wit")).expect("wit file");
    let js_native_api = interface_functions(&wit, "js-native-api");
    let node_api = interface_functions(&wit, "node-api");
    assert!(node_api.contains(&"napi-create-async-work".to_owned()));
    assert!(!js_native_api.contains(&"napi-create-async-work".to_owned()));
    let mut in_wit: Vec<String> = js_native_api.into_iter().chain(node_api).collect();
    let mut supported: Vec<String> = napi_host::SUPPORTED
        .iter()
        .map(|f| f.name.replace('_', "-"))
        .collect();
    in_wit.sort();
    supported.sort();
    assert_eq!(
        in_wit, supported,
        "run scripts/gen-wit.py to regenerate wit/node-api.wit"
    );
}
