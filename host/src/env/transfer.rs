//! Buffer memory shared between JS and the guest: the transfer rules.
//!
//! The guest can only address its own linear memory, and JS buffers normally live in
//! the engine's heap. Node-API hands the guest raw `data` pointers into buffers, so every
//! buffer the guest sees must have its bytes, or a copy of them, in linear memory. Two
//! rules decide which:
//!
//! 1. **Buffers the guest creates alias guest memory (zero-copy).**
//!    `napi_create_arraybuffer` (with or without `data`), `node_api_create_sharedarraybuffer`
//!    and `emnapi_create_memory_view` `malloc` the bytes in the guest (zero-filled);
//!    `napi_create_external_arraybuffer` uses the guest's own bytes. The engine buffer
//!    points straight at them ([`Js::new_external_buffer`]), so writes on either side
//!    are visible to the other at once, across calls, for as long as the buffer lives. When
//!    the buffer is collected or detached, the engine reports it from inside its free
//!    path; the guest `free` (or the user finalizer, for external buffers) is only queued
//!    then, and runs when the outermost guest call returns or from the event loop: the
//!    guest is never called from inside the engine's GC.
//! 2. **Buffers JS creates are copied, once per outermost guest call.** The first
//!    `napi_get_arraybuffer_info` / `napi_get_typedarray_info` / `napi_get_dataview_info`
//!    (or `emnapi_sync_memory`) that needs the data pointer of such a buffer during a
//!    call into the guest `malloc`s a *shadow* of the whole buffer in guest memory and
//!    copies the bytes in; every later request for the same buffer, from any view, until
//!    that call returns gets the same shadow. When the **outermost** guest call returns
//!    (a JS call of a napi function, the module's registration, a finalizer run), every
//!    shadow is copied back into its buffer and freed. Nothing is ever copied per element
//!    or per Node-API call. Consequences: the pointer is only valid until the outermost
//!    call returns (keep it longer and you read freed guest memory); JS that runs
//!    *during* the call (a function the guest calls) sees the buffer as it was before
//!    the guest's writes, and its own writes to a shadowed buffer are overwritten when
//!    the shadow is copied back; `emnapi_sync_memory` copies on demand in either
//!    direction. A buffer detached during the call is not copied back.
//!
//! A buffer that aliases *another* addon instance's memory is, for this instance, just a
//! JS buffer: rule 2 applies.
//!
//! # Why aliasing is sound
//!
//! An engine buffer over guest memory holds a raw host pointer into the wasmtime
//! linear memory. That pointer stays valid because:
//! - the memory never moves: the loader configures wasmtime with
//!   `memory_may_move(false)` and keeps its default 4 GiB reservation, so a 32-bit
//!   memory grows in place (growth past the reservation fails instead of relocating);
//! - wasm memories never shrink, so an in-bounds range stays in bounds;
//! - the memory outlives every alias that JS can reach: when an instance is poisoned or
//!   torn down, every tracked alias is detached ([`Env::release_transfers`]) before the
//!   store is freed. Two kinds of alias cannot be detached: `SharedArrayBuffer`s (not
//!   detachable in JS) and a buffer moved to a new object by
//!   `ArrayBuffer.prototype.transfer()`. Those rely on the runtime's teardown order: an
//!   addon's store is only freed when the whole runtime is dropped, right before the
//!   engine itself, with no JS running in between, so no code can read or write through
//!   them after the memory is gone (the engine only reports their release, which queues
//!   nothing the dead instance would run). A poisoned instance keeps its store (and so
//!   its memory) until then.
//! - the engine never frees, grows or moves the bytes itself ([`Js::new_external_buffer`]
//!   refuses every resize).
//!
//! [`Js::new_external_buffer`]: crate::engine::Js::new_external_buffer

