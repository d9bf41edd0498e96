//! `memoryview`: one-dimensional views of the bytes of a `bytes` or
//! `bytearray`, with slicing, item assignment (over a `bytearray`),
//! `cast` to the native single-character struct formats, `tolist`,
//! `tobytes`, `hex`, `release` and the context-manager protocol.
//!
//! A view keeps the object it exports (`obj`) and reads and writes its
//! bytes on every access, under the bytearray's own lock. A bytearray that
//! shrinks under a view makes the view's out-of-range items raise
//! IndexError instead of reading freed memory. Multi-dimensional views
//! (`cast` with a shape of more than one dimension) raise
//! NotImplementedError.

use crate::object::PyRef;
use crate::payload::Payload;
use crate::types::{add_attr, add_method, native, new_native_type, type_name};
use crate::vm::*;
use crate::{bytes, float, int, list, str as pystr, tuple, types};
use std::sync::atomic::{AtomicBool, Ordering};

/// The data of a memoryview object.
pub struct MemoryView {
    /// The exporting `bytes` or `bytearray`.
    obj: PyRef,
    /// Byte offset of item 0.
    offset: usize,
    /// Bytes between consecutive items (negative for reversed slices).
    stride: isize,
    /// Number of items.
    len: usize,
    /// Struct format character of the items.
    format: char,
    readonly: bool,
    released: AtomicBool,
}

/// Size in bytes of an item of native single-character `format`.
fn itemsize_of(format: char) -> Option<usize> {
    Some(match format {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' | 'P' | 'd' => 8,
        _ => return None,
    })
}

impl MemoryView {
    fn itemsize(&self) -> usize {
        itemsize_of(self.format).unwrap_or(1)
    }

    fn check(&self) -> PyResult<()> {
        if self.released.load(Ordering::Acquire) {
            return Err(value_error("operation forbidden on released memoryview object"));
        }
        Ok(())
    }

    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize() as isize
    }

    /// Run `f` over the exporter's bytes (bytearray: under its lock).
    fn with_buf<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        let o = crate::subclass::native(&self.obj);
        match &o.payload {
            Payload::ByteArray(l, _) => l.with(o.mutex(), |v| f(v)),
            Payload::Bytes(b) => {
                let mut copy = b.to_vec();
                f(&mut copy)
            }
            _ => f(&mut []),
        }
    }

    /// Byte offset of item `i`.
    fn pos(&self, i: usize) -> usize {
        (self.offset as isize + i as isize * self.stride) as usize
    }

    /// The bytes of every item, in view order.
    pub fn to_bytes(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        let size = self.itemsize();
        let mut out = Vec::with_capacity(self.len * size);
        let ok = self.with_buf(|buf| {
            for i in 0..self.len {
                let p = self.pos(i);
                match buf.get(p..p + size) {
                    Some(s) => out.extend_from_slice(s),
                    None => return false,
                }
            }
            true
        });
        if !ok {
            return Err(index_error("index out of range"));
        }
        Ok(out)
    }

    fn unpack(&self, raw: &[u8]) -> PyRef {
        let mut w = [0u8; 8];
        w[..raw.len()].copy_from_slice(raw);
        let u = u64::from_ne_bytes(w);
        match self.format {
            'B' => int::new_int(raw[0] as i64),
            'b' => int::new_int(raw[0] as i8 as i64),
            'c' => bytes::new_bytes(vec![raw[0]]),
            '?' => bool_obj(raw[0] != 0),
            'H' => int::new_int(u as u16 as i64),
            'h' => int::new_int(u as u16 as i16 as i64),
            'I' => int::new_int(u as u32 as i64),
            'i' => int::new_int(u as u32 as i32 as i64),
            'l' | 'q' | 'n' => int::new_int(u as i64),
            'L' | 'Q' | 'N' | 'P' => match i64::try_from(u) {
                Ok(v) => int::new_int(v),
                Err(_) => int::from_bigint(u.into()),
            },
            'f' => float::new_float(f32::from_bits(u as u32) as f64),
            'd' => float::new_float(f64::from_bits(u)),
            _ => none(),
        }
    }

    fn item(&self, i: usize) -> PyResult {
        let size = self.itemsize();
        let p = self.pos(i);
        let raw = self.with_buf(|buf| buf.get(p..p + size).map(|s| s.to_vec()));
        raw.map(|r| self.unpack(&r)).ok_or_else(|| index_error("index out of range"))
    }

    /// The bytes of `v` as an item of this view's format.
    fn pack(&self, vm: &mut dyn Vm, v: &PyRef) -> PyResult<Vec<u8>> {
        let f = self.format;
        let invalid_type = || type_error(format!("memoryview: invalid type for format '{f}'"));
        let invalid_value = || value_error(format!("memoryview: invalid value for format '{f}'"));
        let size = self.itemsize();
        match f {
            'c' => match &crate::subclass::native(v).payload {
                Payload::Bytes(b) if b.len() == 1 => Ok(vec![b[0]]),
                Payload::Bytes(_) => Err(invalid_value()),
                _ => Err(invalid_type()),
            },
            '?' => Ok(vec![crate::protocol::truthy(vm, v)? as u8]),
            'f' | 'd' => {
                let x = match float::as_f64(v) {
                    Some(x) => x,
                    None if int::is_int(v) => int::int_to_f64(v)?,
                    None => return Err(invalid_type()),
                };
                Ok(if f == 'f' { (x as f32).to_ne_bytes().to_vec() } else { x.to_ne_bytes().to_vec() })
            }
            _ => {
                if !int::is_int(v) {
                    return Err(invalid_type());
                }
                let b = int::to_bigint(v).ok_or_else(invalid_type)?;
                let signed = matches!(f, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
                let bits = size * 8;
                let fits = if signed {
                    let lim = num_bigint::BigInt::from(1) << (bits - 1);
                    b >= -lim.clone() && b < lim
                } else {
                    b >= 0.into() && b < (num_bigint::BigInt::from(1) << bits)
                };
                if !fits {
                    return Err(invalid_value());
                }
                let mut le = b.to_signed_bytes_le();
                let fill = if b < 0.into() { 0xff } else { 0 };
                le.resize(size, fill);
                Ok(le)
            }
        }
    }
}

