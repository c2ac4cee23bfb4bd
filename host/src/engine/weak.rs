//! Weak references to JS values, and Rust data attached to JS objects.
//!
//! QuickJS-NG's C API has no weak handle, and `JS_SetOpaque` only works on objects of
//! custom classes. Both needs are met by one mechanism (route (b) of the research
//! notes): the engine keeps a private `WeakMap`, made from the intrinsic constructor at
//! startup and never visible to scripts, whose keys are targets and whose values are
//! *sentinels*: objects of a private class whose opaque is a [`Companion`]. When a target
//! dies (its refcount reaches 0, or the cycle collector frees it), QuickJS drops the map
//! record and so frees the sentinel, synchronously inside its free path, before the
//! target's memory is released (or, inside `JS_RunGC`, before anything but other
//! finalizers runs). The sentinel's finalizer is therefore the target's death notice:
//! it marks every [`JsWeak`] of the target dead, runs their death notices and drops the
//! attached data.
//!
//! Death notices run inside the engine's GC / free path: they must only record what
//! happened (no engine calls, no guest calls, no `RefCell` that may be borrowed while a
//! value is released). Symbols can be targets too (QuickJS frees a symbol's weak
//! records when it dies), except registered ones (`Symbol.for`), which a `WeakMap`
//! refuses: those are never held weakly.

use super::{Js, JsResult, JsValue};
use rquickjs::qjs;
use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

/// A death notice: runs (once) inside the engine's free path when the target dies.
pub(crate) type DeathNotice = Box<dyn FnOnce()>;

/// Engine-wide state of the weak mechanism, owned by the engine state.
pub(super) struct WeakState {
    sentinel_class: qjs::JSClassID,
    /// The private `WeakMap` (target -> sentinel).
    map: JsValue,
    /// The intrinsic `WeakMap.prototype.get` / `set`, immune to user patches.
    get: JsValue,
    set: JsValue,
}

impl WeakState {
    /// Registers the sentinel class and creates the private map. Runs at engine startup,
    /// before any script, so the intrinsics are the original ones.
    pub(super) fn new(rt: *mut qjs::JSRuntime, js: Js) -> WeakState {
        let sentinel_class = super::native::new_class(rt, c"Object", Some(finalize_sentinel), None);
        let undefined = || js.undefined();
        let constructor = js
            .get_named(&js.global(), b"WeakMap")
            .unwrap_or_else(|_| undefined());
        let prototype = js
            .get_named(&constructor, b"prototype")
            .unwrap_or_else(|_| undefined());
        WeakState {
            sentinel_class,
            map: js
                .construct(&constructor, &[])
                .unwrap_or_else(|_| undefined()),
            get: js
                .get_named(&prototype, b"get")
                .unwrap_or_else(|_| undefined()),
            set: js
                .get_named(&prototype, b"set")
                .unwrap_or_else(|_| undefined()),
        }
    }
}

/// The liveness of one weak reference, shared by the [`JsWeak`] and the target's
/// companion.
struct WeakCell {
    alive: Cell<bool>,
    notice: Cell<Option<DeathNotice>>,
}

/// What a sentinel carries for its target.
struct Companion {
    cells: RefCell<Vec<Rc<WeakCell>>>,
    data: OnceCell<Box<dyn Any>>,
}

impl Companion {
    /// The target died: mark its weak references dead and deliver their notices.
    fn die(self) {
        for cell in self.cells.into_inner() {
            cell.alive.set(false);
            if let Some(notice) = cell.notice.take() {
                notice();
            }
        }
    }
}

unsafe extern "C" fn finalize_sentinel(_rt: *mut qjs::JSRuntime, value: qjs::JSValue) {
    let mut class = 0;
    // SAFETY: this finalizer is only installed on the sentinel class, whose opaque is
    // always a `Box<Companion>` set at creation (or NULL if creation failed); QuickJS
    // calls it once, when the sentinel (and so its target) is freed.
    let opaque = unsafe { qjs::JS_GetAnyOpaque(value, &mut class) };
    if !opaque.is_null() {
        // SAFETY: see above; ownership of the box returns to us exactly once.
        unsafe { Box::from_raw(opaque.cast::<Companion>()) }.die();
    }
}

