//! `napi_env`: the per-addon-instance Node-API state.
//!
//! One [`Env`] exists per loaded addon instance. It owns the handle stack, the pending
//! exception, the last-error record, the callback frames (`napi_callback_info`), the
//! queue of finalizers waiting to run, and the link to the guest's exports. Every field
//! uses interior mutability with short borrows, because JS and the guest re-enter each
//! other: no borrow is ever held across a call into the engine or the guest.

use crate::engine::{ErrorKind, Js, JsException, JsResult, JsType, JsValue};
use crate::guest::{GuestMemory, GuestPtr, GuestScalar};
use crate::handles::{Handle, HandleStore, ScopeId, ScopeKind};
use crate::reentry::StoreStack;
use crate::status::{NapiError, NapiResult, Status};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use wasmtime::{Memory, Table, TypedFunc};

mod transfer;

/// The guest exports the host calls, looked up once after instantiation.
pub(crate) struct GuestExports {
    pub(crate) memory: Memory,
    pub(crate) table: Option<Table>,
    pub(crate) malloc: Option<TypedFunc<u32, u32>>,
    pub(crate) free: Option<TypedFunc<u32, ()>>,
}

/// A guest napi callback `(env, cbinfo) -> napi_value`, resolved from its table index.
pub(crate) type CallbackFunc = TypedFunc<(u32, u32), u32>;

/// A cache keyed by guest function-table index (callbacks are looked up once per created
/// function, finalizers once per run): a multiplicative hash (indices are small integers;
/// no need for SipHash) and shared entries (cloning a `TypedFunc` is not free).
type TableCache<F> = HashMap<u32, Rc<F>, std::hash::BuildHasherDefault<IndexHasher>>;

/// Fibonacci hashing of a `u32` table index.
#[derive(Default)]
struct IndexHasher(u64);

impl std::hash::Hasher for IndexHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, index: u32) {
        self.0 = u64::from(index).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A guest finalizer: `(env, data, hint)`.
type FinalizerFunc = TypedFunc<(u32, u32, u32), ()>;

/// What a `napi_callback_info` id names while the callback runs.
pub(crate) struct CallbackFrame {
    pub(crate) this: Handle,
    pub(crate) first_arg: Handle,
    pub(crate) argc: u32,
    pub(crate) new_target: Option<Handle>,
    pub(crate) data: u32,
}

/// A guest finalizer waiting to run: `finalize_cb(env, data, hint)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PendingFinalizer {
    pub(crate) callback: u32,
    pub(crate) data: u32,
    pub(crate) hint: u32,
}

/// The Node-API environment of one addon instance.
pub(crate) struct Env {
    /// The `napi_env` id the guest passes back.
    pub(crate) id: u32,
    /// The addon's path, for messages.
    pub(crate) filename: String,
    module_api_version: Cell<u32>,
    js: Js,
    handles: RefCell<HandleStore>,
    last_exception: RefCell<Option<JsValue>>,
    last_error: Cell<Status>,
    error_info: Cell<u32>,
    frames: RefCell<Vec<CallbackFrame>>,
    finalizers: RefCell<VecDeque<PendingFinalizer>>,
    /// `node_api_noenv_finalize` callbacks `(data, hint)` waiting to run.
    noenv_finalizers: RefCell<VecDeque<PendingFinalizer>>,
    poisoned: Cell<bool>,
    pub(crate) stores: StoreStack,
    guest: OnceCell<GuestExports>,
    callbacks: RefCell<TableCache<CallbackFunc>>,
    finalizer_funcs: RefCell<TableCache<FinalizerFunc>>,
    /// Buffer bytes shared with the guest (`env/transfer.rs`).
    transfers: transfer::Transfers,
    /// The `node_api.h` state: async work, thread-safe functions, cleanup hooks...
    pub(crate) node: crate::node_env::NodeEnv,
    /// References, wraps, tracked finalizers and the instance data.
    pub(crate) references: crate::references::References,
    /// Pending `napi_deferred`s (`napi/promise.rs`).
    pub(crate) deferreds: crate::napi::promise::Deferreds,
}