fn view(o: &PyRef) -> PyResult<&MemoryView> {
    native::<MemoryView>(o).ok_or_else(|| type_error(format!("descriptor requires a 'memoryview' object but received a '{}'", type_name(o.class()))))
}

/// The bytes of a memoryview, when `o` is one (for bytes-like arguments).
pub fn view_bytes(o: &PyRef) -> Option<Vec<u8>> {
    native::<MemoryView>(o).and_then(|m| m.to_bytes().ok())
}

fn new_view(ty: &PyRef, m: MemoryView) -> PyRef {
    PyRef::new(ty, Payload::Native(Box::new(m)))
}

fn mv_new(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let Some(cls) = a.first().filter(|c| crate::types::is_type(c)) else {
        return Err(type_error("memoryview.__new__(X): X is not a type object"));
    };
    let a = &a[1..];
    check_kwargs("memoryview", kw, &["object"])?;
    let Some(o) = a.first().or_else(|| kwarg(kw, "object")) else {
        return Err(type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    check_args("memoryview", a, 0, 1)?;
    if let Some(m) = native::<MemoryView>(o) {
        m.check()?;
        return Ok(new_view(cls, MemoryView { obj: m.obj.clone(), offset: m.offset, stride: m.stride, len: m.len, format: m.format, readonly: m.readonly, released: AtomicBool::new(false) }));
    }
    let (len, readonly) = match &crate::subclass::native(o).payload {
        Payload::Bytes(b) => (b.len(), true),
        Payload::ByteArray(l, _) => (l.with(o.mutex(), |v| v.len()), false),
        _ => return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_name(o.class())))),
    };
    Ok(new_view(cls, MemoryView { obj: o.clone(), offset: 0, stride: 1, len, format: 'B', readonly, released: AtomicBool::new(false) }))
}

fn m_getitem(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__getitem__", a, 2, 2)?;
    let m = view(&a[0])?;
    m.check()?;
    let key = &a[1];
    if matches!(key.payload, Payload::Slice(..)) {
        let (start, _stop, step, n) = crate::range::slice_indices(vm, key, m.len as i64)?;
        let offset = if n == 0 { m.offset } else { m.pos(start as usize) };
        return Ok(new_view(a[0].class(), MemoryView { obj: m.obj.clone(), offset, stride: m.stride * step as isize, len: n, format: m.format, readonly: m.readonly, released: AtomicBool::new(false) }));
    }
    if matches!(key.payload, Payload::Tuple(_)) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let i = index_of(vm, m, key)?;
    m.item(i)
}

