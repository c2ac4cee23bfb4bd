//! The wasm32 Node-API ABI: constants, enums and struct layouts the guest shares with us
//! (`js_native_api_types.h`, `node_api_types.h`, lowered by clang for wasm32).

/// `NAPI_AUTO_LENGTH` (`SIZE_MAX` on wasm32).
pub const NAPI_AUTO_LENGTH: u32 = u32::MAX;

/// The Node-API version a module gets when it does not export
/// `node_api_module_get_api_version_v1` (Node's default).
pub const DEFAULT_MODULE_API_VERSION: u32 = 8;

/// The highest stable Node-API version napi-host implements (`napi_get_version`).
pub const NAPI_VERSION: u32 = 10;

/// `napi_valuetype`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum ValueType {
    /// `napi_undefined`
    Undefined = 0,
    /// `napi_null`
    Null,
    /// `napi_boolean`
    Boolean,
    /// `napi_number`
    Number,
    /// `napi_string`
    String,
    /// `napi_symbol`
    Symbol,
    /// `napi_object`
    Object,
    /// `napi_function`
    Function,
    /// `napi_external`
    External,
    /// `napi_bigint`
    Bigint,
}

/// `napi_property_attributes` bits.
pub mod property_attributes {
    /// `napi_writable`
    pub const WRITABLE: u32 = 1 << 0;
    /// `napi_enumerable`
    pub const ENUMERABLE: u32 = 1 << 1;
    /// `napi_configurable`
    pub const CONFIGURABLE: u32 = 1 << 2;
    /// `napi_static` (`napi_define_class`: defined on the constructor)
    pub const STATIC: u32 = 1 << 10;
}

/// Layout of `napi_property_descriptor` on wasm32 (8 × 4 bytes).
pub mod property_descriptor {
    /// `const char* utf8name`
    pub const UTF8NAME: u32 = 0;
    /// `napi_value name`
    pub const NAME: u32 = 4;
    /// `napi_callback method`
    pub const METHOD: u32 = 8;
    /// `napi_callback getter`
    pub const GETTER: u32 = 12;
    /// `napi_callback setter`
    pub const SETTER: u32 = 16;
    /// `napi_value value`
    pub const VALUE: u32 = 20;
    /// `napi_property_attributes attributes`
    pub const ATTRIBUTES: u32 = 24;
    /// `void* data`
    pub const DATA: u32 = 28;
    /// `sizeof(napi_property_descriptor)`
    pub const SIZE: u32 = 32;
}

/// Layout of `napi_extended_error_info` on wasm32.
pub mod extended_error_info {
    /// `const char* error_message`
    pub const ERROR_MESSAGE: u32 = 0;
    /// `void* engine_reserved`
    pub const ENGINE_RESERVED: u32 = 4;
    /// `uint32_t engine_error_code`
    pub const ENGINE_ERROR_CODE: u32 = 8;
    /// `napi_status error_code`
    pub const ERROR_CODE: u32 = 12;
    /// `sizeof(napi_extended_error_info)`
    pub const SIZE: u32 = 16;
}
