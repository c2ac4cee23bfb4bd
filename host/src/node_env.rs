//! The `node_api.h` half of an env: what an addon instance keeps for async work,
//! thread-safe functions, cleanup hooks, async contexts and callback scopes, plus the
//! guest-memory blocks `napi_get_node_version` and `node_api_get_module_file_name`
//! hand out.
//!
//! Node runs this machinery on libuv (a thread pool, `uv_async_t` handles, close
//! callbacks). napi-host guests are single-threaded `wasm32-wasip1` modules, so the
//! same state machines are driven by the runtime's event loop instead
//! (`runtime/tasks.rs`): queued work and thread-safe function calls run on later loop
//! turns, on the JS thread. Parallelism needs the `wasm32-wasip1-threads` target.
//!
//! The env reaches the runtime (uncaught exceptions, callback-scope depth, fatal
//! errors) only through [`RuntimeLink`].

mod async_work;
mod cleanup;
mod tsfn;

pub(crate) use tsfn::{CallMode, ReleaseMode, Tsfn};

use crate::engine::JsValue;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// What an env needs from the runtime that drives it.
pub(crate) trait RuntimeLink {
    /// Node's `TriggerUncaughtException`: emits `process.on('uncaughtException')`, or
    /// reports the error and stops the runtime. Returns `false` when the runtime is
    /// stopping (the caller should unwind).
    fn uncaught_exception(&self, error: JsValue) -> bool;

    /// `napi_fatal_error`: prints `report` on stderr and stops the runtime with exit
    /// code 134 (Node aborts the process).
    fn fatal_error(&self, report: &str);

    /// Opens a callback scope (Node's `InternalCallbackScope`).
    fn enter_callback_scope(&self);

    /// Closes a callback scope. When it was the outermost one and `drain` holds, runs
    /// `process.nextTick` callbacks and microtasks, like Node. Returns `false` when the
    /// runtime is stopping.
    fn exit_callback_scope(&self, drain: bool) -> bool;

    /// The constructor of the runtime's Buffers (`new C(arrayBuffer, byteOffset,
    /// length)`), captured at bootstrap, before any user code could replace `Buffer`.
    fn buffer_constructor(&self) -> Option<JsValue>;
}

/// Ids of one kind of `node_api.h` object (`napi_async_work`, ...): small integers
/// tagged in the top bits so that an id of one kind never names an object of another.
/// Ids are not reused until the counter wraps.
pub(crate) struct Slab<T> {
    tag: u32,
    next: u32,
    items: BTreeMap<u32, T>,
}

/// Bits of an id that hold the counter.
const ID_MASK: u32 = 0x0fff_ffff;

impl<T> Slab<T> {
    /// An empty slab whose ids carry `tag` (1..=15) in their top four bits.
    pub(crate) const fn new(tag: u32) -> Slab<T> {
        Slab {
            tag: tag << 28,
            next: 0,
            items: BTreeMap::new(),
        }
    }

    /// Stores `item` and returns its id (never 0).
    pub(crate) fn insert(&mut self, item: T) -> u32 {
        loop {
            self.next = (self.next + 1) & ID_MASK;
            let id = self.tag | self.next;
            if self.next != 0 && !self.items.contains_key(&id) {
                self.items.insert(id, item);
                return id;
            }
        }
    }

    /// The item `id` names.
    pub(crate) fn get(&self, id: u32) -> Option<&T> {
        self.items.get(&id)
    }

    /// The item `id` names, mutably.
    pub(crate) fn get_mut(&mut self, id: u32) -> Option<&mut T> {
        self.items.get_mut(&id)
    }

    /// Removes and returns the item `id` names.
    pub(crate) fn remove(&mut self, id: u32) -> Option<T> {
        self.items.remove(&id)
    }

    /// Every `(id, item)`, in creation order (until the counter wraps).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, &T)> {
        self.items.iter().map(|(id, item)| (*id, item))
    }

    /// Removes every item.
    pub(crate) fn clear(&mut self) {
        self.items.clear();
    }
}