impl Env {
    /// A fresh env for the addon at `filename`.
    pub(crate) fn new(id: u32, js: Js, filename: String, handle_limit: usize) -> Env {
        Env {
            id,
            filename,
            module_api_version: Cell::new(crate::abi::DEFAULT_MODULE_API_VERSION),
            js,
            handles: RefCell::new(HandleStore::new(handle_limit)),
            last_exception: RefCell::new(None),
            last_error: Cell::new(Status::Ok),
            error_info: Cell::new(0),
            frames: RefCell::new(Vec::new()),
            finalizers: RefCell::new(VecDeque::new()),
            noenv_finalizers: RefCell::new(VecDeque::new()),
            poisoned: Cell::new(false),
            stores: StoreStack::default(),
            guest: OnceCell::new(),
            callbacks: RefCell::new(TableCache::default()),
            finalizer_funcs: RefCell::new(TableCache::default()),
            transfers: transfer::Transfers::default(),
            node: crate::node_env::NodeEnv::default(),
            references: crate::references::References::default(),
            deferreds: crate::napi::promise::Deferreds::default(),
        }
    }

    /// The engine handle.
    pub(crate) fn js(&self) -> Js {
        self.js
    }

    /// The Node-API version the module declared (`node_api_module_get_api_version_v1`).
    pub(crate) fn module_api_version(&self) -> u32 {
        self.module_api_version.get()
    }

    /// Records the module's declared Node-API version.
    pub(crate) fn set_module_api_version(&self, version: u32) {
        self.module_api_version.set(version);
    }

    /// Records the guest exports after instantiation.
    pub(crate) fn link_guest(&self, exports: GuestExports) {
        let _ = self.guest.set(exports);
    }

    fn guest(&self) -> NapiResult<&GuestExports> {
        self.guest
            .get()
            .ok_or_else(|| NapiError::Trap(wasmtime::Error::msg("addon used before it was linked")))
    }

    // ----- handles -------------------------------------------------------------------

    /// The value a handle names, or `napi_invalid_arg`.
    pub(crate) fn value(&self, handle: Handle) -> NapiResult<JsValue> {
        self.handles.borrow().get(self.js, handle)
    }

    /// Runs `f` on the value a handle names, without a reference count round trip.
    /// `f` must not call into the engine in ways that run JS (it runs under a borrow of
    /// the handle store).
    pub(crate) fn peek<R>(&self, handle: Handle, f: impl FnOnce(&JsValue) -> R) -> NapiResult<R> {
        self.handles.borrow().peek(self.js, handle, f)
    }

    /// Pushes a value into the innermost scope.
    pub(crate) fn push(&self, value: JsValue) -> NapiResult<Handle> {
        self.handles.borrow_mut().push(value)
    }

    /// Opens a scope.
    pub(crate) fn open_scope(&self, kind: ScopeKind) -> ScopeId {
        self.handles.borrow_mut().open(kind)
    }

    /// Opens an escapable scope.
    pub(crate) fn open_escapable_scope(&self) -> NapiResult<ScopeId> {
        self.handles
            .borrow_mut()
            .open_escapable(self.js.undefined())
    }

    /// Closes the innermost scope, which must be `scope`.
    pub(crate) fn close_scope(&self, scope: ScopeId) -> NapiResult {
        self.handles.borrow_mut().close(scope)
    }

    /// The innermost scope.
    pub(crate) fn innermost_scope(&self) -> Option<(ScopeId, ScopeKind)> {
        self.handles.borrow().innermost()
    }

    /// Escapes `value` out of escapable scope `scope`.
    pub(crate) fn escape(&self, scope: ScopeId, value: JsValue) -> NapiResult<Handle> {
        self.handles.borrow_mut().escape(scope, value)
    }

    /// Closes a host scope opened around a guest call. If the guest left scopes of its
    /// own open, they are closed too and `napi_handle_scope_mismatch` is reported (Node
    /// aborts the process in that case; we fail the call instead).
    pub(crate) fn close_host_scope(&self, scope: ScopeId) -> NapiResult {
        let mut handles = self.handles.borrow_mut();
        let mut balanced = true;
        while handles.depth() > scope.0 as usize {
            balanced = false;
            let (inner, _) = handles.innermost().ok_or(Status::HandleScopeMismatch)?;
            handles.close(inner)?;
        }
        handles.close(scope)?;
        if balanced {
            Ok(())
        } else {
            Err(Status::HandleScopeMismatch.into())
        }
    }

    // ----- exceptions and last error -------------------------------------------------

    /// Whether an exception is pending.
    pub(crate) fn has_pending_exception(&self) -> bool {
        self.last_exception.borrow().is_some()
    }

