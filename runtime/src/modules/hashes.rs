//! `_hashlib`: the hash objects behind `hashlib` (MD5, SHA-1, SHA-2,
//! SHA-3, SHAKE and BLAKE2 from the RustCrypto crates), plus the
//! single-algorithm modules `_md5` and `_sha1`.
//!
//! A hash object's state sits behind its own mutex: `update` from several
//! threads is serialised, as CPython's hash objects do under their lock.

use crate::util::{add_fn, new_module};
use digest::{Digest, ExtendableOutput, Update, VariableOutput};
use parking_lot::Mutex;
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{bytes, dict, int, str as pystr, types, PyRef};

/// The running state of one algorithm.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2::Blake2bVar, usize),
    Blake2s(blake2::Blake2sVar, usize),
}

impl State {
    fn new(name: &str, digest_size: Option<usize>) -> PyResult<State> {
        Ok(match name {
            "md5" => State::Md5(Default::default()),
            "sha1" => State::Sha1(Default::default()),
            "sha224" => State::Sha224(Default::default()),
            "sha256" => State::Sha256(Default::default()),
            "sha384" => State::Sha384(Default::default()),
            "sha512" => State::Sha512(Default::default()),
            "sha3_224" => State::Sha3_224(Default::default()),
            "sha3_256" => State::Sha3_256(Default::default()),
            "sha3_384" => State::Sha3_384(Default::default()),
            "sha3_512" => State::Sha3_512(Default::default()),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            "blake2b" => {
                let n = digest_size.unwrap_or(64);
                if !(1..=64).contains(&n) {
                    return Err(value_error("digest_size must be between 1 and 64 bytes"));
                }
                State::Blake2b(blake2::Blake2bVar::new(n).map_err(|_| value_error("bad digest size"))?, n)
            }
            "blake2s" => {
                let n = digest_size.unwrap_or(32);
                if !(1..=32).contains(&n) {
                    return Err(value_error("digest_size must be between 1 and 32 bytes"));
                }
                State::Blake2s(blake2::Blake2sVar::new(n).map_err(|_| value_error("bad digest size"))?, n)
            }
            _ => return Err(value_error(format!("unsupported hash type {name}"))),
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
            State::Blake2b(h, _) => Update::update(h, data),
            State::Blake2s(h, _) => Update::update(h, data),
        }
    }

    /// The digest of what was fed so far (the state is left as it is);
    /// `length` for the SHAKE functions.
    fn digest(&self, length: usize) -> Vec<u8> {
        let s = self.clone();
        match s {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(h) => {
                let mut out = vec![0u8; length];
                h.finalize_xof_into(&mut out);
                out
            }
            State::Shake256(h) => {
                let mut out = vec![0u8; length];
                h.finalize_xof_into(&mut out);
                out
            }
            State::Blake2b(h, n) => {
                let mut out = vec![0u8; n];
                let _ = h.finalize_variable(&mut out);
                out
            }
            State::Blake2s(h, n) => {
                let mut out = vec![0u8; n];
                let _ = h.finalize_variable(&mut out);
                out
            }
        }
    }

    /// (name, digest_size, block_size); digest_size 0 for SHAKE.
    fn info(&self) -> (&'static str, usize, usize) {
        match self {
            State::Md5(_) => ("md5", 16, 64),
            State::Sha1(_) => ("sha1", 20, 64),
            State::Sha224(_) => ("sha224", 28, 64),
            State::Sha256(_) => ("sha256", 32, 64),
            State::Sha384(_) => ("sha384", 48, 128),
            State::Sha512(_) => ("sha512", 64, 128),
            State::Sha3_224(_) => ("sha3_224", 28, 144),
            State::Sha3_256(_) => ("sha3_256", 32, 136),
            State::Sha3_384(_) => ("sha3_384", 48, 104),
            State::Sha3_512(_) => ("sha3_512", 64, 72),
            State::Shake128(_) => ("shake_128", 0, 168),
            State::Shake256(_) => ("shake_256", 0, 136),
            State::Blake2b(_, n) => ("blake2b", *n, 128),
            State::Blake2s(_, n) => ("blake2s", *n, 64),
        }
    }

    fn is_shake(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }
}

/// A hash object.
struct HashObj {
    state: Mutex<State>,
}

fn hash_of(o: &PyRef) -> PyResult<&HashObj> {
    native::<HashObj>(o).ok_or_else(|| type_error("descriptor requires a hash object"))
}

/// The bytes of a buffer argument (str is refused, as CPython does).
fn data_arg(o: &PyRef) -> PyResult<Vec<u8>> {
    if pystr::as_str(o).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    bytes::as_bytes_vec(o).or_else(|| weft_objects::memoryview::view_bytes(o)).ok_or_else(|| type_error(format!("object supporting the buffer API required")))
}

fn new_hash(vm: &mut dyn Vm, state: State) -> PyRef {
    let ty = ts(vm).interp.extra("hash_type").expect("_hashlib initialized");
    PyRef::new(&ty, Payload::Native(Box::new(HashObj { state: Mutex::new(state) })))
}

/// `_hashlib.new(name, data=b'', *, digest_size=None, usedforsecurity=True)`.
fn h_new(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("new", kw, &["name", "data", "string", "digest_size", "usedforsecurity", "key", "salt", "person"])?;
    let name_obj = a.first().cloned().or_else(|| kwarg(kw, "name").cloned()).ok_or_else(|| type_error("new() missing required argument 'name' (pos 1)"))?;
    let name = pystr::as_str(&name_obj).ok_or_else(|| type_error("new() argument 'name' must be str"))?.to_ascii_lowercase().replace('-', "_");
    for k in ["key", "salt", "person"] {
        if kwarg(kw, k).and_then(|v| bytes::as_bytes_vec(v)).is_some_and(|v| !v.is_empty()) {
            return Err(err(&types::exc_type("NotImplementedError"), format!("{name}() with {k}= is not supported by weft")));
        }
    }
    let digest_size = match kwarg(kw, "digest_size") {
        Some(d) if !is_none(d) => Some(int::index_i64(d)?.max(0) as usize),
        _ => None,
    };
    let mut state = State::new(&name, digest_size)?;
    if let Some(d) = a.get(1).or_else(|| kwarg(kw, "data")).or_else(|| kwarg(kw, "string")) {
        let data = data_arg(d)?;
        ts(vm).blocking(|| state.update(&data));
    }
    Ok(new_hash(vm, state))
}

fn m_update(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("update", &a[1..], 1, 1)?;
    let h = hash_of(&a[0])?;
    let data = data_arg(&a[1])?;
    ts(vm).blocking(|| h.state.lock().update(&data));
    Ok(none())
}

fn shake_length(h: &HashObj, a: &[PyRef], kw: KwArgs, who: &str) -> PyResult<usize> {
    let st = h.state.lock();
    if !st.is_shake() {
        check_args(who, &a[1..], 0, 0)?;
        return Ok(0);
    }
    let Some(l) = a.get(1).or_else(|| kwarg(kw, "length")) else {
        return Err(type_error(format!("{who}() missing required argument 'length' (pos 1)")));
    };
    let n = int::index_i64(l)?;
    if n < 0 {
        return Err(value_error("length must be non-negative"));
    }
    if n >= 1 << 29 {
        return Err(value_error("digest length is too large"));
    }
    Ok(n as usize)
}

fn m_digest(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let h = hash_of(&a[0])?;
    let n = shake_length(h, a, kw, "digest")?;
    Ok(bytes::new_bytes(h.state.lock().digest(n)))
}

fn m_hexdigest(_: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    let h = hash_of(&a[0])?;
    let n = shake_length(h, a, kw, "hexdigest")?;
    let d = h.state.lock().digest(n);
    Ok(pystr::new_string(d.iter().map(|b| format!("{b:02x}")).collect()))
}

fn m_copy(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let st = hash_of(&a[0])?.state.lock().clone();
    Ok(new_hash(vm, st))
}

fn p_name(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(pystr::new_str(hash_of(&a[0])?.state.lock().info().0))
}
fn p_digest_size(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(hash_of(&a[0])?.state.lock().info().1 as i64))
}
fn p_block_size(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(int::new_int(hash_of(&a[0])?.state.lock().info().2 as i64))
}
fn m_repr(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let name = hash_of(&a[0])?.state.lock().info().0;
    Ok(pystr::new_string(format!("<{name} _hashlib.HASH object @ {:#x}>", a[0].addr())))
}

