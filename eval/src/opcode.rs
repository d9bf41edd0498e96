//! The instruction set.
//!
//! Bytecode is a sequence of 16-bit code units: the low byte is the opcode,
//! the high byte its argument. An argument wider than 8 bits is built by
//! `EXTENDED_ARG` prefixes (each shifts the accumulated argument left by 8).
//! Jump arguments are absolute code-unit offsets.
//!
//! Each opcode's doc gives its operand and its stack effect as
//! `before -> after` (top of stack on the right).

/// Opcodes. The discriminant is the byte stored in the code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Op {
    /// Prefix: `arg` supplies 8 more high bits of the next argument.
    ExtendedArg = 0,
    /// Does nothing.
    Nop,
    /// `x ->`
    PopTop,
    /// Operand `n`: `a1 .. an -> a1 .. an a1` (copy the n-th from top).
    Copy,
    /// Operand `n`: swap top with the n-th from top.
    Swap,
    /// Operand: const index. `-> const`
    LoadConst,
    /// Operand: local slot. `-> value` (UnboundLocalError if unset).
    LoadFast,
    /// Operand: local slot. `value ->`
    StoreFast,
    /// Operand: local slot. Unset it.
    DeleteFast,
    /// Operand: cell/free slot. `-> cell content`
    LoadDeref,
    /// Operand: cell/free slot. `value ->`
    StoreDeref,
    /// Operand: cell/free slot. Empty the cell.
    DeleteDeref,
    /// Operand: cell/free slot. `-> cell` (the cell object itself).
    LoadClosure,
    /// Operand: cell/free slot; name from the slot. Class bodies: look in
    /// the namespace first, then the cell. `-> value`
    LoadClassDeref,
    /// Operand: name index. Namespace, globals, builtins. `-> value`
    LoadName,
    /// Operand: name index. `value ->` into the namespace.
    StoreName,
    /// Operand: name index. Delete from the namespace.
    DeleteName,
    /// Operand: name index. Globals then builtins. `-> value`
    LoadGlobal,
    /// Operand: name index. `value ->`
    StoreGlobal,
    /// Operand: name index.
    DeleteGlobal,
    /// Operand: name index. `obj -> obj.name`
    LoadAttr,
    /// Operand: name index. `value obj ->` (obj.name = value)
    StoreAttr,
    /// Operand: name index. `obj ->`
    DeleteAttr,
    /// Operand: name index. `obj -> method self` or `obj -> attr NULL`.
    LoadMethod,
    /// Operand: argc. `method self_or_null a1..an -> result`
    CallMethod,
    /// Operand: argc. `f a1..an -> result`
    Call,
    /// Operand: argc (positional + keyword). `f a1..an names_tuple -> result`
    CallKw,
    /// Operand: 1 when a kwargs dict is present. `f args_tuple [kwargs] -> result`
    CallEx,
    /// Operand: `BinOp` index. `a b -> a op b`
    BinaryOp,
    /// Operand: `BinOp` index. `a b -> (a op= b)`
    InplaceOp,
    /// Operand: `CmpOp` index. `a b -> result`
    CompareOp,
    /// Operand: 1 for `is not`. `a b -> bool`
    IsOp,
    /// Operand: 1 for `not in`. `a b -> bool`
    ContainsOp,
    /// Operand: `UnaryOp` index. `a -> op a`
    UnaryOp,
    /// `obj key -> obj[key]`
    BinarySubscr,
    /// `value obj key ->` (obj[key] = value)
    StoreSubscr,
    /// `obj key ->`
    DeleteSubscr,
    /// Operand: 2 or 3. `start stop [step] -> slice`
    BuildSlice,
    /// Operand: n. `a1..an -> tuple`
    BuildTuple,
    /// Operand: n. `a1..an -> list`
    BuildList,
    /// Operand: n. `a1..an -> set`
    BuildSet,
    /// Operand: n pairs. `k1 v1 .. kn vn -> dict`
    BuildMap,
    /// Operand: n. `s1..sn -> joined str`
    BuildString,
    /// Operand: depth of the list below the item. `list .. x -> list ..`
    ListAppend,
    /// Operand: depth. `set .. x -> set ..`
    SetAdd,
    /// Operand: depth. `dict .. k v -> dict ..`
    MapAdd,
    /// Operand: depth. `list .. iterable -> list ..`
    ListExtend,
    /// Operand: depth. `set .. iterable -> set ..`
    SetUpdate,
    /// Operand: depth. `dict .. mapping -> dict ..`
    DictUpdate,
    /// Operand: depth. Like `DictUpdate` but rejects duplicate keys (calls).
    DictMerge,
    /// `list -> tuple`
    ListToTuple,
    /// Operand: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2
    /// has spec. `value [spec] -> str`
    FormatValue,
    /// Operand: n. `seq -> xn .. x1`
    UnpackSequence,
    /// Operand: before | after << 8. `seq -> x_after .. list .. x1`
    UnpackEx,
    /// Operand: target. Unconditional jump (breaker check when backward).
    Jump,
    /// Operand: target. `x ->`, jump when falsy.
    PopJumpIfFalse,
    /// Operand: target. `x ->`, jump when truthy.
    PopJumpIfTrue,
    /// Operand: target. Jump keeping `x` when falsy, else pop it.
    JumpIfFalseOrPop,
    /// Operand: target. Jump keeping `x` when truthy, else pop it.
    JumpIfTrueOrPop,
    /// Operand: target. `x ->`, jump when x is not None.
    PopJumpIfNotNone,
    /// `iterable -> iterator`
    GetIter,
    /// Operand: target. `it -> it next`, or pop `it` and jump when exhausted.
    ForIter,
    /// `value ->` return from the frame.
    ReturnValue,
    /// `value -> sent` (suspends a generator frame).
    YieldValue,
    /// `iterable -> iterator` for `yield from` (generators pass through).
    GetYieldFromIter,
    /// Operand: target. `it v -> it yielded` or `it v -> result` and jump
    /// when the sub-iterator returns.
    Send,
    /// Operand: flags (1 defaults, 2 kwdefaults, 4 annotations, 8 closure).
    /// `[defaults] [kwdefaults] [annotations] [closure] code qualname -> function`
    MakeFunction,
    /// `-> __build_class__`
    LoadBuildClass,
    /// Operand: name index. `level fromlist -> module`
    ImportName,
    /// Operand: name index. `module -> module attr`
    ImportFrom,
    /// `module ->` (binds every public name in the namespace).
    ImportStar,
    /// Operand: 0 (re-raise current), 1 (exc), 2 (exc cause). `... ->`
    RaiseVarargs,
    /// `exc ->` re-raise keeping the traceback.
    Reraise,
    /// Operand: handler target. Push an exception handler block.
    SetupFinally,
    /// Pop the innermost block.
    PopBlock,
    /// Leave an except handler: pop its block, restore the previously handled
    /// exception.
    PopExcept,
    /// `exc type -> exc bool`
    CheckExcMatch,
    /// `-> AssertionError`
    LoadAssertionError,
    /// `ctx -> exit enter_result`
    BeforeWith,
    /// `exit -> ` call exit(None, None, None).
    WithExitNormal,
    /// `exit exc -> exit exc suppress` call exit(type, exc, tb).
    WithExcept,
    /// Set up `__annotations__` in the namespace.
    SetupAnnotations,
    /// `-> locals` : the namespace dict, or a new dict of the fast locals.
    LoadLocals,
    /// `-> globals dict`
    LoadGlobals,
}

