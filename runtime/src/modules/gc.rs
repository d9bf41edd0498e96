//! `_gc`: the cycle collector's entry points behind the shipped `gc`
//! module (the collector itself is `weft_objects::gc`).

use crate::util::{add_fn, new_module};
use weft_objects::payload::Payload;
use weft_objects::vm::*;
use weft_objects::{int, list, PyRef};

/// `collect(save)`: the number of unreachable objects found; with `save`
/// true, `(number, list of the garbage)` and nothing is freed.
fn g_collect(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("collect", a, 0, 1)?;
    if a.first().is_some_and(|s| weft_objects::protocol::truthy(vm, s).unwrap_or(false)) {
        let mut saved = Vec::new();
        let n = weft_objects::gc::collect_saving(vm, Some(&mut saved));
        return Ok(weft_objects::tuple::new_tuple(vec![int::new_int(n as i64), list::new_list(saved)]));
    }
    Ok(int::new_int(weft_objects::gc::collect(vm) as i64))
}

fn g_get_referents(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let mut out = Vec::new();
    for o in a {
        out.extend(weft_objects::gc::referents(o));
    }
    Ok(list::new_list(out))
}

fn g_get_referrers(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let wanted: std::collections::HashSet<usize> = a.iter().map(|o| o.addr()).collect();
    let mut out = Vec::new();
    for o in weft_objects::gc::all_objects(&module_roots(vm)) {
        let mut hit = false;
        weft_objects::traverse::traverse(&o, &mut |r| hit |= wanted.contains(&r.addr()));
        if hit {
            out.push(o);
        }
    }
    Ok(list::new_list(out))
}

/// The loaded modules, from which `get_objects` and `get_referrers` also
/// walk (CPython tracks module dicts and everything they hold).
fn module_roots(vm: &mut dyn Vm) -> Vec<PyRef> {
    let Ok(sys) = crate::import::import_module(vm, "sys") else { return Vec::new() };
    let Ok(mods) = weft_objects::protocol::getattr_str(vm, &sys, "modules") else { return Vec::new() };
    let mut roots = vec![mods.clone()];
    if matches!(mods.payload, Payload::Dict(..)) {
        roots.extend(weft_objects::dict::items(&mods).into_iter().map(|(_, v)| v));
    }
    roots
}

fn g_get_objects(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("get_objects", a, 0, 0)?;
    Ok(list::new_list(weft_objects::gc::all_objects(&module_roots(vm))))
}

fn g_enable(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("enable", a, 0, 0)?;
    weft_sync::gc_track::set_enabled(true);
    Ok(none())
}

fn g_disable(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("disable", a, 0, 0)?;
    weft_sync::gc_track::set_enabled(false);
    Ok(none())
}

fn g_isenabled(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("isenabled", a, 0, 0)?;
    Ok(bool_obj(weft_sync::gc_track::enabled()))
}

fn g_pending(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("pending", a, 0, 0)?;
    Ok(int::new_int(weft_sync::gc_track::pending() as i64))
}

fn g_is_tracked(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("is_tracked", a, 1, 1)?;
    Ok(bool_obj(weft_objects::gc::is_tracked(&a[0])))
}

/// Build the `_gc` module.
pub fn init() -> PyRef {
    let m = new_module("_gc");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    add_fn(&d, "collect", "_gc", g_collect);
    add_fn(&d, "get_referents", "_gc", g_get_referents);
    add_fn(&d, "get_referrers", "_gc", g_get_referrers);
    add_fn(&d, "get_objects", "_gc", g_get_objects);
    add_fn(&d, "is_tracked", "_gc", g_is_tracked);
    add_fn(&d, "enable", "_gc", g_enable);
    add_fn(&d, "disable", "_gc", g_disable);
    add_fn(&d, "isenabled", "_gc", g_isenabled);
    add_fn(&d, "pending", "_gc", g_pending);
    m
}