/// The hash type, created once per interpreter.
fn hash_type(interp: &weft_eval::Interp) -> PyRef {
    if let Some(t) = interp.extra("hash_type") {
        return t;
    }
    let t = new_native_type("HASH", "_hashlib");
    for (n, f) in [("update", m_update as NativeFn), ("digest", m_digest), ("hexdigest", m_hexdigest), ("copy", m_copy), ("__repr__", m_repr)] {
        add_method(&t, n, f);
    }
    for (n, f) in [("name", p_name as NativeFn), ("digest_size", p_digest_size), ("block_size", p_block_size)] {
        types::add_native_property(&t, n, f, None);
    }
    interp.set_extra("hash_type", t.clone());
    t
}

/// Build `_hashlib`.
pub fn init(interp: &weft_eval::Interp) -> PyRef {
    let m = new_module("_hashlib");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    add_fn(&d, "new", "_hashlib", h_new);
    dict::set_str(&d, "HASH", hash_type(interp));
    m
}

fn md5_new(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    one_algorithm(vm, "md5", a, kw)
}
fn sha1_new(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    one_algorithm(vm, "sha1", a, kw)
}
fn one_algorithm(vm: &mut dyn Vm, name: &str, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs(name, kw, &["data", "string", "usedforsecurity"])?;
    hash_type(&ts(vm).interp.clone());
    let mut state = State::new(name, None)?;
    if let Some(d) = a.first().or_else(|| kwarg(kw, "data")).or_else(|| kwarg(kw, "string")) {
        state.update(&data_arg(d)?);
    }
    Ok(new_hash(vm, state))
}

/// Build `_md5` or `_sha1`.
pub fn init_single(interp: &weft_eval::Interp, name: &'static str) -> PyRef {
    hash_type(interp);
    let m = new_module(if name == "md5" { "_md5" } else { "_sha1" });
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    add_fn(&d, name, if name == "md5" { "_md5" } else { "_sha1" }, if name == "md5" { md5_new } else { sha1_new });
    m
}
