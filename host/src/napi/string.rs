//! Strings: creation from Latin-1 / UTF-8 / UTF-16 guest buffers and copying out.
//!
//! Each conversion is one bulk copy between guest memory and the engine.

use crate::abi::NAPI_AUTO_LENGTH;
use crate::call::Cx;
use crate::engine::{Js, JsResult, JsValue};
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, bail_status, ensure_status};
use std::borrow::Cow;

/// The input encodings of `napi_create_string_*`.
#[derive(Clone, Copy)]
pub(crate) enum Encoding {
    Latin1,
    Utf8,
    Utf16,
}

/// Node's `NewString`: `length` is in code units (bytes for Latin-1/UTF-8);
/// `NAPI_AUTO_LENGTH` means NUL-terminated; lengths above `INT_MAX` are rejected.
fn create_string(
    cx: &Cx<'_>,
    str_: u32,
    length: u32,
    result: GuestPtr<Handle>,
    encoding: Encoding,
) -> NapiResult {
    if length > 0 {
        GuestPtr::<u8>::new(str_).required()?;
    }
    let result = result.required()?;
    let value = read_string(cx, str_, length, encoding)?;
    cx.set_result(result, value)
}

/// Reads a guest string as Node's `NewString` does (after its NULL-`result` check):
/// `str_` may be NULL only when `length` is 0; lengths above `INT_MAX` (other than
/// `NAPI_AUTO_LENGTH`) are `napi_invalid_arg`.
pub(crate) fn read_string(
    cx: &Cx<'_>,
    str_: u32,
    length: u32,
    encoding: Encoding,
) -> NapiResult<JsValue> {
    if length > 0 {
        GuestPtr::<u8>::new(str_).required()?;
    }
    ensure_status!(
        length == NAPI_AUTO_LENGTH || length <= i32::MAX as u32,
        InvalidArg
    );
    let js = cx.js();
    let value = cx.env.with_memory(|m| -> NapiResult<JsResult<JsValue>> {
        Ok(match encoding {
            Encoding::Latin1 => {
                js.string_from_latin1(m.str_with_len(str_, length, super::MAX_C_STRING)?)
            }
            Encoding::Utf8 => {
                js.string_from_utf8(m.str_with_len(str_, length, super::MAX_C_STRING)?)
            }
            Encoding::Utf16 => js.string_from_utf16(&utf16_units(m, str_, length)?),
        })
    })??;
    Ok(value.map_err(|_| Status::GenericFailure)?)
}

/// Reads UTF-16 code units (NUL-terminated when `length` is `NAPI_AUTO_LENGTH`).
fn utf16_units(m: &crate::guest::GuestMemory<'_>, addr: u32, length: u32) -> NapiResult<Vec<u16>> {
    let units = if length == NAPI_AUTO_LENGTH {
        let mut units = Vec::new();
        loop {
            let unit = m.read(GuestPtr::<u16>::new(addr).add(units.len() as u32))?;
            if unit == 0 {
                break units;
            }
            units.push(unit);
            if units.len() as u32 > super::MAX_C_STRING {
                bail_status!(InvalidArg);
            }
        }
    } else {
        let bytes = m.bytes(addr, length.checked_mul(2).ok_or(Status::InvalidArg)?)?;
        bytes
            .chunks_exact(2)
            .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
            .collect()
    };
    Ok(units)
}

/// `napi_status napi_create_string_latin1(napi_env env, const char* str, size_t length, napi_value* result)`
pub(crate) fn napi_create_string_latin1(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_string(cx, str_, length, result, Encoding::Latin1)
}

/// `napi_status napi_create_string_utf8(napi_env env, const char* str, size_t length, napi_value* result)`
pub(crate) fn napi_create_string_utf8(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_string(cx, str_, length, result, Encoding::Utf8)
}

/// `napi_status napi_create_string_utf16(napi_env env, const char16_t* str, size_t length, napi_value* result)`
pub(crate) fn napi_create_string_utf16(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_string(cx, str_, length, result, Encoding::Utf16)
}

/// Node's `NewExternalString` as built with the V8 sandbox: napi-host always copies the
/// characters (`*copied = true`) and, as Node does then, calls the finalizer (if any)
/// with `str` before returning, since the guest buffer is no longer needed.
fn create_external_string(
    cx: &Cx<'_>,
    str_: u32,
    length: u32,
    (finalize_callback, finalize_hint): (u32, u32),
    result: GuestPtr<Handle>,
    copied: GuestPtr<bool>,
    encoding: Encoding,
) -> NapiResult {
    create_string(cx, str_, length, result, encoding)?;
    if let Some(copied) = copied.non_null() {
        cx.write(copied, true)?;
    }
    if finalize_callback != 0 {
        cx.env.run_finalizer(crate::env::PendingFinalizer {
            callback: finalize_callback,
            data: str_,
            hint: finalize_hint,
        })?;
    }
    Ok(())
}

