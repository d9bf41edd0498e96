//! `zlib`: DEFLATE compression in the zlib, gzip and raw formats through
//! the system zlib (the `flate2` crate's zlib backend), so compressed
//! bytes are the ones CPython produces; streaming compress and decompress
//! objects, `crc32` and `adler32`, CPython's `zlib.error` messages.

use crate::util::{add_fn, new_module};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use parking_lot::Mutex;
use weft_eval::state::ts;
use weft_objects::payload::Payload;
use weft_objects::types::{add_method, native, new_native_type};
use weft_objects::vm::*;
use weft_objects::{bytes, dict, int, str as pystr, types, PyRef};

const MAX_WBITS: i64 = 15;
const DEFLATED: i64 = 8;
const Z_DEFAULT_COMPRESSION: i64 = -1;
const Z_NO_FLUSH: i64 = 0;
const Z_PARTIAL_FLUSH: i64 = 1;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;
const Z_BLOCK: i64 = 5;

fn zerr(vm: &mut dyn Vm, msg: String) -> PyErr {
    let ty = ts(vm).interp.extra("zlib_error").expect("zlib initialized");
    err(&ty, msg)
}

fn data_arg(o: &PyRef) -> PyResult<Vec<u8>> {
    bytes::as_bytes_vec(o)
        .or_else(|| weft_objects::memoryview::view_bytes(o))
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", types::type_name(o.class()))))
}

fn int_arg(a: &[PyRef], kw: KwArgs, i: usize, name: &str, default: i64) -> PyResult<i64> {
    match a.get(i).or_else(|| kwarg(kw, name)) {
        Some(v) => int::index_i64(v),
        None => Ok(default),
    }
}

/// A compressor for `level` and `wbits` (zlib 9..15, raw -9..-15, gzip 25..31).
fn compressor(vm: &mut dyn Vm, level: i64, wbits: i64) -> PyResult<Compress> {
    let level = match level {
        -1 => Compression::new(6),
        0..=9 => Compression::new(level as u32),
        _ => return Err(zerr(vm, "Bad compression level".into())),
    };
    Ok(match wbits {
        9..=15 => Compress::new_with_window_bits(level, true, wbits as u8),
        -15..=-9 => Compress::new_with_window_bits(level, false, (-wbits) as u8),
        25..=31 => Compress::new_gzip(level, (wbits - 16) as u8),
        _ => return Err(value_error("Invalid initialization option")),
    })
}

/// A decompressor for `wbits`; 0 and 40..47 accept zlib or gzip (decided
/// by the first bytes).
fn decompressor(wbits: i64, first: &[u8]) -> PyResult<Decompress> {
    Ok(match wbits {
        0 => Decompress::new(true),
        8..=15 => Decompress::new_with_window_bits(true, wbits.max(9) as u8),
        -15..=-8 => Decompress::new_with_window_bits(false, (-wbits).max(9) as u8),
        24..=31 => Decompress::new_gzip((wbits - 16).max(9) as u8),
        40..=47 => {
            if first.starts_with(&[0x1f, 0x8b]) {
                Decompress::new_gzip((wbits - 32).max(9) as u8)
            } else {
                Decompress::new_with_window_bits(true, (wbits - 32).max(9) as u8)
            }
        }
        _ => return Err(value_error("Invalid initialization option")),
    })
}

fn run_compress(c: &mut Compress, input: &[u8], flush: FlushCompress) -> Result<Vec<u8>, String> {
    let finish = matches!(flush, FlushCompress::Finish);
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    let mut consumed = 0;
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve(out.capacity().max(4096));
        }
        let before = c.total_in();
        let status = c.compress_vec(&input[consumed..], &mut out, flush).map_err(|e| e.to_string())?;
        consumed += (c.total_in() - before) as usize;
        if let Status::StreamEnd = status {
            return Ok(out);
        }
        // Without Finish, done once the input is in and zlib left room.
        if !finish && consumed >= input.len() && out.len() < out.capacity() {
            return Ok(out);
        }
    }
}

fn compress_all(vm: &mut dyn Vm, data: &[u8], level: i64, wbits: i64) -> PyResult<Vec<u8>> {
    let mut c = compressor(vm, level, wbits)?;
    ts(vm).blocking(|| run_compress(&mut c, data, FlushCompress::Finish)).map_err(|e| zerr(vm, format!("Error -2 while compressing data: {e}")))
}

