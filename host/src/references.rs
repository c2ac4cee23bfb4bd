//! References (`napi_ref`) and the finalizers Node-API tracks with them.
//!
//! Each env has one [`References`] holding every *tracked* entry, Node's `RefTracker`s:
//! user references (`napi_create_reference`), wrap references (`napi_wrap`), finalizer
//! references (`napi_add_finalizer`, externals with a finalizer), posted finalizers
//! (`node_api_post_finalizer`) and the instance data. An entry names its value strongly
//! while its count is above 0 and weakly at 0 ([`JsWeak`]); a value that cannot be held
//! weakly is released at 0, except registered symbols, which are never collected (as in
//! V8) and stay held.
//!
//! # Finalizers
//!
//! When the target of an entry with a finalizer (or owned by the runtime) dies, its weak
//! reference's death notice records the entry's id in `died`: that runs inside the
//! engine's free path, so it only pushes to a `Cell` (never a `RefCell` that may be
//! borrowed while a value is being released). The finalizers themselves run later, at
//! safe points:
//! - from the event loop ([`References::run_pending`]), like Node's `SetImmediate`
//!   drain;
//! - for modules of API version `NAPI_VERSION_EXPERIMENTAL`, whose finalizers Node runs
//!   during GC, also as soon as `gc()` returns ([`References::run_gc_finalizers`]).
//!   These run as *GC finalizers*: a Node-API call that would run JS fails with
//!   `napi_cannot_run_js` (Node aborts the process instead). QuickJS frees objects as
//!   soon as their count drops, inside the engine; the finalizer never runs there, only
//!   at the next of these points.
//!
//! Deleting an entry whose finalizer is waiting cancels it (Node dequeues it too).
//!
//! # Teardown
//!
//! [`References::finalize_all`] follows Node's env destructor: queued finalizers first,
//! then every entry that still has a finalizer, most recently created first (Node's
//! lists are LIFO; the instance data is one of those entries, in creation order, as in
//! Node 20), with JS calls refused (`napi_cannot_run_js` for modules of version 10 and
//! later, `napi_pending_exception` below).
//!
//! # Borrowing
//!
//! Releasing a value can run death notices and other class finalizers, so no `JsValue`
//! is ever dropped while `entries` is borrowed: removed entries and released values are
//! moved out of the borrow and dropped after it.

use crate::engine::{Js, JsType, JsValue, JsWeak};
use crate::env::{Env, PendingFinalizer};
use crate::status::{NapiResult, Status};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// `NAPI_VERSION_EXPERIMENTAL`.
pub(crate) const NAPI_VERSION_EXPERIMENTAL: u32 = i32::MAX as u32;

/// Who deletes an entry: the runtime (after its finalizer ran) or the guest
/// (`napi_delete_reference`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ownership {
    /// Deleted by the runtime once finalized (Node's `kRuntime`).
    Runtime,
    /// Deleted by the guest (Node's `kUserland`).
    Userland,
}

/// A guest finalizer: `callback(env, data, hint)` (table index and hint).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Finalizer {
    pub(crate) callback: u32,
    pub(crate) hint: u32,
}

/// What a new entry tracks.
pub(crate) struct NewEntry {
    /// The initial count (0: weak).
    pub(crate) count: u32,
    pub(crate) ownership: Ownership,
    pub(crate) finalizer: Option<Finalizer>,
    /// The finalizer's `data` (for wraps, the native object `napi_unwrap` returns).
    pub(crate) data: u32,
    /// Whether the guest receives the id as a `napi_ref`.
    pub(crate) user: bool,
}

struct Entry {
    /// Held while `count > 0`, and always when `pinned`.
    strong: Option<JsValue>,
    /// For objects and symbols: names the value at count 0 and reports its death.
    weak: Option<JsWeak>,
    /// A value that can be held weakly in V8 but not in QuickJS (a registered symbol,
    /// never collected): always held.
    pinned: bool,
    count: u32,
    ownership: Ownership,
    finalizer: Option<Finalizer>,
    data: u32,
    user: bool,
}

