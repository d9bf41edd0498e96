//! `_weakref`: the weak reference type and counting helpers behind the
//! shipped `weakref` module (the machinery is `weft_objects::weakref`).

use crate::util::{add_fn, new_module};
use weft_objects::vm::*;
use weft_objects::{dict, int, list, PyRef};

fn w_getweakrefcount(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getweakrefcount", a, 1, 1)?;
    Ok(int::new_int(weft_objects::weakref::refs_to(&a[0]).len() as i64))
}

fn w_getweakrefs(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("getweakrefs", a, 1, 1)?;
    Ok(list::new_list(weft_objects::weakref::refs_to(&a[0])))
}

/// The module's `__getattr__`: the proxy types are written in Python in
/// the shipped `weakref` module, loaded the first time they are asked for.
fn w_getattr(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getattr__", a, 1, 1)?;
    let name = weft_objects::str::as_str(&a[0]).unwrap_or_default().to_string();
    if matches!(name.as_str(), "proxy" | "ProxyType" | "CallableProxyType") {
        let m = crate::import::import_module(vm, "weakref")?;
        return weft_objects::protocol::getattr_str(vm, &m, &name);
    }
    Err(attribute_error(format!("module '_weakref' has no attribute '{name}'")))
}

/// Build the `_weakref` module.
pub fn init() -> PyRef {
    let m = new_module("_weakref");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    add_fn(&d, "getweakrefcount", "_weakref", w_getweakrefcount);
    add_fn(&d, "getweakrefs", "_weakref", w_getweakrefs);
    add_fn(&d, "__getattr__", "_weakref", w_getattr);
    let t = weft_objects::weakref::weakref_type();
    dict::set_str(&d, "ref", t.clone());
    dict::set_str(&d, "ReferenceType", t);
    m
}
