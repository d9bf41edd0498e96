//! Type objects: the built-in type registry, type creation with C3 MRO, and
//! attribute lookup along the MRO.
//!
//! Built-in types and singletons are immortal and immutable after
//! [`init`]; they are process-wide because every interpreter shares them
//! (PEP 684: only immortal objects are shared between interpreters).

use crate::object::PyRef;
use crate::payload::{BaseKind, Payload, TypeData};
use crate::vm::{type_error, NativeFn, PyResult};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;

macro_rules! builtin_types {
    ($($field:ident => $name:literal),* $(,)?) => {
        /// Every built-in type object.
        pub struct Types {
            $(#[doc = $name] pub $field: PyRef,)*
            /// Every exception type by name, in creation order.
            pub exceptions: Vec<(&'static str, PyRef)>,
        }
        const TYPE_NAMES: &[&str] = &[$($name),*];
        fn make_types(objs: &mut std::collections::VecDeque<PyRef>, exceptions: Vec<(&'static str, PyRef)>) -> Types {
            Types { $($field: objs.pop_front().unwrap(),)* exceptions }
        }
        impl Types {
            /// Every built-in type except the exceptions.
            pub fn all(&self) -> Vec<&PyRef> {
                vec![$(&self.$field),*]
            }
        }
    };
}

builtin_types! {
    type_ => "type", object => "object", int => "int", bool_ => "bool", float => "float",
    complex => "complex", str => "str", bytes => "bytes", bytearray => "bytearray",
    list => "list", tuple => "tuple", dict => "dict", set => "set", frozenset => "frozenset",
    range => "range", slice => "slice", function => "function",
    builtin_function => "builtin_function_or_method", method => "method", cell => "cell",
    module => "module", code => "code", property => "property", staticmethod => "staticmethod",
    classmethod => "classmethod", super_ => "super", none_type => "NoneType",
    notimpl_type => "NotImplementedType", ellipsis_type => "ellipsis", generator => "generator",
    coroutine => "coroutine", async_generator => "async_generator", list_iterator => "list_iterator", tuple_iterator => "tuple_iterator",
    range_iterator => "range_iterator", longrange_iterator => "longrange_iterator", str_iterator => "str_ascii_iterator",
    bytes_iterator => "bytes_iterator", bytearray_iterator => "bytearray_iterator", reversed => "reversed",
    list_reverseiterator => "list_reverseiterator", dict_reversekeyiterator => "dict_reversekeyiterator",
    dict_reversevalueiterator => "dict_reversevalueiterator", dict_reverseitemiterator => "dict_reverseitemiterator",
    dict_keyiterator => "dict_keyiterator", dict_valueiterator => "dict_valueiterator",
    dict_itemiterator => "dict_itemiterator", set_iterator => "set_iterator",
    iterator => "iterator", callable_iterator => "callable_iterator", enumerate => "enumerate",
    zip => "zip", map => "map", filter => "filter", dict_keys => "dict_keys",
    dict_values => "dict_values", dict_items => "dict_items",
}

/// The exception hierarchy: (name, base name).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("BaseExceptionGroup", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ExceptionGroup", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("PythonFinalizationError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Frequently used exception types, resolved once.
pub struct ExcTypes {
    /// BaseException
    pub base_exception: PyRef,
    /// Exception
    pub exception: PyRef,
    /// TypeError
    pub type_error: PyRef,
    /// ValueError
    pub value_error: PyRef,
    /// IndexError
    pub index_error: PyRef,
    /// KeyError
    pub key_error: PyRef,
    /// AttributeError
    pub attribute_error: PyRef,
    /// NameError
    pub name_error: PyRef,
    /// UnboundLocalError
    pub unbound_local_error: PyRef,
    /// ZeroDivisionError
    pub zero_division_error: PyRef,
    /// OverflowError
    pub overflow_error: PyRef,
    /// RuntimeError
    pub runtime_error: PyRef,
    /// RecursionError
    pub recursion_error: PyRef,
    /// NotImplementedError
    pub not_implemented_error: PyRef,
    /// StopIteration
    pub stop_iteration: PyRef,
    /// StopAsyncIteration
    pub stop_async_iteration: PyRef,
    /// GeneratorExit
    pub generator_exit: PyRef,
    /// SystemExit
    pub system_exit: PyRef,
    /// KeyboardInterrupt
    pub keyboard_interrupt: PyRef,
    /// AssertionError
    pub assertion_error: PyRef,
    /// ImportError
    pub import_error: PyRef,
    /// ModuleNotFoundError
    pub module_not_found_error: PyRef,
    /// SyntaxError
    pub syntax_error: PyRef,
    /// IndentationError
    pub indentation_error: PyRef,
    /// LookupError
    pub lookup_error: PyRef,
    /// OSError
    pub os_error: PyRef,
    /// FileNotFoundError
    pub file_not_found_error: PyRef,
    /// TimeoutError
    pub timeout_error: PyRef,
    /// UnicodeDecodeError
    pub unicode_decode_error: PyRef,
}

/// Immortal singletons.
pub struct Singletons {
    /// None
    pub none: PyRef,
    /// True
    pub true_: PyRef,
    /// False
    pub false_: PyRef,
    /// NotImplemented
    pub not_implemented: PyRef,
    /// Ellipsis
    pub ellipsis: PyRef,
    /// The empty tuple.
    pub empty_tuple: PyRef,
    /// The empty string.
    pub empty_str: PyRef,
    /// Ints -5..=256.
    pub small_ints: Vec<PyRef>,
    /// One-character strings for code points below 256.
    pub latin1_chars: Vec<PyRef>,
}

/// Smallest cached int.
pub const SMALL_INT_MIN: i64 = -5;
/// Largest cached int.
pub const SMALL_INT_MAX: i64 = 256;

static TYPES: LazyLock<Types> = LazyLock::new(build_types);
static EXC: LazyLock<ExcTypes> = LazyLock::new(|| {
    let g = |n: &str| exc_type(n);
    ExcTypes {
        base_exception: g("BaseException"),
        exception: g("Exception"),
        type_error: g("TypeError"),
        value_error: g("ValueError"),
        index_error: g("IndexError"),
        key_error: g("KeyError"),
        attribute_error: g("AttributeError"),
        name_error: g("NameError"),
        unbound_local_error: g("UnboundLocalError"),
        zero_division_error: g("ZeroDivisionError"),
        overflow_error: g("OverflowError"),
        runtime_error: g("RuntimeError"),
        recursion_error: g("RecursionError"),
        not_implemented_error: g("NotImplementedError"),
        stop_iteration: g("StopIteration"),
        stop_async_iteration: g("StopAsyncIteration"),
        generator_exit: g("GeneratorExit"),
        system_exit: g("SystemExit"),
        keyboard_interrupt: g("KeyboardInterrupt"),
        assertion_error: g("AssertionError"),
        import_error: g("ImportError"),
        module_not_found_error: g("ModuleNotFoundError"),
        syntax_error: g("SyntaxError"),
        indentation_error: g("IndentationError"),
        lookup_error: g("LookupError"),
        os_error: g("OSError"),
        file_not_found_error: g("FileNotFoundError"),
        timeout_error: g("TimeoutError"),
        unicode_decode_error: g("UnicodeDecodeError"),
    }
});
static SINGLETONS: LazyLock<Singletons> = LazyLock::new(build_singletons);
static METHODS: std::sync::Once = std::sync::Once::new();

/// The built-in types.
#[inline]
pub fn types() -> &'static Types {
    &TYPES
}

/// The frequently used exception types.
#[inline]
pub fn t() -> &'static ExcTypes {
    &EXC
}

/// The immortal singletons.
#[inline]
pub fn s() -> &'static Singletons {
    &SINGLETONS
}