/// Inflate `data`; (output, bytes consumed, stream ended).
fn run_decompress(d: &mut Decompress, data: &[u8], max_out: usize) -> Result<(Vec<u8>, usize, bool), String> {
    let mut out = Vec::with_capacity((data.len() * 3).clamp(64, 1 << 20));
    let start_in = d.total_in();
    loop {
        let room = out.capacity() - out.len();
        if room < 1024 {
            out.reserve(out.capacity().max(4096));
        }
        if max_out > 0 && out.len() >= max_out {
            return Ok((out, (d.total_in() - start_in) as usize, false));
        }
        let consumed = (d.total_in() - start_in) as usize;
        let limit = if max_out > 0 { (max_out - out.len()).min(out.capacity() - out.len()) } else { out.capacity() - out.len() };
        let mut chunk = Vec::with_capacity(limit);
        let before_out = d.total_out();
        let status = d.decompress_vec(&data[consumed..], &mut chunk, FlushDecompress::None).map_err(|e| {
            // zlib's own message, as CPython shows it.
            let text = e.to_string();
            text.strip_prefix("deflate decompression error: ").map(String::from).unwrap_or(text)
        })?;
        let produced = (d.total_out() - before_out) as usize;
        out.extend_from_slice(&chunk);
        let consumed_now = (d.total_in() - start_in) as usize;
        match status {
            Status::StreamEnd => return Ok((out, consumed_now, true)),
            _ if produced == 0 && consumed_now == consumed => return Ok((out, consumed_now, false)),
            _ => {}
        }
    }
}

fn z_compress(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("compress", kw, &["level", "wbits"])?;
    let data = data_arg(a.first().ok_or_else(|| type_error("compress() missing required argument 'data' (pos 1)"))?)?;
    let level = int_arg(a, kw, 1, "level", Z_DEFAULT_COMPRESSION)?;
    let wbits = int_arg(a, kw, 2, "wbits", MAX_WBITS)?;
    Ok(bytes::new_bytes(compress_all(vm, &data, level, wbits)?))
}

fn z_decompress(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("decompress", kw, &["wbits", "bufsize"])?;
    let data = data_arg(a.first().ok_or_else(|| type_error("decompress() missing required argument 'data' (pos 1)"))?)?;
    let wbits = int_arg(a, kw, 1, "wbits", MAX_WBITS)?;
    if int_arg(a, kw, 2, "bufsize", 16384)? < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let mut d = decompressor(wbits, &data)?;
    let (out, _, end) = ts(vm).blocking(|| run_decompress(&mut d, &data, 0)).map_err(|e| zerr(vm, format!("Error -3 while decompressing data: {e}")))?;
    if !end {
        return Err(zerr(vm, "Error -5 while decompressing data: incomplete or truncated stream".into()));
    }
    Ok(bytes::new_bytes(out))
}

fn z_crc32(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("crc32", a, 1, 2)?;
    let data = data_arg(&a[0])?;
    let start = match a.get(1) {
        Some(v) => (int::to_bigint(v).ok_or_else(|| type_error("an integer is required"))? & num_bigint::BigInt::from(0xffff_ffffu32)).try_into().unwrap_or(0u32),
        None => 0,
    };
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(int::new_int(h.finalize() as i64))
}

fn z_adler32(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("adler32", a, 1, 2)?;
    let data = data_arg(&a[0])?;
    let start: u32 = match a.get(1) {
        Some(v) => (int::to_bigint(v).ok_or_else(|| type_error("an integer is required"))? & num_bigint::BigInt::from(0xffff_ffffu32)).try_into().unwrap_or(1u32),
        None => 1,
    };
    let (mut s1, mut s2) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &b in chunk {
            s1 += b as u32;
            s2 += s1;
        }
        s1 %= 65521;
        s2 %= 65521;
    }
    Ok(int::new_int(((s2 << 16) | s1) as i64))
}

/// A `compressobj()` stream.
struct CompObj {
    state: Mutex<Option<Compress>>,
}

/// A `decompressobj()` stream.
struct DecompObj {
    wbits: i64,
    state: Mutex<DecompState>,
}