fn index_of(vm: &mut dyn Vm, m: &MemoryView, key: &PyRef) -> PyResult<usize> {
    let i = match crate::protocol::index(vm, key) {
        Ok(i) => int::index_i64(&i).map_err(|_| index_error("cannot fit 'int' into an index-sized integer"))?,
        Err(_) => return Err(type_error("memoryview: invalid slice key")),
    };
    let i = if i < 0 { i + m.len as i64 } else { i };
    if i < 0 || i >= m.len as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

fn m_setitem(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__setitem__", a, 3, 3)?;
    let m = view(&a[0])?;
    m.check()?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let (key, value) = (&a[1], &a[2]);
    let size = m.itemsize();
    if matches!(key.payload, Payload::Slice(..)) {
        let (start, _stop, step, n) = crate::range::slice_indices(vm, key, m.len as i64)?;
        let src = match native::<MemoryView>(value) {
            Some(other) => {
                if other.format != m.format || other.len != n {
                    return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
                }
                other.to_bytes()?
            }
            None => {
                let b = bytes::as_bytes_vec(value).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(value.class()))))?;
                if m.format != 'B' && m.format != 'b' && m.format != 'c' || b.len() != n * size {
                    return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
                }
                b
            }
        };
        let positions: Vec<usize> = (0..n).map(|k| m.pos((start + k as i64 * step) as usize)).collect();
        let ok = m.with_buf(|buf| {
            for (k, p) in positions.iter().enumerate() {
                match buf.get_mut(*p..*p + size) {
                    Some(dst) => dst.copy_from_slice(&src[k * size..(k + 1) * size]),
                    None => return false,
                }
            }
            true
        });
        return if ok { Ok(none()) } else { Err(index_error("index out of range")) };
    }
    let i = index_of(vm, m, key)?;
    let raw = m.pack(vm, value)?;
    let p = m.pos(i);
    let ok = m.with_buf(|buf| match buf.get_mut(p..p + size) {
        Some(dst) => {
            dst.copy_from_slice(&raw);
            true
        }
        None => false,
    });
    if ok {
        Ok(none())
    } else {
        Err(index_error("index out of range"))
    }
}

fn m_delitem(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    view(&a[0])?.check()?;
    Err(type_error("cannot delete memory"))
}

fn m_len(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let m = view(&a[0])?;
    m.check()?;
    Ok(int::new_int(m.len as i64))
}

fn tolist(m: &MemoryView) -> PyResult<Vec<PyRef>> {
    m.check()?;
    (0..m.len).map(|i| m.item(i)).collect()
}

fn m_tolist(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("tolist", a, 1, 1)?;
    Ok(list::new_list(tolist(view(&a[0])?)?))
}

fn m_tobytes(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("tobytes", kw, &["order"])?;
    Ok(bytes::new_bytes(view(&a[0])?.to_bytes()?))
}

fn m_hex(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let b = bytes::new_bytes(view(&a[0])?.to_bytes()?);
    let hex = crate::types::lookup(&types::types().bytes, "hex").ok_or_else(|| type_error("bytes.hex missing"))?;
    let mut args = vec![b];
    args.extend_from_slice(&a[1..]);
    vm.call(&hex, &args, kw)
}

fn m_iter(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let items = list::new_list(tolist(view(&a[0])?)?);
    crate::protocol::iter(vm, &items)
}

fn m_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let m = view(&a[0])?;
    let state = if m.released.load(Ordering::Acquire) { "released memory" } else { "memory" };
    Ok(pystr::new_string(format!("<{state} at {:#x}>", a[0].addr())))
}

fn m_release(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    view(&a[0])?.released.store(true, Ordering::Release);
    Ok(none())
}

fn m_enter(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    view(&a[0])?.check()?;
    Ok(a[0].clone())
}

fn m_exit(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    m_release(vm, &a[..1], &[])
}

