//! The `host` object given to `bootstrap.js`: the JS runtime's only access to the OS
//! and to the addon loader. Each entry is a native function holding a weak reference to
//! the runtime (JS objects must not keep the runtime alive).

use super::{Inner, builtins};
use crate::engine::{
    CallArgs, ErrorKind, Js, JsException, JsResult, JsValue, LengthGuard, PropertyDefinition,
    PropertyValue,
};
use crate::env::ExternalData;
use crate::output::Stream;
use std::path::Path;
use std::rc::{Rc, Weak};

type HostFn = fn(&Inner, Js, &CallArgs) -> JsResult<JsValue>;

/// The binding's native functions.
const FUNCTIONS: &[(&str, HostFn)] = &[
    ("write", write),
    ("readFile", read_file),
    ("stat", stat),
    ("compile", compile),
    ("builtinSource", builtin_source),
    ("loadAddon", load_addon),
    ("now", now),
    ("enqueueMicrotask", enqueue_microtask),
    ("runMicrotasks", run_microtasks),
    ("exit", exit),
    ("promiseState", promise_state),
    ("externalAddress", external_address),
    ("lengthGuarded", length_guarded),
];

/// Evaluates `bootstrap.js`, calls it with the `host` object and keeps the returned
/// `loop` object.
pub(super) fn bootstrap(inner: &Rc<Inner>) -> JsResult<()> {
    let js = inner.js();
    let host = js.new_object()?;
    for &(name, f) in FUNCTIONS {
        let weak = Rc::downgrade(inner);
        let function = js.new_function(
            name.as_bytes(),
            0,
            false,
            Box::new(move |js, call| call_host(&weak, f, js, call)),
        )?;
        js.set_named(&host, name.as_bytes(), function)?;
    }
    set_values(inner, js, &host)?;
    if inner.config.expose_gc {
        let weak = Rc::downgrade(inner);
        let gc = js.new_function(
            b"gc",
            0,
            false,
            Box::new(move |js, call| call_host(&weak, gc, js, call)),
        )?;
        js.set_named(&js.global(), b"gc", gc)?;
    }
    let factory = js.eval(builtins::BOOTSTRAP, "node:internal/bootstrap")?;
    let loop_object = js.call(&factory, &js.undefined(), &[host])?;
    *inner.loop_object.borrow_mut() = Some(loop_object);
    Ok(())
}

fn call_host(weak: &Weak<Inner>, f: HostFn, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    match weak.upgrade() {
        Some(inner) => f(&inner, js, call),
        None => Err(JsException(
            js.new_error_str(ErrorKind::Error, "the runtime was shut down"),
        )),
    }
}

fn string(js: Js, text: &str) -> JsResult<JsValue> {
    js.string_from_utf8(text.as_bytes())
}

fn set_values(inner: &Rc<Inner>, js: Js, host: &JsValue) -> JsResult<()> {
    let env = js.new_object()?;
    for (name, value) in &inner.config.script_env {
        js.set_named(&env, name.as_bytes(), string(js, value)?)?;
    }
    let versions = js.new_object()?;
    for (name, value) in [
        ("node", crate::NODE_VERSION),
        ("napi", "10"),
        ("napi-host", env!("CARGO_PKG_VERSION")),
        ("quickjs", "0.16.2"),
    ] {
        js.set_named(&versions, name.as_bytes(), string(js, value)?)?;
    }
    let names: Vec<String> = builtins::MODULES
        .iter()
        .map(|(n, _)| (*n).to_owned())
        .collect();
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "/".into());
    let values = [
        ("env", env),
        ("versions", versions),
        ("builtinNames", strings(js, &names)?),
        ("cwd", string(js, &cwd)?),
        ("execPath", string(js, &exec_path())?),
        ("platform", string(js, std::env::consts::OS)?),
        ("arch", string(js, node_arch())?),
        ("pid", js.number(f64::from(std::process::id()))),
    ];
    for (name, value) in values {
        js.set_named(host, name.as_bytes(), value)?;
    }
    // `argv` is only known when the main script starts, so it is a getter.
    let weak = Rc::downgrade(inner);
    let getter = js.new_function(
        b"argv",
        0,
        false,
        Box::new(move |js, call| call_host(&weak, argv, js, call)),
    )?;
    js.define_named(
        host,
        b"argv",
        PropertyDefinition {
            value: PropertyValue::Accessor {
                getter: Some(getter),
                setter: None,
            },
            writable: false,
            enumerable: true,
            configurable: false,
        },
    )
}

fn strings(js: Js, values: &[String]) -> JsResult<JsValue> {
    js.new_array_from(
        values
            .iter()
            .map(|v| string(js, v))
            .collect::<JsResult<_>>()?,
    )
}

fn argv(inner: &Inner, js: Js, _: &CallArgs) -> JsResult<JsValue> {
    strings(js, &inner.argv.borrow())
}

/// `process.execPath`.
pub(super) fn exec_path() -> String {
    std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "napi-host".into())
}

fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}

fn type_error(js: Js, message: &str) -> JsException {
    JsException(js.new_error_str(ErrorKind::TypeError, message))
}

