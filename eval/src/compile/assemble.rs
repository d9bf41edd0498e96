//! The assembler: label resolution and encoding into 16-bit code units
//! with `EXTENDED_ARG` prefixes.

#[allow(unused_imports)]
use super::*;

/// Encode a unit's instructions: resolve labels, add EXTENDED_ARG prefixes.
pub(super) fn assemble(u: &Unit) -> (Vec<u16>, Vec<u32>, Vec<(u32, u32)>) {
    let n = u.instrs.len();
    let mut sizes = vec![1usize; n];
    let arg_size = |a: u32| -> usize {
        if a < 1 << 8 {
            1
        } else if a < 1 << 16 {
            2
        } else if a < 1 << 24 {
            3
        } else {
            4
        }
    };
    loop {
        let mut offsets = Vec::with_capacity(n + 1);
        let mut off = 0;
        for s in &sizes {
            offsets.push(off);
            off += s;
        }
        offsets.push(off);
        let resolve = |i: &Instr| -> u32 {
            if i.op.is_jump() {
                let target = u.labels[i.arg as usize].expect("unbound label");
                offsets[target] as u32
            } else {
                i.arg
            }
        };
        let new_sizes: Vec<usize> = u.instrs.iter().map(|i| arg_size(resolve(i))).collect();
        if new_sizes == sizes {
            let mut code = Vec::with_capacity(off);
            let mut lines = Vec::with_capacity(off);
            let mut spans = Vec::with_capacity(off);
            for ins in &u.instrs {
                let a = resolve(ins);
                let s = arg_size(a);
                for k in (1..s).rev() {
                    code.push(Op::ExtendedArg as u16 | ((((a >> (8 * k)) & 0xff) as u16) << 8));
                    lines.push(ins.line);
                    spans.push(ins.span);
                }
                code.push(ins.op as u16 | (((a & 0xff) as u16) << 8));
                lines.push(ins.line);
                spans.push(ins.span);
            }
            return (code, lines, spans);
        }
        sizes = new_sizes;
    }
}