use super::{Env, PendingFinalizer};
use crate::engine::{JsValue, JsWeak};
use crate::status::{NapiError, NapiResult, Status};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Where an env's buffers stand with respect to guest memory.
#[derive(Default)]
pub(crate) struct Transfers {
    /// How many guest calls are on the stack; shadows live until it returns to 0.
    depth: Cell<u32>,
    /// JS buffers copied into guest memory during the current outermost guest call,
    /// by buffer identity.
    shadows: RefCell<HashMap<usize, Shadow>>,
    /// Detachable buffers that alias guest memory, detached at poison and teardown.
    aliases: RefCell<Vec<Alias>>,
    /// `aliases.len()` at which dead entries are pruned next.
    prune_at: Cell<usize>,
    /// Guest allocations whose buffers were released, waiting for the guest's `free`.
    frees: RefCell<Vec<u32>>,
    /// Guest addresses of live buffers whose bytes the host allocated
    /// (`napi_create_arraybuffer`): emnapi's `runtime_allocated`.
    host_allocated: RefCell<HashSet<u32>>,
}

/// A JS buffer's bytes copied into guest memory for the current outermost call.
struct Shadow {
    buffer: JsValue,
    addr: u32,
    len: u32,
}

/// An engine buffer aliasing guest memory.
struct Alias {
    buffer: JsWeak,
    /// Set by the release hook: the bytes are no longer reachable from JS.
    released: Rc<Cell<bool>>,
}

/// Who owns the bytes behind a buffer (`emnapi_get_memory_address`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MemoryAddress {
    /// The guest address of the bytes, 0 when they have none (yet).
    pub(crate) addr: u32,
    /// True when the guest must not free them (the runtime does): emnapi's
    /// `emnapi_runtime` ownership.
    pub(crate) runtime_owned: bool,
    /// True when the runtime allocated them.
    pub(crate) runtime_allocated: bool,
}

const MIN_PRUNE: usize = 64;

impl Env {
    // ----- guest calls --------------------------------------------------------------------

    /// Runs `call`, a call into the guest that may make Node-API calls. Every such call
    /// goes through here: when the outermost one returns, shadows are copied back and
    /// freed and released guest allocations are freed. A trap in that cleanup is
    /// returned as the call's trap.
    pub(crate) fn guest_call<R>(
        &self,
        call: impl FnOnce() -> wasmtime::Result<R>,
    ) -> wasmtime::Result<R> {
        let depth = &self.transfers.depth;
        depth.set(depth.get() + 1);
        let result = call();
        depth.set(depth.get() - 1);
        if depth.get() > 0 {
            return result;
        }
        let finished = self.finish_outermost_call(result.is_ok());
        let value = result?;
        finished?;
        Ok(value)
    }