impl Entry {
    /// Node's `persistent_.IsEmpty()`: the value is gone (collected or released).
    fn is_empty(&self) -> bool {
        self.strong.is_none() && !self.weak.as_ref().is_some_and(JsWeak::is_alive)
    }
}

/// Ids whose targets died, shared with the death notices.
type DiedQueue = Rc<Cell<Vec<u32>>>;

/// The tracked entries of one env.
pub(crate) struct References {
    entries: RefCell<HashMap<u32, Entry>>,
    last_id: Cell<u32>,
    died: DiedQueue,
    posted: Cell<Vec<u32>>,
    instance_data: Cell<u32>,
    /// Depth of GC finalizers running (JS calls refused).
    in_gc_finalizer: Cell<u32>,
    /// Set once the env is being torn down (JS calls refused).
    tearing_down: Cell<bool>,
}

impl Default for References {
    fn default() -> Self {
        References {
            entries: RefCell::new(HashMap::new()),
            last_id: Cell::new(0),
            died: Rc::new(Cell::new(Vec::new())),
            posted: Cell::new(Vec::new()),
            instance_data: Cell::new(0),
            in_gc_finalizer: Cell::new(0),
            tearing_down: Cell::new(false),
        }
    }
}

fn push(queue: &Cell<Vec<u32>>, id: u32) {
    let mut ids = queue.take();
    ids.push(id);
    queue.set(ids);
}

fn is_empty(queue: &Cell<Vec<u32>>) -> bool {
    let ids = queue.take();
    let empty = ids.is_empty();
    queue.set(ids);
    empty
}

impl References {
    fn next_id(&self) -> u32 {
        let entries = self.entries.borrow();
        let mut id = self.last_id.get();
        loop {
            id = id.wrapping_add(1);
            if id != 0 && !entries.contains_key(&id) {
                self.last_id.set(id);
                return id;
            }
        }
    }

    /// Tracks `value`. Objects and symbols are held weakly at count 0; other values
    /// are released at 0 (callers accept them only where Node does).
    pub(crate) fn create(&self, js: Js, value: JsValue, new: NewEntry) -> NapiResult<u32> {
        let id = self.next_id();
        let notice = (new.finalizer.is_some() || new.ownership == Ownership::Runtime).then(|| {
            let died = Rc::downgrade(&self.died);
            Box::new(move || {
                if let Some(died) = died.upgrade() {
                    push(&died, id);
                }
            }) as crate::engine::DeathNotice
        });
        let weakable = matches!(
            js.type_of(&value),
            JsType::Object | JsType::Function | JsType::Symbol
        );
        let weak = if weakable {
            js.new_weak(&value, notice)?
        } else {
            None
        };
        let pinned = weakable && weak.is_none();
        let entry = Entry {
            strong: (new.count > 0 || pinned).then_some(value),
            weak,
            pinned,
            count: new.count,
            ownership: new.ownership,
            finalizer: new.finalizer,
            data: new.data,
            user: new.user,
        };
        self.entries.borrow_mut().insert(id, entry);
        Ok(id)
    }

    /// Tracks a finalizer without a value (posted finalizers, instance data).
    fn create_valueless(&self, finalizer: Option<Finalizer>, data: u32) -> u32 {
        let id = self.next_id();
        let entry = Entry {
            strong: None,
            weak: None,
            pinned: false,
            count: 0,
            ownership: Ownership::Runtime,
            finalizer,
            data,
            user: false,
        };
        self.entries.borrow_mut().insert(id, entry);
        id
    }

    /// Runs `f` on user entry `id` (`napi_invalid_arg` for anything else: NULL, deleted,
    /// or never issued, where Node's behaviour is undefined).
    fn with_user<R>(&self, id: u32, f: impl FnOnce(&mut Entry) -> R) -> NapiResult<R> {
        let mut entries = self.entries.borrow_mut();
        match entries.get_mut(&id) {
            Some(entry) if entry.user => Ok(f(entry)),
            _ => Err(Status::InvalidArg.into()),
        }
    }