    /// Makes `value` the pending exception (replacing any).
    pub(crate) fn set_pending_exception(&self, value: JsValue) {
        *self.last_exception.borrow_mut() = Some(value);
    }

    /// Takes the pending exception.
    pub(crate) fn take_pending_exception(&self) -> Option<JsValue> {
        self.last_exception.borrow_mut().take()
    }

    /// The status of the last Node-API call.
    pub(crate) fn last_error(&self) -> Status {
        self.last_error.get()
    }

    /// Records the status of the current call.
    pub(crate) fn set_last_error(&self, status: Status) {
        self.last_error.set(status);
    }

    /// Whether calls into JS are currently allowed: not after a trap, nor once
    /// teardown started (Node's `can_call_into_js()`), nor inside a GC finalizer.
    pub(crate) fn can_call_js(&self) -> bool {
        !self.poisoned.get() && !self.node.is_terminating() && self.references.can_call_js()
    }

    // ----- poisoning ------------------------------------------------------------------

    /// Whether a trap poisoned this instance.
    pub(crate) fn is_poisoned(&self) -> bool {
        self.poisoned.get()
    }

    /// Marks the instance unusable after a trap, and detaches the buffers that alias
    /// its memory.
    pub(crate) fn poison(&self) {
        self.poisoned.set(true);
        self.detach_aliases();
    }

    /// The JS error thrown when a poisoned addon is called.
    pub(crate) fn poisoned_error(&self) -> JsException {
        JsException(self.coded_error(
            "ERR_ADDON_POISONED",
            &format!(
                "addon {} was stopped by an earlier wasm trap and cannot be called again",
                self.filename
            ),
        ))
    }

    /// The JS error for a guest call that ended in a trap: the error of the nested call
    /// that first trapped, when this trap only unwound the outer guest frames, else a
    /// new trap error.
    pub(crate) fn unwound_error(&self, trap: &wasmtime::Error) -> JsException {
        if trap.downcast_ref::<crate::call::PoisonedUnwind>().is_some()
            && let Some(first) = self.take_pending_exception()
        {
            return JsException(first);
        }
        self.trap_error(trap)
    }

    /// Turns a wasm trap into the JS error thrown to the caller, and poisons the instance.
    /// The error's `code` says which limit, if any, caused it (see [`crate::limits`]).
    pub(crate) fn trap_error(&self, trap: &wasmtime::Error) -> JsException {
        self.poison();
        if let Some(fatal) = trap.downcast_ref::<crate::napi::node::FatalError>() {
            return JsException(fatal.to_js(self));
        }
        let kind = crate::limits::TrapKind::of(trap);
        let mut message = match kind {
            crate::limits::TrapKind::Timeout => {
                format!("{} exceeded the call timeout: {trap:#}", self.filename)
            }
            crate::limits::TrapKind::StackOverflow => {
                format!(
                    "Maximum call stack size exceeded in {}: {trap:#}",
                    self.filename
                )
            }
            _ => format!("wasm trap in {}: {trap:#}", self.filename),
        };
        if let Some(trace) = trap.downcast_ref::<wasmtime::WasmBacktrace>() {
            message.push_str(&format!("\nwasm backtrace:\n{trace}"));
        }
        let class = if kind == crate::limits::TrapKind::StackOverflow {
            ErrorKind::RangeError
        } else {
            ErrorKind::Error
        };
        JsException(self.coded_error_of(class, kind.code(), &message))
    }

    /// An `Error` with a `code` property.
    pub(crate) fn coded_error(&self, code: &str, message: &str) -> JsValue {
        self.coded_error_of(ErrorKind::Error, code, message)
    }

    /// An error of class `kind` with a `code` property.
    pub(crate) fn coded_error_of(&self, kind: ErrorKind, code: &str, message: &str) -> JsValue {
        let js = self.js;
        let error = js.new_error_str(kind, message);
        if let Ok(code) = js.string_from_utf8(code.as_bytes()) {
            let _ = js.set_named(&error, b"code", code);
        }
        error
    }

    // ----- callback frames ------------------------------------------------------------

    /// Runs `f` with the frame a `napi_callback_info` names.
    pub(crate) fn with_frame<R>(
        &self,
        cbinfo: u32,
        f: impl FnOnce(&CallbackFrame) -> R,
    ) -> NapiResult<R> {
        let frames = self.frames.borrow();
        let index = (cbinfo as usize).checked_sub(1).ok_or(Status::InvalidArg)?;
        frames.get(index).map(f).ok_or(Status::InvalidArg.into())
    }