/// A weak reference: names its target without keeping it alive.
pub(crate) struct JsWeak {
    ctx: *mut qjs::JSContext,
    /// The target, *not* counted: only valid while `cell.alive`.
    raw: qjs::JSValue,
    cell: Rc<WeakCell>,
}

impl std::fmt::Debug for JsWeak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "JsWeak(alive: {})", self.cell.alive.get())
    }
}

impl JsWeak {
    /// The target, if it is still alive.
    pub(crate) fn get(&self) -> Option<JsValue> {
        // SAFETY: while the cell is alive the target has not been freed (the sentinel's
        // finalizer clears the flag before the target's memory goes), so `raw` is live.
        self.cell
            .alive
            .get()
            .then(|| unsafe { JsValue::from_raw_dup(self.ctx, self.raw) })
    }

    /// Whether the target is still alive.
    pub(crate) fn is_alive(&self) -> bool {
        self.cell.alive.get()
    }
}

impl Drop for JsWeak {
    fn drop(&mut self) {
        // A dropped weak reference gets no death notice. The cell itself is pruned from
        // the companion the next time a weak reference to the same target is made.
        drop(self.cell.notice.take());
    }
}

/// Whether a value of this kind can ever be held weakly (objects and symbols).
fn is_weak_kind(value: &JsValue) -> bool {
    // SAFETY: reading the tag.
    value.is_object() || unsafe { qjs::JS_IsSymbol(value.as_raw()) }
}

impl Js {
    /// A weak reference to `target`; `notice` (if any) runs inside the engine's free path
    /// when the target dies. `None` when `target` cannot be held weakly: primitives other
    /// than symbols, and registered symbols (`Symbol.for`), which are never collected.
    pub(crate) fn new_weak(
        self,
        target: &JsValue,
        notice: Option<DeathNotice>,
    ) -> JsResult<Option<JsWeak>> {
        let Some(companion) = self.companion(target, true)? else {
            return Ok(None);
        };
        let cell = Rc::new(WeakCell {
            alive: Cell::new(true),
            notice: Cell::new(notice),
        });
        let mut cells = companion.cells.borrow_mut();
        cells.retain(|c| Rc::strong_count(c) > 1);
        cells.push(cell.clone());
        Ok(Some(JsWeak {
            ctx: self.ctx,
            raw: target.as_raw(),
            cell,
        }))
    }

