//! The process-level part of `node_api.h`: the Node version, the module file name,
//! fatal errors and exceptions, the (absent) libuv loop and legacy registration.

use crate::call::Cx;
use crate::engine::JsValue;
use crate::env::Env;
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiError, NapiResult, ensure_status};

/// Layout of `napi_node_version` on wasm32 (`{uint32_t major, minor, patch; const
/// char* release}`), followed in the block napi-host allocates by the release string.
mod node_version {
    /// `sizeof(napi_node_version)`
    pub(super) const SIZE: u32 = 16;
    /// Offsets of `major`, `minor`, `patch` and `release`.
    pub(super) const FIELDS: [usize; 4] = [0, 4, 8, 12];
    /// What `release` points to (with its NUL).
    pub(super) const RELEASE_NAME: &[u8] = b"node\0";
}

/// `napi_status napi_get_node_version(node_api_basic_env env, const napi_node_version** result)`
///
/// Node: `node_api.cc`. Entry: `basic`. `*result` points to a block in guest memory
/// allocated once per env with the guest's `malloc`: `{major, minor, patch, "node"}`
/// of [`crate::NODE_VERSION`], the version `process.versions.node` reports. Statuses:
/// `invalid_arg` (NULL `result`), `generic_failure` (the guest has no `malloc` or it
/// returned NULL).
pub(crate) fn napi_get_node_version(cx: &mut Cx<'_>, result: GuestPtr<u32>) -> NapiResult {
    let result = result.required()?;
    let block = match cx.env.node.node_version_block() {
        Some(block) => block,
        None => {
            let release = node_version::RELEASE_NAME;
            let size = node_version::SIZE + release.len() as u32;
            let block = cx.env.guest_malloc(size)?;
            let [major, minor, patch] = version_numbers(crate::NODE_VERSION);
            cx.env.with_memory(|m| -> NapiResult {
                let bytes = m.bytes_mut(block, size)?;
                let values = [major, minor, patch, block + node_version::SIZE];
                for (offset, value) in node_version::FIELDS.into_iter().zip(values) {
                    bytes[offset..offset + 4].copy_from_slice(&value.to_le_bytes());
                }
                bytes[node_version::SIZE as usize..].copy_from_slice(release);
                Ok(())
            })??;
            cx.env.node.set_node_version_block(block);
            block
        }
    };
    cx.write(result, block)
}

/// `[major, minor, patch]` of a `x.y.z` version string.
pub(crate) fn version_numbers(version: &str) -> [u32; 3] {
    let mut numbers = [0; 3];
    for (slot, part) in numbers.iter_mut().zip(version.split('.')) {
        *slot = part.parse().unwrap_or(0);
    }
    numbers
}

/// `napi_status node_api_get_module_file_name(node_api_basic_env env, const char** result)`
///
/// Node: `node_api.cc`. Entry: `basic`. `*result` points to a NUL-terminated
/// `file://` URL of the addon (Node's `URL::FromFilePath(module.filename)`), kept in
/// guest memory allocated once per env. Statuses: `invalid_arg` (NULL `result`),
/// `generic_failure` (no `malloc`, or it returned NULL).
pub(crate) fn node_api_get_module_file_name(cx: &mut Cx<'_>, result: GuestPtr<u32>) -> NapiResult {
    let result = result.required()?;
    let block = match cx.env.node.file_name_block() {
        Some(block) => block,
        None => {
            let mut url = file_url(&cx.env.filename).into_bytes();
            url.push(0);
            let size =
                u32::try_from(url.len()).map_err(|_| crate::status::Status::GenericFailure)?;
            let block = cx.env.guest_malloc(size)?;
            cx.env
                .with_memory(|m| m.bytes_mut(block, size).map(|b| b.copy_from_slice(&url)))??;
            cx.env.node.set_file_name_block(block);
            block
        }
    };
    cx.write(result, block)
}

/// The `file://` URL of an absolute path, as Node's `URL::FromFilePath` (ada's
/// `href_from_file`) writes it: `%` escaped first, tabs and newlines dropped, `\`
/// read as a separator, and bytes of the path percent-encode set escaped.
pub(crate) fn file_url(path: &str) -> String {
    let mut url = String::from("file://");
    let path = path.trim_start_matches(['/', '\\']);
    for segment in path.split(['/', '\\']) {
        url.push('/');
        for byte in segment.bytes() {
            match byte {
                b'\t' | b'\n' | b'\r' => {}
                b'%' => url.push_str("%25"),
                0x21..=0x7e if !b"\"#<>?`{}".contains(&byte) => url.push(char::from(byte)),
                _ => url.push_str(&format!("%{byte:02X}")),
            }
        }
    }
    url
}

/// `napi_status napi_get_uv_event_loop(node_api_basic_env env, struct uv_loop_s** loop)`
///
/// Entry: `basic`. napi-host has no libuv loop to hand out (emnapi returns a fake
/// one; addons that drive libuv directly cannot work here). Statuses: `invalid_arg`
/// (NULL `loop`), otherwise always `generic_failure`.
pub(crate) fn napi_get_uv_event_loop(cx: &mut Cx<'_>, loop_: GuestPtr<u32>) -> NapiResult {
    let _ = cx;
    loop_.required()?;
    Err(crate::status::Status::GenericFailure.into())
}

