//! Structural pattern matching (`match`): the runtime side of the
//! `MATCH_PATTERN` instruction.
//!
//! The compiler turns each `case` pattern into a constant tree of tuples
//! (the spec) plus a tuple of values evaluated at match time (value
//! patterns, classes, mapping keys). Matching walks the spec and appends
//! captured objects in the order the compiler listed the capture names.
//!
//! Spec nodes: `("_",)` wildcard, `("c",)` capture, `("v", i)` equal to
//! `values[i]`, `("s", x)` identical to `x`, `("as", p)` match `p` then
//! capture, `("or", ((p, perm), ...))` first alternative that matches, with
//! its captures reordered by `perm`, `("seq", (p...), star)` sequence with
//! the star sub-pattern at index `star` (-1: none), `("*", capture)` star
//! sub-pattern, `("map", (i...), (p...), rest)` mapping with keys
//! `values[i]`, `("cls", i, (p...), (name...), (p...))` class pattern.

use weft_objects::payload::Payload;
use weft_objects::protocol as p;
use weft_objects::vm::*;
use weft_objects::{dict, int, list, str as pystr, tuple, types, PyRef};

fn items(t: &PyRef) -> &[PyRef] {
    tuple::as_slice(t).unwrap_or(&[])
}

fn tag(spec: &PyRef) -> &str {
    items(spec).first().and_then(pystr::as_str).unwrap_or("")
}

fn is_sequence(vm: &mut dyn Vm, o: &PyRef) -> PyResult<bool> {
    Ok(match &o.payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) => true,
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(..) | Payload::Dict(..) => false,
        Payload::Instance(_) => {
            types::lookup(o.class(), "__getitem__").is_some() && types::lookup(o.class(), "__len__").is_some() && p::getattr_opt(vm, o, "keys")?.is_none()
        }
        _ => false,
    })
}

