//! Traversal of the references an object holds, for the cycle collector:
//! every container payload reports each object it references.

use crate::object::PyRef;
use crate::payload::{IterKind, Payload};

/// Call `visit` on every object directly referenced by `o`'s payload.
/// Takes the object's mutex for mutable containers and calls `visit`
/// inside it, so `visit` must not run Python code or lock other objects.
pub fn traverse(o: &PyRef, visit: &mut dyn FnMut(&PyRef)) {
    match &o.payload {
        Payload::List(l) => {
            let d = l.dict();
            l.read_uncounted(o, |v| v.iter().for_each(|x| visit(x)));
            if let Some(d) = d {
                visit(d);
            }
        }
        Payload::Tuple(t) => t.iter().for_each(|x| visit(x)),
        Payload::Dict(_, d) => {
            // The storage directly: `dict::with` would count the read and
            // might publish a read view.
            crate::dict::data(o).with(o.mutex(), |dd| {
                for e in dd.iter() {
                    visit(&e.key);
                    visit(&e.value);
                }
            });
            if let Some(d) = d {
                visit(d);
            }
        }
        Payload::Set(..) | Payload::FrozenSet(_) => crate::set::read(o, |d| d.iter().for_each(|x| visit(x))),
        Payload::Range(p) | Payload::Slice(p) => p.iter().for_each(|x| visit(x)),
        Payload::Method(p) | Payload::Super(p) => p.iter().for_each(|x| visit(x)),
        Payload::Property(p) => p.iter().for_each(|x| visit(x)),
        Payload::Cell(_) => {
            if let Some(v) = crate::function::cell_get(o) {
                visit(&v);
            }
        }
        Payload::Instance(d) => visit(d),
        Payload::Subclass(s) => {
            visit(&s.value);
            visit(&s.dict);
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => visit(f),
        Payload::Function(f) => {
            visit(&f.globals);
            if let Some(c) = &f.closure {
                visit(c);
            }
            if let Some(d) = f.defaults.with(o.mutex(), |d| d.clone()) {
                visit(&d);
            }
            if let Some(d) = f.dict.with(o.mutex(), |d| d.clone()) {
                visit(&d);
            }
        }
        Payload::Builtin(b) => {
            if let Some(x) = &b.bound {
                visit(x);
            }
        }
        Payload::Type(td) => {
            visit(&td.dict);
            td.bases.get().iter().for_each(|x| visit(x));
            td.mro.get().iter().for_each(|x| visit(x));
        }
        Payload::Module(m) => visit(&m.dict),
        Payload::Exception(e) => {
            visit(&e.dict);
            let a = e.args.with(o.mutex(), |a| a.clone());
            visit(&a);
            if let Some(c) = crate::exceptions::cause(o) {
                visit(&c);
            }
            if let Some(c) = crate::exceptions::context(o) {
                visit(&c);
            }
            // The locals the traceback keeps (see `TracebackEntry::locals`),
            // only where this exception holds them alone: a copy shared with
            // a traceback object counts its references once.
            let kept: Vec<_> = e.traceback.with(o.mutex(), |t| {
                t.iter().filter_map(|x| x.locals.clone()).filter(|l| std::sync::Arc::strong_count(l) == 2).collect()
            });
            for l in &kept {
                l.iter().flatten().for_each(|x| visit(x));
            }
        }
        Payload::DictView(d, _) => visit(d),
        Payload::Iter(it) => match &it.kind {
            IterKind::Seq(x) | IterKind::Reversed(x) | IterKind::Dict(x, _) | IterKind::Set(x) | IterKind::GetItem(x) | IterKind::Enumerate(x) => visit(x),
            IterKind::Callable(a, b) | IterKind::Filter(a, b) => {
                visit(a);
                visit(b);
            }
            IterKind::Zip(v, _) => v.iter().for_each(|x| visit(x)),
            IterKind::Map(f, v) => {
                visit(f);
                v.iter().for_each(|x| visit(x));
            }
            IterKind::Range { .. } => {}
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visited(o: &PyRef) -> Vec<usize> {
        let mut v = Vec::new();
        traverse(o, &mut |x| v.push(x.addr()));
        v
    }

    #[test]
    fn containers_report_their_items() {
        crate::types::init();
        let a = crate::str::new_str("a-long-string");
        let b = crate::int::new_int(123456);
        let l = crate::list::new_list(vec![a.clone(), b.clone()]);
        assert_eq!(visited(&l), vec![a.addr(), b.addr()]);
        let t = crate::tuple::new_tuple(vec![l.clone()]);
        assert_eq!(visited(&t), vec![l.addr()]);
        let d = crate::dict::new_dict();
        crate::dict::set_str(&d, "k", l.clone());
        let v = visited(&d);
        assert_eq!(v.len(), 2);
        assert_eq!(v[1], l.addr());
        let c = crate::function::new_cell(Some(t.clone()));
        assert_eq!(visited(&c), vec![t.addr()]);
        let s = crate::set::new_set();
        crate::set::with(&s, |sd| sd.add_hashed_native(crate::str::as_pystr(&a).unwrap().hash(), a.clone()));
        assert_eq!(visited(&s), vec![a.addr()]);
        let slice = crate::range::new_slice(b.clone(), crate::vm::none(), crate::vm::none());
        assert_eq!(visited(&slice)[0], b.addr());
        let inst = crate::construct::alloc_instance(&crate::types::types().object, &[]);
        assert_eq!(visited(&inst).len(), 1, "an instance reports its attribute dict");
    }

    #[test]
    fn immortal_objects_are_never_written() {
        crate::types::init();
        let none = crate::vm::none();
        let words = &none.header.words;
        let before = (words.local.load(std::sync::atomic::Ordering::Relaxed), words.shared.load(std::sync::atomic::Ordering::Relaxed));
        let hs: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    for _ in 0..10_000 {
                        let n = crate::vm::none();
                        let t = crate::vm::bool_obj(true);
                        let i = crate::int::new_int(7);
                        drop((n.clone(), t.clone(), i.clone()));
                    }
                })
            })
            .collect();
        hs.into_iter().for_each(|h| h.join().unwrap());
        let after = (words.local.load(std::sync::atomic::Ordering::Relaxed), words.shared.load(std::sync::atomic::Ordering::Relaxed));
        assert_eq!(before, after);
        assert!(words.is_immortal());
    }
}