/// An exception type by name (panics on an unknown name: internal use).
pub fn exc_type(name: &str) -> PyRef {
    types().exceptions.iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone()).unwrap_or_else(|| panic!("no exception type {name}"))
}

/// A built-in exception type by name, if there is one.
pub fn try_exc_type(name: &str) -> Option<PyRef> {
    types().exceptions.iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone())
}

/// Build the registry and install every built-in method. Idempotent; call
/// once at start-up before running Python code.
pub fn init() {
    METHODS.call_once(|| {
        let _ = s();
        crate::int::register();
        crate::float::register();
        crate::str::register();
        crate::bytes::register();
        crate::list::register();
        crate::tuple::register();
        crate::dict::register();
        crate::set::register();
        crate::range::register();
        crate::exceptions::register();
        crate::function::register();
        crate::construct::register();
        crate::slots::register();
        crate::subclass::register();
        crate::exception_group::register();
        crate::generic_alias::register();
        crate::code::register();
        crate::complex::register();
        crate::construct::install_exception_slots();
        crate::getset::install_exception_attrs();
        // `object.__subclasses__()` and friends list the built-in types too.
        for t in types().all() {
            for b in type_data(t).bases.get() {
                type_data(b).subclasses.lock().push(t.clone());
            }
        }
        // `__doc__` is an attribute of every type (None where weft carries
        // no docstring).
        for t in types().all() {
            if crate::dict::get_str(&type_data(t).dict, "__doc__").is_none() {
                let doc = crate::type_docs::type_doc(&type_data(t).name).map(crate::str::new_str).unwrap_or_else(crate::vm::none);
                add_attr(t, "__doc__", doc);
            }
        }
    });
}

