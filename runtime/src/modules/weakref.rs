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

/// Build the `_weakref` module.
pub fn init() -> PyRef {
    let m = new_module("_weakref");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    add_fn(&d, "getweakrefcount", "_weakref", w_getweakrefcount);
    add_fn(&d, "getweakrefs", "_weakref", w_getweakrefs);
    let t = weft_objects::weakref::weakref_type();
    dict::set_str(&d, "ref", t.clone());
    dict::set_str(&d, "ReferenceType", t);
    m
}