struct DecompState {
    d: Option<Decompress>,
    unused: Vec<u8>,
    tail: Vec<u8>,
    eof: bool,
}

fn z_compressobj(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("compressobj", kw, &["level", "method", "wbits", "memLevel", "strategy", "zdict"])?;
    let level = int_arg(a, kw, 0, "level", Z_DEFAULT_COMPRESSION)?;
    let method = int_arg(a, kw, 1, "method", DEFLATED)?;
    let wbits = int_arg(a, kw, 2, "wbits", MAX_WBITS)?;
    let mem = int_arg(a, kw, 3, "memLevel", 8)?;
    let strategy = int_arg(a, kw, 4, "strategy", 0)?;
    if method != DEFLATED {
        return Err(value_error("Invalid initialization option"));
    }
    if mem != 8 || strategy != 0 {
        return Err(err(&types::exc_type("NotImplementedError"), "zlib.compressobj() with a memLevel other than 8 or a strategy other than Z_DEFAULT_STRATEGY is not supported by weft"));
    }
    let mut c = compressor(vm, level, wbits)?;
    if let Some(z) = a.get(5).or_else(|| kwarg(kw, "zdict")).filter(|z| !is_none(z)) {
        let zd = data_arg(z)?;
        c.set_dictionary(&zd).map_err(|e| zerr(vm, format!("Error -2 while setting zdict: {e}")))?;
    }
    let ty = ts(vm).interp.extra("zlib_compress_type").expect("zlib initialized");
    Ok(PyRef::new(&ty, Payload::Native(Box::new(CompObj { state: Mutex::new(Some(c)) }))))
}

fn c_compress(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("compress", &a[1..], 1, 1)?;
    let o = native::<CompObj>(&a[0]).ok_or_else(|| type_error("expected a Compress object"))?;
    let data = data_arg(&a[1])?;
    let r = ts(vm).blocking(|| match o.state.lock().as_mut() {
        Some(c) => run_compress(c, &data, FlushCompress::None).map(Some),
        None => Ok(None),
    });
    match r {
        Ok(Some(v)) => Ok(bytes::new_bytes(v)),
        Ok(None) => Err(zerr(vm, "Error -2 while compressing data: inconsistent stream state".into())),
        Err(e) => Err(zerr(vm, format!("Error -2 while compressing data: {e}"))),
    }
}

fn c_flush(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    check_args("flush", &a[1..], 0, 1)?;
    let o = native::<CompObj>(&a[0]).ok_or_else(|| type_error("expected a Compress object"))?;
    let mode = match a.get(1) {
        Some(m) => int::index_i64(m)?,
        None => Z_FINISH,
    };
    let flush = match mode {
        Z_NO_FLUSH => return Ok(bytes::new_bytes(vec![])),
        Z_PARTIAL_FLUSH => FlushCompress::Partial,
        Z_SYNC_FLUSH => FlushCompress::Sync,
        Z_FULL_FLUSH => FlushCompress::Full,
        Z_FINISH => FlushCompress::Finish,
        Z_BLOCK => FlushCompress::Partial,
        _ => return Err(zerr(vm, "Error -2 while flushing: inconsistent stream state".into())),
    };
    let mut g = o.state.lock();
    let Some(c) = g.as_mut() else {
        return Err(zerr(vm, "Error -2 while flushing: inconsistent stream state".into()));
    };
    let out = run_compress(c, &[], flush).map_err(|e| zerr(vm, format!("Error -2 while flushing: {e}")))?;
    if mode == Z_FINISH {
        *g = None;
    }
    Ok(bytes::new_bytes(out))
}

fn z_decompressobj(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("decompressobj", kw, &["wbits", "zdict"])?;
    let wbits = int_arg(a, kw, 0, "wbits", MAX_WBITS)?;
    if a.get(1).or_else(|| kwarg(kw, "zdict")).and_then(|z| bytes::as_bytes_vec(z)).is_some_and(|z| !z.is_empty()) {
        return Err(err(&types::exc_type("NotImplementedError"), "zlib.decompressobj() with zdict is not supported by weft"));
    }
    decompressor(wbits, &[])?;
    let ty = ts(vm).interp.extra("zlib_decompress_type").expect("zlib initialized");
    Ok(PyRef::new(&ty, Payload::Native(Box::new(DecompObj { wbits, state: Mutex::new(DecompState { d: None, unused: Vec::new(), tail: Vec::new(), eof: false }) }))))
}

