//! [`Payload`]: what an object holds after its header, one variant per
//! built-in layout. User-class instances use `Instance` (or the layout of
//! the built-in base they extend, such as `Exception`).

use crate::locked::Locked;
use crate::object::PyRef;
use crate::set::SetData;
use crate::str::PyStr;
use crate::vm::NativeFn;
use num_bigint::BigInt;
use std::any::Any;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicIsize, AtomicUsize};

/// The body of an object.
pub enum Payload {
    /// `None`.
    None,
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis`.
    Ellipsis,
    /// `int` or `bool` that fits in a machine word.
    Int(i64),
    /// `int` beyond a machine word.
    BigInt(Box<BigInt>),
    /// `float`.
    Float(f64),
    /// `complex` (real, imaginary).
    Complex(f64, f64),
    /// `str`.
    Str(PyStr),
    /// `bytes`.
    Bytes(Box<[u8]>),
    /// `bytearray`.
    /// `bytearray` (subclass instances add an instance dict).
    ByteArray(Locked<Vec<u8>>, Option<PyRef>),
    /// `list` (its store also holds the `__dict__` of a subclass instance).
    List(crate::list::ListStore),
    /// `tuple`.
    Tuple(Box<[PyRef]>),
    /// `dict`; the second field is the `__dict__` of a subclass instance.
    Dict(Box<crate::dict::DictBox>, Option<PyRef>),
    /// `set` (and its subclasses, which add an instance dict).
    Set(Box<Locked<SetData>>, Option<PyRef>),
    /// `frozenset`.
    FrozenSet(Box<SetData>),
    /// `range` (start, stop, step).
    Range(Box<[PyRef; 3]>),
    /// `slice` (start, stop, step).
    Slice(Box<[PyRef; 3]>),
    /// A Python function.
    Function(Box<FunctionData>),
    /// A native function or method, possibly bound to `self`.
    Builtin(Box<BuiltinData>),
    /// A bound method: (function, self).
    Method(Box<[PyRef; 2]>),
    /// A closure cell.
    Cell(Locked<Option<PyRef>>),
    /// A type object.
    Type(Box<TypeData>),
    /// An instance of a user class with an attribute dict.
    Instance(PyRef),
    /// An instance of a user subclass of a value type (`int`, `str`,
    /// `tuple`, ...): the wrapped value and the instance dict.
    Subclass(Box<SubclassData>),
    /// An exception instance.
    Exception(Box<ExcData>),
    /// A module.
    Module(Box<ModuleData>),
    /// A code object.
    Code(crate::code::CodeRef),
    /// `property` (fget, fset, fdel, doc).
    Property(Box<[PyRef; 4]>),
    /// `staticmethod`.
    StaticMethod(PyRef),
    /// `classmethod`.
    ClassMethod(PyRef),
    /// `super` (start type, object or type).
    Super(Box<[PyRef; 2]>),
    /// A built-in iterator.
    Iter(Box<IterData>),
    /// A dict view (`keys()`, `values()`, `items()`).
    DictView(PyRef, DictIterKind),
    /// A generator or coroutine.
    Generator(Box<GenData>),
    /// Data of a runtime-defined type (locks, threads, ...).
    Native(Box<dyn Any + Send + Sync>),
}

/// A Python function object.
pub struct FunctionData {
    /// Compiled body.
    pub code: crate::code::CodeRef,
    /// Module globals.
    pub globals: PyRef,
    /// Builtins dict seen by the function.
    pub builtins: PyRef,
    /// `__name__`.
    pub name: Locked<PyRef>,
    /// `__qualname__`.
    pub qualname: Locked<PyRef>,
    /// Positional defaults (a tuple) or None.
    pub defaults: Locked<Option<PyRef>>,
    /// Keyword-only defaults (a dict) or None.
    pub kwdefaults: Locked<Option<PyRef>>,
    /// Closure cells (a tuple) or None.
    pub closure: Option<PyRef>,
    /// `__dict__`, created on first use.
    pub dict: Locked<Option<PyRef>>,
    /// `__module__`.
    pub module: PyRef,
    /// `__doc__`.
    pub doc: Locked<PyRef>,
    /// `__annotations__` (a dict) or None.
    pub annotations: Locked<Option<PyRef>>,
}

/// A native function.
pub struct BuiltinData {
    /// `__name__`.
    pub name: &'static str,
    /// Qualifying owner name for repr (type or module name), or "".
    pub owner: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// Bound receiver, passed as the first argument.
    pub bound: Option<PyRef>,
    /// Whether this is a classmethod of a built-in type (bound to the type).
    pub class_method: bool,
    /// For a method of a built-in type: that type, which an unbound call's
    /// first argument must be an instance of.
    pub self_type: Option<PyRef>,
    /// Whether this is a function of a native module (`owner` names the
    /// module: `__module__` is it and `__qualname__` is the bare name).
    pub module_function: bool,
}

/// Which payload instances of a type carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// `object` and plain user classes: `Instance`.
    Object,
    /// Exceptions.
    Exception,
    /// A built-in type that cannot be subclassed this way (or the value
    /// layout of a built-in type: int, str, ...).
    Builtin,
    /// `list` and its subclasses: `List` payload plus an instance dict.
    List,
    /// `dict` and its subclasses: `Dict` payload plus an instance dict.
    Dict,
    /// `set` subclasses: `Set` payload plus an instance dict.
    Set,
    /// `bytearray` subclasses: `ByteArray` payload plus an instance dict.
    ByteArray,
    /// Subclasses of `int`, `float`, `complex`, `str`, `bytes`, `tuple` and
    /// `frozenset`: `Subclass` payload.
    Value,
}

/// The body of a value-type subclass instance (see `subclass.rs`).
pub struct SubclassData {
    /// The plain built-in value (never itself a `Subclass`).
    pub value: PyRef,
    /// `__dict__`.
    pub dict: PyRef,
}

/// A type object.
pub struct TypeData {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__module__` for built-ins, else taken from the dict.
    pub module: String,
    /// `__bases__` (replaced when a program assigns `cls.__bases__`).
    pub bases: weft_sync::leaky::LeakyCell<Vec<PyRef>>,
    /// `__mro__` without the type itself (it would be a reference cycle);
    /// recomputed with `bases`.
    pub mro: weft_sync::leaky::LeakyCell<Vec<PyRef>>,
    /// `__dict__`.
    pub dict: PyRef,
    /// Layout of instances.
    pub kind: BaseKind,
    /// Built-in (immutable) type.
    pub builtin: bool,
    /// Bumped on every change to this type's (or a base's) dict.
    pub version: AtomicUsize,
    /// `__slots__` given, no `__dict__`.
    pub flags: AtomicUsize,
    /// Attribute names instances may hold when the class and its bases
    /// define `__slots__` without `__dict__` (None: instances have a dict).
    pub slots: Option<Vec<String>>,
    /// The metaclass object for heap types (for `type(cls)`), same as the
    /// header's type; kept for clarity of construction.
    pub is_heap: bool,
    /// Classes naming this one as a direct base (`__subclasses__()`), in
    /// creation order. Strong references: classes live until exit.
    pub subclasses: parking_lot::Mutex<Vec<PyRef>>,
    /// The name error messages use when it is not `name`: CPython's
    /// `tp_name` of a type CPython implements in C and weft in Python
    /// (`datetime.date`, `decimal.Decimal`, ...).
    pub tp_name: Option<String>,
}