/// Every opcode, indexed by its byte.
const TABLE: [Op; 84] = [Op::ExtendedArg, Op::Nop, Op::PopTop, Op::Copy, Op::Swap, Op::LoadConst, Op::LoadFast, Op::StoreFast, Op::DeleteFast, Op::LoadDeref, Op::StoreDeref, Op::DeleteDeref, Op::LoadClosure, Op::LoadClassDeref, Op::LoadName, Op::StoreName, Op::DeleteName, Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal, Op::LoadAttr, Op::StoreAttr, Op::DeleteAttr, Op::LoadMethod, Op::CallMethod, Op::Call, Op::CallKw, Op::CallEx, Op::BinaryOp, Op::InplaceOp, Op::CompareOp, Op::IsOp, Op::ContainsOp, Op::UnaryOp, Op::BinarySubscr, Op::StoreSubscr, Op::DeleteSubscr, Op::BuildSlice, Op::BuildTuple, Op::BuildList, Op::BuildSet, Op::BuildMap, Op::BuildString, Op::ListAppend, Op::SetAdd, Op::MapAdd, Op::ListExtend, Op::SetUpdate, Op::DictUpdate, Op::DictMerge, Op::ListToTuple, Op::FormatValue, Op::UnpackSequence, Op::UnpackEx, Op::Jump, Op::PopJumpIfFalse, Op::PopJumpIfTrue, Op::JumpIfFalseOrPop, Op::JumpIfTrueOrPop, Op::PopJumpIfNotNone, Op::GetIter, Op::ForIter, Op::ReturnValue, Op::YieldValue, Op::GetYieldFromIter, Op::Send, Op::MakeFunction, Op::LoadBuildClass, Op::ImportName, Op::ImportFrom, Op::ImportStar, Op::RaiseVarargs, Op::Reraise, Op::SetupFinally, Op::PopBlock, Op::PopExcept, Op::CheckExcMatch, Op::LoadAssertionError, Op::BeforeWith, Op::WithExitNormal, Op::WithExcept, Op::SetupAnnotations, Op::LoadLocals, Op::LoadGlobals];

impl Op {
    /// Decode an opcode byte.
    #[inline]
    pub fn from_u8(b: u8) -> Op {
        TABLE[b as usize]
    }

    /// Whether the argument is a jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::PopJumpIfNotNone
                | Op::ForIter
                | Op::Send
                | Op::SetupFinally
        )
    }
}

const _: () = assert!(std::mem::size_of::<Op>() == 1);