fn d_of(o: &PyRef) -> PyResult<&DecompObj> {
    native::<DecompObj>(o).ok_or_else(|| type_error("expected a Decompress object"))
}

fn d_decompress(vm: &mut dyn Vm, a: &[PyRef], kw: KwArgs) -> PyResult {
    check_kwargs("decompress", kw, &["max_length"])?;
    check_args("decompress", &a[1..], 1, 2)?;
    let o = d_of(&a[0])?;
    let data = data_arg(&a[1])?;
    let max = int_arg(&a[1..], kw, 1, "max_length", 0)?;
    if max < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let mut g = o.state.lock();
    if g.eof {
        g.unused.extend_from_slice(&data);
        return Ok(bytes::new_bytes(vec![]));
    }
    if g.d.is_none() {
        g.d = Some(decompressor(o.wbits, &data)?);
    }
    let st = &mut *g;
    let d = st.d.as_mut().expect("set above");
    let (out, used, end) = run_decompress(d, &data, max as usize).map_err(|e| zerr(vm, format!("Error -3 while decompressing data: {e}")))?;
    if end {
        st.eof = true;
        st.unused = data[used..].to_vec();
        st.tail.clear();
    } else {
        st.tail = data[used..].to_vec();
    }
    Ok(bytes::new_bytes(out))
}

fn d_flush(vm: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    let o = d_of(&a[0])?;
    let tail = std::mem::take(&mut o.state.lock().tail);
    if tail.is_empty() {
        return Ok(bytes::new_bytes(vec![]));
    }
    d_decompress(vm, &[a[0].clone(), bytes::new_bytes(tail)], &[])
}

fn d_unused(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bytes::new_bytes(d_of(&a[0])?.state.lock().unused.clone()))
}
fn d_tail(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bytes::new_bytes(d_of(&a[0])?.state.lock().tail.clone()))
}
fn d_eof(_: &mut dyn Vm, a: &[PyRef], _: KwArgs) -> PyResult {
    Ok(bool_obj(d_of(&a[0])?.state.lock().eof))
}

/// Build the `zlib` module.
pub fn init(vm: &mut dyn Vm) -> PyRef {
    let m = new_module("zlib");
    let d = weft_objects::protocol::instance_dict(&m).unwrap().clone();
    for (n, f) in [("compress", z_compress as NativeFn), ("decompress", z_decompress), ("crc32", z_crc32), ("adler32", z_adler32), ("compressobj", z_compressobj), ("decompressobj", z_decompressobj)] {
        add_fn(&d, n, "zlib", f);
    }
    let interp = ts(vm).interp.clone();
    let edict = dict::new_dict();
    dict::set_str(&edict, "__module__", pystr::new_str("zlib"));
    let error = types::new_heap_type(&types::types().type_, "error", "error", vec![types::exc_type("Exception")], edict).expect("a plain exception class");
    interp.set_extra("zlib_error", error.clone());
    dict::set_str(&d, "error", error);
    let ct = new_native_type("Compress", "zlib");
    add_method(&ct, "compress", c_compress);
    add_method(&ct, "flush", c_flush);
    interp.set_extra("zlib_compress_type", ct);
    let dt = new_native_type("Decompress", "zlib");
    add_method(&dt, "decompress", d_decompress);
    add_method(&dt, "flush", d_flush);
    for (n, f) in [("unused_data", d_unused as NativeFn), ("unconsumed_tail", d_tail), ("eof", d_eof)] {
        types::add_native_property(&dt, n, f, None);
    }
    interp.set_extra("zlib_decompress_type", dt);
    for (n, v) in [
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", DEFLATED),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", Z_FULL_FLUSH),
        ("Z_FINISH", Z_FINISH),
        ("Z_BLOCK", Z_BLOCK),
        ("Z_TREES", 6),
    ] {
        dict::set_str(&d, n, int::new_int(v));
    }
    dict::set_str(&d, "ZLIB_VERSION", pystr::new_str("1.2.13"));
    dict::set_str(&d, "ZLIB_RUNTIME_VERSION", pystr::new_str("1.2.13"));
    m
}