fn m_eq(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("__eq__", a, 2, 2)?;
    let m = view(&a[0])?;
    if a[0].is(&a[1]) {
        return Ok(bool_obj(true));
    }
    if m.released.load(Ordering::Acquire) {
        return Ok(bool_obj(false));
    }
    let other = &a[1];
    let theirs: Vec<PyRef> = match native::<MemoryView>(other) {
        Some(o) if o.released.load(Ordering::Acquire) => return Ok(bool_obj(false)),
        Some(o) => tolist(o)?,
        None => match bytes::as_bytes_vec(other) {
            Some(b) => b.into_iter().map(|x| int::new_int(x as i64)).collect(),
            None => return Ok(not_impl()),
        },
    };
    let mine = tolist(m)?;
    if mine.len() != theirs.len() {
        return Ok(bool_obj(false));
    }
    for (x, y) in mine.iter().zip(&theirs) {
        if !crate::protocol::eq(vm, x, y)? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
}

fn m_ne(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let r = m_eq(vm, a, kw)?;
    if r.is(&not_impl()) {
        return Ok(r);
    }
    Ok(bool_obj(!crate::protocol::truthy(vm, &r)?))
}

fn m_hash(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let m = view(&a[0])?;
    m.check()?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format, 'B' | 'b' | 'c') {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = bytes::new_bytes(m.to_bytes()?);
    Ok(int::new_int(crate::protocol::hash(vm, &b)?))
}

fn m_cast(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("cast", kw, &["format", "shape"])?;
    let m = view(&a[0])?;
    m.check()?;
    let Some(fmt) = a.get(1).or_else(|| kwarg(kw, "format")) else {
        return Err(type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let fmt = pystr::as_str(fmt).ok_or_else(|| type_error(format!("cast() argument 'format' must be str, not {}", type_name(fmt.class()))))?;
    let ch = fmt.strip_prefix('@').unwrap_or(fmt);
    let format = match (ch.len(), ch.chars().next().and_then(|c| itemsize_of(c).map(|_| c))) {
        (1, Some(c)) => c,
        _ => return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")),
    };
    if !m.contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_formats = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_formats(m.format) && !byte_formats(format) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize();
    let size = itemsize_of(format).unwrap();
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(shape) = a.get(2).or_else(|| kwarg(kw, "shape")) {
        let dims = crate::protocol::collect(vm, shape)?;
        if dims.len() != 1 {
            return Err(not_implemented("memoryview.cast() with a multi-dimensional shape (weft's memoryview is one-dimensional)"));
        }
        let n = int::index_i64(&dims[0])?;
        if n < 0 || n as usize * size != nbytes {
            return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    Ok(new_view(a[0].class(), MemoryView { obj: m.obj.clone(), offset: m.offset, stride: size as isize, len: nbytes / size, format, readonly: m.readonly, released: AtomicBool::new(false) }))
}

fn m_toreadonly(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let m = view(&a[0])?;
    m.check()?;
    Ok(new_view(a[0].class(), MemoryView { obj: m.obj.clone(), offset: m.offset, stride: m.stride, len: m.len, format: m.format, readonly: true, released: AtomicBool::new(false) }))
}

fn m_bytes(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    m_tobytes(vm, &a[..1], kw)
}

macro_rules! getter {
    ($name:ident, |$m:ident| $body:expr) => {
        fn $name(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
            let $m = view(&a[0])?;
            $m.check()?;
            Ok($body)
        }
    };
}
getter!(g_obj, |m| m.obj.clone());
getter!(g_nbytes, |m| int::new_int((m.len * m.itemsize()) as i64));
getter!(g_readonly, |m| bool_obj(m.readonly));
getter!(g_itemsize, |m| int::new_int(m.itemsize() as i64));
getter!(g_format, |m| pystr::new_string(m.format.to_string()));
getter!(g_ndim, |_m| int::new_int(1));
getter!(g_shape, |m| tuple::new_tuple(vec![int::new_int(m.len as i64)]));
getter!(g_strides, |m| tuple::new_tuple(vec![int::new_int(m.stride as i64)]));
getter!(g_suboffsets, |_m| tuple::new_tuple(vec![]));
getter!(g_contiguous, |m| bool_obj(m.contiguous()));

/// Build the `memoryview` type.
pub fn make_type() -> PyRef {
    let t = new_native_type("memoryview", "builtins");
    for (n, f) in [
        ("__getitem__", m_getitem as NativeFn),
        ("__setitem__", m_setitem),
        ("__delitem__", m_delitem),
        ("__len__", m_len),
        ("__iter__", m_iter),
        ("__repr__", m_repr),
        ("__eq__", m_eq),
        ("__ne__", m_ne),
        ("__hash__", m_hash),
        ("__enter__", m_enter),
        ("__exit__", m_exit),
        ("__bytes__", m_bytes),
        ("tolist", m_tolist),
        ("tobytes", m_tobytes),
        ("hex", m_hex),
        ("release", m_release),
        ("cast", m_cast),
        ("toreadonly", m_toreadonly),
    ] {
        add_method(&t, n, f);
    }
    for (n, f) in [
        ("obj", g_obj as NativeFn),
        ("nbytes", g_nbytes),
        ("readonly", g_readonly),
        ("itemsize", g_itemsize),
        ("format", g_format),
        ("ndim", g_ndim),
        ("shape", g_shape),
        ("strides", g_strides),
        ("suboffsets", g_suboffsets),
        ("c_contiguous", g_contiguous),
        ("f_contiguous", g_contiguous),
        ("contiguous", g_contiguous),
    ] {
        let g = crate::function::new_builtin(n, "memoryview", f, None);
        add_attr(&t, n, PyRef::new(&types::types().property, Payload::Property(Box::new([g, none(), none(), none()]))));
    }
    add_attr(&t, "__new__", crate::function::new_builtin("__new__", "memoryview", mv_new, None));
    t
}