/// `napi_status node_api_create_external_string_latin1(napi_env env, char* str, size_t length, node_api_basic_finalize finalize_callback, void* finalize_hint, napi_value* result, bool* copied)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. Always copies (see
/// `create_external_string`). Statuses: as `napi_create_string_latin1`.
pub(crate) fn node_api_create_external_string_latin1(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    finalize_callback: u32,
    finalize_hint: u32,
    result: GuestPtr<Handle>,
    copied: GuestPtr<bool>,
) -> NapiResult {
    create_external_string(
        cx,
        str_,
        length,
        (finalize_callback, finalize_hint),
        result,
        copied,
        Encoding::Latin1,
    )
}

/// `napi_status node_api_create_external_string_utf16(napi_env env, char16_t* str, size_t length, node_api_basic_finalize finalize_callback, void* finalize_hint, napi_value* result, bool* copied)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. Always copies (see
/// `create_external_string`). Statuses: as `napi_create_string_utf16`.
pub(crate) fn node_api_create_external_string_utf16(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    finalize_callback: u32,
    finalize_hint: u32,
    result: GuestPtr<Handle>,
    copied: GuestPtr<bool>,
) -> NapiResult {
    create_external_string(
        cx,
        str_,
        length,
        (finalize_callback, finalize_hint),
        result,
        copied,
        Encoding::Utf16,
    )
}

/// `napi_status node_api_create_property_key_latin1(napi_env env, const char* str, size_t length, napi_value* result)`
///
/// Node: `js_native_api_v8.cc` (an internalized string). Entry: basic. Statuses: as
/// `napi_create_string_latin1`.
pub(crate) fn node_api_create_property_key_latin1(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_string(cx, str_, length, result, Encoding::Latin1)
}

/// `napi_status node_api_create_property_key_utf8(napi_env env, const char* str, size_t length, napi_value* result)`
///
/// Node: `js_native_api_v8.cc` (an internalized string). Entry: basic. Statuses: as
/// `napi_create_string_utf8`.
pub(crate) fn node_api_create_property_key_utf8(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_string(cx, str_, length, result, Encoding::Utf8)
}

/// `napi_status node_api_create_property_key_utf16(napi_env env, const char16_t* str, size_t length, napi_value* result)`
///
/// Node: `js_native_api_v8.cc` (an internalized string). Entry: basic. Statuses: as
/// `napi_create_string_utf16`.
pub(crate) fn node_api_create_property_key_utf16(
    cx: &mut Cx<'_>,
    str_: u32,
    length: u32,
    result: GuestPtr<Handle>,
) -> NapiResult {
    create_string(cx, str_, length, result, Encoding::Utf16)
}

/// The string value of a handle (`napi_string_expected` otherwise).
fn string_value(cx: &Cx<'_>, value: Handle) -> NapiResult<JsValue> {
    let value = cx.value(value)?;
    ensure_status!(value.is_string(), StringExpected);
    Ok(value)
}

/// Node's copy-out rule shared by the three `napi_get_value_string_*`: with `buf` NULL
/// the full length (in units) goes to `result`; otherwise at most `bufsize - 1` units
/// are copied, a NUL is appended, and the copied count goes to `result` (if non-NULL).
fn copy_out(
    cx: &Cx<'_>,
    units: &[u8],
    unit_size: u32,
    buf: u32,
    bufsize: u32,
    result: GuestPtr<u32>,
    fit: impl Fn(&[u8], usize) -> usize,
) -> NapiResult {
    let total = u32::try_from(units.len() / unit_size as usize).map_err(|_| Status::InvalidArg)?;
    if buf == 0 {
        return cx.write(result.required()?, total);
    }
    if bufsize == 0 {
        return match result.non_null() {
            Some(result) => cx.write(result, 0),
            None => Ok(()),
        };
    }
    let capacity = (bufsize - 1).min(total) as usize;
    let copied = fit(units, capacity);
    let byte_len = copied * unit_size as usize;
    cx.env.with_memory(|m| -> NapiResult {
        let size = u32::try_from(byte_len).map_err(|_| Status::InvalidArg)? + unit_size;
        let out = m.bytes_mut(buf, size)?;
        out[..byte_len].copy_from_slice(&units[..byte_len]);
        out[byte_len..].fill(0);
        Ok(())
    })??;
    match result.non_null() {
        Some(result) => cx.write(result, copied as u32),
        None => Ok(()),
    }
}