/// The `node_api.h` state of one env.
pub(crate) struct NodeEnv {
    works: RefCell<async_work::Works>,
    tsfns: RefCell<tsfn::Tsfns>,
    hooks: RefCell<cleanup::Hooks>,
    async_contexts: RefCell<Slab<()>>,
    callback_scopes: RefCell<Slab<()>>,
    immediates: RefCell<std::collections::VecDeque<(u32, u32)>>,
    node_version: Cell<u32>,
    file_name: Cell<u32>,
    legacy_register: Cell<u32>,
    terminating: Cell<bool>,
    link: RefCell<Option<Rc<dyn RuntimeLink>>>,
}

impl Default for NodeEnv {
    fn default() -> Self {
        NodeEnv {
            works: RefCell::new(async_work::Works::default()),
            tsfns: RefCell::new(tsfn::Tsfns::default()),
            hooks: RefCell::new(cleanup::Hooks::default()),
            async_contexts: RefCell::new(Slab::new(3)),
            callback_scopes: RefCell::new(Slab::new(4)),
            immediates: RefCell::new(std::collections::VecDeque::new()),
            node_version: Cell::new(0),
            file_name: Cell::new(0),
            legacy_register: Cell::new(0),
            terminating: Cell::new(false),
            link: RefCell::new(None),
        }
    }
}

impl NodeEnv {
    /// Connects this env to the runtime that drives it.
    pub(crate) fn set_link(&self, link: Rc<dyn RuntimeLink>) {
        *self.link.borrow_mut() = Some(link);
    }

    /// The runtime, when the env belongs to one (not for `napi-host inspect`).
    pub(crate) fn link(&self) -> Option<Rc<dyn RuntimeLink>> {
        self.link.borrow().clone()
    }

    /// Whether the env is being torn down (JS can no longer run).
    pub(crate) fn is_terminating(&self) -> bool {
        self.terminating.get()
    }

    /// Marks the env as being torn down: from now on, calls that run JS fail like
    /// Node's after `FreeEnvironment` starts.
    pub(crate) fn set_terminating(&self) {
        self.terminating.set(true);
    }

    /// The async work of this env.
    pub(crate) fn works(&self) -> std::cell::RefMut<'_, async_work::Works> {
        self.works.borrow_mut()
    }

    /// The thread-safe functions of this env.
    pub(crate) fn tsfns(&self) -> std::cell::RefMut<'_, tsfn::Tsfns> {
        self.tsfns.borrow_mut()
    }

    /// The cleanup hooks of this env.
    pub(crate) fn hooks(&self) -> std::cell::RefMut<'_, cleanup::Hooks> {
        self.hooks.borrow_mut()
    }

    /// `napi_async_init`: a new async context id.
    pub(crate) fn new_async_context(&self) -> u32 {
        self.async_contexts.borrow_mut().insert(())
    }

    /// `napi_async_destroy`: whether `id` named a live async context.
    pub(crate) fn destroy_async_context(&self, id: u32) -> bool {
        self.async_contexts.borrow_mut().remove(id).is_some()
    }

    /// Whether `id` names a live async context.
    pub(crate) fn is_async_context(&self, id: u32) -> bool {
        self.async_contexts.borrow().get(id).is_some()
    }

    /// `napi_open_callback_scope`: a new callback scope id.
    pub(crate) fn open_callback_scope(&self) -> u32 {
        self.callback_scopes.borrow_mut().insert(())
    }

    /// Number of callback scopes the guest has open.
    pub(crate) fn open_callback_scopes(&self) -> usize {
        self.callback_scopes.borrow().iter().count()
    }

    /// `napi_close_callback_scope`: whether `id` named an open callback scope.
    pub(crate) fn close_callback_scope(&self, id: u32) -> bool {
        self.callback_scopes.borrow_mut().remove(id).is_some()
    }

    /// The guest address of the `napi_node_version` block, once allocated.
    pub(crate) fn node_version_block(&self) -> Option<u32> {
        Some(self.node_version.get()).filter(|&p| p != 0)
    }

    /// Records the guest address of the `napi_node_version` block.
    pub(crate) fn set_node_version_block(&self, ptr: u32) {
        self.node_version.set(ptr);
    }

    /// The guest address of the module file name string, once allocated.
    pub(crate) fn file_name_block(&self) -> Option<u32> {
        Some(self.file_name.get()).filter(|&p| p != 0)
    }

    /// Records the guest address of the module file name string.
    pub(crate) fn set_file_name_block(&self, ptr: u32) {
        self.file_name.set(ptr);
    }

    /// The `nm_register_func` a legacy module gave `napi_module_register` (a table
    /// index), if any.
    pub(crate) fn legacy_register_func(&self) -> Option<u32> {
        Some(self.legacy_register.get()).filter(|&f| f != 0)
    }

    /// Records a legacy module's `nm_register_func`.
    pub(crate) fn set_legacy_register_func(&self, func: u32) {
        self.legacy_register.set(func);
    }

    /// emnapi's `_emnapi_set_immediate`: `callback(data)` (a table index) on a later
    /// loop turn.
    pub(crate) fn set_immediate(&self, callback: u32, data: u32) {
        self.immediates.borrow_mut().push_back((callback, data));
    }

    /// The callbacks queued with [`NodeEnv::set_immediate`] so far.
    pub(crate) fn take_immediates(&self) -> Vec<(u32, u32)> {
        self.immediates.borrow_mut().drain(..).collect()
    }

    /// Whether anything queued here keeps the event loop alive: queued or cancelled
    /// async work, thread-safe functions with calls to dispatch or a finalizer to
    /// run, emnapi immediates.
    pub(crate) fn has_pending_tasks(&self) -> bool {
        self.works.borrow().has_pending()
            || self.tsfns.borrow().has_pending()
            || !self.immediates.borrow().is_empty()
    }

    /// Number of referenced thread-safe functions that are still open but idle.
    pub(crate) fn idle_refed_tsfns(&self) -> usize {
        self.tsfns.borrow().idle_refed()
    }

    /// Drops queued work and calls (the instance was poisoned: nothing of it runs again).
    pub(crate) fn abandon(&self) {
        self.works.borrow_mut().clear();
        self.immediates.borrow_mut().clear();
        self.release_values();
    }

    /// Releases every engine value held here (teardown, before the engine goes). The
    /// values are dropped after the table's borrow ends: releasing one may run engine
    /// finalizers.
    pub(crate) fn release_values(&self) {
        let tsfns = std::mem::take(&mut *self.tsfns.borrow_mut());
        drop(tsfns);
    }
}