fn build_types() -> Types {
    let type_ = PyRef::new_self_typed_immortal(Payload::None);
    let mut objs: std::collections::VecDeque<PyRef> = TYPE_NAMES.iter().skip(1).map(|_| PyRef::new_immortal(&type_, Payload::None)).collect();
    objs.push_front(type_.clone());
    let dict_type = objs[TYPE_NAMES.iter().position(|n| *n == "dict").unwrap()].clone();
    let object = objs[1].clone();
    for (i, name) in TYPE_NAMES.iter().enumerate() {
        let obj = &objs[i];
        let (bases, mro) = match *name {
            "object" => (vec![], vec![]),
            "bool" => (vec![objs[2].clone()], vec![objs[2].clone(), object.clone()]),
            _ => (vec![object.clone()], vec![object.clone()]),
        };
        let dict = crate::dict::new_dict_with_type(&dict_type);
        dict.make_immortal();
        let td = TypeData {
            name: name.to_string(),
            qualname: name.to_string(),
            module: "builtins".into(),
            bases: weft_sync::leaky::LeakyCell::new(bases),
            mro: weft_sync::leaky::LeakyCell::new(mro),
            dict,
            kind: if *name == "object" { BaseKind::Object } else { BaseKind::Builtin },
            builtin: true,
            version: AtomicUsize::new(1),
            flags: AtomicUsize::new(0),
            slots: None,
        is_heap: false,
        subclasses: Default::default(),
        tp_name: None,
        };
        // SAFETY: the registry is being built inside its LazyLock: no other
        // thread can see these objects yet, and nothing borrows their payload.
        unsafe { set_payload_bootstrap(obj, Payload::Type(Box::new(td))) };
    }
    // Exceptions.
    let mut exceptions: Vec<(&'static str, PyRef)> = Vec::new();
    for (name, base) in EXCEPTIONS {
        let find = |n: &str| exceptions.iter().find(|(x, _)| *x == n).map(|(_, t)| t.clone());
        let base = if *base == "object" { object.clone() } else { find(base).expect("bases come first in EXCEPTIONS") };
        // ExceptionGroup also extends BaseExceptionGroup (PEP 654).
        let bases = match (*name, find("BaseExceptionGroup")) {
            ("ExceptionGroup", Some(beg)) => vec![beg, base],
            _ => vec![base],
        };
        let mro = c3_mro(&bases).expect("the built-in exception hierarchy is consistent");
        let dict = crate::dict::new_dict_with_type(&dict_type);
        dict.make_immortal();
        let td = TypeData {
            name: name.to_string(),
            qualname: name.to_string(),
            module: "builtins".into(),
            bases: weft_sync::leaky::LeakyCell::new(bases),
            mro: weft_sync::leaky::LeakyCell::new(mro),
            dict,
            kind: BaseKind::Exception,
            builtin: true,
            version: AtomicUsize::new(1),
            flags: AtomicUsize::new(0),
            slots: None,
        is_heap: false,
        subclasses: Default::default(),
        tp_name: None,
        };
        let t = PyRef::new_immortal(&type_, Payload::Type(Box::new(td)));
        for b in type_data(&t).bases.get() {
            type_data(b).subclasses.lock().push(t.clone());
        }
        exceptions.push((name, t));
    }
    make_types(&mut objs, exceptions)
}

/// Replace the payload of an object under construction.
///
/// # Safety
/// No other thread may reach `obj`, and no reference into its current
/// payload may be live.
unsafe fn set_payload_bootstrap(obj: &PyRef, p: Payload) {
    // SAFETY: forwarded from the caller's contract.
    unsafe { obj.replace_payload_unshared(p) };
}

fn build_singletons() -> Singletons {
    let ty = types();
    let small_ints = (SMALL_INT_MIN..=SMALL_INT_MAX).map(|i| PyRef::new_immortal(&ty.int, Payload::Int(i))).collect();
    let latin1_chars = (0u32..256).map(|c| PyRef::new_immortal(&ty.str, Payload::Str(crate::str::PyStr::new(char::from_u32(c).unwrap().to_string())))).collect();
    Singletons {
        none: PyRef::new_immortal(&ty.none_type, Payload::None),
        true_: PyRef::new_immortal(&ty.bool_, Payload::Int(1)),
        false_: PyRef::new_immortal(&ty.bool_, Payload::Int(0)),
        not_implemented: PyRef::new_immortal(&ty.notimpl_type, Payload::NotImplemented),
        ellipsis: PyRef::new_immortal(&ty.ellipsis_type, Payload::Ellipsis),
        empty_tuple: PyRef::new_immortal(&ty.tuple, Payload::Tuple(Box::new([]))),
        empty_str: PyRef::new_immortal(&ty.str, Payload::Str(crate::str::PyStr::new(String::new()))),
        small_ints,
        latin1_chars,
    }
}

/// The type data of a type object (panics if `ty` is not a type).
#[inline]
pub fn type_data(ty: &PyRef) -> &TypeData {
    match &ty.payload {
        Payload::Type(td) => td,
        _ => panic!("not a type object"),
    }
}

/// Whether `o` is a type object.
#[inline]
pub fn is_type(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Type(_))
}

