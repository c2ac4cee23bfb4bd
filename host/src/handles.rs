//! `napi_value` handles and handle scopes.
//!
//! A handle is a `u32` id naming a slot in one stack of owned engine values per env; a
//! scope is a range of that stack. Closing a scope releases its values and rewinds the
//! stack, so opening and closing scopes costs O(1) plus the values released.
//!
//! Ids encode the slot and the *epoch* in which it was filled: the epoch advances every
//! time a scope closes, so a handle that outlived its scope no longer matches its slot and
//! resolves to `napi_invalid_arg` instead of to whatever value reused the slot (detection
//! is exact until the 12-bit epoch wraps around, i.e. for the next 4095 scope closes).
//! Ids below [`FIRST_SLOT_ID`] are constants shared by every scope.

use crate::engine::{Js, JsValue};
use crate::status::{NapiResult, Status, bail_status};

/// A `napi_value` as the guest sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handle(pub u32);

impl From<u32> for Handle {
    fn from(id: u32) -> Self {
        Handle(id)
    }
}

impl Handle {
    /// The NULL handle.
    pub const NULL: Handle = Handle(0);
    /// `undefined`
    pub const UNDEFINED: Handle = Handle(1);
    /// `null`
    pub const NULL_VALUE: Handle = Handle(2);
    /// `false`
    pub const FALSE: Handle = Handle(3);
    /// `true`
    pub const TRUE: Handle = Handle(4);
    /// The global object.
    pub const GLOBAL: Handle = Handle(5);

    /// The constant handle for a boolean.
    pub fn boolean(value: bool) -> Handle {
        if value { Handle::TRUE } else { Handle::FALSE }
    }
}

const SLOT_BITS: u32 = 20;
const SLOT_MASK: u32 = (1 << SLOT_BITS) - 1;
const EPOCH_LIMIT: u16 = 1 << (32 - SLOT_BITS);
/// Slot ids start here; smaller ids are constants.
const FIRST_SLOT_ID: u32 = 8;
/// Most values one env can hold in open scopes at once.
pub const MAX_LIVE_HANDLES: usize = (SLOT_MASK - FIRST_SLOT_ID) as usize;

/// What opened a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// Opened by the host around a call into the guest; the guest cannot close it.
    Host,
    /// `napi_open_handle_scope`
    Guest,
    /// `napi_open_escapable_handle_scope`; `escape_slot` was reserved in the parent.
    Escapable {
        /// Slot in the parent scope that receives the escaped value.
        escape_slot: u32,
        /// Whether `napi_escape_handle` was called.
        escaped: bool,
    },
}

#[derive(Debug)]
struct Scope {
    start: u32,
    kind: ScopeKind,
}

/// A `napi_handle_scope` / `napi_escapable_handle_scope` id (1-based depth).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScopeId(pub u32);

/// One filled slot: its value and the epoch it was filled in.
struct Slot {
    value: JsValue,
    epoch: u16,
}

/// The handle stack of one env.
pub struct HandleStore {
    slots: Vec<Slot>,
    scopes: Vec<Scope>,
    epoch: u16,
    limit: usize,
}

impl HandleStore {
    /// An empty store that refuses to hold more than `limit` values.
    pub fn new(limit: usize) -> HandleStore {
        HandleStore {
            slots: Vec::new(),
            scopes: Vec::new(),
            epoch: 1,
            limit: limit.min(MAX_LIVE_HANDLES),
        }
    }

    fn encode(slot: u32, epoch: u16) -> Handle {
        Handle((u32::from(epoch) << SLOT_BITS) | (slot + FIRST_SLOT_ID))
    }

    fn decode(handle: Handle) -> Option<(usize, u16)> {
        let low = handle.0 & SLOT_MASK;
        if low < FIRST_SLOT_ID {
            return None;
        }
        let epoch = u16::try_from(handle.0 >> SLOT_BITS).ok()?;
        Some(((low - FIRST_SLOT_ID) as usize, epoch))
    }

    /// Pushes a value into the innermost scope.
    pub fn push(&mut self, value: JsValue) -> NapiResult<Handle> {
        if self.slots.len() >= self.limit || self.scopes.is_empty() {
            bail_status!(GenericFailure);
        }
        let slot = self.slots.len() as u32;
        self.slots.push(Slot {
            value,
            epoch: self.epoch,
        });
        Ok(Self::encode(slot, self.epoch))
    }

    /// The value a handle names (constants included), or `napi_invalid_arg`.
    pub fn get(&self, js: Js, handle: Handle) -> NapiResult<JsValue> {
        match handle {
            Handle::UNDEFINED => Ok(js.undefined()),
            Handle::NULL_VALUE => Ok(js.null()),
            Handle::FALSE => Ok(js.boolean(false)),
            Handle::TRUE => Ok(js.boolean(true)),
            Handle::GLOBAL => Ok(js.global()),
            _ => self.slot(handle).map(|slot| slot.value.clone()),
        }
    }