/// Type flag: instances have `__getattr__` somewhere in the MRO.
pub const TF_HAS_GETATTR: usize = 1;
/// Type flag: instances have `__getattribute__` overridden.
pub const TF_HAS_GETATTRIBUTE: usize = 2;
/// Type flag: abstract methods present.
pub const TF_ABSTRACT: usize = 4;
/// Type flag: instances have only the attributes named by `__slots__`.
pub const TF_SLOTS: usize = 8;
/// Type flag: instances have a `__del__` finalizer.
pub const TF_HAS_DEL: usize = 16;
/// A built-in type whose instances are `Payload::Native` and which user
/// classes may extend: their instances wrap one (`Payload::Subclass`), as
/// for the value types (`collections.deque`, ...).
pub const TF_WRAPPABLE: usize = 32;

/// An exception instance.
pub struct ExcData {
    /// `args` (a tuple).
    pub args: Locked<PyRef>,
    /// Traceback entries: (filename, function name, line), innermost last.
    pub traceback: Locked<Vec<TracebackEntry>>,
    /// `__cause__` or None.
    pub cause: Locked<Option<PyRef>>,
    /// `__context__` or None.
    pub context: Locked<Option<PyRef>>,
    /// `__suppress_context__`.
    pub suppress_context: AtomicBool,
    /// Attribute dict (`add_note`, user attributes).
    pub dict: PyRef,
    /// The name a NameError's traceback suggests ("Did you mean: ...?"),
    /// found where it was raised (from that frame's names).
    pub hint: Locked<Option<String>>,
    /// The values of the type's member attributes (OSError's `errno`,
    /// ImportError's `name`, SyntaxError's `lineno`, ...): kept apart
    /// from `dict`, as CPython keeps them in the object, so `__dict__`
    /// shows only what the program set. Created on first use.
    pub members: std::sync::OnceLock<PyRef>,
}