    /// Copies every shadow back and frees the shadows and the released guest
    /// allocations. After a trap (`succeeded` false) or once the instance is poisoned,
    /// the guest is not called again: everything is just dropped.
    fn finish_outermost_call(&self, succeeded: bool) -> wasmtime::Result<()> {
        if self.transfers.shadows.borrow().is_empty() && self.transfers.frees.borrow().is_empty() {
            return Ok(());
        }
        let shadows = std::mem::take(&mut *self.transfers.shadows.borrow_mut());
        if !succeeded || self.is_poisoned() {
            drop(shadows);
            self.transfers.frees.borrow_mut().clear();
            return Ok(());
        }
        let mut first_error = None;
        for shadow in shadows.into_values() {
            if let Err(error) = self.copy_back(&shadow) {
                first_error.get_or_insert(error);
            }
            self.transfers.frees.borrow_mut().push(shadow.addr);
        }
        if let Err(error) = self.drain_frees() {
            first_error.get_or_insert(error);
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Calls the guest's `free` for every released allocation (nothing once the
    /// instance is poisoned, or when the guest exports no `free`).
    pub(crate) fn drain_frees(&self) -> wasmtime::Result<()> {
        let frees = std::mem::take(&mut *self.transfers.frees.borrow_mut());
        if frees.is_empty() || self.is_poisoned() {
            return Ok(());
        }
        let Some(free) = self.guest().ok().and_then(|g| g.free.clone()) else {
            return Ok(());
        };
        for addr in frees {
            self.stores.with(|store| free.call(store, addr))?;
        }
        Ok(())
    }

    /// Whether released guest allocations wait for `free`.
    pub(crate) fn has_pending_frees(&self) -> bool {
        !self.transfers.frees.borrow().is_empty()
    }

    // ----- the bytes of a buffer -------------------------------------------------------

    /// The guest address of the bytes of `buffer` (an attached `ArrayBuffer` or
    /// `SharedArrayBuffer`): its own address when it aliases this instance's memory, else
    /// the shadow for the current outermost call (made on first use). 0 for a detached
    /// or empty buffer (Node gives NULL for both).
    pub(crate) fn buffer_data(&self, buffer: &JsValue) -> NapiResult<u32> {
        let js = self.js;
        let Some(bytes) = js.buffer_bytes(buffer) else {
            return Ok(0);
        };
        if bytes.len == 0 {
            return Ok(0);
        }
        if let Some(addr) = self.with_memory(|m| m.guest_addr(bytes.addr, bytes.len))? {
            return Ok(addr);
        }
        let key = js.identity(buffer).ok_or(Status::InvalidArg)?;
        let stale = {
            let mut shadows = self.transfers.shadows.borrow_mut();
            match shadows.get(&key) {
                Some(shadow) if shadow.len as usize == bytes.len => return Ok(shadow.addr),
                Some(_) => shadows.remove(&key),
                None => None,
            }
        };
        if let Some(stale) = stale {
            // The buffer was resized during the call: retire the old copy first.
            self.copy_back(&stale).map_err(NapiError::Trap)?;
            self.transfers.frees.borrow_mut().push(stale.addr);
        }
        let len = u32::try_from(bytes.len).map_err(|_| Status::GenericFailure)?;
        let addr = self.guest_malloc(len)?;
        let copied = self.with_memory(|m| {
            m.bytes_mut(addr, len)
                .is_ok_and(|dst| js.copy_from_buffer(buffer, 0, dst))
        })?;
        if !copied {
            self.transfers.frees.borrow_mut().push(addr);
            return Err(Status::GenericFailure.into());
        }
        let shadow = Shadow {
            buffer: buffer.clone(),
            addr,
            len,
        };
        self.transfers.shadows.borrow_mut().insert(key, shadow);
        Ok(addr)
    }

    /// Copies a shadow back into its buffer, if the buffer still has room for it.
    fn copy_back(&self, shadow: &Shadow) -> wasmtime::Result<()> {
        let js = self.js;
        let Some(bytes) = js.buffer_bytes(&shadow.buffer) else {
            return Ok(()); // detached meanwhile: nothing to copy into
        };
        let len = shadow.len.min(u32::try_from(bytes.len).unwrap_or(u32::MAX));
        self.with_memory(|m| -> wasmtime::Result<()> {
            let src = m.bytes(shadow.addr, len)?;
            js.copy_to_buffer(&shadow.buffer, 0, src);
            Ok(())
        })
        .map_err(napi_to_trap)?
    }

    /// `emnapi_sync_memory` for the bytes `offset..offset + len` of `buffer`: copies
    /// them JS → guest (`js_to_wasm`) or guest → JS. A buffer that aliases this
    /// instance's memory needs nothing. Returns false when `buffer` has no guest copy
    /// to sync with (guest → JS before any data pointer was handed out in this call).
    pub(crate) fn sync_buffer(
        &self,
        buffer: &JsValue,
        offset: usize,
        len: usize,
        js_to_wasm: bool,
    ) -> NapiResult<bool> {
        let js = self.js;
        let Some(bytes) = js.buffer_bytes(buffer) else {
            return Ok(false);
        };
        if len == 0 {
            return Ok(true);
        }
        if self
            .with_memory(|m| m.guest_addr(bytes.addr, bytes.len))?
            .is_some()
        {
            return Ok(true);
        }
        let key = js.identity(buffer).ok_or(Status::InvalidArg)?;
        let shadow = self
            .transfers
            .shadows
            .borrow()
            .get(&key)
            .filter(|s| s.len as usize == bytes.len)
            .map(|s| s.addr);
        let Some(addr) = shadow else {
            if js_to_wasm {
                // The first copy is the whole sync.
                self.buffer_data(buffer)?;
                return Ok(true);
            }
            return Ok(false);
        };
        let start = u32::try_from(offset).map_err(|_| Status::InvalidArg)?;
        let count = u32::try_from(len).map_err(|_| Status::InvalidArg)?;
        let guest = addr.checked_add(start).ok_or(Status::InvalidArg)?;
        self.with_memory(|m| -> NapiResult {
            let region = m.bytes_mut(guest, count)?;
            let done = if js_to_wasm {
                js.copy_from_buffer(buffer, offset, region)
            } else {
                js.copy_to_buffer(buffer, offset, region)
            };
            if done {
                Ok(())
            } else {
                Err(Status::InvalidArg.into())
            }
        })??;
        Ok(true)
    }

    /// `emnapi_get_memory_address` for `buffer`: where its bytes are in guest memory and
    /// who owns them. Makes no copy.
    pub(crate) fn memory_address(&self, buffer: &JsValue) -> NapiResult<MemoryAddress> {
        let js = self.js;
        let none = MemoryAddress {
            addr: 0,
            runtime_owned: true,
            runtime_allocated: false,
        };
        let Some(bytes) = js.buffer_bytes(buffer) else {
            return Ok(none);
        };
        if let Some(addr) = self.with_memory(|m| m.guest_addr(bytes.addr, bytes.len))? {
            let host = self.transfers.host_allocated.borrow().contains(&addr);
            return Ok(MemoryAddress {
                addr,
                runtime_owned: host,
                runtime_allocated: host,
            });
        }
        let key = js.identity(buffer).ok_or(Status::InvalidArg)?;
        Ok(self
            .transfers
            .shadows
            .borrow()
            .get(&key)
            .filter(|s| s.len as usize == bytes.len)
            .map_or(none, |s| MemoryAddress {
                addr: s.addr,
                runtime_owned: true,
                runtime_allocated: true,
            }))
    }

    // ----- buffers over guest memory -------------------------------------------------------

    /// A new buffer (a `SharedArrayBuffer` when `shared`) of `len` zero bytes that
    /// aliases a fresh guest allocation, and the allocation's address (0 for `len` 0,
    /// which allocates nothing, like V8). The allocation is freed after the buffer is
    /// collected or detached.
    pub(crate) fn new_guest_buffer(
        self: &Rc<Self>,
        len: u32,
        shared: bool,
    ) -> NapiResult<(JsValue, u32)> {
        if len == 0 {
            return Ok((self.js.new_array_buffer(0, shared)?, 0));
        }
        let addr = self.guest_malloc(len)?;
        if let Err(fault) = self.with_memory(|m| m.bytes_mut(addr, len).map(|b| b.fill(0)))? {
            self.transfers.frees.borrow_mut().push(addr);
            return Err(fault.into());
        }
        self.transfers.host_allocated.borrow_mut().insert(addr);
        let env = Rc::downgrade(self);
        let on_release = move || {
            if let Some(env) = env.upgrade() {
                env.transfers.host_allocated.borrow_mut().remove(&addr);
                env.transfers.frees.borrow_mut().push(addr);
            }
        };
        let buffer = self.alias(addr, len, shared, Box::new(on_release))?;
        Ok((buffer, addr))
    }

    /// A buffer over the guest's own `len` bytes at `data` (external buffers and memory
    /// views; out of bounds traps); `finalizer` is queued when it is released.
    pub(crate) fn new_external_buffer(
        self: &Rc<Self>,
        data: u32,
        len: u32,
        finalizer: Option<PendingFinalizer>,
    ) -> NapiResult<JsValue> {
        let env = Rc::downgrade(self);
        let on_release = move || {
            if let Some(finalizer) = finalizer
                && let Some(env) = env.upgrade()
            {
                env.queue_finalizer(finalizer);
            }
        };
        self.alias(data, len, false, Box::new(on_release))
    }

    /// A `SharedArrayBuffer` over the guest's own `len` bytes at `data`
    /// (`node_api_create_external_sharedarraybuffer`); `finalizer` is a
    /// `node_api_noenv_finalize`, queued when the buffer is collected.
    pub(crate) fn new_external_shared_buffer(
        self: &Rc<Self>,
        data: u32,
        len: u32,
        finalizer: Option<PendingFinalizer>,
    ) -> NapiResult<JsValue> {
        let env = Rc::downgrade(self);
        let on_release = move || {
            if let Some(finalizer) = finalizer
                && let Some(env) = env.upgrade()
            {
                env.queue_noenv_finalizer(finalizer);
            }
        };
        self.alias(data, len, true, Box::new(on_release))
    }

    /// The engine buffer over guest bytes `addr..addr + len` (bounds-checked: out of
    /// range traps). `on_release` runs once when the buffer lets go of them.
    fn alias(
        &self,
        addr: u32,
        len: u32,
        shared: bool,
        on_release: Box<dyn FnOnce()>,
    ) -> NapiResult<JsValue> {
        let host = match self.with_memory(|m| m.host_ptr(addr, len))? {
            Ok(host) => host,
            Err(fault) => {
                on_release();
                return Err(fault.into());
            }
        };
        let released = Rc::new(Cell::new(false));
        let flag = released.clone();
        let on_release = Box::new(move || {
            flag.set(true);
            on_release();
        });
        let len = usize::try_from(len).map_err(|_| Status::GenericFailure)?;
        // SAFETY: `host..host + len` is inside this instance's linear memory (checked
        // just above) and non-NULL (a pointer into a live mapping). It stays valid until
        // the buffer releases it or is detached, for the reasons in the module docs: the
        // memory never moves or shrinks, and the env detaches its aliases before the
        // store is freed. No Rust reference to those bytes outlives a single host
        // operation (`GuestMemory` views are rebuilt for each access).
        let buffer = unsafe { self.js.new_external_buffer(host, len, shared, on_release)? };
        if !shared {
            self.track_alias(&buffer, released)?;
        }
        Ok(buffer)
    }

    /// Remembers an alias (weakly) so that it can be detached later.
    fn track_alias(&self, buffer: &JsValue, released: Rc<Cell<bool>>) -> NapiResult {
        let Some(weak) = self.js.new_weak(buffer, None)? else {
            return Ok(());
        };
        let pruned = {
            let mut aliases = self.transfers.aliases.borrow_mut();
            aliases.push(Alias {
                buffer: weak,
                released,
            });
            if aliases.len() < self.transfers.prune_at.get().max(MIN_PRUNE) {
                return Ok(());
            }
            let (live, dead): (Vec<Alias>, Vec<Alias>) = std::mem::take(&mut *aliases)
                .into_iter()
                .partition(|a| !a.released.get() && a.buffer.is_alive());
            *aliases = live;
            self.transfers.prune_at.set(2 * aliases.len());
            dead
        };
        drop(pruned);
        Ok(())
    }

    // ----- poison and teardown -----------------------------------------------------------

    /// Detaches every live alias of this instance's memory, so that JS can no longer
    /// reach it (after a trap, and before the store is freed).
    pub(crate) fn detach_aliases(&self) {
        let aliases = std::mem::take(&mut *self.transfers.aliases.borrow_mut());
        for alias in &aliases {
            if !alias.released.get()
                && let Some(buffer) = alias.buffer.get()
            {
                self.js.detach(&buffer);
            }
        }
    }

    /// Teardown: detaches every alias and drops every shadow and pending free, without
    /// calling the guest. Idempotent.
    pub(crate) fn release_transfers(&self) {
        self.detach_aliases();
        let shadows = std::mem::take(&mut *self.transfers.shadows.borrow_mut());
        drop(shadows);
        self.transfers.frees.borrow_mut().clear();
        self.transfers.host_allocated.borrow_mut().clear();
    }
}

fn napi_to_trap(error: NapiError) -> wasmtime::Error {
    match error {
        NapiError::Trap(trap) => trap,
        other => wasmtime::Error::msg(format!(
            "napi-host bug: guest memory access failed: {other:?}"
        )),
    }
}