/// `napi_status napi_get_value_string_latin1(napi_env env, napi_value value, char* buf, size_t bufsize, size_t* result)`
///
/// Each UTF-16 unit is truncated to its low byte (V8's `WriteOneByte`).
pub(crate) fn napi_get_value_string_latin1(
    cx: &mut Cx<'_>,
    value: Handle,
    buf: u32,
    bufsize: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    let value = string_value(cx, value)?;
    let units = cx
        .js()
        .to_utf16(&value)
        .map_err(|_| Status::GenericFailure)?;
    let bytes: Vec<u8> = units.units().iter().map(|&u| u as u8).collect();
    copy_out(cx, &bytes, 1, buf, bufsize, result, |_, cap| cap)
}

/// `napi_status napi_get_value_string_utf8(napi_env env, napi_value value, char* buf, size_t bufsize, size_t* result)`
///
/// Truncation never splits a multi-byte character; lone surrogates are written as
/// U+FFFD (V8's `kReplaceInvalidUtf8`).
pub(crate) fn napi_get_value_string_utf8(
    cx: &mut Cx<'_>,
    value: Handle,
    buf: u32,
    bufsize: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    let value = string_value(cx, value)?;
    let utf8 = utf8(cx.js(), &value)?;
    let bytes = replace_lone_surrogates(utf8.bytes());
    copy_out(cx, &bytes, 1, buf, bufsize, result, utf8_boundary)
}

/// `napi_status napi_get_value_string_utf16(napi_env env, napi_value value, char16_t* buf, size_t bufsize, size_t* result)`
pub(crate) fn napi_get_value_string_utf16(
    cx: &mut Cx<'_>,
    value: Handle,
    buf: u32,
    bufsize: u32,
    result: GuestPtr<u32>,
) -> NapiResult {
    let value = string_value(cx, value)?;
    let units = cx
        .js()
        .to_utf16(&value)
        .map_err(|_| Status::GenericFailure)?;
    let bytes: Vec<u8> = units.units().iter().flat_map(|u| u.to_le_bytes()).collect();
    copy_out(cx, &bytes, 2, buf, bufsize, result, |_, cap| cap)
}

fn utf8(js: Js, value: &JsValue) -> NapiResult<crate::engine::JsCString> {
    js.to_utf8(value).map_err(|_| Status::GenericFailure.into())
}

/// The engine encodes a lone surrogate as its 3-byte generalized UTF-8 sequence
/// (`ED A0..BF 80..BF`); V8 writes U+FFFD (`EF BF BD`) instead. Both take 3 bytes, so
/// lengths and character boundaries are unchanged. In the engine's output `ED` is
/// always a lead byte, so a byte scan finds every such sequence.
fn replace_lone_surrogates(bytes: &[u8]) -> Cow<'_, [u8]> {
    let is_surrogate = |pair: &[u8]| pair[0] == 0xED && pair[1] >= 0xA0;
    // `contains` is a fast byte search; most strings have no `ED` at all.
    if !bytes.contains(&0xED) || !bytes.windows(2).any(is_surrogate) {
        return Cow::Borrowed(bytes);
    }
    let mut fixed = bytes.to_vec();
    let mut i = 0;
    while i + 3 <= fixed.len() {
        if is_surrogate(&fixed[i..i + 2]) {
            fixed[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    Cow::Owned(fixed)
}

/// The longest prefix of at most `cap` bytes that ends on a character boundary.
fn utf8_boundary(bytes: &[u8], cap: usize) -> usize {
    let mut end = cap.min(bytes.len());
    while end > 0 && end < bytes.len() && bytes[end] & 0xC0 == 0x80 {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::{replace_lone_surrogates, utf8_boundary};

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        // "a" U+D800 "b" U+DFFF, as the engine encodes them; then a real pair (U+1F600).
        let wtf8 = [
            0x61, 0xED, 0xA0, 0x80, 0x62, 0xED, 0xBF, 0xBF, 0xF0, 0x9F, 0x98, 0x80,
        ];
        let fixed = replace_lone_surrogates(&wtf8);
        assert_eq!(&*fixed, "a\u{FFFD}b\u{FFFD}\u{1F600}".as_bytes());
        // U+D7FF (ED 9F BF) is not a surrogate.
        assert_eq!(
            &*replace_lone_surrogates("\u{D7FF}".as_bytes()),
            "\u{D7FF}".as_bytes()
        );
    }

    #[test]
    fn truncation_keeps_whole_characters() {
        let s = "aé€".as_bytes(); // 1 + 2 + 3 bytes
        assert_eq!(utf8_boundary(s, 0), 0);
        assert_eq!(utf8_boundary(s, 1), 1);
        assert_eq!(utf8_boundary(s, 2), 1);
        assert_eq!(utf8_boundary(s, 3), 3);
        assert_eq!(utf8_boundary(s, 5), 3);
        assert_eq!(utf8_boundary(s, 6), 6);
        assert_eq!(utf8_boundary(s, 10), 6);
    }
}