impl crate::env::Env {
    /// The guest function at table index `index` with signature `P -> R`; an index
    /// that names no such function is an error that traps the instance.
    pub(crate) fn guest_func<P, R>(&self, index: u32) -> wasmtime::Result<wasmtime::TypedFunc<P, R>>
    where
        P: wasmtime::WasmParams,
        R: wasmtime::WasmResults,
    {
        self.table_func(index).map_err(|_| {
            wasmtime::Error::msg(format!(
                "callback {index} is not a function of the expected type in the guest table"
            ))
        })
    }

    /// Calls into the guest from the event loop, like Node's `CallIntoModule`: in a
    /// fresh handle scope; a trap, or an exception the guest left pending, is the
    /// error (for the runtime's uncaught-exception path).
    pub(crate) fn call_into_module(
        &self,
        call: impl FnOnce(&Self) -> wasmtime::Result<()>,
    ) -> crate::engine::JsResult<()> {
        use crate::engine::JsException;
        let scope = self.open_scope(crate::handles::ScopeKind::Host);
        // Through `guest_call`, so that buffers shadowed in guest memory during the call
        // are copied back when it returns.
        let result = self.guest_call(|| call(self));
        let balanced = self.close_host_scope(scope).is_ok();
        match result {
            Err(trap) => Err(self.trap_error(&trap)),
            Ok(()) => match self.take_pending_exception() {
                Some(exception) => Err(JsException(exception)),
                None if !balanced => Err(JsException(self.coded_error(
                    "ERR_NAPI_HANDLE_SCOPE_MISMATCH",
                    "a native callback returned with handle scopes still open",
                ))),
                None => Ok(()),
            },
        }
    }

    /// The error left pending when the runtime stops while a Node-API call runs
    /// (`process.exit()` in an `uncaughtException` listener, an unhandled
    /// `napi_fatal_exception`): uncatchable, so that JS unwinds to the event loop.
    pub(crate) fn exiting_error(&self) -> JsValue {
        self.js()
            .new_uncatchable_error("napi-host: the runtime is exiting")
    }
}