/// `__name__` of a type.
pub fn type_name(ty: &PyRef) -> &str {
    match &ty.payload {
        Payload::Type(td) => td.tp_name.as_deref().unwrap_or(&td.name),
        _ => "?",
    }
}

/// CPython's `tp_name` for the classes weft's shipped library defines in
/// Python where CPython defines C types: error messages name them with
/// their module (`'datetime.date'`, `'decimal.Decimal'`).
fn c_type_name(module: &str, qualname: &str) -> Option<String> {
    const C_TYPES: &[(&str, &str, &str)] = &[
        ("datetime", "date", "datetime.date"),
        ("datetime", "datetime", "datetime.datetime"),
        ("datetime", "time", "datetime.time"),
        ("datetime", "timedelta", "datetime.timedelta"),
        ("datetime", "timezone", "datetime.timezone"),
        ("datetime", "tzinfo", "datetime.tzinfo"),
        ("decimal", "Decimal", "decimal.Decimal"),
        ("decimal", "Context", "decimal.Context"),
        ("array", "array", "array.array"),
        ("collections", "OrderedDict", "collections.OrderedDict"),
        ("collections", "defaultdict", "collections.defaultdict"),
        ("functools", "partial", "functools.partial"),
        ("re", "Pattern", "re.Pattern"),
        ("re", "Match", "re.Match"),
        ("types", "SimpleNamespace", "types.SimpleNamespace"),
        ("operator", "itemgetter", "operator.itemgetter"),
        ("operator", "attrgetter", "operator.attrgetter"),
        ("operator", "methodcaller", "operator.methodcaller"),
    ];
    C_TYPES.iter().find(|(m, q, _)| *m == module && *q == qualname).map(|(_, _, n)| (*n).to_string())
}

/// Whether `a` is `b` or a subclass of it.
#[inline]
pub fn is_subtype(a: &PyRef, b: &PyRef) -> bool {
    a.is(b) || type_data(a).mro.get().iter().any(|t| t.is(b))
}

/// `isinstance(o, ty)` without `__instancecheck__`.
#[inline]
pub fn isinstance(o: &PyRef, ty: &PyRef) -> bool {
    is_subtype(o.class(), ty)
}

struct CacheEntry {
    ty: usize,
    epoch: u64,
    name: Box<str>,
    /// Address of the name's text when it belongs to an immortal (interned)
    /// string, else 0: such text is never freed, so a caller holding the
    /// same immortal text matches by address alone.
    name_ptr: usize,
    value: Option<PyRef>,
    /// The class defining `value` is a user (heap) class.
    heap_owner: bool,
}

const CACHE_SIZE: usize = 4096;

thread_local! {
    /// Per-thread type attribute cache (direct-mapped), validated by the
    /// process-wide type epoch.
    static MCACHE: std::cell::RefCell<Vec<Option<CacheEntry>>> = std::cell::RefCell::new((0..CACHE_SIZE).map(|_| None).collect());
}

/// Drop this thread's cached references (attribute cache, free number
/// blocks) before the thread stops running Python code.
pub fn clear_thread_caches() {
    let old = MCACHE.try_with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    crate::object::clear_free_numbers();
}

/// Look `name` up along `ty`'s MRO (the type itself first), through the
/// per-thread attribute cache.
#[inline]
pub fn lookup(ty: &PyRef, name: &str) -> Option<PyRef> {
    lookup_special(ty, name).map(|(v, _)| v)
}

