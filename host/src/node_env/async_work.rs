//! `napi_async_work` without threads.
//!
//! Node hands `execute` to libuv's thread pool and calls `complete` on the loop thread
//! once it finished (or with `napi_cancelled` when `uv_cancel` took it off the pool's
//! queue first). Here a queued work waits for the next event-loop turn, where the
//! runtime runs `execute` and then `complete` back to back on the JS thread. The
//! states follow libuv's: cancelling succeeds only while the work waits in the queue;
//! once `execute` started (or the work finished) `uv_cancel` reports `UV_EBUSY`, which
//! Node turns into `napi_generic_failure`.

use super::Slab;
use crate::engine::JsResult;
use crate::env::Env;
use crate::handles::ScopeKind;
use crate::status::Status;
use std::collections::VecDeque;

/// Where a work item is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WorkState {
    /// Created, or finished: may be queued (again).
    Idle,
    /// Waiting for a loop turn to run `execute`.
    Queued,
    /// `execute` is running.
    Running,
    /// Cancelled while queued: `complete` runs with `napi_cancelled` on a later turn.
    Cancelled,
}

/// One `napi_async_work`.
struct Work {
    execute: u32,
    complete: u32,
    data: u32,
    state: WorkState,
    /// `napi_delete_async_work` was called while `execute` ran.
    deleted: bool,
}

/// What the loop should do next with a work item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ready {
    /// Run `execute`, then `complete(napi_ok)`.
    Execute(u32),
    /// Run `complete(napi_cancelled)`.
    Cancelled(u32),
}

/// The async work items of one env and the queues the loop takes them from.
pub(crate) struct Works {
    items: Slab<Work>,
    queued: VecDeque<u32>,
    cancelled: VecDeque<u32>,
}

impl Default for Works {
    fn default() -> Self {
        Works {
            items: Slab::new(1),
            queued: VecDeque::new(),
            cancelled: VecDeque::new(),
        }
    }
}

impl Works {
    /// `napi_create_async_work`: a new idle work item.
    pub(crate) fn create(&mut self, execute: u32, complete: u32, data: u32) -> u32 {
        self.items.insert(Work {
            execute,
            complete,
            data,
            state: WorkState::Idle,
            deleted: false,
        })
    }

    /// `napi_delete_async_work`. A queued or cancelled item leaves the queues without
    /// its `complete` running (Node frees it, which is undefined behaviour for a work
    /// the pool still holds).
    pub(crate) fn delete(&mut self, id: u32) -> Result<(), Status> {
        let work = self.items.get_mut(id).ok_or(Status::InvalidArg)?;
        match work.state {
            WorkState::Running => work.deleted = true,
            _ => {
                self.items.remove(id);
                self.queued.retain(|&w| w != id);
                self.cancelled.retain(|&w| w != id);
            }
        }
        Ok(())
    }

    /// `napi_queue_async_work`. Queueing an item that is already queued or running is
    /// `napi_generic_failure` (undefined behaviour in Node, which hands the same
    /// `uv_work_t` to libuv twice).
    pub(crate) fn queue(&mut self, id: u32) -> Result<(), Status> {
        let work = self.items.get_mut(id).ok_or(Status::InvalidArg)?;
        if work.state != WorkState::Idle || work.deleted {
            return Err(Status::GenericFailure);
        }
        work.state = WorkState::Queued;
        self.queued.push_back(id);
        Ok(())
    }

    /// `napi_cancel_async_work`: succeeds only while the item waits in the queue
    /// (libuv's `uv_cancel`); `napi_generic_failure` once `execute` started or the
    /// item is not queued.
    pub(crate) fn cancel(&mut self, id: u32) -> Result<(), Status> {
        let work = self.items.get_mut(id).ok_or(Status::InvalidArg)?;
        if work.state != WorkState::Queued {
            return Err(Status::GenericFailure);
        }
        work.state = WorkState::Cancelled;
        self.queued.retain(|&w| w != id);
        self.cancelled.push_back(id);
        Ok(())
    }

    /// The items the current loop turn handles, in order: cancellations first (libuv
    /// delivers them as soon as `uv_cancel` returns), then the items queued before the
    /// turn started. Items queued meanwhile wait for the next turn.
    pub(crate) fn take_ready(&mut self) -> Vec<Ready> {
        let mut ready: Vec<Ready> = self.cancelled.drain(..).map(Ready::Cancelled).collect();
        ready.extend(self.queued.drain(..).map(Ready::Execute));
        ready
    }

