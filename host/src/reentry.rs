//! Re-entry into a guest instance from JS.
//!
//! JS and the guest call each other recursively: JS calls a napi function, which calls
//! the guest, which calls napi imports, which call JS, which may call another napi
//! function of the same addon. Each level needs the wasmtime store. The outermost level
//! owns the [`Store`]; every host import receives a [`Caller`] that borrows it. This
//! module keeps a raw pointer to the innermost store context (the enclosing ones are
//! saved by the guards of their frames, so together they form a stack) so that a nested
//! JS → guest call uses the `Caller` of the import it is nested in.
//!
//! Invariants (upheld by [`StoreStack::enter`] and the `'static`-erasing cast):
//! - a pointer is kept only while the frame that owns the pointee is running;
//! - only the innermost one is ever dereferenced, and only for the duration of one call
//!   ([`StoreStack::with`]); no other reference to the same context is used meanwhile,
//!   because the frame that entered it is suspended in a call into JS or the guest.

use crate::addon::Host;
use std::cell::Cell;
use wasmtime::{AsContextMut, Caller, Store, StoreContextMut};

/// An import's `Caller`, its lifetime erased (see the module invariants).
type CallerPtr = *mut Caller<'static, Host>;

/// The live store contexts of one addon instance: the instance's own store, and the
/// `Caller` of the innermost import running, if any. The `Caller`s of the imports it is
/// nested in are kept by the [`EnterGuard`]s of their frames, so entering and leaving
/// an import costs two `Cell` writes.
#[derive(Default)]
pub(crate) struct StoreStack {
    base: Cell<Option<*mut Store<Host>>>,
    top: Cell<Option<CallerPtr>>,
}

/// Restores the context that was innermost before [`StoreStack::enter`] when dropped.
pub(crate) struct EnterGuard<'a> {
    stack: &'a StoreStack,
    previous: Option<CallerPtr>,
}

impl Drop for EnterGuard<'_> {
    fn drop(&mut self) {
        self.stack.top.set(self.previous);
    }
}

impl StoreStack {
    /// Sets the store that owns the instance (the outermost context).
    ///
    /// # Safety
    /// `store` must stay valid (not moved or dropped) until [`StoreStack::clear`].
    pub(crate) unsafe fn set_base(&self, store: *mut Store<Host>) {
        self.base.set(Some(store));
    }

    /// Forgets every context (before the store is dropped; no import is running then).
    pub(crate) fn clear(&self) {
        self.base.set(None);
        self.top.set(None);
    }

    /// Makes `caller` the innermost context until the guard drops. Guards drop in the
    /// reverse order of their creation: each lives in the frame of one import call.
    pub(crate) fn enter<'a>(&'a self, caller: &mut Caller<'_, Host>) -> EnterGuard<'a> {
        let ptr: *mut Caller<'_, Host> = caller;
        // The lifetime is erased; the guard removes the pointer before `caller` ends.
        let previous = self.top.replace(Some(ptr.cast()));
        EnterGuard {
            stack: self,
            previous,
        }
    }

    /// Runs `f` with the innermost store context: the `Caller` of the innermost active
    /// import, or the instance's own store when no import is running.
    pub(crate) fn with<R>(&self, f: impl FnOnce(StoreContextMut<'_, Host>) -> R) -> R {
        if let Some(caller) = self.top.get() {
            // SAFETY: per the module invariants, the pointee is alive (its frame is
            // suspended below us) and no other reference to it is in use during `f`.
            return f(unsafe { (*caller).as_context_mut() });
        }
        match self.base.get() {
            // SAFETY: the base store outlives the instance (`set_base` contract), and it
            // is only used when no import frame is active, i.e. nothing else borrows it.
            Some(store) => f(unsafe { (*store).as_context_mut() }),
            None => unreachable_store(),
        }
    }
}

#[cold]
fn unreachable_store() -> ! {
    // The base store is set right after the instance is created and cleared only when the
    // whole addon is dropped, after which nothing can reach its env.
    panic!("napi-host bug: addon store used after teardown")
}
