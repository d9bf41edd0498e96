//! Assigning `cls.__bases__`: checks as CPython makes them, a new MRO for
//! the class and every class below it, and the hook flags (`__getattr__`,
//! `__getattribute__`, `__del__`) recomputed from the new MROs. Attribute
//! caches are keyed on the global type epoch, which the change bumps.

use crate::object::PyRef;
use crate::payload::{Payload, TF_HAS_DEL, TF_HAS_GETATTR, TF_HAS_GETATTRIBUTE};
use crate::types::{c3_mro, is_subtype, is_type, type_data, type_modified, type_name};
use crate::vm::*;
use std::sync::atomic::Ordering;

/// `cls.__bases__ = value`.
pub fn set_bases(ty: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let td = type_data(ty);
    let Some(value) = value else {
        return Err(type_error(format!("cannot delete '__bases__' attribute of immutable type '{}'", td.name)));
    };
    let Some(new) = crate::tuple::as_slice(&value).map(|s| s.to_vec()) else {
        return Err(type_error(format!("can only assign tuple to {}.__bases__, not {}", td.name, type_name(value.class()))));
    };
    if new.is_empty() {
        return Err(type_error(format!("can only assign non-empty tuple to {}.__bases__, not ()", td.name)));
    }
    for b in &new {
        if !is_type(b) {
            return Err(type_error(format!("{}.__bases__ must be tuple of classes, not '{}'", td.name, type_name(b.class()))));
        }
        if b.is(ty) || is_subtype(b, ty) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let mro = c3_mro(&new)?;
    // The instance layout must stay the one instances were built with.
    let layout_of = |m: &[PyRef]| m.iter().find(|t| type_data(t).kind != crate::payload::BaseKind::Object).map(|t| type_data(t).kind);
    let old_layout = layout_of(td.mro.get());
    if layout_of(&mro) != old_layout {
        let old_base = td.bases.get().first().map(|b| type_name(b).to_string()).unwrap_or_default();
        return Err(type_error(format!("__bases__ assignment: '{}' object layout differs from '{old_base}'", type_name(&new[0]))));
    }
    for b in td.bases.get() {
        type_data(b).subclasses.lock().retain(|s| !s.is(ty));
    }
    for b in &new {
        type_data(b).subclasses.lock().push(ty.clone());
    }
    td.bases.replace(new);
    td.mro.replace(mro);
    refresh_below(ty)?;
    Ok(())
}

/// Recompute the MRO of every class below `ty` and the hook flags of `ty`
/// and those classes.
fn refresh_below(ty: &PyRef) -> PyResult<()> {
    refresh_flags(ty);
    type_modified(ty);
    let subs: Vec<PyRef> = type_data(ty).subclasses.lock().clone();
    for s in subs {
        let sd = type_data(&s);
        sd.mro.replace(c3_mro(sd.bases.get())?);
        refresh_below(&s)?;
    }
    Ok(())
}

/// Set the hook bits of `ty`'s flags from what its MRO defines now.
pub fn refresh_flags(ty: &PyRef) {
    let Payload::Type(td) = &ty.payload else { return };
    if td.builtin {
        return;
    }
    let chain: Vec<PyRef> = std::iter::once(ty.clone()).chain(td.mro.get().iter().cloned()).collect();
    let has = |n: &str, heap_only: bool| chain.iter().any(|t| (!heap_only || !type_data(t).builtin) && crate::dict::get_str(&type_data(t).dict, n).is_some());
    let mut bits = 0;
    if has("__getattr__", false) {
        bits |= TF_HAS_GETATTR;
    }
    if has("__del__", false) {
        bits |= TF_HAS_DEL;
    }
    if has("__getattribute__", true) {
        bits |= TF_HAS_GETATTRIBUTE;
    }
    let mask = TF_HAS_GETATTR | TF_HAS_DEL | TF_HAS_GETATTRIBUTE;
    let mut cur = td.flags.load(Ordering::Relaxed);
    // Relaxed: the flags are hints re-read on every lookup; the type
    // epoch bump that follows publishes the change to attribute caches.
    while let Err(now) = td.flags.compare_exchange_weak(cur, (cur & !mask) | bits, Ordering::Relaxed, Ordering::Relaxed) {
        cur = now;
    }
}

/// After `cls.<name>` is set or deleted: refresh the hook flags of `cls`
/// and the classes below it when `name` is one of the hooks.
pub fn hook_changed(ty: &PyRef, name: &str) {
    if matches!(name, "__getattr__" | "__getattribute__" | "__del__") {
        refresh_flags(ty);
        let subs: Vec<PyRef> = type_data(ty).subclasses.lock().clone();
        for s in subs {
            hook_changed(&s, name);
        }
    }
}