fn string_arg(js: Js, call: &CallArgs, index: usize) -> JsResult<String> {
    let value = call.arg(index);
    if !value.is_string() {
        return Err(type_error(js, "expected a string argument"));
    }
    js.to_rust_string(&value)
}

fn write(inner: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let text = js.to_utf8(&call.arg(1))?;
    if call.arg(0).as_f64() == Some(2.0) {
        inner.config.stderr.write(Stream::Stderr, text.bytes());
    } else {
        inner.config.stdout.write(Stream::Stdout, text.bytes());
    }
    Ok(js.undefined())
}

fn io_error(js: Js, error: &std::io::Error, syscall: &str, path: &str) -> JsException {
    let code = match error.kind() {
        std::io::ErrorKind::NotFound => "ENOENT",
        std::io::ErrorKind::PermissionDenied => "EACCES",
        std::io::ErrorKind::IsADirectory => "EISDIR",
        _ => "EIO",
    };
    let value = js.new_error_str(
        ErrorKind::Error,
        &format!("{code}: {error}, {syscall} '{path}'"),
    );
    if let Ok(code) = string(js, code) {
        let _ = js.set_named(&value, b"code", code);
    }
    JsException(value)
}

fn read_file(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let path = string_arg(js, call, 0)?;
    let text = std::fs::read_to_string(&path).map_err(|e| io_error(js, &e, "open", &path))?;
    string(js, &text)
}

fn stat(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let path = string_arg(js, call, 0)?;
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_dir() => string(js, "dir"),
        Ok(_) => string(js, "file"),
        Err(_) => Ok(js.undefined()),
    }
}

fn compile(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let source = string_arg(js, call, 0)?;
    let filename = string_arg(js, call, 1)?;
    let wrapped =
        format!("(function (exports, require, module, __filename, __dirname) {{ {source}\n}})");
    js.eval(&wrapped, &filename)
}

fn builtin_source(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let name = string_arg(js, call, 0)?;
    match builtins::MODULES.iter().find(|(n, _)| *n == name) {
        Some((_, source)) => string(js, source),
        None => Ok(js.undefined()),
    }
}

fn load_addon(inner: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let path = string_arg(js, call, 0)?;
    inner.load_addon(Path::new(&path))
}

fn now(inner: &Inner, js: Js, _: &CallArgs) -> JsResult<JsValue> {
    Ok(js.number(inner.now()))
}

fn enqueue_microtask(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let callback = call.arg(0);
    if !js.is_function(&callback) {
        return Err(type_error(js, "microtask callback must be a function"));
    }
    js.enqueue_job(&callback)?;
    Ok(js.undefined())
}

fn run_microtasks(inner: &Inner, js: Js, _: &CallArgs) -> JsResult<JsValue> {
    inner.engine.run_jobs()?;
    Ok(js.undefined())
}

fn exit(inner: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let code = call.arg(0).as_f64().unwrap_or(0.0) as i32;
    inner.exit_requested.set(Some(code));
    Err(JsException(
        js.new_uncatchable_error("process.exit() called"),
    ))
}

fn promise_state(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    match js.promise_state(&call.arg(0)) {
        Some((state, result)) => js.new_array_from(vec![js.number(f64::from(state)), result]),
        None => Ok(js.undefined()),
    }
}

fn external_address(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let value = call.arg(0);
    match js.host_data::<ExternalData>(&value) {
        Some(external) => string(js, &format!("{:x}", external.data)),
        None => Ok(js.undefined()),
    }
}

/// `lengthGuarded(fast, slow, guard, maxLength)`: a function with `fast`'s name and
/// length that calls `fast` or `slow` as `guard` ('receiver', 'arguments' or 'nested')
/// decides (`engine::LengthGuard`; `internal_interruptible_arrays.js`).
fn length_guarded(_: &Inner, js: Js, call: &CallArgs) -> JsResult<JsValue> {
    let (fast, slow) = (call.arg(0), call.arg(1));
    if !js.is_function(&fast) || !js.is_function(&slow) {
        return Err(type_error(js, "lengthGuarded needs two functions"));
    }
    let guard = match string_arg(js, call, 2)?.as_str() {
        "receiver" => LengthGuard::Receiver,
        "arguments" => LengthGuard::ReceiverAndArguments,
        "nested" => LengthGuard::Nested,
        _ => return Err(type_error(js, "unknown length guard")),
    };
    let max_length = call.arg(3).as_f64().unwrap_or(0.0) as u32;
    let name = std::ffi::CString::new(js.to_rust_string(&js.get_named(&fast, b"name")?)?)
        .map_err(|_| type_error(js, "function names cannot hold NUL"))?;
    let length = js.get_named(&fast, b"length")?.as_f64().unwrap_or(0.0) as u32;
    js.new_length_guarded(&name, length, &fast, &slow, guard, max_length)
}

fn gc(inner: &Inner, js: Js, _: &CallArgs) -> JsResult<JsValue> {
    inner.engine.run_gc();
    inner.run_gc_finalizers()?;
    Ok(js.undefined())
}