/// One line of a traceback.
#[derive(Clone)]
pub struct TracebackEntry {
    /// Source file name.
    pub filename: PyRef,
    /// Function name.
    pub name: PyRef,
    /// Line number (1-based).
    pub line: u32,
    /// Source byte range of the failing instruction's node (0, 0: unknown).
    pub span: (u32, u32),
    /// The frame's code (for `tb_frame.f_code`), when known.
    pub code: Option<crate::code::CodeRef>,
    /// The frame's globals (for `tb_frame.f_globals`), when known.
    pub globals: Option<PyRef>,
    /// Index of the failing instruction (`tb_lasti` is twice this).
    pub lasti: u32,
    /// The frame's local variables once the exception left it: kept alive
    /// by the traceback, as CPython's traceback keeps the frame, so their
    /// finalizers run when the exception goes, not while it propagates.
    /// The cycle collector sees them (`traverse`).
    pub locals: Option<std::sync::Arc<Vec<Option<PyRef>>>>,
}

impl std::fmt::Debug for TracebackEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<traceback entry {}:{}>", crate::str::as_str(&self.filename).unwrap_or("?"), self.line)
    }
}

/// A module.
pub struct ModuleData {
    /// `__name__`.
    pub name: PyRef,
    /// `__dict__`.
    pub dict: PyRef,
}

/// A built-in iterator: its kind and position.
pub struct IterData {
    /// What is iterated.
    pub kind: IterKind,
    /// Position (meaning depends on the kind).
    pub pos: AtomicIsize,
    /// Extra counter (enumerate's count, a dict's size at start).
    pub aux: AtomicI64,
}

/// The iterator kinds.
pub enum IterKind {
    /// Over a list, tuple, str, bytes or bytearray by index.
    Seq(PyRef),
    /// Reverse over a sequence by index (`reversed(list)`).
    Reversed(PyRef),
    /// Over a range: (start, step, length) are in the object (as ints).
    Range { start: i64, step: i64, len: i64 },
    /// Over a dict's keys, values or items.
    Dict(PyRef, DictIterKind),
    /// Over a set or frozenset.
    Set(PyRef),
    /// `__getitem__`-based sequence protocol.
    GetItem(PyRef),
    /// `iter(callable, sentinel)`.
    Callable(PyRef, PyRef),
    /// `enumerate(it, start)`.
    Enumerate(PyRef),
    /// `zip(*its, strict=...)`.
    Zip(Box<[PyRef]>, bool),
    /// `map(f, *its)`.
    Map(PyRef, Box<[PyRef]>),
    /// `filter(f, it)`.
    Filter(PyRef, PyRef),
}

/// What a dict iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// (key, value) tuples.
    Items,
}

/// A generator, coroutine or async generator.
pub struct GenData {
    /// The suspended frame (owned by the evaluator, opaque here); None once
    /// finished.
    pub frame: parking_lot::Mutex<Option<Box<dyn Any + Send>>>,
    /// Set while some thread runs the frame.
    pub running: AtomicBool,
    /// Suspended inside a try block: dropping it must close it (throw
    /// GeneratorExit so `finally` clauses run).
    pub needs_close: AtomicBool,
    /// `__name__`.
    pub name: PyRef,
    /// `__qualname__`.
    pub qualname: PyRef,
    /// The code object.
    pub code: crate::code::CodeRef,
}