/// `napi_status napi_fatal_exception(napi_env env, napi_value err)`
///
/// Node: `node_api.cc`. Entry: `js`. Routes `err` through the runtime's uncaught-
/// exception path right away: `process.on('uncaughtException')` listeners run before
/// this returns; without one, the error is reported and the runtime stops with exit
/// code 1 (the guest then sees `napi_pending_exception` with an uncatchable error
/// pending, so that JS unwinds). Statuses: `invalid_arg` (NULL `err`).
pub(crate) fn napi_fatal_exception(cx: &mut Cx<'_>, err: Handle) -> NapiResult {
    ensure_status!(err != Handle::NULL, InvalidArg);
    let err = cx.value(err)?;
    let Some(link) = cx.env.node.link() else {
        // Not run by a runtime: leave the error pending for the caller.
        return Err(NapiError::Exception(err));
    };
    if link.uncaught_exception(err) {
        Ok(())
    } else {
        Err(NapiError::Exception(cx.env.exiting_error()))
    }
}

/// What `napi_fatal_error` stops an addon with: the trap's root cause, turned into the
/// JS error `code: 'ERR_NAPI_FATAL'` by [`Env::trap_error`].
#[derive(Debug, thiserror::Error)]
#[error("FATAL ERROR: {location} {message}")]
pub(crate) struct FatalError {
    location: String,
    message: String,
}

impl FatalError {
    /// The uncatchable `Error` (`code: 'ERR_NAPI_FATAL'`, `location`, `fatalMessage`)
    /// that unwinds JS to the event loop, which then stops with exit code 134.
    pub(crate) fn to_js(&self, env: &Env) -> JsValue {
        let js = env.js();
        let error = js.new_uncatchable_error(&format!(
            "{self} (napi_fatal_error in {}; the addon was stopped)",
            env.filename
        ));
        for (name, value) in [
            (&b"code"[..], "ERR_NAPI_FATAL"),
            (b"location", &self.location),
            (b"fatalMessage", &self.message),
        ] {
            if let Ok(value) = js.string_from_utf8(value.as_bytes()) {
                let _ = js.set_named(&error, name, value);
            }
        }
        error
    }
}

/// Reads a `(pointer, length)` string argument of `napi_fatal_error` (NULL is empty;
/// `NAPI_AUTO_LENGTH` means NUL-terminated).
fn fatal_text(cx: &Cx<'_>, ptr: GuestPtr<u8>, len: u32) -> NapiResult<String> {
    let Some(ptr) = ptr.non_null() else {
        return Ok(String::new());
    };
    let bytes = cx.env.with_memory(|m| {
        m.str_with_len(ptr.addr(), len, super::MAX_C_STRING)
            .map(<[u8]>::to_vec)
    })??;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `NAPI_NO_RETURN void napi_fatal_error(const char* location, size_t location_len, const char* message, size_t message_len)`
///
/// Node prints `FATAL ERROR: location message` and aborts the process. napi-host
/// stops only this addon and its runtime: it prints the same line on stderr, traps the
/// instance (poisoning it) with a JS error `code: 'ERR_NAPI_FATAL'` carrying
/// `location` and `fatalMessage`, and the runtime stops with exit code 134 (the CLI
/// exits like Node's `SIGABRT`); an embedding host keeps running.
pub(crate) fn napi_fatal_error(
    cx: &mut Cx<'_>,
    location: GuestPtr<u8>,
    location_len: u32,
    message: GuestPtr<u8>,
    message_len: u32,
) -> NapiResult {
    let fatal = FatalError {
        location: fatal_text(cx, location, location_len)?,
        message: fatal_text(cx, message, message_len)?,
    };
    if let Some(link) = cx.env.node.link() {
        link.fatal_error(&format!("{fatal}\n"));
    }
    Err(NapiError::Trap(wasmtime::Error::new(fatal)))
}

/// Offset of `nm_register_func` in `napi_module` on wasm32 (`{int nm_version; unsigned
/// nm_flags; const char* nm_filename; napi_addon_register_func nm_register_func; ...}`).
const NM_REGISTER_FUNC: u32 = 12;

/// `void napi_module_register(napi_module* mod)`
///
/// Legacy registration, called from a module constructor (in wasm: during
/// `_initialize`). napi-host keeps `mod->nm_register_func` and, like Node's
/// `DLOpen`, uses it as the module's init function in place of
/// `napi_register_wasm_v1`. A NULL `mod` is ignored.
pub(crate) fn napi_module_register(cx: &mut Cx<'_>, mod_: GuestPtr<u32>) -> NapiResult {
    let Some(module) = mod_.non_null() else {
        return Ok(());
    };
    let register = cx.read(GuestPtr::<u32>::new(
        module.addr().wrapping_add(NM_REGISTER_FUNC),
    ))?;
    cx.env.node.set_legacy_register_func(register);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_escape_like_node() {
        assert_eq!(file_url("/a/b c/x.wasm"), "file:///a/b%20c/x.wasm");
        assert_eq!(file_url("/p%q/#?.wasm"), "file:///p%25q/%23%3F.wasm");
        assert_eq!(file_url("/é"), "file:///%C3%A9");
    }

    #[test]
    fn versions_split_into_numbers() {
        assert_eq!(version_numbers("20.20.2"), [20, 20, 2]);
    }
}