    /// The value of user entry `id`, or `None` when it is gone.
    pub(crate) fn value(&self, id: u32) -> NapiResult<Option<JsValue>> {
        self.with_user(id, |entry| match &entry.strong {
            Some(value) => Some(value.clone()),
            None => entry.weak.as_ref().and_then(JsWeak::get),
        })
    }

    /// `napi_reference_ref`: the new count, or 0 (unchanged) when the value is gone.
    pub(crate) fn ref_(&self, id: u32) -> NapiResult<u32> {
        self.with_user(id, |entry| {
            if entry.is_empty() {
                return 0;
            }
            entry.count = entry.count.saturating_add(1);
            if entry.strong.is_none() {
                entry.strong = entry.weak.as_ref().and_then(JsWeak::get);
            }
            entry.count
        })
    }

    /// `napi_reference_unref`: the new count; `napi_generic_failure` at 0. At 0 the value
    /// becomes weak (objects, symbols) or is released (other values).
    pub(crate) fn unref(&self, id: u32) -> NapiResult<u32> {
        let (count, released) = self.with_user(id, |entry| {
            if entry.count == 0 {
                return Err(Status::GenericFailure);
            }
            if entry.is_empty() {
                return Ok((0, None));
            }
            entry.count -= 1;
            let released = if entry.count == 0 && !entry.pinned {
                entry.strong.take()
            } else {
                None
            };
            Ok((entry.count, released))
        })??;
        drop(released);
        Ok(count)
    }

    /// `napi_delete_reference`: forgets user entry `id` (a waiting finalizer is
    /// cancelled).
    pub(crate) fn delete(&self, id: u32) -> NapiResult {
        self.with_user(id, |_| ())?;
        let removed = self.entries.borrow_mut().remove(&id);
        drop(removed);
        Ok(())
    }

    /// The data of any entry (wraps: the native object), if it exists.
    pub(crate) fn data(&self, id: u32) -> Option<u32> {
        self.entries.borrow().get(&id).map(|e| e.data)
    }

    /// `napi_remove_wrap` of wrap entry `id`: a guest-owned entry loses its finalizer
    /// (the guest still deletes it), a runtime-owned one is deleted.
    pub(crate) fn remove_wrap(&self, id: u32) {
        let removed = {
            let mut entries = self.entries.borrow_mut();
            match entries.get_mut(&id) {
                Some(entry) if entry.ownership == Ownership::Userland => {
                    entry.finalizer = None;
                    entry.data = 0;
                    None
                }
                Some(_) => entries.remove(&id),
                None => None,
            }
        };
        drop(removed);
    }

    /// `napi_set_instance_data`: replaces the instance data. The previous data is
    /// dropped without running its finalizer (Node's contract).
    pub(crate) fn set_instance_data(&self, data: u32, finalizer: Option<Finalizer>) {
        let old = self.instance_data.replace(0);
        let removed = self.entries.borrow_mut().remove(&old);
        drop(removed);
        let id = self.create_valueless(finalizer, data);
        self.instance_data.set(id);
    }

    /// `napi_get_instance_data`: the instance data, or 0.
    pub(crate) fn instance_data(&self) -> u32 {
        self.data(self.instance_data.get()).unwrap_or(0)
    }

    /// `node_api_post_finalizer`: runs `finalizer(data)` from the event loop.
    pub(crate) fn post(&self, finalizer: Option<Finalizer>, data: u32) {
        let id = self.create_valueless(finalizer, data);
        push(&self.posted, id);
    }

    /// Whether JS may run: not inside a GC finalizer, not during teardown.
    pub(crate) fn can_call_js(&self) -> bool {
        self.in_gc_finalizer.get() == 0 && !self.tearing_down.get()
    }

    /// Whether finalizers are waiting for the event loop.
    pub(crate) fn has_pending(&self) -> bool {
        !is_empty(&self.died) || !is_empty(&self.posted)
    }