/// Match `subj` against `spec`, appending captures to `out`.
pub fn match_pattern(vm: &mut dyn Vm, subj: &PyRef, spec: &PyRef, values: &[PyRef], out: &mut Vec<PyRef>) -> PyResult<bool> {
    let parts = items(spec);
    match tag(spec) {
        "_" => Ok(true),
        "c" => {
            out.push(subj.clone());
            Ok(true)
        }
        "v" => {
            let i = int::index_i64(&parts[1])? as usize;
            p::eq(vm, subj, &values[i])
        }
        "s" => Ok(subj.is(&parts[1])),
        "as" => {
            if match_pattern(vm, subj, &parts[1], values, out)? {
                out.push(subj.clone());
                Ok(true)
            } else {
                Ok(false)
            }
        }
        "or" => {
            for alt in items(&parts[1]) {
                let a = items(alt);
                let mut caps = Vec::new();
                if match_pattern(vm, subj, &a[0], values, &mut caps)? {
                    let perm = items(&a[1]);
                    let mut ordered: Vec<Option<PyRef>> = vec![None; caps.len()];
                    for (k, c) in caps.into_iter().enumerate() {
                        let dst = perm.get(k).map(int::index_i64).transpose()?.unwrap_or(k as i64) as usize;
                        if dst < ordered.len() {
                            ordered[dst] = Some(c);
                        }
                    }
                    out.extend(ordered.into_iter().flatten());
                    return Ok(true);
                }
            }
            Ok(false)
        }
        "seq" => {
            if !is_sequence(vm, subj)? {
                return Ok(false);
            }
            let subs = items(&parts[1]);
            let star = int::index_i64(&parts[2])?;
            let elems = p::collect(vm, subj)?;
            if star < 0 {
                if elems.len() != subs.len() {
                    return Ok(false);
                }
                for (e, sp) in elems.iter().zip(subs) {
                    if !match_pattern(vm, e, sp, values, out)? {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            let star = star as usize;
            let after = subs.len() - star - 1;
            if elems.len() < subs.len() - 1 {
                return Ok(false);
            }
            for (e, sp) in elems[..star].iter().zip(&subs[..star]) {
                if !match_pattern(vm, e, sp, values, out)? {
                    return Ok(false);
                }
            }
            let mid = elems[star..elems.len() - after].to_vec();
            if p::truthy_native(&items(&subs[star])[1]).unwrap_or(false) {
                out.push(list::new_list(mid));
            }
            for (e, sp) in elems[elems.len() - after..].iter().zip(&subs[star + 1..]) {
                if !match_pattern(vm, e, sp, values, out)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        "map" => {
            let is_map = matches!(subj.payload, Payload::Dict(..)) || (matches!(subj.payload, Payload::Instance(_)) && p::getattr_opt(vm, subj, "keys")?.is_some());
            if !is_map {
                return Ok(false);
            }
            let keys: Vec<PyRef> = items(&parts[1]).iter().map(|i| int::index_i64(i).map(|i| values[i as usize].clone())).collect::<PyResult<_>>()?;
            for (k, sp) in keys.iter().zip(items(&parts[2])) {
                let v = match &subj.payload {
                    Payload::Dict(..) => dict::get_item(vm, subj, k)?,
                    _ => {
                        if p::contains(vm, subj, k)? {
                            Some(p::getitem(vm, subj, k)?)
                        } else {
                            None
                        }
                    }
                };
                let Some(v) = v else { return Ok(false) };
                if !match_pattern(vm, &v, sp, values, out)? {
                    return Ok(false);
                }
            }
            if p::truthy_native(&parts[3]).unwrap_or(false) {
                let rest = dict::new_dict();
                for (k, v) in dict::items(subj) {
                    let mut used = false;
                    for key in &keys {
                        if p::eq(vm, &k, key)? {
                            used = true;
                            break;
                        }
                    }
                    if !used {
                        dict::set_item(vm, &rest, k, v)?;
                    }
                }
                out.push(rest);
            }
            Ok(true)
        }
        "cls" => {
            let cls = &values[int::index_i64(&parts[1])? as usize];
            if !types::is_type(cls) {
                return Err(type_error("called match pattern must be a class"));
            }
            if !p::isinstance_full(vm, subj, cls)? {
                return Ok(false);
            }
            let pos = items(&parts[2]);
            let mut attrs: Vec<(String, PyRef)> = Vec::new();
            if !pos.is_empty() {
                let t = types::types();
                let self_matching = [&t.bool_, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str, &t.tuple].iter().any(|b| cls.is(b));
                if self_matching {
                    if pos.len() > 1 {
                        return Err(type_error(format!("{}() accepts 1 positional sub-pattern ({} given)", types::type_name(cls), pos.len())));
                    }
                    if !match_pattern(vm, subj, &pos[0], values, out)? {
                        return Ok(false);
                    }
                } else {
                    let names = match p::getattr_opt(vm, cls, "__match_args__")? {
                        Some(m) => p::collect(vm, &m)?,
                        None => vec![],
                    };
                    if pos.len() > names.len() {
                        return Err(type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            types::type_name(cls),
                            names.len(),
                            if names.len() == 1 { "" } else { "s" },
                            pos.len()
                        )));
                    }
                    for (n, sp) in names.iter().zip(pos) {
                        attrs.push((pystr::as_str(n).unwrap_or("").to_string(), sp.clone()));
                    }
                }
            }
            for (n, sp) in items(&parts[3]).iter().zip(items(&parts[4])) {
                attrs.push((pystr::as_str(n).unwrap_or("").to_string(), sp.clone()));
            }
            for (name, sp) in attrs {
                let Some(v) = p::getattr_opt(vm, subj, &name)? else { return Ok(false) };
                if !match_pattern(vm, &v, &sp, values, out)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        other => Err(runtime_error(format!("bad match pattern spec {other:?}"))),
    }
}