    /// Whether work is queued, running or waiting for its cancellation to complete.
    pub(crate) fn has_pending(&self) -> bool {
        !self.queued.is_empty()
            || !self.cancelled.is_empty()
            || self
                .items
                .iter()
                .any(|(_, w)| w.state == WorkState::Running)
    }

    /// Forgets every item.
    pub(crate) fn clear(&mut self) {
        self.items.clear();
        self.queued.clear();
        self.cancelled.clear();
    }
}

impl Env {
    /// Runs one step of async work for the event loop: `execute` then `complete`
    /// (`napi_ok`), or `complete` with `napi_cancelled`. An exception left pending by
    /// `complete` (or a trap) is returned for the runtime's uncaught-exception path,
    /// as Node reports it with `TriggerUncaughtException`.
    pub(crate) fn run_work(&self, ready: Ready) -> JsResult<()> {
        let (id, run_execute) = match ready {
            Ready::Execute(id) => (id, true),
            Ready::Cancelled(id) => (id, false),
        };
        let started = {
            let mut works = self.node.works();
            let works = &mut *works;
            let Some(work) = works.items.get_mut(id) else {
                return Ok(());
            };
            let expected = if run_execute {
                WorkState::Queued
            } else {
                WorkState::Cancelled
            };
            // A work cancelled and queued again during this turn waits for the next one.
            if work.state != expected || (run_execute && works.queued.contains(&id)) {
                return Ok(());
            }
            work.state = if run_execute {
                WorkState::Running
            } else {
                WorkState::Idle
            };
            (work.execute, work.complete, work.data)
        };
        let (execute, complete, data) = started;
        let status = if run_execute {
            let outcome = self.call_guest_execute(execute, data);
            let mut works = self.node.works();
            let deleted = match works.items.get_mut(id) {
                Some(work) => {
                    work.state = WorkState::Idle;
                    work.deleted
                }
                None => true,
            };
            if deleted {
                works.items.remove(id);
            }
            drop(works);
            outcome?;
            if deleted {
                return Ok(());
            }
            Status::Ok
        } else {
            Status::Cancelled
        };
        if complete == 0 {
            return Ok(());
        }
        self.call_into_module(|env| {
            let func = env.guest_func::<(u32, u32, u32), ()>(complete)?;
            env.stores
                .with(|store| func.call(store, (env.id, status as u32, data)))
        })
    }

    /// Runs `execute(env, data)`. Node runs it on a pool thread, where it must not
    /// touch JS; a host scope is open anyway so that stray handle use fails cleanly.
    fn call_guest_execute(&self, execute: u32, data: u32) -> JsResult<()> {
        let func = self
            .guest_func::<(u32, u32), ()>(execute)
            .map_err(|trap| self.trap_error(&trap))?;
        let scope = self.open_scope(ScopeKind::Host);
        let result =
            self.guest_call(|| self.stores.with(|store| func.call(store, (self.id, data))));
        let _ = self.close_host_scope(scope);
        result.map_err(|trap| self.trap_error(&trap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancel_succeeds_only_while_queued() {
        let mut works = Works::default();
        let id = works.create(1, 2, 3);
        assert_eq!(works.cancel(id), Err(Status::GenericFailure));
        works.queue(id).unwrap();
        assert_eq!(works.queue(id), Err(Status::GenericFailure));
        works.cancel(id).unwrap();
        assert_eq!(works.take_ready(), vec![Ready::Cancelled(id)]);
        assert_eq!(works.cancel(id), Err(Status::GenericFailure));
        assert_eq!(works.cancel(0), Err(Status::InvalidArg));
    }

    #[test]
    fn cancellations_come_before_queued_work() {
        let mut works = Works::default();
        let a = works.create(1, 0, 0);
        let b = works.create(1, 0, 0);
        works.queue(a).unwrap();
        works.queue(b).unwrap();
        works.cancel(b).unwrap();
        assert!(works.has_pending());
        assert_eq!(
            works.take_ready(),
            vec![Ready::Cancelled(b), Ready::Execute(a)]
        );
        works.delete(a).unwrap();
        assert_eq!(works.delete(a), Err(Status::InvalidArg));
    }
}
