//! Re-entry into a guest instance from JS.
//!
//! JS and the guest call each other recursively: JS calls a napi function, which calls
//! the guest, which calls napi imports, which call JS, which may call another napi
//! function of the same addon. Each level needs the wasmtime store. The outermost level
//! owns the [`Store`]; every host import receives a [`Caller`] that borrows it. This
//! module keeps a stack of raw pointers to the innermost store context so that a nested
//! JS → guest call uses the `Caller` of the import it is nested in.
//!
//! Invariants (upheld by [`StoreStack::enter`] and the `'static`-erasing cast):
//! - a pointer is on the stack only while the frame that owns the pointee is running;
//! - only the top entry is ever dereferenced, and only for the duration of one call
//!   ([`StoreStack::with`]); no other reference to the same context is used meanwhile,
//!   because the frame that pushed it is suspended in a call into JS or the guest.

use crate::addon::Host;
use std::cell::{Cell, RefCell};
use wasmtime::{AsContextMut, Caller, Store, StoreContextMut};

#[derive(Clone, Copy)]
enum StorePtr {
    Store(*mut Store<Host>),
    Caller(*mut Caller<'static, Host>),
}

/// The stack of live store contexts of one addon instance.
#[derive(Default)]
pub(crate) struct StoreStack {
    base: Cell<Option<*mut Store<Host>>>,
    callers: RefCell<Vec<StorePtr>>,
}

/// Pops the entry pushed by [`StoreStack::enter`] when dropped.
pub(crate) struct EnterGuard<'a> {
    stack: &'a StoreStack,
}

impl Drop for EnterGuard<'_> {
    fn drop(&mut self) {
        self.stack.callers.borrow_mut().pop();
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

    /// Forgets the base store (before it is dropped).
    pub(crate) fn clear(&self) {
        self.base.set(None);
        self.callers.borrow_mut().clear();
    }

    /// Makes `caller` the innermost context until the guard drops.
    pub(crate) fn enter<'a>(&'a self, caller: &mut Caller<'_, Host>) -> EnterGuard<'a> {
        let ptr: *mut Caller<'_, Host> = caller;
        // The lifetime is erased; the guard removes the pointer before `caller` ends.
        self.callers.borrow_mut().push(StorePtr::Caller(ptr.cast()));
        EnterGuard { stack: self }
    }

    /// Runs `f` with the innermost store context: the `Caller` of the innermost active
    /// import, or the instance's own store when no import is running.
    pub(crate) fn with<R>(&self, f: impl FnOnce(StoreContextMut<'_, Host>) -> R) -> R {
        let top = self.callers.borrow().last().copied();
        let top = top.or_else(|| self.base.get().map(StorePtr::Store));
        match top {
            // SAFETY: per the module invariants, the pointee is alive (its frame is
            // suspended below us) and no other reference to it is in use during `f`.
            Some(StorePtr::Caller(caller)) => f(unsafe { (*caller).as_context_mut() }),
            // SAFETY: the base store outlives the instance (`set_base` contract), and it
            // is only used when no import frame is active, i.e. nothing else borrows it.
            Some(StorePtr::Store(store)) => f(unsafe { (*store).as_context_mut() }),
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