    /// From the event loop: the finalizers of dead targets (as GC finalizers for
    /// experimental modules), then posted ones. Returns the first error (a trap, or an
    /// exception a finalizer left pending) after running them all.
    pub(crate) fn run_pending(&self, env: &Env) -> crate::engine::JsResult<()> {
        let gc = env.module_api_version() == NAPI_VERSION_EXPERIMENTAL;
        let died = self.drain(env, &self.died, gc);
        let posted = self.drain(env, &self.posted, false);
        died.and(posted)
    }

    /// Right after the engine collected garbage (`gc()`): experimental modules' finalizers
    /// of dead targets, as GC finalizers. Nothing for other modules.
    pub(crate) fn run_gc_finalizers(&self, env: &Env) -> crate::engine::JsResult<()> {
        if env.module_api_version() != NAPI_VERSION_EXPERIMENTAL {
            return Ok(());
        }
        self.drain(env, &self.died, true)
    }

    fn drain(&self, env: &Env, queue: &Cell<Vec<u32>>, gc: bool) -> crate::engine::JsResult<()> {
        let mut first_error = None;
        loop {
            let ids = queue.take();
            if ids.is_empty() {
                break;
            }
            for id in ids {
                if let Err(e) = self.finalize(env, id, gc) {
                    first_error.get_or_insert(e);
                }
            }
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Node's `Finalize()`: releases the value, runs the finalizer (once), and deletes a
    /// runtime-owned entry.
    fn finalize(&self, env: &Env, id: u32, gc: bool) -> crate::engine::JsResult<()> {
        let (finalizer, weak, strong, removed) = {
            let mut entries = self.entries.borrow_mut();
            let Some(entry) = entries.get_mut(&id) else {
                return Ok(());
            };
            let finalizer = entry.finalizer.take().map(|f| PendingFinalizer {
                callback: f.callback,
                data: entry.data,
                hint: f.hint,
            });
            let weak = entry.weak.take();
            let strong = entry.strong.take();
            let removed = if entry.ownership == Ownership::Runtime {
                entries.remove(&id)
            } else {
                None
            };
            (finalizer, weak, strong, removed)
        };
        // The weak reference first: its death notice must not fire for this entry.
        drop(weak);
        drop(strong);
        drop(removed);
        let Some(finalizer) = finalizer else {
            return Ok(());
        };
        if env.is_poisoned() {
            // A trapped instance is never called again; its finalizers are dropped.
            return Ok(());
        }
        if gc {
            self.in_gc_finalizer.set(self.in_gc_finalizer.get() + 1);
        }
        let outcome = env.run_finalizer(finalizer);
        if gc {
            self.in_gc_finalizer.set(self.in_gc_finalizer.get() - 1);
        }
        outcome
    }

    /// Env teardown, after the pending queues were drained once: every entry that still
    /// has a finalizer, most recently created first, with JS calls refused. Errors are
    /// ignored (Node drops them too: JS cannot run any more).
    pub(crate) fn finalize_all(&self, env: &Env) {
        self.tearing_down.set(true);
        loop {
            let _ = self.drain(env, &self.died, false);
            let _ = self.drain(env, &self.posted, false);
            let mut ids: Vec<u32> = self
                .entries
                .borrow()
                .iter()
                .filter(|(_, entry)| entry.finalizer.is_some())
                .map(|(id, _)| *id)
                .collect();
            if ids.is_empty() {
                break;
            }
            ids.sort_unstable_by(|a, b| b.cmp(a));
            for id in ids {
                let _ = self.finalize(env, id, false);
            }
        }
    }

    /// Marks the start of teardown: JS calls are refused from now on.
    pub(crate) fn begin_teardown(&self) {
        self.tearing_down.set(true);
    }

    /// Releases every value (teardown, before the engine goes).
    pub(crate) fn clear(&self) {
        let entries = std::mem::take(&mut *self.entries.borrow_mut());
        let (weak, strong): (Vec<_>, Vec<_>) = entries
            .into_values()
            .map(|entry| (entry.weak, entry.strong))
            .unzip();
        drop(weak);
        drop(strong);
        self.died.set(Vec::new());
        self.posted.set(Vec::new());
        self.instance_data.set(0);
    }
}
