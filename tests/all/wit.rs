//! `wit/node-api.wit` describes exactly the functions the host registers.

use napi_host_tests::repo_root;

#[test]
fn wit_lists_every_supported_function() {
    let wit = std::fs::read_to_string(repo_root().join("wit/node-api.wit")).expect("wit file");
    let interface = wit
        .split("interface js-native-api {")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .expect("interface js-native-api");
    let mut in_wit: Vec<String> = interface
        .lines()
        .filter_map(|line| line.trim().split_once(": func("))
        .map(|(name, _)| name.to_owned())
        .collect();
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