/// Like [`lookup`], also telling whether the defining class is a user
/// (heap) class (cached together).
#[inline]
pub fn lookup_special(ty: &PyRef, name: &str) -> Option<(PyRef, bool)> {
    lookup_cached(ty, name, false)
}

/// [`lookup`] by a `str` object: an immortal (interned) name matches cache
/// entries by the address of its text, without comparing characters.
#[inline]
pub fn lookup_obj(ty: &PyRef, name: &PyRef) -> Option<PyRef> {
    let s = crate::str::as_str(name).unwrap_or("");
    lookup_cached(ty, s, name.header.words.is_immortal()).map(|(v, _)| v)
}

#[inline]
fn lookup_cached(ty: &PyRef, name: &str, immortal_name: bool) -> Option<(PyRef, bool)> {
    let epoch = weft_sync::epoch::type_epoch();
    let slot = ((ty.addr() >> 4) ^ (name.as_ptr() as usize >> 3) ^ name.len().wrapping_mul(0x9e37)) & (CACHE_SIZE - 1);
    let ptr = if immortal_name { name.as_ptr() as usize } else { 0 };
    let hit = MCACHE.try_with(|c| {
        let c = c.borrow();
        match c.get(slot).and_then(|e| e.as_ref()).map(Some).unwrap_or(None) {
            Some(e) if e.ty == ty.addr() && e.epoch == epoch && ((ptr != 0 && e.name_ptr == ptr && e.name.len() == name.len()) || &*e.name == name) => {
                Some(e.value.clone().map(|v| (v, e.heap_owner)))
            }
            _ => None,
        }
    });
    if let Ok(Some(v)) = hit {
        return v;
    }
    let found = lookup_with_owner(ty, name);
    let heap_owner = found.as_ref().is_some_and(|(_, owner)| !type_data(owner).builtin);
    let v = found.map(|(v, _)| v);
    if v.as_ref().is_some_and(|v| !v.header.words.is_immortal()) {
        // A mortal attribute is not cached: the cache must not keep it alive
        // after the class rebinds it (its finalizer runs then).
        return v.map(|v| (v, heap_owner));
    }
    let entry = CacheEntry { ty: ty.addr(), epoch, name: name.into(), name_ptr: ptr, value: v.clone(), heap_owner };
    let old = MCACHE.try_with(|c| {
        let mut c = c.borrow_mut();
        if c.len() < CACHE_SIZE {
            c.resize_with(CACHE_SIZE, || None);
        }
        c[slot].replace(entry)
    });
    drop(old);
    v.map(|v| (v, heap_owner))
}

/// Look `name` up along `ty`'s MRO without the cache.
pub fn lookup_uncached(ty: &PyRef, name: &str) -> Option<PyRef> {
    let td = type_data(ty);
    if let Some(v) = crate::dict::get_str(&td.dict, name) {
        return Some(v);
    }
    for t in td.mro.get() {
        if let Some(v) = crate::dict::get_str(&type_data(t).dict, name) {
            return Some(v);
        }
    }
    None
}

/// Look `name` up along the MRO, returning the defining class too.
pub fn lookup_with_owner(ty: &PyRef, name: &str) -> Option<(PyRef, PyRef)> {
    std::iter::once(ty).chain(type_data(ty).mro.get().iter()).find_map(|t| crate::dict::get_str(&type_data(t).dict, name).map(|v| (v, t.clone())))
}

