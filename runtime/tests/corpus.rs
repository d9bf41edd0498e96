//! The conformance corpus: every `tests/py/NAME.py` runs under the `weft`
//! binary and its stdout, exit status and (for failures) final stderr line
//! must equal what CPython produced (`NAME.out`, `NAME.rc`, `NAME.err`,
//! made by `tests/regen.sh`). A program with a `NAME.in` reads it as its
//! standard input; the others read an empty one.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/py")
}

fn run_case(name: &str) -> Result<(), String> {
    let dir = corpus_dir();
    let stdin = match std::fs::File::open(dir.join(format!("{name}.in"))) {
        Ok(f) => std::process::Stdio::from(f),
        Err(_) => std::process::Stdio::null(),
    };
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(format!("{name}.py"))
        .current_dir(&dir)
        .env_remove("PYTHONPATH")
        .stdin(stdin)
        .output()
        .map_err(|e| format!("{name}: cannot run weft: {e}"))?;
    let expected = std::fs::read_to_string(dir.join(format!("{name}.out"))).map_err(|e| format!("{name}: no .out file: {e}"))?;
    let rc: i32 = std::fs::read_to_string(dir.join(format!("{name}.rc"))).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut problems = Vec::new();
    if stdout != expected {
        let (mut el, mut gl) = (expected.lines(), stdout.lines());
        let mut line = 1;
        loop {
            match (el.next(), gl.next()) {
                (None, None) => break,
                (e, g) if e == g => line += 1,
                (e, g) => {
                    problems.push(format!("stdout line {line}:\n  expected: {}\n  got:      {}", e.unwrap_or("<end>"), g.unwrap_or("<end>")));
                    break;
                }
            }
        }
    }
    let code = out.status.code().unwrap_or(-1);
    if code != rc {
        problems.push(format!("exit status {code}, expected {rc}"));
    }
    if let Ok(err_line) = std::fs::read_to_string(dir.join(format!("{name}.err"))) {
        let last = stderr.lines().last().unwrap_or("");
        if last.trim_end() != err_line.trim_end() {
            problems.push(format!("last stderr line:\n  expected: {}\n  got:      {}", err_line.trim_end(), last));
        }
    }
    if stderr.contains("panicked") {
        problems.push(format!("Rust panic: {stderr}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}: {}\n  stderr: {}", problems.join("\n"), stderr.lines().rev().take(4).collect::<Vec<_>>().join(" | ")))
    }
}

#[test]
fn conformance_corpus() {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && !n.starts_with("helper_") && !n.starts_with("pkg_"))
        .map(|n| n.trim_end_matches(".py").to_string())
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for n in &names {
        if let Err(e) = run_case(n) {
            failures.push(e);
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}\n");
    }
    eprintln!("corpus: {} passed, {} failed", names.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{} of {} corpus programs differ from CPython", failures.len(), names.len());
    assert!(names.len() >= 10, "corpus too small");
}