    // ----- guest memory ---------------------------------------------------------------

    /// Runs `f` over guest memory (through the innermost store context).
    pub(crate) fn with_memory<R>(
        &self,
        f: impl FnOnce(&mut GuestMemory<'_>) -> R,
    ) -> NapiResult<R> {
        let memory = self.guest()?.memory;
        Ok(self.stores.with(|mut store| {
            let mut view = GuestMemory::new(memory.data_mut(&mut store));
            f(&mut view)
        }))
    }

    /// Reads a scalar from guest memory (out of bounds traps).
    pub(crate) fn read<T: GuestScalar>(&self, ptr: GuestPtr<T>) -> NapiResult<T> {
        Ok(self.with_memory(|m| m.read(ptr))??)
    }

    /// Writes a scalar to guest memory (out of bounds traps).
    pub(crate) fn write<T: GuestScalar>(&self, ptr: GuestPtr<T>, value: T) -> NapiResult {
        Ok(self.with_memory(|m| m.write(ptr, value))??)
    }

    /// Pushes `value` and writes its handle to `result`.
    pub(crate) fn write_value(&self, result: GuestPtr<Handle>, value: JsValue) -> NapiResult {
        let handle = self.push(value)?;
        self.write(result, handle)
    }

    // ----- calling the guest ------------------------------------------------------------

    /// The guest function at table index `index`, typed as a napi callback.
    pub(crate) fn callback(&self, index: u32) -> NapiResult<Rc<CallbackFunc>> {
        if let Some(f) = self.callbacks.borrow().get(&index) {
            return Ok(f.clone());
        }
        let f = Rc::new(self.table_func(index)?);
        self.callbacks.borrow_mut().insert(index, f.clone());
        Ok(f)
    }

    /// The guest function at table index `index`, typed as a finalizer.
    pub(crate) fn finalizer(&self, index: u32) -> NapiResult<Rc<FinalizerFunc>> {
        if let Some(f) = self.finalizer_funcs.borrow().get(&index) {
            return Ok(f.clone());
        }
        let f = Rc::new(self.table_func(index)?);
        self.finalizer_funcs.borrow_mut().insert(index, f.clone());
        Ok(f)
    }

    pub(crate) fn table_func<P, R>(&self, index: u32) -> NapiResult<TypedFunc<P, R>>
    where
        P: wasmtime::WasmParams,
        R: wasmtime::WasmResults,
    {
        let table = self.guest()?.table.ok_or(Status::InvalidArg)?;
        self.stores.with(|mut store| {
            let func = table
                .get(&mut store, u64::from(index))
                .and_then(|r| r.as_func().flatten().copied())
                .ok_or(Status::InvalidArg)?;
            func.typed::<P, R>(&store)
                .map_err(|_| Status::InvalidArg.into())
        })
    }

    /// Calls guest `malloc(size)`. A NULL result is `napi_generic_failure`.
    pub(crate) fn guest_malloc(&self, size: u32) -> NapiResult<u32> {
        let malloc = self.guest()?.malloc.clone().ok_or(Status::GenericFailure)?;
        let ptr = self
            .stores
            .with(|store| malloc.call(store, size))
            .map_err(NapiError::Trap)?;
        if ptr == 0 {
            return Err(Status::GenericFailure.into());
        }
        Ok(ptr)
    }

    /// The guest address of this env's `napi_extended_error_info` block, allocating it
    /// (with the message strings after it) on first use.
    pub(crate) fn error_info_block(&self) -> NapiResult<u32> {
        if self.error_info.get() != 0 {
            return Ok(self.error_info.get());
        }
        let messages: Vec<&str> = Status::ALL.iter().map(|s| s.message()).collect();
        let text_len: usize = messages.iter().map(|m| m.len() + 1).sum();
        let offsets_len = 4 * messages.len();
        let size = crate::abi::extended_error_info::SIZE as usize + offsets_len + text_len;
        let base = self.guest_malloc(u32::try_from(size).map_err(|_| Status::GenericFailure)?)?;
        self.with_memory(|m| -> NapiResult {
            let block = m.bytes_mut(base, size as u32)?;
            block.fill(0);
            let table_start = crate::abi::extended_error_info::SIZE as usize;
            let mut text = table_start + offsets_len;
            for (i, msg) in messages.iter().enumerate() {
                let addr = if msg.is_empty() {
                    0
                } else {
                    base + text as u32
                };
                block[table_start + 4 * i..table_start + 4 * i + 4]
                    .copy_from_slice(&addr.to_le_bytes());
                block[text..text + msg.len()].copy_from_slice(msg.as_bytes());
                text += msg.len() + 1;
            }
            Ok(())
        })??;
        self.error_info.set(base);
        Ok(base)
    }

    // ----- JS -> guest calls ---------------------------------------------------------------

    /// Runs guest callback `cb` (resolved when the function was created, see
    /// [`Env::callback`]) for a JS call of a napi function, following Node's rules: a
    /// fresh handle scope, `napi_callback_info` naming this call, the pending exception
    /// rethrown when the callback returns, NULL returned as `undefined`.
    pub(crate) fn invoke(
        &self,
        cb: &CallbackFunc,
        data: u32,
        call: &crate::engine::CallArgs,
    ) -> JsResult<JsValue> {
        if self.is_poisoned() {
            return Err(self.poisoned_error());
        }
        let scope = self.open_scope(ScopeKind::Host);
        if self.push_frame(call, data).is_err() {
            let _ = self.close_host_scope(scope);
            return Err(JsException(self.coded_error(
                "ERR_NAPI_HANDLE_LIMIT",
                "too many live handles in this addon's handle scopes",
            )));
        }
        let cbinfo = self.frames.borrow().len() as u32;
        let result =
            self.guest_call(|| self.stores.with(|store| cb.call(store, (self.id, cbinfo))));
        self.frames.borrow_mut().pop();
        let outcome = match result {
            Err(trap) => Err(self.unwound_error(&trap)),
            Ok(returned) => match self.take_pending_exception() {
                Some(exception) => Err(JsException(exception)),
                None => Ok(self
                    .value(Handle(returned))
                    .unwrap_or_else(|_| self.js.undefined())),
            },
        };
        match self.close_host_scope(scope) {
            Ok(()) => outcome,
            Err(_) => Err(JsException(self.coded_error(
                "ERR_NAPI_HANDLE_SCOPE_MISMATCH",
                "a native callback returned with handle scopes still open",
            ))),
        }
    }

    fn push_frame(&self, call: &crate::engine::CallArgs, data: u32) -> NapiResult {
        let this = self.push(self.receiver(call.this()))?;
        let argc = u32::try_from(call.len()).map_err(|_| Status::InvalidArg)?;
        let mut first_arg = Handle::UNDEFINED;
        for i in 0..call.len() {
            let handle = self.push(call.arg(i))?;
            if i == 0 {
                first_arg = handle;
            }
        }
        let new_target = match call.new_target() {
            Some(target) => Some(self.push(target)?),
            None => None,
        };
        self.frames.borrow_mut().push(CallbackFrame {
            this,
            first_arg,
            argc,
            new_target,
            data,
        });
        Ok(())
    }

    /// `this` as a sloppy-mode function sees it, like V8's API functions: the global
    /// object for `undefined`/`null`, a wrapper object for other primitives.
    fn receiver(&self, this: JsValue) -> JsValue {
        if this.is_object() {
            return this;
        }
        match self.js.type_of(&this) {
            JsType::Undefined | JsType::Null => self.js.global(),
            _ => self.js.to_object(&this).unwrap_or(this),
        }
    }

    // ----- finalizers -----------------------------------------------------------------

    /// Queues a finalizer to run from the event loop (never inside the engine's GC).
    pub(crate) fn queue_finalizer(&self, finalizer: PendingFinalizer) {
        self.finalizers.borrow_mut().push_back(finalizer);
    }

    /// Queues a `node_api_noenv_finalize` callback, called as `(data, hint)`.
    pub(crate) fn queue_noenv_finalizer(&self, finalizer: PendingFinalizer) {
        self.noenv_finalizers.borrow_mut().push_back(finalizer);
    }

    /// Whether finalizers (or guest `free`s of released buffers) are waiting.
    pub(crate) fn has_pending_finalizers(&self) -> bool {
        !self.finalizers.borrow().is_empty()
            || !self.noenv_finalizers.borrow().is_empty()
            || self.has_pending_frees()
            || self.references.has_pending()
    }

    /// Runs every queued finalizer, each in its own handle scope. Returns the first error
    /// (a trap or an exception left pending by a finalizer) after running them all.
    pub(crate) fn run_finalizers(&self) -> JsResult<()> {
        let mut first_error = None;
        loop {
            let Some(pending) = self.finalizers.borrow_mut().pop_front() else {
                break;
            };
            if self.is_poisoned() {
                continue;
            }
            if let Err(e) = self.run_finalizer(pending) {
                first_error.get_or_insert(e);
            }
        }
        loop {
            let Some(pending) = self.noenv_finalizers.borrow_mut().pop_front() else {
                break;
            };
            if self.is_poisoned() {
                continue;
            }
            if let Err(e) = self.run_noenv_finalizer(pending) {
                first_error.get_or_insert(e);
            }
        }
        if let Err(e) = self.references.run_pending(self) {
            first_error.get_or_insert(e);
        }
        if let Err(trap) = self.drain_frees() {
            first_error.get_or_insert(self.trap_error(&trap));
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Env teardown after a natural exit (Node's `napi_env__` destructor): every
    /// finalizer still waiting, then every tracked finalizer, most recent first (see
    /// [`crate::references`]). JS calls are refused throughout; errors are dropped.
    pub(crate) fn run_teardown_finalizers(&self) {
        self.references.begin_teardown();
        let _ = self.run_finalizers();
        self.references.finalize_all(self);
    }

    /// Runs one guest finalizer in its own handle scope. Errors: a trap, or an exception
    /// the finalizer left pending.
    pub(crate) fn run_finalizer(&self, pending: PendingFinalizer) -> JsResult<()> {
        let func = match self.finalizer(pending.callback) {
            Ok(func) => func,
            Err(_) => {
                let trap = wasmtime::Error::msg(format!(
                    "finalizer {} is not a function in the guest table",
                    pending.callback
                ));
                return Err(self.trap_error(&trap));
            }
        };
        let scope = self.open_scope(ScopeKind::Host);
        let result = self.guest_call(|| {
            self.stores
                .with(|store| func.call(store, (self.id, pending.data, pending.hint)))
        });
        let outcome = match result {
            Err(trap) => Err(self.trap_error(&trap)),
            Ok(()) => self
                .take_pending_exception()
                .map_or(Ok(()), |e| Err(JsException(e))),
        };
        let _ = self.close_host_scope(scope);
        outcome
    }

    /// Runs one `node_api_noenv_finalize` callback: `(data, hint)`, no env, no scope (it
    /// cannot call Node-API).
    fn run_noenv_finalizer(&self, pending: PendingFinalizer) -> JsResult<()> {
        let func = self
            .table_func::<(u32, u32), ()>(pending.callback)
            .map_err(|_| {
                let trap = wasmtime::Error::msg(format!(
                    "finalizer {} is not a (data, hint) function in the guest table",
                    pending.callback
                ));
                self.trap_error(&trap)
            })?;
        self.guest_call(|| {
            self.stores
                .with(|store| func.call(store, (pending.data, pending.hint)))
        })
        .map_err(|trap| self.trap_error(&trap))
    }

    /// Releases every engine value this env holds (teardown, before the engine goes).
    pub(crate) fn release_values(&self) {
        self.handles.borrow_mut().clear();
        self.last_exception.borrow_mut().take();
        self.frames.borrow_mut().clear();
        self.references.clear();
        self.deferreds.clear();
        self.node.release_values();
        self.release_transfers();
    }
}

/// Data behind a `napi_external` value: the guest pointer and its finalizer.
pub(crate) struct ExternalData {
    pub(crate) data: u32,
    finalizer: Option<(std::rc::Weak<Env>, PendingFinalizer)>,
}

impl ExternalData {
    /// External data whose finalizer (if any) is queued on `env` when collected.
    pub(crate) fn new(env: &Rc<Env>, data: u32, finalizer: Option<(u32, u32)>) -> ExternalData {
        ExternalData {
            data,
            finalizer: finalizer.map(|(callback, hint)| {
                (
                    Rc::downgrade(env),
                    PendingFinalizer {
                        callback,
                        data,
                        hint,
                    },
                )
            }),
        }
    }
}

impl Drop for ExternalData {
    fn drop(&mut self) {
        if let Some((env, finalizer)) = self.finalizer.take()
            && let Some(env) = env.upgrade()
        {
            env.queue_finalizer(finalizer);
        }
    }
}