/// C3 linearization of `bases` (the MRO without the new class itself).
pub fn c3_mro(bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let mut seqs: Vec<Vec<PyRef>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(type_data(b).mro.get().iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<PyRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|s2| s2[1..].iter().any(|x| x.is(head))) {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = type_name(&s[0]).to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Create a heap type (a user class) with metaclass `meta`.
pub fn new_heap_type(meta: &PyRef, name: &str, qualname: &str, bases: Vec<PyRef>, dict: PyRef) -> PyResult<PyRef> {
    let ty = types();
    let bases = if bases.is_empty() { vec![ty.object.clone()] } else { bases };
    for b in &bases {
        if !is_type(b) {
            return Err(type_error("bases must be types"));
        }
        let bd = type_data(b);
        let value_type = crate::subclass::is_value_base(b);
        if bd.builtin && bd.kind == BaseKind::Builtin && !value_type && !b.is(&ty.object) && !b.is(&ty.type_) && !b.is(&ty.list) && !b.is(&ty.dict) && !b.is(&ty.set) && !b.is(&ty.bytearray) {
            if b.is(&ty.bool_) || b.is(&ty.range) || b.is(&ty.slice) || b.is(&ty.none_type) || bd.name == "memoryview" {
                return Err(type_error(format!("type '{}' is not an acceptable base type", bd.name)));
            }
            return Err(crate::vm::not_implemented(format!("subclassing built-in type '{}' is not supported yet", bd.name)));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(type_error(format!("duplicate base class {}", type_data(b).name)));
        }
    }
    let mro = c3_mro(&bases)?;
    // Instance layouts: at most one built-in layout may be extended.
    let layout = |t: &PyRef| -> Option<PyRef> {
        let k = type_data(t).kind;
        if k == BaseKind::Value || crate::subclass::is_value_base(t) {
            crate::subclass::value_base(t)
        } else if t.is(&ty.list) || k == BaseKind::List {
            Some(ty.list.clone())
        } else if t.is(&ty.dict) || k == BaseKind::Dict {
            Some(ty.dict.clone())
        } else if t.is(&ty.set) || k == BaseKind::Set {
            Some(ty.set.clone())
        } else if t.is(&ty.bytearray) || k == BaseKind::ByteArray {
            Some(ty.bytearray.clone())
        } else if k == BaseKind::Exception {
            Some(exc_type("BaseException"))
        } else {
            None
        }
    };
    let mut base_layout: Option<PyRef> = None;
    for b in &bases {
        if let Some(l) = layout(b) {
            match &base_layout {
                Some(prev) if !prev.is(&l) => return Err(type_error("multiple bases have instance lay-out conflict")),
                _ => base_layout = Some(l),
            }
        }
    }
    let kind = if mro.iter().any(crate::subclass::is_value_base) {
        BaseKind::Value
    } else if mro.iter().any(|t| type_data(t).kind == BaseKind::Exception) {
        BaseKind::Exception
    } else if mro.iter().any(|t| t.is(&ty.list) || type_data(t).kind == BaseKind::List) {
        BaseKind::List
    } else if mro.iter().any(|t| t.is(&ty.dict) || type_data(t).kind == BaseKind::Dict) {
        BaseKind::Dict
    } else if mro.iter().any(|t| t.is(&ty.set) || type_data(t).kind == BaseKind::Set) {
        BaseKind::Set
    } else if mro.iter().any(|t| t.is(&ty.bytearray) || type_data(t).kind == BaseKind::ByteArray) {
        BaseKind::ByteArray
    } else {
        BaseKind::Object
    };
    let mut flags = 0;
    let has = |n: &str| crate::dict::get_str(&dict, n).is_some() || mro.iter().any(|t| crate::dict::get_str(&type_data(t).dict, n).is_some());
    if has("__getattr__") {
        flags |= crate::payload::TF_HAS_GETATTR;
    }
    if has("__del__") {
        flags |= crate::payload::TF_HAS_DEL;
    }
    if crate::dict::get_str(&dict, "__getattribute__").is_some() || mro.iter().any(|t| !type_data(t).builtin && crate::dict::get_str(&type_data(t).dict, "__getattribute__").is_some()) {
        flags |= crate::payload::TF_HAS_GETATTRIBUTE;
    }
    let auto_doc = crate::dict::get_str(&dict, "__doc__").is_none();
    // Class statements put `__module__` in the namespace; a bare
    // type(name, bases, dict) call gets the main module's name.
    if crate::dict::get_str(&dict, "__module__").is_none() {
        crate::dict::set_str(&dict, "__module__", crate::str::new_str("__main__"));
    }
    let module = crate::dict::get_str(&dict, "__module__").and_then(|m| crate::str::as_str(&m).map(String::from)).unwrap_or_else(|| "__main__".into());
    let own_slots = own_slot_names(&dict, name)?;
    for (given, mangled) in &own_slots {
        if crate::dict::get_str(&dict, mangled).is_some() {
            return Err(crate::vm::value_error(format!("'{given}' in __slots__ conflicts with class variable")));
        }
    }
    let slots = slot_names(&dict, name, &mro)?;
    if slots.is_some() {
        flags |= crate::payload::TF_SLOTS;
    }
    let tp_module = module.clone();
    let td = TypeData {
        name: name.into(),
        qualname: qualname.into(),
        module,
        bases: weft_sync::leaky::LeakyCell::new(bases),
        mro: weft_sync::leaky::LeakyCell::new(mro),
        dict,
        kind,
        builtin: false,
        version: AtomicUsize::new(1),
        flags: AtomicUsize::new(flags),
        slots,
        is_heap: true,
        subclasses: Default::default(),
        tp_name: c_type_name(&tp_module, qualname),
    };
    let t = PyRef::new(meta, Payload::Type(Box::new(td)));
    add_instance_descriptors(&t);
    for (_, mangled) in &own_slots {
        crate::dict::set_str(&type_data(&t).dict, mangled, crate::member::new_member(mangled, &t));
    }
    if auto_doc {
        crate::dict::set_str(&type_data(&t).dict, "__doc__", crate::vm::none());
    }
    for b in type_data(&t).bases.get() {
        type_data(b).subclasses.lock().push(t.clone());
    }
    weft_sync::epoch::bump_type_epoch();
    Ok(t)
}

/// The `__dict__` and `__weakref__` getset descriptors CPython adds to a
/// class that introduces an instance dict or weak-reference support (no
/// base provides it and `__slots__` does not rule it out).
fn add_instance_descriptors(t: &PyRef) {
    let td = type_data(t);
    let slots = crate::dict::get_str(&td.dict, "__slots__").map(|s| {
        let names: Vec<String> = match crate::str::as_str(&s) {
            Some(one) => vec![one.to_string()],
            None => crate::tuple::as_slice(&s)
                .map(|v| v.to_vec())
                .or_else(|| if matches!(s.payload, Payload::List(_)) { Some(crate::list::items(&s)) } else { None })
                .unwrap_or_default()
                .iter()
                .filter_map(|x| crate::str::as_str(x).map(String::from))
                .collect(),
        };
        names
    });
    let inherited = |name: &str| {
        td.mro.get().iter().any(|b| {
            let bd = type_data(b);
            bd.is_heap && crate::dict::get_str(&bd.dict, name).is_some_and(|d| crate::getset::is_getset(&d))
        })
    };
    // What the nearest built-in base already provides: (dict, weakrefs).
    let ty = types();
    let builtin_base = td.mro.get().iter().find(|b| !type_data(b).is_heap && !b.is(&ty.object));
    let (base_dict, base_weak) = match builtin_base {
        None => (false, false),
        Some(b) if [&ty.int, &ty.bool_, &ty.tuple, &ty.bytes, &ty.set, &ty.frozenset].iter().any(|x| b.is(x)) => (false, true),
        Some(b) if type_data(b).kind == BaseKind::Exception => (true, false),
        // Metaclasses: type objects already have both.
        Some(b) if b.is(&ty.type_) => (true, true),
        Some(_) => (false, false),
    };
    let want = |name: &str| match &slots {
        Some(names) => names.iter().any(|n| n == name),
        None => true,
    };
    if want("__dict__") && !base_dict && !inherited("__dict__") {
        crate::dict::set_str(&td.dict, "__dict__", crate::getset::new_getset("__dict__", t));
    }
    if want("__weakref__") && !base_weak && !inherited("__weakref__") {
        crate::dict::set_str(&td.dict, "__weakref__", crate::getset::new_getset("__weakref__", t));
    }
}

/// The attribute names of a class whose instances have no `__dict__`:
/// its own `__slots__` plus those of its bases, when every user class in
/// the MRO defines `__slots__` and none lists `__dict__`.
/// The names a class's own `__slots__` gives storage to, each as written and
/// as mangled for the class (`__x` -> `_C__x`); `__dict__` and
/// `__weakref__` are not storage.
fn own_slot_names(dict: &PyRef, class: &str) -> PyResult<Vec<(String, String)>> {
    let Some(own) = crate::dict::get_str(dict, "__slots__") else { return Ok(vec![]) };
    let items: Vec<PyRef> = if crate::str::as_str(&own).is_some() {
        vec![own.clone()]
    } else if let Some(t) = crate::tuple::as_slice(&own) {
        t.to_vec()
    } else if let crate::Payload::List(_) = &own.payload {
        crate::list::items(&own)
    } else if let crate::Payload::Dict(..) = &own.payload {
        crate::dict::keys(&own)
    } else {
        return Ok(vec![]);
    };
    let mut out = Vec::new();
    for it in items {
        let Some(n) = crate::str::as_str(&it) else { continue };
        if n == "__dict__" || n == "__weakref__" {
            continue;
        }
        out.push((n.to_string(), mangle_private(class, n)));
    }
    Ok(out)
}

/// CPython's `_Py_Mangle` for a slot name of class `class`.
fn mangle_private(class: &str, name: &str) -> String {
    let stripped = class.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn slot_names(dict: &PyRef, class: &str, mro: &[PyRef]) -> PyResult<Option<Vec<String>>> {
    let Some(own) = crate::dict::get_str(dict, "__slots__") else { return Ok(None) };
    let mut names = Vec::new();
    let mut add = |o: &PyRef| -> PyResult<bool> {
        let items: Vec<PyRef> = if crate::str::as_str(o).is_some() {
            vec![o.clone()]
        } else if let Some(t) = crate::tuple::as_slice(o) {
            t.to_vec()
        } else if let crate::Payload::List(_) = &o.payload {
            crate::list::items(o)
        } else if let crate::Payload::Dict(..) = &o.payload {
            crate::dict::keys(o)
        } else {
            return Ok(false);
        };
        for it in items {
            let n = crate::str::as_str(&it).ok_or_else(|| type_error(format!("__slots__ items must be strings, not '{}'", type_name(it.class()))))?;
            if n == "__dict__" {
                return Ok(false);
            }
            names.push(mangle_private(class, n));
        }
        Ok(true)
    };
    if !add(&own)? {
        return Ok(None);
    }
    for t in mro {
        let td = type_data(t);
        if td.builtin {
            continue;
        }
        match &td.slots {
            Some(s) => names.extend(s.iter().cloned()),
            None => return Ok(None),
        }
    }
    Ok(Some(names))
}

/// Note a change to a type's dict (invalidates attribute caches).
pub fn type_modified(ty: &PyRef) {
    if let Payload::Type(td) = &ty.payload {
        td.version.fetch_add(1, Ordering::Release);
    }
    weft_sync::epoch::bump_type_epoch();
}

/// Add a native method to a built-in type's dict.
pub fn add_method(ty: &PyRef, name: &'static str, func: NativeFn) {
    let f = crate::function::new_method_of(name, ty, func);
    f.make_immortal();
    crate::dict::set_str(&type_data(ty).dict, name, f);
    weft_sync::epoch::bump_type_epoch();
}

/// Add a native classmethod (bound to the type on lookup).
pub fn add_classmethod(ty: &PyRef, name: &'static str, func: NativeFn) {
    let f = crate::function::new_builtin(name, type_name(ty).to_string().leak(), func, None);
    if let Payload::Builtin(_) = &f.payload {}
    let cm = PyRef::new(&types().classmethod, Payload::ClassMethod(f));
    cm.make_immortal();
    crate::dict::set_str(&type_data(ty).dict, name, cm);
    weft_sync::epoch::bump_type_epoch();
}

/// Add a plain attribute to a built-in type's dict.
pub fn add_attr(ty: &PyRef, name: &str, v: PyRef) {
    crate::dict::set_str(&type_data(ty).dict, name, v);
    weft_sync::epoch::bump_type_epoch();
}

/// Add a property implemented natively (`set`: None for read-only) to a
/// runtime-defined type.
pub fn add_native_property(ty: &PyRef, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let g = crate::function::new_builtin(name, "", get, None);
    let s = set.map(|f| crate::function::new_builtin(name, "", f, None)).unwrap_or_else(crate::vm::none);
    add_attr(ty, name, PyRef::new(&types().property, Payload::Property(Box::new([g, s, crate::vm::none(), crate::vm::none()]))));
}

/// Create a built-in-style type for objects defined by the runtime (their
/// instances carry `Payload::Native`); immortal like every built-in type.
pub fn new_native_type(name: &str, module: &str) -> PyRef {
    let t = types();
    let dict = crate::dict::new_dict();
    let td = TypeData {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases: weft_sync::leaky::LeakyCell::new(vec![t.object.clone()]),
        mro: weft_sync::leaky::LeakyCell::new(vec![t.object.clone()]),
        dict,
        kind: BaseKind::Builtin,
        builtin: true,
        version: AtomicUsize::new(1),
        flags: AtomicUsize::new(0),
        slots: None,
        is_heap: false,
        subclasses: Default::default(),
        tp_name: None,
    };
    PyRef::new_immortal(&t.type_, Payload::Type(Box::new(td)))
}

/// The native data of a runtime-defined object, downcast to `T`.
pub fn native<T: 'static>(o: &PyRef) -> Option<&T> {
    match &o.payload {
        Payload::Native(b) => b.downcast_ref::<T>(),
        // An instance of a user subclass of a wrappable native type.
        Payload::Subclass(d) => match &d.value.payload {
            Payload::Native(b) => b.downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// Let user classes extend the native type `ty` (see `TF_WRAPPABLE`).
pub fn make_wrappable(ty: &PyRef) {
    type_data(ty).flags.fetch_or(crate::payload::TF_WRAPPABLE, Ordering::Relaxed);
}
