//! BigInts: creation from `int64_t` / `uint64_t` / word arrays and reading them back.

use crate::call::Cx;
use crate::engine::{JsValue, MAX_BIGINT_WORDS};
use crate::guest::GuestPtr;
use crate::handles::Handle;
use crate::status::{NapiResult, Status, ensure_status};

/// `napi_status napi_create_bigint_int64(napi_env env, int64_t value, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. Statuses: `invalid_arg`.
pub(crate) fn napi_create_bigint_int64(
    cx: &mut Cx<'_>,
    value: i64,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let bigint = cx.js().bigint_from_i64(value)?;
    cx.set_result(result, bigint)
}

/// `napi_status napi_create_bigint_uint64(napi_env env, uint64_t value, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. Statuses: `invalid_arg`.
pub(crate) fn napi_create_bigint_uint64(
    cx: &mut Cx<'_>,
    value: u64,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let result = result.required()?;
    let bigint = cx.js().bigint_from_u64(value)?;
    cx.set_result(result, bigint)
}

/// `napi_status napi_create_bigint_words(napi_env env, int sign_bit, size_t word_count, const uint64_t* words, napi_value* result)`
///
/// Node: `js_native_api_v8.cc`. Entry: js. Any non-zero `sign_bit` means negative (a
/// zero magnitude gives `0n`). Statuses: `invalid_arg` (NULL `words`/`result`, even with
/// no words; `word_count` above `INT_MAX`), `pending_exception` (a RangeError: more
/// words than the engine's largest BigInt, checked before any word is read; QuickJS
/// allows 2^20 bits where V8 allows 2^30).
pub(crate) fn napi_create_bigint_words(
    cx: &mut Cx<'_>,
    sign_bit: i32,
    word_count: u32,
    words: GuestPtr<u64>,
    result: GuestPtr<Handle>,
) -> NapiResult {
    let words = words.required()?;
    let result = result.required()?;
    ensure_status!(word_count <= i32::MAX as u32, InvalidArg);
    let js = cx.js();
    if word_count > MAX_BIGINT_WORDS + 1 {
        return Err(js.range_error("Maximum BigInt size exceeded").into());
    }
    let mut magnitude = Vec::with_capacity(word_count as usize);
    for i in 0..word_count {
        magnitude.push(cx.read(words.add(i))?);
    }
    let bigint = js.bigint_from_words(sign_bit != 0, &magnitude)?;
    cx.set_result(result, bigint)
}

/// The BigInt a handle names (`napi_bigint_expected` otherwise).
fn bigint(cx: &Cx<'_>, value: Handle) -> NapiResult<JsValue> {
    let value = cx.value(value)?;
    ensure_status!(cx.js().is_bigint(&value), BigintExpected);
    Ok(value)
}

/// `napi_status napi_get_value_bigint_int64(napi_env env, napi_value value, int64_t* result, bool* lossless)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. The value modulo 2^64 as a signed
/// integer; `lossless` tells whether that is the value itself. Statuses: `invalid_arg`,
/// `bigint_expected`.
pub(crate) fn napi_get_value_bigint_int64(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<i64>,
    lossless: GuestPtr<bool>,
) -> NapiResult {
    let result = result.required()?;
    let lossless = lossless.required()?;
    let value = bigint(cx, value)?;
    let (int, exact) = cx.js().bigint_to_i64(&value)?;
    cx.write(result, int)?;
    cx.write(lossless, exact)
}

/// `napi_status napi_get_value_bigint_uint64(napi_env env, napi_value value, uint64_t* result, bool* lossless)`
///
/// Node: `js_native_api_v8.cc`. Entry: basic. The value modulo 2^64; `lossless` tells
/// whether that is the value itself (never for negative values). Statuses:
/// `invalid_arg`, `bigint_expected`.
pub(crate) fn napi_get_value_bigint_uint64(
    cx: &mut Cx<'_>,
    value: Handle,
    result: GuestPtr<u64>,
    lossless: GuestPtr<bool>,
) -> NapiResult {
    let result = result.required()?;
    let lossless = lossless.required()?;
    let value = bigint(cx, value)?;
    let (int, exact) = cx.js().bigint_to_u64(&value)?;
    cx.write(result, int)?;
    cx.write(lossless, exact)
}

/// `napi_status napi_get_value_bigint_words(napi_env env, napi_value value, int* sign_bit, size_t* word_count, uint64_t* words)`
///
/// Node: `js_native_api_v8.cc` (V8's `BigInt::ToWordsArray`). Entry: basic. With
/// `sign_bit` and `words` both NULL, `*word_count` receives the number of words the
/// magnitude needs (0 for `0n`). Otherwise both are required: `*sign_bit` gets 1 for a
/// negative value, the first `min(*word_count, needed)` words (least significant
/// first) are written, and `*word_count` receives the number needed (which may exceed
/// what was written). Statuses: `invalid_arg`, `bigint_expected`.
pub(crate) fn napi_get_value_bigint_words(
    cx: &mut Cx<'_>,
    value: Handle,
    sign_bit: GuestPtr<i32>,
    word_count: GuestPtr<u32>,
    words: GuestPtr<u64>,
) -> NapiResult {
    let value = cx.value(value)?;
    let word_count = word_count.required()?;
    ensure_status!(cx.js().is_bigint(&value), BigintExpected);
    let (negative, magnitude) = cx.js().bigint_words(&value)?;
    let needed = u32::try_from(magnitude.len()).map_err(|_| Status::InvalidArg)?;
    if sign_bit.is_null() && words.is_null() {
        return cx.write(word_count, needed);
    }
    let sign_bit = sign_bit.required()?;
    let words = words.required()?;
    // Node reads the capacity into an `int`: a count above INT_MAX copies nothing.
    let available = i32::try_from(cx.read(word_count)?).unwrap_or(0);
    cx.write(sign_bit, i32::from(negative))?;
    let copy = needed.min(u32::try_from(available).unwrap_or(0));
    for (i, word) in magnitude.iter().take(copy as usize).enumerate() {
        cx.write(words.add(i as u32), *word)?;
    }
    cx.write(word_count, needed)
}
