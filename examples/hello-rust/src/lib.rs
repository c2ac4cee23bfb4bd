//! hello-rust: a Node-API addon written in Rust with `napi-guest`.
//!
//! Build: `cargo build -p hello-rust --target wasm32-wasip1 --release`
//! (or `examples/build.sh`, which also copies the module to
//! `examples/hello-rust/build/hello_rust.wasm`). Exports:
//!
//! * `hello()` → `"hello from Rust"`
//! * `add(a, b)` → `a + b`
//! * `greet(name)` → `"hello, <name>!"`; a non-string `name` throws a
//!   `TypeError` ("A string was expected").

use napi_guest::{CallbackInfo, Env, Result, Value};

/// `hello()`: a constant string.
fn hello(env: Env, _info: CallbackInfo) -> Result<Value> {
    env.create_string("hello from Rust")
}

/// `add(a, b)`: the sum of two numbers. A non-number argument gives
/// `Err(Status::NumberExpected)`, which napi-guest throws as a `TypeError`.
fn add(env: Env, info: CallbackInfo) -> Result<Value> {
    let [a, b] = info.args()?;
    env.create_double(env.get_value_double(a)? + env.get_value_double(b)?)
}

/// `greet(name)`: `"hello, <name>!"`. A missing or non-string `name` gives
/// `Err(Status::StringExpected)`, thrown as a `TypeError`.
fn greet(env: Env, info: CallbackInfo) -> Result<Value> {
    let [name] = info.args()?;
    let name = env.get_value_string(name)?;
    env.create_string(&format!("hello, {name}!"))
}

/// Module initializer: adds the functions to `exports`.
fn init(env: Env, exports: Value) -> Result<Value> {
    env.set_named_property(exports, c"hello", env.create_function("hello", hello)?)?;
    env.set_named_property(exports, c"add", env.create_function("add", add)?)?;
    env.set_named_property(exports, c"greet", env.create_function("greet", greet)?)?;
    Ok(exports)
}

napi_guest::module!(init);