    /// The `T` attached to object `target`, attaching `T::default()` first if it has
    /// none. `None` when `target` is not an object, or carries data of another type.
    pub(crate) fn attachment<T: Default + 'static>(self, target: &JsValue) -> JsResult<Option<&T>> {
        if !target.is_object() {
            return Ok(None);
        }
        let Some(companion) = self.companion(target, true)? else {
            return Ok(None);
        };
        Ok(companion
            .data
            .get_or_init(|| Box::new(T::default()))
            .downcast_ref())
    }

    /// The `T` attached to object `target`, if any (attaches nothing).
    pub(crate) fn find_attachment<T: 'static>(self, target: &JsValue) -> JsResult<Option<&T>> {
        if !target.is_object() {
            return Ok(None);
        }
        let companion = self.companion(target, false)?;
        Ok(companion
            .and_then(|c| c.data.get())
            .and_then(|d| d.downcast_ref()))
    }

    /// The companion of `target`, created (with its sentinel) when `create` is set.
    ///
    /// The reference lives as long as `target` does: the private map holds the sentinel
    /// until the target dies, and the caller's `&JsValue` keeps the target alive.
    fn companion(self, target: &JsValue, create: bool) -> JsResult<Option<&Companion>> {
        if !is_weak_kind(target) {
            return Ok(None);
        }
        let state = &self.state().weak;
        let found = self.call(&state.get, &state.map, std::slice::from_ref(target))?;
        if let Some(companion) = self.sentinel_companion(&found) {
            return Ok(Some(companion));
        }
        if !create {
            return Ok(None);
        }
        let companion = Box::new(Companion {
            cells: RefCell::new(Vec::new()),
            data: OnceCell::new(),
        });
        // SAFETY: the new object is owned; the box is handed to it and freed by
        // `finalize_sentinel`.
        let sentinel = unsafe {
            let sentinel = self.check(qjs::JS_NewObjectProtoClass(
                self.ctx,
                qjs::JS_NULL,
                state.sentinel_class,
            ))?;
            qjs::JS_SetOpaque(sentinel.as_raw(), Box::into_raw(companion).cast());
            sentinel
        };
        let args = [target.clone(), sentinel.clone()];
        if let Err(refused) = self.call(&state.set, &state.map, &args) {
            if target.is_object() {
                return Err(refused);
            }
            // A registered symbol: `WeakMap` refuses it (it is never collected).
            return Ok(None);
        }
        Ok(self.sentinel_companion(&sentinel))
    }

    /// The companion behind a sentinel value. The returned lifetime is chosen by the
    /// caller ([`Js::companion`] ties it to the target, which keeps the sentinel alive).
    fn sentinel_companion<'a>(self, sentinel: &JsValue) -> Option<&'a Companion> {
        let class = self.state().weak.sentinel_class;
        // SAFETY: sentinel-class objects always carry a `Companion` opaque that lives as
        // long as the sentinel, which the private map keeps while the target lives.
        unsafe {
            qjs::JS_GetOpaque(sentinel.as_raw(), class)
                .cast::<Companion>()
                .as_ref()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::Engine;
    use std::cell::Cell;
    use std::rc::Rc;

    #[test]
    fn weak_references_die_with_their_target() {
        let engine = Engine::new();
        let js = engine.js();
        let died = Rc::new(Cell::new(0));
        let target = js.new_object().unwrap();
        let notice = {
            let died = died.clone();
            Box::new(move || died.set(died.get() + 1))
        };
        let weak = js.new_weak(&target, Some(notice)).unwrap().unwrap();
        let silent = js.new_weak(&target, None).unwrap().unwrap();
        assert!(js.strict_equals(&weak.get().unwrap(), &target));
        drop(target);
        assert!(weak.get().is_none() && !silent.is_alive());
        assert_eq!(died.get(), 1);
        drop((weak, silent));
    }

    #[test]
    fn cycles_die_at_gc_and_dropped_references_get_no_notice() {
        let engine = Engine::new();
        let js = engine.js();
        let died = Rc::new(Cell::new(0));
        let a = js.new_object().unwrap();
        let b = js.new_object().unwrap();
        js.set_named(&a, b"b", b.clone()).unwrap();
        js.set_named(&b, b"a", a.clone()).unwrap();
        let count = |died: &Rc<Cell<u32>>| {
            let died = died.clone();
            Box::new(move || died.set(died.get() + 1))
        };
        let weak = js.new_weak(&a, Some(count(&died))).unwrap().unwrap();
        let dropped = js.new_weak(&b, Some(count(&died))).unwrap().unwrap();
        drop(dropped);
        drop((a, b));
        assert!(weak.is_alive(), "a cycle lives until the collector runs");
        engine.run_gc();
        assert!(!weak.is_alive());
        assert_eq!(died.get(), 1);
        drop(weak);
    }

    #[test]
    fn attachments_and_symbols() {
        let engine = Engine::new();
        let js = engine.js();
        let object = js.new_object().unwrap();
        assert!(js.find_attachment::<Cell<u32>>(&object).unwrap().is_none());
        js.attachment::<Cell<u32>>(&object).unwrap().unwrap().set(7);
        assert_eq!(
            js.find_attachment::<Cell<u32>>(&object)
                .unwrap()
                .unwrap()
                .get(),
            7
        );
        assert!(
            js.attachment::<Cell<u32>>(&js.number(1.0))
                .unwrap()
                .is_none()
        );
        let local = js.eval("Symbol('local')", "<test>").unwrap();
        let weak = js.new_weak(&local, None).unwrap().unwrap();
        drop(local);
        assert!(!weak.is_alive());
        let registered = js.eval("Symbol.for('registered')", "<test>").unwrap();
        assert!(js.new_weak(&registered, None).unwrap().is_none());
        assert!(js.new_weak(&js.number(1.0), None).unwrap().is_none());
        drop((object, weak, registered));
    }
}