    /// Runs `f` on the value a handle names without taking a reference (the hot path of
    /// getters like `napi_get_value_double`).
    pub fn peek<R>(&self, js: Js, handle: Handle, f: impl FnOnce(&JsValue) -> R) -> NapiResult<R> {
        match handle {
            Handle::UNDEFINED
            | Handle::NULL_VALUE
            | Handle::FALSE
            | Handle::TRUE
            | Handle::GLOBAL => Ok(f(&self.get(js, handle)?)),
            _ => self.slot(handle).map(|slot| f(&slot.value)),
        }
    }

    fn slot(&self, handle: Handle) -> NapiResult<&Slot> {
        match Self::decode(handle) {
            Some((index, epoch)) => match self.slots.get(index) {
                Some(slot) if slot.epoch == epoch => Ok(slot),
                _ => Err(Status::InvalidArg.into()),
            },
            None => Err(Status::InvalidArg.into()),
        }
    }

    /// Opens a host or guest scope.
    pub fn open(&mut self, kind: ScopeKind) -> ScopeId {
        self.scopes.push(Scope {
            start: self.slots.len() as u32,
            kind,
        });
        ScopeId(self.scopes.len() as u32)
    }

    /// Opens an escapable scope. `placeholder` fills the slot reserved in the parent
    /// scope for the escaped value until `escape` overwrites it.
    pub fn open_escapable(&mut self, placeholder: JsValue) -> NapiResult<ScopeId> {
        let escape_slot = self.slots.len() as u32;
        self.push(placeholder)?;
        Ok(self.open(ScopeKind::Escapable {
            escape_slot,
            escaped: false,
        }))
    }

    /// The innermost scope's id and kind.
    pub fn innermost(&self) -> Option<(ScopeId, ScopeKind)> {
        self.scopes
            .last()
            .map(|s| (ScopeId(self.scopes.len() as u32), s.kind))
    }

    /// Number of open scopes.
    pub fn depth(&self) -> usize {
        self.scopes.len()
    }

    /// Closes the innermost scope, releasing its values. `expected` must name it.
    pub fn close(&mut self, expected: ScopeId) -> NapiResult {
        if self.scopes.len() as u32 != expected.0 || expected.0 == 0 {
            bail_status!(HandleScopeMismatch);
        }
        let scope = self.scopes.pop().ok_or(Status::HandleScopeMismatch)?;
        self.slots.truncate(scope.start as usize);
        self.epoch = if self.epoch + 1 >= EPOCH_LIMIT {
            1
        } else {
            self.epoch + 1
        };
        Ok(())
    }

    /// Stores `value` into the slot reserved in the parent of escapable scope
    /// `scope`, returning the parent-scope handle.
    pub fn escape(&mut self, scope: ScopeId, value: JsValue) -> NapiResult<Handle> {
        let index = (scope.0 as usize)
            .checked_sub(1)
            .filter(|&i| i < self.scopes.len())
            .ok_or(Status::InvalidArg)?;
        let ScopeKind::Escapable {
            escape_slot,
            escaped,
        } = &mut self.scopes[index].kind
        else {
            bail_status!(InvalidArg);
        };
        if *escaped {
            bail_status!(EscapeCalledTwice);
        }
        *escaped = true;
        self.slots[*escape_slot as usize] = Slot {
            value,
            epoch: self.epoch,
        };
        Ok(Self::encode(*escape_slot, self.epoch))
    }

    /// Releases every value and scope (env teardown).
    pub fn clear(&mut self) {
        self.scopes.clear();
        self.slots.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;
    use crate::status::NapiError;

    #[test]
    fn handles_from_closed_scopes_are_rejected() {
        let engine = Engine::new();
        let js = engine.js();
        let mut store = HandleStore::new(1000);
        let outer = store.open(ScopeKind::Host);
        let kept = store.push(js.number(1.0)).unwrap();
        let inner = store.open(ScopeKind::Guest);
        let stale = store.push(js.number(2.0)).unwrap();
        assert_eq!(store.get(js, stale).unwrap().as_f64(), Some(2.0));
        assert!(matches!(
            store.close(outer),
            Err(NapiError::Status(Status::HandleScopeMismatch))
        ));
        store.close(inner).unwrap();
        let reused = store.push(js.number(3.0)).unwrap();
        assert_ne!(reused, stale);
        assert!(store.get(js, stale).is_err());
        assert_eq!(store.get(js, kept).unwrap().as_f64(), Some(1.0));
        assert!(store.get(js, Handle(0)).is_err());
        assert!(store.get(js, Handle(0xffff_ffff)).is_err());
        store.clear();
    }
}
