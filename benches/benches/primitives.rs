//! criterion micro-benchmarks of the sync primitives and object handles.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use weft_sync::{CriticalSection, PyMutex};

fn pymutex(c: &mut Criterion) {
    let m = PyMutex::new();
    c.bench_function("pymutex_lock_unlock", |b| {
        b.iter(|| {
            m.lock();
            black_box(&m);
            m.unlock();
        })
    });
}

fn critical_section(c: &mut Criterion) {
    let m = PyMutex::new();
    c.bench_function("critical_section_enter_exit", |b| {
        b.iter(|| {
            let cs = CriticalSection::new(&m);
            black_box(&cs);
        })
    });
}

fn refcount(c: &mut Criterion) {
    weft_objects::types::init();
    let owned = weft_objects::int::new_int(1_000_000);
    c.bench_function("owner_incref_decref", |b| {
        b.iter(|| {
            let x = black_box(&owned).clone();
            drop(black_box(x));
        })
    });
    let foreign = std::thread::spawn(|| weft_objects::int::new_int(2_000_000)).join().unwrap();
    c.bench_function("nonowner_incref_decref", |b| {
        b.iter(|| {
            let x = black_box(&foreign).clone();
            drop(black_box(x));
        })
    });
    let immortal = weft_objects::int::new_int(7);
    c.bench_function("immortal_incref_decref", |b| {
        b.iter(|| {
            let x = black_box(&immortal).clone();
            drop(black_box(x));
        })
    });
}

criterion_group!(benches, pymutex, critical_section, refcount);
criterion_main!(benches);
